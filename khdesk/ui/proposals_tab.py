"""Proposals and comments captured quickly, and questions to speakers with their answers."""

from __future__ import annotations

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
from sqlmodel import col, select

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.services import minutes, participants, proposals
from khdesk.storage.models import Direction, Question, Section
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import name_column
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import confirm, fit_columns, show_error


def _attendee_combo(context: AppContext, meeting_id: str) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    _fill_attendees(context, meeting_id, combo)
    return combo


def _fill_attendees(context: AppContext, meeting_id: str, combo: QComboBox) -> None:
    """The people present, to pick an author or asker from (anyone else can be typed)."""
    typed = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    with context.db.session() as session:
        present = [p for a, p in participants.attendances(session, meeting_id) if a.present]
    language = "ru" if context.language == "ru" else "kk"
    for person in sorted(present, key=lambda p: sort_key(p.full_name, language)):
        combo.addItem(person.full_name, (person.id, person.organisation))
    combo.setCurrentIndex(-1)
    combo.setEditText(typed)
    combo.blockSignals(False)


class ProposalsTab(MeetingPart):
    """Quick capture on top, the meeting's proposals below, filtered by direction."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        names = name_column(context.language)
        with context.db.session() as session:
            self.directions = dict(
                session.exec(
                    select(Direction.code, getattr(Direction, names)).order_by(
                        col(Direction.position)
                    )
                ).all()
            )
            self.sections = [
                (s.code, s.direction_code, getattr(s, names))
                for s in session.exec(select(Section).order_by(col(Section.position)))
            ]

        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("The proposal or comment, as the author put it"))
        self.text_edit.setMaximumHeight(90)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Proposal"), "proposal")
        self.kind_combo.addItem(self.tr("Comment"), "comment")
        self.author_combo = _attendee_combo(context, meeting_id)
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
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.model = ListTableModel(
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
        self.table.setModel(self.model)
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
        self.refresh()

    def _fill_sections(self) -> None:
        direction = self.direction_combo.currentData()
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("(no section)"), None)
        for code, parent, name in self.sections:
            if parent == direction:
                self.section_combo.addItem(f"{code} — {name}", code)

    def _on_author_picked(self) -> None:
        data = self.author_combo.currentData()
        if data:
            self.organisation_edit.setText(data[1] or "")

    def refresh(self) -> None:
        with self.context.db.session() as session:
            rows = proposals.proposals(
                session, self.meeting_id, direction=self.filter_combo.currentData()
            )
            items = minutes.agenda(session, self.meeting_id)
        kinds = {"proposal": self.tr("Proposal"), "comment": self.tr("Comment")}
        self.model.set_rows(
            [
                (
                    p.id,
                    p.number,
                    kinds.get(p.kind, p.kind),
                    p.text,
                    p.author_name or "",
                    p.direction_code,
                    p.section_code or "",
                )
                for p in rows
            ]
        )
        fit_columns(self.table, widest=480)
        _fill_attendees(self.context, self.meeting_id, self.author_combo)
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("(none)"), None)
        for item in items:
            self.item_combo.addItem(f"{item.position}. {item.title}", item.id)

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
        }
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                if self.editing_id is None:
                    proposals.add_proposal(
                        session,
                        actor,
                        self.meeting_id,
                        direction=self.direction_combo.currentData(),
                        section=self.section_combo.currentData(),
                        reason=self.reason,
                        **fields,
                    )
                else:
                    proposals.update_proposal(
                        session,
                        actor,
                        self.editing_id,
                        direction_code=self.direction_combo.currentData(),
                        section_code=self.section_combo.currentData(),
                        reason=self.reason,
                        **fields,
                    )
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        self._clear_form()
        self.refresh()
        self.context.hub.proposals_changed.emit(self.meeting_id)

    def _clear_form(self) -> None:
        self.editing_id = None
        self.add_button.setText(self.tr("&Add proposal"))
        self.cancel_edit_button.setVisible(False)
        self.error.clear()
        self.text_edit.clear()
        self.author_combo.setCurrentIndex(-1)
        self.author_combo.setEditText("")
        self.organisation_edit.clear()
        self.text_edit.setFocus()

    def edit_selected(self) -> None:
        """Load the selected proposal into the form; saving then changes it."""
        proposal_id = self.model.record_id(self.table.currentIndex().row())
        if proposal_id is None or self.read_only:
            return
        from khdesk.storage.models import Proposal

        with self.context.db.session() as session:
            proposal = session.get(Proposal, proposal_id)
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
        self.add_button.setText(self.tr("&Save changes"))
        self.cancel_edit_button.setVisible(True)
        self.text_edit.setFocus()

    def delete_selected(self) -> None:
        proposal_id = self.model.record_id(self.table.currentIndex().row())
        if proposal_id is None or self.read_only:
            return
        question = self.tr("Delete the selected proposal or comment?")
        if not confirm(self, self.tr("Delete"), question):
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                proposals.delete_proposal(session, actor, proposal_id, reason=self.reason)
            if self.editing_id == proposal_id:
                self._clear_form()
        except KhdeskError as error:
            show_error(self, error)
        self.refresh()
        self.context.hub.proposals_changed.emit(self.meeting_id)

    def _import(self) -> None:
        from khdesk.ui.import_dialog import choose_and_import

        choose_and_import(self.context, self.meeting_id, "proposals", self, self.refresh)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
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

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setMaximumHeight(70)
        self.asker_combo = _attendee_combo(context, meeting_id)
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
        self.model = ListTableModel(
            [self.tr("Question"), self.tr("Asked by"), self.tr("To"), self.tr("Answer"),
             self.tr("Status")]
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
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
        self.refresh()

    def refresh(self) -> None:
        statuses = {
            "open": self.tr("open"),
            "answered": self.tr("answered"),
            "withdrawn": self.tr("withdrawn"),
        }
        with self.context.db.session() as session:
            rows = session.exec(
                select(Question).where(
                    Question.meeting_id == self.meeting_id,
                    Question.deleted == False,  # noqa: E712
                )
            ).all()
        self.model.set_rows(
            [
                (q.id, q.text, q.asker_name or "", q.addressee or "", q.answer or "",
                 statuses.get(q.status, q.status))
                for q in rows
            ]
        )  # fmt: skip
        fit_columns(self.table)
        _fill_attendees(self.context, self.meeting_id, self.asker_combo)

    def _on_selected(self) -> None:
        values = self.model.row_values(self.table.currentIndex().row())
        self.answer_edit.setPlainText(values[4])

    def add(self) -> None:
        data = self.asker_combo.currentData()
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                proposals.add_question(
                    session,
                    actor,
                    self.meeting_id,
                    text=self.question_edit.toPlainText(),
                    asker_name=self.asker_combo.currentText(),
                    asker_person_id=data[0] if data else None,
                    addressee=self.addressee_edit.text(),
                    answer=self.answer_edit.toPlainText(),
                    reason=self.reason,
                )
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        self.error.clear()
        for edit in (self.question_edit, self.answer_edit):
            edit.clear()
        self.addressee_edit.clear()
        self.refresh()

    def save_answer(self) -> None:
        question_id = self.model.record_id(self.table.currentIndex().row())
        if question_id is None:
            self.error.setText(self.tr("Select a question in the list first."))
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                proposals.update_question(
                    session, actor, question_id, answer=self.answer_edit.toPlainText(),
                    reason=self.reason,
                )  # fmt: skip
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        self.error.clear()
        self.refresh()

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
        for widget in (
            self.add_button,
            self.answer_button,
            self.question_edit,
            self.asker_combo,
            self.addressee_edit,
            self.answer_edit,
        ):
            widget.setEnabled(not read_only)
