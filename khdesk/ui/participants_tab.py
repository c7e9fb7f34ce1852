"""Participants and check-in: type-ahead search, one key to check in, walk-ins, undo.

Made for a facilitator at the door of a full room: Enter checks in the best match of what is
typed (and only once the results are those of what is typed), and never creates anyone; a
walk-in is added by its own command and written only when its dialog is confirmed. Every step
says what it did in the line under the search, and Undo (Ctrl+Alt+Z) takes back this tab's own
last step, exactly, naming whom.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from khdesk.services.participants import AttendanceStep
from khdesk.ui import dates, labels
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content
from khdesk.ui.guidance import FieldErrors
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.tables import TableView
from khdesk.ui.texts import render
from khdesk.ui.typed_checks import EmailCheck, NameCheck, note_label
from khdesk.ui.widgets import confirm

WALK_IN_KEYS = QKeySequence("Ctrl+Shift+N")
UNDO_KEYS = QKeySequence("Ctrl+Alt+Z")


def local_time(value: dt.datetime | None) -> str:
    return dates.time_of_day(value)


def one_line_table(model: ListTableModel) -> TableView:
    """A read-only table of whole rows, one line each, long text cut with «…» (its whole text
    on hover)."""
    table = TableView()
    table.setModel(model)
    return table


def size_columns(table: QTableView, widths: list[int | None]) -> None:
    """Fixed widths for the columns given one, the others share what is left; set once the model
    has its columns (before that the header has no sections and the widths are lost)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column, width in enumerate(widths):
        if width is None:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _similar(work: Any, name: str, phone: str, email: str) -> list[tuple[str, str, str | None]]:
    found = participants.similar_persons(work.session, full_name=name, phone=phone, email=email)
    return [(p.id, p.full_name, p.organisation) for p in found]


def _walk_in(
    work: Any, meeting_id: str, fields: dict[str, Any], reason: str | None
) -> AttendanceStep:
    return participants.walk_in(work.session, work.actor, meeting_id, fields, reason=reason)


def _arrive(work: Any, meeting_id: str, person_id: str, reason: str | None) -> AttendanceStep:
    return participants.arrive(work.session, work.actor, meeting_id, person_id, reason=reason)


def _leave(work: Any, attendance_id: str, reason: str | None) -> AttendanceStep:
    return participants.leave(work.session, work.actor, attendance_id, reason=reason)


def _mark_absent(work: Any, attendance_id: str, reason: str | None) -> AttendanceStep:
    return participants.mark_absent(work.session, work.actor, attendance_id, reason=reason)


def _remove(work: Any, attendance_id: str, reason: str | None) -> AttendanceStep:
    return participants.remove_attendance(work.session, work.actor, attendance_id, reason=reason)


def _take_back(work: Any, step: AttendanceStep, reason: str | None) -> AttendanceStep:
    participants.take_back(work.session, work.actor, step, reason=reason)
    return step


#: one row of the search results: id, name, organisation, sector code, arrived (None: not here)
Found = tuple[str, str, str | None, str, bool, dt.datetime | None]


def _search(
    work: Any,
    search: participants.PersonSearch,
    meeting_id: str,
    text: str,
    expected: frozenset[str],
) -> tuple[str, list[Found]]:
    found = search.search(work.session, text, expected=expected) if text.strip() else []
    here = participants.arrivals_among(work.session, meeting_id, [p.id for p in found])
    rows = [
        (p.id, p.full_name, p.organisation, p.sector_code, p.id in here, here.get(p.id))
        for p in found
    ]
    return text, rows


# --- the walk-in dialog -----------------------------------------------------------------------

_PHONE_LIKE = re.compile(r"^[\d\s()+.-]+$")


def typed_fields(text: str) -> dict[str, str]:
    """What was typed in the search, put where it belongs: a phone (digits, +) to the phone, an
    e-mail (an @) to the e-mail, anything else to the name."""
    typed = text.strip()
    if not typed:
        return {}
    if "@" in typed:
        return {"email": typed}
    if _PHONE_LIKE.match(typed) and any(ch.isdigit() for ch in typed):
        return {"phone": typed}
    return {"name": typed}


class _EnterMovesOn(QObject):
    """Enter in a field of the walk-in dialog goes to the next field: only the dialog's own
    button (or Ctrl+Enter) records the person, never a stray Enter."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
        ):
            watched.focusNextChild()
            return True
        return False


class WalkInDialog(QDialog):
    """A person who was not on the roster: their details, consent, and a warning for look-alikes.

    Nothing is written until the user confirms with the dialog's own button ("Add and check
    in", Ctrl+Enter). ``checked_in`` is emitted with the ``AttendanceStep`` once the person is
    recorded and checked in; choosing the existing record emits ``use_existing`` with that
    person's id instead.
    """

    use_existing = Signal(str)  # person id
    checked_in = Signal(object)  # AttendanceStep

    def __init__(
        self,
        context: AppContext,
        meeting_id: str,
        typed: str = "",
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
        prefilled = typed_fields(typed)
        self.name_edit = QLineEdit(prefilled.get("name", ""))
        self.organisation_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.sector_combo = QComboBox()
        for code, label in context.sector_names().items():
            self.sector_combo.addItem(label, code)
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData("other"), 0))
        self.phone_edit = QLineEdit(prefilled.get("phone", ""))
        self.email_edit = QLineEdit(prefilled.get("email", ""))
        self.consent_check = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.consent_method = QComboBox()
        for value, label in labels.consent_methods():
            self.consent_method.addItem(label, value)
        self.contacts_note = QLabel(
            self.tr("A phone or e-mail is kept only with consent."), wordWrap=True
        )
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.use_button = QPushButton(self.tr("Use the existing record"))
        self.use_button.setAutoDefault(False)
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self._on_use_existing)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.name_note = note_label()
        self.email_note = note_label()
        form = QFormLayout()
        form.addRow(self.tr("Full &name"), self.name_edit)
        form.addRow("", self.name_note)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow(self.tr("Sec&tor"), self.sector_combo)
        form.addRow(self.tr("P&hone"), self.phone_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow("", self.email_note)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("How consent was given"), self.consent_method)
        form.addRow("", self.contacts_note)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(
            self.tr("Add and check &in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_button.setToolTip(self.tr("Record this person and check them in (Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        # look-alike letters replaced in the name as it is typed, a non-Latin letter of the
        # e-mail named at once: both seen before the person is added
        self.name_check = NameCheck(self.name_edit, self.name_note, (self.add_button,))
        self.email_check = EmailCheck(self.email_edit, self.email_note)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.use_button)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._enter_moves_on = _EnterMovesOn(self)
        for edit in (
            self.name_edit,
            self.organisation_edit,
            self.position_edit,
            self.phone_edit,
            self.email_edit,
        ):
            edit.installEventFilter(self._enter_moves_on)
        # a sentence about a field goes once that field is changed
        self.field_errors = FieldErrors(
            self.error,
            {
                "the full name": self.name_edit,
                "the organisation": self.organisation_edit,
                "the position": self.position_edit,
            },
            others=(self.phone_edit, self.email_edit, self.sector_combo),
        )
        self.consent_check.toggled.connect(self.field_errors.clear)
        self._similar: list[str] = []
        self._asking = False
        self._ask_again = False
        for edit in (self.name_edit, self.phone_edit, self.email_edit):
            edit.editingFinished.connect(self._check_similar)
        self.name_edit.textChanged.connect(self._check_similar)
        # the field that is still empty of what was typed is where typing goes on
        if prefilled and "name" not in prefilled:
            self.name_edit.setFocus()
        elif prefilled:
            self.organisation_edit.setFocus()
        if "name" in prefilled:
            # the search's words, with their look-alikes replaced
            self.name_check.correct(before_saving=False)
        if prefilled:
            self._check_similar()  # a name that came with the dialog is looked up at once
        fit_to_content(self)

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
        if self.name_check.correct():
            self.name_edit.setFocus()
            return  # the corrected name is shown first; pressing again adds the person
        if self.consent_check.isChecked() and not self.email_check.check():
            self.email_edit.setFocus()
            return
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
            _walk_in,
            self.meeting_id,
            fields,
            self.reason,
            done=self._on_checked_in,
            failed=self._on_failed,
            owner=self,
        )

    def _on_checked_in(self, step: AttendanceStep) -> None:
        self.checked_in.emit(step)
        super().accept()

    def _on_failed(self, error: KhdeskError) -> None:
        self.buttons.setEnabled(True)
        self.field_errors.show(error)


# --- the tab ----------------------------------------------------------------------------------


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
        #: this tab's own steps in this session, the last on top: what Undo takes back
        self.steps: list[AttendanceStep] = []
        self.person_search = participants.PersonSearch(context.language)
        self._searching = False
        self._search_again = False
        #: the text the results shown are for, and whether an Enter waits for the results
        self._results_for: str | None = None
        self._enter_waiting = False
        #: persons on the meeting's list not here yet: among equal matches they come first
        self._expected: frozenset[str] = frozenset()

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_typed)
        self.search.installEventFilter(_ArrowKeysToResults(self))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setVisible(False)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.undo_button)

        self.results_model = ListTableModel([])
        self.results = one_line_table(self.results_model)
        self.results.doubleClicked.connect(self.check_in_selected)
        self.results.setMaximumHeight(180)

        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.walk_in_button = QPushButton()
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.roster_button = QPushButton()
        self.roster_button.clicked.connect(lambda: self._import("roster"))
        self.zoom_button = QPushButton()
        self.zoom_button.clicked.connect(lambda: self._import("zoom"))
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.walk_in_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.roster_button)
        buttons.addWidget(self.zoom_button)

        self.attendance_model = ListTableModel([])
        self.attendance = one_line_table(self.attendance_model)
        # Delete in the list (not in the search, where it deletes a letter)
        self.remove_shortcut = QShortcut(QKeySequence("Del"), self.attendance, self.remove_selected)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.summary = QLabel()
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.mark_left)
        self.absent_button = QPushButton()
        self.absent_button.clicked.connect(self.mark_absent)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.summary, 1)
        for button in (self.leave_button, self.absent_button, self.remove_button):
            list_bar.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(status)
        layout.addWidget(self.results)
        layout.addLayout(buttons)
        layout.addLayout(list_bar)
        layout.addWidget(self.attendance, 1)
        self.find_shortcut = QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        # not Ctrl+Shift+Z: that is Redo in the search field, where focus is after a check-in;
        # a shortcut of the tab (not of the button, which clicks a moment later and only while
        # shown), so that it acts at once wherever the focus is in the tab
        self.undo_shortcut = QShortcut(UNDO_KEYS, self, self.undo_last)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        size_columns(self.results, [None, None, 220, 90])
        size_columns(self.attendance, [None, None, 200, 110, 70, 70])
        context.hub.changed.connect(self._on_changed)
        self.follow_model()

    def retranslate(self) -> None:
        walk_in = WALK_IN_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(
            self.tr("Type a name, organisation, phone or e-mail; Enter checks in the first match")
        )
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.results.setAccessibleName(self.tr("Persons found"))
        self.attendance.setAccessibleName(self.tr("Participants of the meeting"))
        self.attendance.set_empty_text(
            self.tr(
                "No one is on the list yet: import the roster (Ctrl+I), or type a name above "
                "and press Enter to check someone in."
            )
        )
        self.message.setAccessibleName(self.tr("What the last step did"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.walk_in_button.setText(self.tr("&Walk-in…"))
        self.walk_in_button.setToolTip(
            self.tr("Add someone who is not on the list ({keys})").format(keys=walk_in)
        )
        self.undo_button.setText(self.tr("&Undo"))
        # what Help → Keyboard shortcuts lists for them
        self.find_shortcut.setWhatsThis(self.tr("Find a participant"))
        self.undo_shortcut.setWhatsThis(self.tr("Take back your last step"))
        self.remove_shortcut.setWhatsThis(self.tr("Remove the selected participant"))
        self.roster_button.setText(self.tr("Import &roster…"))
        self.zoom_button.setText(self.tr("Import &Zoom report…"))
        self.leave_button.setText(self.tr("Mark as &left"))
        self.absent_button.setText(self.tr("Not &present"))
        self.absent_button.setToolTip(self.tr("Checked in by mistake: registered, not present"))
        self.remove_button.setText(self.tr("R&emove from the meeting…"))
        self.remove_button.setToolTip(self.tr("Take the selected person off this list (Delete)"))
        # shortcuts after the texts: a text with a mnemonic (&) replaces a button's shortcut
        self.walk_in_button.setShortcut(WALK_IN_KEYS)
        self.roster_button.setShortcut(QKeySequence("Ctrl+I"))
        self.leave_button.setShortcut(QKeySequence("Ctrl+Shift+L"))
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
        selected = self.attendance_model.record_id(self.attendance.currentIndex().row())
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
        self._expected = frozenset(
            person.id for attendance, person in rows if not attendance.present
        )
        ids = [attendance.id for attendance, _person in rows]
        if selected in ids:
            self.attendance.selectRow(ids.index(selected))
        self.summary.setText(
            self.tr("Registered: {registered} · present: {present}").format(
                registered=len(rows), present=snapshot.present
            )
        )
        self.refresh_results()

    def _on_changed(self, changes: Any) -> None:
        # a person corrected or merged elsewhere: their new name here, and in the search
        if changes.touches("person") and (
            changes.everything or not changes.touches_meeting(self.meeting_id)
        ):
            self.person_search.forget()
            self.model.reload()

    def _on_typed(self) -> None:
        self._enter_waiting = False  # an Enter meant the text as it was when it was pressed
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
            self._expected,
            done=self._on_results,
            owner=self,
        )

    def _on_results(self, answer: tuple[str, list[Found]]) -> None:
        self._searching = False
        if self._search_again:
            self._search_again = False
            self.refresh_results()
            return
        text, found = answer
        sectors = self.context.sector_names()
        selected = self.results_model.record_id(self.results.currentIndex().row())
        self.results_model.set_rows(
            [
                (
                    person_id,
                    name,
                    organisation,
                    sectors.get(sector, sector),
                    f"✓ {local_time(arrived)}".strip() if here else "",
                )
                for person_id, name, organisation, sector, here, arrived in found
            ]
        )
        self._results_for = text
        if found:
            # the row chosen with the arrow keys stays chosen when the list is read again
            ids = [row[0] for row in found]
            self.results.selectRow(ids.index(selected) if selected in ids else 0)
        if self._enter_waiting and text == self.search.text():
            self._enter_waiting = False
            self.check_in_selected()

    def move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        self.results.selectRow(max(0, min(rows - 1, current + step)))

    # --- saying what happened -----------------------------------------------------------------
    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if problem else "")
        self.message.setText(text)

    def _said(self, step: AttendanceStep) -> str:
        name, time = step.short_name, local_time(step.arrived_at)
        if step.kind == "already":
            if time:
                return self.tr("{name} is already here since {time}: nothing changed.").format(
                    name=name, time=time
                )
            return self.tr("{name} is already here: nothing changed.").format(name=name)
        if step.kind == "walk-in":
            return self.tr("Walk-in added and checked in: {name}, {time}").format(
                name=name, time=time
            )
        if step.kind == "left":
            return self.tr("Marked as left: {name}, {time}").format(
                name=name, time=local_time(step.left_at)
            )
        if step.kind == "absent":
            return self.tr("Marked as not present: {name}").format(name=name)
        if step.kind == "removed":
            return self.tr("Removed from the meeting: {name}").format(name=name)
        return self.tr("Checked in: {name}, {time}").format(name=name, time=time)

    def _undone(self, step: AttendanceStep) -> str:
        name = step.short_name
        if step.kind == "walk-in":
            return self.tr("Taken back: the walk-in {name} is off the list.").format(name=name)
        if step.kind == "left":
            return self.tr("Taken back: {name} has not left.").format(name=name)
        if step.kind == "absent":
            before = step.before.arrived_at if step.before else None
            return self.tr("Taken back: {name} is present again, since {time}.").format(
                name=name, time=local_time(before)
            )
        if step.kind == "removed":
            return self.tr("Taken back: {name} is on the list again.").format(name=name)
        return self.tr("Taken back: the check-in of {name}").format(name=name)

    def _what_undo_takes_back(self, step: AttendanceStep) -> str:
        name = step.short_name
        if step.kind == "walk-in":
            return self.tr("the walk-in {name}").format(name=name)
        if step.kind == "left":
            return self.tr("{name} marked as left").format(name=name)
        if step.kind == "absent":
            return self.tr("{name} marked as not present").format(name=name)
        if step.kind == "removed":
            return self.tr("{name} removed from the meeting").format(name=name)
        return self.tr("the check-in of {name}").format(name=name)

    def _show_undo(self) -> None:
        last = self.steps[-1] if self.steps else None
        self.undo_button.setVisible(last is not None)
        self.undo_button.setEnabled(last is not None and not self.read_only)
        if last is not None:
            keys = UNDO_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            self.undo_button.setToolTip(
                self.tr("Take back {what} ({keys})").format(
                    what=self._what_undo_takes_back(last), keys=keys
                )
            )

    # --- writing ------------------------------------------------------------------------------
    def _import(self, kind: str) -> None:
        from khdesk.ui.import_dialog import choose_and_import

        choose_and_import(self.context, self.meeting_id, kind, self)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        for widget in (
            self.check_in_button,
            self.walk_in_button,
            self.roster_button,
            self.zoom_button,
            self.leave_button,
            self.absent_button,
            self.remove_button,
        ):
            widget.setEnabled(not read_only)
        self._show_undo()

    def _on_step(self, step: AttendanceStep) -> None:
        if step.changed:
            self.steps.append(step)
        self.say(self._said(step))
        self._show_undo()
        self.search.clear()
        self.search.setFocus()

    def _on_failed(self, error: KhdeskError) -> None:
        self.say(render(error), problem=True)

    def _write(self, function: Any, *args: Any) -> None:
        self.context.operations.write(
            function, *args, self.reason, done=self._on_step, failed=self._on_failed, owner=self
        )

    def check_in_selected(self) -> None:
        """Check in the chosen result (the best match unless another was chosen); with no
        match, say so and how to add a walk-in: Enter never creates a person."""
        if self.read_only:
            return
        text = self.search.text()
        if self._searching or self._results_for != text:
            self._enter_waiting = True  # the results shown are of an earlier keystroke
            return
        row = self.results.currentIndex().row()
        person_id = self.results_model.record_id(row if row >= 0 else 0)
        if person_id is None:
            if text.strip():
                keys = WALK_IN_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
                self.say(
                    self.tr(
                        "No one matches «{text}». To add a walk-in, press {keys} or click Walk-in…"
                    ).format(text=text.strip(), keys=keys),
                    problem=True,
                )
            return
        self._write(_arrive, self.meeting_id, person_id)

    def add_walk_in(self) -> None:
        if self.read_only:
            return
        dialog = WalkInDialog(
            self.context, self.meeting_id, self.search.text(), self, reason=self.reason
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked_in.connect(self._on_step)
        dialog.use_existing.connect(self._check_in_person)
        dialog.open()

    def _check_in_person(self, person_id: str) -> None:
        self._write(_arrive, self.meeting_id, person_id)

    def undo_last(self) -> None:
        """Take back this tab's own last step (and only that), exactly as it was before."""
        if self.read_only:
            return
        if not self.steps:
            self.say(self.tr("Nothing to take back: no step of yours in this meeting yet."))
            return
        step = self.steps.pop()
        self._show_undo()
        self.context.operations.write(
            _take_back,
            step,
            self.reason,
            done=self._on_taken_back,
            failed=self._on_failed,
            owner=self,
        )

    def _on_taken_back(self, step: AttendanceStep) -> None:
        self.say(self._undone(step))
        self.search.setFocus()

    def _selected_attendance(self) -> tuple[str, str] | None:
        row = self.attendance.currentIndex().row()
        attendance_id = self.attendance_model.record_id(row)
        if attendance_id is None:
            return None
        return attendance_id, str(self.attendance_model.row_values(row)[1])

    def mark_left(self) -> None:
        selected = self._selected_attendance()
        if selected is None or self.read_only:
            return
        self._write(_leave, selected[0])

    def mark_absent(self) -> None:
        selected = self._selected_attendance()
        if selected is None or self.read_only:
            return
        self._write(_mark_absent, selected[0])

    def remove_selected(self) -> None:
        """Remove the selected person from this meeting's list, once the user confirms."""
        selected = self._selected_attendance()
        if selected is None or self.read_only:
            return
        attendance_id, name = selected
        question = self.tr(
            "Remove {name} from this meeting's list? Their attendance is removed; the person "
            "stays among the people known here. Undo takes it back."
        ).format(name=name)
        if confirm(self, self.tr("Remove from the meeting"), question):
            self._write(_remove, attendance_id)
