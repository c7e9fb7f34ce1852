"""Participants: persons, their consent, registration for a meeting, check-in and check-out.

A person without consent to personal-data processing is counted, but their phone and e-mail are
not stored (Law of the Republic of Kazakhstan No. 94-V).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, or_, select

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.names import name_key, search_key
from khdesk.domain.validation import clean_email, clean_line, clean_phone
from khdesk.domain.vocabulary import AttendanceMode, ConsentMethod, MeetingStatus
from khdesk.services.common import (
    get_live,
    meeting_for_write,
    require_region,
    require_sector,
)
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Attendance, Meeting, Person, utcnow

#: A person's one-line details besides the name, with the name a message gives each.
_LINE_FIELDS = {"organisation": Label("the organisation"), "position": Label("the position")}


def _consent_method(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return ConsentMethod(value).value
    except ValueError:
        raise InvalidInput(
            "unknown consent method '{value}': use paper, verbal or electronic.", value=value
        ) from None


def add_person(
    session: Session,
    actor: Actor,
    *,
    full_name: str,
    organisation: str | None = None,
    position: str | None = None,
    sector: str = "other",
    phone: str | None = None,
    email: str | None = None,
    region: str | None = None,
    consent: bool = False,
    consent_method: str | None = None,
    consent_at: dt.datetime | None = None,
) -> Person:
    """A new person; contacts are kept only with consent."""
    name = clean_line(full_name, field=Label("the full name"), required=True) or ""
    person = Person(
        full_name=name,
        name_key=name_key(name),
        organisation=clean_line(organisation, field=_LINE_FIELDS["organisation"]),
        position=clean_line(position, field=_LINE_FIELDS["position"]),
        sector_code=require_sector(session, sector),
        phone=clean_phone(phone) if consent else None,
        email=clean_email(email) if consent else None,
        region_kato=require_region(session, region),
        consent=consent,
        consent_method=_consent_method(consent_method) if consent else None,
        consent_at=(consent_at or utcnow()) if consent else None,
        device_id=actor.device_id,
        seq=0,
    )
    person.search_key = search_key(
        person.full_name, person.organisation, person.phone, person.email
    )
    return Recorder(session, actor).add(person)


def update_person(session: Session, actor: Actor, person_id: str, **changes: Any) -> Person:
    """Correct a person's details; withdrawing consent erases their contacts."""
    person = get_live(session, Person, person_id, what=Label("person"))
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "full_name":
            clean["full_name"] = clean_line(value, field=Label("the full name"), required=True)
            clean["name_key"] = name_key(clean["full_name"])
        elif field in _LINE_FIELDS:
            clean[field] = clean_line(value, field=_LINE_FIELDS[field])
        elif field == "sector_code":
            clean[field] = require_sector(session, value)
        elif field == "region_kato":
            clean[field] = require_region(session, value)
        elif field == "phone":
            clean[field] = clean_phone(value)
        elif field == "email":
            clean[field] = clean_email(value)
        elif field == "consent":
            clean["consent"] = bool(value)
            if value and not person.consent:
                clean["consent_at"] = utcnow()
        elif field == "consent_method":
            clean[field] = _consent_method(value)
        else:
            raise InvalidInput(
                "'{field}' is not a person's detail that can be edited.", field=field
            )
    consent = clean.get("consent", person.consent)
    if not consent:
        clean.update(phone=None, email=None, consent_at=None, consent_method=None)
    clean["search_key"] = search_key(
        clean.get("full_name", person.full_name),
        clean.get("organisation", person.organisation),
        clean.get("phone", person.phone),
        clean.get("email", person.email),
    )
    Recorder(session, actor).update(person, clean)
    return person


def similar_persons(
    session: Session,
    *,
    full_name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    limit: int = 10,
) -> list[Person]:
    """Known persons who look like the one described: the same name in any spelling, or the same
    phone or e-mail. Used to warn before a duplicate is created."""
    conditions = []
    if full_name and full_name.strip():
        conditions.append(Person.name_key == name_key(full_name))
    try:
        if phone and (normal := clean_phone(phone)):
            conditions.append(Person.phone == normal)
        if email and (normal_email := clean_email(email)):
            conditions.append(Person.email == normal_email)
    except InvalidInput:
        pass  # a malformed contact matches nobody; the form reports it when saved
    if not conditions:
        return []
    query = (
        select(Person)
        .where(Person.deleted == False, or_(*conditions))  # noqa: E712
        .limit(limit)
    )
    return list(session.exec(query))


def register(
    session: Session,
    actor: Actor,
    meeting_id: str,
    person_id: str,
    *,
    mode: str = AttendanceMode.IN_PERSON,
    reason: str | None = None,
) -> Attendance:
    """Register a person for a meeting; a person already registered keeps their one attendance."""
    meeting_for_write(session, meeting_id, reason)
    person = get_live(session, Person, person_id, what=Label("person"))
    existing = session.exec(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    ).first()
    recorder = Recorder(session, actor)
    if existing is not None:
        if existing.deleted:
            recorder.restore(existing, reason=reason)
        return existing
    try:
        attendance_mode = AttendanceMode(mode).value
    except ValueError:
        raise InvalidInput(
            "unknown attendance mode '{mode}': use in-person or online.", mode=mode
        ) from None
    attendance = Attendance(
        meeting_id=meeting_id,
        person_id=person.id,
        sector_code=person.sector_code,
        mode=attendance_mode,
        device_id=actor.device_id,
        seq=0,
    )
    return recorder.add(attendance, reason=reason)


def check_in(
    session: Session,
    actor: Actor,
    meeting_id: str,
    person_id: str,
    *,
    at: dt.datetime | None = None,
    mode: str = AttendanceMode.IN_PERSON,
    reason: str | None = None,
) -> Attendance:
    """Mark a person present (registering them if needed) with the arrival time."""
    attendance = register(session, actor, meeting_id, person_id, mode=mode, reason=reason)
    recorder = Recorder(session, actor)
    if not attendance.present:
        recorder.update(
            attendance,
            {"present": True, "arrived_at": at or utcnow(), "left_at": None},
            reason=reason,
        )
    meeting = get_live(session, Meeting, meeting_id, what=Label("meeting"))
    if meeting.status == MeetingStatus.DRAFT:
        recorder.update(meeting, {"status": MeetingStatus.IN_PROGRESS.value})
    return attendance


def undo_check_in(
    session: Session, actor: Actor, attendance_id: str, *, reason: str | None = None
) -> Attendance:
    """Take back a check-in: the person stays registered but is no longer present."""
    attendance = get_live(session, Attendance, attendance_id, what=Label("attendance"))
    meeting_for_write(session, attendance.meeting_id, reason)
    Recorder(session, actor).update(
        attendance, {"present": False, "arrived_at": None, "left_at": None}, reason=reason
    )
    return attendance


def check_out(
    session: Session,
    actor: Actor,
    attendance_id: str,
    *,
    at: dt.datetime | None = None,
    reason: str | None = None,
) -> Attendance:
    """Record when a present person left."""
    attendance = get_live(session, Attendance, attendance_id, what=Label("attendance"))
    meeting_for_write(session, attendance.meeting_id, reason)
    if not attendance.present:
        raise InvalidInput("this person was not checked in: check them in first.")
    Recorder(session, actor).update(attendance, {"left_at": at or utcnow()}, reason=reason)
    return attendance


def unregister(
    session: Session, actor: Actor, attendance_id: str, *, reason: str | None = None
) -> None:
    """Remove a person from a meeting's list (a tombstone; undo restores it)."""
    attendance = get_live(session, Attendance, attendance_id, what=Label("attendance"))
    meeting_for_write(session, attendance.meeting_id, reason)
    Recorder(session, actor).delete(attendance, reason=reason)


def attendances(session: Session, meeting_id: str) -> list[tuple[Attendance, Person]]:
    """The meeting's registered persons with their attendance."""
    query = (
        select(Attendance, Person)
        .join(Person, col(Person.id) == Attendance.person_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted == False)  # noqa: E712
    )
    return [(a, p) for a, p in session.exec(query)]


#: How many substring matches the type-ahead keeps (and sorts by name) to narrow them as one types.
SEARCH_WINDOW = 400
#: The trigram index (SQLite FTS5, migration 0004) finds words of at least this many letters.
TRIGRAM = 3


def _keys(text: str) -> list[str]:
    """The typed words, folded as ``search_key`` is (a phone's + and brackets dropped)."""
    return [key for word in text.split() if (key := name_key(word).strip("+()"))]


def _narrows(words: list[str], earlier: list[str]) -> bool:
    """True when every person matching ``words`` also matched ``earlier``."""
    return all(any(old in new for new in words) for old in earlier)


class PersonSearch:
    """The check-in type-ahead over all known persons, fast enough for every keystroke.

    Two cheap steps: names that start with what was typed, walked in order along the name index;
    then, when those are too few, persons whose folded name, organisation, e-mail or phone
    contain every typed word: through the trigram index where the database has it (SQLite, words
    of three letters or more), otherwise one scan. When that step found everything (fewer than
    ``SEARCH_WINDOW``), the next keystroke, which can only narrow the search, filters those
    candidates instead of asking the database again. Call ``forget`` after persons changed.
    """

    def __init__(self) -> None:
        self._words: list[str] | None = None
        self._candidates: list[tuple[str, str, str]] = []

    def forget(self) -> None:
        self._words = None
        self._candidates = []

    def _query(self, session: Session, words: list[str]) -> list[tuple[str, str, str]]:
        connection = session.connection()
        # FTS5 uses its trigram index for LIKE only without an ESCAPE clause, so words holding
        # % or _ are checked outside it, on the rows the index found
        indexed_words = [w for w in words if len(w) >= TRIGRAM and not {"%", "_"} & set(w)]
        if connection.dialect.name == "sqlite" and indexed_words:
            escape = str.maketrans({"/": "//", "%": "/%", "_": "/_"})
            values: dict[str, Any] = {"n": SEARCH_WINDOW + 1}
            indexed, checked = [], []
            for i, word in enumerate(words):
                if word in indexed_words:
                    values[f"w{i}"] = f"%{word}%"
                    indexed.append(f"search_key LIKE :w{i}")
                else:
                    values[f"w{i}"] = f"%{word.translate(escape)}%"
                    checked.append(f" AND search_key LIKE :w{i} ESCAPE '/'")
            sql = sql_text(
                "SELECT name_key, id, search_key FROM person WHERE rowid IN "
                f"(SELECT rowid FROM person_fts WHERE {' AND '.join(indexed)}) "
                f"AND deleted = 0{''.join(checked)} LIMIT :n"
            )
            return [(str(a), str(b), str(c)) for a, b, c in connection.execute(sql, values)]
        query = select(Person.name_key, Person.id, Person.search_key).where(
            Person.deleted == False  # noqa: E712
        )
        for word in words:
            query = query.where(col(Person.search_key).contains(word, autoescape=True))
        return [(a, b, c) for a, b, c in session.exec(query.limit(SEARCH_WINDOW + 1))]

    def _matching(self, session: Session, words: list[str]) -> list[tuple[str, str]]:
        """(name key, id) of persons matching every word."""
        if self._words is not None and _narrows(words, self._words):
            rows = self._candidates
        else:
            rows = self._query(session, words)
            complete = len(rows) <= SEARCH_WINDOW
            self._words, self._candidates = (words, rows) if complete else (None, [])
        return [
            (key, person_id)
            for key, person_id, search in rows
            if all(word in search for word in words)
        ]

    def search(self, session: Session, text: str, *, limit: int = 30) -> list[Person]:
        words = _keys(text)
        if not words:
            return []
        live = Person.deleted == False  # noqa: E712
        typed = name_key(text)
        # a range on the name index (a LIKE prefix would not use it: LIKE folds case)
        by_name = (
            select(Person)
            .where(Person.name_key >= typed, Person.name_key < typed + "\U0010ffff", live)
            .order_by(col(Person.name_key))
            .limit(limit)
        )
        found = list(session.exec(by_name))
        if len(found) >= limit:
            return found
        seen = {person.id for person in found}
        wanted = [pid for _key, pid in sorted(self._matching(session, words)) if pid not in seen]
        wanted = wanted[: limit - len(found)]
        if wanted:
            query = select(Person).where(col(Person.id).in_(wanted))
            by_id = {person.id: person for person in session.exec(query)}
            found.extend(by_id[pid] for pid in wanted if pid in by_id)
        return found


def search_persons(session: Session, text: str, *, limit: int = 50) -> list[Person]:
    """Persons whose name (in any spelling), organisation, phone or e-mail contains ``text``."""
    return PersonSearch().search(session, text, limit=limit)


def count_attendance(session: Session, meeting_id: str) -> dict[str, Any]:
    """Live counts for the status bar: registered, present, present by sector."""
    rows = session.exec(
        select(Attendance.present, Attendance.sector_code).where(
            Attendance.meeting_id == meeting_id,
            Attendance.deleted == False,  # noqa: E712
        )
    ).all()
    by_sector: dict[str, int] = {}
    for present, sector in rows:
        if present:
            by_sector[sector] = by_sector.get(sector, 0) + 1
    return {
        "registered": len(rows),
        "present": sum(by_sector.values()),
        "by_sector": by_sector,
    }


def present_among(session: Session, meeting_id: str, person_ids: list[str]) -> set[str]:
    """Which of ``person_ids`` are checked in at the meeting (for the search results)."""
    if not person_ids:
        return set()
    query = select(Attendance.person_id).where(
        Attendance.meeting_id == meeting_id,
        Attendance.present == True,  # noqa: E712
        Attendance.deleted == False,  # noqa: E712
        col(Attendance.person_id).in_(person_ids),
    )
    return set(session.exec(query).all())
