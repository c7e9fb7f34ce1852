"""The one path by which services write syncable records: version, sequence and change log.

Every insert, update or deletion of a ``SyncRecord`` goes through a ``Recorder``, which gives the
write the device's next gapless sequence number, raises the record's version, and appends a
``ChangeLog`` entry saying who changed what. Records of another device are never edited here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson
from sqlalchemy import text
from sqlmodel import Session

from khdesk.domain.errors import ChangedMeanwhile, ReadOnly
from khdesk.domain.vocabulary import ChangeOp, Role
from khdesk.services.changes import note_record
from khdesk.storage.models import Amendment, ChangeLog, Device, SyncRecord, utcnow

R = TypeVar("R", bound=SyncRecord)

#: Fields of the sync identity, which the recorder sets and change entries do not repeat.
IDENTITY_FIELDS = frozenset({"id", "version", "device_id", "seq", "deleted", "updated_at"})
#: Contacts are logged as changed but never by value: withdrawing consent must erase them, and
#: the change log (which travels to headquarters) would otherwise keep them.
REDACTED_FIELDS = frozenset({"phone", "email", "search_key"})
REDACTED = "(contact withheld)"
#: What the change log keeps of a value erased at a person's request (``services.rights``).
ERASED = "(erased)"


@dataclass(frozen=True)
class Actor:
    """Who is writing: this installation's device and the name of the person at the keyboard."""

    device_id: str
    name: str | None = None


def _logged(name: str, old: Any, new: Any) -> list[Any]:
    if name in REDACTED_FIELDS:
        return [None if old is None else REDACTED, None if new is None else REDACTED]
    return [_plain(old), _plain(new)]


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _encode(changes: dict[str, list[Any]]) -> str:
    return orjson.dumps(changes, default=str).decode()


def _meeting_of(session: Session, record: SyncRecord) -> str | None:
    """The meeting a record belongs to (a speech through its agenda item), if any."""
    if record.__tablename__ == "meeting":
        return record.id
    meeting_id = getattr(record, "meeting_id", None)
    if meeting_id is None and (item_id := getattr(record, "agenda_item_id", None)):
        from khdesk.storage.models import AgendaItem

        item = session.get(AgendaItem, item_id)
        meeting_id = item.meeting_id if item is not None else None
    return str(meeting_id) if meeting_id else None


def reserve_seq(session: Session, device_id: str, count: int = 1) -> int:
    """Take ``count`` sequence numbers for ``device_id``; returns the first of them.

    The counter lives in the device's row and is raised inside the caller's transaction, so a
    rolled-back write gives its numbers back and the sequence stays gapless.
    """
    last = (
        session.connection()
        .execute(
            text("UPDATE device SET last_seq = last_seq + :n WHERE id = :id RETURNING last_seq"),
            {"n": count, "id": device_id},
        )
        .scalar_one()
    )
    return int(last) - count + 1


class Recorder:
    """Writes records on behalf of one actor within one session."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    def _log(
        self,
        record: SyncRecord,
        op: ChangeOp,
        changes: dict[str, list[Any]] | None,
        reason: str | None,
    ) -> None:
        meeting_id = _meeting_of(self.session, record)
        note_record(self.session, str(record.__tablename__), meeting_id)
        self.session.add(
            ChangeLog(
                device_id=self.actor.device_id,
                seq=record.seq,
                at=record.updated_at,
                actor=self.actor.name,
                table_name=str(record.__tablename__),
                record_id=record.id,
                version=record.version,
                op=op.value,
                changes=_encode(changes) if changes else None,
                reason=reason,
            )
        )
        if reason and changes and meeting_id and not isinstance(record, Amendment):
            # a change to a closed meeting: a record of its own, which travels with the meeting
            # and which the protocol lists among its amendments
            self.add(
                Amendment(
                    meeting_id=meeting_id,
                    table_name=str(record.__tablename__),
                    record_id=record.id,
                    changes=_encode(changes),
                    reason=reason,
                    author=self.actor.name,
                    amended_at=record.updated_at,
                    device_id=self.actor.device_id,
                    seq=0,
                )
            )

    def _stamp(self, record: SyncRecord) -> None:
        record.device_id = self.actor.device_id
        record.seq = reserve_seq(self.session, self.actor.device_id)
        record.updated_at = utcnow()

    def _claim(self, record: SyncRecord) -> None:
        """Raise the stored version by one, only if it is still the one read (the version is
        checked in the UPDATE itself: on a database several analysts share, a change another
        one committed meanwhile is never overwritten)."""
        table = type(record).__tablename__
        claimed = self.session.connection().execute(
            text(f"UPDATE {table} SET version = :new WHERE id = :id AND version = :old"),
            {"new": record.version + 1, "id": record.id, "old": record.version},
        )
        if claimed.rowcount != 1:
            raise ChangedMeanwhile(
                "this record was changed by someone else while you were working on it: "
                "nothing was saved; look at it again and redo the change."
            )
        record.version += 1

    def owns(self, record: SyncRecord) -> bool:
        """Whether this actor may write ``record`` as a new version."""
        return record.device_id == self.actor.device_id or self._both_headquarters(record)

    def _check_owner(self, record: SyncRecord) -> None:
        if not self.owns(record):
            raise ReadOnly(
                "this record was written on another device and only that device may change it; "
                "record headquarters' view as a review instead."
            )

    def _both_headquarters(self, record: SyncRecord) -> bool:
        # headquarters' workstations on one shared database are one owner: each analyst may
        # change what another wrote there (a review, a decision), as its own device
        writer = self.session.get(Device, record.device_id)
        actor = self.session.get(Device, self.actor.device_id)
        return (
            writer is not None and actor is not None
            and writer.role == actor.role == Role.HQ.value
        )  # fmt: skip

    def _apply(
        self, record: SyncRecord, changes: dict[str, Any], logged: Callable[..., list[Any]]
    ) -> dict[str, list[Any]]:
        """Set ``changes`` on ``record`` (owned here); the fields that changed, as ``logged``
        writes them in the change log."""
        self._check_owner(record)
        diff: dict[str, list[Any]] = {}
        for name, new in changes.items():
            if name in IDENTITY_FIELDS:
                raise ValueError(f"{name} is set by the recorder")
            old = getattr(record, name)
            if old != new:
                diff[name] = logged(name, old, new)
                setattr(record, name, new)
        return diff

    def add(self, record: R, *, reason: str | None = None) -> R:
        """Insert a new record as version 1."""
        record.version = 1
        record.deleted = False
        self._stamp(record)
        self.session.add(record)
        fields = {
            name: _logged(name, None, value)
            for name, value in record.model_dump().items()
            if name not in IDENTITY_FIELDS and value is not None
        }
        self._log(record, ChangeOp.AMEND if reason else ChangeOp.INSERT, fields, reason)
        self.session.flush()
        return record

    def update(self, record: R, changes: dict[str, Any], *, reason: str | None = None) -> bool:
        """Apply ``changes`` (field -> new value); True if anything really changed."""
        diff = self._apply(record, changes, _logged)
        if not diff:
            return False
        self._claim(record)
        self._stamp(record)
        self.session.add(record)
        self._log(record, ChangeOp.AMEND if reason else ChangeOp.UPDATE, diff, reason)
        self.session.flush()
        return True

    def erase(self, record: R, changes: dict[str, Any], op: ChangeOp, reason: str) -> bool:
        """Apply ``changes`` as ``update`` does, but log only which fields changed, never a
        value (the person's rights: an erasure must not live on in the log). No amendment is
        written for a closed meeting: the erasure is the person's right, not a correction."""
        diff = self._apply(record, changes, lambda _name, _old, _new: [ERASED, None])
        if not diff:
            return False
        self._claim(record)
        self._stamp(record)
        self.session.add(record)
        self.session.add(
            ChangeLog(
                device_id=self.actor.device_id, seq=record.seq, at=record.updated_at,
                actor=self.actor.name, table_name=str(record.__tablename__),
                record_id=record.id, version=record.version, op=op.value,
                changes=_encode(diff), reason=reason,
            )
        )  # fmt: skip
        note_record(self.session, str(record.__tablename__), _meeting_of(self.session, record))
        self.session.flush()
        return True

    def delete(self, record: SyncRecord, *, reason: str | None = None) -> None:
        """Mark the record deleted (a tombstone that travels, never a row that vanishes)."""
        self._check_owner(record)
        if record.deleted:
            return
        record.deleted = True
        self._claim(record)
        self._stamp(record)
        self.session.add(record)
        self._log(record, ChangeOp.DELETE, {"deleted": [False, True]}, reason)
        self.session.flush()

    def restore(self, record: SyncRecord, *, reason: str | None = None) -> None:
        """Bring a tombstoned record back (undo of a deletion)."""
        self._check_owner(record)
        if not record.deleted:
            return
        record.deleted = False
        self._claim(record)
        self._stamp(record)
        self.session.add(record)
        self._log(record, ChangeOp.UPDATE, {"deleted": [True, False]}, reason)
        self.session.flush()
