"""Participants and check-in: type-ahead search, one key to check in, walk-ins, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.services import participants
from khdesk.storage.models import Meeting, Sector
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import name_column
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns, show_error


def sector_names(context: AppContext) -> dict[str, str]:
    column = getattr(Sector, name_column(context.language))
    with context.db.session() as session:
        return dict(session.exec(select(Sector.code, column).order_by(col(Sector.position))).all())


def local_time(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%H:%M") if value else ""


class WalkInDialog(QDialog):
    """A person who was not on the roster: their details, consent, and a warning for look-alikes."""

    use_existing = Signal(str)  # person id

    def __init__(self, context: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Walk-in participant"))
        self.name_edit = QLineEdit(name)
        self.organisation_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.sector_combo = QComboBox()
        for code, label in sector_names(context).items():
            self.sector_combo.addItem(label, code)
        self.sector_combo.setCurrentIndex(self.sector_combo.findData("other"))
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.consent_check = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.consent_method = QComboBox()
        self.consent_method.addItem(self.tr("signed on paper"), "paper")
        self.consent_method.addItem(self.tr("verbally"), "verbal")
        self.consent_method.addItem(self.tr("electronically"), "electronic")
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.use_button = QPushButton(self.tr("Use the existing record"))
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self._on_use_existing)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Full &name"), self.name_edit)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow(self.tr("&Sector"), self.sector_combo)
        form.addRow(self.tr("P&hone"), self.phone_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("How consent was given"), self.consent_method)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Check in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.use_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._similar: list[str] = []
        for edit in (self.name_edit, self.phone_edit, self.email_edit):
            edit.editingFinished.connect(self._check_similar)
        self.name_edit.textChanged.connect(self._check_similar)

    def _check_similar(self) -> None:
        with self.context.db.session() as session:
            found = participants.similar_persons(
                session,
                full_name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                email=self.email_edit.text(),
            )
        self._similar = [p.id for p in found]
        if found:
            first = found[0]
            self.warning.setText(
                self.tr("This looks like someone already known: {name} ({organisation}).").format(
                    name=first.full_name, organisation=first.organisation or "—"
                )
            )
        else:
            self.warning.clear()
        self.use_button.setVisible(bool(found))

    def _on_use_existing(self) -> None:
        if self._similar:
            self.person_id = self._similar[0]
            super().accept()

    def accept(self) -> None:
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                person = participants.add_person(
                    session,
                    actor,
                    full_name=self.name_edit.text(),
                    organisation=self.organisation_edit.text(),
                    position=self.position_edit.text(),
                    sector=self.sector_combo.currentData(),
                    phone=self.phone_edit.text(),
                    email=self.email_edit.text(),
                    consent=self.consent_check.isChecked(),
                    consent_method=self.consent_method.currentData(),
                )
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        self.person_id = person.id
        super().accept()


class _ArrowKeysToResults(QObject):
    """Up and Down in the search field move through the results; Enter checks in."""

    def __init__(self, tab: ParticipantsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.tab.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.tab.check_in_selected()
                return True
        return False


class ParticipantsTab(MeetingPart):
    """Search, check in, walk in, leave, undo; and the list of who registered and who came."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self._checked_in: list[str] = []  # attendance ids, for undo
        self.person_search = participants.PersonSearch()
        self.sectors = sector_names(context)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Type a name, organisation, phone or e-mail, then press Enter to check in")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_results)
        self.search.installEventFilter(_ArrowKeysToResults(self))
        self.results_model = ListTableModel([])
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.doubleClicked.connect(self.check_in_selected)
        self.results.setMaximumHeight(180)
        # fixed column widths: nothing is measured on each keystroke
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((320, 320, 220)):
            header.resizeSection(column, width)

        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.walk_in_button = QPushButton(self.tr("&Walk-in…"))
        self.walk_in_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.undo_button = QPushButton(self.tr("&Undo last check-in"))
        # not Ctrl+Shift+Z: that is Redo in the search field, where focus is after a check-in
        self.undo_button.setShortcut(QKeySequence("Ctrl+Alt+Z"))
        self.undo_button.clicked.connect(self.undo_last)
        self.leave_button = QPushButton(self.tr("Mark as &left"))
        self.leave_button.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.leave_button.clicked.connect(self.mark_left)
        self.roster_button = QPushButton(self.tr("Import &roster…"))
        self.roster_button.setShortcut(QKeySequence("Ctrl+I"))
        self.roster_button.clicked.connect(lambda: self._import("roster"))
        self.zoom_button = QPushButton(self.tr("Import &Zoom report…"))
        self.zoom_button.clicked.connect(lambda: self._import("zoom"))
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.walk_in_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.roster_button)
        buttons.addWidget(self.zoom_button)
        buttons.addWidget(self.leave_button)

        self.attendance_model = ListTableModel([])
        self.attendance = QTableView()
        self.attendance.setModel(self.attendance_model)
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.attendance, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.results_model.set_headers(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Sector"), self.tr("Here")]
        )
        self.attendance_model.set_headers(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Sector"),
                self.tr("Present"),
                self.tr("Arrived"),
                self.tr("Left"),
            ]
        )

    # --- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.person_search.forget()  # walk-ins and imports add persons
        with self.context.db.session() as session:
            rows = participants.attendances(session, self.meeting_id)
        language = "ru" if self.context.language == "ru" else "kk"
        rows.sort(key=lambda pair: sort_key(pair[1].full_name, language))
        self.attendance_model.set_rows(
            [
                (
                    attendance.id,
                    person.full_name,
                    person.organisation,
                    self.sectors.get(attendance.sector_code, attendance.sector_code),
                    attendance.present,
                    local_time(attendance.arrived_at),
                    local_time(attendance.left_at),
                )
                for attendance, person in rows
            ]
        )
        fit_columns(self.attendance)
        present = sum(1 for attendance, _ in rows if attendance.present)
        self.summary.setText(
            self.tr("Registered: {registered} · present: {present}").format(
                registered=len(rows), present=present
            )
        )
        self.refresh_results()

    def refresh_results(self) -> None:
        text = self.search.text()
        with self.context.db.session() as session:
            found = self.person_search.search(session, text, limit=30) if text.strip() else []
            here = participants.present_among(session, self.meeting_id, [p.id for p in found])
        self.results_model.set_rows(
            [
                (
                    p.id,
                    p.full_name,
                    p.organisation,
                    self.sectors.get(p.sector_code, p.sector_code),
                    p.id in here,
                )
                for p in found
            ]
        )
        if found:
            self.results.selectRow(0)

    def move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        self.results.selectRow(max(0, min(rows - 1, current + step)))

    # --- writing ------------------------------------------------------------------------------
    def _import(self, kind: str) -> None:
        from khdesk.ui.import_dialog import choose_and_import

        choose_and_import(self.context, self.meeting_id, kind, self, self.refresh)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
        for widget in (
            self.check_in_button,
            self.walk_in_button,
            self.undo_button,
            self.roster_button,
            self.zoom_button,
        ):
            widget.setEnabled(not read_only)
        self.leave_button.setEnabled(not read_only)

    def _check_in(self, person_id: str) -> None:
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                attendance = participants.check_in(
                    session, actor, self.meeting_id, person_id, reason=self.reason
                )
        except KhdeskError as error:
            show_error(self, error)
            return
        self._checked_in.append(attendance.id)
        self.search.clear()
        self.search.setFocus()
        self.refresh()
        self.context.hub.attendance_changed.emit(self.meeting_id)

    def check_in_selected(self) -> None:
        if self.read_only:
            return
        row = self.results.currentIndex().row()
        person_id = self.results_model.record_id(row if row >= 0 else 0)
        if person_id is None:
            if self.search.text().strip():
                self.add_walk_in()
            return
        self._check_in(person_id)

    def add_walk_in(self) -> None:
        if self.read_only:
            return
        dialog = WalkInDialog(self.context, self.search.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id:
            self._check_in(dialog.person_id)

    def undo_last(self) -> None:
        if not self._checked_in or self.read_only:
            return
        attendance_id = self._checked_in.pop()
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                participants.undo_check_in(session, actor, attendance_id, reason=self.reason)
        except KhdeskError as error:
            show_error(self, error)
        self.refresh()
        self.context.hub.attendance_changed.emit(self.meeting_id)

    def mark_left(self) -> None:
        row = self.attendance.currentIndex().row()
        attendance_id = self.attendance_model.record_id(row)
        if attendance_id is None or self.read_only:
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                participants.check_out(session, actor, attendance_id, reason=self.reason)
        except KhdeskError as error:
            show_error(self, error)
        self.refresh()

    def meeting(self) -> Meeting | None:
        with self.context.db.session() as session:
            return session.get(Meeting, self.meeting_id)
