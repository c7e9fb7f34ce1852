"""Where khdesk keeps things: the user's data folder, the bundled resources, the database URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from khdesk.domain.errors import StorageProblem

APP_NAME = "khdesk"
DATABASE_FILE = "khdesk.db"


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


def ensure_writable_dir(path: Path, *, what: str = "data folder") -> Path:
    """Create ``path`` if needed and prove that khdesk can write in it."""
    hint = "choose another with --data-dir or KHDESK_DATA_DIR"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".khdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise StorageProblem(f"cannot write to the {what} {path} ({reason}): {hint}.") from None
    return path
