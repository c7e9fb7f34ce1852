"""The minutes keep what is typed: a snapshot of the meeting read before the last save, or while
typing goes on, never takes text away from a field."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from khdesk.services import minutes
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import AgendaItem
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.minutes_tab import MinutesTab
from tests.factories import make_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import type_text


def test_a_snapshot_older_than_the_field_leaves_its_text(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Проспект")
    model = MeetingModel(context, meeting.id)
    tab = MinutesTab(context, model)
    qtbot.addWidget(tab)
    tab.show()
    settle(context)
    before = model.snapshot
    assert before is not None and tab.item_id == item.id

    type_text(tab.heard_edit, "Баяндама тыңдалды")
    tab.flush()  # the save is on its way
    model._on_loaded(before)  # a snapshot read before it arrives first
    assert tab.heard_edit.toPlainText() == "Баяндама тыңдалды"
    settle(context)
    assert tab.heard_edit.toPlainText() == "Баяндама тыңдалды"

    type_text(tab.heard_edit, ", ұсыныстар жиналды")  # typing goes on …
    model.reload()  # … while a newer snapshot comes (another field was saved, say)
    settle(context)
    assert tab.heard_edit.toPlainText() == "Баяндама тыңдалды, ұсыныстар жиналды"
    tab.flush()
    settle(context)
    with database.session() as session:
        stored = session.get(AgendaItem, item.id)
    assert stored is not None and stored.heard == "Баяндама тыңдалды, ұсыныстар жиналды"
    model.close()
