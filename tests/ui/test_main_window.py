"""The main window opens over a database and shows Kazakh text; start-up reports problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from khdesk import app, cli
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.main_window import MainWindow
from tests.factories import make_meeting


def test_the_window_shows_the_meetings_of_this_device(
    qtbot: QtBot, database: Database, actor: Actor
) -> None:
    make_meeting(database, actor)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Қазақстан халқына" in window.windowTitle()
    assert "Meetings on this device: 1" in window.centralWidget().text()
    assert "facilitator" in window.statusBar().currentMessage()


def test_khdesk_without_a_command_opens_the_application(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = {}

    def fake_main(**options: str | None) -> int:
        opened.update(options)
        return 0

    monkeypatch.setattr(app, "main", fake_main)
    assert cli.main(["--data-dir", "/tmp/somewhere"]) == 0
    assert opened == {"data_dir": "/tmp/somewhere", "database": None}


def test_start_up_names_an_unusable_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical", lambda _parent, _title, text: shown.append(text)
    )
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert app.main(data_dir=str(blocker / "data")) == 2
    (message,) = shown
    assert "cannot write to the data folder" in message
