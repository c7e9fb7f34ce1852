"""Participants and check-in: type-ahead search, one key to check in, walk-ins, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

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

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.services import participants
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns


def local_time(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%H:%M") if value else ""


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _similar(work: Any, name: str, phone: str, email: str) -> list[tuple[str, str, str | None]]:
    found = participants.similar_persons(work.session, full_name=name, phone=phone, email=email)
    return [(p.id, p.full_name, p.organisation) for p in found]


def _add_and_check_in(
    work: Any, meeting_id: str, fields: dict[str, Any], reason: str | None
) -> str:
    person = participants.add_person(work.session, work.actor, **fields)
    return participants.check_in(work.session, work.actor, meeting_id, person.id, reason=reason).id


def _check_in(work: Any, meeting_id: str, person_id: str, reason: str | None) -> str:
    return participants.check_in(work.session, work.actor, meeting_id, person_id, reason=reason).id


def _undo_check_in(work: Any, attendance_id: str, reason: str | None) -> None:
    participants.undo_check_in(work.session, work.actor, attendance_id, reason=reason)


def _check_out(work: Any, attendance_id: str, reason: str | None) -> None:
    participants.check_out(work.session, work.actor, attendance_id, reason=reason)


def _search(
    work: Any, search: participants.PersonSearch, meeting_id: str, text: str
) -> list[tuple[str, str, str | None, str, bool]]:
    found = search.search(work.session, text, limit=30) if text.strip() else []
    here = participants.present_among(work.session, meeting_id, [p.id for p in found])
    return [(p.id, p.full_name, p.organisation, p.sector_code, p.id in here) for p in found]


class WalkInDialog(QDialog):
    """A person who was not on the roster: their details, consent, and a warning for look-alikes.

    ``checked_in`` is emitted with the attendance id once the person is recorded and checked in;
    choosing the existing record emits ``use_existing`` with that person's id instead.
    """

    use_existing = Signal(str)  # person id
    checked_in = Signal(str)  # attendance id

    def __init__(
        self,
        context: AppContext,
        meeting_id: str,
        name: str = "",
        parent: QWidget | None = None,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.reason = reason
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Walk-in participant"))
        self.name_edit = QLineEdit(name)
        self.organisation_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.sector_combo = QComboBox()
        for code, label in context.sector_names().items():
            self.sector_combo.addItem(label, code)
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData("other"), 0))
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.consent_check = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.consent_method = QComboBox()
        for value, label in labels.consent_methods():
            self.consent_method.addItem(label, value)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Check in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.use_button)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._similar: list[str] = []
        self._asking = False
        self._ask_again = False
        for edit in (self.name_edit, self.phone_edit, self.email_edit):
            edit.editingFinished.connect(self._check_similar)
        self.name_edit.textChanged.connect(self._check_similar)

    def _check_similar(self) -> None:
        # one question at a time: the answer to the last keystroke is the one that counts
        if self._asking:
            self._ask_again = True
            return
        self._asking = True
        self.context.operations.read(
            _similar,
            self.name_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
            done=self._on_similar,
            owner=self,
        )

    def _on_similar(self, found: list[tuple[str, str, str | None]]) -> None:
        self._asking = False
        if self._ask_again:
            self._ask_again = False
            self._check_similar()
            return
        self._similar = [person_id for person_id, _name, _organisation in found]
        if found:
            _person_id, name, organisation = found[0]
            self.warning.setText(
                self.tr("This looks like someone already known: {name} ({organisation}).").format(
                    name=name, organisation=organisation or "—"
                )
            )
        else:
            self.warning.clear()
        self.use_button.setVisible(bool(found))

    def _on_use_existing(self) -> None:
        if self._similar:
            self.person_id = self._similar[0]
            self.use_existing.emit(self.person_id)
            super().accept()

    def accept(self) -> None:
        fields = {
            "full_name": self.name_edit.text(),
            "organisation": self.organisation_edit.text(),
            "position": self.position_edit.text(),
            "sector": self.sector_combo.currentData(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "consent": self.consent_check.isChecked(),
            "consent_method": self.consent_method.currentData(),
        }
        self.buttons.setEnabled(False)
        self.context.operations.write(
            _add_and_check_in,
            self.meeting_id,
            fields,
            self.reason,
            done=self._on_checked_in,
            failed=self._on_failed,
            owner=self,
        )

    def _on_checked_in(self, attendance_id: str) -> None:
        self.checked_in.emit(attendance_id)
        super().accept()

    def _on_failed(self, error: KhdeskError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(render(error))


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

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self._checked_in: list[str] = []  # attendance ids, for undo
        self.person_search = participants.PersonSearch()
        self._searching = False
        self._search_again = False

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
        self.follow_model()

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
    def show_snapshot(self, snapshot: Any) -> None:
        self.person_search.forget()  # walk-ins and imports add persons
        sectors = self.context.sector_names()
        language = "ru" if self.context.language == "ru" else "kk"
        rows = sorted(snapshot.attendees, key=lambda pair: sort_key(pair[1].full_name, language))
        self.attendance_model.set_rows(
            [
                (
                    attendance.id,
                    person.full_name,
                    person.organisation,
                    sectors.get(attendance.sector_code, attendance.sector_code),
                    attendance.present,
                    local_time(attendance.arrived_at),
                    local_time(attendance.left_at),
                )
                for attendance, person in rows
            ]
        )
        fit_columns(self.attendance)
        self.summary.setText(
            self.tr("Registered: {registered} · present: {present}").format(
                registered=len(rows), present=snapshot.present
            )
        )
        self.refresh_results()

    def refresh_results(self) -> None:
        """Ask for the persons matching what is typed; one search at a time, the last wins."""
        if self._searching:
            self._search_again = True
            return
        self._searching = True
        self.context.operations.read(
            _search,
            self.person_search,
            self.meeting_id,
            self.search.text(),
            done=self._on_results,
            owner=self,
        )

    def _on_results(self, found: list[tuple[str, str, str | None, str, bool]]) -> None:
        self._searching = False
        if self._search_again:
            self._search_again = False
            self.refresh_results()
            return
        sectors = self.context.sector_names()
        self.results_model.set_rows(
            [
                (person_id, name, organisation, sectors.get(sector, sector), here)
                for person_id, name, organisation, sector, here in found
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

        choose_and_import(self.context, self.meeting_id, kind, self)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        for widget in (
            self.check_in_button,
            self.walk_in_button,
            self.undo_button,
            self.roster_button,
            self.zoom_button,
            self.leave_button,
        ):
            widget.setEnabled(not read_only)

    def _on_checked_in(self, attendance_id: str) -> None:
        self._checked_in.append(attendance_id)
        self.search.clear()
        self.search.setFocus()

    def check_in_selected(self) -> None:
        if self.read_only:
            return
        row = self.results.currentIndex().row()
        person_id = self.results_model.record_id(row if row >= 0 else 0)
        if person_id is None:
            if self.search.text().strip():
                self.add_walk_in()
            return
        self.context.operations.write(
            _check_in, self.meeting_id, person_id, self.reason,
            done=self._on_checked_in, owner=self,
        )  # fmt: skip

    def add_walk_in(self) -> None:
        if self.read_only:
            return
        dialog = WalkInDialog(
            self.context, self.meeting_id, self.search.text().strip(), self, reason=self.reason
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked_in.connect(self._on_checked_in)
        dialog.use_existing.connect(self._check_in_person)
        dialog.open()

    def _check_in_person(self, person_id: str) -> None:
        self.context.operations.write(
            _check_in, self.meeting_id, person_id, self.reason,
            done=self._on_checked_in, owner=self,
        )  # fmt: skip

    def undo_last(self) -> None:
        if not self._checked_in or self.read_only:
            return
        attendance_id = self._checked_in.pop()
        self.context.operations.write(_undo_check_in, attendance_id, self.reason, owner=self)

    def mark_left(self) -> None:
        row = self.attendance.currentIndex().row()
        attendance_id = self.attendance_model.record_id(row)
        if attendance_id is None or self.read_only:
            return
        self.context.operations.write(_check_out, attendance_id, self.reason, owner=self)
