"""Start-up: settings, translations and the main window first; the database right after.

The window appears before the database layer is imported: that import (SQLAlchemy, SQLModel) and
opening the database run in a worker thread while the window is already on screen, and the window
fills itself when they are done. Nothing that can wait is done before the first paint.

Before anything else the log is opened (``khdesk.reports``: the user's log folder, or
``KHDESK_LOG_DIR``), and before the window shows the crash path is installed
(``khdesk.ui.crash``): an error nobody caught saves what was typed, writes a report into the data
folder's ``crash-reports/`` and says so in a dialog.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any


def main(
    *, data_dir: str | None = None, database: str | None = None, opening: Path | None = None
) -> int:
    """Open the GUI, and import the bundle ``opening`` once it is open (a file manager's
    double click on a ``.khb`` or ``.khr``); returns the process exit status."""
    from khdesk import __version__
    from khdesk.reports import configure_logging, stop_logging

    configure_logging()
    logging.getLogger(__name__).info("khdesk %s starts", __version__)
    try:
        return _run(data_dir=data_dir, database=database, opening=opening)
    finally:
        stop_logging()


#: The name the installer looks for (packaging/windows/khdesk.iss, ``AppMutex``): while a
#: khdesk window is open, Windows holds a mutex of this name, and the installer and the
#: uninstaller refuse to go on until it is closed.
WINDOWS_MUTEX = "khdesk-window-open"
_held: list[Any] = []


def _hold_windows_mutex() -> None:
    """On Windows, hold the mutex the installer waits on, in this session and in all of them."""
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    for name in (WINDOWS_MUTEX, f"Global\\{WINDOWS_MUTEX}"):
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:
            _held.append(handle)  # released by Windows when the process ends


def _run(*, data_dir: str | None, database: str | None, opening: Path | None) -> int:
    from khdesk.ui.qt_check import quick_check

    _hold_windows_mutex()

    problem = quick_check()
    if problem:
        logging.getLogger(__name__).error("Qt cannot start: %s", problem)
        print(f"khdesk: {problem}", file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from khdesk.domain.errors import KhdeskError
    from khdesk.paths import DataFolder, resolve_data_dir, resolve_database_url
    from khdesk.ui import crash
    from khdesk.ui.context import AppContext
    from khdesk.ui.i18n import LANGUAGES, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from khdesk.ui.tasks import collect_on_the_gui_thread

    collect_on_the_gui_thread()  # Qt objects in garbage are freed on this thread, never a worker
    app.setApplicationName("khdesk")
    app.setOrganizationName("Qazaqstan Halqyna")
    from khdesk.ui.icons import icon

    QApplication.setWindowIcon(icon("app"))
    crash.install(DataFolder(resolve_data_dir(data_dir)).crash_reports)
    context: AppContext | None = None
    try:
        language = str(QSettings().value("language", "kk"))
        language = language if language in LANGUAGES else "kk"
        install_language(language)
        try:
            folder = DataFolder(resolve_data_dir(data_dir)).prepare().root
        except KhdeskError as error:
            QMessageBox.critical(None, "khdesk", str(error))
            print(f"khdesk: {error}", file=sys.stderr)
            return error.exit_code
        from khdesk.ui.main_window import MainWindow

        context = AppContext(database=None, data_dir=folder, language=language)
        window = MainWindow(context)
        crash.set_window(window)
        window.show()
        return run_event_loop(
            app, start_up(window, context, resolve_database_url(database, folder), opening)
        )
    except Exception as error:  # the event loop itself stopped: a report, and one line
        return crash.stopped(error)
    finally:
        crash.uninstall()
        if context is not None and context.ops is not None:
            context.ops.shutdown()  # every write asked for is finished first
        if context is not None and context.database is not None:
            context.database.close()


def _open_database(url: str, backups: Path) -> Any:
    # runs in a worker thread: the first import of the database layer happens here, and the
    # installation's identity and reference data are read before the window needs them
    from khdesk.paths import Workstation
    from khdesk.services.snapshots import installation_and_reference
    from khdesk.services.work import run_read
    from khdesk.storage.database import Database

    database = Database.open(url, backups_dir=backups)
    # a workstation that joined a shared database writes as its own device there
    database.device_id = Workstation.read(backups.parent).device_on(database)
    try:
        return (database, *run_read(database, installation_and_reference))
    except BaseException:
        database.close()
        raise


async def start_up(window: Any, context: Any, url: str, opening: Path | None = None) -> int | None:
    """Open the database, ask who uses this computer on first start, then fill the window.

    Returns an exit status when khdesk should stop (the database cannot be used, or the welcome
    was cancelled); None when it runs on.
    """
    from PySide6.QtWidgets import QMessageBox

    from khdesk.domain.errors import DamagedDatabase, KhdeskError
    from khdesk.ui.tasks import run_in_background

    try:
        try:
            database, installation, reference = await run_in_background(
                _open_database, url, context.data_dir / "backups"
            )
        except DamagedDatabase as damaged:
            if damaged.path is None:
                raise
            await _recover(window, context, damaged)  # or the sentence of what was done
            database, installation, reference = await run_in_background(
                _open_database, url, context.data_dir / "backups"
            )
    except KhdeskError as error:
        QMessageBox.critical(window, "khdesk", str(error))
        print(f"khdesk: {error}", file=sys.stderr)
        return error.exit_code
    context.attach(database, installation, reference)
    from khdesk.ui import crash

    # before the crash dialog says that what was typed is saved, the queued writes are in
    crash.save_before_report(context.operations.wait_for_writes)
    if context.role() is None and not await first_start(context, window):
        return 0
    window.attach()
    _daily_backup(context)
    # contacts kept longer than the retention setting are erased after the backup of the day
    context.operations.write(_apply_retention)
    if opening is not None:
        from khdesk.ui.sync_ui import open_bundle

        open_bundle(context, opening, window)
    from khdesk.ui.tasks import settle_after_start_up

    settle_after_start_up()
    if os.environ.get("KHDESK_QUIT_AFTER_START") == "1":
        # the smoke test of a build (make test-dist): the window opened and filled itself
        logging.getLogger(__name__).info("the window is open; quitting as asked")
        context.operations.wait_for_writes()
        return 0
    return None


async def _recover(window: Any, context: Any, damaged: Any) -> None:
    """A damaged database moved aside and the latest good backup put in its place, when the
    user chose it; otherwise the sentence that says where the file went is raised."""
    from pathlib import Path

    from khdesk.paths import DataFolder
    from khdesk.services import backups
    from khdesk.ui.backups_dialog import offer_latest_good
    from khdesk.ui.tasks import run_in_background

    folder = DataFolder(context.data_dir)
    recovery = await run_in_background(backups.set_aside, damaged, folder.backups)
    logging.getLogger(__name__).error("a damaged database was moved aside")
    if recovery.latest is None or not offer_latest_good(window, recovery):
        # what was done and how to restore later, in the sentence start_up shows
        raise backups.recovery_problem(recovery, damaged)
    await run_in_background(
        backups.restore, recovery.latest.path, Path(str(damaged.path)), folder.backups
    )


def _daily_backup(context: Any) -> None:
    """The start-up backup (at most once a day, when something changed), after the writes of
    the start, then its encrypted copy in the second place on a reader, so that no save waits
    for a USB stick; a failure says its sentence in the window."""
    from khdesk.services.changes import Changes

    folder = context.folder

    def taken(path: Path | None) -> None:
        if path is not None:
            context.operations.read(_copy_daily, folder.keys, path)

    context.operations.job(_take_daily, folder.backups, changes=Changes(), done=taken)


def _apply_retention(work: Any) -> None:
    from khdesk.services import rights

    erased = rights.apply_retention(work.session, work.actor).persons
    if erased:
        logging.getLogger(__name__).info("retention: contacts of %d persons erased", erased)


def _take_daily(database: Any, folder: Path) -> Path | None:
    from khdesk.services import backups

    return backups.daily_backup(database, folder)


def _copy_daily(work: Any, keys_dir: Path, backup: Path) -> Path | None:
    from khdesk.services import backups

    return backups.copy_to_second_place(work.session, keys_dir, backup, quietly=True)


async def first_start(context: Any, parent: Any = None) -> bool:
    """The welcome dialog; loads the demo campaign when asked. False when the user cancelled."""
    import asyncio

    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from khdesk.ui.dialogs import WelcomeDialog
    from khdesk.ui.geometry import fit_to_content

    dialog = WelcomeDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    # the language chosen in the welcome is the whole window's, now and at every start
    QSettings().setValue("language", context.language)
    read = asyncio.get_running_loop().create_future()
    context.reload_installation(then=lambda: None if read.done() else read.set_result(None))
    await read  # the identity just written, read back for the window
    if dialog.role == "hq":
        from khdesk.ui import sync_ui

        # where the recovery key is and why it goes offline (comes with the handshake's work)
        explain = getattr(sync_ui, "explain_recovery_key", None)
        if explain is not None:
            explain(context, parent)
    if dialog.load_demo:
        busy = QProgressDialog(
            QCoreApplication.translate("Start", "Loading the demo campaign…"), "", 0, 0, parent
        )
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        fit_to_content(busy)
        try:
            await asyncio.wrap_future(context.operations.job(_write_demo))
        finally:
            busy.close()
    return True


def _write_demo(database: Any) -> None:
    from khdesk.services import demo, installation

    with database.transaction() as session:
        demo.write_campaign(session, installation.require_actor(session))


def run_event_loop(app: Any, starting: Coroutine[Any, Any, int | None]) -> int:
    """Run Qt's event loop under qasync (so slow work can be awaited off the GUI thread), with
    ``starting`` as its first task; returns the exit status."""
    import qasync

    from khdesk.ui import crash

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    crash.watch_loop(loop)  # a task started from a slot that raises goes to the crash dialog
    finished = asyncio.Event()
    app.aboutToQuit.connect(finished.set)

    async def run() -> int:
        code = await starting
        if code is not None:
            return code
        await finished.wait()
        return 0

    with loop:
        return loop.run_until_complete(run())
