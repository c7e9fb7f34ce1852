"""Imports into a meeting: a roster of participants, Zoom's participants report, proposals.

Every import has two steps, so that the window can show what will happen before it happens:

1. ``preview_*`` reads the file and decides, for every row, what it will do: create a person,
   match a known one, leave one already attending alone, or reject the row with its line and the
   reason. It writes nothing. The preview is plain data: a window lists ``entries``, lets the user
   correct a row (``entry.row.set(field, value)``) or map a sector the file names in its own words
   (``preview.map_sector(text, code)``), and calls ``review_*`` to decide again.
2. ``apply_*`` decides once more against the database as it is at that moment, then writes every
   accepted row through the services (so each record gets its version, sequence number and
   change-log entry) in the caller's transaction: if anything fails, nothing is imported.

Matching a known person (see docs/imports.md): the same phone or the same e-mail with a name that
agrees (``names_agree``), or the same name and organisation ignoring case, spacing and
Kazakh/Russian letter variants. A phone or an e-mail shared with someone of another name (an
office's phone, a secretary's e-mail) is not a match: the row waits for the user to say whether
it is the same person (``Action.DECIDE``, ``RosterPreview.decide``), and until then it is not
imported. A person already on the meeting's list never gets a second attendance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput
from khdesk.domain.names import name_key, names_agree
from khdesk.domain.validation import clean_email, clean_line, clean_phone, clean_text
from khdesk.domain.vocabulary import AttendanceMode, ConsentMethod, MeetingFormat
from khdesk.io.codes import (
    direction_lookup,
    lookup_key,
    section_lookup,
    sector_lookup,
)
from khdesk.io.proposals_file import ProposalRow, proposal_kind, read_proposals
from khdesk.io.roster import RosterRow, read_roster
from khdesk.io.zoom import ZoomAttendee, read_zoom_report
from khdesk.services import participants, proposals
from khdesk.services.common import meeting_for_write, require_sector
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Attendance, Meeting, Person

#: Called with (rows done, rows in all) while an import is applied; raising from it cancels the
#: import, and the caller's transaction then rolls everything back.
Progress = Callable[[int, int], None]

#: How many values go into one ``IN (...)`` when looking up known persons (SQLite allows 32,766).
_CHUNK = 500


class Action(StrEnum):
    """What an import does with one row."""

    CREATE = "create"  # a person (or proposal) new to khdesk
    MATCH = "match"  # a known person, registered for the meeting by this import
    ATTENDING = "attending"  # a person already on the meeting's list: no second attendance
    REJECT = "reject"  # not imported; ``reason`` says why
    #: Shares a phone or e-mail with someone of another name: not imported until the user says
    #: whether it is the same person (``RosterPreview.decide``).
    DECIDE = "decide"


@dataclass(frozen=True)
class Rejection:
    """A row that was not imported: its line in the file and why."""

    line: int
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass
class ImportReport:
    """What an applied import did, in the figures a user checks."""

    what: str
    meeting_id: str
    meeting_number: str
    file_name: str
    created: int = 0
    matched: int = 0
    already_attending: int = 0
    #: Every row not imported, with its reason, the undecided ones (``Action.DECIDE``) included.
    rejected: list[Rejection] = field(default_factory=list)
    #: How many of ``rejected`` were not imported only because nobody said who they are.
    undecided: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "import": self.what,
            "meeting_id": self.meeting_id,
            "meeting": self.meeting_number,
            "file": self.file_name,
            "created": self.created,
            "matched": self.matched,
            "already_attending": self.already_attending,
            "rejected": len(self.rejected),
            "undecided": self.undecided,
            "rejections": [r.as_json() for r in self.rejected],
        }


def _meeting_number(meeting: Meeting) -> str:
    return numbering.format_number(meeting.region_kato, meeting.year, meeting.number)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _organisation_key(text: str | None) -> str:
    # «Мейірім», "Мейірім" and Мейірім are one organisation
    return lookup_key(text or "")


class _KnownPersons:
    """The persons of the database a file may name, found in a few queries, and who of them is
    already on the meeting's list."""

    def __init__(
        self,
        session: Session,
        meeting_id: str,
        *,
        names: Iterable[str] = (),
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
    ) -> None:
        self.by_name: dict[str, list[Person]] = {}
        self.by_phone: dict[str, list[Person]] = {}
        self.by_email: dict[str, list[Person]] = {}
        found: dict[str, Person] = {}
        live = Person.deleted == False  # noqa: E712
        for column, values in (
            (Person.name_key, names),
            (Person.phone, phones),
            (Person.email, emails),
        ):
            unique = sorted(set(values))
            for chunk in _chunks(unique):
                for person in session.exec(select(Person).where(live, col(column).in_(chunk))):
                    found[person.id] = person
        self.found = found
        # UUIDv7 ids are time-ordered: among equals, the person known longest comes first
        for person in sorted(found.values(), key=lambda p: p.id):
            self.by_name.setdefault(person.name_key, []).append(person)
            if person.phone:
                self.by_phone.setdefault(person.phone, []).append(person)
            if person.email:
                self.by_email.setdefault(person.email, []).append(person)
        self.attending: dict[str, Attendance] = {}
        if found:
            ids = sorted(found)
            for chunk in _chunks(ids):
                query = select(Attendance).where(
                    Attendance.meeting_id == meeting_id,
                    Attendance.deleted == False,  # noqa: E712
                    col(Attendance.person_id).in_(chunk),
                )
                for attendance in session.exec(query):
                    self.attending[attendance.person_id] = attendance

    def best(self, candidates: list[Person]) -> Person | None:
        """Among persons who all fit, the one already on the list, else the one known longest."""
        for person in candidates:
            if person.id in self.attending:
                return person
        return candidates[0] if candidates else None


# --- roster ------------------------------------------------------------------------------------


@dataclass
class RosterEntry:
    """One row of a roster and what the import will do with it."""

    row: RosterRow
    action: Action = Action.CREATE
    reason: str | None = None
    sector_code: str | None = None
    #: The known person this row matched (``MATCH``, ``ATTENDING``).
    person_id: str | None = None
    #: The earlier row of the same file naming the same person; this row adds nobody new.
    same_as_line: int | None = None
    #: Someone of another name with this row's phone or e-mail (``shared``): a known person, or
    #: an earlier row of the file; the user decides whether they are the same (``DECIDE``).
    candidate_id: str | None = None
    candidate_line: int | None = None
    candidate_name: str | None = None
    shared: str | None = None
    #: What the user decided about the candidate: the same person (True), another (False).
    same_person: bool | None = None
    # the values as khdesk will store them, once checked
    full_name: str | None = None
    organisation: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None

    @property
    def line(self) -> int:
        return self.row.line

    @property
    def candidate(self) -> str | None:
        """Whom a decision about this row is about ("person:ID" or "line:N"), if anyone."""
        if self.candidate_id is not None:
            return f"person:{self.candidate_id}"
        if self.candidate_line is not None:
            return f"line:{self.candidate_line}"
        return None

    def as_json(self) -> dict[str, Any]:
        return {
            **self.row.as_json(),
            "action": self.action.value,
            "reason": self.reason,
            "sector_code": self.sector_code,
            "person_id": self.person_id,
            "same_as_line": self.same_as_line,
            "candidate_person_id": self.candidate_id,
            "candidate_line": self.candidate_line,
            "same_person": self.same_person,
        }


@dataclass
class RosterPreview:
    """A roster read and decided row by row, before anything is written."""

    meeting_id: str
    meeting_number: str
    file_name: str
    entries: list[RosterEntry]
    #: The sector given to every row whose sector khdesk does not recognise (instead of rejecting).
    unknown_sector: str | None = None
    #: Sectors named in the file's own words, mapped by the user (see ``map_sector``).
    sector_map: dict[str, str] = field(default_factory=dict)
    #: The user's decisions on rows that share a contact with someone of another name: by line,
    #: whom the decision is about (``RosterEntry.candidate``) and whether it is the same person.
    decisions: dict[int, tuple[str, bool]] = field(default_factory=dict)

    def map_sector(self, text: str, code: str) -> None:
        """Count every row whose sector reads ``text`` under the sector ``code``."""
        self.sector_map[lookup_key(text)] = code

    def decide(self, line: int, *, same: bool) -> None:
        """Say whether the row on ``line`` is the person it shares a phone or e-mail with.

        The decision holds for that person only: if a correction of the row puts someone else
        in question, the row waits for a decision again. ``review_roster`` applies it.
        """
        candidate = self.entry(line).candidate
        if candidate is None:
            raise ValueError(f"line {line} shares no phone or e-mail with anyone")
        self.decisions[line] = (candidate, same)

    def entry(self, line: int) -> RosterEntry:
        for entry in self.entries:
            if entry.line == line:
                return entry
        raise KeyError(line)

    def count(self, action: Action) -> int:
        return sum(1 for entry in self.entries if entry.action is action)

    def rejections(self) -> list[Rejection]:
        return [
            Rejection(entry.line, entry.reason or "")
            for entry in self.entries
            if entry.action is Action.REJECT
        ]

    def undecided(self) -> list[Rejection]:
        """The rows not imported until the user says who they are (``Action.DECIDE``)."""
        return [
            Rejection(entry.line, entry.reason or "")
            for entry in self.entries
            if entry.action is Action.DECIDE
        ]

    def unknown_sectors(self) -> list[str]:
        """The sector words of rejected rows that khdesk did not recognise, each once."""
        seen: dict[str, str] = {}
        for entry in self.entries:
            if entry.action is Action.REJECT and entry.sector_code is None and entry.row.sector:
                seen.setdefault(lookup_key(entry.row.sector), entry.row.sector)
        return list(seen.values())


def preview_roster(
    session: Session, meeting_id: str, path: Path, *, unknown_sector: str | None = None
) -> RosterPreview:
    """Read the roster in ``path`` and decide every row for the meeting; writes nothing."""
    meeting = meeting_for_write(session, meeting_id, None)
    _table, rows = read_roster(path)
    preview = RosterPreview(
        meeting_id=meeting.id,
        meeting_number=_meeting_number(meeting),
        file_name=path.name,
        entries=[RosterEntry(row=row) for row in rows],
        unknown_sector=unknown_sector,
    )
    return review_roster(session, preview)


def _check_roster_row(entry: RosterEntry, sector_of: Callable[[str], str | None]) -> str | None:
    """Check and clean one row's values; the reason it is rejected, or None."""
    row = entry.row
    # resolved first, so that the preview can list every unknown sector for mapping at once
    entry.sector_code = sector_of(row.sector)
    if (problem := row.too_long()) is not None:
        return problem
    try:
        entry.full_name = clean_line(row.full_name, field="the full name")
        entry.organisation = clean_line(row.organisation, field="the organisation")
        entry.position = clean_line(row.position, field="the position")
    except InvalidInput as error:
        return str(error)
    if not entry.full_name:
        return "no name: type the person's full name, or leave the row out."
    # the reasons do not repeat the phone or e-mail: reports get copied, personal data should not
    try:
        entry.phone = clean_phone(row.phone)
    except InvalidInput:
        return "the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty."
    try:
        entry.email = clean_email(row.email)
    except InvalidInput:
        return "the e-mail is malformed: correct it or leave it empty."
    if entry.sector_code is None:
        return (
            f"unknown sector '{row.sector}': write a sector's code or name from the list, "
            "or map it to one."
        )
    return None


def review_roster(session: Session, preview: RosterPreview) -> RosterPreview:
    """Decide every row again, after corrections or against a changed database; writes nothing."""
    meeting_for_write(session, preview.meeting_id, None)
    sectors = sector_lookup(session)
    fallback = require_sector(session, preview.unknown_sector) if preview.unknown_sector else None
    for code in preview.sector_map.values():
        require_sector(session, code)

    def sector_of(text: str) -> str | None:
        if not text.strip():
            return "other"  # a roster without sectors counts its people under "other"
        return preview.sector_map.get(lookup_key(text)) or sectors.find(text) or fallback

    valid: list[RosterEntry] = []
    for entry in preview.entries:
        entry.action, entry.reason = Action.CREATE, None
        entry.person_id, entry.same_as_line, entry.sector_code = None, None, None
        entry.candidate_id = entry.candidate_line = entry.candidate_name = entry.shared = None
        entry.same_person = None
        reason = _check_roster_row(entry, sector_of)
        if reason is not None:
            entry.action, entry.reason = Action.REJECT, reason
        else:
            valid.append(entry)

    known = _KnownPersons(
        session,
        preview.meeting_id,
        names=[name_key(e.full_name or "") for e in valid],
        phones=[e.phone for e in valid if e.phone],
        emails=[e.email for e in valid if e.email],
    )
    # earlier rows of the same file: by name and organisation, and by each contact
    by_name: dict[str, RosterEntry] = {}
    by_contact: dict[str, list[RosterEntry]] = {}
    for entry in valid:
        name, identity = entry.full_name or "", _name_identity(entry)
        contacts = _contact_keys(entry)
        sharing = [(shared, e) for shared, key in contacts for e in by_contact.get(key, [])]
        earlier = by_name.get(identity) or next(
            (e for _shared, e in sharing if names_agree(e.full_name or "", name)), None
        )
        if earlier is not None:
            _same_as_earlier(entry, earlier)
        else:
            found = _match_known(known, entry)
            if found.person is not None:
                _known(entry, known, found.person)
            elif found.candidate is not None:
                entry.candidate_id = found.candidate.id
                entry.candidate_name = found.candidate.full_name
                entry.shared = found.shared
            elif sharing:
                shared, other = sharing[0]
                entry.candidate_line, entry.candidate_name = other.line, other.full_name
                entry.shared = shared
            if entry.candidate is not None:
                _decided(entry, preview.decisions.get(entry.line), known, preview)
        by_name.setdefault(identity, entry)
        for _shared, key in contacts:
            by_contact.setdefault(key, []).append(entry)
    return preview


def _same_as_earlier(entry: RosterEntry, earlier: RosterEntry) -> None:
    """The same person twice in one file: one person, one attendance."""
    entry.same_as_line, entry.person_id = earlier.line, earlier.person_id
    if earlier.action is Action.DECIDE:
        entry.action = Action.DECIDE
        entry.reason = f"the same person as line {earlier.line}, which is still to be decided."
        return
    entry.action = Action.ATTENDING if earlier.action is Action.ATTENDING else Action.MATCH
    entry.reason = f"the same person as line {earlier.line}"


def _known(entry: RosterEntry, known: _KnownPersons, person: Person) -> None:
    entry.person_id = person.id
    entry.action = Action.ATTENDING if person.id in known.attending else Action.MATCH


def _decided(
    entry: RosterEntry,
    decision: tuple[str, bool] | None,
    known: _KnownPersons,
    preview: RosterPreview,
) -> None:
    """Apply the user's decision about a row that shares a contact, or make it wait for one."""
    if decision is None or decision[0] != entry.candidate:
        entry.action = Action.DECIDE
        whom = (
            "a known person of another name"
            if entry.candidate_id is not None
            else f"line {entry.candidate_line}, which gives another name"
        )
        # no phone, e-mail or name in the reason: reports get copied, personal data should not
        entry.reason = (
            f"shares its {entry.shared} with {whom}: say in the window's import preview whether "
            f"this is the same person, or correct the name or the {entry.shared} in the file."
        )
        return
    entry.same_person = decision[1]
    if not entry.same_person:
        entry.action = Action.CREATE
    elif entry.candidate_id is not None:
        _known(entry, known, known.found[entry.candidate_id])
    elif entry.candidate_line is not None:
        _same_as_earlier(entry, preview.entry(entry.candidate_line))


def _name_identity(entry: RosterEntry) -> str:
    return f"name:{name_key(entry.full_name or '')}|{_organisation_key(entry.organisation)}"


def _contact_keys(entry: RosterEntry) -> list[tuple[str, str]]:
    """The row's contacts as (what is shared, key): a phone, an e-mail."""
    keys = []
    if entry.phone:
        keys.append(("phone", f"phone:{entry.phone}"))
    if entry.email:
        keys.append(("e-mail", f"email:{entry.email}"))
    return keys


@dataclass
class _KnownMatch:
    """The known person a row is; or, when only a contact says so, the one it shares it with."""

    person: Person | None = None
    candidate: Person | None = None
    shared: str | None = None


def _match_known(known: _KnownPersons, entry: RosterEntry) -> _KnownMatch:
    name = entry.full_name or ""
    sharing: _KnownMatch | None = None
    for shared, persons in (
        ("phone", known.by_phone.get(entry.phone, []) if entry.phone else []),
        ("e-mail", known.by_email.get(entry.email, []) if entry.email else []),
    ):
        agreeing = [p for p in persons if names_agree(p.full_name, name)]
        if agreeing:
            return _KnownMatch(person=known.best(agreeing))
        if persons and sharing is None:
            sharing = _KnownMatch(candidate=known.best(persons), shared=shared)
    organisation = _organisation_key(entry.organisation)
    same_name = known.by_name.get(name_key(name), [])
    person = known.best([p for p in same_name if _organisation_key(p.organisation) == organisation])
    if person is not None:
        return _KnownMatch(person=person)
    return sharing or _KnownMatch()


def _arrival(meeting: Meeting) -> dt.datetime | None:
    """When people typed in from a signed sheet arrived: the meeting's start, if it has one."""
    if meeting.starts_at is None:
        return None
    return dt.datetime.combine(meeting.date, meeting.starts_at).astimezone().astimezone(dt.UTC)


def apply_roster(
    session: Session,
    actor: Actor,
    preview: RosterPreview,
    *,
    present: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the accepted rows of ``preview`` in the caller's transaction.

    New persons are created (contacts kept only with consent, which a roster records on paper);
    everyone accepted is registered for the meeting, and with ``present`` also marked as attended
    (a signed attendance sheet typed in). A person already on the list is not registered twice.
    A row still to be decided (``Action.DECIDE``) is not imported: it is reported with the
    rejected rows, its reason saying what to decide, and counted in ``undecided``.
    """
    review_roster(session, preview)
    meeting = meeting_for_write(session, preview.meeting_id, None)
    online = meeting.format == MeetingFormat.ONLINE
    mode = AttendanceMode.ONLINE if online else AttendanceMode.IN_PERSON
    arrival = _arrival(meeting)
    undecided = preview.undecided()
    report = ImportReport(
        what="participants",
        meeting_id=meeting.id,
        meeting_number=preview.meeting_number,
        file_name=preview.file_name,
        rejected=sorted(preview.rejections() + undecided, key=lambda r: r.line),
        undecided=len(undecided),
    )
    person_of_line: dict[int, str] = {}
    total = len(preview.entries)
    for done, entry in enumerate(preview.entries, start=1):
        if progress is not None:
            progress(done - 1, total)
        if entry.action in (Action.REJECT, Action.DECIDE):
            continue
        if entry.same_as_line is not None:
            person_id = person_of_line[entry.same_as_line]
        elif entry.action is Action.CREATE:
            person_id = participants.add_person(
                session,
                actor,
                full_name=entry.full_name or "",
                organisation=entry.organisation,
                position=entry.position,
                sector=entry.sector_code or "other",
                phone=entry.phone,
                email=entry.email,
                region=meeting.region_kato,
                consent=entry.row.consent,
                consent_method=ConsentMethod.PAPER.value if entry.row.consent else None,
            ).id
        else:
            person_id = entry.person_id or ""
        person_of_line[entry.line] = person_id
        if present:
            participants.check_in(session, actor, meeting.id, person_id, at=arrival, mode=mode)
        else:
            participants.register(session, actor, meeting.id, person_id, mode=mode)
        if entry.action is Action.CREATE:
            report.created += 1
        elif entry.action is Action.MATCH:
            report.matched += 1
        else:
            report.already_attending += 1
    if progress is not None:
        progress(total, total)
    return report


# --- Zoom --------------------------------------------------------------------------------------


@dataclass
class ZoomEntry:
    """One person of a Zoom report (all their joins), or one row of it that cannot be used."""

    line: int
    name: str
    action: Action = Action.CREATE
    reason: str | None = None
    attendee: ZoomAttendee | None = None
    person_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        attendee = self.attendee
        return {
            "line": self.line,
            "lines": attendee.lines if attendee else [self.line],
            "name": self.name,
            "email": attendee.email if attendee else None,
            "joined": attendee.joined.isoformat() if attendee else None,
            "left": attendee.left.isoformat() if attendee and attendee.left else None,
            "action": self.action.value,
            "reason": self.reason,
            "person_id": self.person_id,
        }


@dataclass
class ZoomPreview:
    """A Zoom report read and decided person by person, before anything is written."""

    meeting_id: str
    meeting_number: str
    file_name: str
    entries: list[ZoomEntry]
    #: The sector of people new to khdesk (Zoom does not say it).
    sector: str = "other"

    def count(self, action: Action) -> int:
        return sum(1 for entry in self.entries if entry.action is action)

    def rejections(self) -> list[Rejection]:
        return sorted(
            (
                Rejection(entry.line, entry.reason or "")
                for entry in self.entries
                if entry.action is Action.REJECT
            ),
            key=lambda r: r.line,
        )


def preview_zoom(
    session: Session,
    meeting_id: str,
    path: Path,
    *,
    sector: str = "other",
    zone: dt.tzinfo | None = None,
) -> ZoomPreview:
    """Read Zoom's participants report and decide every person for the meeting; writes nothing.

    Zoom writes times in the zone of the account that exported the report; ``zone`` is that zone,
    this computer's own by default. A join on a day other than the meeting's is rejected.
    """
    meeting = meeting_for_write(session, meeting_id, None)
    attendees, bad_rows = read_zoom_report(path, zone=zone, meeting_date=meeting.date)
    entries = [ZoomEntry(line=a.line, name=a.name, attendee=a) for a in attendees]
    entries += [
        ZoomEntry(line=row.line, name=row.name, action=Action.REJECT, reason=row.problem)
        for row in bad_rows
    ]
    preview = ZoomPreview(
        meeting_id=meeting.id,
        meeting_number=_meeting_number(meeting),
        file_name=path.name,
        entries=entries,
        sector=sector,
    )
    return review_zoom(session, preview)


def _zoom_names(attendee: ZoomAttendee) -> list[str]:
    names = [] if attendee.device_only else [name_key(attendee.name)]
    if attendee.other_name:
        names.append(name_key(attendee.other_name))
    return names


def review_zoom(session: Session, preview: ZoomPreview) -> ZoomPreview:
    """Decide every person of the report again (after a change of sector, say); writes nothing."""
    meeting_for_write(session, preview.meeting_id, None)
    require_sector(session, preview.sector)
    people = [e for e in preview.entries if e.attendee is not None]
    known = _KnownPersons(
        session,
        preview.meeting_id,
        names=[key for e in people if e.attendee for key in _zoom_names(e.attendee)],
        emails=[e.attendee.email for e in people if e.attendee and e.attendee.email],
    )
    for entry in people:
        attendee = entry.attendee
        assert attendee is not None  # people holds only entries with an attendee
        entry.action, entry.reason, entry.person_id = Action.CREATE, None, None
        person = None
        if attendee.email:
            person = known.best(known.by_email.get(attendee.email, []))
        if person is None and attendee.device_only:
            entry.action = Action.REJECT
            entry.reason = (
                f"Zoom names this person only by a device ('{attendee.name}') and no known "
                "person has their e-mail: check them in by hand in the meeting's participants."
            )
            continue
        if person is None:
            # Zoom gives no organisation: the name alone identifies a person, if it is unambiguous
            candidates: dict[str, Person] = {}
            for key in _zoom_names(attendee):
                for candidate in known.by_name.get(key, []):
                    candidates[candidate.id] = candidate
            listed = [p for p in candidates.values() if p.id in known.attending]
            if len(listed) == 1 or len(candidates) == 1:
                person = listed[0] if listed else next(iter(candidates.values()))
            elif len(candidates) > 1:
                entry.action = Action.REJECT
                entry.reason = (
                    f"{len(candidates)} known persons have this name: check this person in "
                    "by hand in the meeting's participants."
                )
                continue
        if person is not None:
            entry.person_id = person.id
            entry.action = Action.ATTENDING if person.id in known.attending else Action.MATCH
    return preview


def apply_zoom(
    session: Session,
    actor: Actor,
    preview: ZoomPreview,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Mark everyone of the report present online, with their first join and last leave.

    People new to khdesk are created under ``preview.sector`` without consent (Zoom's report
    records none, so their e-mail is not kept). Someone already present keeps their attendance
    as it is, so importing the same report twice changes nothing.
    """
    review_zoom(session, preview)
    meeting = meeting_for_write(session, preview.meeting_id, None)
    recorder = Recorder(session, actor)
    report = ImportReport(
        what="zoom",
        meeting_id=meeting.id,
        meeting_number=preview.meeting_number,
        file_name=preview.file_name,
        rejected=preview.rejections(),
    )
    total = len(preview.entries)
    for done, entry in enumerate(preview.entries):
        if progress is not None:
            progress(done, total)
        attendee = entry.attendee
        if entry.action is Action.REJECT or attendee is None:
            continue
        if entry.action is Action.CREATE:
            person_id = participants.add_person(
                session,
                actor,
                full_name=attendee.name,
                sector=preview.sector,
                region=meeting.region_kato,
            ).id
            report.created += 1
        else:
            person_id = entry.person_id or ""
            if entry.action is Action.MATCH:
                report.matched += 1
            else:
                report.already_attending += 1
        existing = session.exec(
            select(Attendance).where(
                Attendance.meeting_id == meeting.id,
                Attendance.person_id == person_id,
                Attendance.deleted == False,  # noqa: E712
            )
        ).first()
        if existing is not None and existing.present:
            continue
        attendance = participants.check_in(
            session,
            actor,
            meeting.id,
            person_id,
            at=attendee.joined,
            mode=AttendanceMode.ONLINE,
        )
        # check_in keeps the mode of an earlier registration; this person came online
        recorder.update(attendance, {"left_at": attendee.left, "mode": AttendanceMode.ONLINE.value})
    if progress is not None:
        progress(total, total)
    return report


# --- proposals ---------------------------------------------------------------------------------


@dataclass
class ProposalEntry:
    """One row of a proposals file and what the import will do with it."""

    row: ProposalRow
    action: Action = Action.CREATE
    reason: str | None = None
    kind: str | None = None
    direction_code: str | None = None
    section_code: str | None = None
    #: The meeting's attendee who wrote it, when the author's name names exactly one.
    author_person_id: str | None = None
    text: str | None = None
    author: str | None = None
    organisation: str | None = None

    @property
    def line(self) -> int:
        return self.row.line

    def as_json(self) -> dict[str, Any]:
        return {
            **self.row.as_json(),
            "action": self.action.value,
            "reason": self.reason,
            "kind_code": self.kind,
            "direction_code": self.direction_code,
            "section_code": self.section_code,
            "author_person_id": self.author_person_id,
        }


@dataclass
class ProposalsPreview:
    """A proposals file read and checked row by row, before anything is written."""

    meeting_id: str
    meeting_number: str
    file_name: str
    entries: list[ProposalEntry]

    def count(self, action: Action) -> int:
        return sum(1 for entry in self.entries if entry.action is action)

    def rejections(self) -> list[Rejection]:
        return [
            Rejection(entry.line, entry.reason or "")
            for entry in self.entries
            if entry.action is Action.REJECT
        ]


def preview_proposals(session: Session, meeting_id: str, path: Path) -> ProposalsPreview:
    """Read the proposals in ``path`` and check every row for the meeting; writes nothing."""
    meeting = meeting_for_write(session, meeting_id, None)
    _table, rows = read_proposals(path)
    preview = ProposalsPreview(
        meeting_id=meeting.id,
        meeting_number=_meeting_number(meeting),
        file_name=path.name,
        entries=[ProposalEntry(row=row) for row in rows],
    )
    return review_proposals(session, preview)


def review_proposals(session: Session, preview: ProposalsPreview) -> ProposalsPreview:
    """Check every row again (after corrections); writes nothing."""
    meeting_for_write(session, preview.meeting_id, None)
    directions = direction_lookup(session)
    sections, direction_of_section = section_lookup(session)
    authors: dict[str, list[str]] = {}
    for _attendance, person in participants.attendances(session, preview.meeting_id):
        authors.setdefault(person.name_key, []).append(person.id)
    for entry in preview.entries:
        entry.action, entry.reason = Action.CREATE, None
        entry.kind = entry.direction_code = entry.section_code = entry.author_person_id = None
        reason = _check_proposal_row(entry, directions.find, sections.find, direction_of_section)
        if reason is not None:
            entry.action, entry.reason = Action.REJECT, reason
            continue
        same_name = authors.get(name_key(entry.author or ""), []) if entry.author else []
        if len(same_name) == 1:
            entry.author_person_id = same_name[0]
    return preview


def _check_proposal_row(
    entry: ProposalEntry,
    find_direction: Callable[[str], str | None],
    find_section: Callable[[str], str | None],
    direction_of_section: dict[str, str],
) -> str | None:
    row = entry.row
    if (problem := row.too_long()) is not None:
        return problem
    try:
        entry.text = clean_text(row.text, field="the text")
        entry.author = clean_line(row.author, field="the author")
        entry.organisation = clean_line(row.organisation, field="the organisation")
    except InvalidInput as error:
        return str(error)
    if not entry.text:
        return "no text: type the proposal or comment, or leave the row out."
    kind = proposal_kind(row.kind)
    if kind is None:
        return (
            f"unknown kind '{row.kind}': write proposal or comment "
            "(предложение / замечание, ұсыныс / ескерту)."
        )
    entry.kind = kind.value
    section = None
    if row.section.strip():
        section = find_section(row.section)
        if section is None:
            return f"unknown prospectus section '{row.section}': write a code such as D2.3."
    direction = find_direction(row.direction) if row.direction.strip() else None
    if row.direction.strip() and direction is None:
        return f"unknown direction '{row.direction}': write D1 to D6 or the direction's name."
    if direction is None and section is not None:
        direction = direction_of_section[section]  # a section names its direction
    if direction is None:
        return "no direction: write D1 to D6 or the direction's name."
    if section is not None and direction_of_section[section] != direction:
        return (
            f"section {section} belongs to direction {direction_of_section[section]}, "
            f"not {direction}: pick a section of the same direction."
        )
    entry.direction_code, entry.section_code = direction, section
    return None


def apply_proposals(
    session: Session,
    actor: Actor,
    preview: ProposalsPreview,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Add the accepted proposals to the meeting, numbered in the file's order, in the caller's
    transaction."""
    review_proposals(session, preview)
    report = ImportReport(
        what="proposals",
        meeting_id=preview.meeting_id,
        meeting_number=preview.meeting_number,
        file_name=preview.file_name,
        rejected=preview.rejections(),
    )
    total = len(preview.entries)
    for done, entry in enumerate(preview.entries):
        if progress is not None:
            progress(done, total)
        if entry.action is Action.REJECT:
            continue
        proposals.add_proposal(
            session,
            actor,
            preview.meeting_id,
            text=entry.text or "",
            kind=entry.kind or "proposal",
            direction=entry.direction_code or "",
            section=entry.section_code,
            author_name=entry.author,
            author_person_id=entry.author_person_id,
            organisation=entry.organisation,
        )
        report.created += 1
    if progress is not None:
        progress(total, total)
    return report
