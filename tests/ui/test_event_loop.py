"""Work that runs as tasks of the real event loop (qasync), as in the running application."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attendance
from khdesk.ui.context import AppContext
from khdesk.ui.import_dialog import ImportDialog
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.participants_tab import ParticipantsTab
from tests.factories import make_meeting


@pytest.fixture
def loop(qtbot: QtBot) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


async def _until(condition: Callable[[], object], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the window never got there")


def test_a_roster_is_imported_from_the_window(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    database: Database,
    actor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = make_meeting(database, actor)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "Full name;Organisation;Sector\n"
        "Оспанова Сәуле;ОФ «Мейірім»;ngo\n"
        "Ким Ольга;Акимат;local_gov\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(roster), ""))
    context = AppContext(database=database, data_dir=tmp_path, language="en")
    tab = ParticipantsTab(context, MeetingModel(context, meeting.id))
    qtbot.addWidget(tab)
    tab.show()

    async def facilitator() -> None:
        tab.roster_button.click()
        await _until(lambda: tab.findChild(ImportDialog) is not None)
        dialog = tab.findChild(ImportDialog)
        assert dialog is not None
        await _until(dialog.import_button.isEnabled)
        assert "2 new" in dialog.summary.text()
        dialog.import_button.click()
        await _until(lambda: tab.attendance_model.rowCount() == 2)

    loop.run_until_complete(facilitator())
    context.operations.shutdown()
    with database.session() as session:
        assert len(session.exec(select(Attendance)).all()) == 2
