"""The main window: the facilitator's and analyst's starting point."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from khdesk import __version__
from khdesk.services import installation, meetings
from khdesk.storage.database import Database


class MainWindow(QMainWindow):
    """One window over one database."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setWindowTitle(self.tr("khdesk — «Қазақстан халқына»"))
        self.resize(1100, 720)
        self._summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._summary.setWordWrap(True)
        self.setCentralWidget(self._summary)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        self.refresh()

    def refresh(self) -> None:
        with self.database.session() as session:
            device = installation.local_device(session)
            rows = meetings.list_meetings(session, limit=1000)
        role = device.role if device else self.tr("not initialised")
        self._summary.setText(
            self.tr("Қазақстан халқына — ӘҒҚҢӨҰҮҺІ\n\nMeetings on this device: {count}").format(
                count=len(rows)
            )
        )
        self.statusBar().showMessage(
            self.tr("khdesk {version} · {role} · {where}").format(
                version=__version__,
                role=role,
                where=self.database.path or self.database.url,
            )
        )
