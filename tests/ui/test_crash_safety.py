"""Killing khdesk while someone types loses nothing typed more than two seconds earlier."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from khdesk.services import minutes
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import AgendaItem
from tests.factories import make_meeting

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from khdesk.storage.database import Database
    from khdesk.ui.context import AppContext
    from khdesk.ui.meeting_model import MeetingModel
    from khdesk.ui.minutes_tab import MinutesTab
    sys.path.insert(0, {root!r})
    from tests.ui.typing import type_text

    app = QApplication([])
    database = Database.open({url!r})
    context = AppContext(database=database, data_dir=Path({folder!r}))
    tab = MinutesTab(context, MeetingModel(context, {meeting!r}))
    tab.show()
    while tab.item_id is None:  # the meeting's minutes come from a read, as in the window
        app.processEvents()
    text = "Баяндамашы қордың проспектісін таныстырды, әр бағыт бойынша ұсыныстар жиналды. " * 5
    position = 0

    def type_one() -> None:
        global position
        type_text(tab.heard_edit, text[position])
        position += 1
        print(f"{{time.time():.3f}} {{position}}", flush=True)

    timer = QTimer(interval=40)
    timer.timeout.connect(type_one)
    timer.start()
    app.exec()
    """
)


@pytest.mark.slow
def test_a_killed_process_keeps_what_was_typed_two_seconds_earlier(
    database: Database, actor: Actor, db_path: Path, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
    database.close()
    script = CHILD.format(
        root=str(Path(__file__).resolve().parents[2]),
        url=f"sqlite:///{db_path}",
        folder=str(tmp_path),
        meeting=meeting.id,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    typed: list[tuple[float, int]] = []
    started = time.time()
    while time.time() - started < 20:
        line = child.stdout.readline()
        if not line:
            break
        stamp, count = line.split()
        typed.append((float(stamp), int(count)))
        if int(count) >= 120:  # about five seconds of steady typing
            break
    killed_at = time.time()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert typed, "the child process typed nothing"

    must_keep = max((count for stamp, count in typed if stamp <= killed_at - 2.0), default=0)
    with Database(f"sqlite:///{db_path}").session() as session:
        stored = session.get(AgendaItem, item.id)
    assert stored is not None
    assert must_keep > 40
    assert len(stored.heard or "") >= must_keep
