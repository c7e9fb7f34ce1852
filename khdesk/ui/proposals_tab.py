"""Proposals and comments captured quickly, and questions to speakers with their answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.services import proposals
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
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
    return combo


class ProposalsTab(MeetingPart):
    """Quick capture on top, the meeting's proposals below, filtered by direction."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.directions = context.direction_names()
        self.sections = context.sections()

        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("The proposal or comment, as the author put it"))
        self.text_edit.setMaximumHeight(90)
        self.kind_combo = QComboBox()
        for value, label in labels.proposal_kinds():
            self.kind_combo.addItem(label, value)
        self.author_combo = _attendee_combo()
        self.author_combo.currentIndexChanged.connect(self._on_author_picked)
        self.organisation_edit = QLineEdit()
        self.direction_combo = QComboBox()
        for code, name in self.directions.items():
            self.direction_combo.addItem(f"{code} — {name}", code)
        self.section_combo = QComboBox()
        self.direction_combo.currentIndexChanged.connect(self._fill_sections)
        self.item_combo = QComboBox()
        self.add_button = QPushButton(self.tr("&Add proposal"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
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

        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("All directions"), None)
        for code, name in self.directions.items():
            self.filter_combo.addItem(f"{code} — {name}", code)
        self.filter_combo.currentIndexChanged.connect(self._show_rows)
        self.model_rows = ListTableModel(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Text"),
                self.tr("Author"),
                self.tr("Direction"),
                self.tr("Section"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model_rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 380)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.editing_id: str | None = None
        self.cancel_edit_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_edit_button.setVisible(False)
        self.cancel_edit_button.clicked.connect(self._clear_form)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("&Import from a file…"))
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
        self._fill_sections()
        model.register_draft("proposal", lambda: bool(self.text_edit.toPlainText().strip()))
        self.follow_model()

    def _fill_sections(self) -> None:
        direction = self.direction_combo.currentData()
        current = self.section_combo.currentData()
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("(no section)"), None)
        for code, _parent, name in self.context.sections(direction):
            self.section_combo.addItem(f"{code} — {name}", code)
        self.section_combo.setCurrentIndex(max(self.section_combo.findData(current), 0))

    def _on_author_picked(self) -> None:
        data = self.author_combo.currentData()
        if data:
            self.organisation_edit.setText(data[1] or "")

    def show_snapshot(self, snapshot: Any) -> None:
        self._show_rows()
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
        self.model_rows.set_rows(
            [
                (
                    p.id,
                    p.number,
                    labels.proposal_kind(p.kind),
                    p.text,
                    p.author_name or "",
                    p.direction_code,
                    p.section_code or "",
                )
                for p in rows
            ]
        )
        fit_columns(self.table, widest=480)

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
        self.error.setText(render(error))

    def _clear_form(self) -> None:
        self.editing_id = None
        self._label_add_button(self.tr("&Add proposal"))
        self.cancel_edit_button.setVisible(False)
        self.error.clear()
        self.text_edit.clear()
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
        self.text_edit.setPlainText(proposal.text)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(proposal.kind), 0))
        self.direction_combo.setCurrentIndex(
            max(self.direction_combo.findData(proposal.direction_code), 0)
        )
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


class QuestionsTab(MeetingPart):
    """Questions to speakers: who asked whom what, and the answer."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setMaximumHeight(70)
        self.asker_combo = _attendee_combo()
        self.addressee_edit = QLineEdit()
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setMaximumHeight(70)
        self.add_button = QPushButton(self.tr("&Add question"))
        self.add_button.clicked.connect(self.add)
        self.answer_button = QPushButton(self.tr("Save the &answer"))
        self.answer_button.clicked.connect(self.save_answer)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question_edit)
        form.addRow(self.tr("Asked by"), self.asker_combo)
        form.addRow(self.tr("Addressed to"), self.addressee_edit)
        form.addRow(self.tr("A&nswer"), self.answer_edit)
        self.model_rows = ListTableModel(
            [self.tr("Question"), self.tr("Asked by"), self.tr("To"), self.tr("Answer"),
             self.tr("Status")]
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model_rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._on_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.answer_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        model.register_draft("question", lambda: bool(self.question_edit.toPlainText().strip()))
        self.follow_model()

    def show_snapshot(self, snapshot: Any) -> None:
        self.model_rows.set_rows(
            [
                (q.id, q.text, q.asker_name or "", q.addressee or "", q.answer or "",
                 labels.question_status(q.status))
                for q in snapshot.questions
            ]
        )  # fmt: skip
        fit_columns(self.table)
        _fill_attendees(self.context, snapshot, self.asker_combo)

    def _on_selected(self) -> None:
        values = self.model_rows.row_values(self.table.currentIndex().row())
        self.answer_edit.setPlainText(values[4])

    def _failed(self, error: KhdeskError) -> None:
        self.error.setText(render(error))

    def add(self) -> None:
        data = self.asker_combo.currentData()
        fields = {
            "text": self.question_edit.toPlainText(),
            "asker_name": self.asker_combo.currentText(),
            "asker_person_id": data[0] if data else None,
            "addressee": self.addressee_edit.text(),
            "answer": self.answer_edit.toPlainText(),
        }

        def added(_none: None) -> None:
            self.error.clear()
            for edit in (self.question_edit, self.answer_edit):
                edit.clear()
            self.addressee_edit.clear()

        self.context.operations.write(
            _add_question, self.meeting_id, fields, self.reason,
            done=added, failed=self._failed, owner=self,
        )  # fmt: skip

    def save_answer(self) -> None:
        question_id = self.model_rows.record_id(self.table.currentIndex().row())
        if question_id is None:
            self.error.setText(self.tr("Select a question in the list first."))
            return
        self.context.operations.write(
            _answer_question, question_id, self.answer_edit.toPlainText(), self.reason,
            done=lambda _none: self.error.clear(), failed=self._failed, owner=self,
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
