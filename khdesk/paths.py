"""Where khdesk keeps things: the user's data folder, the bundled resources, the database URL."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
    """The database from ``--db``, then ``KHDESK_DB``, then ``khdesk.db`` in the data folder."""
    chosen = option or os.environ.get("KHDESK_DB")
    if chosen:
        return chosen if "://" in chosen else f"sqlite:///{Path(chosen).expanduser()}"
    return f"sqlite:///{data_dir / DATABASE_FILE}"


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
        """Copies of the database taken before every migration."""
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
