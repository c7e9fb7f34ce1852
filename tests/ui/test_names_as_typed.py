"""Names and e-mails checked as they are typed into the walk-in and the person dialogs: a Latin
look-alike among Cyrillic letters is replaced in the field and named under it before anything
is stored, an e-mail with a Cyrillic letter is refused naming the letter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Person
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.participants_tab import ParticipantsTab, WalkInDialog
from khdesk.ui.person_dialog import PersonDialog
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> Iterator[ParticipantsTab]:
    made = ParticipantsTab(context, MeetingModel(context, make_meeting(database, actor).id))
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    settle(context)
    made.search.setFocus()
    yield made
    made.model.close()


def _names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.exec(select(Person.full_name)).all())


def _walk_in(qtbot: QtBot, tab: ParticipantsTab, typed: str) -> WalkInDialog:
    tab.search.clear()
    type_text(tab.search, typed)
    press(qtbot, tab, Qt.Key.Key_N, CONTROL | SHIFT)

    def opened() -> list[WalkInDialog]:
        return [d for d in tab.findChildren(WalkInDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(opened()) == 1)
    return opened()[0]


def test_a_walk_in_s_name_is_shown_corrected_before_it_is_added(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, database: Database, settle: Settle
) -> None:
    # the search was typed on a laptop without a Kazakh keyboard: a Latin i for «і»
    dialog = _walk_in(qtbot, tab, "Сейiтов")
    settle(context)
    assert dialog.name_edit.text() == "Сейітов"
    assert dialog.name_note.isVisible()
    assert dialog.name_note.text() == ("The Latin letter i was replaced by the Cyrillic letter і.")
    # a finished word is corrected as the next is typed; the word being typed is left alone
    dialog.name_edit.setFocus()
    dialog.name_edit.end(False)
    type_text(dialog.name_edit, " Aйгерім Iлиясқызы")
    assert dialog.name_edit.text() == "Сейітов Айгерім Iлиясқызы"
    # Ctrl+Enter with the last word not yet corrected: it is corrected, shown, and not added
    # (a button's shortcut clicks it a moment later)
    press(qtbot, dialog.name_edit, Qt.Key.Key_Return, CONTROL)
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Сейітов Айгерім Ілиясқызы")
    settle(context)
    assert dialog.isVisible() and _names(database) == []
    assert dialog.name_note.text() == (
        "The Latin letter i was replaced by the Cyrillic letter і. "
        "The Latin letter A was replaced by the Cyrillic letter А. "
        "The Latin letter I was replaced by the Cyrillic letter І. "
        "Check the corrected name and press the button again."
    )
    # seen: the second press adds the name as shown
    press(qtbot, dialog.name_edit, Qt.Key.Key_Return, CONTROL)
    qtbot.waitUntil(lambda: _names(database) == ["Сейітов Айгерім Ілиясқызы"])
    settle(context)
    assert tab.message.text().startswith("Walk-in added and checked in: Сейітов А.")


def test_a_name_wholly_in_latin_is_added_as_typed(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, database: Database, settle: Settle
) -> None:
    dialog = _walk_in(qtbot, tab, "Smith John")
    settle(context)
    assert dialog.name_edit.text() == "Smith John" and not dialog.name_note.isVisible()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert _names(database) == ["Smith John"]


def test_an_e_mail_with_a_cyrillic_letter_is_refused_as_it_is_typed(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, database: Database, settle: Settle
) -> None:
    dialog = _walk_in(qtbot, tab, "Оспанов Серік")
    settle(context)
    dialog.consent_check.setChecked(True)
    dialog.email_edit.setFocus()
    type_text(dialog.email_edit, "serik@mаil.kz")  # a Cyrillic «а»
    # said at once, under the field, before any button is pressed
    assert dialog.email_note.isVisible()
    assert dialog.email_note.text() == (
        "The e-mail has the Cyrillic letter «а» in «mаil.kz»: type it in Latin letters."
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert dialog.isVisible() and _names(database) == []
    assert dialog.email_edit.hasFocus()
    dialog.email_edit.clear()
    type_text(dialog.email_edit, "serik@mail.kz")
    assert not dialog.email_note.isVisible()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    with database.session() as session:
        (person,) = session.exec(select(Person)).all()
    assert (person.full_name, person.email) == ("Оспанов Серік", "serik@mail.kz")


def test_a_person_s_name_corrected_in_the_dialog_is_stored_as_shown(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    person = make_person(database, actor, full_name="Жумабекова Инкар")
    dialog = PersonDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    assert not dialog.name_note.isVisible()
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Жұмабекова Iңкәр")  # a Latin capital I
    # the mouse takes the focus to Save: the name is corrected there and not saved yet
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert dialog.isVisible() and _names(database) == ["Жумабекова Инкар"]
    assert dialog.name_edit.text() == "Жұмабекова Іңкәр"
    assert dialog.name_note.text().startswith(
        "The Latin letter I was replaced by the Cyrillic letter І."
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert not dialog.isVisible()
    assert _names(database) == ["Жұмабекова Іңкәр"]


def test_leaving_the_name_for_another_field_corrects_it_there(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    person = make_person(database, actor, full_name="Оспанов Серік")
    dialog = PersonDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Oспанов Серік")  # a Latin O, in the first word
    # the first word was corrected once the second was begun
    assert dialog.name_edit.text() == "Оспанов Серік"
    assert dialog.name_note.text() == "The Latin letter O was replaced by the Cyrillic letter О."
    dialog.name_edit.end(False)
    type_text(dialog.name_edit, " Cəкенұлы")  # a Latin C and a Latin ə
    press(qtbot, dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.name_edit.text() == "Оспанов Серік Сәкенұлы"
    assert "The Latin letter ə was replaced by the Cyrillic letter ә." in dialog.name_note.text()
    assert "press the button again" not in dialog.name_note.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert _names(database) == ["Оспанов Серік Сәкенұлы"]


def test_a_name_stored_before_with_a_look_alike_is_corrected_when_saved(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    # stored by an earlier khdesk, which kept names as typed
    person = make_person(database, actor, full_name="Сейiтов Ерлан")
    dialog = PersonDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    assert dialog.name_edit.text() == "Сейiтов Ерлан"  # shown as stored until it is saved
    assert dialog.name_edit.hasFocus()
    press(qtbot, dialog.name_edit, Qt.Key.Key_Return)
    settle(context)
    assert dialog.isVisible() and _names(database) == ["Сейiтов Ерлан"]
    assert dialog.name_edit.text() == "Сейітов Ерлан"
    assert dialog.name_note.text() == (
        "The Latin letter i was replaced by the Cyrillic letter і. "
        "Check the corrected name and press the button again."
    )
    press(qtbot, dialog.name_edit, Qt.Key.Key_Return)
    settle(context)
    assert _names(database) == ["Сейітов Ерлан"]


def test_an_e_mail_typed_into_the_search_is_checked_in_the_walk_in_at_once(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, settle: Settle
) -> None:
    dialog = _walk_in(qtbot, tab, "сerik@mail.kz")  # a Cyrillic «с»
    settle(context)
    assert dialog.email_edit.text() == "сerik@mail.kz"
    assert dialog.email_note.isVisible()
    assert dialog.email_note.text() == (
        "The e-mail has the Cyrillic letter «с» in «сerik»: type it in Latin letters."
    )
