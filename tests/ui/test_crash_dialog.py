"""A crash loses nothing typed, writes a report with no personal data in it, and says so once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from khdesk import reports
from khdesk.domain.errors import InvalidInput
from khdesk.ui import crash
from khdesk.ui.crash import CrashDialog, CrashHandler
from khdesk.ui.tasks import start
from khdesk.ui.texts import render
from khdesk.ui.widgets import AutoSaver

NAME, PHONE, EMAIL = "Жұмабекова Іңкәр Серікқызы", "+7 701 234 56 78", "inkar.zhumabekova@mail.kz"
PERSONAL = (*NAME.split(), PHONE, PHONE.replace(" ", ""), "234 56 78", EMAIL, "inkar")


def assert_nothing_personal(text: str, values: tuple[str, ...] = PERSONAL) -> None:
    for value in values:
        assert value.lower() not in text.lower(), value


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = reports.configure_logging(tmp_path / "log")
    assert path is not None
    yield path
    reports.stop_logging()


@pytest.fixture
def quits() -> list[bool]:
    return []


@pytest.fixture
def crash_path(qtbot: QtBot, tmp_path: Path, quits: list[bool]) -> Iterator[CrashHandler]:
    """The crash path as start-up installs it; "Quit khdesk" only notes that it was asked."""
    handler = crash.install(tmp_path / "crash-reports", quit=lambda: quits.append(True))
    yield handler
    crash.uninstall()


def _failing_button(qtbot: QtBot, error: Callable[[], Exception]) -> QPushButton:
    """A button whose slot fails as a bug does: a new exception each time, from one line."""

    def fail() -> None:
        raise error()

    button = QPushButton("fail")
    button.clicked.connect(fail)
    qtbot.addWidget(button)
    return button


def _dialog_shown(handler: CrashHandler, qtbot: QtBot) -> CrashDialog:
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    return handler.dialog


def test_an_error_in_a_slot_opens_the_dialog_with_its_report(
    qtbot: QtBot, crash_path: CrashHandler, log_file: Path, tmp_path: Path
) -> None:
    _failing_button(qtbot, lambda: RuntimeError(f"no seat for {NAME}, {PHONE}, {EMAIL}")).click()
    dialog = _dialog_shown(crash_path, qtbot)

    (report,) = (tmp_path / "crash-reports").iterdir()
    assert dialog.report == report
    assert dialog.path_edit.text() == str(report)
    assert "everything you typed is saved" in dialog.sentence.text()
    assert dialog.again.isHidden()
    text = report.read_text(encoding="utf-8")
    assert "in: the GUI thread" in text
    assert "builtins.RuntimeError: no seat for" in text and "in fail" in text
    assert_nothing_personal(text)
    logged = log_file.read_text(encoding="utf-8")
    assert "internal error in the GUI thread" in logged and "in fail" in logged
    assert f"crash report written: {report.name}" in logged
    assert_nothing_personal(logged)

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copied.text()
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: crash_path.dialog is None)


def test_a_second_crash_while_the_dialog_is_open_is_counted_in_it(
    qtbot: QtBot, crash_path: CrashHandler, tmp_path: Path
) -> None:
    same = _failing_button(qtbot, lambda: RuntimeError("the same bug"))
    same.click()
    dialog = _dialog_shown(crash_path, qtbot)
    same.click()
    _failing_button(qtbot, lambda: LookupError("another bug")).click()
    QCoreApplication.processEvents()

    assert crash_path.dialog is dialog
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)] == [dialog]
    assert dialog.count == 3
    assert not dialog.again.isHidden() and "3" in dialog.again.text()
    # the same error twice is one report; another error is another report
    assert len(list((tmp_path / "crash-reports").iterdir())) == 2
    assert "LookupError" in dialog.report_text and "RuntimeError" in dialog.report_text

    dialog.continue_button.click()
    qtbot.waitUntil(lambda: crash_path.dialog is None)
    same.click()  # after the dialog was closed, a crash is told (and reported) again
    assert _dialog_shown(crash_path, qtbot) is not dialog
    assert len(list((tmp_path / "crash-reports").iterdir())) == 3


def test_quit_khdesk_quits(qtbot: QtBot, crash_path: CrashHandler, quits: list[bool]) -> None:
    _failing_button(qtbot, lambda: RuntimeError("a bug")).click()
    dialog = _dialog_shown(crash_path, qtbot)
    dialog.quit_button.click()
    assert quits == [True]
    qtbot.waitUntil(lambda: crash_path.dialog is None)


def test_a_known_problem_shows_its_sentence_and_writes_no_report(
    qtbot: QtBot, crash_path: CrashHandler, log_file: Path, tmp_path: Path
) -> None:
    error = InvalidInput("the phone {phone} is not a phone number: type it again.", phone=PHONE)
    _failing_button(qtbot, lambda: error).click()
    qtbot.waitUntil(lambda: crash_path.known_problem is not None)
    box = crash_path.known_problem
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == render(error)
    assert crash_path.dialog is None
    assert not (tmp_path / "crash-reports").exists()
    logged = log_file.read_text(encoding="utf-8")
    assert "the phone {phone} is not a phone number" in logged
    assert_nothing_personal(logged)
    box.close()


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, crash_path: CrashHandler, log_file: Path, tmp_path: Path
) -> None:
    def work() -> None:
        raise ValueError(f"{NAME} {PHONE}")

    worker = threading.Thread(target=work, name="khdesk-test-worker")
    worker.start()
    worker.join()
    dialog = _dialog_shown(crash_path, qtbot)
    application = QCoreApplication.instance()
    assert application is not None and dialog.thread() is application.thread()
    (report,) = (tmp_path / "crash-reports").iterdir()
    text = report.read_text(encoding="utf-8")
    assert "in: the thread khdesk-test-worker" in text and "ValueError" in text
    assert "khdesk-test-worker: internal error" in log_file.read_text(encoding="utf-8")
    assert_nothing_personal(text)


def test_a_failing_task_of_the_event_loop_opens_the_dialog(
    qtbot: QtBot, crash_path: CrashHandler, tmp_path: Path
) -> None:
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    crash.watch_loop(loop)

    async def fails() -> None:
        await asyncio.sleep(0)
        raise LookupError(f"{EMAIL} is not enrolled")

    async def facilitator() -> None:
        start(fails())  # as a slot starts a task, keeping nothing of it
        for _ in range(500):
            if crash_path.dialog is not None and crash_path.dialog.isVisible():
                return
            await asyncio.sleep(0.02)

    try:
        loop.run_until_complete(facilitator())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
    dialog = _dialog_shown(crash_path, qtbot)
    assert dialog.report is not None
    text = dialog.report.read_text(encoding="utf-8")
    assert "in: a background task" in text and "in fails" in text
    assert_nothing_personal(text)


def test_qt_warnings_go_to_the_log_scrubbed(crash_path: CrashHandler, log_file: Path) -> None:
    qWarning(f"QLayout: cannot add {NAME} ({PHONE}) twice")
    logged = log_file.read_text(encoding="utf-8")
    assert "WARNING khdesk.qt MainThread: QLayout: cannot add … … … (<number>) twice" in logged
    assert_nothing_personal(logged)


def test_a_fatal_message_of_qt_is_reported_scrubbed(
    crash_path: CrashHandler, log_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Qt ends the process once its handler returns; called directly, the handler returns here
    context = QMessageLogContext()
    crash_path.on_qt_message(QtMsgType.QtFatalMsg, context, f"no surface for {NAME}, {PHONE}")
    (report,) = (tmp_path / "crash-reports").iterdir()
    text = report.read_text(encoding="utf-8")
    assert "QtFatalError: no surface for" in text
    assert "in test_a_fatal_message_of_qt_is_reported_scrubbed" in text
    assert f"the report is {report}" in capsys.readouterr().err
    assert "CRITICAL khdesk.qt" in log_file.read_text(encoding="utf-8")
    assert_nothing_personal(text)
    assert_nothing_personal(log_file.read_text(encoding="utf-8"))


FATAL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import qFatal
    from PySide6.QtWidgets import QApplication, QLineEdit
    from khdesk.reports import configure_logging
    from khdesk.ui import crash
    from khdesk.ui.widgets import AutoSaver

    reports, log, saved = (Path(arg) for arg in sys.argv[1:])
    app = QApplication([])
    configure_logging(log)
    crash.install(reports)
    edit = QLineEdit()
    saver = AutoSaver(edit, lambda text: saved.write_text(text, encoding="utf-8"))
    edit.setText("Жиналыс басталды")  # typed, its autosave not yet due
    qFatal("the surface of {name} ({phone}) is lost")
    """
)


def test_a_fatal_message_of_qt_saves_what_was_typed_and_writes_a_report(
    tmp_path: Path,
) -> None:
    script = FATAL.replace("{name}", NAME).replace("{phone}", PHONE)
    saved = tmp_path / "saved.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folders = [str(tmp_path / "reports"), str(tmp_path / "log"), str(saved)]
    child = subprocess.run(
        [sys.executable, "-c", script, *folders],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )  # fmt: skip
    assert child.returncode != 0  # Qt ends the process after a fatal message
    assert saved.read_text(encoding="utf-8") == "Жиналыс басталды"
    (report,) = (tmp_path / "reports").iterdir()
    text = report.read_text(encoding="utf-8")
    # (PySide hands Qt a fixed sentence in place of the message of a qFatal from Python)
    assert "in: a fatal message of Qt" in text and "QtFatalError:" in text
    assert "Python was here:" in text and "qFatal" in text
    assert f"the report is {report}" in child.stderr
    logged = (tmp_path / "log" / reports.LOG_FILE).read_text(encoding="utf-8")
    assert "CRITICAL khdesk.qt" in logged
    assert_nothing_personal(text)
    assert_nothing_personal(logged)


def test_the_crash_path_saves_every_field_still_being_typed(
    qtbot: QtBot, crash_path: CrashHandler
) -> None:
    saved: dict[str, str] = {}
    window = QWidget()
    qtbot.addWidget(window)
    title, notes, broken = QLineEdit(window), QPlainTextEdit(window), QLineEdit(window)

    def refuse(_text: str) -> None:
        raise InvalidInput("the title is too long: shorten it.")

    savers = [
        AutoSaver(title, lambda text: saved.__setitem__("title", text)),
        AutoSaver(notes, lambda text: saved.__setitem__("notes", text)),
        AutoSaver(broken, refuse),
    ]
    gone = QLineEdit()
    AutoSaver(gone, lambda text: saved.__setitem__("gone", text))
    gone.setText("typed into a field that was then closed")
    shiboken6.delete(gone)
    title.setText("Қор проспектісі")
    notes.setPlainText("Баяндама тыңдалды.")
    broken.setText("x" * 10)
    assert all(saver.pending() for saver in savers)

    _failing_button(qtbot, lambda: RuntimeError("a bug")).click()
    assert saved == {"title": "Қор проспектісі", "notes": "Баяндама тыңдалды."}
    dialog = _dialog_shown(crash_path, qtbot)
    assert "could not be saved" in dialog.sentence.text()


def test_the_window_s_own_savers_run_before_the_report(
    qtbot: QtBot, crash_path: CrashHandler, tmp_path: Path
) -> None:
    order: list[str] = []

    def save_drafts() -> None:
        order.append("drafts")
        assert not (tmp_path / "crash-reports").exists()

    remove = crash.save_before_report(save_drafts)
    _failing_button(qtbot, lambda: RuntimeError("a bug")).click()
    assert order == ["drafts"]
    remove()
    _dialog_shown(crash_path, qtbot).continue_button.click()
    qtbot.waitUntil(lambda: crash_path.dialog is None)
    _failing_button(qtbot, lambda: LookupError("another bug")).click()
    assert order == ["drafts"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_dialog_fits_a_small_laptop_screen(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    from khdesk.ui.i18n import install_language

    install_language(language)
    report = tmp_path.joinpath(*["бір-өте-ұзын-қалта-аты"] * 12, "crash-20260916-101500.txt")
    dialog = CrashDialog(report, "report", saved=False, log_file=None)
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.happened_again(None, None, saved=False)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    size = dialog.frameGeometry()
    assert size.width() <= 1366 and size.height() <= 768
    assert dialog.path_edit.text() == str(report)
    assert dialog.windowTitle()


def test_the_dialog_names_the_log_when_no_report_could_be_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = CrashDialog(None, "", saved=True, log_file=tmp_path / "khdesk.log")
    qtbot.addWidget(dialog)
    assert "could not be written" in dialog.where.text()
    assert dialog.path_edit.text() == str(tmp_path / "khdesk.log")
    assert not dialog.copy_button.isEnabled()


def test_start_up_keeps_a_log_and_gives_the_hooks_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khdesk import app

    monkeypatch.setenv(reports.LOG_DIR_VARIABLE, str(tmp_path / "log"))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *_args: None)
    hooks = sys.excepthook, threading.excepthook
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert app.main(data_dir=str(blocker / "data")) == 2
    assert (sys.excepthook, threading.excepthook) == hooks
    assert crash.installed() is None
    assert reports.log_file() is None
    logged = (tmp_path / "log" / reports.LOG_FILE).read_text(encoding="utf-8")
    assert "INFO khdesk.app MainThread: khdesk " in logged
