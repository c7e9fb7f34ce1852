"""What every window needs: the database's operations, who this installation is, the reference
data, the data folder, the language and the signal hub."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from khdesk.paths import DataFolder

if TYPE_CHECKING:  # the database layer is imported after the window is on screen
    from khdesk.services.changes import Changes
    from khdesk.services.snapshots import InstallationInfo, ReferenceData
    from khdesk.storage.database import Database
    from khdesk.ui.operations import Operations


class SignalHub(QObject):
    """One app-wide hub. Operations announce what they changed (``announce``); views subscribe
    to what they show. No view emits these itself."""

    #: every change, as ``Changes``
    changed = Signal(object)
    meetings_changed = Signal()
    meeting_changed = Signal(str)  # meeting id: anything of it (its model reads it again)
    reference_changed = Signal()
    language_changed = Signal(str)  # language code
    #: a known problem no view took: the main window shows its sentence
    problem = Signal(object)

    def announce(self, changes: Changes) -> None:
        """Tell every view what an operation changed."""
        self.changed.emit(changes)
        if changes.touches("meeting", "attendance"):
            self.meetings_changed.emit()
        if changes.everything or changes.touches("region", "sector", "direction", "section"):
            self.reference_changed.emit()
        for meeting_id in sorted(changes.meetings):
            self.meeting_changed.emit(meeting_id)


@dataclass
class AppContext:
    """The application's state shared by its windows (``database`` is None while it opens)."""

    database: Database | None
    data_dir: Path
    language: str = "kk"
    hub: SignalHub = field(default_factory=SignalHub)
    ops: Operations | None = None
    installation: InstallationInfo | None = None
    reference: ReferenceData | None = None

    def __post_init__(self) -> None:
        if self.database is not None and self.ops is None:
            self.attach(self.database)

    def attach(
        self,
        database: Database,
        installation: InstallationInfo | None = None,
        reference: ReferenceData | None = None,
    ) -> None:
        """Use ``database`` from now on; who this installation is and the reference data are
        read here when the caller has not read them already (off the GUI thread)."""
        from khdesk.services.snapshots import installation_and_reference
        from khdesk.services.work import run_read
        from khdesk.ui.operations import Operations

        self.database = database
        if reference is None:
            installation, reference = run_read(database, installation_and_reference)
        self.installation, self.reference = installation, reference
        self.ops = Operations(database, self.hub)
        self.hub.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        # the installation's identity and the reference data change rarely: read them again
        if changes.everything or changes.touches("region", "sector", "direction", "section"):
            self.reload_installation()

    def reload_installation(self, then: Callable[[], object] | None = None) -> None:
        """Read who this installation is and the reference data again (after ``init``, a
        reference bundle); ``then()`` once they are in."""
        from khdesk.services.snapshots import installation_and_reference

        def loaded(result: tuple[Any, Any]) -> None:
            self.installation, self.reference = result
            self.hub.reference_changed.emit()
            if then is not None:
                then()

        self.operations.read(installation_and_reference, done=loaded)

    @property
    def operations(self) -> Operations:
        """The database's operations (the window is disabled until they exist)."""
        if self.ops is None:
            raise RuntimeError("the database is not open yet")
        return self.ops

    @property
    def db(self) -> Database:
        """The open database, for what must run outside the window (tests, start-up)."""
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

    def role(self) -> str | None:
        return self.installation.role if self.installation else None

    def name_language(self) -> str:
        """The language whose reference names the interface shows."""
        return self.language if self.language in ("kk", "ru") else "en"

    def sector_names(self) -> dict[str, str]:
        """Sector code -> name in the interface's language, in the reference order."""
        sectors = self.reference.sectors if self.reference else {}
        return {code: names.in_language(self.language) for code, names in sectors.items()}

    def direction_names(self) -> dict[str, str]:
        directions = self.reference.directions if self.reference else {}
        return {code: names.in_language(self.language) for code, names in directions.items()}

    def region_names(self) -> dict[str, str]:
        regions = self.reference.regions if self.reference else {}
        return {code: names.in_language(self.language) for code, names in regions.items()}

    def sections(self, direction: str | None = None) -> list[tuple[str, str, str]]:
        """(code, direction, name) of the prospectus sections, of one direction if given."""
        found = self.reference.sections if self.reference else []
        return [
            (s.code, s.direction, s.names.in_language(self.language))
            for s in found
            if direction is None or s.direction == direction
        ]
