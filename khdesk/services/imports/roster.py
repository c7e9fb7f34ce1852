"""A roster of participants imported into a meeting: who is new, who is known, who to decide.

Matching a known person (see docs/imports.md): the same phone or the same e-mail with a name that
agrees (``names_agree``), or the same name and organisation ignoring case, spacing and
Kazakh/Russian letter variants. A phone or an e-mail shared with someone of another name (an
office's phone, a secretary's e-mail) is not a match: the row waits for the user to say whether
it is the same person (``Action.DECIDE``, ``RosterPreview.decide``), and until then it is not
imported. A person already on the meeting's list never gets a second attendance.

Sectors (``khdesk.domain.sectors``): a row's sector is found by the sectors' codes, names and
synonyms; failing that, by the user's mapping of the word (in this preview, or remembered from
an earlier import, ``mappings``); failing that, in the window (``suggest``), by a sector the
word or the organisation's name suggests, which the preview shows as a suggestion. An empty
sector is ``other`` unless the organisation suggests one; a word nothing explains rejects the
row until it is mapped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from sqlmodel import Session

from khdesk.domain.errors import InvalidInput, Label, Message
from khdesk.domain.names import name_key, names_agree
from khdesk.domain.sectors import SectorMatcher, sector_key
from khdesk.domain.validation import (
    FoldedName,
    NotLatinEmail,
    clean_email,
    clean_line,
    clean_phone,
    email_letter_reason,
    fold_look_alikes,
)
from khdesk.domain.vocabulary import AttendanceMode, ConsentMethod, MeetingFormat
from khdesk.io.roster import RosterRow, read_roster
from khdesk.services import participants
from khdesk.services.common import meeting_for_write, require_sector
from khdesk.services.imports import mappings
from khdesk.services.imports.known import KnownPersons, organisation_key
from khdesk.services.imports.pipeline import (
    Action,
    Field,
    ImportEntry,
    Importer,
    ImportPreview,
    Option,
    OptionKind,
    RowWriter,
    SectorWord,
    Source,
    folded_note,
)
from khdesk.services.imports.sectors import sector_matcher
from khdesk.services.recorder import Actor
from khdesk.storage.models import Meeting, Person

#: The words for what a row shares with someone, as its reason names them.
_SHARED = {"phone": Label("phone"), "e-mail": Label("e-mail")}
_CLEANED = {
    "full_name": Label("the full name"),
    "organisation": Label("the organisation"),
    "position": Label("the position"),
}


class SectorFound(StrEnum):
    """How a row's sector was found."""

    FILE = "file"  # the file names a sector (its code, a name or a synonym)
    MAPPED = "mapped"  # the user mapped the file's word to a sector in this preview
    REMEMBERED = "remembered"  # ... in an earlier import on this laptop
    SUGGESTED = "suggested"  # the word or the organisation's name suggests it: a guess to check
    DEFAULT = "default"  # an empty sector and nothing to suggest one: "other"
    FALLBACK = "fallback"  # the sector given for every word khdesk does not know


@dataclass
class RosterEntry(ImportEntry):
    """One row of a roster and what the import will do with it."""

    row: RosterRow
    sector_code: str | None = None
    #: How ``sector_code`` was found (None: it was not).
    sector_found: SectorFound | None = None
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
    #: The name with its look-alike letters replaced, when the file's name had any.
    folded: FoldedName | None = None

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

    def reset(self) -> None:
        super().reset()
        self.person_id, self.same_as_line, self.sector_code = None, None, None
        self.sector_found = self.folded = None
        self.candidate_id = self.candidate_line = self.candidate_name = self.shared = None
        self.same_person = None

    def as_json(self) -> dict[str, Any]:
        return {
            **self.row.as_json(),
            **super().as_json(),
            "sector_code": self.sector_code,
            "sector_found": self.sector_found.value if self.sector_found else None,
            "person_id": self.person_id,
            "same_as_line": self.same_as_line,
            "candidate_person_id": self.candidate_id,
            "candidate_line": self.candidate_line,
            "same_person": self.same_person,
        }


@dataclass
class RosterPreview(ImportPreview[RosterEntry]):
    """A roster read and decided row by row, before anything is written."""

    #: The sector given to every row whose sector khdesk does not recognise (instead of rejecting).
    unknown_sector: str | None = None
    #: Everyone accepted is also marked as attended (a signed attendance sheet typed in).
    present: bool = False
    #: Sectors named in the file's own words, mapped by the user (see ``map_sector``), by the
    #: folded word (``sector_key``); None where the user took a mapping back.
    sector_map: dict[str, str | None] = field(default_factory=dict)
    #: The words mapped in earlier imports on this laptop (``mappings.remembered``).
    remembered: dict[str, str] = field(default_factory=dict)
    #: Suggest a sector from the word or the organisation's name where the file names none
    #: (the window sets it: the user sees each suggestion before importing).
    suggest: bool = False
    #: The file's sector words that no sector's name or synonym is, as the last review found.
    words: list[SectorWord] = field(default_factory=list)
    #: The user's decisions on rows that share a contact with someone of another name: by line,
    #: whom the decision is about (``RosterEntry.candidate``) and whether it is the same person.
    decisions: dict[int, tuple[str, bool]] = field(default_factory=dict)

    def map_sector(self, text: str, code: str | None) -> None:
        """Count every row whose sector reads ``text`` under the sector ``code``; with None,
        under neither the sector mapped before nor the one remembered."""
        self.sector_map[sector_key(text)] = code

    def mapping(self, text: str) -> tuple[str | None, bool]:
        """The sector the word ``text`` is mapped to, and whether that was remembered."""
        key = sector_key(text)
        if key in self.sector_map:
            return self.sector_map[key], False
        code = self.remembered.get(key)
        return code, code is not None

    def decide(self, line: int, *, same: bool) -> None:
        """Say whether the row on ``line`` is the person it shares a phone or e-mail with.

        The decision holds for that person only: if a correction of the row puts someone else
        in question, the row waits for a decision again. The next review applies it.
        """
        candidate = self.entry(line).candidate
        if candidate is None:
            raise ValueError(f"line {line} shares no phone or e-mail with anyone")
        self.decisions[line] = (candidate, same)

    def unknown_sectors(self) -> list[str]:
        """The sector words of the file that no sector's name or synonym is, each once (as the
        file first writes it), whether mapped, suggested or neither."""
        return [word.text for word in self.words]


class RosterImporter(Importer[RosterEntry, RosterPreview]):
    """Participants from a roster: created, matched, or decided by the user, then registered."""

    name = "roster"
    report_name = "participants"
    preview_type = RosterPreview
    title = Message("Import a roster")
    file_types = Message("Rosters (*.csv *.xlsx *.txt);;All files (*)")
    fields = (
        Field("full_name", Message("Full name")),
        Field("organisation", Message("Organisation")),
        Field("position", Message("Position")),
        Field("sector", Message("Sector"), sector=True),
        Field("phone", Message("Phone")),
        Field("email", Message("E-mail")),
        Field("consent", Message("Agrees to the processing of personal data"), check=True),
    )
    options = (
        Option(
            "present",
            OptionKind.CHECK,
            Message("Everyone in the file was present (typing in a signed paper sheet)"),
        ),
        Option("unknown_sector", OptionKind.SECTOR),
        Option("suggest", OptionKind.VALUE),
    )
    decides_rows = True
    maps_sectors = True
    window_options: ClassVar[dict[str, Any]] = {"suggest": True}

    def read(
        self, session: Session, meeting: Meeting, path: Path, preview: RosterPreview
    ) -> list[RosterEntry]:
        table, rows = read_roster(path)
        preview.source = Source.of(table)
        preview.remembered = mappings.remembered(session)
        return [RosterEntry(row=row) for row in rows]

    def check(self, session: Session, preview: RosterPreview) -> None:
        matcher = sector_matcher(session)
        fallback = (
            require_sector(session, preview.unknown_sector) if preview.unknown_sector else None
        )
        for code in preview.sector_map.values():
            if code is not None:
                require_sector(session, code)
        # a sector headquarters has since removed no longer maps anything
        known_codes = set(matcher.codes)
        preview.remembered = {k: c for k, c in preview.remembered.items() if c in known_codes}

        def sector_of(entry: RosterEntry) -> None:
            entry.sector_code, entry.sector_found = _sector_of(
                entry.row, matcher, preview, fallback
            )

        valid: list[RosterEntry] = []
        for entry in preview.entries:
            entry.reset()
            reason = _check_row(entry, sector_of)
            if reason is not None:
                entry.reject(reason)
            else:
                valid.append(entry)
        preview.words = _sector_words(preview, matcher)

        known = KnownPersons(
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

    def writer(
        self, session: Session, actor: Actor, preview: RosterPreview
    ) -> RowWriter[RosterEntry]:
        """New persons are created (contacts kept only with consent, which a roster records on
        paper); everyone accepted is registered for the meeting, and with ``present`` also
        marked as attended. A person already on the list is not registered twice."""
        meeting = meeting_for_write(session, preview.meeting_id, None)
        online = meeting.format == MeetingFormat.ONLINE
        mode = AttendanceMode.ONLINE if online else AttendanceMode.IN_PERSON
        arrival = _arrival(meeting)
        present = preview.present
        person_of_line: dict[int, str] = {}

        def write(entry: RosterEntry) -> None:
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

        return write

    # --- what the window shows ----------------------------------------------------------------
    def describe(self, entry: RosterEntry) -> str:
        row = entry.row
        return " · ".join(part for part in (row.full_name, row.organisation, row.sector) if part)

    def shown_reason(self, entry: RosterEntry) -> Message | None:
        """For rows that share a contact: with whom, by name (which the stored reason omits);
        for a row with nothing else to say whose name had look-alike letters, the name as it
        will be stored."""
        reason = self._shown_reason(entry)
        if reason is None and entry.action is not Action.REJECT:
            return folded_note(_CLEANED["full_name"], entry.folded)
        return reason

    def _shown_reason(self, entry: RosterEntry) -> Message | None:
        if entry.candidate is None and entry.same_as_line is None:
            return entry.reason
        name = entry.candidate_name or ""
        if entry.same_person is True:
            return Message("you said: the same person as «{name}».", name=name)
        if entry.same_person is False:
            return Message("you said: not the same person as «{name}».", name=name)
        if entry.action is not Action.DECIDE or entry.candidate is None:
            return entry.reason
        phone = entry.shared == "phone"
        if entry.candidate_id is not None:
            if phone:
                return Message(
                    "the same phone as «{name}», who is known, but another name: the same person?",
                    name=name,
                )
            return Message(
                "the same e-mail as «{name}», who is known, but another name: the same person?",
                name=name,
            )
        if phone:
            return Message(
                "the same phone as line {line} («{name}»), but another name: the same person?",
                line=entry.candidate_line,
                name=name,
            )
        return Message(
            "the same e-mail as line {line} («{name}»), but another name: the same person?",
            line=entry.candidate_line,
            name=name,
        )

    def value(self, entry: RosterEntry, name: str) -> str | bool:
        if name not in {f.name for f in self.fields}:
            raise KeyError(name)
        value: str | bool = getattr(entry.row, name)
        return value

    def correct(self, entry: RosterEntry, name: str, value: str | bool) -> None:
        entry.row.set(name, value)
        entry.corrected.add(name)

    def decidable(self, entry: RosterEntry) -> bool:
        return entry.candidate is not None

    def decide(self, preview: RosterPreview, line: int, *, same: bool) -> None:
        preview.decide(line, same=same)

    def unknown_sectors(self, preview: RosterPreview) -> list[str]:
        return preview.unknown_sectors()

    def sector_words(self, preview: RosterPreview) -> list[SectorWord]:
        return list(preview.words)

    def map_sector(self, preview: RosterPreview, text: str, code: str | None) -> None:
        preview.map_sector(text, code)

    def counted_sector(self, entry: RosterEntry) -> tuple[str, str] | None:
        if entry.sector_code is None or entry.sector_found is None:
            return None
        return entry.sector_code, entry.sector_found.value

    def remember(self, session: Session, preview: RosterPreview) -> None:
        """The words the user mapped (or took a mapping back from) are remembered."""
        mappings.remember(session, preview.sector_map)


ROSTER = RosterImporter()


def _sector_of(
    row: RosterRow, matcher: SectorMatcher, preview: RosterPreview, fallback: str | None
) -> tuple[str | None, SectorFound | None]:
    """The sector a row is counted under, and how it was found (see the module docstring)."""
    text = row.sector
    if not text.strip():
        if preview.suggest and (code := matcher.suggest(row.organisation)):
            return code, SectorFound.SUGGESTED
        return "other", SectorFound.DEFAULT  # a roster without sectors counts them as "other"
    if (code := matcher.find(text)) is not None:
        return code, SectorFound.FILE
    mapped, remembered = preview.mapping(text)
    if mapped is not None:
        return mapped, SectorFound.REMEMBERED if remembered else SectorFound.MAPPED
    if preview.suggest and (code := matcher.suggest(text) or matcher.suggest(row.organisation)):
        return code, SectorFound.SUGGESTED
    if fallback is not None:
        return fallback, SectorFound.FALLBACK
    return None, None


def _sector_words(preview: RosterPreview, matcher: SectorMatcher) -> list[SectorWord]:
    """The file's sector words that no sector's name or synonym is, with what their rows got."""
    spelling: dict[str, str] = {}
    rows: Counter[str] = Counter()
    suggested: dict[str, Counter[str]] = {}
    for entry in preview.entries:
        text = entry.row.sector
        if not text.strip() or matcher.find(text) is not None:
            continue
        key = sector_key(text)
        spelling.setdefault(key, text.strip())
        rows[key] += 1
        if entry.sector_found is SectorFound.SUGGESTED and entry.sector_code:
            suggested.setdefault(key, Counter())[entry.sector_code] += 1
    words = []
    for key, text in spelling.items():
        mapped, remembered = preview.mapping(text)
        found = suggested.get(key, Counter())
        count = sum(found.values())
        unanimous = next(iter(found)) if len(found) == 1 and count == rows[key] else None
        words.append(
            SectorWord(
                text=text,
                rows=rows[key],
                mapped=mapped,
                remembered=remembered,
                suggested=unanimous,
                suggested_rows=count,
            )
        )
    return words


def _check_row(entry: RosterEntry, sector_of: Callable[[RosterEntry], None]) -> Message | None:
    """Check and clean one row's values; the reason it is rejected, or None."""
    row = entry.row
    # resolved first, so that the preview can list every unknown sector for mapping at once
    sector_of(entry)
    if (problem := row.too_long()) is not None:
        return problem
    try:
        entry.full_name = clean_line(row.full_name, field=_CLEANED["full_name"])
        if entry.full_name:
            # a Latin «i» among Cyrillic letters, as the window's name field replaces it
            entry.folded = fold_look_alikes(entry.full_name)
            entry.full_name = entry.folded.text
        entry.organisation = clean_line(row.organisation, field=_CLEANED["organisation"])
        entry.position = clean_line(row.position, field=_CLEANED["position"])
    except InvalidInput as error:
        return error.message
    if not entry.full_name:
        return Message("no name: type the person's full name, or leave the row out.")
    # the reasons do not repeat the phone or e-mail: reports get copied, personal data should not
    try:
        entry.phone = clean_phone(row.phone)
    except InvalidInput:
        return Message("the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.")
    try:
        entry.email = clean_email(row.email)
    except NotLatinEmail as error:
        return email_letter_reason(error)
    except InvalidInput:
        return Message("the e-mail is malformed: correct it or leave it empty.")
    if entry.sector_code is None:
        return Message(
            "unknown sector '{sector}': write a sector's code or name from the list, "
            "or map it to one.",
            sector=row.sector,
        )
    return None


def _same_as_earlier(entry: RosterEntry, earlier: RosterEntry) -> None:
    """The same person twice in one file: one person, one attendance."""
    entry.same_as_line, entry.person_id = earlier.line, earlier.person_id
    if earlier.action is Action.DECIDE:
        entry.action = Action.DECIDE
        entry.reason = Message(
            "the same person as line {line}, which is still to be decided.", line=earlier.line
        )
        return
    entry.action = Action.ATTENDING if earlier.action is Action.ATTENDING else Action.MATCH
    entry.reason = Message("the same person as line {line}", line=earlier.line)


def _known(entry: RosterEntry, known: KnownPersons, person: Person) -> None:
    entry.person_id = person.id
    entry.action = Action.ATTENDING if person.id in known.attending else Action.MATCH


def _decided(
    entry: RosterEntry,
    decision: tuple[str, bool] | None,
    known: KnownPersons,
    preview: RosterPreview,
) -> None:
    """Apply the user's decision about a row that shares a contact, or make it wait for one."""
    if decision is None or decision[0] != entry.candidate:
        entry.action = Action.DECIDE
        whom = (
            Label("a known person of another name")
            if entry.candidate_id is not None
            else Message("line {line}, which gives another name", line=entry.candidate_line)
        )
        shared = _SHARED[entry.shared or "phone"]
        # no phone, e-mail or name in the reason: reports get copied, personal data should not
        entry.reason = Message(
            "shares its {shared} with {whom}: say in the window's import preview whether this "
            "is the same person, or correct the name or the {shared} in the file.",
            shared=shared,
            whom=whom,
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
    return f"name:{name_key(entry.full_name or '')}|{organisation_key(entry.organisation)}"


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


def _match_known(known: KnownPersons, entry: RosterEntry) -> _KnownMatch:
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
    organisation = organisation_key(entry.organisation)
    same_name = known.by_name.get(name_key(name), [])
    person = known.best([p for p in same_name if organisation_key(p.organisation) == organisation])
    if person is not None:
        return _KnownMatch(person=person)
    return sharing or _KnownMatch()


def _arrival(meeting: Meeting) -> dt.datetime | None:
    """When people typed in from a signed sheet arrived: the meeting's start, if it has one."""
    if meeting.starts_at is None:
        return None
    return dt.datetime.combine(meeting.date, meeting.starts_at).astimezone().astimezone(dt.UTC)
