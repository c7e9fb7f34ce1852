"""Proposals and comments captured quickly, and questions to speakers with their answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain import review as graph
from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import proposals, review
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import compact_combo
from khdesk.ui.guidance import FieldErrors
from khdesk.ui.icons import icon
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.tables import TableView
from khdesk.ui.texts import render
from khdesk.ui.widgets import confirm, fit_columns

# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _save_proposal(
    work: Any, meeting_id: str, proposal_id: str | None, fields: dict[str, Any], reason: str | None
) -> None:
    if proposal_id is None:
        direction, section = fields.pop("direction_code"), fields.pop("section_code")
        proposals.add_proposal(
            work.session, work.actor, meeting_id, direction=direction, section=section,
            reason=reason, **fields,
        )  # fmt: skip
    else:
        proposals.update_proposal(work.session, work.actor, proposal_id, reason=reason, **fields)


def _delete_proposal(work: Any, proposal_id: str, reason: str | None) -> None:
    proposals.delete_proposal(work.session, work.actor, proposal_id, reason=reason)


def _add_question(work: Any, meeting_id: str, fields: dict[str, Any], reason: str | None) -> None:
    proposals.add_question(work.session, work.actor, meeting_id, reason=reason, **fields)


def _answer_question(work: Any, question_id: str, answer: str, reason: str | None) -> None:
    proposals.update_question(work.session, work.actor, question_id, answer=answer, reason=reason)


def _update_question(
    work: Any, question_id: str, fields: dict[str, Any], reason: str | None
) -> None:
    proposals.update_question(work.session, work.actor, question_id, reason=reason, **fields)


def _received_reviews(work: Any, meeting_id: str) -> dict[str, review.ReceivedReview]:
    """Headquarters' reviews of the meeting's proposals, from the last reference bundle."""
    return {r.proposal_id: r for r in review.received_reviews(work.session, meeting_id)}


def _fill_attendees(context: AppContext, snapshot: Any, combo: QComboBox) -> None:
    """The people present, to pick an author or asker from (anyone else can be typed)."""
    typed = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    language = "ru" if context.language == "ru" else "kk"
    for person in sorted(snapshot.present_persons(), key=lambda p: sort_key(p.full_name, language)):
        combo.addItem(person.full_name, (person.id, person.organisation))
    combo.setCurrentIndex(-1)
    combo.setEditText(typed)
    combo.blockSignals(False)


def _attendee_combo() -> QComboBox:
    combo = QComboBox(editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return compact_combo(combo)


class ProposalsTab(MeetingPart):
    """Quick capture on top, the meeting's proposals below, filtered by direction."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.directions = context.direction_names()
        #: the section a proposal being edited is filed under: kept in the list though retired
        self.kept_section: str | None = None

        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("The proposal or comment, as the author put it"))
        self.text_edit.setAccessibleName(self.tr("Text of the proposal or comment"))
        self.text_edit.setMaximumHeight(90)
        self.text_edit.setTabChangesFocus(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for value, label in labels.proposal_kinds():
            self.kind_combo.addItem(label, value)
        self.author_combo = _attendee_combo()
        self.author_combo.setAccessibleName(self.tr("Author"))
        self.author_combo.currentIndexChanged.connect(self._on_author_picked)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        # the names of directions and sections are long: they never widen the window
        self.direction_combo = compact_combo(QComboBox(), characters=28)
        self.direction_combo.setAccessibleName(self.tr("Direction"))
        self.section_combo = compact_combo(QComboBox(), characters=28)
        self.section_combo.setAccessibleName(self.tr("Section"))
        self.direction_combo.currentIndexChanged.connect(self._fill_sections)
        self.item_combo = compact_combo(QComboBox(), characters=28)
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        self.add_button = QPushButton(self.tr("&Add proposal"))
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolTip(self.tr("Add it (Ctrl+Enter)"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setIcon(icon("delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Text"), self.text_edit)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(QLabel(self.tr("Author")))
        row.addWidget(self.author_combo, 1)
        row.addWidget(QLabel(self.tr("Organisation")))
        row.addWidget(self.organisation_edit, 1)
        form.addRow(self.tr("Kind"), row)
        form.addRow(self.tr("Direction"), self.direction_combo)
        form.addRow(self.tr("Section"), self.section_combo)
        form.addRow(self.tr("Agenda item"), self.item_combo)
        self.errors = FieldErrors(
            self.error,
            {
                "the proposal's text": self.text_edit,
                "the author": self.author_combo,
                "the organisation": self.organisation_edit,
            },
        )

        self.filter_combo = compact_combo(QComboBox(), characters=22)
        self.filter_combo.setAccessibleName(self.tr("Show the proposals of direction"))
        self._fill_directions()
        self.filter_combo.currentIndexChanged.connect(self._show_rows)
        #: headquarters reviews on a page of its own: a region's laptop shows what it received
        self.shows_reviews = context.role() != "hq"
        #: proposal id -> headquarters' review of it (a proposal not listed is still new there)
        self.reviews: dict[str, review.ReceivedReview] = {}
        self._reviews_asked = 0
        headers = [
            self.tr("No."),
            self.tr("Kind"),
            self.tr("Text"),
            self.tr("Author"),
            self.tr("Direction"),
            self.tr("Section"),
        ]
        if self.shows_reviews:
            headers.append(self.tr("Headquarters"))
        self.model_rows = ListTableModel(headers)
        self.table = TableView()
        self.table.setModel(self.model_rows)
        self.table.setAccessibleName(self.tr("Proposals and comments of the meeting"))
        self.table.setColumnWidth(2, 380)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setWhatsThis(self.tr("Delete the selected proposal (in the list)"))
        self.table.doubleClicked.connect(self.edit_selected)
        self.review_line = QLabel(wordWrap=True)
        self.review_line.setAccessibleName(self.tr("Headquarters' review of the proposal"))
        self.review_line.setVisible(self.shows_reviews)
        self.table.selectionModel().currentRowChanged.connect(self._show_review_line)
        self.table.activated.connect(self.edit_selected)
        self.editing_id: str | None = None
        self.cancel_edit_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_edit_button.setIcon(icon("cancel"))
        self.cancel_edit_button.setVisible(False)
        self.cancel_edit_button.clicked.connect(self._clear_form)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setIcon(icon("edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("&Import from a file…"))
        self.import_button.setIcon(icon("reference-import"))
        self.import_button.clicked.connect(self._import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Show")))
        buttons.addWidget(self.filter_combo)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.review_line)
        self._fill_sections()
        self._update_empty_text()
        model.register_draft("proposal", lambda: bool(self.text_edit.toPlainText().strip()))
        context.hub.reference_changed.connect(self._on_reference_changed)
        self.follow_model()

    def _fill_directions(self) -> None:
        """The directions to file under and to show, keeping the ones chosen."""
        self.directions = self.context.direction_names()
        for combo, first in (
            (self.direction_combo, None),
            (self.filter_combo, self.tr("All directions")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for code, name in self.directions.items():
                combo.addItem(f"{code} — {name}", code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _section_infos(self) -> dict[str, Any]:
        reference = self.context.reference
        return {s.code: s for s in (reference.sections if reference else [])}

    def section_text(self, code: str | None) -> str:
        """A section as the tab shows it: its code and name in the interface's language, and
        «(retired)» after a retired one."""
        if not code:
            return ""
        info = self._section_infos().get(code)
        if info is None:
            return code
        text = f"{code} — {info.names.in_language(self.context.language)}"
        if not info.active:
            text += " " + self.tr("(retired)")
        return text

    def _fill_sections(self) -> None:
        """The sections in use of the chosen direction to file under, and the (retired) one the
        proposal being edited is filed under, so that saving it does not drop it."""
        direction = self.direction_combo.currentData()
        current = self.section_combo.currentData()
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("(no section)"), None)
        for info in self._section_infos().values():
            if info.direction == direction and (info.active or info.code == self.kept_section):
                self.section_combo.addItem(self.section_text(info.code), info.code)
        self.section_combo.setCurrentIndex(max(self.section_combo.findData(current), 0))

    def _on_reference_changed(self) -> None:
        # a reference bundle may rename, move or retire sections: every list is filled anew
        self._fill_directions()
        self._fill_sections()
        self._show_rows()
        self._read_reviews()  # a reference bundle brings headquarters' reviews too

    def _read_reviews(self) -> None:
        if not self.shows_reviews:
            return
        self._reviews_asked += 1
        asked = self._reviews_asked

        def read(found: dict[str, review.ReceivedReview]) -> None:
            if asked == self._reviews_asked:  # an older read finishing late is not shown
                self.reviews = found
                self._show_rows()

        self.context.operations.read(_received_reviews, self.meeting_id, done=read, owner=self)

    def review_state(self, proposal_id: str) -> str:
        """The proposal's state at headquarters, in the interface's language."""
        received = self.reviews.get(proposal_id)
        return render(graph.NAMES[received.status if received else ReviewStatus.NEW])

    def review_text(self, proposal_id: str | None) -> str:
        """What became of the proposal at headquarters, in one line."""
        received = self.reviews.get(proposal_id or "")
        if proposal_id is None:
            return ""
        if received is None:
            return self.tr("Headquarters has not reviewed this proposal yet.")
        at = received.reviewed_at
        if at.tzinfo is not None:
            at = at.astimezone()
        when = f"{labels.day(at.date())} {at:%H:%M}"
        status = received.status
        if status == ReviewStatus.ACCEPTED:
            return self.tr("Accepted by headquarters into {section} ({when}).").format(
                section=self.section_text(received.section), when=when
            )
        if status == ReviewStatus.MERGED:
            return self.tr("Merged into proposal {number} of meeting {meeting} ({when}).").format(
                number=received.into_number, meeting=received.into_meeting or "", when=when
            )
        if status == ReviewStatus.DECLINED:
            return self.tr("Declined by headquarters ({when}): {answer}").format(
                when=when, answer=received.answer or ""
            )
        if status == ReviewStatus.NEEDS_CLARIFICATION:
            return self.tr("Headquarters asks ({when}): {answer}").format(
                when=when, answer=received.answer or ""
            )
        return self.tr("In review at headquarters since {when}.").format(when=when)

    def _show_review_line(self) -> None:
        if self.shows_reviews:
            self.review_line.setText(
                self.review_text(self.model_rows.record_id(self.table.currentIndex().row()))
            )

    def _on_author_picked(self) -> None:
        data = self.author_combo.currentData()
        if data:
            self.organisation_edit.setText(data[1] or "")

    def show_snapshot(self, snapshot: Any) -> None:
        self._show_rows()
        self._read_reviews()
        _fill_attendees(self.context, snapshot, self.author_combo)
        current = self.item_combo.currentData()
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("(none)"), None)
        for item in snapshot.agenda:
            self.item_combo.addItem(f"{item.position}. {item.title}", item.id)
        self.item_combo.setCurrentIndex(max(self.item_combo.findData(current), 0))

    def _show_rows(self) -> None:
        snapshot = self.model.snapshot
        if snapshot is None:
            return
        direction = self.filter_combo.currentData()
        rows = [p for p in snapshot.proposals if direction is None or p.direction_code == direction]
        current = self.model_rows.record_id(self.table.currentIndex().row())
        self.model_rows.set_rows(
            [
                (
                    p.id,
                    p.number,
                    labels.proposal_kind(p.kind),
                    p.text,
                    p.author_name or "",
                    p.direction_code,
                    self.section_text(p.section_code),
                )
                + ((self.review_state(p.id),) if self.shows_reviews else ())
                for p in rows
            ]
        )
        fit_columns(self.table, widest=480)
        # the rows are read again when the meeting or its reviews change: the one chosen stays
        for row in range(self.model_rows.rowCount()):
            if self.model_rows.record_id(row) == current:
                self.table.selectRow(row)
        self._show_review_line()
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        snapshot = self.model.snapshot
        if snapshot is not None and snapshot.proposals:
            self.table.set_empty_text(self.tr("No proposal of this direction yet."))
        elif self.read_only:
            self.table.set_empty_text(self.tr("No proposals or comments were recorded."))
        else:
            self.table.set_empty_text(
                self.tr(
                    "No proposals yet: type one above and press Ctrl+Enter, or import them "
                    "from a file."
                )
            )

    def add(self) -> None:
        if self.read_only:
            return
        data = self.author_combo.currentData()
        author = self.author_combo.currentText()
        person_id = data[0] if data and self.author_combo.findText(author) >= 0 else None
        fields = {
            "text": self.text_edit.toPlainText(),
            "kind": self.kind_combo.currentData(),
            "author_name": author,
            "author_person_id": person_id,
            "organisation": self.organisation_edit.text(),
            "agenda_item_id": self.item_combo.currentData(),
            "direction_code": self.direction_combo.currentData(),
            "section_code": self.section_combo.currentData(),
        }
        self.add_button.setEnabled(False)
        self.context.operations.write(
            _save_proposal, self.meeting_id, self.editing_id, fields, self.reason,
            done=self._on_saved, failed=self._on_failed, owner=self,
        )  # fmt: skip

    def _on_saved(self, _none: None) -> None:
        self.add_button.setEnabled(not self.read_only)
        self._clear_form()

    def _on_failed(self, error: KhdeskError) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.errors.show(error)

    def _clear_form(self) -> None:
        """Ready for the next proposal: an empty text, no author, and the kind a proposal (a
        comment is chosen for each one that is)."""
        self.editing_id = None
        if self.kept_section is not None:
            self.kept_section = None
            self._fill_sections()  # a retired section is not offered for the next proposal
        self._label_add_button(self.tr("&Add proposal"))
        self.cancel_edit_button.setVisible(False)
        self.errors.clear()
        self.text_edit.clear()
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData("proposal"), 0))
        self.author_combo.setCurrentIndex(-1)
        self.author_combo.setEditText("")
        self.organisation_edit.clear()
        self.text_edit.setFocus()

    def edit_selected(self) -> None:
        """Load the selected proposal into the form; saving then changes it."""
        proposal_id = self.model_rows.record_id(self.table.currentIndex().row())
        snapshot = self.model.snapshot
        if proposal_id is None or self.read_only or snapshot is None:
            return
        proposal = next((p for p in snapshot.proposals if p.id == proposal_id), None)
        if proposal is None:
            return
        self.editing_id = proposal.id
        self.kept_section = proposal.section_code
        self.text_edit.setPlainText(proposal.text)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(proposal.kind), 0))
        # a proposal's direction is its section's (the section may have moved since)
        section = self._section_infos().get(proposal.section_code or "")
        direction = section.direction if section is not None else proposal.direction_code
        self.direction_combo.blockSignals(True)
        self.direction_combo.setCurrentIndex(max(self.direction_combo.findData(direction), 0))
        self.direction_combo.blockSignals(False)
        self._fill_sections()
        self.section_combo.setCurrentIndex(
            max(self.section_combo.findData(proposal.section_code), 0)
        )
        self.item_combo.setCurrentIndex(max(self.item_combo.findData(proposal.agenda_item_id), 0))
        known = [
            index
            for index in range(self.author_combo.count())
            if (self.author_combo.itemData(index) or (None,))[0] == proposal.author_person_id
        ]
        if proposal.author_person_id and known:
            self.author_combo.setCurrentIndex(known[0])
        else:
            self.author_combo.setEditText(proposal.author_name or "")
        self.organisation_edit.setText(proposal.organisation or "")
        self._label_add_button(self.tr("&Save changes"))
        self.cancel_edit_button.setVisible(True)
        self.text_edit.setFocus()

    def _label_add_button(self, text: str) -> None:
        # a text with a mnemonic replaces the button's shortcut: Ctrl+Enter is set again
        self.add_button.setText(text)
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))

    def delete_selected(self) -> None:
        proposal_id = self.model_rows.record_id(self.table.currentIndex().row())
        if proposal_id is None or self.read_only:
            return
        question = self.tr("Delete the selected proposal or comment?")
        if not confirm(self, self.tr("Delete"), question):
            return
        if self.editing_id == proposal_id:
            self._clear_form()
        self.context.operations.write(_delete_proposal, proposal_id, self.reason, owner=self)

    def _import(self) -> None:
        from khdesk.ui.import_dialog import choose_and_import

        choose_and_import(self.context, self.meeting_id, "proposals", self)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        for widget in (
            self.add_button,
            self.delete_button,
            self.text_edit,
            self.import_button,
            self.edit_button,
            self.kind_combo,
            self.author_combo,
            self.organisation_edit,
            self.direction_combo,
            self.section_combo,
            self.item_combo,
        ):
            widget.setEnabled(not read_only)
        self._update_empty_text()


class QuestionsTab(MeetingPart):
    """Questions to speakers: who asked whom what, and the answer.

    A question chosen in the list is loaded into the form, where it is corrected or answered
    and saved again; «New question» empties the form for the next one."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setMaximumHeight(70)
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setAccessibleName(self.tr("Question"))
        self.asker_combo = _attendee_combo()
        self.asker_combo.setAccessibleName(self.tr("Asked by"))
        self.addressee_edit = QLineEdit()
        self.addressee_edit.setAccessibleName(self.tr("Addressed to"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setMaximumHeight(70)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.add_button = QPushButton(self.tr("&Add question"))
        self.add_button.setIcon(icon("add"))
        self.add_button.clicked.connect(self.add)
        self.answer_button = QPushButton(self.tr("Sa&ve the answer"))
        self.answer_button.clicked.connect(self.save_answer)
        self.new_button = QPushButton(self.tr("&New question"))
        self.new_button.setIcon(icon("cancel"))
        self.new_button.setVisible(False)
        self.new_button.clicked.connect(self.clear_form)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question_edit)
        form.addRow(self.tr("Asked by"), self.asker_combo)
        form.addRow(self.tr("Addressed to"), self.addressee_edit)
        form.addRow(self.tr("Ans&wer"), self.answer_edit)
        self.errors = FieldErrors(
            self.error,
            {
                "the question": self.question_edit,
                "the asker": self.asker_combo,
                "the addressee": self.addressee_edit,
                "the answer": self.answer_edit,
            },
        )
        self.model_rows = ListTableModel(
            [self.tr("Question"), self.tr("Asked by"), self.tr("To"), self.tr("Answer"),
             self.tr("Status")]
        )  # fmt: skip
        self.table = TableView()
        self.table.setModel(self.model_rows)
        self.table.setAccessibleName(self.tr("Questions of the meeting"))
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)
        #: the question loaded into the form (None: the form is for a new one)
        self.editing_id: str | None = None
        self._loaded: tuple[str, str, str, str] = ("", "", "", "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        model.register_draft("question", self._has_draft)
        self.follow_model()

    def _form(self) -> tuple[str, str, str, str]:
        return (
            self.question_edit.toPlainText(),
            self.asker_combo.currentText(),
            self.addressee_edit.text(),
            self.answer_edit.toPlainText(),
        )

    def _has_draft(self) -> bool:
        """Typed and not saved: a new question's text, or changes to the one loaded."""
        if self.editing_id is None:
            return bool(self.question_edit.toPlainText().strip())
        return self._form() != self._loaded

    def show_snapshot(self, snapshot: Any) -> None:
        current = self.editing_id
        self.model_rows.set_rows(
            [
                (q.id, q.text, q.asker_name or "", q.addressee or "", q.answer or "",
                 labels.question_status(q.status))
                for q in snapshot.questions
            ]
        )  # fmt: skip
        fit_columns(self.table)
        _fill_attendees(self.context, snapshot, self.asker_combo)
        if current is not None:  # the list was read again: the same question stays chosen
            for row in range(self.model_rows.rowCount()):
                if self.model_rows.record_id(row) == current:
                    self.table.selectionModel().blockSignals(True)
                    self.table.selectRow(row)
                    self.table.selectionModel().blockSignals(False)
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        if self.read_only:
            self.table.set_empty_text(self.tr("No questions were recorded."))
        else:
            self.table.set_empty_text(
                self.tr("No questions yet: type one above and press «Add question».")
            )

    def _on_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        question_id = self.model_rows.record_id(current.row())
        if question_id is None or question_id == self.editing_id:
            return
        if self._has_draft() and not confirm(
            self,
            self.tr("Question"),
            self.tr("The question typed in the form is not saved. Replace it with the one "
                    "chosen in the list?"),
        ):  # fmt: skip
            return
        self.load(question_id)

    def load(self, question_id: str) -> None:
        """Put the question into the form, to correct or answer it."""
        snapshot = self.model.snapshot
        question = next(
            (q for q in (snapshot.questions if snapshot else []) if q.id == question_id), None
        )
        if question is None:
            return
        self.editing_id = question.id
        self.question_edit.setPlainText(question.text)
        self.asker_combo.setCurrentIndex(-1)
        self.asker_combo.setEditText(question.asker_name or "")
        self.addressee_edit.setText(question.addressee or "")
        self.answer_edit.setPlainText(question.answer or "")
        self._loaded = self._form()
        self.add_button.setText(self.tr("&Save changes"))
        self.new_button.setVisible(not self.read_only)
        self.errors.clear()

    def clear_form(self) -> None:
        """An empty form, for a new question."""
        self.editing_id = None
        for edit in (self.question_edit, self.answer_edit):
            edit.clear()
        self.addressee_edit.clear()
        self.asker_combo.setCurrentIndex(-1)
        self.asker_combo.setEditText("")
        self._loaded = ("", "", "", "")
        self.add_button.setText(self.tr("&Add question"))
        self.new_button.setVisible(False)
        self.errors.clear()
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.selectionModel().blockSignals(False)
        self.question_edit.setFocus()

    def _failed(self, error: KhdeskError) -> None:
        self.errors.show(error)

    def add(self) -> None:
        """Add the question typed, or save the one loaded into the form."""
        data = self.asker_combo.currentData()
        asker = self.asker_combo.currentText()
        fields: dict[str, Any] = {
            "text": self.question_edit.toPlainText(),
            "asker_name": asker,
            "addressee": self.addressee_edit.text(),
            "answer": self.answer_edit.toPlainText(),
        }

        def saved(_none: None) -> None:
            self.clear_form()

        if self.editing_id is not None:
            self.context.operations.write(
                _update_question, self.editing_id, fields, self.reason,
                done=saved, failed=self._failed, owner=self,
            )  # fmt: skip
            return
        fields["asker_person_id"] = (
            data[0] if data and self.asker_combo.findText(asker) >= 0 else None
        )
        self.context.operations.write(
            _add_question, self.meeting_id, fields, self.reason,
            done=saved, failed=self._failed, owner=self,
        )  # fmt: skip

    def save_answer(self) -> None:
        question_id = self.editing_id or self.model_rows.record_id(self.table.currentIndex().row())
        if question_id is None:
            self.error.setText(self.tr("Select a question in the list first."))
            return
        answer = self.answer_edit.toPlainText()

        def saved(_none: None) -> None:
            self.errors.clear()
            if self.editing_id == question_id:
                self._loaded = (*self._loaded[:3], answer)

        self.context.operations.write(
            _answer_question, question_id, answer, self.reason,
            done=saved, failed=self._failed, owner=self,
        )  # fmt: skip

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        for widget in (
            self.add_button,
            self.answer_button,
            self.question_edit,
            self.asker_combo,
            self.addressee_edit,
            self.answer_edit,
        ):
            widget.setEnabled(not read_only)
        self.new_button.setVisible(self.editing_id is not None and not read_only)
        self._update_empty_text()
