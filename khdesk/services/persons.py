"""Correcting the people known here: edit a person, merge two records of one person, remove one
added by mistake.

Every change goes through the ``Recorder``, so it is in the change log and travels to
headquarters in the next bundle. Only persons (and records) this installation wrote can be
changed: headquarters merges persons seen in several regions itself. A merge moves everything
that names the other person (attendances, proposals, speeches, questions, agenda rapporteurs)
to the one kept, and leaves the other as a tombstone whose ``merged_into_id`` says where they
went. Records of a closed meeting change only as an amendment, with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label, ReadOnly
from khdesk.domain.names import stored_keys, typed_words
from khdesk.domain.vocabulary import MeetingStatus
from khdesk.services import participants
from khdesk.services.common import get_live
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Proposal,
    Question,
    Speech,
    SyncRecord,
)

#: The details a merge can take from either record; ``consent`` brings its time and method.
MERGE_FIELDS = (
    "full_name",
    "organisation",
    "position",
    "sector_code",
    "region_kato",
    "phone",
    "email",
    "consent",
)


@dataclass(frozen=True)
class PersonLinks:
    """A person as the correcting dialogs show them: their details and what names them."""

    person: Person
    #: this installation wrote the record and may change it
    owned: bool
    attendances: int
    present: int
    proposals: int
    speeches: int
    questions: int
    rapporteur: int
    #: closed meetings among those the person's records belong to
    closed_meetings: int

    @property
    def authored(self) -> int:
        """Proposals, speeches and questions: what removing the person would orphan."""
        return self.proposals + self.speeches + self.questions + self.rapporteur


@dataclass
class _Named:
    """Every live record that names one person, by kind."""

    attendances: list[Attendance]
    proposals: list[Proposal]
    speeches: list[Speech]
    questions: list[Question]
    items: list[AgendaItem]

    def records(self) -> list[SyncRecord]:
        return [*self.attendances, *self.proposals, *self.speeches, *self.questions, *self.items]


def _named(session: Session, person_id: str) -> _Named:
    def live(model: Any, column: Any) -> list[Any]:
        query = select(model).where(column == person_id, model.deleted == False)  # noqa: E712
        return list(session.exec(query.order_by(model.id)))

    return _Named(
        attendances=live(Attendance, Attendance.person_id),
        proposals=live(Proposal, Proposal.author_person_id),
        speeches=live(Speech, Speech.person_id),
        questions=live(Question, Question.asker_person_id),
        items=live(AgendaItem, AgendaItem.rapporteur_person_id),
    )


def _meeting_ids(session: Session, named: _Named) -> set[str]:
    meetings = {a.meeting_id for a in named.attendances}
    meetings |= {p.meeting_id for p in named.proposals}
    meetings |= {q.meeting_id for q in named.questions}
    meetings |= {i.meeting_id for i in named.items}
    item_ids = {s.agenda_item_id for s in named.speeches}
    if item_ids:
        query = select(AgendaItem.meeting_id).where(col(AgendaItem.id).in_(item_ids))
        meetings |= set(session.exec(query).all())
    return meetings


def _closed(session: Session, meeting_ids: set[str]) -> set[str]:
    if not meeting_ids:
        return set()
    query = select(Meeting.id).where(
        col(Meeting.id).in_(meeting_ids), Meeting.status == MeetingStatus.CLOSED.value
    )
    return set(session.exec(query).all())


def _meeting_of(session: Session, record: SyncRecord) -> str:
    if isinstance(record, Speech):
        item = session.get(AgendaItem, record.agenda_item_id)
        return item.meeting_id if item is not None else ""
    return str(getattr(record, "meeting_id", ""))


def links(work: Any, person_id: str) -> PersonLinks:
    """The person and what names them (a read for the edit, merge and remove dialogs)."""
    session = work.session
    person = get_live(session, Person, person_id, what=Label("person"))
    named = _named(session, person_id)
    owned = person.device_id == work.actor.device_id
    return PersonLinks(
        person=person,
        owned=owned,
        attendances=len(named.attendances),
        present=sum(1 for a in named.attendances if a.present),
        proposals=len(named.proposals),
        speeches=len(named.speeches),
        questions=len(named.questions),
        rapporteur=len(named.items),
        closed_meetings=len(_closed(session, _meeting_ids(session, named))),
    )


def _require_own(actor: Actor, *records: SyncRecord) -> None:
    if any(record.device_id != actor.device_id for record in records):
        raise ReadOnly(
            "this person, or a record that names them, was written on another device, and "
            "only that device can change them: correct them there (headquarters merges persons "
            "seen in several regions itself)."
        )


def _require_reason(closed: set[str], reason: str | None) -> None:
    if closed and not (reason and reason.strip()):
        raise ReadOnly(
            "this changes records of {count} closed meetings: give a reason; it is recorded "
            "as an amendment of each.",
            count=len(closed),
        )


# --- edit ---------------------------------------------------------------------------------------


def edit_person(session: Session, actor: Actor, person_id: str, **changes: Any) -> Person:
    """Correct a person's details (the fields ``participants.update_person`` takes). A phone or
    e-mail is kept only with consent: one given without it is refused, not silently dropped."""
    person = get_live(session, Person, person_id, what=Label("person"))
    _require_own(actor, person)
    participants.require_consent_for_contacts(
        bool(changes.get("consent", person.consent)), changes.get("phone"), changes.get("email")
    )
    return participants.update_person(session, actor, person_id, **changes)


# --- merge --------------------------------------------------------------------------------------


def _combined(keep: Attendance, other: Attendance) -> dict[str, Any]:
    """One attendance for two of the same meeting: present if either was, the earliest
    arrival, and a leaving time only when everyone present had left."""
    both = [a for a in (keep, other) if not a.deleted]
    present = [a for a in both if a.present]
    if not present:
        return {"present": False, "arrived_at": None, "left_at": None}
    arrivals = [a.arrived_at for a in present if a.arrived_at is not None]
    leavings = [a.left_at for a in present]
    left_at: dt.datetime | None = None
    if all(value is not None for value in leavings):
        left_at = max(value for value in leavings if value is not None)
    mode = next((a.mode for a in present if a is keep), present[0].mode)
    return {
        "present": True,
        "arrived_at": min(arrivals) if arrivals else None,
        "left_at": left_at,
        "mode": mode,
    }


def merge_persons(
    session: Session,
    actor: Actor,
    keep_id: str,
    other_id: str,
    *,
    take: Iterable[str] = (),
    reason: str | None = None,
) -> Person:
    """Merge ``other_id`` into ``keep_id``: the kept person takes the details named in ``take``
    from the other (the rest stay theirs); every attendance, proposal, speech, question and
    agenda item of the other names the kept one; two attendances of one meeting become one
    (``_combined``); the other person is deleted, with ``merged_into_id`` naming the kept one.
    A reason is needed when records of a closed meeting move (an amendment of each)."""
    if keep_id == other_id:
        raise InvalidInput("a person cannot be merged with themselves: pick two different records.")
    keep = get_live(session, Person, keep_id, what=Label("person"))
    other = get_live(session, Person, other_id, what=Label("person"))
    if keep.erased_at is not None or other.erased_at is not None:
        raise ReadOnly(
            "one of these records was erased at the person's request, so it is not merged: if "
            "both are that person, erase the other record too."
        )
    taken = set(take)
    unknown = taken - set(MERGE_FIELDS)
    if unknown:
        raise InvalidInput(
            "'{field}' is not a person's detail that can be merged.", field=sorted(unknown)[0]
        )
    named = _named(session, other.id)
    mine = {a.meeting_id: a for a in session.exec(
        select(Attendance).where(Attendance.person_id == keep.id)
    )}  # fmt: skip
    _require_own(actor, keep, other, *named.records(), *mine.values())
    touched = _meeting_ids(session, named)
    closed = _closed(session, touched)
    _require_reason(closed, reason)
    recorder = Recorder(session, actor)

    def why(record: SyncRecord) -> str | None:
        # only changes to a closed meeting are amendments; the rest are ordinary corrections
        return reason if _meeting_of(session, record) in closed else None

    for attendance in named.attendances:
        existing = mine.get(attendance.meeting_id)
        if existing is None:
            recorder.update(attendance, {"person_id": keep.id}, reason=why(attendance))
            continue
        combined = _combined(existing, attendance)
        if existing.deleted:
            recorder.restore(existing, reason=why(existing))
        recorder.update(existing, combined, reason=why(existing))
        recorder.delete(attendance, reason=why(attendance))
    for proposal in named.proposals:
        recorder.update(proposal, {"author_person_id": keep.id}, reason=why(proposal))
    for speech in named.speeches:
        recorder.update(speech, {"person_id": keep.id}, reason=why(speech))
    for question in named.questions:
        recorder.update(question, {"asker_person_id": keep.id}, reason=why(question))
    for item in named.items:
        recorder.update(item, {"rapporteur_person_id": keep.id}, reason=why(item))
    # persons merged into the other before now point at the kept one directly
    for earlier in session.exec(select(Person).where(Person.merged_into_id == other.id)):
        if earlier.device_id == actor.device_id:
            recorder.update(earlier, {"merged_into_id": keep.id})

    recorder.update(keep, _merged_details(keep, other, taken))
    recorder.update(other, {"merged_into_id": keep.id})
    recorder.delete(other)
    return keep


def _merged_details(keep: Person, other: Person, taken: set[str]) -> dict[str, Any]:
    def pick(field: str) -> Any:
        return getattr(other if field in taken else keep, field)

    consent_from = other if "consent" in taken else keep
    details: dict[str, Any] = {
        field: pick(field)
        for field in ("full_name", "organisation", "position", "sector_code", "region_kato")
    }
    details["consent"] = consent_from.consent
    details["consent_at"] = consent_from.consent_at
    details["consent_method"] = consent_from.consent_method
    if consent_from.consent:
        # a contact is taken from a record only where that person had consented to keep it
        details["phone"] = pick("phone") or keep.phone or other.phone
        details["email"] = pick("email") or keep.email or other.email
    else:
        details["phone"] = details["email"] = None
    details.update(
        stored_keys(
            details["full_name"], details["organisation"], details["phone"], details["email"]
        )
    )
    return details


# --- remove -------------------------------------------------------------------------------------


def remove_person(
    session: Session, actor: Actor, person_id: str, *, reason: str | None = None
) -> None:
    """Remove a person added by mistake, with their attendances. Refused when they are named as
    the author of a proposal, a speaker, an asker or a rapporteur: those are kept (merge the
    person into the right one instead)."""
    person = get_live(session, Person, person_id, what=Label("person"))
    named = _named(session, person.id)
    if named.proposals or named.speeches or named.questions or named.items:
        raise InvalidInput(
            "this person cannot be removed: they are named in {proposals} proposals, "
            "{speeches} speeches and {questions} questions or agenda items; merge them into "
            "the right person instead.",
            proposals=len(named.proposals),
            speeches=len(named.speeches),
            questions=len(named.questions) + len(named.items),
        )
    _require_own(actor, person, *named.attendances)
    closed = _closed(session, {a.meeting_id for a in named.attendances})
    _require_reason(closed, reason)
    recorder = Recorder(session, actor)
    for attendance in named.attendances:
        recorder.delete(attendance, reason=reason if attendance.meeting_id in closed else None)
    recorder.delete(person)


# --- the People page ----------------------------------------------------------------------------


def _people_conditions(session: Session, text: str, values: dict[str, Any]) -> str:
    words = typed_words(text)
    return participants.matching_sql(session, words, values, live="deleted = false")


def people_page(
    work: Any, text: str, after: tuple[str, str] | None, limit: int, language: str = "kk"
) -> list[Person]:
    """Persons whose name, organisation, phone or e-mail holds every word of ``text`` (in any
    spelling, as the check-in search finds them), in the alphabetical order of ``language``,
    continuing after ``after`` (the order key and id of the last row shown) rather than skipping
    rows, so that the 500th page costs what the first does."""
    session = work.session
    order = "order_ru" if language == "ru" else "order_kk"
    values: dict[str, Any] = {"n": limit}
    conditions = _people_conditions(session, text, values)
    if after is not None:
        values["last_key"], values["last_id"] = after
        conditions += f" AND ({order} > :last_key OR ({order} = :last_key AND id > :last_id))"
    sql = sql_text(
        f"SELECT id FROM person WHERE {conditions} ORDER BY deleted, {order}, id LIMIT :n"
    )
    ids = [str(row[0]) for row in session.connection().execute(sql, values)]
    if not ids:
        return []
    by_id = {p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(ids)))}
    return [by_id[pid] for pid in ids if pid in by_id]


def count_people(work: Any, text: str) -> int:
    """How many persons ``people_page`` lists for ``text``."""
    values: dict[str, Any] = {}
    conditions = _people_conditions(work.session, text, values)
    sql = sql_text(f"SELECT count(*) FROM person WHERE {conditions}")
    return int(work.session.connection().execute(sql, values).scalar_one())
