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
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyrage
from pyrage import x25519
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, NotInitialised
from khdesk.domain.ids import new_id
from khdesk.domain.vocabulary import DeviceStatus, Role
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.storage.database import SCHEMA_REVISION
from khdesk.storage.models import (
    REFERENCE_TABLES,
    SYNC_TABLES,
    Bundle,
    Device,
    SyncRecord,
    utcnow,
)
from khdesk.sync import keys
from khdesk.sync.bundles import (
    BundleRejected,
    jsonl,
    read_signed_zip,
    write_file_safely,
    write_signed_zip,
)

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
    entries: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for name, model in TABLES.items():
        rows = session.exec(
            select(model).where(model.device_id == me.id, model.seq > ack).order_by(col(model.seq))
        ).all()
        if rows:
            entries[f"tables/{name}.jsonl"] = jsonl([row.model_dump() for row in rows])
            counts[name] = len(rows)
            if name == "attachment":
                for row in rows:
                    sha = str(getattr(row, "sha256", ""))
                    stored = attachments_dir / sha[:2] / sha
                    if sha and stored.is_file():
                        entries[f"attachments/{sha}"] = stored.read_bytes()
    bundle_id = new_id()
    manifest = {
        "kind": "changes",
        "schema": SCHEMA_REVISION,
        "bundle_id": bundle_id,
        "device_id": me.id,
        "region": me.region_kato,
        "seq_from": ack + 1,
        "seq_to": me.last_seq,
        "counts": counts,
    }
    plain = write_signed_zip(manifest, entries, keys_dir)
    encrypted = pyrage.encrypt(plain, [x25519.Recipient.from_str(r) for r in recipients])
    write_file_safely(path, encrypted)
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


def _decrypt(data: bytes, keys_dir: Path) -> bytes:
    identities = []
    for name in (keys.HQ_IDENTITY, keys.RECOVERY_IDENTITY):
        key_file = keys_dir / name
        if key_file.is_file():
            identities.append(x25519.Identity.from_str(key_file.read_text().strip()))
    if not identities:
        raise NotInitialised("headquarters' decryption key is missing from keys/: restore it.")
    try:
        return bytes(pyrage.decrypt(data, identities))
    except Exception:  # pyrage raises its own error types for every kind of bad input
        raise BundleRejected(
            "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to "
            "this headquarters; ask the region to export it again."
        ) from None


def _apply(session: Session, tables: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, int], int]:
    """Insert or update records by version, in the order foreign keys need."""
    counts: dict[str, int] = {}
    collisions = 0
    for name, model in TABLES.items():
        for row in tables.get(name, []):
            incoming: SyncRecord = model.model_validate(row)
            existing = session.get(model, incoming.id)
            if existing is None:
                session.add(incoming)
            elif incoming.version > existing.version:
                for key, value in incoming.model_dump().items():
                    setattr(existing, key, value)
                session.add(existing)
            elif incoming.version == existing.version:
                if incoming.model_dump() != existing.model_dump():
                    collisions += 1  # never overwritten silently
                continue
            else:
                continue  # a stale copy of something already newer (a deletion wins this way)
            counts[name] = counts.get(name, 0) + 1
        session.flush()
    return counts, collisions


def import_changes(
    session: Session, path: Path, keys_dir: Path, attachments_dir: Path
) -> ImportResult:
    """Check and apply one change bundle (the caller's transaction makes it all or nothing)."""
    _me(session, Role.HQ)
    signed = read_signed_zip(_decrypt(_read(path), keys_dir))
    manifest = signed.manifest
    if manifest.get("kind") != "changes":
        raise BundleRejected("this is not a region's bundle of changes: refused.")
    if str(manifest.get("schema")) > SCHEMA_REVISION:
        raise BundleRejected(
            "the bundle comes from a newer khdesk: update headquarters, then import it again."
        )
    bundle_id, device_id = str(manifest.get("bundle_id")), str(manifest.get("device_id"))
    device = session.get(Device, device_id)
    if device is None or device.status == DeviceStatus.REVOKED or not device.public_key:
        return ImportResult(
            path.name, "quarantined",
            "the bundle comes from a device that is not enrolled (or was revoked): enrol its "
            "card, then import the bundle again.",
        )  # fmt: skip
    signed.verify(device.public_key)
    entries = signed.entries()
    if session.get(Bundle, bundle_id) is not None:
        return ImportResult(path.name, "already imported")
    tables = {
        name.removeprefix("tables/").removesuffix(".jsonl"): [
            orjson.loads(line) for line in data.splitlines() if line.strip()
        ]
        for name, data in entries.items()
        if name.startswith("tables/")
    }
    unknown = set(tables) - set(TABLES)
    if unknown or any(r.get("device_id") != device_id for rows in tables.values() for r in rows):
        raise BundleRejected("the bundle holds records of another device: refused.")
    for name, data in entries.items():
        if name.startswith("attachments/"):
            sha = name.removeprefix("attachments/")
            target = attachments_dir / sha[:2] / sha
            if not target.exists():
                write_file_safely(target, data)
    try:
        counts, collisions = _apply(session, tables)
    except (ValueError, TypeError, IntegrityError) as exc:
        raise BundleRejected(
            f"the bundle holds an invalid record ({exc.__class__.__name__}): refused."
        ) from None
    session.add(
        Bundle(id=bundle_id, direction="in", device_id=device_id,
               seq_from=int(manifest.get("seq_from", 0)), seq_to=int(manifest.get("seq_to", 0)),
               records=sum(counts.values()), file_name=path.name, status="imported")
    )  # fmt: skip
    device.last_seq = max(device.last_seq, int(manifest.get("seq_to", 0)))
    session.add(device)
    session.flush()
    return ImportResult(path.name, "imported", counts=counts, collisions=collisions)


def import_file(database: Any, path: Path, data_dir: Path) -> ImportResult:
    """Import one bundle file in its own transaction, setting a refused file aside with the
    reason (``inbox/rejected``) and one from an unknown device until it is enrolled
    (``inbox/quarantine``). The command line and the window's inbox both come through here."""
    from khdesk.domain.errors import KhdeskError

    try:
        with database.transaction() as session:
            result = import_changes(session, path, data_dir / "keys", data_dir / "attachments")
    except KhdeskError as error:
        result = ImportResult(path.name, "rejected", str(error))
        if path.exists():
            set_aside(path, data_dir / "inbox" / "rejected", str(error))
    if result.status == "quarantined" and path.exists():
        set_aside(path, data_dir / "inbox" / "quarantine", result.reason or "")
    return result


def set_aside(path: Path, folder: Path, reason: str) -> None:
    """Move a refused file into ``folder`` with a note saying why."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{path.name}"
    shutil.move(str(path), target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")


__all__ = [
    "ImportResult",
    "export_changes",
    "export_reference",
    "import_changes",
    "import_file",
    "import_reference",
    "set_aside",
    "utcnow",
]
