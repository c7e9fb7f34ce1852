"""Headquarters' page of similar proposals: every group of near-duplicates (the largest first,
with its number of proposals and regions), the chosen group's proposals side by side, and
"Keep this one, merge the others" (Ctrl+Enter) with its undo (Ctrl+Z).

Each time the page is shown it first brings the similar pairs up to date
(``khdesk.services.similarity.refresh``, a write that compares only what is new or changed),
with a progress bar when that takes a while, then reads the groups. A merge is one review step:
each merged proposal's review names the one kept, the list shows it as merged into it, and
Ctrl+Z takes the whole merge back. A refusal of the review (a move the graph does not allow, a
proposal deleted meanwhile) is one sentence over the list, and nothing changes.

``open_list({"proposal": id})`` shows the group ``id`` is in, with it chosen (the review's
similar list opens the page this way).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain import review as graph
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import review, similarity
from khdesk.services import review_page_queries as queries
from khdesk.services.review import ProposalRow
from khdesk.services.work import Work
from khdesk.ui.context import AppContext
from khdesk.ui.help import set_part_title
from khdesk.ui.texts import render

ID_ROLE = Qt.ItemDataRole.UserRole
#: A pass that takes longer than this (seconds) shows its progress.
SLOW = 0.5
#: The columns of the chosen group's table.
COLUMNS = ("text", "region", "meeting", "status", "score")


# --- what the page asks of the database (run by the window's operations) -----------------------


class Tracker:
    """How far a pass on the writer thread has got: numbers only, read by the window's timer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total
        time.sleep(0)  # let the window's thread answer between two thousands of proposals

    def percent(self) -> int:
        with self._lock:
            return int(100 * self.done / self.total) if self.total else 0


def refresh_pairs(work: Work, tracker: Tracker) -> similarity.Pass:
    return similarity.refresh(work.session, tracker)


def read_clusters(work: Work) -> list[similarity.Cluster]:
    return similarity.clusters(work.session)


@dataclass(frozen=True)
class Member:
    """A proposal of the chosen group as the page shows it."""

    row: ProposalRow
    score: float


@dataclass(frozen=True)
class GroupView:
    """The group ``proposal_id`` is in, with the rows of its proposals (and of the proposals
    they were merged into) as they are now."""

    members: tuple[Member, ...]
    pairs: tuple[tuple[str, str, float], ...]
    targets: dict[str, ProposalRow]


def read_group(work: Work, proposal_id: str) -> GroupView | None:
    found = similarity.clusters(work.session, proposal_id=proposal_id)
    if not found:
        return None
    cluster = found[0]
    ids = [m.proposal_id for m in cluster.members]
    rows = queries.rows_by_id(work, ids)
    targets = {row.duplicate_of_id for row in rows.values() if row and row.duplicate_of_id}
    more = queries.rows_by_id(work, sorted(targets - set(ids))) if targets else {}
    members = tuple(
        Member(row, m.score) for m in cluster.members if (row := rows.get(m.proposal_id))
    )
    known = {pid: row for pid, row in {**rows, **more}.items() if row is not None}
    return GroupView(members, cluster.pairs, {t: known[t] for t in targets if t in known})


def merge(work: Work, keep_id: str, others: list[str]) -> review.ReviewStep:
    return similarity.merge_into(work.session, work.actor, keep_id, others)


def undo(work: Work, step: review.ReviewStep) -> review.ReviewStep:
    return review.undo_review_step(work.session, work.actor, step)


# --- the page ------------------------------------------------------------------------------------


def proposal_name(row: ProposalRow) -> str:
    return QCoreApplication.translate("SimilarPage", "№ {number} of meeting {meeting}").format(
        number=row.number, meeting=row.meeting
    )


class SimilarPage(QWidget):
    """Groups of similar proposals and the merge of one (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        set_part_title(self, self.tr("Similar proposals"))
        self.groups: list[similarity.Cluster] = []
        self.group: GroupView | None = None
        self.undo_steps: list[review.ReviewStep] = []
        self.dialog: QMessageBox | None = None
        self._wanted: str | None = None  # the proposal whose group to show next
        self._asked = 0  # the group read last (a later choice drops an earlier answer)
        self._own_writes = 0
        self._stale = True
        self._refreshing = False
        self._tracker: Tracker | None = None
        self._started = 0.0

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Groups of similar proposals"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Comparing the proposals"))
        self.progress.setFormat(self.tr("Comparing the proposals… %p%"))
        self.progress.hide()
        self._timer = QTimer(self, interval=150)
        self._timer.timeout.connect(self._tick)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("What was refused"))
        self.problem.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.problem.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Groups of similar proposals"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._on_group_chosen)
        self.list.itemActivated.connect(lambda _item: self._go_to_members())
        self.empty = QLabel(wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.members = QTableWidget(0, len(COLUMNS))
        self.members.setAccessibleName(self.tr("The group's proposals"))
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setWordWrap(True)
        self.members.verticalHeader().hide()
        self.members.setHorizontalHeaderLabels(
            [self.tr("Proposal"), self.tr("Region"), self.tr("Meeting"), self.tr("Review"),
             self.tr("Score")]
        )  # fmt: skip
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 200), (3, 240), (4, 60)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.members.setColumnWidth(column, width)
        self.members.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.status_line = QLabel(wordWrap=True)
        self.status_line.setAccessibleName(self.tr("The last action"))

        self.keep_action = QAction(self.tr("Keep this one, merge the others"), self)
        self.keep_action.setObjectName("similar-keep")
        self.keep_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.keep_action.triggered.connect(self.keep_current)
        self.undo_action = QAction(self.tr("Undo the last merge"), self)
        self.undo_action.setObjectName("similar-undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_last)
        for action in (self.keep_action, self.undo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.keep_button = self._button(self.keep_action)
        self.undo_button = self._button(self.undo_action)

        group_side = QWidget()
        right = QVBoxLayout(group_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.status_line)
        list_side = QWidget()
        left = QVBoxLayout(list_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(group_side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 1000])

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()
        context.hub.changed.connect(self._on_changed)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({shown})")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the lists
        button.clicked.connect(action.trigger)
        return button

    # --- the page's contract with the home ------------------------------------------------------
    def activate(self) -> None:
        """Bring the similar pairs up to date, then read the groups again."""
        if self._refreshing:
            return
        self._refreshing = True
        self._stale = False
        tracker = self._tracker = Tracker()
        self._started = time.monotonic()
        self._timer.start()

        def compared(_result: similarity.Pass) -> None:
            self._finish_refresh()
            self._read_groups()

        def refused(error: Exception) -> None:
            self._finish_refresh()
            self._refused(error)

        self.context.operations.write(
            refresh_pairs, tracker, done=compared, failed=refused, owner=self
        )
        if not self.list.hasFocus() and not self.members.hasFocus():
            self.list.setFocus()

    def open_list(self, filters: dict[str, Any]) -> None:
        """Show the group of ``filters["proposal"]`` once the groups are read."""
        wanted = filters.get("proposal")
        if wanted:
            self._wanted = str(wanted)

    def _finish_refresh(self) -> None:
        self._refreshing = False
        self._timer.stop()
        self.progress.hide()

    def _tick(self) -> None:
        if self._tracker is None:
            return
        if time.monotonic() - self._started >= SLOW:
            self.progress.show()
        self.progress.setValue(self._tracker.percent())

    def _on_changed(self, changes: Any) -> None:
        if self._own_writes or not (
            changes.everything or changes.touches("proposal", "meeting", "proposalreview")
        ):
            return
        if changes.everything or not self.isVisible():
            self._stale = True  # new proposals, perhaps: compared again when next shown
            if self.isVisible():
                self.activate()
            return
        self._read_groups()

    # --- the groups ----------------------------------------------------------------------------
    def _read_groups(self) -> None:
        keep = self._wanted or self._current_member_id() or self._current_group_lead()
        self._wanted = None

        def arrived(found: list[similarity.Cluster]) -> None:
            self._show_groups(found, keep)

        self.context.operations.read(read_clusters, done=arrived, owner=self)

    def _show_groups(self, found: list[similarity.Cluster], keep: str | None) -> None:
        self.groups = found
        regions_named = self.context.region_names()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for position, cluster in enumerate(found):
            regions = [regions_named.get(code, code) for code in cluster.regions]
            merged = sum(1 for m in cluster.members if m.status == ReviewStatus.MERGED.value)
            head = self.tr("{count} proposals · {regions} regions").format(
                count=len(cluster.members), regions=len(regions)
            )
            if merged:
                head += " · " + self.tr("{count} merged").format(count=merged)
            lead = " ".join(cluster.members[0].text.split()) if cluster.members else ""
            if len(lead) > 90:
                lead = lead[:89] + "…"
            item = QListWidgetItem(f"{head}\n{', '.join(regions)}\n«{lead}»")
            item.setData(ID_ROLE, cluster.members[0].proposal_id if cluster.members else None)
            item.setToolTip("\n".join(" ".join(m.text.split()) for m in cluster.members))
            self.list.addItem(item)
            if keep and any(m.proposal_id == keep for m in cluster.members):
                chosen = position
        self.list.blockSignals(False)
        proposals = sum(len(c.members) for c in found)
        self.summary.setText(
            self.tr(
                "Groups of similar proposals: {groups} · proposals in them: {proposals}"
            ).format(groups=len(found), proposals=proposals)
        )
        self.empty.setText(
            self.tr(
                "No similar proposals: proposals that say nearly the same thing, in any region "
                "or language, are grouped here."
            )
        )
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))
        if found:
            self.list.setCurrentRow(chosen)
            self._read_group(keep if keep and self._in_group(chosen, keep) else None)
        else:
            self.group = None
            self.members.setRowCount(0)
            self._update_buttons()

    def _in_group(self, position: int, proposal_id: str) -> bool:
        cluster = self.groups[position]
        return any(m.proposal_id == proposal_id for m in cluster.members)

    def _current_group_lead(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _on_group_chosen(self, _row: int) -> None:
        self._read_group(None)

    def _read_group(self, member: str | None) -> None:
        lead = self._current_group_lead()
        self._asked += 1
        asked = self._asked
        if lead is None:
            return

        def arrived(view: GroupView | None) -> None:
            if asked == self._asked:
                self._show_group(view, member)

        self.context.operations.read(read_group, lead, done=arrived, owner=self)

    def _go_to_members(self) -> None:
        self.members.setFocus()
        if self.members.currentRow() < 0 and self.members.rowCount():
            self.members.setCurrentCell(0, 0)

    # --- the chosen group ----------------------------------------------------------------------
    def _show_group(self, view: GroupView | None, member: str | None) -> None:
        self.group = view
        members = view.members if view else ()
        regions = self.context.region_names()
        focused = self.members.hasFocus()
        self.members.setRowCount(len(members))
        current = 0
        for position, found in enumerate(members):
            row = found.row
            status = render(graph.NAMES[row.status])
            if row.status == ReviewStatus.MERGED and row.duplicate_of_id:
                target = view.targets.get(row.duplicate_of_id) if view else None
                status = self.tr("Merged into {proposal}").format(
                    proposal=proposal_name(target) if target else row.duplicate_of_id
                )
            elif row.status == ReviewStatus.ACCEPTED and row.accepted_section_code:
                status = f"{status} {row.accepted_section_code}"
            cells = (
                " ".join(row.text.split()),
                regions.get(row.region_kato or "", row.region_kato or ""),
                proposal_name(row),
                status,
                f"{found.score:.2f}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if column == 0:
                    item.setToolTip(row.text)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.members.setItem(position, column, item)
                if any(m.row.duplicate_of_id == row.id for m in members):
                    font = item.font()  # the one kept: the others merged into it
                    font.setBold(True)
                    item.setFont(font)
            if row.id == member:
                current = position
        self.members.resizeRowsToContents()
        if members:
            self.members.setCurrentCell(current, max(self.members.currentColumn(), 0))
        if focused:
            self.members.setFocus()
        self._update_buttons()

    def _current_member(self) -> ProposalRow | None:
        position = self.members.currentRow()
        if self.group is None or not 0 <= position < len(self.group.members):
            return None
        return self.group.members[position].row

    def _current_member_id(self) -> str | None:
        row = self._current_member()
        return None if row is None else row.id

    def _update_buttons(self) -> None:
        self.keep_action.setEnabled(self._current_member() is not None)
        self.keep_button.setEnabled(self.keep_action.isEnabled())
        self.undo_button.setEnabled(bool(self.undo_steps))

    # --- keep one, merge the others -------------------------------------------------------------
    def others(self, keep: ProposalRow) -> list[str]:
        """The group's proposals the merge would change: all but the one kept and those
        merged into it already."""
        if self.group is None:
            return []
        return [
            m.row.id for m in self.group.members if keep.id not in (m.row.id, m.row.duplicate_of_id)
        ]

    def keep_current(self) -> None:
        keep = self._current_member()
        if keep is None or self.dialog is not None:
            return
        self.problem.hide()
        others = self.others(keep)
        if not others:
            self._write(merge, keep.id, others, keep=keep.id)  # the review says why not
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep this one, merge the others"))
        box.setText(
            self.tr("Merge {count} proposals into {proposal}?").format(
                count=len(others), proposal=proposal_name(keep)
            )
        )
        box.setInformativeText(
            self.tr(
                "They stay in the list as merged into it, with their regions; "
                "Ctrl+Z takes the merge back."
            )
        )
        merge_button = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box

        def finished(_result: int) -> None:
            self.dialog = None
            if box.clickedButton() is merge_button:
                self._write(merge, keep.id, others, keep=keep.id)
            self.members.setFocus()

        box.finished.connect(finished)
        box.open()

    def undo_last(self) -> None:
        if not self.undo_steps:
            self.status_line.setText(self.tr("Nothing to undo."))
            return
        self.problem.hide()
        step = self.undo_steps.pop()
        self._write(undo, step, keep=self._current_member_id(), undoing=True)

    def _write(self, function: Any, *args: Any, keep: str | None, undoing: bool = False) -> None:
        self._own_writes += 1

        def done(step: review.ReviewStep) -> None:
            self._own_writes -= 1
            if undoing:
                self.status_line.setText(render(step.summary))
            else:
                self.undo_steps.append(step)
                self.status_line.setText(
                    self.tr("{count} proposals merged into the one kept. Ctrl+Z takes it back.")
                    .format(count=len(step.entries))
                )  # fmt: skip
            self._wanted = keep
            self._read_groups()

        def failed(error: Exception) -> None:
            self._own_writes -= 1
            self._refused(error)
            self._wanted = keep
            self._read_groups()

        self.context.operations.write(function, *args, done=done, failed=failed, owner=self)

    def _refused(self, error: Exception) -> None:
        self.problem.setText(render(error))
        self.problem.show()
