"""Sync between the regions and headquarters, over bundles (``khdesk.sync.bundles``).

Headquarters writes reference bundles (its public keys, the reference data, and what it has
received from each device); a region imports them, then writes change bundles (every write that
headquarters has not yet acknowledged, cumulative until it does), encrypted to headquarters.
Headquarters imports change bundles in any order and any number of times: a bundle is applied
once (its id is the primary key of ``bundle``), a record only by a higher version, and the same
id and version with other content is counted as a collision, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
import re
import secrets
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyrage
import sqlalchemy as sa
from pyrage import x25519
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

from khdesk.domain.errors import InvalidInput, KhdeskError, NotInitialised, StorageProblem
from khdesk.domain.ids import new_id
from khdesk.domain.names import search_key
from khdesk.domain.vocabulary import (
    AttendanceMode,
    ConsentMethod,
    DeviceStatus,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    ProposalKind,
    QuestionStatus,
    ReviewStatus,
    Role,
)
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.storage.database import SCHEMA_REVISION
from khdesk.storage.models import (
    REFERENCE_TABLES,
    SYNC_TABLES,
    Bundle,
    Device,
    utcnow,
)
from khdesk.sync import keys
from khdesk.sync.bundles import (
    BundleRejected,
    ZipWriter,
    read_signed_zip,
    write_file_safely,
    write_signed_zip,
)

log = logging.getLogger(__name__)

TABLES = {str(model.__tablename__): model for model in SYNC_TABLES}
REFERENCE = {str(model.__tablename__): model for model in REFERENCE_TABLES}
MAX_BUNDLE_BYTES = 1024**3


def _me(session: Session, role: Role) -> Device:
    device = local_device(session)
    if device is None or not device.public_key:
        raise NotInitialised("this installation has no keys: run 'khdesk init' first.")
    if device.role != role:
        where = "headquarters" if role is Role.HQ else "a region's installation"
        raise InvalidInput(f"this is done on {where}, not here.")
    return device


# --- reference bundles: headquarters -> regions ------------------------------------------


def export_reference(session: Session, keys_dir: Path, path: Path) -> int:
    """Write a reference bundle; returns its version (each export raises it by one)."""
    me = _me(session, Role.HQ)
    version = int(get_meta(session, "reference_version") or 1) + 1
    set_meta(session, "reference_version", str(version))
    acks = {
        d.id: d.last_seq
        for d in session.exec(select(Device).where(Device.is_local == False))  # noqa: E712
    }
    entries = {
        f"reference/{name}.json": orjson.dumps(
            [row.model_dump() for row in session.exec(select(model))]
        )
        for name, model in REFERENCE.items()
    }
    manifest = {
        "kind": "reference",
        "schema": SCHEMA_REVISION,
        "reference_version": version,
        "hq_device": me.id,
        "hq_signing_key": me.public_key,
        "hq_recipient": get_meta(session, "hq_recipient"),
        "recovery_recipient": get_meta(session, "recovery_recipient"),
        "acks": acks,
    }
    write_file_safely(path, write_signed_zip(manifest, entries, keys_dir))
    return version


def import_reference(session: Session, path: Path) -> int:
    """Apply a reference bundle at a region, all or nothing; returns its version."""
    _me(session, Role.FACILITATOR)
    signed = read_signed_zip(_read(path))
    manifest = signed.manifest
    if manifest.get("kind") != "reference":
        raise BundleRejected("this is not a reference bundle: import it at headquarters.")
    known = get_meta(session, "hq_signing_key")
    sender = str(manifest.get("hq_signing_key") or "")
    if known and sender != known:
        raise BundleRejected(
            "this reference bundle was signed by another headquarters: it is refused."
        )
    signed.verify(sender)
    entries = signed.entries()
    version = int(manifest["reference_version"])
    current = int(get_meta(session, "reference_version") or 0)
    if version < current:
        raise BundleRejected(
            f"this reference bundle (version {version}) is older than the one in use "
            f"({current}): import the newest one."
        )
    for name, model in REFERENCE.items():
        for row in orjson.loads(entries[f"reference/{name}.json"]):
            session.merge(model.model_validate(row))
    for key in ("hq_signing_key", "hq_recipient", "recovery_recipient"):
        if manifest.get(key):
            set_meta(session, key, str(manifest[key]))
    set_meta(session, "hq_device", str(manifest.get("hq_device")))
    set_meta(session, "reference_version", str(version))
    me = local_device(session)
    assert me is not None
    ack = int(manifest.get("acks", {}).get(me.id, 0))
    set_meta(session, "ack_seq", str(max(ack, int(get_meta(session, "ack_seq") or 0))))
    return version


# --- change bundles: regions -> headquarters ----------------------------------------------


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleRejected(f"{path.name} is larger than any khdesk bundle: refused.")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path} ({exc.strerror}): check the path.") from None


def export_changes(
    session: Session, keys_dir: Path, attachments_dir: Path, path: Path
) -> dict[str, int]:
    """Write every change headquarters has not acknowledged, signed and encrypted to it."""
    me = _me(session, Role.FACILITATOR)
    recipients = [get_meta(session, "hq_recipient"), get_meta(session, "recovery_recipient")]
    if not all(recipients):
        raise InvalidInput(
            "this installation does not hold headquarters' key yet: import a reference bundle "
            "from headquarters first ('khdesk reference import FILE')."
        )
    ack = int(get_meta(session, "ack_seq") or 0)
    bundle_id = new_id()
    counts: dict[str, int] = {}
    plain = path.with_name(path.name + ".zip.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with plain.open("wb") as target:
            writer = ZipWriter(target)
            for name, model in TABLES.items():
                table = model.__table__  # type: ignore[attr-defined]
                query = (
                    select(table)
                    .where(table.c.device_id == me.id, table.c.seq > ack)
                    .order_by(table.c.seq)
                )
                # rows stream from the database into the ZIP a chunk at a time
                result = session.connection().execution_options(yield_per=2000).execute(query)
                rows = (dict(row) for row in result.mappings())
                written = writer.add_lines(f"tables/{name}.jsonl", rows)
                if written:
                    counts[name] = written
                if name == "attachment" and written:
                    for (sha,) in session.connection().execute(
                        select(table.c.sha256).where(table.c.device_id == me.id, table.c.seq > ack)
                    ):
                        stored = attachments_dir / sha[:2] / sha
                        if stored.is_file():
                            writer.add_bytes(f"attachments/{sha}", stored.read_bytes())
            writer.finish(
                {
                    "kind": "changes",
                    "schema": SCHEMA_REVISION,
                    "bundle_id": bundle_id,
                    "device_id": me.id,
                    "region": me.region_kato,
                    "seq_from": ack + 1,
                    "seq_to": me.last_seq,
                    "counts": counts,
                },
                keys_dir,
            )
        encrypted = path.with_name(path.name + ".partial")
        with plain.open("rb") as source, encrypted.open("wb") as target:
            pyrage.encrypt_io(source, target, [x25519.Recipient.from_str(r) for r in recipients])
            target.flush()
            os.fsync(target.fileno())
        encrypted.replace(path)
    except OSError as exc:
        raise StorageProblem(
            f"cannot write {path} ({exc.strerror}): choose another folder or drive."
        ) from None
    finally:
        plain.unlink(missing_ok=True)
    session.add(
        Bundle(id=bundle_id, direction="out", device_id=me.id, seq_from=ack + 1,
               seq_to=me.last_seq, records=sum(counts.values()), file_name=path.name,
               status="written")
    )  # fmt: skip
    return counts


@dataclass
class ImportResult:
    """What importing one bundle file did."""

    file: str
    status: str  # imported, already imported, rejected, quarantined
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    collisions: int = 0

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _identities(keys_dir: Path) -> list[Any]:
    identities = []
    for name in (keys.HQ_IDENTITY, keys.RECOVERY_IDENTITY):
        key_file = keys_dir / name
        if key_file.is_file():
            identities.append(x25519.Identity.from_str(key_file.read_text().strip()))
    if not identities:
        raise NotInitialised("headquarters' decryption key is missing from keys/: restore it.")
    return identities


def _decrypt_to(path: Path, target: Path, keys_dir: Path) -> None:
    """Decrypt ``path`` into ``target`` as a stream (a national bundle never sits in memory)."""
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleRejected(f"{path.name} is larger than any khdesk bundle: refused.")
        identities = _identities(keys_dir)
        with path.open("rb") as source, target.open("wb") as out:
            pyrage.decrypt_io(source, out, identities)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path} ({exc.strerror}): check the path.") from None
    except (BundleRejected, NotInitialised):
        raise
    except Exception:  # pyrage raises its own error types for every kind of bad input
        raise BundleRejected(
            "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to "
            "this headquarters; ask the region to export it again."
        ) from None


BATCH = 2000


#: How a record written under an older schema becomes a record of the next one: for each
#: revision that changed the shape of a synced record, a function of (table, record) returning
#: the record as that revision has it. A migration that renames, splits or adds a required
#: column of a synced table adds its step here, so bundles written before it still import.
RowUpgrade = Callable[[str, dict[str, Any]], dict[str, Any]]


def _to_0003(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """0003 gave a person the check-in search's ``search_key``, made from the other fields."""
    if table == "person" and "search_key" not in row:
        fields = (row.get(name) for name in ("full_name", "organisation", "phone", "email"))
        full_name, organisation, phone, email = (v if isinstance(v, str) else None for v in fields)
        return {**row, "search_key": search_key(full_name or "", organisation, phone, email)}
    return row


ROW_UPGRADES: dict[str, RowUpgrade] = {"0003": _to_0003}


def _upgraded(table: str, rows: Iterator[dict[str, Any]], schema: str) -> Iterator[dict[str, Any]]:
    steps = [ROW_UPGRADES[rev] for rev in sorted(ROW_UPGRADES) if schema < rev <= SCHEMA_REVISION]
    for row in rows:
        if not isinstance(row, dict):
            raise ValueError("a line is not a record")
        record = row
        for step in steps:
            record = step(table, record)
        yield record


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _whole(value: Any) -> bool:
    """A whole number the database can store (a signed 64-bit integer), not a boolean."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _column_kind(column: Any) -> type:
    """The Python type a column holds, chosen by its SQLAlchemy type (SQLModel's own string and
    moment types are decorators that do not report one)."""
    kind = column.type
    if isinstance(kind, UTCDateTime | sa.DateTime):
        return dt.datetime
    if isinstance(kind, sa.Date):
        return dt.date
    if isinstance(kind, sa.Time):
        return dt.time
    if isinstance(kind, sa.Boolean):
        return bool
    if isinstance(kind, sa.Integer):
        return int
    if isinstance(kind, AutoString | sa.String):
        return str
    raise TypeError(f"{column.table.name}.{column.name} has a type bundles do not carry")


def _converter(column: Any, choices: frozenset[str] | None, sqlite: bool) -> Callable[[Any], Any]:
    """Checks one column's value from a bundle and turns it into the form the database stores
    (for SQLite the strings SQLAlchemy itself writes), refusing anything of the wrong type or,
    for a closed vocabulary, outside it."""
    kind = _column_kind(column)
    nullable = column.nullable
    name = column.name
    length = getattr(column.type, "length", None)

    def convert(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise ValueError(f"{name} is missing")
            return None
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(f"{name} is not text")
            if length is not None and len(value) > length:
                raise ValueError(f"{name} is longer than khdesk allows")
            if choices is not None and value not in choices:
                raise ValueError(f"{name} is not one of the known values")
            return value
        if kind is int:
            if not _whole(value):
                raise ValueError(f"{name} is not a whole number")
            return value
        if kind is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{name} is not true or false")
            return value
        if not isinstance(value, str):
            raise ValueError(f"{name} is not a date or time")
        try:
            return moment_of(value)
        except (ValueError, OverflowError):
            raise ValueError(f"{name} is not a date or time") from None

    def moment_of(value: str) -> Any:
        if kind is dt.datetime:
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            moment = moment.astimezone(dt.UTC)
            return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else moment
        if kind is dt.date:
            day = dt.date.fromisoformat(value)
            return day.isoformat() if sqlite else day
        clock = dt.time.fromisoformat(value)
        return clock.strftime("%H:%M:%S.%f") if sqlite else clock

    return convert


#: The columns that hold a closed vocabulary: a bundle's value must be one of its members.
VOCABULARIES: dict[tuple[str, str], type[enum.StrEnum]] = {
    ("meeting", "kind"): MeetingKind,
    ("meeting", "format"): MeetingFormat,
    ("meeting", "status"): MeetingStatus,
    ("person", "consent_method"): ConsentMethod,
    ("attendance", "mode"): AttendanceMode,
    ("proposal", "kind"): ProposalKind,
    ("proposalreview", "status"): ReviewStatus,
    ("question", "status"): QuestionStatus,
}


def _vocabulary(table: str, column: str) -> frozenset[str] | None:
    vocabulary = VOCABULARIES.get((table, column))
    return frozenset(member.value for member in vocabulary) if vocabulary else None


def _apply_batch(
    session: Session, model: Any, rows: list[dict[str, Any]], device_id: str
) -> tuple[int, int]:
    """Apply one batch of a table's records by version; (records written, collisions).

    Every value is checked against its column; new records go in with one ``executemany``; a
    record replaces the stored one only with a higher version (so a deletion, which raised the
    version, wins over a stale edit in any order); the same id and version with other content is
    a collision, never overwritten. This is the hot path of a national import: it works on the
    driver's rows, not ORM objects.
    """
    table = model.__table__
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    columns = list(table.columns)
    names = [column.name for column in columns]
    converters = [
        _converter(column, _vocabulary(table.name, column.name), sqlite) for column in columns
    ]
    prepared = []
    for row in rows:
        if row.get("device_id") != device_id:
            raise BundleRejected("the bundle holds records of another device: refused.")
        if set(row) - set(names):
            raise ValueError("unknown columns")
        prepared.append(tuple(c(row.get(n)) for c, n in zip(converters, names, strict=True)))
    id_at, version_at = names.index("id"), names.index("version")
    device_at = names.index("device_id")
    cursor = connection.connection.cursor()
    try:
        placeholders = ", ".join([mark] * len(prepared))
        cursor.execute(
            f"SELECT {', '.join(names)} FROM {table.name} WHERE id IN ({placeholders})",
            [values[id_at] for values in prepared],
        )
        stored = {row[id_at]: tuple(row) for row in cursor.fetchall()}
        inserts, updates, collisions = [], [], 0
        for values in prepared:
            old = stored.get(values[id_at])
            if old is None:
                inserts.append(values)
            elif old[device_at] != device_id:
                # every record has one owner: no device changes another's
                raise BundleRejected(
                    "the bundle changes records that belong to another device: refused."
                )
            elif values[version_at] > old[version_at]:
                updates.append((*values, values[id_at]))
            elif values[version_at] == old[version_at] and values != old:
                collisions += 1
        if inserts:
            cursor.executemany(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join([mark] * len(names))})",
                inserts,
            )
        if updates:
            assignments = ", ".join(f"{name} = {mark}" for name in names)
            cursor.executemany(f"UPDATE {table.name} SET {assignments} WHERE id = {mark}", updates)
    except connection.dialect.loaded_dbapi.IntegrityError as exc:
        raise ValueError(str(exc).splitlines()[0]) from None
    finally:
        cursor.close()
    return len(inserts) + len(updates), collisions


def import_changes(
    session: Session,
    path: Path,
    keys_dir: Path,
    attachments_dir: Path,
    name: str | None = None,
    work_dir: Path | None = None,
) -> ImportResult:
    """Check and apply one change bundle (the caller's transaction makes it all or nothing);
    ``name`` is the file's name as the sender gave it, for the history; the decrypted copy is
    kept in a temporary folder in ``work_dir`` while it is read."""
    _me(session, Role.HQ)
    with _decrypted(path, keys_dir, work_dir) as plain:
        return import_decrypted(session, plain, attachments_dir, name or path.name)


@contextmanager
def _decrypted(path: Path, keys_dir: Path, work_dir: Path | None) -> Iterator[Path]:
    """``path`` decrypted into a temporary folder in ``work_dir``, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="khdesk-decrypted-", dir=work_dir) as folder:
        plain = Path(folder) / "bundle.zip"
        _decrypt_to(path, plain, keys_dir)
        yield plain


def import_decrypted(
    session: Session, plain: Path, attachments_dir: Path, name: str
) -> ImportResult:
    """Check and apply a bundle already decrypted to ``plain``."""
    signed = read_signed_zip(plain)
    try:
        return _import_checked(session, signed, name, attachments_dir)
    finally:
        signed.archive.close()


def _import_checked(
    session: Session, signed: Any, file_name: str, attachments_dir: Path
) -> ImportResult:
    manifest = signed.manifest
    if manifest.get("kind") != "changes":
        raise BundleRejected("this is not a region's bundle of changes: refused.")
    seq_from, seq_to = manifest.get("seq_from"), manifest.get("seq_to")
    if not (_whole(seq_from) and _whole(seq_to) and 0 <= seq_from <= seq_to):
        raise BundleRejected("the bundle's manifest is damaged: ask the sender to export it again.")
    schema = str(manifest.get("schema"))
    if not re.fullmatch(r"\d{4}", schema):
        raise BundleRejected("the bundle's manifest is damaged: ask the sender to export it again.")
    if schema > SCHEMA_REVISION:
        raise BundleRejected(
            "the bundle comes from a newer khdesk: update headquarters, then import it again."
        )
    bundle_id, device_id = str(manifest.get("bundle_id")), str(manifest.get("device_id"))
    device = session.get(Device, device_id)
    if device is None or device.status == DeviceStatus.REVOKED or not device.public_key:
        return ImportResult(
            file_name, "quarantined",
            "the bundle comes from a device that is not enrolled (or was revoked): enrol its "
            "card, then import the bundle again.",
        )  # fmt: skip
    signed.verify(device.public_key)
    signed.check_entries()
    if session.get(Bundle, bundle_id) is not None:
        return ImportResult(file_name, "already imported")
    tables = {
        name.removeprefix("tables/").removesuffix(".jsonl")
        for name in signed.names
        if name.startswith("tables/")
    }
    if tables - set(TABLES):
        raise BundleRejected("the bundle holds a table khdesk does not know: refused.")
    # the bundle's id first: a second importer of the same bundle fails here, not halfway
    session.add(
        Bundle(id=bundle_id, direction="in", device_id=device_id,
               seq_from=seq_from, seq_to=seq_to,
               file_name=file_name, status="imported")
    )  # fmt: skip
    session.flush()
    counts: dict[str, int] = {}
    collisions = 0
    try:
        for name, model in TABLES.items():
            if name not in tables:
                continue
            lines = _upgraded(name, signed.lines(f"tables/{name}.jsonl"), schema)
            for batch in _batches(lines):
                written, clashed = _apply_batch(session, model, batch, device_id)
                if written:
                    counts[name] = counts.get(name, 0) + written
                collisions += clashed
    except (ValueError, TypeError, IntegrityError) as exc:
        raise BundleRejected(
            f"the bundle holds an invalid record ({str(exc)[:80]}): refused."
        ) from None
    for name in signed.names:
        if name.startswith("attachments/"):
            sha = name.removeprefix("attachments/")
            target = attachments_dir / sha[:2] / sha
            if not target.exists():
                write_file_safely(target, signed.read(name))
    bundle = session.get(Bundle, bundle_id)
    assert bundle is not None
    bundle.records = sum(counts.values())
    if collisions:
        bundle.reason = (
            f"{collisions} records differ from the same version already stored: the stored ones "
            "were kept; the bundle is in inbox/imported for review."
        )
    device.last_seq = max(device.last_seq, seq_to)
    session.add_all([bundle, device])
    session.flush()
    return ImportResult(file_name, "imported", bundle.reason, counts=counts, collisions=collisions)


def import_file(database: Any, path: Path, data_dir: Path) -> ImportResult:
    """Import one bundle file in its own transaction. The file is first copied into the inbox
    (``inbox/received``) and only the copy is read, so the sender's file, say on a USB stick, is
    never touched; afterwards the copy is kept in ``inbox/imported``, or set aside with the
    reason in ``inbox/rejected`` (refused) or ``inbox/quarantine`` (an unknown device, until it
    is enrolled). The command line and the window's inbox both come through here."""
    inbox = data_dir / "inbox"
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            result = ImportResult(path.name, "rejected", f"{path.name} is larger than any "
                                  "khdesk bundle: refused.")  # fmt: skip
            _remember_refusal(database, result)
            return result
        received = _receive(path, inbox / "received")
    except OSError as error:
        return ImportResult(
            path.name, "rejected",
            f"the file could not be copied into the inbox ({error.strerror or error}): check "
            "that it is readable and that the disk has room, then import it again.",
        )  # fmt: skip
    try:
        with database.session() as session:
            _me(session, Role.HQ)
        # decrypted into the data folder (personal data stays out of the system's temporary
        # folder) and before the write transaction, so that other writers are not kept waiting
        with (
            _decrypted(received, data_dir / "keys", inbox) as plain,
            database.transaction() as session,
        ):
            result = import_decrypted(session, plain, data_dir / "attachments", path.name)
    except KhdeskError as error:
        result = ImportResult(path.name, "rejected", str(error))
    except Exception as exc:  # a file khdesk cannot make sense of must not stop the other files
        # the frames and the type only: the message may quote a record's personal data
        log.error(
            "bundle import failed unexpectedly: %s\n%s",
            type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)),
        )  # fmt: skip
        result = ImportResult(
            path.name, "rejected",
            "khdesk could not read this bundle (an internal error, written to the log): ask the "
            "sender to export it again, and report it if it happens again.",
        )  # fmt: skip
    result.file = path.name
    if result.status in ("rejected", "quarantined"):
        _remember_refusal(database, result)
    if result.status == "imported":
        _file_into(received, inbox / "imported")
    elif result.status == "already imported":
        received.unlink()
    else:
        folder = "quarantine" if result.status == "quarantined" else "rejected"
        set_aside(received, inbox / folder, result.reason or "")
    return result


def _remember_refusal(database: Any, result: ImportResult) -> None:
    """A refused or quarantined file in the sync history, with the reason (its own record: the
    import itself was rolled back, and a later import of the same bundle must still apply)."""
    try:
        with database.transaction() as session:
            session.add(
                Bundle(id=new_id(), direction="in", device_id="", seq_from=0, seq_to=0,
                       file_name=result.file, status=result.status, reason=result.reason)
            )  # fmt: skip
    except KhdeskError:
        pass  # the database itself is what failed: the reason file in the inbox still says why


@dataclass
class HistoryEntry:
    """One line of the sync history: a bundle written, received or refused."""

    at: dt.datetime
    direction: str  # "out" written here, "in" received
    status: str  # written, acknowledged, imported, rejected, quarantined
    seq_from: int
    seq_to: int
    records: int
    file_name: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat()}


def history(session: Session) -> list[HistoryEntry]:
    """Every bundle written or received, newest first; a written one reads "acknowledged" once
    headquarters' reference bundle says it has everything up to its last change."""
    ack = int(get_meta(session, "ack_seq") or 0)
    entries = []
    for b in session.exec(select(Bundle).order_by(col(Bundle.at).desc())).all():
        status = b.status
        if b.direction == "out" and status == "written" and 0 < b.seq_to <= ack:
            status = "acknowledged"
        entries.append(
            HistoryEntry(b.at, b.direction, status, b.seq_from, b.seq_to, b.records,
                         b.file_name or "", b.reason or "")
        )  # fmt: skip
    return entries


def _receive(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` under a name no other file has, complete or absent."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{secrets.token_hex(4)}-{path.name}"
    partial = target.with_name(target.name + ".part")
    try:
        with path.open("rb") as source, partial.open("wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _file_into(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    os.replace(path, target)
    return target


def set_aside(path: Path, folder: Path, reason: str) -> None:
    """Move a refused file into ``folder`` with a note saying why."""
    target = _file_into(path, folder)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")


__all__ = [
    "HistoryEntry",
    "ImportResult",
    "export_changes",
    "export_reference",
    "history",
    "import_changes",
    "import_decrypted",
    "import_file",
    "import_reference",
    "set_aside",
    "utcnow",
]
