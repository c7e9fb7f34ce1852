"""People's rights over their data: withdrawing consent, erasure, and the retention setting.

(A person's record, the right of access, is ``person_record``; correcting their details is the
People page's Edit, ``persons.edit_person``.)

* **Withdrawing consent** erases the person's phone and e-mail and sets ``consent`` to false;
  their name, sector and attendances stay, so they are still counted.
* **Erasure** replaces the name with a pseudonym (``× `` and eight digits from the record's id)
  and empties organisation, position, contacts and consent; the name is also erased from the
  proposals, questions, speeches and agenda items that name the person. Attendances and the
  sector stay, so every count stays right, and at headquarters the records of one person erased
  together are still counted once (``Erasure.identity_id``).
* **Retention** erases the contacts of persons not seen at a meeting for a number of months.

Each act is written as a change of the records this installation owns (so it travels in the
next bundle, like every write), logged with the names of the fields it changed and never their
values; the earlier log entries and amendments of those records lose the erased values too.
A record another device owns (every record at headquarters is a region's) is erased in place,
without a new version: its owner's next bundle would otherwise bring it back, so the
``Erasure`` register keeps the person erased whatever bundle arrives later (``enforce``, after
every import at headquarters). Headquarters sends the register (ids only) in every reference
bundle; a region applies it to the records it holds (``apply_register``), and its next bundle
brings its own erased versions back. docs/people.md ("People's rights") describes it for users.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import text
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.names import is_erased_name, pseudonym, stored_keys
from khdesk.domain.vocabulary import ChangeOp, ErasureKind, Role
from khdesk.services.changes import note_record
from khdesk.services.common import get_live
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.services.recorder import ERASED, Actor, Recorder
from khdesk.storage.models import (
    AgendaItem,
    Amendment,
    Attendance,
    ChangeLog,
    Erasure,
    Meeting,
    Person,
    Proposal,
    Question,
    Speech,
    SyncRecord,
    TextAmendment,
    utcnow,
)

#: The meta key of the retention setting: months, or empty when contacts are kept.
RETENTION = "retention_months"
MAX_RETENTION_MONTHS = 120
#: The reasons written in the change log.
REASONS = {
    ChangeOp.ERASE: "erased at the person's request",
    ChangeOp.WITHDRAW: "consent withdrawn",
    ChangeOp.EXPIRE: "contacts kept longer than the retention setting",
}
#: Values the change log and amendments must not keep of an erased person.
_ERASED_LOG_FIELDS = frozenset(
    {"full_name", "name_key", "search_key", "order_kk", "order_ru", "organisation", "position",
     "phone", "email", "author_name", "asker_name", "speaker", "rapporteur"}
)  # fmt: skip
_CONTACT_LOG_FIELDS = frozenset({"phone", "email", "search_key"})
#: The records that name a person, by the column that names them and the fields with the name.
_NAMING: tuple[tuple[type[SyncRecord], str, tuple[str, ...]], ...] = (
    # a proposal's organisation is its author's, as typed beside the name
    (Proposal, "author_person_id", ("author_name", "organisation")),
    (Question, "asker_person_id", ("asker_name",)),
    (Speech, "person_id", ("speaker",)),
    (AgendaItem, "rapporteur_person_id", ("rapporteur",)),
    (TextAmendment, "proposer_person_id", ("proposer_name",)),
)
#: The columns of each table that name a person (a record naming an erased person that differs
#: from the stored one only by the erased name is not a collision).
PERSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("id",),
    **{str(model.__tablename__): (column,) for model, column, _ in _NAMING},
}


@dataclass(frozen=True)
class Act:
    """What one act changed: the persons (records) and the records naming them."""

    kind: ChangeOp
    persons: int
    named: int


# --- what each act changes ---------------------------------------------------------------------


def _person_changes(person: Person, op: ChangeOp, at: dt.datetime) -> dict[str, Any]:
    if op is ChangeOp.ERASE:
        name = pseudonym(person.id)
        return {
            "full_name": name,
            **stored_keys(name),
            "organisation": None,
            "position": None,
            "phone": None,
            "email": None,
            "consent": False,
            "consent_at": None,
            "consent_method": None,
            "contacts_erased_at": person.contacts_erased_at or at,
            "erased_at": person.erased_at or at,
        }
    changes: dict[str, Any] = {
        "phone": None,
        "email": None,
        "search_key": stored_keys(person.full_name, person.organisation)["search_key"],
        "contacts_erased_at": person.contacts_erased_at or at,
    }
    if op is ChangeOp.WITHDRAW:
        changes |= {"consent": False, "consent_at": None, "consent_method": None}
    return changes


def _needs(person: Person, op: ChangeOp) -> bool:
    """Whether the act would still change anything of the person's record."""
    if op is ChangeOp.ERASE:
        return person.erased_at is None or not is_erased_name(person.full_name, person.id)
    if op is ChangeOp.WITHDRAW:
        return bool(person.phone or person.email or person.consent or person.consent_at)
    return bool(person.phone or person.email)


def _naming_changes(
    model: type[SyncRecord], fields: Sequence[str], person_id: str
) -> dict[str, Any]:
    # a speech needs its speaker: the pseudonym stands in; the other names are simply gone
    return {name: pseudonym(person_id) if model is Speech else None for name in fields}


# --- writing -----------------------------------------------------------------------------------


class _Writer:
    """Writes one act: through the ``Recorder`` for the records this installation owns, in place
    for the others; then removes the erased values from the log and the amendments."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.recorder = Recorder(session, actor)
        self.touched: dict[str, set[str]] = {}
        self.persons = 0
        self.named = 0

    def write(self, record: SyncRecord, changes: dict[str, Any], op: ChangeOp) -> bool:
        if not any(getattr(record, name) != value for name, value in changes.items()):
            return False
        table = str(record.__tablename__)
        self.touched.setdefault(table, set()).add(record.id)
        if self.recorder.owns(record):
            return self.recorder.erase(record, changes, op, REASONS[op])
        for name, value in changes.items():
            setattr(record, name, value)
        self.session.add(record)
        self.session.flush()
        note_record(self.session, table, None)
        return True

    def person(self, person: Person, op: ChangeOp, at: dt.datetime) -> None:
        if _needs(person, op) and self.write(person, _person_changes(person, op, at), op):
            self.persons += 1
        if op is ChangeOp.ERASE:
            for model, column, fields in _NAMING:
                query = select(model).where(col(getattr(model, column)) == person.id)
                for record in self.session.exec(query.order_by(col(model.id))):
                    if self.write(record, _naming_changes(model, fields, person.id), op):
                        self.named += 1

    def scrub_history(self, op: ChangeOp) -> None:
        """Remove the erased values from the log entries and amendments of what was written."""
        fields = _ERASED_LOG_FIELDS if op is ChangeOp.ERASE else _CONTACT_LOG_FIELDS
        ids = sorted({record_id for ids in self.touched.values() for record_id in ids})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for entry in self.session.exec(
                select(ChangeLog).where(col(ChangeLog.record_id).in_(chunk))
            ):
                cleaned = _cleaned(entry.changes, fields)
                if cleaned != entry.changes:
                    entry.changes = cleaned
                    self.session.add(entry)
            for amendment in self.session.exec(
                select(Amendment).where(col(Amendment.record_id).in_(chunk))
            ):
                cleaned = _cleaned(amendment.changes, fields)
                if cleaned is not None and cleaned != amendment.changes:
                    if self.recorder.owns(amendment):  # a new version, which travels
                        self.recorder.erase(amendment, {"changes": cleaned}, op, REASONS[op])
                    else:
                        amendment.changes = cleaned
                        self.session.add(amendment)
                # the amendment's own log entries quote the changes it holds
                for entry in self.session.exec(
                    select(ChangeLog).where(
                        ChangeLog.table_name == "amendment", ChangeLog.record_id == amendment.id
                    )
                ):
                    nested = _cleaned_nested(entry.changes, fields)
                    if nested != entry.changes:
                        entry.changes = nested
                        self.session.add(entry)
        self.session.flush()

    def done(self, op: ChangeOp) -> Act:
        self.scrub_history(op)
        return Act(op, self.persons, self.named)


def _object(changes: str | None) -> dict[str, Any] | None:
    """A log entry's or an amendment's ``changes`` as the object it is (None: anything else)."""
    if not changes:
        return None
    try:
        values = orjson.loads(changes)
    except orjson.JSONDecodeError:
        return None
    return values if isinstance(values, dict) else None


def _cleaned_nested(changes: str | None, fields: frozenset[str]) -> str | None:
    """A log entry of an amendment: its ``changes`` field's values are amendments' changes."""
    values = _object(changes)
    pair = values.get("changes") if values is not None else None
    if values is None or not isinstance(pair, list):
        return changes
    values["changes"] = [
        _cleaned(value, fields) if isinstance(value, str) else value for value in pair
    ]
    return orjson.dumps(values).decode()


def _cleaned(changes: str | None, fields: frozenset[str]) -> str | None:
    values = _object(changes)
    if values is None:
        return changes
    for name, pair in values.items():
        if name in fields and isinstance(pair, list):
            values[name] = [ERASED if value is not None else None for value in pair]
    return orjson.dumps(values).decode()


# --- the acts ----------------------------------------------------------------------------------


def _at_headquarters(session: Session) -> bool:
    device = local_device(session)
    return device is not None and device.role == Role.HQ.value


def _one_person(session: Session, person_id: str) -> list[Person]:
    """The records of the person: at headquarters every record counted as the same person,
    and everywhere the records merged into one of them (tombstones that keep their details)."""
    person = get_live(session, Person, person_id, what=Label("person"))
    ids = {person.id}
    if _at_headquarters(session):
        from khdesk.services import identities

        identity = identities.identity_of(session, person.id)
        members = session.connection().execute(
            text("SELECT person_id FROM personidentity WHERE identity_id = :i"), {"i": identity}
        )
        ids |= {str(member) for (member,) in members}
    wanted = set(ids)
    while wanted:  # records merged into these, and into those, …
        query = select(Person.id).where(
            col(Person.merged_into_id).in_(sorted(wanted)), col(Person.id).not_in(sorted(ids))
        )
        wanted = set(session.exec(query))
        ids |= wanted
    found = session.exec(select(Person).where(col(Person.id).in_(sorted(ids))))
    return sorted(found, key=lambda p: (p.deleted, p.id))


def _register(
    session: Session, persons: Iterable[Person], kind: ErasureKind, origin: str, at: dt.datetime
) -> None:
    persons = list(persons)
    live = [p.id for p in persons if not p.deleted] or [p.id for p in persons]
    identity = min(live) if live else None
    for person in persons:
        entry = session.get(Erasure, person.id)
        if entry is None:
            entry = Erasure(person_id=person.id, identity_id=identity, kind=kind.value,
                            asked_at=at, origin=origin)  # fmt: skip
        elif kind is ErasureKind.ERASE:
            entry.kind = kind.value
        session.add(entry)
    session.flush()


def withdraw_consent(session: Session, actor: Actor, person_id: str) -> Act:
    """The person withdrew their consent: their phone and e-mail are erased, ``consent`` is
    false; their name and attendances stay."""
    persons = [p for p in _one_person(session, person_id) if p.erased_at is None]
    if not persons:
        raise InvalidInput("this person is erased already: nothing of them is left to withdraw.")
    if not any(_needs(p, ChangeOp.WITHDRAW) for p in persons):
        raise InvalidInput(
            "this person gave no consent and left no contacts: there is nothing to withdraw."
        )
    at = utcnow()
    writer = _Writer(session, actor)
    for person in persons:
        writer.person(person, ChangeOp.WITHDRAW, at)
    _register(session, persons, ErasureKind.WITHDRAW, "here", at)
    return writer.done(ChangeOp.WITHDRAW)


def erase_person(session: Session, actor: Actor, person_id: str) -> Act:
    """Erase a person at their request: a pseudonym for the name, nothing else that identifies
    them, here and (by the next bundles) wherever their record went; counts stay right."""
    persons = _one_person(session, person_id)
    if all(p.erased_at is not None for p in persons if not p.deleted):
        raise InvalidInput("this person is erased already.")
    at = utcnow()
    writer = _Writer(session, actor)
    for person in persons:
        writer.person(person, ChangeOp.ERASE, at)
    _register(session, persons, ErasureKind.ERASE, "here", at)
    return writer.done(ChangeOp.ERASE)


# --- keeping them erased -----------------------------------------------------------------------


def register(session: Session) -> dict[str, str]:
    """The register: person id -> what they asked (``erase`` or ``withdraw``)."""
    return {str(p): str(k) for p, k in session.exec(select(Erasure.person_id, Erasure.kind))}


def _erased_elsewhere(session: Session, among: set[str] | None = None) -> list[Person]:
    """Persons a bundle brought erased, or with their contacts erased, not yet in the register
    (of ``among`` only, when given)."""
    query = select(Person).where(
        (col(Person.erased_at).is_not(None)) | (col(Person.contacts_erased_at).is_not(None)),
        col(Person.id).not_in(select(Erasure.person_id)),
    )
    if among is None:
        return list(session.exec(query))
    return [
        p
        for chunk in _in_chunks(among)
        for p in session.exec(query.where(col(Person.id).in_(chunk)))
    ]


def _kind_of(person: Person) -> ErasureKind:
    if person.erased_at is not None:
        return ErasureKind.ERASE
    return ErasureKind.EXPIRE if person.consent else ErasureKind.WITHDRAW


def _matching_before(
    session: Session, person_id: str, phone: Any, email: Any, key: Any, organisation: Any
) -> str | None:
    """Another record that shares a detail the person's record had before an erasure arrived
    (a phone, an e-mail, or the name with the organisation): the one they were counted as."""
    conditions, values = [], {"p": person_id}
    if phone:
        conditions.append("phone = :phone")
        values["phone"] = phone
    if email:
        conditions.append("lower(email) = :email")
        values["email"] = str(email).lower()
    if key and organisation:
        conditions.append("(name_key = :key AND organisation = :organisation)")
        values |= {"key": key, "organisation": organisation}
    if not conditions:
        return None
    found = session.connection().execute(
        text(
            "SELECT min(id) FROM person WHERE id != :p AND erased_at IS NULL AND deleted = false "
            f"AND ({' OR '.join(conditions)})"
        ),
        values,
    )
    first = found.scalar()
    return str(first) if first is not None else None


def note_arriving(
    session: Session, names: Sequence[str], stored: dict[Any, tuple[Any, ...]], rows: Iterable[Any]
) -> None:
    """Before a bundle's person records replace the stored ones (``sync._apply_batch``): those
    arriving erased, or with their contacts erased, go into the register with the record they
    were counted as one with, worked out from the stored details they are about to lose."""
    at = {name: index for index, name in enumerate(names)}
    known = set(register(session))
    for values in rows:
        person_id = values[at["id"]]
        old = stored.get(person_id)
        if old is None or person_id in known:
            continue
        erased = values[at["erased_at"]] is not None and old[at["erased_at"]] is None
        lost = values[at["contacts_erased_at"]] is not None and (
            old[at["phone"]] or old[at["email"]]
        )
        if not (erased or lost):
            continue
        if erased:
            kind = ErasureKind.ERASE
        else:
            kind = ErasureKind.EXPIRE if values[at["consent"]] else ErasureKind.WITHDRAW
        identity = _matching_before(
            session, person_id, old[at["phone"]], old[at["email"]], old[at["name_key"]],
            old[at["organisation"]],
        )  # fmt: skip
        session.add(
            Erasure(person_id=person_id, identity_id=identity or person_id, kind=kind.value,
                    asked_at=utcnow(), origin="region")
        )  # fmt: skip
        known.add(person_id)


def _identity_kept(session: Session, person: Person) -> str | None:
    """A record the person was counted as one with before the erasure arrived (one that still
    has its details), so that they are counted once still."""
    rows = session.connection().execute(
        text(
            "SELECT m.person_id FROM personidentity AS i JOIN personidentity AS m "
            "ON m.identity_id = i.identity_id JOIN person AS p ON p.id = m.person_id "
            "WHERE i.person_id = :p AND m.person_id != :p AND p.erased_at IS NULL "
            "ORDER BY m.person_id LIMIT 1"
        ),
        {"p": person.id},
    )
    found = rows.scalar()
    return str(found) if found is not None else None


@dataclass
class Arrived:
    """What a bundle's records name, collected while it is imported, so that ``enforce`` looks
    only at the persons it brought: their own records, the records naming them, and the records
    its amendments change."""

    persons: set[str] = field(default_factory=set)
    records: set[str] = field(default_factory=set)

    def note(self, table: str, rows: Iterable[Any]) -> None:
        columns = PERSON_COLUMNS.get(table, ())
        for row in rows:
            if not isinstance(row, dict):
                continue
            self.persons.update(str(row[c]) for c in columns if row.get(c))
            if table == "amendment" and row.get("record_id"):
                self.records.add(str(row["record_id"]))

    def person_ids(self, session: Session) -> set[str]:
        """The persons arrived, and those named by the records the amendments change."""
        found = set(self.persons)
        changed = sorted(self.records)
        for start in range(0, len(changed), 500):
            chunk = changed[start : start + 500]
            for model, column, _fields in _NAMING:
                named = select(getattr(model, column)).where(col(model.id).in_(chunk))
                found.update(str(p) for p in session.exec(named) if p)
        return found


def _in_chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    values = sorted(ids)
    for start in range(0, len(values), 500):
        yield values[start : start + 500]


def enforce(session: Session, actor: Actor, arrived: Arrived | None = None) -> Act:
    """Keep the register's persons erased (after a bundle's import: a record a region wrote
    before the erasure came back with it), and register the persons a bundle brought erased or
    with their contacts erased. With ``arrived``, only the persons the bundle named are looked
    at; without, every person."""
    persons = arrived.person_ids(session) if arrived is not None else None
    for person in _erased_elsewhere(session, persons):
        kind = _kind_of(person)
        session.add(
            Erasure(person_id=person.id, identity_id=_identity_kept(session, person) or person.id,
                    kind=kind.value, asked_at=person.erased_at or person.contacts_erased_at
                    or utcnow(), origin="region")
        )  # fmt: skip
    session.flush()
    if persons is None:
        return _apply_entries(session, actor, list(session.exec(select(Erasure))))
    entries: list[Erasure] = []
    for chunk in _in_chunks(persons):
        entries.extend(session.exec(select(Erasure).where(col(Erasure.person_id).in_(chunk))))
    return _apply_entries(session, actor, entries)


def _apply_entries(session: Session, actor: Actor, entries: Sequence[Erasure]) -> Act:
    """Keep the register's persons as they asked: an erased person erased (their log entries
    and amendments too), a withdrawn consent withdrawn unless the person consented again
    since; contacts erased by retention were erased where the record was written, and their
    entries only keep the person counted once."""
    writers = {op: _Writer(session, actor) for op in (ChangeOp.ERASE, ChangeOp.WITHDRAW)}
    by_id = {e.person_id: e for e in entries if e.kind != ErasureKind.EXPIRE.value}
    for start in range(0, len(by_id), 500):
        chunk = sorted(by_id)[start : start + 500]
        for person in session.exec(select(Person).where(col(Person.id).in_(chunk))):
            entry = by_id[person.id]
            if entry.kind == ErasureKind.ERASE:
                writer = writers[ChangeOp.ERASE]
                writer.person(person, ChangeOp.ERASE, entry.asked_at)
                # what earlier versions logged or amended, wherever they came from
                writer.touched.setdefault("person", set()).add(person.id)
                for model, column, _fields in _NAMING:
                    query = select(model.id).where(col(getattr(model, column)) == person.id)
                    ids = set(session.exec(query))
                    writer.touched.setdefault(str(model.__tablename__), set()).update(ids)
                continue
            renewed = person.consent_at is not None and _aware(person.consent_at) > _aware(
                entry.asked_at
            )
            if not renewed and _needs(person, ChangeOp.WITHDRAW):
                writers[ChangeOp.WITHDRAW].person(person, ChangeOp.WITHDRAW, entry.asked_at)
    acts = [writer.done(op) for op, writer in writers.items()]
    return Act(ChangeOp.ERASE, sum(a.persons for a in acts), sum(a.named for a in acts))


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


# --- the register in the reference bundle ------------------------------------------------------

#: The entry of a reference bundle that holds the register.
REGISTER_ENTRY = "reference/erasures.json"
#: The most entries a reference bundle's register may hold.
MAX_REGISTER = 1_000_000


def register_entry(session: Session) -> bytes:
    """The register as a reference bundle carries it: ids and kinds, nothing else."""
    rows = session.exec(
        select(Erasure)
        .where(Erasure.kind != ErasureKind.EXPIRE.value)
        .order_by(col(Erasure.person_id))
    )
    return orjson.dumps([{"person_id": e.person_id, "kind": e.kind} for e in rows])


def apply_register(
    session: Session, actor: Actor, entries: Sequence[tuple[str, ErasureKind]]
) -> Act:
    """Apply headquarters' register at a region: the persons held here that headquarters
    erased, or whose consent was withdrawn there, are erased here too (as this installation's
    own writes, which go back in its next bundle)."""
    at = utcnow()
    fresh: list[Erasure] = []
    for person_id, kind in entries:
        entry = session.get(Erasure, person_id)
        if entry is not None and (entry.kind == ErasureKind.ERASE or kind is ErasureKind.WITHDRAW):
            fresh.append(entry)
            continue
        if session.get(Person, person_id) is None:
            continue  # another region's person
        if entry is None:
            entry = Erasure(person_id=person_id, identity_id=person_id, kind=kind.value,
                            asked_at=at, origin="headquarters")  # fmt: skip
        else:
            entry.kind = kind.value
        session.add(entry)
        fresh.append(entry)
    session.flush()
    return _apply_entries(session, actor, fresh)


# --- retention ---------------------------------------------------------------------------------


def retention_months(session: Session) -> int | None:
    value = get_meta(session, RETENTION)
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def set_retention_months(session: Session, months: int | None) -> None:
    """Keep contacts for ``months`` after a person was last seen (None: keep them)."""
    if months is not None and not 1 <= months <= MAX_RETENTION_MONTHS:
        raise InvalidInput(
            "the retention must be from 1 to {most} months, or none.", most=MAX_RETENTION_MONTHS
        )
    set_meta(session, RETENTION, str(months) if months else "")


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.year * 12 + day.month - 1 - months
    year, month = divmod(month, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def not_seen_since(session: Session, months: int, today: dt.date | None = None) -> list[Person]:
    """Persons with a phone or an e-mail whose last meeting (or, with none, whose record's last
    change) is more than ``months`` ago."""
    limit = _months_before(today or dt.date.today(), months)
    last_seen = (
        select(col(Attendance.person_id), col(Meeting.date))
        .join(Meeting, col(Meeting.id) == col(Attendance.meeting_id))
        .where(Attendance.deleted == False, Meeting.deleted == False)  # noqa: E712
    )
    seen: dict[str, dt.date] = {}
    for person_id, day in session.exec(last_seen):
        if day is not None and (person_id not in seen or day > seen[person_id]):
            seen[person_id] = day
    # removed and merged records too: their contacts are kept as long as anyone's
    query = select(Person).where(
        (col(Person.phone).is_not(None)) | (col(Person.email).is_not(None))
    )
    old = []
    for person in session.exec(query.order_by(col(Person.id))):
        last = seen.get(person.id) or person.updated_at.date()
        if last < limit:
            old.append(person)
    return old


def apply_retention(
    session: Session, actor: Actor, months: int | None = None, today: dt.date | None = None
) -> Act:
    """Erase the contacts of persons not seen for the retention setting's months (or
    ``months``); nothing when no retention is set."""
    months = months or retention_months(session)
    writer = _Writer(session, actor)
    if months:
        at = utcnow()
        for person in not_seen_since(session, months, today):
            # each installation's own records: headquarters' copies follow the regions' bundles
            if writer.recorder.owns(person):
                writer.person(person, ChangeOp.EXPIRE, at)
    return writer.done(ChangeOp.EXPIRE)
