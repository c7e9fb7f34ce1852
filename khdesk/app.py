"""Start-up: settings, the database, translations and the main window, in that order."""

from __future__ import annotations

import sys

from khdesk.domain.errors import KhdeskError
from khdesk.paths import ensure_writable_dir, resolve_data_dir, resolve_database_url


def main(*, data_dir: str | None = None, database: str | None = None) -> int:
    """Open the GUI; returns the process exit status."""
    from khdesk.ui.qt_check import check

    problem = check()
    if problem:
        print(f"khdesk: {problem}", file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication, QMessageBox

    from khdesk.storage.database import Database
    from khdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("khdesk")
    app.setOrganizationName("Qazaqstan Halqyna")
    try:
        folder = ensure_writable_dir(resolve_data_dir(data_dir))
        db = Database.open(resolve_database_url(database, folder), backups_dir=folder / "backups")
    except KhdeskError as error:
        QMessageBox.critical(None, "khdesk", str(error))
        print(f"khdesk: {error}", file=sys.stderr)
        return error.exit_code
    window = MainWindow(db)
    window.show()
    try:
        return int(app.exec())
    finally:
        db.close()
