"""One person once: which person records at headquarters are one person, and the merge review
of those that may be.

Regions register people on their own laptops, so one person who came to a round table in Astana
and to an online session from Almaty is two records. Headquarters counts them once without
touching either record: every live person gets a ``PersonIdentity`` row (derived, never synced)
naming the one person they are, and the unique-persons figure (``stats.unique_persons``) counts
identities instead of records.

Two records are one person (a *strong match*) when they share

* a phone once normalised (``normal_phone``: +7 701 …, 8 701 …, 8 (701) …, 7701… are one number),
* an e-mail, whatever its case,
* a folded name (``names.name_key``) together with a folded organisation,

and the names of a phone's or an e-mail's records agree (``names.names_agree``: a family that
gives one phone is not one person), or an analyst decided they are (a ``PersonMatch`` decided
*same*). Identities are the union of these links; an identity's id is the smallest person id in
it, so the same records always give the same ids.

A *weak match* goes to the merge review as a ``PersonMatch`` owned by headquarters, *open*: the
same folded name alone (``MatchBasis.NAME``), the same words of a name in another order
(``NAME_ORDER``), or the same surname and given name with another patronymic or none
(``PATRONYMIC``). A pair already one person is never put to review, a pair decided *different*
never again, and a name shared by more than ``CROWDED`` persons is too common to say anything
about them (it is left out, and counted in ``Refreshed.crowded``).

``refresh(session)`` computes all of it (after every bundle import and on demand; after a
bundle that wrote no person and no pair it returns what it found last, ``SEEN``) and writes
the pairs it newly puts to review in bulk, each with the version, sequence number and change
entry the ``Recorder`` gives a record; ``decide`` and ``undo_decision`` write the analyst's
decisions, one at a time, through the ``Recorder`` and recompute the identities of the two
persons they concern. Nothing here ever writes a region's records. docs/people.md ("One
person once") describes it for users.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import text
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label, Message, NotFound, NotInitialised, ReadOnly
from khdesk.domain.names import fold, name_key, names_agree
from khdesk.domain.review import MoveRefused
from khdesk.domain.vocabulary import ChangeOp, MatchBasis, MatchDecision, Role
from khdesk.services.changes import note_record
from khdesk.services.installation import get_meta, local_device, set_meta
from khdesk.services.recorder import Actor, Recorder, reserve_seq
from khdesk.storage.bulk import BulkWriter
from khdesk.storage.models import ChangeLog, Meeting, PersonMatch, utcnow
from khdesk.storage.numbers import meeting_number

D = MatchDecision
#: A weak key shared by more records (of more identities) than this is a common name: its
#: records are not put to review pairwise.
CROWDED = 6
#: The decisions an analyst takes (``open`` is where a pair starts, and an undo may return it).
DECISIONS = (D.SAME, D.DIFFERENT, D.LATER)
#: The decisions that keep a pair in the review.
IN_REVIEW = (D.OPEN.value, D.LATER.value)
_MATCH_NAMESPACE = uuid.UUID("0c6f2f1e-8a47-4c43-9b1e-3c8d5e4a7b10")
_ORGANISATION_WORD = re.compile(r"\w+")
_NOT_DIGIT = re.compile(r"\D+")
_CHUNK = 500  # parameters of one IN (...)


def match_id_for(person_id: str, other_id: str) -> str:
    """The id of the review of two persons (whoever writes it first): one per pair."""
    first, second = sorted((person_id, other_id))
    return str(uuid.uuid5(_MATCH_NAMESPACE, f"{first}|{second}"))


def normal_phone(phone: str | None) -> str | None:
    """A phone's digits as one Kazakh number: 8 in front of eleven digits read as 7, ten digits
    starting with 7 given the country code; None for fewer than ten digits."""
    digits = _NOT_DIGIT.sub("", phone or "")
    if len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]
    elif len(digits) == 10 and digits[0] == "7":
        digits = "7" + digits
    return digits if len(digits) >= 10 else None


@functools.lru_cache(maxsize=4096)
def organisation_key(organisation: str | None) -> str:
    """An organisation folded, its words only (quotes and punctuation left out)."""
    return " ".join(_ORGANISATION_WORD.findall(fold(organisation or "")))


# --- the records and their links -----------------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    id: str
    full_name: str
    key: str  # name_key
    organisation: str
    phone: str | None
    email: str | None


def _record(row: Sequence[Any]) -> _Record:
    person_id, full_name, key, organisation, phone, email = row
    return _Record(
        id=str(person_id),
        full_name=str(full_name or ""),
        key=str(key or "") or name_key(str(full_name or "")),
        organisation=organisation_key(organisation),
        phone=normal_phone(phone),
        email=(email or "").strip().lower() or None,
    )


_PERSONS = (
    "SELECT id, full_name, name_key, organisation, phone, email FROM person WHERE deleted = false"
)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _in(session: Session, sql: str, ids: Iterable[str]) -> list[Any]:
    """``sql`` with ``{ids}`` the placeholders of each chunk of ``ids``; the rows of all."""
    rows: list[Any] = []
    values = sorted(set(ids))
    conn = session.connection()
    for chunk in _chunks(values):
        names = {f"i{n}": value for n, value in enumerate(chunk)}
        marks = ", ".join(f":{name}" for name in names)
        rows.extend(conn.execute(text(sql.format(ids=marks)), names))
    return rows


class _Union:
    """Union-find over person ids; a group's root is its smallest id."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {person_id: person_id for person_id in ids}

    def find(self, person_id: str) -> str:
        parent = self.parent
        root = person_id
        while parent[root] != root:
            root = parent[root]
        while parent[person_id] != root:
            parent[person_id], person_id = root, parent[person_id]
        return root

    def join(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            low, high = (a, b) if a < b else (b, a)
            self.parent[high] = low


def _may_agree(first: _Record, second: _Record) -> bool:
    """A quick test before ``names_agree``: every word of the shorter name begins with a letter
    some word of the longer begins with (a word or its initial)."""
    words = sorted((first.key.split(), second.key.split()), key=len)
    starts = {word[0] for word in words[1]}
    return all(word[0] in starts for word in words[0])


def _join_agreeing(union: _Union, group: list[_Record]) -> None:
    """Join the records sharing a phone or an e-mail whose names agree."""
    anchors: list[_Record] = []
    for record in group:
        for anchor in anchors:
            if record.key == anchor.key or (
                _may_agree(record, anchor) and names_agree(record.full_name, anchor.full_name)
            ):
                union.join(anchor.id, record.id)
                break
        else:
            anchors.append(record)


def _strong_union(records: Sequence[_Record], same: Iterable[tuple[str, str]]) -> _Union:
    union = _Union(record.id for record in records)
    by_key: dict[str, list[_Record]] = {}
    for record in records:
        if record.phone:
            by_key.setdefault("p" + record.phone, []).append(record)
        if record.email:
            by_key.setdefault("e" + record.email, []).append(record)
        if record.key and record.organisation:
            by_key.setdefault(f"n{record.key}|{record.organisation}", []).append(record)
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        if key[0] == "n":
            for record in group[1:]:
                union.join(group[0].id, record.id)
        else:
            _join_agreeing(union, sorted(group, key=lambda r: r.id))
    for first, second in same:
        if first in union.parent and second in union.parent:
            union.join(first, second)
    return union


# --- the matches as recorded ---------------------------------------------------------------------


def _merged_into(session: Session) -> dict[str, str]:
    """Each record a region merged into another: its id -> the id of the one kept."""
    return {
        str(merged): str(target)
        for merged, target in session.connection().execute(
            text(
                "SELECT id, merged_into_id FROM person "
                "WHERE merged_into_id IS NOT NULL AND deleted = true"
            )
        )
    }


def _resolve(person_id: str, merged: dict[str, str]) -> str:
    seen = {person_id}
    while person_id in merged and merged[person_id] not in seen:
        person_id = merged[person_id]
        seen.add(person_id)
    return person_id


@dataclass(frozen=True)
class _Recorded:
    person_id: str
    other_id: str
    decision: str
    deleted: bool


def _recorded(session: Session, *, same_only: bool = False) -> list[_Recorded]:
    """The pairs of the merge review (only the live ones decided the same, with ``same_only``:
    over ``ix_personmatch_decision``)."""
    sql = "SELECT person_id, other_id, decision, deleted FROM personmatch"
    if same_only:
        sql += " WHERE deleted = false AND decision = 'same'"
    return [
        _Recorded(str(a), str(b), str(decision), bool(deleted))
        for a, b, decision, deleted in session.connection().execute(text(sql))
    ]


def _same_pairs(
    session: Session, recorded: Iterable[_Recorded], merged: dict[str, str]
) -> list[tuple[str, str]]:
    """The pairs known to be one person: decided the same, or erased as one person (an erased
    record has nothing left to be matched by, ``services.rights``)."""
    pairs = [
        (_resolve(m.person_id, merged), _resolve(m.other_id, merged))
        for m in recorded
        if not m.deleted and m.decision == D.SAME
    ]
    erased = session.connection().execute(
        text("SELECT person_id, identity_id FROM erasure WHERE identity_id IS NOT NULL")
    )
    pairs.extend((str(p), _resolve(str(i), merged)) for p, i in erased if p != i)
    return pairs


# --- refresh -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refreshed:
    """What ``refresh`` found: live persons, the persons they are, and the review's news."""

    persons: int
    identities: int
    #: person records whose identity changed (new ones included)
    changed: int
    #: pairs newly put to review
    new_matches: int
    #: pairs in review now
    in_review: int
    #: common names left out of the review (shared by more than ``CROWDED`` persons)
    crowded: int

    def as_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _write_identities(session: Session, mapping: dict[str, str], *, scope: set[str] | None) -> int:
    """Make the ``personidentity`` rows of ``scope`` (every row when None) say ``mapping``; a
    person of the scope not in ``mapping`` loses their row. Returns how many rows changed."""
    conn = session.connection()
    if scope is None:
        existing = {str(p): str(i) for p, i in conn.execute(text("SELECT * FROM personidentity"))}
        gone = [person for person in existing if person not in mapping]
    else:
        existing = {
            str(p): str(i)
            for p, i in _in(
                session,
                "SELECT person_id, identity_id FROM personidentity WHERE person_id IN ({ids})",
                scope,
            )
        }
        gone = [person for person in existing if person not in mapping and person in scope]
    fresh = [
        {"p": person, "i": identity}
        for person, identity in mapping.items()
        if person not in existing
    ]
    moved = [
        {"p": person, "i": identity}
        for person, identity in mapping.items()
        if person in existing and existing[person] != identity
    ]
    if gone:
        conn.execute(
            text("DELETE FROM personidentity WHERE person_id = :p"), [{"p": p} for p in gone]
        )
    if moved:
        conn.execute(text("UPDATE personidentity SET identity_id = :i WHERE person_id = :p"), moved)
    if fresh:
        conn.execute(
            text("INSERT INTO personidentity (person_id, identity_id) VALUES (:p, :i)"), fresh
        )
    return len(gone) + len(moved) + len(fresh)


def _weak_keys(record: _Record) -> Iterator[tuple[MatchBasis, str]]:
    words = record.key.split()
    if not words:
        return
    yield MatchBasis.NAME, record.key
    if len(words) >= 2:
        yield MatchBasis.NAME_ORDER, " ".join(sorted(words))
        yield MatchBasis.PATRONYMIC, " ".join(words[:2])


def _differs(basis: MatchBasis, first: _Record, second: _Record) -> bool:
    """Whether two records sharing a key of ``basis`` are that kind of match (and no stronger)."""
    if basis == MatchBasis.NAME:
        return True
    if first.key == second.key:
        return False
    if basis == MatchBasis.NAME_ORDER:
        return True
    return sorted(first.key.split()) != sorted(second.key.split())


def _weak_pairs(
    records: Sequence[_Record], identity: dict[str, str]
) -> tuple[dict[tuple[str, str], tuple[MatchBasis, str, str]], int]:
    """Candidate pairs of identities, each with its basis and the two records that show it;
    and how many keys were too common to pair."""
    groups: dict[tuple[MatchBasis, str], list[_Record]] = {}
    for record in records:
        for basis, key in _weak_keys(record):
            groups.setdefault((basis, key), []).append(record)
    pairs: dict[tuple[str, str], tuple[MatchBasis, str, str]] = {}
    crowded = 0
    for basis in (MatchBasis.NAME, MatchBasis.NAME_ORDER, MatchBasis.PATRONYMIC):
        for (kind, _key), group in groups.items():
            if kind != basis or len(group) < 2:
                continue
            shown: dict[str, _Record] = {}
            for record in sorted(group, key=lambda r: r.id):
                shown.setdefault(identity[record.id], record)
            if len(shown) < 2:
                continue
            if len(shown) > CROWDED:
                crowded += 1
                continue
            ones = sorted(shown.items())
            for index, (first_identity, first) in enumerate(ones):
                for second_identity, second in ones[index + 1 :]:
                    pair = (first_identity, second_identity)
                    if pair not in pairs and _differs(basis, first, second):
                        pairs[pair] = (basis, first.id, second.id)
    return pairs, crowded


def _hq_actor(session: Session) -> Actor | None:
    device = local_device(session)
    if device is None or device.role != Role.HQ:
        return None
    return Actor(device_id=device.id, name=get_meta(session, "user_name"))


#: The ``meta`` key under which ``refresh`` keeps what it last read and found.
SEEN = "identities_seen"


def _fingerprint(session: Session) -> str:
    """What the identities are worked out from, in a few numbers: every write of a person or
    a pair raises its version, so a write anywhere changes the sums."""
    counts = (
        session.connection()
        .execute(
            text(
                "SELECT (SELECT count(*) FROM person), (SELECT sum(version) FROM person), "
                "(SELECT count(*) FROM personmatch), (SELECT sum(version) FROM personmatch), "
                "(SELECT count(*) FROM personidentity), (SELECT count(*) FROM erasure)"
            )
        )
        .one()
    )
    device = local_device(session)
    who = (device.id, device.role) if device is not None else ("-", "-")
    return ":".join(str(value or 0) for value in (*counts, *who))


def refresh(session: Session, *, force: bool = False) -> Refreshed:
    """Compute every live person's identity, and at headquarters put the weak matches not yet
    in review to it (open ``PersonMatch`` records). Only ``personidentity``, headquarters' own
    ``personmatch`` records and the ``meta`` row ``SEEN`` are written; a region's installation
    computes identities only.

    When no person and no pair was written since the last refresh (a bundle of proposals
    only), nothing is worked out again and the last result is returned (``force`` works it
    out all the same)."""
    before = _fingerprint(session)
    seen, _, last = (get_meta(session, SEEN) or "").partition(" ")
    if seen == before and last and not force:
        values = orjson.loads(last) | {"changed": 0, "new_matches": 0}
        return Refreshed(**values)
    result = _refresh_all(session)
    set_meta(session, SEEN, f"{_fingerprint(session)} {orjson.dumps(result.as_json()).decode()}")
    return result


_MATCH_COLUMNS = (
    "id", "version", "device_id", "seq", "deleted", "updated_at",
    "person_id", "other_id", "basis", "decision", "reviewer",
)  # fmt: skip
_LOG_COLUMNS = (
    "device_id", "seq", "at", "actor", "table_name", "record_id", "version", "op", "changes",
    "reason",
)  # fmt: skip


def _write_open(
    session: Session, actor: Actor, pairs: Sequence[tuple[str, str, MatchBasis]]
) -> None:
    """Put ``pairs`` (person, other, basis) to review as open ``PersonMatch`` records, in bulk:
    each as version 1 under this device's next sequence numbers (taken together from
    ``device.last_seq`` in the caller's transaction, so the sequence stays gapless), with its
    ``changelog`` entry (an insert, its fields not repeated, as for every record written in
    bulk). The first refresh of a national campaign writes tens of thousands of them."""
    if not pairs:
        return
    session.flush()  # the ORM's pending writes go first
    first = reserve_seq(session, actor.device_id, len(pairs))
    bulk = BulkWriter(session.connection())
    bulk.table("personmatch", _MATCH_COLUMNS)
    bulk.table("changelog", _LOG_COLUMNS)
    at = bulk.when(utcnow())
    device, insert, open_ = actor.device_id, ChangeOp.INSERT.value, D.OPEN.value
    for seq, (person_id, other_id, basis) in enumerate(pairs, start=first):
        match_id = match_id_for(person_id, other_id)
        bulk.add(
            "personmatch",
            (match_id, 1, device, seq, False, at, person_id, other_id, basis.value, open_, None),
        )
        bulk.add(
            "changelog",
            (device, seq, at, actor.name, "personmatch", match_id, 1, insert, None, None),
        )
    bulk.flush()
    note_record(session, "personmatch", None)


def _refresh_all(session: Session) -> Refreshed:
    records = [_record(row) for row in session.connection().execute(text(_PERSONS))]
    merged = _merged_into(session)
    recorded = _recorded(session)
    union = _strong_union(records, _same_pairs(session, recorded, merged))
    identity = {record.id: union.find(record.id) for record in records}
    changed = _write_identities(session, identity, scope=None)
    actor = _hq_actor(session)
    new = crowded = 0
    in_review = 0
    for match in recorded:  # the pairs still to decide, as ``count_in_review`` counts them
        if match.deleted or match.decision not in IN_REVIEW:
            continue
        first = identity.get(_resolve(match.person_id, merged))
        second = identity.get(_resolve(match.other_id, merged))
        in_review += first is not None and second is not None and first != second
    if actor is not None:
        candidates, crowded = _weak_pairs(records, identity)
        known = set()
        for match in recorded:
            known.add(tuple(sorted((match.person_id, match.other_id))))
            first = identity.get(_resolve(match.person_id, merged))
            second = identity.get(_resolve(match.other_id, merged))
            if first is not None and second is not None:
                known.add(tuple(sorted((first, second))))
        fresh: list[tuple[str, str, MatchBasis]] = []
        for pair, (basis, first_id, second_id) in sorted(candidates.items()):
            low, high = sorted((first_id, second_id))
            if pair in known or (low, high) in known:
                continue
            fresh.append((low, high, basis))
        _write_open(session, actor, fresh)
        new = len(fresh)
        in_review += new
    return Refreshed(
        persons=len(records),
        identities=len(set(identity.values())),
        changed=changed,
        new_matches=new,
        in_review=in_review,
        crowded=crowded,
    )


def _regroup(session: Session, person_ids: Iterable[str]) -> None:
    """Compute again the identities of ``person_ids`` and of everyone who shares one with them
    (a decision joins or splits only those)."""
    merged = _merged_into(session)
    persons = {_resolve(person_id, merged) for person_id in person_ids}
    identities = {
        str(i)
        for (i,) in _in(
            session, "SELECT identity_id FROM personidentity WHERE person_id IN ({ids})", persons
        )
    }
    members = persons | {
        str(p)
        for (p,) in _in(
            session, "SELECT person_id FROM personidentity WHERE identity_id IN ({ids})", identities
        )
    }
    records = [_record(row) for row in _in(session, _PERSONS + " AND id IN ({ids})", members)]
    union = _strong_union(records, _same_pairs(session, _recorded(session, same_only=True), merged))
    mapping = {record.id: union.find(record.id) for record in records}
    _write_identities(session, mapping, scope=members)


def identity_of(session: Session, person_id: str) -> str:
    """The identity of a person record (the person's own id when none is computed yet)."""
    merged = _merged_into(session)
    person_id = _resolve(person_id, merged)
    found = (
        session.connection()
        .execute(
            text("SELECT identity_id FROM personidentity WHERE person_id = :p"), {"p": person_id}
        )
        .scalar()
    )
    return str(found) if found is not None else person_id


# --- decisions -----------------------------------------------------------------------------------


#: How a decision is named in sentences and on the command line.
DECISION_NAMES = {
    D.OPEN: Label("not decided"),
    D.SAME: Label("the same person"),
    D.DIFFERENT: Label("different people"),
    D.LATER: Label("decide later"),
}


@dataclass(frozen=True)
class MatchStep:
    """One decision as written, for ``undo_decision``: the match, its decision and reviewer
    before, and its version right after (an undo refuses if it changed since)."""

    match_id: str
    before: dict[str, Any]
    version: int
    summary: Message


def require_headquarters(session: Session) -> None:
    """Refuse on a region's installation: the merge review is headquarters' own."""
    device = local_device(session)
    if device is None:
        raise NotInitialised("this installation has no identity yet: run 'khdesk init' first.")
    if device.role != Role.HQ:
        raise ReadOnly(
            "persons seen in several regions are reviewed at headquarters: this region's "
            "installation does not decide who is one person."
        )


def parse_decision(value: str) -> MatchDecision:
    cleaned = (value or "").strip().lower().replace("_", "-")
    for decision in DECISIONS:
        if cleaned == decision.value:
            return decision
    raise InvalidInput(
        "unknown decision '{value}': use same, different or later.", value=value.strip()
    )


def _match(session: Session, match_id: str) -> PersonMatch:
    match = session.get(PersonMatch, (match_id or "").strip())
    if match is None:
        raise NotFound(
            "no pair of persons with id {id} is in the merge review: check the id "
            "('khdesk persons duplicates' lists them).",
            id=(match_id or "").strip(),
        )
    if match.deleted:
        raise NotFound(
            "the pair of persons {id} was taken out of the merge review: refresh the list.",
            id=match.id,
        )
    return match


def _write(session: Session, actor: Actor, match: PersonMatch, after: dict[str, Any]) -> None:
    Recorder(session, actor).update(match, after)
    _regroup(session, (match.person_id, match.other_id))


def decide(session: Session, actor: Actor, match_id: str, decision: str) -> MatchStep:
    """Decide a pair of the merge review (same, different, later); the two persons' identities
    follow at once. Refused in one sentence, with nothing changed, for a pair that does not
    exist, was deleted, or already has that decision."""
    require_headquarters(session)
    chosen = parse_decision(decision)
    match = _match(session, match_id)
    if match.decision == chosen.value:
        raise MoveRefused(
            "this pair is already decided as «{decision}»: nothing to change.",
            decision=DECISION_NAMES[chosen],
        )
    before = {"decision": match.decision, "reviewer": match.reviewer}
    reviewer = actor.name or get_meta(session, "user_name")
    _write(session, actor, match, {"decision": chosen.value, "reviewer": reviewer})
    return MatchStep(
        match.id,
        before,
        match.version,
        Message("decided: {decision}", decision=DECISION_NAMES[chosen]),
    )


def undo_decision(session: Session, actor: Actor, step: MatchStep) -> MatchStep:
    """Take ``step`` back: a new version of the match with the decision it had before.
    Refused in one sentence if the pair was decided again since."""
    require_headquarters(session)
    match = _match(session, step.match_id)
    if match.version != step.version:
        raise MoveRefused("this pair was decided again since: decide it anew instead of undoing.")
    before = {"decision": match.decision, "reviewer": match.reviewer}
    _write(session, actor, match, dict(step.before))
    return MatchStep(
        match.id,
        before,
        match.version,
        Message("the decision was undone ({what})", what=step.summary),
    )


def last_step(session: Session, match_id: str) -> MatchStep:
    """The last decision of a pair as ``decide`` returned it, read from the change log (for an
    undo from the command line). Refused when the pair was never decided."""
    match = _match(session, match_id)
    entry = session.exec(
        select(ChangeLog)
        .where(ChangeLog.table_name == "personmatch", ChangeLog.record_id == match.id)
        .order_by(col(ChangeLog.version).desc())
    ).first()
    values = orjson.loads(entry.changes) if entry is not None and entry.changes else {}
    if entry is None or entry.version != match.version or "decision" not in values:
        raise MoveRefused("this pair has no decision to undo: it is not decided.")
    if entry.version == 1 or match.decision == D.OPEN:
        raise MoveRefused("this pair has no decision to undo: it is not decided.")
    before = {"decision": values["decision"][0]}
    if "reviewer" in values:
        before["reviewer"] = values["reviewer"][0]
    decision = D(match.decision) if match.decision in set(D) else D.OPEN
    return MatchStep(
        match.id,
        before,
        match.version,
        Message("decided: {decision}", decision=DECISION_NAMES[decision]),
    )


# --- the review as listed ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    """One attendance of a person as the review shows it."""

    meeting_id: str
    meeting: str
    title: str
    date: str
    region_kato: str | None
    present: bool

    def as_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Side:
    """One of the two persons of a pair, with every attendance of the person they are (all their
    records' and those merged into them, in every region)."""

    person_id: str
    full_name: str
    organisation: str | None
    position: str | None
    region_kato: str | None
    regions: tuple[str, ...]
    attendances: tuple[AttendanceLine, ...]

    def as_json(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values["regions"] = list(self.regions)
        values["attendances"] = [line.as_json() for line in self.attendances]
        return values


@dataclass(frozen=True)
class MatchRow:
    """A pair in the merge review."""

    id: str
    basis: str
    decision: str
    person: Side
    other: Side

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "basis": self.basis,
            "decision": self.decision,
            "person": self.person.as_json(),
            "other": self.other.as_json(),
        }


_PAIRS = (
    "SELECT m.id, m.basis, m.decision, m.person_id, m.other_id, "
    "a.deleted, coalesce(ia.identity_id, a.id), b.deleted, coalesce(ib.identity_id, b.id) "
    "FROM personmatch m JOIN person a ON a.id = m.person_id JOIN person b ON b.id = m.other_id "
    "LEFT JOIN personidentity ia ON ia.person_id = a.id "
    "LEFT JOIN personidentity ib ON ib.person_id = b.id "
    "WHERE m.deleted = false AND m.decision IN ('open', 'later')"
)


def _open_pairs(session: Session) -> list[tuple[str, str, str, str, str]]:
    """(match id, basis, decision, person, other) of the pairs still to decide whose two
    persons are live and not one person already, open ones first. A record a region merged into
    another stands for the one kept."""
    merged: dict[str, str] | None = None
    pairs = []
    for row in session.connection().execute(text(_PAIRS)):
        match_id, basis, decision, first, second, a_gone, a, b_gone, b = row
        ends = (str(first), str(second))
        identities = (str(a), str(b))
        if a_gone or b_gone:
            merged = _merged_into(session) if merged is None else merged
            ends = (_resolve(ends[0], merged), _resolve(ends[1], merged))
            identities = (identity_of(session, ends[0]), identity_of(session, ends[1]))
            alive = session.connection().execute(
                text("SELECT count(*) FROM person WHERE deleted = false AND id IN (:a, :b)"),
                {"a": ends[0], "b": ends[1]},
            )
            if alive.scalar_one() != len(set(ends)):
                continue
        if identities[0] != identities[1]:
            pairs.append((str(match_id), str(basis), str(decision), *ends))
    pairs.sort(key=lambda p: (p[2] != D.OPEN.value, p[0]))
    return pairs


def count_in_review(session: Session) -> int:
    """How many pairs are still to decide (open or put off till later)."""
    return len(_open_pairs(session))


def _sides(session: Session, person_ids: set[str]) -> dict[str, Side]:
    merged = _merged_into(session)
    identity = {
        str(p): str(i)
        for p, i in _in(
            session,
            "SELECT person_id, identity_id FROM personidentity WHERE person_id IN ({ids})",
            person_ids,
        )
    }
    for person_id in person_ids:
        identity.setdefault(person_id, person_id)
    members: dict[str, set[str]] = {i: set() for i in identity.values()}
    for p, i in _in(
        session,
        "SELECT person_id, identity_id FROM personidentity WHERE identity_id IN ({ids})",
        set(identity.values()),
    ):
        members.setdefault(str(i), set()).add(str(p))
    for person_id, i in identity.items():
        members[i].add(person_id)
    owner = {}  # every record -> the identity it belongs to
    for i, records in members.items():
        for record in records:
            owner[record] = i
    for merged_id in merged:
        target = _resolve(merged_id, merged)
        if target in owner:
            owner[merged_id] = owner[target]
    lines: dict[str, list[AttendanceLine]] = {}
    meetings: dict[str, Meeting] = {}
    rows = _in(
        session,
        "SELECT a.person_id, a.meeting_id, a.present FROM attendance a "
        "WHERE a.deleted = false AND a.person_id IN ({ids})",
        owner,
    )
    meeting_ids = sorted({str(r[1]) for r in rows})
    for chunk in _chunks(meeting_ids):
        for meeting in session.exec(select(Meeting).where(col(Meeting.id).in_(chunk))):
            if not meeting.deleted:
                meetings[meeting.id] = meeting
    numbers = {meeting_id: meeting_number(session, m) for meeting_id, m in meetings.items()}
    for person_id, meeting_id, present in rows:
        if str(meeting_id) not in meetings:
            continue
        meeting = meetings[str(meeting_id)]
        lines.setdefault(owner[str(person_id)], []).append(
            AttendanceLine(
                meeting_id=meeting.id,
                meeting=numbers[meeting.id],
                title=meeting.title,
                date=meeting.date.isoformat(),
                region_kato=meeting.region_kato,
                present=bool(present),
            )
        )
    details = {
        str(r[0]): r
        for r in _in(
            session,
            "SELECT id, full_name, organisation, position, region_kato FROM person "
            "WHERE id IN ({ids})",
            person_ids,
        )
    }
    sides = {}
    for person_id in person_ids:
        _, full_name, organisation, position, region = details[person_id]
        attended = tuple(
            sorted(lines.get(identity[person_id], []), key=lambda a: (a.date, a.meeting))
        )
        regions = {a.region_kato for a in attended if a.region_kato} | (
            {region} if region else set()
        )
        sides[person_id] = Side(
            person_id=person_id,
            full_name=str(full_name),
            organisation=organisation,
            position=position,
            region_kato=region,
            regions=tuple(sorted(regions)),
            attendances=attended,
        )
    return sides


def pairs_in_review(
    session: Session, *, limit: int | None = None, offset: int = 0
) -> list[MatchRow]:
    """The pairs still to decide (open first, then those put off), each with both persons'
    names, organisations, regions and attendances."""
    pairs = _open_pairs(session)
    chosen = pairs[offset : None if limit is None else offset + limit]
    sides = _sides(session, {p[3] for p in chosen} | {p[4] for p in chosen})
    return [
        MatchRow(match_id, basis, decision, sides[first], sides[second])
        for match_id, basis, decision, first, second in chosen
    ]


def pair(session: Session, match_id: str) -> MatchRow:
    """One pair of the review, whatever its decision (for the window after a decision)."""
    match = _match(session, match_id)
    merged = _merged_into(session)
    first, second = _resolve(match.person_id, merged), _resolve(match.other_id, merged)
    sides = _sides(session, {first, second})
    return MatchRow(match.id, match.basis, match.decision, sides[first], sides[second])
