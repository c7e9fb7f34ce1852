"""Check-in at the door of a full room, as a hurried facilitator does it: typing, Enter,
Ctrl+Alt+Z, reading the line under the search, and what the database keeps afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attendance, Person
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.participants_tab import ParticipantsTab, WalkInDialog, local_time
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def meeting_id(database: Database, actor: Actor) -> str:
    return make_meeting(database, actor).id


@pytest.fixture
def tab(
    qtbot: QtBot, context: AppContext, meeting_id: str, settle: Settle
) -> Iterator[ParticipantsTab]:
    made = ParticipantsTab(context, MeetingModel(context, meeting_id))
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    settle(context)
    made.search.setFocus()
    yield made
    made.model.close()


def _attendances(database: Database) -> list[tuple[str, bool, object, bool]]:
    """What a fresh session finds: (person's name, present, arrival, deleted) of each."""
    with database.session() as session:
        rows = session.exec(
            select(Person.full_name, Attendance.present, Attendance.arrived_at, Attendance.deleted)
            .join(Person, Person.id == Attendance.person_id)  # type: ignore[arg-type]
            .order_by(Person.full_name)
        ).all()
    return [tuple(row) for row in rows]


def _persons(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(
            session.exec(select(Person.full_name).where(Person.deleted == False)).all()  # noqa: E712
        )


def _walk_in_dialog(qtbot: QtBot, tab: ParticipantsTab) -> WalkInDialog:
    """The walk-in dialog the shortcut opened (a button's shortcut clicks it a moment later)."""

    qtbot.waitUntil(lambda: len(_open_dialogs(tab)) == 1)
    return _open_dialogs(tab)[0]


def _open_dialogs(tab: ParticipantsTab) -> list[WalkInDialog]:
    return [d for d in tab.findChildren(WalkInDialog) if d.isVisible()]


def test_enter_with_no_match_says_so_and_creates_no_one(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, database: Database, settle: Settle
) -> None:
    type_text(tab.search, "seit")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert "No one matches «seit»" in tab.message.text()
    assert "Ctrl+Shift+N" in tab.message.text()
    assert tab.findChild(WalkInDialog) is None
    # the next keystrokes still go to the search, and nothing was written
    type_text(tab.search, "ov")
    assert tab.search.text() == "seitov"
    settle(context)
    assert _persons(database) == [] and _attendances(database) == []


def test_a_walk_in_is_added_only_by_its_own_command_and_button(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    make_person(database, actor, full_name="Оспанов Серік")
    type_text(tab.search, "ОСПАНОВ  Серик")
    press(qtbot, tab, Qt.Key.Key_N, CONTROL | SHIFT)
    dialog = _walk_in_dialog(qtbot, tab)
    settle(context)
    # the typed name is in the name field and the look-alike is named at once, unedited
    assert dialog.name_edit.text() == "ОСПАНОВ  Серик"
    assert "Оспанов Серік" in dialog.warning.text() and not dialog.use_button.isHidden()
    # Enter in a field moves on; it records no one
    dialog.name_edit.setFocus()
    press(qtbot, dialog.name_edit, Qt.Key.Key_Return)
    settle(context)
    assert dialog.isVisible() and _persons(database) == ["Оспанов Серік"]
    press(qtbot, dialog.organisation_edit, Qt.Key.Key_Escape)
    assert _open_dialogs(tab) == []
    settle(context)
    assert _attendances(database) == []

    # a phone typed goes to the phone, an e-mail to the e-mail
    tab.search.clear()
    type_text(tab.search, "+7 702 000 11 22")
    press(qtbot, tab, Qt.Key.Key_N, CONTROL | SHIFT)
    by_phone = _walk_in_dialog(qtbot, tab)
    assert (by_phone.name_edit.text(), by_phone.phone_edit.text()) == ("", "+7 702 000 11 22")
    type_text(by_phone.name_edit, "Бекболатова Ақмарал")
    qtbot.mouseClick(by_phone.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    # a phone without consent is refused in one sentence, and nothing is written
    assert "only with consent" in by_phone.error.text()
    assert _persons(database) == ["Оспанов Серік"]
    by_phone.consent_check.setChecked(True)
    qtbot.mouseClick(by_phone.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert _open_dialogs(tab) == []
    assert tab.message.text().startswith("Walk-in added and checked in: Бекболатова А.,")
    assert [(n, p) for n, p, _a, _d in _attendances(database)] == [("Бекболатова Ақмарал", True)]

    type_text(tab.search, "someone@example.kz")
    press(qtbot, tab, Qt.Key.Key_N, CONTROL | SHIFT)
    by_email = _walk_in_dialog(qtbot, tab)
    assert (by_email.name_edit.text(), by_email.email_edit.text()) == ("", "someone@example.kz")


def test_each_check_in_says_so_and_undo_takes_back_only_the_users_own_step(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    make_person(database, actor, full_name="Иванов Сергей Петрович", organisation="Әкімдік")
    make_person(database, actor, full_name="Оспанов Серік", organisation=None)
    tab.person_search.forget()

    type_text(tab.search, "иванов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    ((_name, present, arrived, _deleted),) = _attendances(database)
    assert present and arrived is not None
    assert tab.message.text() == f"Checked in: Иванов С.П., {local_time(arrived)}"
    assert tab.undo_button.isVisible() and "Иванов С.П." in tab.undo_button.toolTip()
    assert tab.search.text() == ""  # ready for the next one

    # Enter on someone already here: it says so, and changes nothing
    type_text(tab.search, "иванов")
    settle(context)
    assert tab.results_model.row_values(0)[4] == f"✓ {local_time(arrived)}"  # shown, not coloured
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert tab.message.text() == (
        f"Иванов С.П. is already here since {local_time(arrived)}: nothing changed."
    )
    assert _attendances(database) == [("Иванов Сергей Петрович", True, arrived, False)]

    # another check-in, then Ctrl+Alt+Z twice: the last first, each named
    type_text(tab.search, "оспанов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Z, CONTROL | ALT)
    settle(context)
    assert tab.message.text() == "Taken back: the check-in of Оспанов С."
    press(qtbot, tab.search, Qt.Key.Key_Z, CONTROL | ALT)
    settle(context)
    assert tab.message.text() == "Taken back: the check-in of Иванов С.П."
    assert not tab.undo_button.isVisible()
    # as before: not present, no arrival time (the attendances the check-ins made are gone)
    assert all(deleted and not present for _n, present, _a, deleted in _attendances(database))


def test_undoing_an_un_check_puts_back_the_arrival_time(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    make_person(database, actor, full_name="Иванов Сергей Петрович")
    tab.person_search.forget()
    type_text(tab.search, "иванов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    ((_n, _p, arrived, _d),) = _attendances(database)

    tab.attendance.selectRow(0)
    qtbot.mouseClick(tab.absent_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert tab.message.text() == "Marked as not present: Иванов С.П."
    assert _attendances(database) == [("Иванов Сергей Петрович", False, None, False)]
    press(qtbot, tab.search, Qt.Key.Key_Z, CONTROL | ALT)
    settle(context)
    assert (
        tab.message.text()
        == f"Taken back: Иванов С.П. is present again, since {local_time(arrived)}."
    )
    assert _attendances(database) == [("Иванов Сергей Петрович", True, arrived, False)]


def test_the_best_match_is_the_one_enter_checks_in_even_when_typed_fast(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    for name, organisation in (
        ("Әбдірахманов Дәулет Серікұлы", "ТОО «Серіктестік»"),
        ("Бексерікова Дана", None),
        ("Оспанов Серік", None),
    ):
        make_person(database, actor, full_name=name, organisation=organisation, phone=None,
                    email=None)  # fmt: skip
    tab.person_search.forget()
    # typed and Enter at once, before the results of the last letters are in
    type_text(tab.search, "серік")
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert [(n, p) for n, p, _a, _d in _attendances(database)] == [("Оспанов Серік", True)]
    type_text(tab.search, "серік")
    settle(context)
    shown = [tab.results_model.row_values(r)[1:5:3] for r in range(tab.results_model.rowCount())]
    assert shown[0][0] == "Оспанов Серік" and shown[0][1].startswith("✓")
    assert [here for _name, here in shown[1:]] == ["", ""]


def test_removing_an_attendance_asks_naming_who_and_undo_brings_it_back(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_person(database, actor, full_name="Иванов Сергей Петрович")
    tab.person_search.forget()
    type_text(tab.search, "иванов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    ((_n, _p, arrived, _d),) = _attendances(database)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.attendance.setFocus()
    tab.attendance.selectRow(0)
    press(qtbot, tab.attendance, Qt.Key.Key_Delete)
    settle(context)
    assert "Remove Иванов Сергей Петрович from this meeting's list?" in asked[0]
    assert tab.attendance_model.rowCount() == 0
    assert _attendances(database) == [("Иванов Сергей Петрович", True, arrived, True)]
    press(qtbot, tab.search, Qt.Key.Key_Z, CONTROL | ALT)
    settle(context)
    assert tab.message.text() == "Taken back: Иванов С.П. is on the list again."
    assert _attendances(database) == [("Иванов Сергей Петрович", True, arrived, False)]


def test_the_columns_show_names_whole(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    make_person(database, actor, full_name="Әбдірахманов Дәулет Серікұлы",
                organisation="Қазақстан халқына қоғамдық қоры")  # fmt: skip
    tab.person_search.forget()
    type_text(tab.search, "дәулет")
    settle(context)
    header = tab.results.horizontalHeader()
    name_width = tab.results.fontMetrics().horizontalAdvance("Әбдірахманов Дәулет Серікұлы")
    assert header.sectionSize(0) > name_width  # the name is not cut
    assert header.sectionSize(3) < header.sectionSize(0) / 2  # «here» takes no more than it needs
    index = tab.results_model.index(0, 1)
    assert tab.results_model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "Қазақстан халқына қоғамдық қоры"
    )


def test_a_fresh_session_sees_what_the_desk_did(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    tmp_path: Path,
) -> None:
    """The desk's steps are committed as they happen: another window opened on the same
    database (a fresh session, a fresh context) lists the same participants."""
    make_person(database, actor, full_name="Иванов Сергей Петрович")
    tab.person_search.forget()
    type_text(tab.search, "иванов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    other = AppContext(database=database, data_dir=tmp_path, language="en")
    try:
        again = ParticipantsTab(other, MeetingModel(other, tab.meeting_id))
        qtbot.addWidget(again)
        settle(other)
        assert again.attendance_model.rowCount() == 1
        assert again.attendance_model.row_values(0)[1] == "Иванов Сергей Петрович"
        assert again.attendance_model.row_values(0)[4] is True
        again.model.close()
    finally:
        other.operations.shutdown()


def test_someone_on_the_list_comes_first_among_equal_matches(
    qtbot: QtBot,
    tab: ParticipantsTab,
    context: AppContext,
    database: Database,
    actor: Actor,
    meeting_id: str,
    settle: Settle,
) -> None:
    make_person(database, actor, full_name="Әбілов Серік", phone=None, email=None)
    listed = make_person(database, actor, full_name="Оспанов Серік", phone=None, email=None)
    with database.transaction() as session:
        participants.register(session, actor, meeting_id, listed.id)  # the roster has him
    tab.model.reload()
    settle(context)
    type_text(tab.search, "серік")
    settle(context)
    assert tab.results_model.row_values(0)[1] == "Оспанов Серік"
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert [(n, p) for n, p, _a, _d in _attendances(database)] == [("Оспанов Серік", True)]
