"""Writing a campaign's document at headquarters: a new document in Kazakh and Russian, a
paragraph of its draft edited, added or removed, and the plenary's vote. The dialogs stay open
when what was typed is refused, so nothing typed is lost; docs/campaign-documents.md describes
them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from khdesk.domain.vocabulary import DocumentKind
from khdesk.services import campaign_documents as drafts
from khdesk.services import document_amendments as amend
from khdesk.ui.widgets import show_error

# ``submit(values, done, failed)``: write what the dialog holds, then call ``done()`` or
# ``failed(error)`` on the GUI thread.
Submit = Callable[[dict[str, Any], Callable[[], None], Callable[[Exception], None]], None]

# --- operations (plain functions: they run on the writer thread) ---------------------------------


def create(work: Any, values: dict[str, Any]) -> str:
    return drafts.create_document(
        work.session,
        kind=values["kind"],
        title_kk=values["title_kk"],
        title_ru=values["title_ru"],
        paragraphs_kk=drafts.paragraphs_of(values["text_kk"]),
        paragraphs_ru=drafts.paragraphs_of(values["text_ru"]),
    ).id


def edit(work: Any, document_id: str, paragraph_id: str, values: dict[str, Any]) -> None:
    number = drafts.paragraph_number(work.session, document_id, paragraph_id, read=values["read"])
    drafts.edit_paragraph(
        work.session, document_id, number, text_kk=values["text_kk"], text_ru=values["text_ru"]
    )


def add(work: Any, document_id: str, shown: list[str], values: dict[str, Any]) -> None:
    """``shown``: the draft's paragraph ids as the dialog numbered them; the new paragraph goes
    after ``shown[values["after"] - 1]`` wherever that paragraph is now (0: at the start)."""
    after_id = shown[values["after"] - 1] if values["after"] else None
    after = drafts.paragraph_number(work.session, document_id, after_id) if after_id else 0
    drafts.add_paragraph(
        work.session, document_id, after=after, text_kk=values["text_kk"],
        text_ru=values["text_ru"],
    )  # fmt: skip


def remove(work: Any, document_id: str, paragraph_id: str, read: tuple[str, str]) -> None:
    number = drafts.paragraph_number(
        work.session, document_id, paragraph_id, read=read, removing=True
    )
    drafts.remove_paragraph(work.session, document_id, number)


@dataclass(frozen=True)
class Plenary:
    """A plenary meeting the vote may have been taken at."""

    id: str
    label: str  # № number «title», day
    date: dt.date
    present: int  # checked in (0: none, as at a plenary held on Zoom)


def plenaries(work: Any) -> list[Plenary]:
    """The plenary meetings, newest first, for the vote to name the one it was taken at."""
    return [
        Plenary(meeting.id, label, meeting.date, present)
        for meeting, label, present in amend.plenary_meetings(work.session)
    ]


# --- dialogs ------------------------------------------------------------------------------------


class WritingDialog(QDialog):
    """A dialog whose OK writes what it holds and closes only once it was written; it cannot
    be closed while its write is on its way, and it is freed once closed."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._writing = False
        self.finished.connect(self.deleteLater)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button().setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        if self._writing or not self.ok_button().isEnabled():
            return
        self._writing = True
        self.ok_button().setEnabled(False)
        self._submit(self.values(), self._written, self._refused)

    def reject(self) -> None:
        if not self._writing:  # its answer would reach a dialog already gone
            super().reject()

    def _written(self) -> None:
        self._writing = False
        super().accept()

    def _check(self) -> None:
        """Offer OK when what the dialog holds can be written (each dialog checks its own)."""
        self.ok_button().setEnabled(not self._writing)

    def _refused(self, error: Exception) -> None:
        self._writing = False
        self._check()
        show_error(self, error)


def _text_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    return box


class NewDocumentDialog(WritingDialog):
    """A new document: its kind, its title and its text in both languages, the paragraphs
    separated by a blank line."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("New document"))
        self.kind = QComboBox()
        for kind, words in (
            (DocumentKind.DECLARATION, self.tr("Declaration")),
            (DocumentKind.APPEAL, self.tr("Appeal")),
            (DocumentKind.RESOLUTION, self.tr("Resolution")),
            (DocumentKind.OTHER, self.tr("Other document")),
        ):
            self.kind.addItem(words, kind.value)
        self.title_kk = QLineEdit()
        self.title_ru = QLineEdit()
        self.title_kk.setAccessibleName(self.tr("The title in Kazakh"))
        self.title_ru.setAccessibleName(self.tr("The title in Russian"))
        self.text_kk = _text_box("", self.tr("The text in Kazakh"))
        self.text_ru = _text_box("", self.tr("The text in Russian"))
        self.count = QLabel(wordWrap=True)
        grid = QGridLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        grid.addLayout(form, 0, 0, 1, 2)
        hint = QLabel(
            self.tr(
                "Write each paragraph in both languages, in the same order, with a blank line "
                "between paragraphs. The regions receive the text once it is published."
            ),
            wordWrap=True,
        )
        grid.addWidget(hint, 1, 0, 1, 2)
        for column, (words, title, text) in enumerate(
            (
                (self.tr("Kazakh"), self.title_kk, self.text_kk),
                (self.tr("Russian"), self.title_ru, self.text_ru),
            )
        ):
            grid.addWidget(QLabel(f"<b>{words}</b>"), 2, column)
            title.setPlaceholderText(self.tr("Title"))
            grid.addWidget(title, 3, column)
            grid.addWidget(text, 4, column)
        grid.setRowStretch(4, 1)
        grid.addWidget(self.count, 5, 0, 1, 2)
        grid.addWidget(self.buttons, 6, 0, 1, 2)
        for box in (self.title_kk, self.title_ru):
            box.textChanged.connect(self._check)
        for text in (self.text_kk, self.text_ru):
            text.textChanged.connect(self._check)
        self.resize(900, 560)
        self._check()

    def paragraph_counts(self) -> tuple[int, int]:
        return (
            len(drafts.paragraphs_of(self.text_kk.toPlainText())),
            len(drafts.paragraphs_of(self.text_ru.toPlainText())),
        )

    def _check(self) -> None:
        kk, ru = self.paragraph_counts()
        counted = self.tr("Paragraphs: {kk} in Kazakh, {ru} in Russian.").format(kk=kk, ru=ru)
        if kk != ru:
            counted += " " + self.tr("Each paragraph needs both languages.")
        self.count.setText(counted)
        titled = bool(self.title_kk.text().strip() and self.title_ru.text().strip())
        self.ok_button().setEnabled(not self._writing and titled and kk == ru and kk > 0)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "title_kk": self.title_kk.text(),
            "title_ru": self.title_ru.text(),
            "text_kk": self.text_kk.toPlainText(),
            "text_ru": self.text_ru.toPlainText(),
        }


class ParagraphDialog(WritingDialog):
    """One paragraph of the draft in both languages: edited, or added after another."""

    def __init__(
        self,
        submit: Submit,
        title: str,
        *,
        texts: tuple[str, str] = ("", ""),
        after: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``after``: (the paragraph it goes after, 0 for the start; how many the draft has),
        when a paragraph is added."""
        super().__init__(submit, parent)
        self.setWindowTitle(title)
        self._read = texts
        self.text_kk = _text_box(texts[0], self.tr("Kazakh"))
        self.text_ru = _text_box(texts[1], self.tr("Russian"))
        form = QFormLayout(self)
        self.after: QSpinBox | None = None
        if after is not None:
            self.after = QSpinBox()
            self.after.setRange(0, after[1])
            self.after.setValue(after[0])
            self.after.setSpecialValueText(self.tr("at the start"))
            self.after.setAccessibleName(self.tr("After paragraph"))
            form.addRow(self.tr("&After paragraph"), self.after)
        form.addRow(self.tr("&Kazakh"), self.text_kk)
        form.addRow(self.tr("&Russian"), self.text_ru)
        form.addRow(self.buttons)
        for text in (self.text_kk, self.text_ru):
            text.textChanged.connect(self._check)
        self.resize(720, 420)
        self._check()

    def _check(self) -> None:
        filled = bool(self.text_kk.toPlainText().strip() and self.text_ru.toPlainText().strip())
        self.ok_button().setEnabled(not self._writing and filled)

    def values(self) -> dict[str, Any]:
        return {
            "text_kk": " ".join(self.text_kk.toPlainText().split()),
            "text_ru": " ".join(self.text_ru.toPlainText().split()),
            "read": self._read,
            "after": self.after.value() if self.after is not None else None,
        }


class VoteDialog(WritingDialog):
    """The plenary's vote on version ``number``: for, against, abstained, present, its day."""

    def __init__(
        self,
        submit: Submit,
        title: str,
        number: int,
        meetings: list[Plenary] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``meetings``: the plenary meetings the vote may have been taken at, newest first."""
        super().__init__(submit, parent)
        self._number = number
        self._meetings = {m.id: m for m in meetings or []}
        self.setWindowTitle(self.tr("The plenary's vote"))
        form = QFormLayout(self)
        named = QLabel(f"<b>{html.escape(title)}</b>", wordWrap=True)
        form.addRow(named)
        form.addRow(
            QLabel(
                self.tr(
                    "Version {number} is put to the vote. Once adopted, its text is frozen: a "
                    "later change is a new document."
                ).format(number=number),
                wordWrap=True,
            )
        )
        self.meeting = QComboBox()
        # a long title does not widen the dialog: the open list shows it whole
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(40)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.addItem(self.tr("not named"), None)
        for meeting in meetings or []:
            self.meeting.addItem(meeting.label, meeting.id)
        form.addRow(self.tr("Meeting"), self.meeting)
        self.boxes: dict[str, QSpinBox] = {}
        for key, words in (
            ("votes_for", self.tr("For")),
            ("votes_against", self.tr("Against")),
            ("votes_abstained", self.tr("Abstained")),
            ("present", self.tr("Present")),
        ):
            box = QSpinBox()
            box.setRange(0, 1_000_000)
            box.setAccessibleName(words)
            form.addRow(words, box)
            self.boxes[key] = box
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setAccessibleName(self.tr("Day of the vote"))
        form.addRow(self.tr("Day of the vote"), self.day)
        form.addRow(self.buttons)
        self.meeting.currentIndexChanged.connect(self._held_at)
        if meetings:
            self.meeting.setCurrentIndex(1)  # the newest plenary
        self.resize(520, self.sizeHint().height())

    def _held_at(self) -> None:
        """A meeting chosen: the vote's day is its day, and those present its checked-in."""
        meeting = self._meetings.get(self.meeting.currentData())
        if meeting is None:
            return
        self.day.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        if meeting.present:
            self.boxes["present"].setValue(meeting.present)

    def values(self) -> dict[str, Any]:
        chosen = self.day.date()
        vote: dict[str, Any] = {key: box.value() for key, box in self.boxes.items()}
        vote["adopted_on"] = dt.date(chosen.year(), chosen.month(), chosen.day())
        vote["version_number"] = self._number
        vote["meeting_id"] = self.meeting.currentData()
        return vote
