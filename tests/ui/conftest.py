"""UI tests start in English (the source language) unless they choose another, and wait for the
window's operations as a person waits for the window: until it shows the result."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language

if TYPE_CHECKING:
    from khdesk.ui.main_window import MainWindow

Settle = Callable[[AppContext], None]


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As the application does (``khdesk.ui.tasks.collect_on_the_gui_thread``): no automatic
    garbage collection during a window's test, which could free a Qt object in a worker thread;
    the test's garbage is collected here, on the main thread, once qtbot has closed its widgets
    (set up before qtbot, so torn down after it)."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def no_waiting_message_boxes() -> Iterator[list[str]]:
    """Message boxes answer at once (No to a question) and say what they showed: a box that a
    failing test leaves behind, or that closing the window asks, would otherwise wait for a
    click for ever. Set up before ``qtbot``, so it holds while qtbot closes the widgets. A test
    that needs another answer patches ``QMessageBox`` itself."""
    shown: list[str] = []
    patch = pytest.MonkeyPatch()

    def asked(_parent: object, _title: str, text: str, *_rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.No

    def told(_parent: object, _title: str, text: str, *_rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    patch.setattr(QMessageBox, "question", asked)
    for name in ("warning", "critical", "information"):
        patch.setattr(QMessageBox, name, told)
    yield shown
    patch.undo()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes; what was asked is kept."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """Each test keeps its QSettings (language, remembered window sizes) in a folder of its
    own: none of the user's, none of another test's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield


@pytest.fixture(autouse=True)
def english(qtbot: QtBot) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def context(database: Database, actor: Actor, tmp_path: Path) -> Iterator[AppContext]:
    """The window's context over a facilitator's database, its operations stopped afterwards."""
    made = AppContext(database=database, data_dir=tmp_path, language="en")
    yield made
    made.operations.shutdown()


@pytest.fixture
def settle(qtbot: QtBot) -> Settle:
    """Wait until every operation asked for has run and its result reached the window."""

    def wait(context: AppContext) -> None:
        # a result may start another operation (a write brings a new snapshot): wait until the
        # window is idle with no event left that could start one
        for _ in range(20):
            qtbot.waitUntil(context.operations.idle, timeout=15_000)
            QCoreApplication.processEvents()
            if context.operations.idle():
                return

    return wait


def headquarters_window(
    qtbot: QtBot, context: AppContext, settle: Settle, page: str
) -> tuple[MainWindow, QWidget]:
    """Headquarters' window shown on its page ``page``, as the analyst opens it."""
    from khdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert window.home is not None
    shown = window.home.show_page(page)
    settle(context)
    return window, shown
