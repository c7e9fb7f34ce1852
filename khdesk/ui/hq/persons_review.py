"""Headquarters' Same persons page: the merge review of person records that may be one person
(``khdesk.services.identities``), decided by keys.

The pairs still to decide are listed on the left, open ones first; the current pair's two
records stand side by side, each with every attendance of the person it is (in every region).
Same person (S), Different people (D) and Decide later (L) decide the current pair and go on to
the next one; Ctrl+Z takes back the last decision (a new version of the pair with the decision
it had before). A refusal (a pair taken out of the review meanwhile) is one sentence over the
records, and nothing changes. "Look again" computes who is one person again and puts new weak
matches to review, as every bundle import does.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import identities
from khdesk.services.work import Work
from khdesk.ui.context import AppContext
from khdesk.ui.dates import day
from khdesk.ui.help import set_part_title
from khdesk.ui.hq.actions import keyed_actions
from khdesk.ui.i18n import QT_TRANSLATE_NOOP
from khdesk.ui.texts import render

CONTEXT = "PersonsReviewPage"
#: The most pairs listed at once (the total is said above the list).
LIMIT = 300
#: Why a pair is in review, as the list names it.
BASES = {
    "name": QT_TRANSLATE_NOOP("PersonsReviewPage", "the same name"),
    "name-order": QT_TRANSLATE_NOOP("PersonsReviewPage", "the same name in another order"),
    "patronymic": QT_TRANSLATE_NOOP("PersonsReviewPage", "another patronymic"),
}
DECISIONS = {
    "open": QT_TRANSLATE_NOOP("PersonsReviewPage", "not decided"),
    "same": QT_TRANSLATE_NOOP("PersonsReviewPage", "the same person"),
    "different": QT_TRANSLATE_NOOP("PersonsReviewPage", "different people"),
    "later": QT_TRANSLATE_NOOP("PersonsReviewPage", "decide later"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonsReviewPage", text)


# --- the page's operations (plain functions of a Work) --------------------------------------------


def _day(value: str) -> str:
    """A stored date (2026-08-06) as the documents print it (06.08.2026)."""
    try:
        return day(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


@dataclass(frozen=True)
class ReviewList:
    """The pairs listed and how many are in review in all."""

    rows: tuple[identities.MatchRow, ...]
    total: int


def read_review(work: Work, limit: int = LIMIT) -> ReviewList:
    rows = identities.pairs_in_review(work.session)
    return ReviewList(tuple(rows[:limit]), len(rows))


def decide_pair(work: Work, match_id: str, decision: str) -> identities.MatchStep:
    return identities.decide(work.session, work.actor, match_id, decision)


def undo_step(work: Work, step: identities.MatchStep) -> identities.MatchStep:
    return identities.undo_decision(work.session, work.actor, step)


def look_again(work: Work) -> identities.Refreshed:
    return identities.refresh(work.session)


class PersonsReviewPage(QWidget):
    """The pairs of persons in review (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        set_part_title(self, self.tr("Same persons"))
        self.rows: list[identities.MatchRow] = []
        self.undo_steps: list[identities.MatchStep] = []
        self._stale = True
        self._own_writes = 0
        self._keep: int = 0  # the row to stand on when the list is read again
        self._asked = 0  # reads asked for: only the last one's answer is shown

        self.total = QLabel()
        self.total.setAccessibleName(self.tr("How many pairs are in review"))
        self.look_again_button = QPushButton(self.tr("Look again"))
        self.look_again_button.setToolTip(
            self.tr("Work out again who is one person, and put new pairs to review")
        )
        self.look_again_button.clicked.connect(self.look_again)
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        top.addWidget(self.look_again_button)

        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("Pairs of persons in review"))
        self.pairs.currentRowChanged.connect(self._on_current_changed)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("What was refused"))
        self.problem.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.problem.hide()
        self.first = QTextBrowser()
        self.first.setAccessibleName(self.tr("The first person and their attendances"))
        self.second = QTextBrowser()
        self.second.setAccessibleName(self.tr("The second person and their attendances"))
        self.why = QLabel(wordWrap=True)
        self.status_line = QLabel(wordWrap=True)
        self.status_line.setAccessibleName(self.tr("The last decision"))

        self._build_actions()
        records = QHBoxLayout()
        records.addWidget(self.first, 1)
        records.addWidget(self.second, 1)
        buttons = QHBoxLayout()
        for key in ("same", "different", "later", "undo"):
            action = self.actions_by_key[key]
            button = QPushButton(action.text())
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({shown})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the list
            button.clicked.connect(action.trigger)
            button.setObjectName(f"persons-review-{key}-button")
            buttons.addWidget(button)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.problem)
        side.addWidget(self.why)
        side.addLayout(records, 1)
        side.addLayout(buttons)
        side.addWidget(self.status_line)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pairs)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 900])
        for action in self.actions_by_key.values():
            self.splitter.addAction(action)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        context.hub.changed.connect(self._on_changed)
        self._show(-1)

    def _build_actions(self) -> None:
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("same", self.tr("Same person"), "S", lambda: self.decide("same")),
            ("different", self.tr("Different people"), "D", lambda: self.decide("different")),
            ("later", self.tr("Decide later"), "L", lambda: self.decide("later")),
            ("undo", self.tr("Undo the last decision"), "Ctrl+Z", self.undo),
            ("next", self.tr("Next pair"), "J", lambda: self.move_by(1)),
            ("previous", self.tr("Previous pair"), "K", lambda: self.move_by(-1)),
        ]
        self.actions_by_key = keyed_actions(self, "persons-review", specs)

    # --- the page's contract with the home ------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked

        def done(found: ReviewList) -> None:
            if asked == self._asked:  # a later read (after a later decision) is on its way
                self._on_read(found)

        self.context.operations.read(read_review, done=done, owner=self)

    def _on_changed(self, changes: Any) -> None:
        if not (changes.everything or changes.touches("person", "personmatch", "attendance")):
            return
        if self._own_writes:
            return  # a decision of this page reads the list again when it is done
        self._stale = True
        if self.isVisible():
            self.activate()

    # --- the list and the current pair --------------------------------------------------------
    def _on_read(self, found: ReviewList) -> None:
        self.rows = list(found.rows)
        if found.total == len(self.rows):
            self.total.setText(self.tr("%n pair(s) of persons to decide", "", found.total))
        else:
            self.total.setText(
                self.tr(
                    "%n pair(s) of persons to decide; the first ones are listed", "", found.total
                )
            )
        self.pairs.blockSignals(True)
        self.pairs.clear()
        for row in self.rows:
            item = QListWidgetItem(
                f"{row.person.full_name} — {row.other.full_name}\n"
                f"    {_tr(BASES.get(row.basis, row.basis))} · {_tr(DECISIONS[row.decision])}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.pairs.addItem(item)
        if self.rows:  # a sentence of refusal stays over the list read again
            self.pairs.setCurrentRow(min(self._keep, len(self.rows) - 1))
        self.pairs.blockSignals(False)
        self._show(self.pairs.currentRow() if self.rows else -1)

    def current(self) -> identities.MatchRow | None:
        position = self.pairs.currentRow()
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def move_by(self, step: int) -> None:
        if self.rows:
            self.pairs.setCurrentRow(
                max(0, min(len(self.rows) - 1, self.pairs.currentRow() + step))
            )

    def _side(self, side: identities.Side) -> str:
        regions = self.context.region_names()
        lines = [f"<h3>{html.escape(side.full_name)}</h3>"]
        for label, value in (
            (self.tr("Organisation"), side.organisation),
            (self.tr("Position"), side.position),
            (
                self.tr("Regions"),
                ", ".join(regions.get(code, code) for code in side.regions) or None,
            ),
        ):
            if value:
                lines.append(f"<p><b>{html.escape(label)}:</b> {html.escape(value)}</p>")
        attendances = self.tr("Attendances")
        lines.append(f"<p><b>{html.escape(attendances)}</b></p>")
        if not side.attendances:
            none = self.tr("None")
            lines.append(f"<p>{html.escape(none)}</p>")
        else:
            lines.append("<ul>")
            for line in side.attendances:
                came = self.tr("present") if line.present else self.tr("registered")
                where = regions.get(line.region_kato or "", "") or self.tr("national")
                text = f"{_day(line.date)} · {line.meeting} · {line.title} · {where} · {came}"
                lines.append(f"<li>{html.escape(text)}</li>")
            lines.append("</ul>")
        return "\n".join(lines)

    def _on_current_changed(self, position: int) -> None:
        self.problem.hide()
        self._show(position)

    def _show(self, position: int) -> None:
        row = self.rows[position] if 0 <= position < len(self.rows) else None
        enabled = row is not None
        for key in ("same", "different", "later"):
            self.actions_by_key[key].setEnabled(enabled)
        if row is None:
            self.why.setText(self.tr("No pairs of persons to decide."))
            self.first.setHtml("")
            self.second.setHtml("")
            return
        self.why.setText(
            self.tr("In review for {basis}: {decision}.")
            .replace("{basis}", _tr(BASES.get(row.basis, row.basis)))
            .replace("{decision}", _tr(DECISIONS[row.decision]))
        )
        self.first.setHtml(self._side(row.person))
        self.second.setHtml(self._side(row.other))

    # --- decisions ------------------------------------------------------------------------------
    def decide(self, decision: str) -> None:
        row = self.current()
        if row is None:
            return
        self._keep = self.pairs.currentRow()
        self._write(decide_pair, row.id, decision)

    def _drop(self, match_id: str) -> None:
        """The pair just decided leaves the list at once, the next one current, while the list
        is read again (a decision may take other pairs out of the review too)."""
        position = next((i for i, row in enumerate(self.rows) if row.id == match_id), None)
        if position is None:
            return
        del self.rows[position]
        self.pairs.blockSignals(True)
        self.pairs.takeItem(position)
        if self.rows:
            self.pairs.setCurrentRow(min(position, len(self.rows) - 1))
        self.pairs.blockSignals(False)
        self._keep = max(self.pairs.currentRow(), 0)
        self._show(self.pairs.currentRow() if self.rows else -1)

    def undo(self) -> None:
        if not self.undo_steps:
            self.status_line.setText(self.tr("Nothing to undo."))
            return
        step = self.undo_steps.pop()
        self._write(undo_step, step, undoing=True)

    def look_again(self) -> None:
        self._own_writes += 1

        def done(found: identities.Refreshed) -> None:
            self._own_writes -= 1
            self.status_line.setText(
                self.tr("%n pair(s) newly put to review.", "", found.new_matches)
            )
            self.refresh()

        self.context.operations.write(look_again, done=done, failed=self._on_refused, owner=self)

    def _write(self, function: Any, *args: Any, undoing: bool = False) -> None:
        self._own_writes += 1

        def done(step: identities.MatchStep) -> None:
            self._own_writes -= 1
            if undoing:
                self.status_line.setText(self.tr("The decision was undone."))
            else:
                self.undo_steps.append(step)
                self.status_line.setText(self.tr("Saved. Ctrl+Z takes it back."))
                self._drop(step.match_id)
            self.refresh()

        self.context.operations.write(
            function, *args, done=done, failed=self._on_refused, owner=self
        )

    def _on_refused(self, error: KhdeskError) -> None:
        self._own_writes -= 1
        self.problem.setText(render(error))
        self.problem.show()
        self.refresh()
