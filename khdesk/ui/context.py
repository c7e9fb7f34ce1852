"""What every window needs: the database, who is writing, the data folder, and the signal hub."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from khdesk.services import installation
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
    """The application's state shared by its windows."""

    database: Database
    data_dir: Path
    language: str = "kk"
    hub: SignalHub = field(default_factory=SignalHub)

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    def actor(self) -> Actor:
        with self.database.session() as session:
            return installation.require_actor(session)

    def role(self) -> str | None:
        with self.database.session() as session:
            device = installation.local_device(session)
            return device.role if device else None
