"""What every window needs: the database, who is writing, the data folder, and the signal hub."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from khdesk.paths import DataFolder

if TYPE_CHECKING:  # the database layer is imported after the window is on screen
    from khdesk.services.recorder import Actor
    from khdesk.storage.database import Database


class SignalHub(QObject):
    """One app-wide hub: views announce changes here and other views refresh themselves."""

    meetings_changed = Signal()
    meeting_changed = Signal(str)  # meeting id
    attendance_changed = Signal(str)  # meeting id
    proposals_changed = Signal(str)  # meeting id
    language_changed = Signal(str)  # language code


@dataclass
class AppContext:
    """The application's state shared by its windows (``database`` is None while it opens)."""

    database: Database | None
    data_dir: Path
    language: str = "kk"
    hub: SignalHub = field(default_factory=SignalHub)

    @property
    def db(self) -> Database:
        """The open database (the window is disabled until it is)."""
        if self.database is None:
            raise RuntimeError("the database is not open yet")
        return self.database

    @property
    def folder(self) -> DataFolder:
        """The places in the data folder (keys, inbox, attachments …)."""
        return DataFolder(self.data_dir)

    @property
    def attachments_dir(self) -> Path:
        return self.folder.attachments

    def actor(self) -> Actor:
        from khdesk.services import installation

        with self.db.session() as session:
            return installation.require_actor(session)

    def role(self) -> str | None:
        from khdesk.services import installation

        with self.db.session() as session:
            device = installation.local_device(session)
            return device.role if device else None
