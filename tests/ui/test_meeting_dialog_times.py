"""A meeting stored without its times opens with none shown and is saved without inventing
them; times typed in are kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from tests.factories import make_meeting
from tests.ui.conftest import Settle


def _reopened(database: Database, meeting_id: str) -> Meeting:
    with database.session() as session:
        stored = session.get(Meeting, meeting_id)
        assert stored is not None
        session.expunge(stored)
        return stored


def _save(qtbot: QtBot, dialog: MeetingDialog, context: AppContext, settle: Settle) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(context)


def test_a_meeting_without_times_is_edited_and_saved_without_them(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(database, actor, starts_at=None, ends_at=None)
    dialog = MeetingDialog(context, _reopened(database, meeting.id))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    assert dialog.ui.startEdit.text() == "—" and dialog.ui.endEdit.text() == "—"
    dialog.ui.titleEdit.setText("Дөңгелек үстел: жаңа атауы")
    _save(qtbot, dialog, context, settle)
    assert dialog.ui.errorLabel.text() == ""
    assert not dialog.isVisible()
    saved = _reopened(database, meeting.id)
    assert saved.title == "Дөңгелек үстел: жаңа атауы"
    assert (saved.starts_at, saved.ends_at) == (None, None)


def test_times_set_on_a_meeting_without_them_are_kept(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(database, actor, starts_at=None, ends_at=None)
    dialog = MeetingDialog(context, _reopened(database, meeting.id))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(context)
    dialog.ui.startEdit.setTime(QTime(15, 0))
    dialog.ui.endEdit.setTime(QTime(17, 30))
    _save(qtbot, dialog, context, settle)
    assert not dialog.isVisible()
    saved = _reopened(database, meeting.id)
    assert (saved.starts_at, saved.ends_at) == (dt.time(15, 0), dt.time(17, 30))
