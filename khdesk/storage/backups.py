"""Backups of a SQLite database: taken online, checked before they take their name, thinned,
listed with what they hold, and put back in place of a database.

A backup is one SQLite file in the data folder's ``backups/``, named
``<database>-<YYYYMMDD-HHMMSS>-<label>.db``: ``daily`` for the one taken at start-up (at most once
a day, and only when something changed since the newest backup), ``manual`` for "Back up now"
and ``khdesk backup``, ``schema-NNNN`` before a migration, ``before-restore`` for the database a
restore replaced. It is copied with SQLite's backup API while the database is in use, switched
out of WAL mode (one file, nothing beside it), and opened and checked (``integrity_check``, and
khdesk's schema table) under a temporary name; only a copy that passes is renamed into place, so
a backup that exists is one that opens.

Daily backups are thinned as Anki thins its own: the newest of each of the last 12 days that
have one, of each of the last 10 weeks and of each of the last 9 months are kept (``Thinning``),
counting days that have a backup rather than days of the calendar, so that a laptop left in a
drawer for a season comes back with its backups. The other labels are never thinned.

A second place (a USB stick, another drive) holds copies that survive the laptop. A copy there
is encrypted with age under a passphrase (``<backup>.db.age``), since plaintext personal data
never goes onto a stick; it is thinned as the daily backups are, and restored by decrypting it
into the backups folder first.

A restore refuses while another program has the database open (SQLite will not leave WAL mode
then), keeps the current database aside as a ``before-restore`` backup, and puts a checked copy
of the backup in its place under a temporary name first.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import passphrase as passphrase_age

from khdesk.domain.errors import InvalidInput, StorageProblem
from khdesk.storage.files import partial_name, sync_folder, write_whole

AUTOMATIC = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
SUFFIX = ".db"
#: What an encrypted copy in the second place adds to its backup's name.
ENCRYPTED = ".age"
_LABEL = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?-(?P<label>[a-z0-9][a-z0-9-]*)\.db$"
)
#: How khdesk named the backups before a migration until it had others: label, then stamp.
_OLD_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<label>schema-\d{4})-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?\.db$"
)
_STAMP = "%Y%m%d-%H%M%S"
#: A record counted in a backup's summary is one that is not deleted.
_COUNTED = ("meeting", "person", "proposal")


@dataclass(frozen=True)
class Thinning:
    """How many of the newest days, weeks and months keep their newest daily backup."""

    days: int = 12
    weeks: int = 10
    months: int = 9

    def __post_init__(self) -> None:
        if min(self.days, self.weeks, self.months) < 1:
            raise ValueError("every period keeps at least one backup")


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was taken, why, and what it holds (None where it cannot tell:
    a backup from before a table existed)."""

    path: Path
    taken: dt.datetime
    label: str
    meetings: int | None = None
    persons: int | None = None
    proposals: int | None = None
    #: The newest entry of the change log in it: what tells whether anything changed since.
    last_change: int | None = None
    #: An encrypted copy (in the second place): what it holds is known only once it is opened.
    encrypted: bool = False
    #: The name of the database it is a backup of (``khdesk``): a folder may hold others'.
    stem: str = ""

    @property
    def automatic(self) -> bool:
        return self.label == AUTOMATIC


def _problem(what: str, detail: str) -> StorageProblem:
    return StorageProblem(
        "the backup {what} did not pass its check ({detail}), and nothing was kept: check the "
        "drive and free space, then back up again.",
        what=what,
        detail=detail,
    )


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check(path: Path) -> None:
    """Raise ``StorageProblem`` unless ``path`` is a whole khdesk database (SQLite's full
    ``integrity_check`` and khdesk's schema table)."""
    try:
        with closing(_read_only(path)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]
            if problems != ["ok"]:
                raise _problem(path.name, f"{len(problems)} problems")
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _problem(path.name, str(exc)) from None
    if not version:
        raise _problem(path.name, "no schema revision")


def _target(folder: Path, stem: str, label: str, now: dt.datetime) -> Path:
    stamp = now.strftime(_STAMP)
    target = folder / f"{stem}-{stamp}-{label}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{stamp}-{counter}-{label}{SUFFIX}"
    return target


def take(path: Path, folder: Path, *, label: str, now: dt.datetime | None = None) -> Path:
    """A checked backup of the database at ``path`` in ``folder``; its path.

    The copy is made under a temporary name beside its target, checked and flushed before it is
    renamed: a backup that fails its check is removed and ``StorageProblem`` raised."""
    if not _LABEL.match(label):
        raise ValueError(f"not a backup label: {label!r}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageProblem(
            "khdesk cannot create the backups folder {folder} ({reason}): check its drive and "
            "permissions.",
            folder=str(folder),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    target = _target(folder, path.stem, label, now or dt.datetime.now())
    partial = partial_name(target)
    try:
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        check(partial)
        _fsync(partial)
        os.replace(partial, target)
        sync_folder(folder)
    except sqlite3.DatabaseError as exc:
        raise _problem(target.name, str(exc)) from None
    except OSError as exc:
        raise _problem(target.name, exc.strerror or exc.__class__.__name__) from None
    finally:
        partial.unlink(missing_ok=True)
        for side in ("-journal", "-wal", "-shm"):
            partial.with_name(partial.name + side).unlink(missing_ok=True)
    return target


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def last_change(conn: sqlite3.Connection) -> int | None:
    """The newest entry of a database's change log (None for a database with none)."""
    try:
        value = conn.execute("SELECT max(id) FROM changelog").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    return int(value) if value is not None else None


def _last_change_of(path: Path) -> int | None:
    try:
        with closing(_read_only(path)) as conn:
            return last_change(conn)
    except sqlite3.DatabaseError:
        return None


def describe(path: Path, *, contents: bool = True) -> Backup | None:
    """The backup at ``path`` as its name and (with ``contents``) what it holds say, or None
    for a file that is not a backup's. Reading what it holds counts its tables: the list the
    user reads wants it, thinning and the start-up backup do not."""
    encrypted = path.name.endswith(SUFFIX + ENCRYPTED)
    name = path.name.removesuffix(ENCRYPTED) if encrypted else path.name
    match = _NAME.match(name) or _OLD_NAME.match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    if encrypted or not contents:
        return Backup(path, taken, match["label"], encrypted=encrypted, stem=match["stem"])
    counts: list[int | None] = [None, None, None]
    change = None
    try:
        with closing(_read_only(path)) as conn:
            counts = [_count(conn, table) for table in _COUNTED]
            change = last_change(conn)
    except sqlite3.DatabaseError:
        pass  # listed, with nothing said of what it holds
    meetings, persons, proposals = counts
    return Backup(
        path, taken, match["label"], meetings, persons, proposals, change, stem=match["stem"]
    )


def listing(folder: Path, stem: str | None = None, *, contents: bool = True) -> list[Backup]:
    """The backups in ``folder``, newest first (of the database named ``stem`` only, when
    given: a shared folder may hold other databases' backups); ``contents`` as ``describe``."""
    try:
        files = [p for p in folder.iterdir() if p.suffix in (SUFFIX, ENCRYPTED) and p.is_file()]
    except OSError:
        return []
    described = (describe(p, contents=contents) for p in files)
    found = [b for b in described if b is not None and stem in (None, b.stem)]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def thinned(backups: Iterable[Backup], thinning: Thinning) -> list[Backup]:
    """The daily backups that ``thinning`` does not keep (the others are never thinned)."""
    daily = sorted((b for b in backups if b.automatic), key=lambda b: b.taken, reverse=True)
    kept: set[Path] = set()
    periods = (
        (thinning.days, lambda t: t.date()),
        (thinning.weeks, lambda t: t.isocalendar()[:2]),
        (thinning.months, lambda t: (t.year, t.month)),
    )
    for keep, period in periods:
        seen: set[object] = set()
        for backup in daily:  # newest first: the first of a period is its newest
            key = period(backup.taken)
            if key in seen:
                continue
            if len(seen) == keep:
                break
            seen.add(key)
            kept.add(backup.path)
    return [b for b in daily if b.path not in kept]


def thin(folder: Path, thinning: Thinning, stem: str) -> list[Path]:
    """Remove the daily backups of the database ``stem`` in ``folder`` that ``thinning`` does
    not keep (never another database's); their paths."""
    removed = []
    for backup in thinned(listing(folder, stem, contents=False), thinning):
        try:
            backup.path.unlink()
        except OSError:
            continue  # left for the next time
        removed.append(backup.path)
    return removed


def daily(
    path: Path, folder: Path, *, thinning: Thinning, now: dt.datetime | None = None
) -> Path | None:
    """The start-up backup: taken when no daily backup was taken today and the database changed
    since the newest backup of any kind (its change log says so), then the daily ones thinned.
    Returns the new backup, or None when none was needed."""
    now = now or dt.datetime.now()
    backups = listing(folder, path.stem, contents=False)  # names only: this runs at every start
    if any(b.automatic and b.taken.date() == now.date() for b in backups):
        return None
    with closing(_read_only(path)) as conn:
        current = last_change(conn)
    if current is None or (backups and _last_change_of(backups[0].path) == current):
        return None
    taken = take(path, folder, label=AUTOMATIC, now=now)
    thin(folder, thinning, path.stem)
    return taken


def _in_use(path: Path) -> StorageProblem:
    return StorageProblem(
        "the database {path} is open in another khdesk or program: close it, then restore again.",
        path=str(path),
    )


def _leave_wal(path: Path) -> None:
    """Fold the database's WAL into its file and leave WAL mode, which SQLite does only when
    no other connection has it open; ``StorageProblem`` when one has. A file SQLite cannot read
    (a damaged one) is left as it is: nothing of it can be folded."""
    try:
        with closing(sqlite3.connect(path, timeout=0)) as conn:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use(path) from None
        return
    except sqlite3.DatabaseError:
        return
    if str(mode).lower() != "delete":
        raise _in_use(path)


def _move_with_sides(source: Path, target: Path) -> None:
    os.replace(source, target)
    for side in ("-wal", "-shm", "-journal"):
        beside = source.with_name(source.name + side)
        if beside.exists():
            os.replace(beside, target.with_name(target.name + side))


def _not_put_in_place(backup: Path, exc: OSError) -> StorageProblem:
    return StorageProblem(
        "khdesk could not put the backup {backup} in place ({reason}); the database was "
        "not changed: check the drive and free space, then restore again.",
        backup=backup.name,
        reason=exc.strerror or exc.__class__.__name__,
    )


def restore(
    backup: Path, path: Path, folder: Path, *, now: dt.datetime | None = None
) -> Path | None:
    """Put ``backup`` in place of the database at ``path``; the current database is kept in
    ``folder`` as a ``before-restore`` backup, whose path is returned (None when there was no
    database). Refused while another program has the database open.

    The backup's copy is made and checked beside the database first; only then is the database
    moved aside and the copy renamed into its place, one rename after the other, and should the
    second fail the database is moved back."""
    check(backup)
    partial = path.with_name(f".{path.name}.restoring")
    aside = None
    try:
        shutil.copyfile(backup, partial)
        check(partial)
        _fsync(partial)
        if path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            _leave_wal(path)
            aside = _target(folder, path.stem, BEFORE_RESTORE, now or dt.datetime.now())
            _move_with_sides(path, aside)
        try:
            os.replace(partial, path)
        except OSError:
            if aside is not None:
                _move_with_sides(aside, path)
            raise
        sync_folder(path.parent)
    except OSError as exc:
        raise _not_put_in_place(backup, exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return aside


def encrypted_copy(backup: Path, folder: Path, passphrase: str) -> Path:
    """An age-encrypted copy of ``backup`` in ``folder`` (the second place), whole or absent."""
    target = folder / (backup.name + ENCRYPTED)
    try:
        data = backup.read_bytes()
    except OSError as exc:
        raise _problem(backup.name, exc.strerror or exc.__class__.__name__) from None
    write_whole(target, bytes(passphrase_age.encrypt(data, passphrase)))
    return target


def decrypted(copy: Path, passphrase: str, folder: Path) -> Path:
    """The backup an encrypted copy holds, written into ``folder`` and checked; its path."""
    try:
        data = copy.read_bytes()
    except OSError as exc:
        raise StorageProblem(
            "cannot read {file} ({reason}): check the drive it is on.",
            file=str(copy),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    try:
        plain = passphrase_age.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise InvalidInput(
            "the passphrase does not open {file}: type the passphrase chosen for the second "
            "place of the backups.",
            file=copy.name,
        ) from None
    except Exception:  # not age, or age of another kind
        raise InvalidInput(
            "{file} is not an encrypted khdesk backup: choose a file khdesk copied to the "
            "second place (it ends in .db.age).",
            file=copy.name,
        ) from None
    # a name of its own in the backups folder: a backup there is never overwritten
    described = describe(copy)
    stem = described.stem if described is not None else "khdesk"
    target = _target(folder, stem, "opened-copy", dt.datetime.now())
    write_whole(target, bytes(plain))
    try:
        check(target)
    except StorageProblem:
        target.unlink(missing_ok=True)
        raise
    return target


def _refuse_if_written_to(path: Path) -> None:
    """``StorageProblem`` while another connection is writing to the database, found without
    writing anything to it (a damaged file is moved exactly as it was found)."""
    try:
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use(path) from None
    except sqlite3.DatabaseError:
        return


def set_aside(path: Path, folder: Path, *, now: dt.datetime | None = None) -> Path:
    """Move a damaged database (with its WAL) into ``folder`` under a dated name, as it was
    found and never overwriting anything; its new path."""
    _refuse_if_written_to(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _target(folder, path.stem, "damaged", now or dt.datetime.now())
    _move_with_sides(path, target)
    return target


def latest_good(folder: Path, stem: str) -> Backup | None:
    """The newest backup of the database ``stem`` in ``folder`` that passes its check."""
    for backup in listing(folder, stem):
        try:
            check(backup.path)
        except StorageProblem:
            continue
        return backup
    return None


__all__ = [
    "AUTOMATIC",
    "BEFORE_RESTORE",
    "MANUAL",
    "Backup",
    "Thinning",
    "check",
    "daily",
    "decrypted",
    "describe",
    "encrypted_copy",
    "latest_good",
    "listing",
    "restore",
    "set_aside",
    "take",
    "thin",
    "thinned",
]
