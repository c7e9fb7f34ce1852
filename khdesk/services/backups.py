"""Backups as the window and the commands use them: the start-up backup, "Back up now", the
list with what each holds, a restore, and a damaged database set aside
(``khdesk.storage.backups`` does the work on the files)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from khdesk.domain.errors import DamagedDatabase, InvalidInput, StorageProblem
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.storage import backups
from khdesk.storage.backups import Backup, Thinning
from khdesk.storage.database import Database, backup_postgres
from khdesk.storage.files import write_whole
from khdesk.sync import keys

#: The meta key of the second place's folder (a USB stick, another drive).
SECOND_PLACE_KEY = "backup_second_place"
#: The meta key of how many days, weeks and months keep their daily backup ("12,10,9").
THINNING_KEY = "backup_thinning"
_THINNING = re.compile(r"^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$")


def parse_thinning(text: str) -> Thinning:
    """``DAYS,WEEKS,MONTHS`` as typed (``12,10,9``)."""
    match = _THINNING.match(text)
    if match is None or min(int(n) for n in match.groups()) < 1:
        raise InvalidInput(
            "'{text}' does not say how many backups to keep: give three whole numbers of at "
            "least 1, the days, weeks and months, such as 12,10,9.",
            text=text[:40],
        )
    days, weeks, months = (int(n) for n in match.groups())
    return Thinning(days, weeks, months)


def thinning(session: Session) -> Thinning:
    stored = get_meta(session, THINNING_KEY)
    if stored is None:
        return Thinning()
    try:
        return parse_thinning(stored)
    except InvalidInput:
        return Thinning()


def set_thinning(session: Session, chosen: Thinning) -> None:
    set_meta(session, THINNING_KEY, f"{chosen.days},{chosen.weeks},{chosen.months}")


@dataclass(frozen=True)
class Taken:
    """A backup just taken, and its encrypted copy in the second place (None when there is no
    second place, or it was not there for a daily backup)."""

    path: Path
    copy: Path | None = None


def second_place(session: Session) -> Path | None:
    stored = get_meta(session, SECOND_PLACE_KEY)
    return Path(stored) if stored else None


def set_second_place(session: Session, keys_dir: Path, folder: Path, passphrase: str) -> None:
    """Choose ``folder`` for encrypted copies of the backups, under ``passphrase`` (typed twice
    and checked by ``keys.check_new_passphrase``)."""
    if not folder.is_dir():
        raise InvalidInput(
            "{folder} is not a folder that is there: plug in the USB stick or choose another "
            "folder for the copies.",
            folder=str(folder),
        )
    keys.store_backup_passphrase(keys_dir, passphrase)
    set_meta(session, SECOND_PLACE_KEY, str(folder.resolve()))
    _copy_signing_key(session, keys_dir, folder.resolve(), passphrase)


def _copy_signing_key(session: Session, keys_dir: Path, place: Path, passphrase: str) -> None:
    """The signing key beside this installation's copies, encrypted like them, so that a laptop
    restored from them signs its bundles as this one (none on an installation without one)."""
    if not (keys_dir / keys.SIGNING_KEY).exists():
        return
    target = _own_folder(session, place) / keys.SIGNING_KEY_COPY
    write_whole(target, keys.signing_key_copy(keys_dir, passphrase))


def last_copy(session: Session) -> dt.datetime | None:
    """When the newest copy in this installation's folder of the second place was taken (None:
    no second place, not plugged in, or no copy yet)."""
    place = second_place(session)
    if place is None or not place.is_dir():
        return None
    folder = _own_folder(session, place)
    copies = backups.listing(folder, contents=False) if folder.is_dir() else []
    return copies[0].taken if copies else None


def clear_second_place(session: Session) -> None:
    set_meta(session, SECOND_PLACE_KEY, "")


def _missing(folder: Path) -> StorageProblem:
    return StorageProblem(
        "the backup was taken, but the second place for its copy, {folder}, is not there: plug "
        "in the USB stick and back up again, or choose another place.",
        folder=str(folder),
    )


def _own_folder(session: Session, place: Path) -> Path:
    """This installation's folder in a second place that several laptops may share (one stick
    passed round, a synchronised folder): ``khdesk-7QKM`` by the device's code."""
    device = local_device(session)
    code = device.code if device is not None and device.code else None
    return place / (f"khdesk-{code}" if code else "khdesk")


def copy_to(session: Session, backup: Path, place: Path, passphrase: str) -> Path:
    """An encrypted copy of ``backup`` in this installation's folder of ``place``, whose daily
    copies are then thinned (no other installation's)."""
    if not place.is_dir():
        raise _missing(place)
    folder = _own_folder(session, place)
    copy = backups.encrypted_copy(backup, folder, passphrase)
    described = backups.describe(backup, contents=False)
    backups.thin(folder, thinning(session), described.stem if described else "khdesk")
    return copy


def copy_to_second_place(
    session: Session, keys_dir: Path, backup: Path, *, quietly: bool
) -> Path | None:
    """The encrypted copy of ``backup`` in the second place, when one was chosen; ``quietly``
    (the daily backup) skips a place that is not plugged in today, whose next backup is
    copied."""
    place = second_place(session)
    passphrase = keys.backup_passphrase(keys_dir)
    if place is None or passphrase is None:
        return None
    if quietly and not place.is_dir():
        return None
    copy = copy_to(session, backup, place, passphrase)
    if not (copy.parent / keys.SIGNING_KEY_COPY).exists():  # a second place chosen before
        _copy_signing_key(session, keys_dir, place, passphrase)
    return copy


def back_up_now(database: Database, folder: Path, keys_dir: Path | None = None) -> Taken:
    """A backup taken now (``manual``): a checked SQLite copy, or pg_dump on PostgreSQL, and
    its encrypted copy in the second place when one was chosen (``keys_dir`` holds its
    passphrase). A second place that is not there is said after the backup is taken."""
    if database.path is None:
        return Taken(backup_postgres(database.url, folder, label=backups.MANUAL))
    path = backups.take(database.path, folder, label=backups.MANUAL)
    copy = None
    if keys_dir is not None:
        with database.session() as session:
            copy = copy_to_second_place(session, keys_dir, path, quietly=False)
    return Taken(path, copy)


def daily_backup(
    database: Database, folder: Path, *, now: dt.datetime | None = None
) -> Path | None:
    """The start-up backup of a SQLite database (``khdesk.storage.backups.daily``); None when
    none was needed (or on PostgreSQL, whose server keeps its own). Its copy in the second
    place is made apart (``copy_to_second_place``), so that no save waits for a USB stick."""
    if database.path is None:
        return None
    with database.session() as session:
        chosen = thinning(session)
    return backups.daily(database.path, folder, thinning=chosen, now=now)


def listing(folder: Path, stem: str | None = None) -> list[Backup]:
    """The backups in ``folder``, newest first: of the database file named ``stem`` only
    (``khdesk`` for ``khdesk.db``), when given."""
    return backups.listing(folder, stem)


def is_encrypted(backup: Path) -> bool:
    """Whether ``backup`` is a copy from the second place, which needs its passphrase."""
    return backup.name.endswith(backups.SUFFIX + backups.ENCRYPTED)


def restore(
    backup: Path, path: Path, folder: Path, *, passphrase: str | None = None
) -> Path | None:
    """Put ``backup`` in place of the database file at ``path`` (none may have it open); the
    replaced database is kept in ``folder``, and its path returned. An encrypted copy from the
    second place is opened with ``passphrase`` into ``folder`` first."""
    if not backup.is_file():
        raise InvalidInput(
            "there is no backup file {file}: give the path of a file from 'khdesk backup --list' "
            "or the backups folder.",
            file=str(backup),
        )
    if is_encrypted(backup):
        if passphrase is None:
            raise InvalidInput(
                "{file} is encrypted: type the passphrase chosen for the second place.",
                file=backup.name,
            )
        backup = backups.decrypted(backup, passphrase, folder)
    return backups.restore(backup, path, folder)


def restore_signing_key(copy: Path, database: Path, keys_dir: Path, passphrase: str) -> bool:
    """After ``copy`` (from the second place) was restored as ``database``: install the signing
    key the second place keeps beside it, once it is the key of the restored database's own
    device; False when there is none or this installation has it already."""
    beside = copy.parent / keys.SIGNING_KEY_COPY
    if not beside.is_file():
        return False
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT public_key FROM device WHERE is_local = 1").fetchone()
    if row is None or not row[0]:
        return False
    return keys.install_signing_key_copy(keys_dir, beside.read_bytes(), passphrase, str(row[0]))


@dataclass(frozen=True)
class Recovery:
    """A damaged database moved aside, and the newest backup that passes its check."""

    aside: Path
    latest: Backup | None


#: The folder beside a database where it is moved when it fails its check.
DAMAGED = "damaged"


def set_aside(damaged: DamagedDatabase, backups_folder: Path) -> Recovery:
    """Move the damaged database into ``damaged/`` beside it (one rename on its own drive;
    nothing overwritten) and find the newest good backup in ``backups_folder``."""
    path = Path(str(damaged.path))
    try:
        aside = backups.set_aside(path, path.parent / DAMAGED)
    except OSError as exc:
        raise StorageProblem(
            "the database {path} is damaged and khdesk could not move it aside ({reason}): "
            "move it out of the data folder yourself, then run 'khdesk restore' with a backup.",
            path=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    return Recovery(aside, backups.latest_good(backups_folder, path.stem))


def recovery_problem(recovery: Recovery, damaged: DamagedDatabase) -> StorageProblem:
    """What the command line says of a damaged database it set aside: one sentence, with the
    command that restores the newest good backup."""
    latest = recovery.latest
    if latest is None:
        return StorageProblem(
            "the database {path} is damaged; khdesk moved it to {aside} without changing it and "
            "found no good backup: the next start begins a new, empty database, so first copy "
            "a backup of yours into place with 'khdesk restore FILE'.",
            path=str(damaged.path),
            aside=str(recovery.aside),
        )
    return StorageProblem(
        "the database {path} is damaged; khdesk moved it to {aside} without changing it: "
        "restore the latest good backup, of {taken} (meetings: {meetings}, persons: {persons}, "
        "proposals: {proposals}), with 'khdesk restore \"{backup}\"'.",
        path=str(damaged.path),
        aside=str(recovery.aside),
        taken=latest.taken.strftime("%Y-%m-%d %H:%M"),
        meetings=latest.meetings if latest.meetings is not None else "?",
        persons=latest.persons if latest.persons is not None else "?",
        proposals=latest.proposals if latest.proposals is not None else "?",
        backup=str(latest.path),
    )


__all__ = [
    "Recovery",
    "Taken",
    "back_up_now",
    "clear_second_place",
    "copy_to",
    "copy_to_second_place",
    "daily_backup",
    "is_encrypted",
    "listing",
    "parse_thinning",
    "recovery_problem",
    "restore",
    "second_place",
    "set_aside",
    "set_second_place",
    "set_thinning",
    "thinning",
]
