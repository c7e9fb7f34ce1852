"""Where khdesk keeps things: the user's data folder, the bundled resources, the database URL."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khdesk.domain.errors import Label, StorageProblem

APP_NAME = "khdesk"
DATABASE_FILE = "khdesk.db"
#: What a message calls the user's data folder.
DATA_FOLDER = Label("data folder")


def resources_dir() -> Path:
    """The folder of bundled resources (reference data, fonts, translations, icons)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def reference_dir() -> Path:
    return resources_dir() / "reference"


def default_data_dir() -> Path:
    """The user's data folder: ``~/.local/share/khdesk`` on Linux, ``%LOCALAPPDATA%`` on Windows."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(option: str | None = None) -> Path:
    """The data folder from ``--data-dir``, then ``KHDESK_DATA_DIR``, then the platform default."""
    chosen = option or os.environ.get("KHDESK_DATA_DIR")
    return Path(chosen).expanduser() if chosen else default_data_dir()


def resolve_database_url(option: str | None, data_dir: Path) -> str:
    """The database from ``--db``, then ``KHDESK_DB``, then the shared database this workstation
    joined (``workstation.json``), then ``khdesk.db`` in the data folder."""
    chosen = option or os.environ.get("KHDESK_DB") or Workstation.read(data_dir).database
    if chosen:
        return chosen if "://" in chosen else f"sqlite:///{Path(chosen).expanduser()}"
    return f"sqlite:///{data_dir / DATABASE_FILE}"


#: The file of a workstation that joined a shared headquarters database.
WORKSTATION_FILE = "workstation.json"


@dataclass(frozen=True)
class Workstation:
    """A workstation that joined headquarters' shared database (``khdesk init --join``): the
    database (its URL without a password: libpq finds the password) and this workstation's own
    device on it. Both None for an installation with a database of its own."""

    database: str | None = None
    device_id: str | None = None

    @classmethod
    def read(cls, data_dir: Path) -> Workstation:
        import json

        path = data_dir / WORKSTATION_FILE
        try:
            words = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        except (OSError, ValueError):
            raise StorageProblem(
                "this workstation's file {path} cannot be read: join again with 'khdesk init "
                "--role hq --join URL --keys FILE' from a new data folder.",
                path=str(path),
            ) from None
        database, device = words.get("database"), words.get("device_id")
        return cls(
            database if isinstance(database, str) else None,
            device if isinstance(device, str) else None,
        )

    def device_on(self, database: Any) -> str | None:
        """This workstation's device on ``database`` (an open ``Database``), if it is the
        database it joined."""
        from khdesk.storage.database import shown

        joined = self.database is not None and shown(self.database) == shown(database.url)
        return self.device_id if joined else None

    def write(self, data_dir: Path) -> None:
        import json

        from khdesk.storage.files import write_whole

        words = {"database": self.database, "device_id": self.device_id}
        write_whole(data_dir / WORKSTATION_FILE, json.dumps(words, indent=1).encode())


def ensure_writable_dir(path: Path, *, what: Label = DATA_FOLDER) -> Path:
    """Create ``path`` if needed and prove that khdesk can write in it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        # a probe of this process's own: two khdesk processes starting in one folder must
        # not remove each other's
        descriptor, probe = tempfile.mkstemp(prefix=".khdesk-write-test-", dir=path)
        os.close(descriptor)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise StorageProblem(
            "cannot write to the {what} {path} ({reason}): "
            "choose another with --data-dir or KHDESK_DATA_DIR.",
            what=what,
            path=str(path),
            reason=reason,
        ) from None
    return path


@dataclass(frozen=True)
class DataFolder:
    """The user's data folder and the places in it; every part of khdesk finds them here.

    How to add a place: give it a property here and say in the README what it holds.
    """

    root: Path

    @property
    def keys(self) -> Path:
        """This installation's private keys (readable by the user only)."""
        return self.root / "keys"

    @property
    def attachments(self) -> Path:
        """Scans and photos, stored once per content under their SHA-256."""
        return self.root / "attachments"

    @property
    def inbox(self) -> Path:
        """Bundles received at headquarters: ``received``, ``imported``, ``rejected``,
        ``quarantine``."""
        return self.root / "inbox"

    @property
    def backups(self) -> Path:
        """Checked copies of the database: daily, by hand, before a migration or a restore
        (``khdesk.storage.backups``)."""
        return self.root / "backups"

    @property
    def crash_reports(self) -> Path:
        return self.root / "crash-reports"

    @property
    def documents(self) -> Path:
        """What documents print that is not in the database (the logo)."""
        return self.root / "documents"

    @property
    def scratch(self) -> Path:
        """Plaintext that exists only while khdesk works with it (a decrypted bundle, a bundle
        being written): removed afterwards, and at the next start after a crash."""
        return self.root / "scratch"

    @property
    def opened(self) -> Path:
        """Copies of attachments handed to the system's viewer, emptied at every start."""
        return self.root / "opened"

    def prepare(self) -> DataFolder:
        """Make sure khdesk can write here, and remove the plaintext a crash left behind."""
        ensure_writable_dir(self.root)
        from khdesk.storage.files import sweep_plaintext

        sweep_plaintext(self)
        return self
