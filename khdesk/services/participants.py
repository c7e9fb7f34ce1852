"""Participants: persons, their consent, registration for a meeting, check-in and check-out.

A person without consent to personal-data processing is counted, but their phone and e-mail are
not stored (Law of the Republic of Kazakhstan No. 94-V).

The check-in desk works in steps (``arrive``, ``walk_in``, ``leave``, ``mark_absent``,
``remove_attendance``): each says what it did and keeps the attendance as it was before, so that
``take_back`` can put exactly that back, and only while nobody else has changed it since.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, or_, select

from khdesk.domain.errors import InvalidInput, Label, ReadOnly
from khdesk.domain.names import (
    PART,
    Typed,
    name_key,
    stored_keys,
    typed_words,
)
from khdesk.domain.validation import clean_email, clean_line, clean_phone, plain_characters
from khdesk.domain.vocabulary import AttendanceMode, ConsentMethod, MeetingStatus
from khdesk.services.common import (
    get_live,
    meeting_for_write,
    require_region,
    require_sector,
)
from khdesk.services.minutes import check_votes_still_fit
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage import search
from khdesk.storage.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Proposal,
    Question,
    Speech,
    utcnow,
)

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
    for field, value in stored_keys(
        person.full_name, person.organisation, person.phone, person.email
    ).items():
        setattr(person, field, value)
    return Recorder(session, actor).add(person)


def update_person(session: Session, actor: Actor, person_id: str, **changes: Any) -> Person:
    """Correct a person's details; withdrawing consent erases their contacts."""
    person = get_live(session, Person, person_id, what=Label("person"))
    if person.erased_at is not None:
        raise ReadOnly(
            "this person was erased at their request: their details are not entered again; if "
            "they come back, register them as a new person."
        )
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "full_name":
            clean["full_name"] = clean_line(value, field=Label("the full name"), required=True)
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
    clean.update(
        stored_keys(
            clean.get("full_name", person.full_name),
            clean.get("organisation", person.organisation),
            clean.get("phone", person.phone),
            clean.get("email", person.email),
        )
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
    """Known persons who look like the one described: the same phone or e-mail, or the same name
    in any spelling (Kazakh, Russian or Latin letters, a hyphen typed or left out: ``name_key``,
    or words that sound alike: the same skeletons, in any order). The same name as typed comes
    first, then the same ``name_key``, then names that sound alike. Used to warn before a
    duplicate is created."""
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
    found: dict[str, Person] = {}
    if conditions:
        query = select(Person).where(Person.deleted == False, or_(*conditions))  # noqa: E712
        found = {p.id: p for p in session.exec(query.limit(limit))}
    if full_name and full_name.strip():
        for person in _sounding_alike(session, full_name, limit):
            found.setdefault(person.id, person)
    typed, key = full_name.casefold().split() if full_name else [], name_key(full_name or "")

    def closeness(person: Person) -> tuple[int, str]:
        same = person.full_name.casefold().split() == typed
        return (0 if same else 1 if person.name_key == key else 2, person.order_kk)

    return sorted(found.values(), key=closeness)[:limit]


def _sounding_alike(session: Session, full_name: str, limit: int) -> list[Person]:
    """Persons whose name has the same words as ``full_name`` by their skeletons (in any order)."""
    words = [w for w in typed_words(full_name) if w.loose]
    if not words or len(words) != len(full_name.split()):
        return []  # a word too short for a skeleton (an initial) says too little
    values: dict[str, Any] = {"n": SEARCH_WINDOW}
    conditions = matching_sql(session, [Typed(w.loose, w.loose, "") for w in words], values)
    ids = [row[0] for row in session.connection().execute(
        sql_text(f"SELECT id, search_key FROM person WHERE {conditions} LIMIT :n"), values
    ) if sorted(row[1].split(PART)[1].split()) == sorted(w.loose for w in words)]  # fmt: skip
    if not ids:
        return []
    return list(session.exec(select(Person).where(col(Person.id).in_(ids[:limit]))))


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
    meeting = meeting_for_write(session, attendance.meeting_id, reason)
    Recorder(session, actor).update(
        attendance, {"present": False, "arrived_at": None, "left_at": None}, reason=reason
    )
    if meeting.status == MeetingStatus.CLOSED:
        check_votes_still_fit(session, meeting.id)
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
    meeting = meeting_for_write(session, attendance.meeting_id, reason)
    Recorder(session, actor).delete(attendance, reason=reason)
    if meeting.status == MeetingStatus.CLOSED:
        check_votes_still_fit(session, meeting.id)


# --- the check-in desk's steps, and taking one back --------------------------------------------

_INITIAL = re.compile(r"[^\W\d_]", re.UNICODE)


def short_name(full_name: str) -> str:
    """The surname and initials: "Иванов Сергей Петрович" -> "Иванов С.П." (as a desk says it)."""
    surname, _, rest = full_name.strip().partition(" ")
    initials = "".join(f"{letter.upper()}." for letter in _initials(rest))
    return f"{surname} {initials}" if initials else surname


def _initials(words: str) -> list[str]:
    # "С.П." and "Сергей Петрович" both give С, П
    found = []
    for word in re.split(r"[\s.]+", words):
        letter = _INITIAL.search(word)
        if letter:
            found.append(letter.group())
    return found


@dataclass(frozen=True)
class AttendanceState:
    """An attendance's state that a step changes and taking it back restores."""

    deleted: bool
    present: bool
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None

    @classmethod
    def of(cls, attendance: Attendance) -> AttendanceState:
        return cls(
            attendance.deleted, attendance.present, attendance.arrived_at, attendance.left_at
        )

    def fields(self) -> dict[str, Any]:
        return {"present": self.present, "arrived_at": self.arrived_at, "left_at": self.left_at}


@dataclass(frozen=True)
class AttendanceStep:
    """What one step at the desk did to one person's attendance.

    ``kind`` is ``check-in``, ``walk-in``, ``left``, ``absent``, ``removed``, or ``already`` when
    the person was present already and nothing changed. ``before`` is the attendance as it was
    (None: there was none); ``version`` the attendance's version the step left, which taking the
    step back requires, so that it never undoes what someone else did since.
    """

    kind: str
    attendance_id: str
    person_id: str
    name: str
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None
    before: AttendanceState | None
    version: int
    person_created: bool = False

    @property
    def changed(self) -> bool:
        return self.kind != "already"

    @property
    def short_name(self) -> str:
        return short_name(self.name)


def _attendance_of(session: Session, meeting_id: str, person_id: str) -> Attendance | None:
    return session.exec(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    ).first()


def _step(
    kind: str,
    attendance: Attendance,
    person: Person,
    before: AttendanceState | None,
    *,
    person_created: bool = False,
) -> AttendanceStep:
    return AttendanceStep(
        kind=kind,
        attendance_id=attendance.id,
        person_id=person.id,
        name=person.full_name,
        arrived_at=attendance.arrived_at,
        left_at=attendance.left_at,
        before=before,
        version=attendance.version,
        person_created=person_created,
    )


def arrive(
    session: Session,
    actor: Actor,
    meeting_id: str,
    person_id: str,
    *,
    at: dt.datetime | None = None,
    reason: str | None = None,
) -> AttendanceStep:
    """Check a person in at the desk; one already present is left exactly as they are."""
    person = get_live(session, Person, person_id, what=Label("person"))
    existing = _attendance_of(session, meeting_id, person_id)
    if existing is not None and not existing.deleted and existing.present:
        return _step("already", existing, person, AttendanceState.of(existing))
    before = AttendanceState.of(existing) if existing is not None else None
    attendance = check_in(session, actor, meeting_id, person_id, at=at, reason=reason)
    return _step("check-in", attendance, person, before)


def require_consent_for_contacts(consent: bool, phone: str | None, email: str | None) -> None:
    """A phone or e-mail typed for someone who has not consented is refused, not dropped
    unseen: the person at the desk decides."""
    if not consent and any((value or "").strip() for value in (phone, email)):
        raise InvalidInput(
            "a phone or e-mail is kept only with consent to personal-data processing: tick the "
            "consent, or leave them empty."
        )


def walk_in(
    session: Session,
    actor: Actor,
    meeting_id: str,
    fields: dict[str, Any],
    *,
    reason: str | None = None,
) -> AttendanceStep:
    """Someone who was not on the list: recorded (``fields`` as ``add_person`` takes them) and
    checked in, in one transaction."""
    meeting_for_write(session, meeting_id, reason)
    require_consent_for_contacts(
        bool(fields.get("consent")), fields.get("phone"), fields.get("email")
    )
    person = add_person(session, actor, **fields)
    attendance = check_in(session, actor, meeting_id, person.id, reason=reason)
    return _step("walk-in", attendance, person, None, person_created=True)


def _live_attendance(session: Session, attendance_id: str) -> tuple[Attendance, Person]:
    attendance = get_live(session, Attendance, attendance_id, what=Label("attendance"))
    person = session.get(Person, attendance.person_id)
    assert person is not None  # the database keeps the reference
    return attendance, person


def leave(
    session: Session,
    actor: Actor,
    attendance_id: str,
    *,
    at: dt.datetime | None = None,
    reason: str | None = None,
) -> AttendanceStep:
    """Record when a present person left, as a step that can be taken back."""
    attendance, person = _live_attendance(session, attendance_id)
    before = AttendanceState.of(attendance)
    check_out(session, actor, attendance_id, at=at, reason=reason)
    return _step("left", attendance, person, before)


def mark_absent(
    session: Session, actor: Actor, attendance_id: str, *, reason: str | None = None
) -> AttendanceStep:
    """A person checked in by mistake: registered but not present, as a step that can be taken
    back (with the arrival time it had)."""
    attendance, person = _live_attendance(session, attendance_id)
    before = AttendanceState.of(attendance)
    undo_check_in(session, actor, attendance_id, reason=reason)
    return _step("absent", attendance, person, before)


def remove_attendance(
    session: Session, actor: Actor, attendance_id: str, *, reason: str | None = None
) -> AttendanceStep:
    """Take a person off a meeting's list (closed meetings only as an amendment with a reason)."""
    attendance, person = _live_attendance(session, attendance_id)
    before = AttendanceState.of(attendance)
    unregister(session, actor, attendance_id, reason=reason)
    return _step("removed", attendance, person, before)


def take_back(
    session: Session, actor: Actor, step: AttendanceStep, *, reason: str | None = None
) -> None:
    """Put the attendance back exactly as it was before ``step`` (arrival time included); an
    attendance the step created is removed, and so is a person a walk-in recorded, unless they
    have been named anywhere since. Refused when the attendance changed after the step."""
    if not step.changed:
        return
    attendance = session.get(Attendance, step.attendance_id)
    if attendance is None or attendance.version != step.version:
        raise InvalidInput(
            "this attendance was changed after that step (by an import or in another window): "
            "nothing was taken back; correct it in the list of participants instead."
        )
    meeting = meeting_for_write(session, attendance.meeting_id, reason)
    recorder = Recorder(session, actor)
    before = step.before
    if before is None:
        # not present first: a tombstone brought back later (the person registered again) must
        # not come back checked in
        recorder.update(
            attendance, {"present": False, "arrived_at": None, "left_at": None}, reason=reason
        )
        recorder.delete(attendance, reason=reason)
    else:
        if attendance.deleted and not before.deleted:
            recorder.restore(attendance, reason=reason)
        recorder.update(attendance, before.fields(), reason=reason)
        if before.deleted and not attendance.deleted:
            recorder.delete(attendance, reason=reason)
    if meeting.status == MeetingStatus.CLOSED:
        check_votes_still_fit(session, meeting.id)
    if step.person_created:
        person = session.get(Person, step.person_id)
        if person is not None and not person.deleted and not person_is_named(session, person.id):
            recorder.delete(person, reason=reason)


def person_is_named(session: Session, person_id: str) -> bool:
    """Whether any live attendance, proposal, speech, question or agenda item names the person."""
    live: dict[Any, Any] = {
        Attendance: Attendance.person_id,
        Proposal: Proposal.author_person_id,
        Speech: Speech.person_id,
        Question: Question.asker_person_id,
        AgendaItem: AgendaItem.rapporteur_person_id,
    }
    for model, column in live.items():
        query = select(model.id).where(column == person_id, model.deleted == False)  # noqa: E712
        if session.exec(query.limit(1)).first() is not None:
            return True
    return False


def attendances(session: Session, meeting_id: str) -> list[tuple[Attendance, Person]]:
    """The meeting's registered persons with their attendance."""
    query = (
        select(Attendance, Person)
        .join(Person, col(Person.id) == Attendance.person_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted == False)  # noqa: E712
    )
    return [(a, p) for a, p in session.exec(query)]


#: How many substring matches the type-ahead keeps (and ranks) to narrow them as one types.
SEARCH_WINDOW = 400

_WORD_PARTS = re.compile(r"[^\W_]+")
_LOOKS_LIKE_PHONE = re.compile(r"^[\d\s()+.-]+$")

#: (id, full name, search key, name in the alphabetical order of the interface's language) of a
#: person, as the type-ahead reads them
Candidate = tuple[str, str, str, str]

#: How well one typed word matches the name: the kind of match (a whole word, its start, inside
#: a word), and within each kind the letters as typed above another spelling (``domain.names``:
#: ``fold``); then only the organisation, e-mail or phone holding it; last a word of the name
#: that only sounds alike (the same first letter and consonants: ``skeleton``)
WHOLE, WHOLE_FOLDED, START, START_FOLDED, INSIDE, INSIDE_FOLDED = 10, 9, 8, 7, 6, 5
ELSEWHERE, ALIKE, ALIKE_START = 3, 2, 1


def _keys(text: str) -> list[Typed]:
    """The typed words at each strictness (``domain.names.typed_words``)."""
    return typed_words(text)


def _narrows(words: list[Typed], earlier: list[Typed]) -> bool:
    """True when every person matching ``words`` also matched ``earlier``."""
    return all(any(new.narrows(old) for new in words) for old in earlier)


def _order_column(language: str) -> Any:
    return Person.order_ru if language == "ru" else Person.order_kk


def _word_score(
    word: Typed, exact: list[str], folded: list[str], loose: list[str], key: str
) -> tuple[int, int]:
    """The best match of ``word`` with the name (and where: the word's place), else with the
    rest of the search key."""
    typed = word.exact.strip(".,")
    best, where = 0, len(folded)
    for position, name_word in enumerate(exact):
        here = (
            WHOLE
            if name_word == typed
            else START
            if name_word.startswith(typed)
            else (INSIDE if typed and typed in name_word else 0)
        )
        if here > best:
            best, where = here, position
    for position, name_word in enumerate(folded):
        here = (
            WHOLE_FOLDED if name_word == word.folded
            else START_FOLDED if name_word.startswith(word.folded)
            else INSIDE_FOLDED if word.folded in name_word
            else 0
        )  # fmt: skip
        if here > best:
            best, where = here, position
    if best:
        return best, where
    if word.folded in key:
        return ELSEWHERE, where
    for position, bone in enumerate(loose):
        here = ALIKE if bone == word.loose else ALIKE_START if bone.startswith(word.loose) else 0
        if word.loose and here > best:
            best, where = here, position
    return best, where


@functools.lru_cache(maxsize=4096)
def _name_words(full_name: str, key: str) -> tuple[list[str], list[str], list[str]]:
    """The name's words as typed (case folded), folded, and as skeletons; kept for the next
    keystrokes, which rank the same candidates again."""
    folded_name, loose_name, *_rest = (*key.split(PART), "")
    return _WORD_PARTS.findall(full_name.casefold()), folded_name.split(), loose_name.split()


def _rank(
    words: list[Typed], candidate: Candidate, expected: frozenset[str] = frozenset()
) -> tuple[int, bool, int, str, str]:
    """How well a person matches the typed words, best first: each word scores by its best match
    (``WHOLE`` … ``ALIKE_START``: a whole word of the name above the start of one, above a match
    inside a word, each as typed above another spelling; then the organisation, e-mail or phone
    holding it; then a word of the name that sounds alike); among equals,
    someone ``expected`` (on the meeting's list, not here yet) wins, then the earlier word of the
    name (the surname), then the alphabet of the interface's language."""
    person_id, full_name, key, order = candidate
    exact, folded, loose = _name_words(full_name, key)
    score, first = 0, len(folded)
    for word in words:
        best, where = _word_score(word, exact, folded, loose, key)
        score += best
        first = min(first, where)
    return (-score, person_id not in expected, first, order, person_id)


def exact_contact(session: Session, text: str) -> list[str]:
    """Ids of the persons whose phone or e-mail is exactly what was typed (in any spelling of the
    phone: 8 701 …, +7 (701) …, 7012345678)."""
    typed = plain_characters(text).strip()
    condition = None
    if "@" in typed:
        try:
            email = clean_email(typed)
        except InvalidInput:
            return []
        condition = Person.email == email
    elif _LOOKS_LIKE_PHONE.match(typed):
        try:
            phone = clean_phone(typed)
        except InvalidInput:
            return []
        condition = Person.phone == phone
    if condition is None:
        return []
    # no ORDER BY in SQL: SQLite would walk the name index instead of the contact's own
    query = select(Person.order_kk, Person.id).where(condition, Person.deleted == False)  # noqa: E712
    return [person_id for _key, person_id in sorted(session.exec(query.limit(10)).all())]


def spellings(word: Typed) -> list[str]:
    """The spellings of a typed word, any of which a person's search key may hold."""
    return [word.folded, word.loose] if word.loose else [word.folded]


def indexable(word: Typed) -> bool:
    """Whether the trigram index can find every spelling of ``word``."""
    return search.indexable(spellings(word))


#: Live persons, written so that SQLite looks the index's rowids up rather than walking an index
#: on ``deleted`` (the People page's order) through every person to check each against them
#: (``NOT deleted`` is no constraint on an index for SQLite's planner, and reads alike on both
#: back ends)
_LIVE = "NOT deleted"


def matching_sql(
    session: Session, words: list[Typed], values: dict[str, Any], *, live: str = _LIVE
) -> str:
    """SQL conditions on ``person`` for persons (``live``) whose ``search_key`` holds every
    word in one of its spellings (``Typed.found_in``), through the trigram index where it can
    find them (``khdesk.storage.search``); the values go into ``values``."""
    found = search.narrowing(session.connection(), "person", [spellings(w) for w in words])
    values.update(found.values)
    return " AND ".join(c for c in (*found.conditions[:1], live, *found.conditions[1:]) if c)


class PersonSearch:
    """The check-in type-ahead over all known persons, fast enough for every keystroke, best
    match first; ``language`` ("kk" or "ru") orders equal matches alphabetically.

    The persons whose search key holds every typed word in one of its spellings (folded, or as a
    word's skeleton: ``domain.names.Typed``) are read through the trigram index where the
    database has it (SQLite, three letters or more), otherwise by one scan, and ranked
    (``_rank``): a whole word of the name above the start of one, above a word that sounds alike,
    above a match inside a word, above a match only in the organisation, each as typed above
    another spelling; a phone or e-mail typed whole comes first of all. When that step found
    everything (no more than ``SEARCH_WINDOW``), the next keystroke, which can only narrow the
    search, filters those candidates instead of asking the database again. When more match,
    those whose name starts with what was typed are added from the name index, so they are
    never missing; with only one or two letters typed, those alone answer when there are enough
    of them. Call ``forget`` after persons changed.
    """

    def __init__(self, language: str = "kk") -> None:
        self.language = language
        self._words: list[Typed] | None = None
        self._candidates: list[Candidate] = []

    def forget(self) -> None:
        self._words = None
        self._candidates = []

    def _query(self, session: Session, words: list[Typed]) -> list[Candidate]:
        connection = session.connection()
        order = "order_ru" if self.language == "ru" else "order_kk"
        values: dict[str, Any] = {"n": SEARCH_WINDOW + 1}
        conditions = matching_sql(session, words, values)
        sql = sql_text(
            f"SELECT id, full_name, search_key, {order} FROM person WHERE {conditions} LIMIT :n"
        )
        return [(str(a), str(b), str(c), str(d)) for a, b, c, d in connection.execute(sql, values)]

    def _matching(self, session: Session, words: list[Typed]) -> tuple[list[Candidate], bool]:
        """Persons matching every word, and whether that is all of them."""
        if self._words is not None and _narrows(words, self._words):
            rows, complete = self._candidates, True
        else:
            rows = self._query(session, words)
            complete = len(rows) <= SEARCH_WINDOW
            self._words, self._candidates = (words, rows) if complete else (None, [])
        return [row for row in rows if all(word.found_in(row[2]) for word in words)], complete

    def _by_name(self, session: Session, text: str, limit: int) -> list[Candidate]:
        """Persons whose name starts with ``text``, from the name index (a range: a LIKE prefix
        would not use it, since LIKE folds case)."""
        typed = name_key(text)
        query = (
            select(Person.id, Person.full_name, Person.search_key, _order_column(self.language))
            .where(
                Person.name_key >= typed,
                Person.name_key < typed + "\U0010ffff",
                Person.deleted == False,  # noqa: E712
            )
            .order_by(col(Person.name_key))
            .limit(limit)
        )
        return [(a, b, c, d) for a, b, c, d in session.exec(query)]

    def ranked_ids(
        self,
        session: Session,
        text: str,
        *,
        limit: int = 30,
        expected: frozenset[str] = frozenset(),
    ) -> list[str]:
        """The ids of the best ``limit`` matches for ``text``, best first (``expected``: ids of
        persons who win among equal matches, those on the meeting's list)."""
        words = _keys(text)
        if not words:
            return []
        exact = exact_contact(session, text)
        narrowing = self._words is not None and _narrows(words, self._words)
        if not narrowing and not any(indexable(word) for word in words):
            # one or two letters: no index finds them inside words, and a scan would stop at
            # an arbitrary SEARCH_WINDOW of them; names starting with them are what a person
            # typing so little is after, and the name index has them at once
            by_name = self._by_name(session, text, limit)
            if len(by_name) >= limit:
                return self._best(words, by_name, exact, limit, expected)
        rows, complete = self._matching(session, words)
        if not complete:
            seen = {row[0] for row in rows}
            rows = rows + [row for row in self._by_name(session, text, limit) if row[0] not in seen]
        return self._best(words, rows, exact, limit, expected)

    @staticmethod
    def _best(
        words: list[Typed],
        rows: list[Candidate],
        exact: list[str],
        limit: int,
        expected: frozenset[str],
    ) -> list[str]:
        ranked = [row[0] for row in sorted(rows, key=lambda row: _rank(words, row, expected))]
        first = set(exact)
        return (exact + [pid for pid in ranked if pid not in first])[:limit]

    def search(
        self,
        session: Session,
        text: str,
        *,
        limit: int = 30,
        expected: frozenset[str] = frozenset(),
    ) -> list[Person]:
        wanted = self.ranked_ids(session, text, limit=limit, expected=expected)
        if not wanted:
            return []
        by_id = {p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(wanted)))}
        return [by_id[pid] for pid in wanted if pid in by_id]


def search_persons(
    session: Session, text: str, *, limit: int = 50, language: str = "kk"
) -> list[Person]:
    """Persons whose name (in any spelling), organisation, phone or e-mail holds ``text``, best
    match first: the check-in's search (``PersonSearch``)."""
    return PersonSearch(language).search(session, text, limit=limit)


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


def arrivals_among(
    session: Session, meeting_id: str, person_ids: list[str]
) -> dict[str, dt.datetime | None]:
    """Which of ``person_ids`` are present at the meeting, with their arrival time."""
    if not person_ids:
        return {}
    query = select(Attendance.person_id, Attendance.arrived_at).where(
        Attendance.meeting_id == meeting_id,
        Attendance.present == True,  # noqa: E712
        Attendance.deleted == False,  # noqa: E712
        col(Attendance.person_id).in_(person_ids),
    )
    return dict(session.exec(query).all())
