"""Names typed into the meeting's details and its minutes are shown with their look-alike
letters replaced before they are stored: the chair and the secretary in the meeting dialog,
the rapporteur and the speaker in the minutes tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import AgendaItem, Meeting, Speech
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from khdesk.ui.main_window import MainWindow
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.minutes_tab import MinutesTab
from tests.factories import make_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
I_REPLACED = "The Latin letter i was replaced by the Cyrillic letter і."


def _stored(database: Database) -> list[tuple[str | None, str | None]]:
    with database.session() as session:
        return [(m.chair, m.secretary) for m in session.exec(select(Meeting)).all()]


def _save_button(dialog: MeetingDialog) -> QPushButton:
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, settle: Settle) -> Iterator[MainWindow]:
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    settle(context)
    yield shown


def _open_dialogs(window: MainWindow) -> list[MeetingDialog]:
    return [d for d in window.findChildren(MeetingDialog) if d.isVisible()]


def _new_meeting(qtbot: QtBot, window: MainWindow) -> MeetingDialog:
    press(qtbot, window.table, Qt.Key.Key_N, CONTROL)
    qtbot.waitUntil(lambda: len(_open_dialogs(window)) == 1)
    return _open_dialogs(window)[0]


def test_the_chair_typed_with_a_latin_i_is_corrected_when_left_and_stored_as_shown(
    qtbot: QtBot, context: AppContext, database: Database, window: MainWindow, settle: Settle
) -> None:
    dialog = _new_meeting(qtbot, window)
    type_text(dialog.ui.titleEdit, "Дөңгелек үстел Қостанай")
    dialog.ui.chairEdit.setFocus()
    type_text(dialog.ui.chairEdit, "Сейiтов")  # a Latin i, the Kazakh keyboard missing
    # the word being typed is left alone until it is finished
    assert dialog.ui.chairEdit.text() == "Сейiтов"
    assert not dialog.ui.chairNote.isVisible()
    press(qtbot, dialog.ui.chairEdit, Qt.Key.Key_Tab)
    assert dialog.ui.secretaryEdit.hasFocus()
    assert dialog.ui.chairEdit.text() == "Сейітов"
    assert dialog.ui.chairNote.isVisible()
    assert dialog.ui.chairNote.text() == I_REPLACED
    assert not dialog.ui.secretaryNote.isVisible()
    type_text(dialog.ui.secretaryEdit, "Гүлнар Үсенова")
    # seen when the field was left: Save stores it at once, as shown
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    settle(context)
    assert _open_dialogs(window) == [] and window.meeting_view is not None
    assert _stored(database) == [("Сейітов", "Гүлнар Үсенова")]


def test_a_name_corrected_unseen_stops_save_once(
    qtbot: QtBot, context: AppContext, database: Database, window: MainWindow, settle: Settle
) -> None:
    dialog = _new_meeting(qtbot, window)
    type_text(dialog.ui.titleEdit, "Дөңгелек үстел Қостанай")
    dialog.ui.chairEdit.setFocus()
    type_text(dialog.ui.chairEdit, "Ерлан Сейiтов")
    dialog.ui.secretaryEdit.setFocus()
    type_text(dialog.ui.secretaryEdit, "Aйгерім Iлиясқызы")  # a Latin A and a Latin I
    # the first word, finished, is corrected already; the last one is left for Save
    assert dialog.ui.secretaryEdit.text() == "Айгерім Iлиясқызы"
    press(qtbot, dialog.ui.secretaryEdit, Qt.Key.Key_Return)
    settle(context)
    # both names corrected and shown, nothing stored, the first corrected one to look at
    assert dialog.isVisible() and _stored(database) == []
    assert dialog.ui.chairEdit.text() == "Ерлан Сейітов"
    assert dialog.ui.secretaryEdit.text() == "Айгерім Ілиясқызы"
    assert dialog.ui.chairEdit.hasFocus()
    assert dialog.ui.chairNote.text() == (
        f"{I_REPLACED} Check the corrected name and press the button again."
    )
    assert dialog.ui.secretaryNote.text() == (
        "The Latin letter A was replaced by the Cyrillic letter А. "
        "The Latin letter I was replaced by the Cyrillic letter І. "
        "Check the corrected name and press the button again."
    )
    press(qtbot, dialog.ui.chairEdit, Qt.Key.Key_Return)
    settle(context)
    assert _open_dialogs(window) == []
    assert _stored(database) == [("Ерлан Сейітов", "Айгерім Ілиясқызы")]


def test_a_chair_stored_with_a_look_alike_is_corrected_when_the_details_are_saved(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(database, actor, starts_at=dt.time(10), ends_at=dt.time(13))
    with database.transaction() as session:
        # as an earlier khdesk stored it, which kept names as typed
        stored = session.get(Meeting, meeting.id)
        assert stored is not None
        stored.chair = "Сейiтов Ерлан"
        session.add(stored)
        session.flush()
        session.refresh(stored)
        session.expunge(stored)
    dialog = MeetingDialog(context, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    assert dialog.ui.chairEdit.text() == "Сейiтов Ерлан"  # shown as stored until saved
    assert not dialog.ui.chairNote.isVisible()
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    settle(context)
    assert dialog.isVisible()
    assert _stored(database) == [("Сейiтов Ерлан", "Гүлнар Үсенова")]
    assert dialog.ui.chairEdit.text() == "Сейітов Ерлан"
    assert dialog.ui.chairNote.text().startswith(I_REPLACED)
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    settle(context)
    assert dialog.ui.errorLabel.text() == ""
    assert not dialog.isVisible()
    assert _stored(database) == [("Сейітов Ерлан", "Гүлнар Үсенова")]


# --- the minutes: the rapporteur (autosaved) and a speaker -----------------------------------


@pytest.fixture
def minutes_tab(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> Iterator[MinutesTab]:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі туралы")
        minutes.add_agenda_item(session, actor, meeting.id, title="Әртүрлі")
        present = participants.add_person(session, actor, full_name="Сейітов Ерлан", sector="ngo")
        participants.check_in(session, actor, meeting.id, present.id)
    tab = MinutesTab(context, MeetingModel(context, meeting.id))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    settle(context)
    assert tab.item_id is not None
    yield tab
    tab.model.close()


def _rapporteur(database: Database) -> str | None:
    with database.session() as session:
        items = session.exec(select(AgendaItem).order_by(AgendaItem.position)).all()
        return items[0].rapporteur


def _speeches(database: Database) -> list[tuple[str, str, str | None]]:
    with database.session() as session:
        return [(s.speaker, s.text, s.person_id) for s in session.exec(select(Speech)).all()]


def test_the_rapporteur_is_corrected_when_the_field_is_left_and_stored_as_shown(
    qtbot: QtBot, context: AppContext, database: Database, minutes_tab: MinutesTab, settle: Settle
) -> None:
    tab = minutes_tab
    tab.rapporteur_edit.setFocus()
    type_text(tab.rapporteur_edit, "Ерлан Сейiтов")  # the last word's Latin i is left for now
    assert tab.rapporteur_edit.text() == "Ерлан Сейiтов"
    press(qtbot, tab.rapporteur_edit, Qt.Key.Key_Tab)
    assert not tab.rapporteur_edit.hasFocus()
    assert tab.rapporteur_edit.text() == "Ерлан Сейітов"
    assert tab.rapporteur_note.isVisible()
    assert tab.rapporteur_note.text() == I_REPLACED  # nothing to press again: it is saved
    settle(context)
    assert _rapporteur(database) == tab.rapporteur_edit.text() == "Ерлан Сейітов"
    # written once, corrected: no second save of the corrected name is still to come
    assert tab.heard_saved.text().startswith("Saved")
    assert tab.rapporteur_note.isVisible()  # the snapshot that follows leaves the note


def test_a_rapporteur_saved_while_typed_is_shown_as_stored_with_the_note(
    qtbot: QtBot, context: AppContext, database: Database, minutes_tab: MinutesTab, settle: Settle
) -> None:
    tab = minutes_tab
    tab.rapporteur_edit.setFocus()
    type_text(tab.rapporteur_edit, "Сейiтов")
    # a pause in typing saves it with the field still in use: stored corrected, and the field
    # then shows what was stored, saying what was replaced
    qtbot.waitUntil(lambda: _rapporteur(database) == "Сейітов", timeout=5_000)
    settle(context)
    assert tab.rapporteur_edit.hasFocus()
    assert tab.rapporteur_edit.text() == "Сейітов"
    assert tab.rapporteur_note.text() == I_REPLACED
    # the next item's rapporteur starts with no note
    first = tab.item_id
    tab.agenda.setFocus()
    press(qtbot, tab.agenda, Qt.Key.Key_Down)
    assert tab.item_id != first
    assert tab.rapporteur_edit.text() == "" and not tab.rapporteur_note.isVisible()


def test_a_speaker_typed_with_a_latin_i_is_corrected_and_found_among_those_present(
    qtbot: QtBot, context: AppContext, database: Database, minutes_tab: MinutesTab, settle: Settle
) -> None:
    tab = minutes_tab
    speaker = tab.speaker_combo.lineEdit()
    tab.speaker_combo.setFocus()
    type_text(speaker, "Сейiтов Ерлан")  # the first word corrected once the second is begun
    assert speaker.text() == "Сейітов Ерлан"
    assert tab.speaker_note.text() == I_REPLACED
    press(qtbot, speaker, Qt.Key.Key_Tab)
    assert tab.speech_edit.hasFocus()
    type_text(tab.speech_edit, "Қолдаймын.")
    press(qtbot, tab.speech_edit, Qt.Key.Key_Return)
    settle(context)
    ((name, said, person_id),) = _speeches(database)
    assert (name, said) == ("Сейітов Ерлан", "Қолдаймын.")
    assert person_id is not None  # the person present, though typed with a Latin i
    assert speaker.text() == "" and not tab.speaker_note.isVisible()


def test_a_speaker_corrected_unseen_is_shown_before_add_speaker_adds_them(
    qtbot: QtBot, context: AppContext, database: Database, minutes_tab: MinutesTab, settle: Settle
) -> None:
    tab = minutes_tab
    speaker = tab.speaker_combo.lineEdit()
    tab.speaker_combo.setFocus()
    type_text(speaker, "Ерлан Сейiтов")
    tab.speech_edit.setText("Қолдаймын.")
    qtbot.mouseClick(tab.add_speech_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert _speeches(database) == []
    assert speaker.text() == "Ерлан Сейітов"
    assert tab.speaker_note.text() == (
        f"{I_REPLACED} Check the corrected name and press the button again."
    )
    qtbot.mouseClick(tab.add_speech_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert _speeches(database) == [("Ерлан Сейітов", "Қолдаймын.", None)]


def test_enter_in_the_rapporteur_corrects_and_saves_it(
    qtbot: QtBot, context: AppContext, database: Database, minutes_tab: MinutesTab, settle: Settle
) -> None:
    tab = minutes_tab
    tab.rapporteur_edit.setFocus()
    type_text(tab.rapporteur_edit, "Aйгерім Ілиясқызы")  # a Latin A, in the first word
    assert tab.rapporteur_edit.text() == "Айгерім Ілиясқызы"
    tab.rapporteur_edit.end(False)
    type_text(tab.rapporteur_edit, " Сейiтова")
    press(qtbot, tab.rapporteur_edit, Qt.Key.Key_Return)
    assert tab.rapporteur_edit.hasFocus()
    assert tab.rapporteur_edit.text() == "Айгерім Ілиясқызы Сейітова"
    settle(context)
    assert _rapporteur(database) == "Айгерім Ілиясқызы Сейітова"
    assert tab.rapporteur_note.text() == (
        f"The Latin letter A was replaced by the Cyrillic letter А. {I_REPLACED}"
    )
