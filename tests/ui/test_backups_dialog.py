"""Backups in the window: «Back up now», the list with what each holds, a restore that starts
khdesk again, and a damaged database at start-up offered its latest good backup."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from khdesk import app
from khdesk.services.recorder import Actor
from khdesk.storage import backups
from khdesk.ui import backups_dialog
from khdesk.ui.backups_dialog import BackupsDialog, PassphraseDialog
from khdesk.ui.context import AppContext
from khdesk.ui.main_window import MainWindow
from tests.factories import make_meeting
from tests.ui.conftest import Settle

pytestmark = pytest.mark.sqlite_only


def _titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT title FROM meeting ORDER BY title")]


def test_back_up_now_then_the_list_says_when_and_what(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor, title="Ауылдық мектептер")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    window.back_up_action.trigger()
    settle(context)
    assert "Backed up to" in window.statusBar().currentMessage()
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    settle(context)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Taken by hand"
    assert dialog.table.item(0, 2).text() == "meetings: 1, persons: 0, proposals: 0"
    assert dialog.restore_button.isEnabled()  # the newest is chosen
    dialog.back_up_button.click()
    settle(context)
    assert dialog.table.rowCount() == 2


def test_a_restore_puts_the_backup_in_place_and_starts_khdesk_again(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_meeting(context.db, actor, title="Ауылдық мектептер")
    path = context.db.path
    assert path is not None
    backups.take(path, context.folder.backups, label="manual")
    make_meeting(context.db, actor, title="Әлеуметтік қорғау")
    started: list[bool] = []
    monkeypatch.setattr(backups_dialog, "relaunch", lambda: started.append(True))
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    settle(context)
    dialog.restore_selected()  # without the application's loop, run to the end at once
    assert started == [True]
    assert not window.isEnabled()
    assert _titles(path) == ["Ауылдық мектептер"]
    (aside,) = [b for b in backups.listing(context.folder.backups) if b.label == "before-restore"]
    assert _titles(aside.path) == ["Ауылдық мектептер", "Әлеуметтік қорғау"]


def _damaged_with_a_backup(context: AppContext, actor: Actor) -> Path:
    make_meeting(context.db, actor, title="Ауылдық мектептер")
    path = context.db.path
    assert path is not None
    backups.take(path, context.folder.backups, label="manual")
    context.operations.shutdown()
    context.db.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _answer(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == button]
        chosen.click()

    QTimer.singleShot(0, click)


def _start_up(tmp_path: Path, path: Path) -> tuple[AppContext, MainWindow, int | None]:
    context = AppContext(database=None, data_dir=tmp_path, language="en")
    window = MainWindow(context)
    window.show()
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    try:
        code = loop.run_until_complete(app.start_up(window, context, f"sqlite:///{path}"))
    finally:
        asyncio.set_event_loop(None)
        loop.close()
    return context, window, code


def test_a_damaged_database_at_start_up_is_offered_its_latest_good_backup(
    qtbot: QtBot, context: AppContext, actor: Actor, tmp_path: Path, settle: Settle
) -> None:
    path = _damaged_with_a_backup(context, actor)
    damaged = path.read_bytes()
    seen: list[str] = []
    _answer(qtbot, "Restore this backup", seen)
    started, window, code = _start_up(tmp_path, path)
    qtbot.addWidget(window)
    try:
        assert code is None
        (text,) = seen
        assert "moved, unchanged, to" in text and "meetings: 1, persons: 0, proposals: 0" in text
        (aside,) = (path.parent / "damaged").iterdir()
        assert aside.read_bytes() == damaged
        settle(started)
        assert window.model.rowCount() == 1
    finally:
        started.operations.shutdown()
        started.db.close()


def test_a_damaged_database_can_be_left_unopened(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    tmp_path: Path,
    no_waiting_message_boxes: list[str],
) -> None:
    path = _damaged_with_a_backup(context, actor)
    seen: list[str] = []
    _answer(qtbot, "Open nothing", seen)
    _context, window, code = _start_up(tmp_path, path)
    qtbot.addWidget(window)
    assert code == 2
    # one sentence says where the file went and how to restore the backup later
    (said,) = no_waiting_message_boxes
    assert "is damaged; khdesk moved it to" in said and "khdesk restore" in said
    assert not path.exists()  # set aside; the backups are as they were
    assert len(backups.listing(tmp_path / "backups")) == 1


def test_the_start_takes_the_days_backup_once(
    qtbot: QtBot, context: AppContext, actor: Actor, tmp_path: Path, settle: Settle
) -> None:
    make_meeting(context.db, actor, title="Ауылдық мектептер")
    path = context.db.path
    assert path is not None
    context.operations.shutdown()
    context.db.close()
    for _ in range(2):  # started twice the same day
        started, window, code = _start_up(tmp_path, path)
        qtbot.addWidget(window)
        try:
            assert code is None
            settle(started)
        finally:
            started.operations.shutdown()
            started.db.close()
    (daily,) = backups.listing(tmp_path / "backups")
    assert daily.label == "daily" and daily.meetings == 1


def test_a_second_place_is_chosen_with_a_passphrase_and_gets_a_copy(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    settle: Settle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_meeting(context.db, actor, title="Ауылдық мектептер")
    stick = tmp_path / "stick"
    stick.mkdir()
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    settle(context)
    assert "No second place" in dialog.second_place.text()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(stick))
    )

    def typed(asking: PassphraseDialog) -> int:
        asking.first.setText("ақ бидай алтын дала")
        asking.second.setText("ақ бидай алтын дала")
        asking.accept()
        return int(asking.result())

    monkeypatch.setattr(PassphraseDialog, "exec", typed)
    dialog.choose_second_place()
    settle(context)
    assert str(stick.resolve()) in dialog.second_place.text()
    assert "the last copy there is of" in dialog.second_place.text()
    assert len(list(stick.rglob("*.db.age"))) == 1
    assert dialog.table.rowCount() == 1


def test_the_passphrase_typed_twice_must_agree(qtbot: QtBot) -> None:
    asking = PassphraseDialog()
    qtbot.addWidget(asking)
    asking.first.setText("ақ бидай алтын дала")
    asking.second.setText("ақ бидай алтын дал")
    asking.accept()
    assert asking.result() != QDialog.DialogCode.Accepted
    assert "The two passphrases differ" in asking.problem.text()


def test_a_copy_from_a_usb_stick_is_restored_from_the_window_with_its_passphrase(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    settle: Settle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from khdesk.services import backups as backup_service

    make_meeting(context.db, actor, title="Ауылдық мектептер")
    path = context.db.path
    assert path is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    words = "ақ бидай алтын дала"
    with context.db.transaction() as session:
        backup_service.set_second_place(session, context.folder.keys, stick, words)
    taken = backup_service.back_up_now(context.db, context.folder.backups, context.folder.keys)
    assert taken.copy is not None
    make_meeting(context.db, actor, title="Әлеуметтік қорғау")
    started: list[bool] = []
    monkeypatch.setattr(backups_dialog, "relaunch", lambda: started.append(True))
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(taken.copy), ""))
    )
    typed = iter(["не тот пароль", words])
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: (next(typed), True))
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    settle(context)
    assert not dialog.file_button.isHidden()
    dialog.restore_file()  # a wrong passphrase: one sentence, nothing changed, khdesk again
    assert "The passphrase does not open" in warned[0]
    assert _titles(path) == ["Ауылдық мектептер", "Әлеуметтік қорғау"]
    from khdesk.storage.database import Database

    # khdesk started again on the same database; this time the passphrase is right
    again = AppContext(
        database=Database.open(f"sqlite:///{path}"), data_dir=context.data_dir, language="en"
    )
    dialog2 = BackupsDialog(again, window)
    qtbot.addWidget(dialog2)
    dialog2.restore_file()
    assert started == [True, True]
    assert _titles(path) == ["Ауылдық мектептер"]


def test_how_many_daily_backups_are_kept_is_set_in_the_dialog(
    qtbot: QtBot,
    context: AppContext,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    no_waiting_message_boxes: list[str],
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from khdesk.services import backups as backup_service

    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    settle(context)
    assert "12 days" in dialog.kept.text() and "9 months" in dialog.kept.text()
    typed = iter(["5, 4, 3", "пять"])
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: (next(typed), True))
    )
    dialog.choose_thinning()
    settle(context)
    assert "5 days" in dialog.kept.text() and "3 months" in dialog.kept.text()
    dialog.choose_thinning()
    settle(context)
    assert any("does not say how many backups to keep" in t for t in no_waiting_message_boxes)
    with context.db.session() as session:
        assert backup_service.thinning(session) == backups.Thinning(5, 4, 3)
