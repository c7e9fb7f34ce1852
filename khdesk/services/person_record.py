"""Everything khdesk holds about one person, as a file that person can read (their right of
access): their details and consent, the meetings they registered for or attended, their
proposals and comments, their questions and their speeches.

The file is plain UTF-8 text under headings in the language asked for (``--lang``), written
whole or not at all; it names no record ids beyond the person's own, which the person may quote
when asking for a correction. How to add what a new table holds about a person: read it in
``person_record`` and print it in ``record_text`` under a heading of
``resources/reference/protocol-terms.csv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from khdesk.documents.labels import label
from khdesk.domain.errors import NotFound
from khdesk.domain.vocabulary import ConsentMethod
from khdesk.storage.files import write_whole
from khdesk.storage.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Proposal,
    Question,
    Sector,
    Speech,
)
from khdesk.storage.numbers import device_codes, numbered


@dataclass(frozen=True)
class Seen:
    """One meeting of the person's: its number, date and title, and one line about them there."""

    meeting: str
    date: dt.date
    title: str
    what: str


@dataclass
class PersonRecord:
    """What khdesk holds about one person."""

    person: Person
    sector: str
    attendances: list[tuple[Seen, bool]] = field(default_factory=list)
    proposals: list[Seen] = field(default_factory=list)
    questions: list[Seen] = field(default_factory=list)
    speeches: list[Seen] = field(default_factory=list)


def _seen(meeting: Meeting, codes: dict[str, str | None], what: str) -> Seen:
    return Seen(numbered(meeting, codes), meeting.date, meeting.title, what)


def person_record(session: Session, person_id: str, language: str) -> PersonRecord:
    """Everything about the person ``person_id`` (deleted records of theirs left out)."""
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound(
            "no person has the id {id}: find it with 'khdesk persons find NAME'.", id=person_id
        )
    sector = session.get(Sector, person.sector_code)
    sector_name = getattr(sector, f"name_{language}", None) if sector else None
    record = PersonRecord(person, sector_name or person.sector_code)
    meetings: dict[str, Meeting] = {}

    def meeting(meeting_id: str) -> Meeting:
        if meeting_id not in meetings:
            found = session.get(Meeting, meeting_id)
            assert found is not None  # the database's foreign key
            meetings[meeting_id] = found
        return meetings[meeting_id]

    attendances = session.exec(
        select(Attendance).where(
            Attendance.person_id == person_id, col(Attendance.deleted).is_(False)
        )
    ).all()
    proposals = session.exec(
        select(Proposal).where(
            Proposal.author_person_id == person_id, col(Proposal.deleted).is_(False)
        )
    ).all()
    questions = session.exec(
        select(Question).where(
            Question.asker_person_id == person_id, col(Question.deleted).is_(False)
        )
    ).all()
    speeches = session.exec(
        select(Speech, AgendaItem)
        .join(AgendaItem, col(AgendaItem.id) == Speech.agenda_item_id)
        .where(Speech.person_id == person_id, col(Speech.deleted).is_(False))
    ).all()
    for meeting_id in [row.meeting_id for row in attendances]:
        meeting(meeting_id)
    for meeting_id in [p.meeting_id for p in proposals] + [q.meeting_id for q in questions]:
        meeting(meeting_id)
    for _speech, item in speeches:
        meeting(item.meeting_id)
    codes = device_codes(session, meetings.values())
    record.attendances = [(_seen(meeting(a.meeting_id), codes, ""), a.present) for a in attendances]
    record.proposals = [
        _seen(meeting(p.meeting_id), codes, f"{p.number}. {p.text}") for p in proposals
    ]
    record.questions = [
        _seen(meeting(q.meeting_id), codes, q.text + (f" — {q.answer}" if q.answer else ""))
        for q in questions
    ]
    record.speeches = [
        _seen(meeting(item.meeting_id), codes, speech.text or "") for speech, item in speeches
    ]
    for seen in (record.proposals, record.questions, record.speeches):
        seen.sort(key=lambda s: (s.date, s.meeting))
    record.attendances.sort(key=lambda pair: (pair[0].date, pair[0].meeting))
    return record


def _when_consented(person: Person, language: str) -> str:
    if not (person.consent and person.consent_at):
        return ""
    how = ""
    if person.consent_method in {m.value for m in ConsentMethod}:
        how = ", " + label(f"subject_consent_{person.consent_method}", language)
    return f" ({person.consent_at:%d.%m.%Y}{how})"


def record_text(record: PersonRecord, language: str) -> str:
    """The record as the file reads."""
    person = record.person

    def term(key: str) -> str:
        return label(key, language)

    def yes_no(value: bool) -> str:
        return term("subject_yes") if value else term("subject_no")

    none = term("subject_none")
    lines = [term("subject_title"), "", f"== {term('subject_details')} =="]
    lines += [
        f"{term('full_name')}: {person.full_name}",
        f"{term('field_organisation')}: {person.organisation or none}",
        f"{term('subject_job')}: {person.position or none}",
        f"{term('field_sector')}: {record.sector}",
        f"{term('contacts')}: {', '.join(c for c in (person.phone, person.email) if c) or none}",
        f"{term('consent')}: {yes_no(person.consent)}{_when_consented(person, language)}",
    ]
    if person.contacts_erased_at is not None:
        lines.append(f"{term('subject_contacts_erased')}: {person.contacts_erased_at:%d.%m.%Y}")
    if person.erased_at is not None:
        lines.append(f"{term('subject_erased')}: {person.erased_at:%d.%m.%Y}")
    lines.append(f"id: {person.id}")

    def section(heading: str, items: list[str]) -> None:
        lines.extend(["", f"== {heading} =="])
        lines.extend(items or [none])

    section(
        term("subject_attendances"),
        [
            f"{s.date:%d.%m.%Y}  {s.meeting}  {s.title} — {term('field_present')}: {yes_no(p)}"
            for s, p in record.attendances
        ],
    )
    for heading, seen in (
        (term("proposals"), record.proposals),
        (term("questions"), record.questions),
        (term("subject_speeches"), record.speeches),
    ):
        section(heading, [f"{s.date:%d.%m.%Y}  {s.meeting}  {s.what}" for s in seen])
    return "\n".join(lines) + "\n"


def export_person(session: Session, person_id: str, language: str, out: Path) -> Path:
    """Write the person's record to ``out`` (whole or not at all); its path."""
    write_whole(out, record_text(person_record(session, person_id, language), language).encode())
    return out


__all__ = ["PersonRecord", "export_person", "person_record", "record_text"]
