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
import hashlib
import logging
import os
import re
import secrets
import stat
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyrage
from pyrage import x25519
from sqlalchemy import text
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, KhdeskError, Message, NotFound, NotInitialised
from khdesk.domain.filenames import display_name
from khdesk.domain.ids import new_id
from khdesk.domain.vocabulary import DeviceStatus, Role
from khdesk.paths import DataFolder
from khdesk.services import campaign_documents, meetings, proposals, reference, review, rights
from khdesk.services.changes import note_everything
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.services.recorder import Actor
from khdesk.storage import bulk
from khdesk.storage.database import PATIENT_BUSY_TIMEOUT_MS, SCHEMA_REVISION
from khdesk.storage.files import (
    FileLock,
    copy_whole,
    file_problem,
    replacing,
    scratch_folder,
    write_whole,
)
from khdesk.storage.models import (
    REFERENCE_TABLES,
    SYNC_TABLES,
    Bundle,
    Device,
    Direction,
    Region,
    Section,
    Sector,
    utcnow,
)
from khdesk.sync import keys, records
from khdesk.sync.bundles import (
    UNREADABLE,
    BundleRejected,
    ZipWriter,
    read_signed_zip,
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
        if role is Role.HQ:
            raise InvalidInput("this is done at headquarters, not here.")
        raise InvalidInput("this is done on a region's installation, not here.")
    return device


# --- reference bundles: headquarters -> regions ------------------------------------------


def export_reference(session: Session, keys_dir: Path, path: Path) -> int:
    """Write a reference bundle; returns its version (each export raises it by one)."""
    me = _me(session, Role.HQ)
    version = int(get_meta(session, "reference_version") or 1) + 1
    set_meta(session, "reference_version", str(version))
    # a region may file a moved section's proposals under any direction it was published under
    reference.remember_section_directions(session)
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
    # what became of each device's proposals, for its facilitator to see
    entries.update(review.bundle_reviews(session))
    # the persons erased, or whose consent was withdrawn (ids only), for every region to apply
    entries[rights.REGISTER_ENTRY] = rights.register_entry(session)
    # the published versions of the campaign's documents, for the round tables to discuss
    entries[campaign_documents.VERSIONS_ENTRY] = campaign_documents.versions_entry(session)
    # the highest meeting number each device used each year, as headquarters received them: a
    # laptop restored from an older backup numbers its next meeting after them
    numbers: dict[str, dict[str, int]] = {}
    for device_id, year, number in session.connection().execute(
        text("SELECT device_id, year, max(number) FROM meeting GROUP BY device_id, year")
    ):
        numbers.setdefault(str(device_id), {})[str(year)] = int(number)
    manifest = {
        "kind": "reference",
        "schema": SCHEMA_REVISION,
        "reference_version": version,
        "numbers": numbers,
        "hq_device": me.id,
        "hq_signing_key": me.public_key,
        "hq_recipient": get_meta(session, "hq_recipient"),
        "recovery_recipient": get_meta(session, "recovery_recipient"),
        "acks": acks,
    }
    write_whole(path, write_signed_zip(manifest, entries, keys_dir))
    return version


def import_reference(session: Session, path: Path) -> int:
    """Apply a reference bundle at a region, all or nothing; returns its version.

    Headquarters signs it, but it is input all the same: every key, number and row is checked
    before anything is applied."""
    me = _me(session, Role.FACILITATOR)
    signed = read_signed_zip(_read(path))
    manifest = signed.manifest
    if manifest.get("kind") != "reference":
        raise BundleRejected("this is not a reference bundle: import it at headquarters.")
    known = get_meta(session, "hq_signing_key")
    sender = manifest.get("hq_signing_key")
    if not isinstance(sender, str) or (known and sender != known):
        raise BundleRejected(
            "this reference bundle was signed by another headquarters: it is refused."
        )
    signed.verify(sender)
    entries = signed.entries()
    version: Any = manifest.get("reference_version")
    acks: Any = manifest.get("acks", {})
    recipients = [manifest.get(k) for k in ("hq_recipient", "recovery_recipient")]
    if not (
        _whole(version)
        and version >= 1
        and isinstance(acks, dict)
        and all(_whole(v) and v >= 0 for v in acks.values())
        and all(isinstance(r, str) and _recipient(r) for r in recipients)
        and records.is_record_id(manifest.get("hq_device"))
        and all(f"reference/{name}.json" in entries for name in REFERENCE)
    ):
        raise BundleRejected(
            "the reference bundle's manifest is damaged: ask headquarters for a new one."
        )
    current = int(get_meta(session, "reference_version") or 0)
    if version < current:
        raise BundleRejected(
            "this reference bundle (version {version}) is older than the one in use "
            "({current}): import the newest one.",
            version=version,
            current=current,
        )
    tables = {}
    for name in REFERENCE:
        try:
            rows = orjson.loads(entries[f"reference/{name}.json"])
        except orjson.JSONDecodeError:
            raise BundleRejected(
                "the reference bundle's {table} list is damaged: refused.", table=name
            ) from None
        tables[name] = records.reference_rows(name, rows)
    directions = {row["code"] for row in tables["direction"]}
    directions |= set(session.exec(select(Direction.code)).all())
    if any(row["direction_code"] not in directions for row in tables["section"]):
        raise BundleRejected(
            "the reference bundle files a section under a direction it does not have: refused."
        )
    sections = {row["code"] for row in tables["section"]} | set(session.exec(select(Section.code)))
    reviews = records.review_rows(entries.get(review.REVIEWS_ENTRY), me.id, frozenset(sections))
    erasures = records.erasure_rows(entries.get(rights.REGISTER_ENTRY), rights.MAX_REGISTER)
    documents = records.document_rows(
        entries.get(campaign_documents.VERSIONS_ENTRY), campaign_documents.fingerprint
    )
    for name, model in REFERENCE.items():
        for row in tables[name]:
            session.merge(model(**row))
    review.keep_received_reviews(session, reviews)
    # a proposal's direction is its section's: those under a moved section follow it
    session.flush()
    actor = Actor(me.id, get_meta(session, "user_name"))
    proposals.follow_moved_sections(session, actor)
    rights.apply_register(session, actor, erasures)
    campaign_documents.keep_received(session, documents)
    set_meta(session, "hq_signing_key", sender)
    set_meta(session, "hq_recipient", str(recipients[0]))
    set_meta(session, "recovery_recipient", str(recipients[1]))
    set_meta(session, "hq_device", str(manifest["hq_device"]))
    set_meta(session, "reference_version", str(version))
    numbers: Any = manifest.get("numbers", {})
    mine: Any = numbers.get(me.id, {}) if isinstance(numbers, dict) else None
    if not (
        isinstance(mine, dict)
        and all(
            isinstance(year, str) and re.fullmatch(r"\d{4}", year) and _whole(n) and 0 < n < 10**6
            for year, n in mine.items()
        )
    ):
        raise BundleRejected(
            "the reference bundle's manifest is damaged: ask headquarters for a new one."
        )
    set_meta(session, meetings.NUMBERS_AT_HQ, orjson.dumps(mine).decode())
    ack = int(acks.get(me.id, 0))
    set_meta(session, "ack_seq", str(max(ack, int(get_meta(session, "ack_seq") or 0))))
    # a laptop restored from an older backup must not give a write a number headquarters has
    # already received from it
    if ack > me.last_seq:
        me.last_seq = ack
        session.add(me)
    return int(version)


def _recipient(text: str) -> bool:
    try:
        x25519.Recipient.from_str(text)
    except Exception:  # pyrage's own error for a malformed key
        return False
    return True


# --- change bundles: regions -> headquarters ----------------------------------------------


def _read(path: Path) -> bytes:
    """A reference bundle's bytes (public data, small), refused above the size of any bundle."""
    try:
        _check_input_file(path)
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise file_problem(path, exc, doing="read") from None
    if len(data) > MAX_BUNDLE_BYTES:
        raise _too_large(path)
    return data


def _check_input_file(path: Path) -> None:
    """Refuse at once what is not a regular file (a folder, a pipe, a device), or too large."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(
            "{file} is not a file khdesk can read as a bundle: choose the .khb or .khr file "
            "itself.",
            file=display_name(path.name),
        )
    if info.st_size > MAX_BUNDLE_BYTES:
        raise _too_large(path)


def _too_large(path: Path) -> BundleRejected:
    return BundleRejected(
        "{file} is larger than any khdesk bundle: refused.", file=display_name(path.name)
    )


class NothingToSend(KhdeskError):
    """A region has written nothing that headquarters has not acknowledged already."""

    exit_code = 0


def sending_state(session: Session) -> str:
    """What sending from this region's laptop would find now, for the window to say before it
    asks where to write: "no reference" (headquarters' keys are not here yet), "nothing" (every
    change is acknowledged) or "ready". Refused at headquarters, as ``export_changes`` is."""
    me = _me(session, Role.FACILITATOR)
    if not (get_meta(session, "hq_recipient") and get_meta(session, "recovery_recipient")):
        return "no reference"
    if me.last_seq <= int(get_meta(session, "ack_seq") or 0):
        return "nothing"
    return "ready"


def export_changes(database: Any, folder: DataFolder, path: Path) -> dict[str, int]:
    """Write every change headquarters has not acknowledged, signed and encrypted to it, into
    ``path``; returns the records per table.

    The changes are read in one read transaction (a consistent snapshot that never blocks a
    writer), zipped into a scratch folder in the data folder and encrypted from there into
    ``path``: the unencrypted bundle never touches the destination (a USB stick), and it is
    removed on every path. Raises ``NothingToSend`` when there is nothing new.
    """
    bundle_id = new_id()
    counts: dict[str, int] = {}
    with database.session() as session:
        me = _me(session, Role.FACILITATOR)
        recipients = [get_meta(session, "hq_recipient"), get_meta(session, "recovery_recipient")]
        if not all(recipients):
            raise InvalidInput(
                "this installation does not hold headquarters' key yet: import a reference "
                "bundle from headquarters first ('khdesk reference import FILE')."
            )
        ack = int(get_meta(session, "ack_seq") or 0)
        if me.last_seq <= ack:
            raise NothingToSend(
                "there is nothing new to send: headquarters has acknowledged every change of "
                "this installation."
            )
        manifest = {
            "kind": "changes", "schema": SCHEMA_REVISION, "bundle_id": bundle_id,
            "device_id": me.id, "region": me.region_kato, "seq_from": ack + 1,
            "seq_to": me.last_seq, "counts": counts,
        }  # fmt: skip
        with scratch_folder(folder.scratch) as scratch:
            plain = scratch / "bundle.zip"
            try:
                with plain.open("wb") as target:
                    writer = ZipWriter(target)
                    _write_tables(session, writer, me.id, ack, folder.attachments, counts)
                    writer.finish(manifest, folder.keys)
            except OSError as exc:
                raise file_problem(plain, exc) from None
            keys_of = [x25519.Recipient.from_str(str(r)) for r in recipients]
            with plain.open("rb") as source, replacing(path) as target:
                pyrage.encrypt_io(source, target, keys_of)
        seq_to = me.last_seq
    with database.transaction() as session:
        session.add(
            Bundle(id=bundle_id, direction="out", device_id=me.id, seq_from=ack + 1,
                   seq_to=seq_to, records=sum(counts.values()),
                   file_name=display_name(path.name), status="written")
        )  # fmt: skip
    return counts


def _write_tables(
    session: Session, writer: ZipWriter, device_id: str, ack: int, store: Path,
    counts: dict[str, int],
) -> None:  # fmt: skip
    for name, model in TABLES.items():
        table = model.__table__  # type: ignore[attr-defined]
        mine = (table.c.device_id == device_id) & (table.c.seq > ack)
        query = select(table).where(mine).order_by(table.c.seq)
        # rows stream from the database into the ZIP a chunk at a time
        result = session.connection().execution_options(yield_per=2000).execute(query)
        written = writer.add_lines(f"tables/{name}.jsonl", (dict(r) for r in result.mappings()))
        if written:
            counts[name] = written
        if name == "attachment" and written:
            for (sha,) in session.connection().execute(select(table.c.sha256).where(mine)):
                stored = store / sha[:2] / sha
                if stored.is_file():
                    writer.add_bytes(f"attachments/{sha}", stored.read_bytes())


@dataclass
class ImportResult:
    """What importing one bundle file did."""

    file: str
    status: str  # imported, already imported, rejected, quarantined, busy
    reason: Message | None = None
    counts: dict[str, int] = field(default_factory=dict)
    collisions: int = 0

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "reason": str(self.reason) if self.reason else None}


def kept_reason(reason: Message | None) -> str | None:
    """A reason as the sync history keeps it: the message's template and values, so that it
    is shown later in the language of whoever reads it."""
    return orjson.dumps(reason.to_json()).decode() if reason else None


def stored_reason(text: str | None) -> Message | None:
    """A reason the sync history kept (an older khdesk kept the English sentence itself)."""
    if not text:
        return None
    if text.startswith('{"t":'):
        try:
            return Message.from_json(orjson.loads(text))
        except orjson.JSONDecodeError:
            pass
    return Message(text)


#: Outcomes of a bundle file that leave nothing to do for the user.
DONE = ("imported", "already imported")


def _identities(keys_dir: Path) -> list[Any]:
    identities = []
    for name in (keys.HQ_IDENTITY, keys.RECOVERY_IDENTITY):
        key_file = keys_dir / name
        if key_file.is_file():
            identities.append(x25519.Identity.from_str(key_file.read_text().strip()))
    if not identities:
        raise NotInitialised("headquarters' decryption key is missing from keys/: restore it.")
    return identities


def recovery_key_file(folder: DataFolder) -> Path:
    """Where headquarters' recovery identity is kept until it is moved offline."""
    return folder.keys / keys.RECOVERY_IDENTITY


def save_recovery_key(folder: DataFolder, target: Path) -> Path:
    """Copy headquarters' recovery identity to ``target`` (a USB stick for the safe), whole or
    not at all; returns ``target``."""
    source = recovery_key_file(folder)
    if not source.is_file():
        raise NotFound(
            "the recovery key is no longer in {folder}: it was moved or removed from this "
            "laptop; use the copy kept offline.",
            folder=str(folder.keys),
        )
    if target.resolve() == source.resolve():
        raise InvalidInput(
            "that is the recovery key itself: choose a place outside the data folder, such as "
            "a USB stick."
        )
    copy_whole(source, target)
    return target


def _decrypt_to(path: Path, target: Path, keys_dir: Path) -> None:
    """Decrypt ``path`` into ``target`` as a stream (a national bundle never sits in memory)."""
    identities = _identities(keys_dir)
    try:
        source = path.open("rb")
    except OSError as exc:
        raise file_problem(path, exc, doing="read") from None
    with source:
        try:
            out = target.open("wb")
        except OSError as exc:
            raise file_problem(target, exc) from None
        with out:
            try:
                pyrage.decrypt_io(source, out, identities)
            except OSError as exc:
                if exc.errno is not None:  # the disk, not the bundle
                    raise file_problem(target, exc) from None
                raise _undecryptable() from None
            except Exception:  # pyrage's own errors for every kind of bad input
                raise _undecryptable() from None


def _undecryptable() -> BundleRejected:
    return BundleRejected(
        "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this "
        "headquarters; ask the region to export it again."
    )


BATCH = 2000


#: How a record written under an older schema becomes a record of the next one: for each
#: revision that changed the shape of a synced record, a function of (table, record) returning
#: the record as that revision has it. A migration that renames, splits or adds a required
#: column of a synced table adds its step here, so bundles written before it still import.
RowUpgrade = Callable[[str, dict[str, Any]], dict[str, Any]]


def _to_0003(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """0003 gave a person the check-in search's ``search_key``; headquarters computes it."""
    if table == "person" and "search_key" not in row:
        return {**row, "search_key": ""}
    return row


def _to_0007(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """0007 gave a person the alphabetical order's keys; headquarters computes them."""
    if table == "person" and "order_kk" not in row:
        return {**row, "order_kk": "", "order_ru": ""}
    return row


def _to_0008(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """0008 gave a proposal the review's ``search_key``; headquarters computes it."""
    if table == "proposal" and "search_key" not in row:
        return {**row, "search_key": ""}
    return row


def _to_0010(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """0010 gave a person the times their contacts, or they, were erased."""
    if table == "person" and "erased_at" not in row:
        return {"contacts_erased_at": None, "erased_at": None, **row}
    return row


ROW_UPGRADES: dict[str, RowUpgrade] = {
    "0003": _to_0003,
    "0007": _to_0007,
    "0008": _to_0008,
    "0010": _to_0010,
}


def _upgraded(table: str, rows: Iterator[Any], schema: str) -> Iterator[Any]:
    steps = [ROW_UPGRADES[rev] for rev in sorted(ROW_UPGRADES) if schema < rev <= SCHEMA_REVISION]
    for row in rows:
        record = row
        if isinstance(record, dict):
            for step in steps:
                record = step(table, record)
        yield record


def _batches(rows: Iterator[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
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


def _lookup(connection: Any) -> records.Lookup:
    """The database questions of ``records.RecordChecks``, in the driver's parameter style."""
    mark = bulk.marker(connection)

    def lookup(sql: str, ids: Sequence[str], *before: Any) -> list[tuple[Any, ...]]:
        if not ids:
            return []
        statement = sql.replace("{param}", mark).replace("{ids}", ", ".join([mark] * len(ids)))
        cursor = connection.connection.cursor()
        try:
            cursor.execute(statement, [*before, *ids])
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()

    return lookup


def _known(session: Session) -> records.Known:
    return records.Known(
        regions=frozenset(session.exec(select(Region.kato)).all()),
        sectors=frozenset(session.exec(select(Sector.code)).all()),
        directions=frozenset(session.exec(select(Direction.code)).all()),
        sections=dict(session.exec(select(Section.code, Section.direction_code)).all()),
        former_directions=reference.section_directions(session),
    )


def _apply_batch(
    session: Session,
    model: Any,
    rows: list[Any],
    check: records.TableCheck,
    together: records.RecordChecks,
    erased: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """Apply one batch of a table's records by version; (records written, collisions).

    Every record is checked field by field (``records.TableCheck``) and with the others
    (``records.RecordChecks``) before any is written; new records go in with one
    ``executemany``; a record replaces the stored one only with a higher version (so a
    deletion, which raised the version, wins over a stale edit in any order); the same id and
    version with other content is a collision, never overwritten (unless it names a person
    of ``erased``, the register of erasures: the stored copy lost the name, the bundle's not
    yet). This is the hot path of a national import: it works on the driver's rows, not ORM
    objects.
    """
    table = model.__table__
    connection = session.connection()
    mark = bulk.marker(connection)
    names = check.columns
    prepared = [check.row(row) for row in rows]
    id_at, version_at = names.index("id"), names.index("version")
    device_at = names.index("device_id")
    naming = [names.index(c) for c in rights.PERSON_COLUMNS.get(table.name, ()) if erased]
    ids = [values[id_at] for values in prepared]
    # (a record repeated in a later batch is applied by version, as from a second bundle)
    if len(set(ids)) != len(ids):
        raise BundleRejected(
            "the bundle was refused and nothing of it imported: it holds a {table} record twice; "
            "ask the region to send a new bundle.",
            table=table.name,
        )
    together.batch(table.name, names, prepared)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(
            f"SELECT {', '.join(names)} FROM {table.name} "
            f"WHERE id IN ({', '.join([mark] * len(prepared))})",
            ids,
        )
        stored = {row[id_at]: tuple(row) for row in cursor.fetchall()}
        inserts, updates, collisions = [], [], 0
        for values in prepared:
            old = stored.get(values[id_at])
            if old is None:
                inserts.append(values)
            elif old[device_at] != values[device_at]:
                # every record has one owner: no device changes another's
                raise BundleRejected(
                    "the bundle changes records that belong to another device: refused."
                )
            elif values[version_at] > old[version_at]:
                updates.append((*values, values[id_at]))
            elif (
                values[version_at] == old[version_at]
                and values != old
                and not any(values[at] in erased for at in naming)
            ):
                collisions += 1
        if inserts:
            bulk.insert_rows(connection, cursor, table.name, names, inserts)
        if table.name == "person" and updates:
            # those arriving erased: the register learns whom they were counted as first
            rights.note_arriving(session, names, stored, updates)
        if updates:
            assignments = ", ".join(f"{name} = {mark}" for name in names)
            cursor.executemany(f"UPDATE {table.name} SET {assignments} WHERE id = {mark}", updates)
    except connection.dialect.loaded_dbapi.IntegrityError as exc:
        # the database's own rules (one attendance per person and meeting …) name only columns
        rule = str(exc).splitlines()[0][:120]
        raise BundleRejected(
            "the bundle was refused and nothing of it imported: its {table} records break a "
            "rule of the database ({rule}); ask the region to send a new bundle.",
            table=table.name,
            rule=rule,
        ) from None
    finally:
        cursor.close()
    return len(inserts) + len(updates), collisions


def import_changes(session: Session, path: Path, folder: DataFolder) -> ImportResult:
    """Check and apply one change bundle (the caller's transaction makes it all or nothing);
    the decrypted copy lives in a scratch folder of the data folder while it is read."""
    _me(session, Role.HQ)
    with scratch_folder(folder.scratch) as scratch:
        plain = scratch / "bundle.zip"
        _decrypt_to(path, plain, folder.keys)
        signed = read_signed_zip(plain)
        try:
            return _import_checked(session, signed, display_name(path.name), folder.attachments)
        finally:
            signed.archive.close()


def _manifest_damaged() -> BundleRejected:
    return BundleRejected("the bundle's manifest is damaged: ask the sender to export it again.")


def _import_checked(
    session: Session, signed: Any, file_name: str, attachments_dir: Path
) -> ImportResult:
    manifest = signed.manifest
    if manifest.get("kind") != "changes":
        raise BundleRejected("this is not a region's bundle of changes: refused.")
    schema = manifest.get("schema")
    if not isinstance(schema, str) or not re.fullmatch(r"\d{4}", schema):
        raise _manifest_damaged()
    if schema > SCHEMA_REVISION:
        raise BundleRejected(
            "the bundle comes from a newer khdesk: update headquarters, then import it again."
        )
    seq_from, seq_to = manifest.get("seq_from"), manifest.get("seq_to")
    # an empty bundle (nothing after the acknowledgement) covers seq_to + 1 .. seq_to
    if not (_whole(seq_from) and _whole(seq_to) and 1 <= seq_from <= seq_to + 1):
        raise _manifest_damaged()
    bundle_id, device_id = manifest.get("bundle_id"), manifest.get("device_id")
    counts_claimed = manifest.get("counts", {})
    if not (
        records.is_record_id(bundle_id)
        and records.is_record_id(device_id)
        and isinstance(counts_claimed, dict)
        and all(k in TABLES and _whole(v) and v > 0 for k, v in counts_claimed.items())
    ):
        raise _manifest_damaged()
    device = session.get(Device, device_id)
    if device is None or not device.public_key:
        return ImportResult(
            file_name,
            "quarantined",
            Message(
                "the bundle comes from device {device}, which is not enrolled here: enrol its "
                "card (Sync → Enrol a device card…), then import the bundle again.",
                device=device_id,
            ),
        )
    if device.status == DeviceStatus.REVOKED:
        raise BundleRejected(
            "the bundle comes from device {device}, which headquarters revoked: it is not "
            "imported; if that laptop is in use again, reinstall khdesk on it and enrol its new "
            "card.",
            device=device_id,
        )
    signed.verify(device.public_key)
    signed.check_entries()
    if manifest.get("region") != device.region_kato:
        raise BundleRejected(
            "the bundle says it comes from region {claimed}, but its device is enrolled for "
            "region {region}: refused.",
            claimed=str(manifest.get("region"))[:8],
            region=str(device.region_kato),
        )
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
    sender = records.Sender(device_id, device.region_kato, seq_from, seq_to)
    connection = session.connection()
    known = _known(session)
    erased = frozenset(rights.register(session))
    arrived = rights.Arrived()
    together = records.RecordChecks(sender, _lookup(connection))
    sqlite = connection.dialect.name == "sqlite"
    counts: dict[str, int] = {}
    lines: dict[str, int] = {}
    collisions = 0
    for name, model in TABLES.items():
        if name not in tables:
            continue
        columns = [column.name for column in model.__table__.columns]  # type: ignore[attr-defined]
        check = records.TableCheck(name, columns, known, sender, sqlite=sqlite)
        try:
            for batch in _batches(_upgraded(name, signed.lines(f"tables/{name}.jsonl"), schema)):
                if name not in records.REGION_TABLES:
                    raise BundleRejected(
                        "the bundle holds {table} records, which only headquarters writes: "
                        "refused.",
                        table=name,
                    )
                lines[name] = lines.get(name, 0) + len(batch)
                written, clashed = _apply_batch(session, model, batch, check, together, erased)
                arrived.note(name, batch)
                if written:
                    counts[name] = counts.get(name, 0) + written
                collisions += clashed
        except (ValueError, *UNREADABLE):
            raise BundleRejected(
                "the bundle's entry tables/{table}.jsonl is not JSON lines: refused; ask the "
                "region to send a new bundle.",
                table=name,
            ) from None
    if lines != counts_claimed:
        raise BundleRejected(
            "the bundle holds other records than its manifest counts: it was altered or "
            "written wrongly; ask the region to send a new bundle."
        )
    for name in signed.names:
        if name.startswith("attachments/"):
            sha = name.removeprefix("attachments/")
            target = attachments_dir / sha[:2] / sha
            if not target.exists():
                write_whole(target, signed.read(name))
    bundle = session.get(Bundle, bundle_id)
    assert bundle is not None
    bundle.records = sum(counts.values())
    reason = None
    if collisions:
        reason = Message(
            "{count} records differ from the same version already stored: the stored ones were "
            "kept; the bundle is in inbox/imported for review.",
            count=collisions,
        )
        bundle.reason = kept_reason(reason)
    device.last_seq = max(device.last_seq, seq_to)
    session.add_all([bundle, device])
    session.flush()
    # a person erased here stays erased, whatever the bundle brought of them
    me = local_device(session)
    assert me is not None
    rights.enforce(session, Actor(me.id, get_meta(session, "user_name")), arrived)
    return ImportResult(file_name, "imported", reason, counts=counts, collisions=collisions)


def import_file(database: Any, path: Path, folder: DataFolder) -> ImportResult:
    """Import one bundle file in its own transaction. The file is first copied into the inbox
    (``inbox/received``, under a name khdesk makes) and only the copy is read, so the sender's
    file, say on a USB stick, is never touched; afterwards the copy is kept in
    ``inbox/imported``, or set aside with the reason in ``inbox/rejected`` (refused) or
    ``inbox/quarantine`` (an unknown device, until it is enrolled). The command line and the
    window's inbox both come through here.

    The copy is decrypted into a scratch folder of the data folder before the write transaction
    begins, so that other writers are not kept waiting and readers never are. Two importers of
    the same bundle take turns on a lock named after the bundle: the second then finds it
    imported, and a bundle another importer is applying is never refused.
    """
    shown = display_name(path.name)
    try:
        _check_input_file(path)
        received = _receive(path, folder.inbox / "received")
    except KhdeskError as error:
        result = ImportResult(shown, "rejected", error.message)
        _remember_refusal(database, result)
        return result
    except OSError as exc:
        result = ImportResult(shown, "rejected", file_problem(path, exc, doing="read").message)
        _remember_refusal(database, result)
        return result
    try:
        with database.session() as session:
            _me(session, Role.HQ)
        with scratch_folder(folder.scratch) as scratch:
            plain = scratch / "bundle.zip"
            _decrypt_to(received, plain, folder.keys)
            signed = read_signed_zip(plain)
            try:
                with _bundle_turn(folder, signed.manifest.get("bundle_id")) as turn:
                    if not turn:
                        result = ImportResult(
                            shown,
                            "busy",
                            Message(
                                "another khdesk is importing this bundle right now: import it "
                                "again once it has finished."
                            ),
                        )
                    else:
                        with database.transaction(patient=True) as session:
                            result = _import_checked(session, signed, shown, folder.attachments)
                            # the other analysts' windows read what the bundle brought
                            note_everything(session)
            finally:
                signed.archive.close()
    except KhdeskError as error:
        result = ImportResult(shown, "rejected", error.message)
    except Exception as exc:  # a file khdesk cannot make sense of must not stop the other files
        # the frames and the type only: the message may quote a record's personal data
        log.error(
            "bundle import failed unexpectedly: %s\n%s",
            type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)),
        )  # fmt: skip
        result = ImportResult(
            shown,
            "rejected",
            Message(
                "khdesk could not read this bundle (an internal error, written to the log): ask "
                "the sender to export it again, and report it if it happens again."
            ),
        )
    result.file = shown
    if result.status in ("rejected", "quarantined"):
        _remember_refusal(database, result)
    if result.status == "imported":
        _file_into(received, folder.inbox / "imported")
    elif result.status in ("already imported", "busy"):
        received.unlink(missing_ok=True)
    else:
        where = "quarantine" if result.status == "quarantined" else "rejected"
        set_aside(received, folder.inbox / where, str(result.reason or ""))
    return result


@contextmanager
def _bundle_turn(folder: DataFolder, bundle_id: Any) -> Iterator[bool]:
    """This importer's turn at a bundle: True once no other importer holds it (waiting for as
    long as a national import may take), False when the wait ran out. The lock file is named
    by a hash of the bundle's id, never by the id itself."""
    digest = hashlib.sha256(str(bundle_id).encode()).hexdigest()[:32]
    locks = folder.inbox / "locks"
    try:
        locks.mkdir(parents=True, exist_ok=True)
        lock = FileLock(locks / f"{digest}.lock")
        held = lock.acquire(wait_s=PATIENT_BUSY_TIMEOUT_MS / 1000)
    except OSError as exc:
        raise file_problem(locks / f"{digest}.lock", exc) from None
    try:
        yield held
    finally:
        lock.release()
        if held:
            (locks / f"{digest}.lock").unlink(missing_ok=True)


def _remember_refusal(database: Any, result: ImportResult) -> None:
    """A refused or quarantined file in the sync history, with the reason (its own record: the
    import itself was rolled back, and a later import of the same bundle must still apply)."""
    try:
        with database.transaction() as session:
            session.add(
                Bundle(id=new_id(), direction="in", device_id="", seq_from=0, seq_to=0,
                       file_name=result.file, status=result.status,
                       reason=kept_reason(result.reason))
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
    reason: Message | None

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat(), "reason": str(self.reason or "")}


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
                         b.file_name or "", stored_reason(b.reason))
        )  # fmt: skip
    return entries


def _inbox_name(name: str) -> str:
    """A name for a copy in the inbox, made by khdesk: a time, a random part, and the sender's
    name reduced to letters, digits and ``.-_`` so that it can never be a path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    plain = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[-48:] or "bundle"
    return f"{stamp}-{secrets.token_hex(4)}-{plain}"


def _receive(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` under a name no other file has, complete or absent."""
    target = folder / _inbox_name(path.name)
    try:
        source = path.open("rb")
    except OSError as exc:
        raise file_problem(path, exc, doing="read") from None
    with source, replacing(target) as copy:
        copied = 0
        while chunk := source.read(1024 * 1024):
            copied += len(chunk)
            if copied > MAX_BUNDLE_BYTES:  # the file grew after it was measured
                raise _too_large(path)
            copy.write(chunk)
    return target


def _file_into(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    os.replace(path, target)
    return target


def set_aside(path: Path, folder: Path, reason: str) -> None:
    """Move a refused file into ``folder`` with a note saying why."""
    target = _file_into(path, folder)
    write_whole(target.with_name(target.name + ".reason.txt"), (reason + "\n").encode("utf-8"))


__all__ = [
    "DONE",
    "HistoryEntry",
    "ImportResult",
    "NothingToSend",
    "export_changes",
    "export_reference",
    "history",
    "import_changes",
    "import_file",
    "import_reference",
    "set_aside",
    "utcnow",
]
