"""The main window: meetings listed and filtered, a meeting opened, the language switched and
kept from the first start on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from khdesk import app, cli
from khdesk.domain.names import sort_key
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import WelcomeDialog
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from tests.factories import make_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import type_text


def test_the_list_shows_filters_and_opens_meetings(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor, title="Дөңгелек үстел Қостанай")
    make_meeting(context.db, actor, kind="online", title="Онлайн-сессия НПО")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert "Қазақстан халқына" in window.windowTitle()
    assert window.model.rowCount() == 2
    window.search.setText("Қостанай")
    settle(context)
    assert window.model.rowCount() == 1
    assert window.model.row_values(0)[5] == "Дөңгелек үстел Қостанай"
    window.search.clear()
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("online"))
    settle(context)
    assert window.model.rowCount() == 1
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    settle(context)
    assert window.meeting_view is not None
    assert "Онлайн-сессия НПО" in window.meeting_view.header.text()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.list_page


def test_the_language_switches_at_once(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.set_language("kk")
    kazakh = window.file_menu.title()
    window.set_language("ru")
    russian = window.file_menu.title()
    window.set_language("en")
    assert window.file_menu.title() == "&Meetings"
    assert len({kazakh, russian, "&Meetings"}) == 3


def test_khdesk_without_a_command_opens_the_application(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = {}

    def fake_main(**options: str | None) -> int:
        opened.update(options)
        return 0

    monkeypatch.setattr(app, "main", fake_main)
    assert cli.main(["--data-dir", "/tmp/somewhere"]) == 0
    assert opened == {"data_dir": "/tmp/somewhere", "database": None, "opening": None}
    # a bundle given as a file manager gives it is opened by the window
    assert cli.main(["/media/usb/ref.khr"]) == 0
    assert opened["opening"] == Path("/media/usb/ref.khr")


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


def test_the_people_table_loads_rows_as_it_scrolls(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    from khdesk.services import demo

    small = demo.Scale("small", 2026, 10, 400, 0, 0, 0, 0, 900, 0, 0)
    with context.db.transaction() as session:
        demo.CampaignWriter(session, actor, small, seed=3).write()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_persons()
    settle(context)
    page = window.persons_page
    assert page is not None
    assert page.model.loaded_rows() == 200  # one page, not all 900
    assert "900" in page.total.text()
    while page.model.canFetchMore():
        page.model.fetchMore()
        settle(context)
    assert page.model.loaded_rows() == 900
    keys = [sort_key(page.model.row_values(row)[1], context.language) for row in range(900)]
    assert keys == sorted(keys)  # in the interface's alphabet, page after page, none twice
    assert len({page.model.record_id(row) for row in range(900)}) == 900
    page.search.setText("ЖҰМАБЕК")
    settle(context)
    assert 0 < page.model.rowCount() < 900
    assert all("Жұмабек" in page.model.row_values(r)[1] for r in range(page.model.rowCount()))


def test_the_window_shows_before_the_database_and_fills_when_it_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from khdesk.services import installation

    context = AppContext(database=None, data_dir=tmp_path, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.isEnabled()
    assert "Opening the database" in window.counts.text()

    async def welcome(ctx: AppContext, _parent: object = None) -> bool:
        with ctx.db.transaction() as session:
            installation.init_installation(session, role="facilitator", region="71")
        from khdesk.services.snapshots import installation_and_reference
        from khdesk.services.work import run_read

        ctx.installation, ctx.reference = run_read(ctx.db, installation_and_reference)
        return True

    monkeypatch.setattr(app, "first_start", welcome)
    url = f"sqlite:///{tmp_path / 'khdesk.db'}"
    assert asyncio.run(app.start_up(window, context, url)) is None
    assert window.isEnabled()
    assert context.role() == "facilitator"
    context.operations.shutdown()
    context.db.close()


def test_a_damaged_database_at_start_up_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical", lambda _parent, _title, text: shown.append(text)
    )
    damaged = tmp_path / "khdesk.db"
    damaged.write_bytes(b"not a database at all" * 100)
    context = AppContext(database=None, data_dir=tmp_path, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert asyncio.run(app.start_up(window, context, f"sqlite:///{damaged}")) == 2
    (message,) = shown
    assert "is not a khdesk database" in message
    assert damaged.read_bytes() == b"not a database at all" * 100


def _welcome(qtbot: QtBot, choose: Callable[[WelcomeDialog], None]) -> list[str]:
    """Answer the welcome dialog once it is open, as a user would; returns what was seen."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        choose(dialog)
        qtbot.mouseClick(
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, answer)
    return seen


def _start(tmp_path: Path, url: str) -> tuple[AppContext, MainWindow, int | None]:
    """What ``khdesk`` does at start: the language remembered, the window, then start-up."""
    language = str(QSettings().value("language", "kk"))
    install_language(language)
    context = AppContext(database=None, data_dir=tmp_path, language=language)
    window = MainWindow(context)
    window.show()
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    try:
        code = loop.run_until_complete(app.start_up(window, context, url))
    finally:
        asyncio.set_event_loop(None)
    return context, window, code


def test_the_language_chosen_at_the_first_start_is_the_whole_windows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'khdesk.db'}"

    def russian(dialog: WelcomeDialog) -> None:
        combo = dialog.ui.languageCombo
        combo.setFocus()
        while combo.currentData() != "ru":  # the keyboard, one item at a time
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert dialog.ui.roleLabel.text() == "&Роль"  # the welcome speaks Russian at once
        type_text(dialog.ui.nameEdit, "Әйгерім Қасымова")

    seen = _welcome(qtbot, russian)
    context, window, code = _start(tmp_path, url)
    qtbot.addWidget(window)
    assert code is None and seen
    assert context.role() == "facilitator"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Заседания", "Синхрониза&ция"]  # the menus
    assert window.new_action.text() == "&Новое заседание…"  # the toolbar's first button
    assert window.toolbar.windowTitle() == "Основная панель инструментов"
    assert window.language_actions["ru"].isChecked()
    context.operations.shutdown()
    context.db.close()
    window.close()

    # the next start: no welcome, and the window is Russian from its first paint
    install_language("kk")
    context, window, code = _start(tmp_path, url)
    qtbot.addWidget(window)
    assert code is None
    assert window.file_menu.title() == "&Заседания"
    assert window.language_actions["ru"].isChecked()
    context.operations.shutdown()
    context.db.close()


def test_headquarters_set_up_at_the_first_start_is_told_about_its_recovery_key(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khdesk.ui import sync_ui

    explained: list[object] = []
    monkeypatch.setattr(
        sync_ui, "explain_recovery_key", lambda _ctx, parent: explained.append(parent),
        raising=False,
    )  # fmt: skip

    def headquarters(dialog: WelcomeDialog) -> None:
        combo = dialog.ui.roleCombo
        combo.setFocus()
        while combo.currentData() != "hq":
            qtbot.keyClick(combo, Qt.Key.Key_Down)

    _welcome(qtbot, headquarters)
    context, window, code = _start(tmp_path, f"sqlite:///{tmp_path / 'khdesk.db'}")
    qtbot.addWidget(window)
    assert code is None and context.role() == "hq"
    assert explained == [window]  # once, over the window, after the keys were made
    assert not window.sync_actions["device_card"].isVisible()  # a laptop's card, not hq's
    context.operations.shutdown()
    context.db.close()


def test_a_facilitator_shows_this_laptops_card_from_the_sync_menu(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khdesk.ui import sync_ui

    shown: list[object] = []
    monkeypatch.setattr(
        sync_ui, "show_device_card", lambda _ctx, parent: shown.append(parent), raising=False
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    card = window.sync_actions["device_card"]
    assert card.isVisible() and card in window.sync_menu.actions()
    card.trigger()
    assert shown == [window]
