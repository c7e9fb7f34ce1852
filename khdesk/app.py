"""Start-up: settings, translations and the main window first; the database right after.

The window appears before the database layer is imported: that import (SQLAlchemy, SQLModel) and
opening the database run in a worker thread while the window is already on screen, and the window
fills itself when they are done. Nothing that can wait is done before the first paint.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any


def main(*, data_dir: str | None = None, database: str | None = None) -> int:
    """Open the GUI; returns the process exit status."""
    from khdesk.ui.qt_check import quick_check

    problem = quick_check()
    if problem:
        print(f"khdesk: {problem}", file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from khdesk.domain.errors import KhdeskError
    from khdesk.paths import DataFolder, resolve_data_dir, resolve_database_url
    from khdesk.ui.context import AppContext
    from khdesk.ui.i18n import LANGUAGES, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("khdesk")
    app.setOrganizationName("Qazaqstan Halqyna")
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
    window.show()
    try:
        return run_event_loop(
            app, start_up(window, context, resolve_database_url(database, folder))
        )
    finally:
        if context.database is not None:
            context.database.close()


def _open_database(url: str, backups: Path) -> Any:
    # runs in a worker thread: the first import of the database layer happens here
    from khdesk.storage.database import Database

    return Database.open(url, backups_dir=backups)


async def start_up(window: Any, context: Any, url: str) -> int | None:
    """Open the database, ask who uses this computer on first start, then fill the window.

    Returns an exit status when khdesk should stop (the database cannot be used, or the welcome
    was cancelled); None when it runs on.
    """
    from PySide6.QtWidgets import QMessageBox

    from khdesk.domain.errors import KhdeskError
    from khdesk.ui.tasks import run_in_background

    try:
        context.database = await run_in_background(
            _open_database, url, context.data_dir / "backups"
        )
    except KhdeskError as error:
        QMessageBox.critical(window, "khdesk", str(error))
        print(f"khdesk: {error}", file=sys.stderr)
        return error.exit_code
    if context.role() is None and not first_start(context, window):
        return 0
    window.attach()
    from khdesk.ui.tasks import settle_after_start_up

    settle_after_start_up()
    return None


def first_start(context: Any, parent: Any = None) -> bool:
    """The welcome dialog; loads the demo campaign when asked. False when the user cancelled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from khdesk.ui.dialogs import WelcomeDialog

    dialog = WelcomeDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QSettings().setValue("language", context.language)
    if dialog.load_demo:
        from khdesk.services import demo, installation

        with context.db.transaction() as session:
            demo.write_campaign(session, installation.require_actor(session))
    return True


def run_event_loop(app: Any, starting: Coroutine[Any, Any, int | None]) -> int:
    """Run Qt's event loop under qasync (so slow work can be awaited off the GUI thread), with
    ``starting`` as its first task; returns the exit status."""
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
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
