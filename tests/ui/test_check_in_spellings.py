"""The check-in search typed in another spelling, key by key: the Russian spelling finds the
Kazakh name, Latin letters the Cyrillic one, what was typed letter for letter comes first, and
Enter checks in the person found."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.participants_tab import ParticipantsTab
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text


@pytest.fixture
def tab(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> Iterator[ParticipantsTab]:
    meeting = make_meeting(database, actor)
    for name in ("Ыбыраева Гүлнар", "Ибраева Гульнар", "Нұрсұлтанов Ерлан", "Оспанов Серік"):
        make_person(database, actor, full_name=name, phone=None, email=None, organisation=None)
    made = ParticipantsTab(context, MeetingModel(context, meeting.id))
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    settle(context)
    made.search.setFocus()
    yield made
    made.model.close()


def _shown(tab: ParticipantsTab) -> list[str]:
    model = tab.results_model
    return [model.row_values(row)[1] for row in range(model.rowCount())]


def test_each_spelling_finds_the_other_as_typed_first(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, settle: Settle
) -> None:
    type_text(tab.search, "Ибраева")
    settle(context)
    assert _shown(tab) == ["Ибраева Гульнар", "Ыбыраева Гүлнар"]
    tab.search.clear()
    type_text(tab.search, "ыбыраева гүлнар")
    settle(context)
    assert _shown(tab) == ["Ыбыраева Гүлнар", "Ибраева Гульнар"]


def test_a_name_typed_in_latin_letters_is_found_and_checked_in_by_enter(
    qtbot: QtBot, tab: ParticipantsTab, context: AppContext, settle: Settle
) -> None:
    type_text(tab.search, "nursultanov")
    settle(context)
    assert _shown(tab) == ["Нұрсұлтанов Ерлан"]
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert tab.message.text().startswith("Checked in: Нұрсұлтанов Е.")
