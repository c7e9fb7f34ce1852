"""Start-up: settings, the database, translations and the main window, in that order.

Nothing that can wait is done here: the heavy modules (the meeting view, the services) are
imported when first used, so the window appears quickly.
"""

from __future__ import annotations

import asyncio
import sys


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
    from khdesk.paths import ensure_writable_dir, resolve_data_dir, resolve_database_url
    from khdesk.storage.database import Database
    from khdesk.ui.context import AppContext
    from khdesk.ui.i18n import LANGUAGES, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("khdesk")
    app.setOrganizationName("Qazaqstan Halqyna")
    language = str(QSettings().value("language", "kk"))
    language = language if language in LANGUAGES else "kk"
    install_language(language)
    try:
        folder = ensure_writable_dir(resolve_data_dir(data_dir))
        db = Database.open(resolve_database_url(database, folder), backups_dir=folder / "backups")
    except KhdeskError as error:
        QMessageBox.critical(None, "khdesk", str(error))
        print(f"khdesk: {error}", file=sys.stderr)
        return error.exit_code
    context = AppContext(database=db, data_dir=folder, language=language)
    try:
        if context.role() is None and not first_start(context):
            return 0
        from khdesk.ui.main_window import MainWindow

        window = MainWindow(context)
        window.show()
        return run_event_loop(app)
    finally:
        db.close()


def first_start(context) -> bool:
    """The welcome dialog; loads the demo campaign when asked. False when the user cancelled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from khdesk.ui.dialogs import WelcomeDialog

    dialog = WelcomeDialog(context)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QSettings().setValue("language", context.language)
    if dialog.load_demo:
        from khdesk.services import demo, installation

        with context.database.transaction() as session:
            demo.write_campaign(session, installation.require_actor(session))
    return True


def run_event_loop(app) -> int:
    """Run Qt's event loop under qasync, so that slow work can be awaited off the GUI thread."""
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    finished = asyncio.Event()
    app.aboutToQuit.connect(finished.set)
    with loop:
        loop.run_until_complete(finished.wait())
    return 0
