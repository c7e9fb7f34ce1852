"""What a protocol or an attendance sheet shows, read from the database in one pass.

The fingerprint is computed from this content alone (not from ids, times or the layout), so that
headquarters, with the same records, computes the same code for a printed page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlmodel import Session, col, select

from khdesk.documents.amendments import AmendmentEntry, load_amendments
from khdesk.documents.labels import label
from khdesk.domain.errors import NotFound
from khdesk.domain.names import sort_key
from khdesk.storage.models import (
    AgendaItem,
    Attendance,
    Decision,
    Direction,
    DocumentVersion,
    Meeting,
    Person,
    Proposal,
    Question,
    Region,
    Section,
    Sector,
    Speech,
    TextAmendment,
)
from khdesk.storage.numbers import meeting_number


@dataclass
class Attendee:
    full_name: str
    organisation: str | None
    position: str | None
    sector: str
    phone: str | None
    email: str | None
    consent: bool
    present: bool


@dataclass
class Item:
    position: int
    title: str
    rapporteur: str | None
    heard: str | None
    speeches: list[tuple[str, str | None]] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    id: str = ""


@dataclass(frozen=True)
class DocumentAmendment:
    """An amendment the meeting made to a campaign's document, as its protocol lists it."""

    document: str  # the document's title, in the protocol's language (Kazakh for kk+ru)
    version: int
    #: the paragraph's number in that version (the one an added paragraph follows; None: at
    #: the start)
    paragraph: int | None
    action: str
    language: str
    lines: tuple[int, int] | None
    text_kk: str | None
    text_ru: str | None
    proposer: str | None
    votes: tuple[int | None, int | None, int | None]


@dataclass
class ProtocolData:
    """One meeting as its documents show it."""

    number: str
    meeting: Meeting
    region_name: str | None
    attendees: list[Attendee]
    sector_names: dict[str, str]
    items: list[Item]
    proposals: list[tuple[str, list[Proposal]]]  # (direction name, its proposals)
    section_names: dict[str, str]
    questions: list[Question]
    direction_names: dict[str, str] = field(default_factory=dict)
    #: Changes made after closing, oldest first (``amendments.load_amendments``); empty when
    #: the meeting was never amended. Not part of the fingerprint: it is the content they
    #: changed that the fingerprint follows.
    amendments: list[AmendmentEntry] = field(default_factory=list)
    #: The amendments the meeting made to the campaign's documents, in the order made.
    document_amendments: list[DocumentAmendment] = field(default_factory=list)
    #: Where the protocol was drawn up: the region's city («Астана қаласы», «город Семей»), in
    #: the language of the reference names (Kazakh for kk+ru); None without a region.
    city: str | None = None

    @property
    def present(self) -> list[Attendee]:
        return [a for a in self.attendees if a.present]

    def counts_by_sector(self) -> list[tuple[str, int]]:
        """(sector name, how many present) in the sectors' own order; empty sectors left out."""
        counts: dict[str, int] = {}
        for attendee in self.present:
            counts[attendee.sector] = counts.get(attendee.sector, 0) + 1
        return [(name, counts[code]) for code, name in self.sector_names.items() if code in counts]

    def fingerprint(self) -> str:
        """A short code of the protocol's content: ``XXXX-XXXX-XXXX``."""
        meeting = self.meeting
        content = {
            "meeting": [self.number, meeting.date.isoformat(), meeting.title, meeting.chair,
                        meeting.secretary, meeting.place],
            "present": sorted(a.full_name for a in self.present),
            "items": [
                [i.title, i.rapporteur, i.heard, i.speeches,
                 [[d.text, d.votes_for, d.votes_against, d.votes_abstained] for d in i.decisions]]
                for i in self.items
            ],
            "proposals": [[p.number, p.kind, p.text, p.direction_code, p.section_code]
                          for _, group in self.proposals for p in group],
            "questions": [[q.text, q.answer] for q in self.questions],
        }  # fmt: skip
        if self.document_amendments:  # protocols without them keep the codes they had
            content["document_amendments"] = [
                [a.document, a.version, a.paragraph, a.action, a.lines, a.text_kk, a.text_ru,
                 a.votes]
                for a in self.document_amendments
            ]  # fmt: skip
        digest = hashlib.sha256(orjson.dumps(content)).hexdigest()[:12].upper()
        return f"{digest[:4]}-{digest[4:8]}-{digest[8:]}"


def reference_name(record: Any, language: str) -> str:
    """A region's, sector's or direction's name; for "kk+ru", both, when they differ."""
    if language == "kk+ru":
        kk, ru = str(record.name_kk), str(record.name_ru)
        return kk if kk == ru else f"{kk} / {ru}"
    return str(getattr(record, f"name_{language}"))


def city_of(region: Region, language: str) -> str | None:
    """The city a region's documents are drawn up in: a city of republican significance
    itself («Астана қаласы»), an oblast its centre («Семей қаласы»)."""
    language = "kk" if language == "kk+ru" else language
    if region.kind == "city":
        return str(getattr(region, f"name_{language}"))
    centre = getattr(region, f"center_{language}", None)
    return label("city", language).format(city=centre) if centre else None


def _names(session: Session, model: Any, key: str, language: str) -> dict[str, str]:
    """Reference names (code -> name in ``language``) in the reference's own order."""
    rows = session.exec(select(model).order_by(model.position))
    return {str(getattr(row, key)): reference_name(row, language) for row in rows}


def load_protocol(
    session: Session, meeting_id: str, *, names_in: str, sort_in: str
) -> ProtocolData:
    """Everything the meeting's documents show; names sorted in ``sort_in``'s alphabet."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        raise NotFound("no meeting with id {id}: check the id or number.", id=meeting_id)
    live = Attendance.deleted == False  # noqa: E712
    rows = session.exec(
        select(Attendance, Person)
        .join(Person, col(Person.id) == Attendance.person_id)
        .where(Attendance.meeting_id == meeting.id, live)
    ).all()
    attendees = sorted(
        (
            Attendee(p.full_name, p.organisation, p.position, a.sector_code, p.phone, p.email,
                     p.consent, a.present)
            for a, p in rows
        ),
        key=lambda a: sort_key(a.full_name, sort_in),
    )  # fmt: skip
    items: list[Item] = []
    for item in session.exec(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted == False)  # noqa: E712
        .order_by(col(AgendaItem.position))
    ):
        speeches = session.exec(
            select(Speech)
            .where(Speech.agenda_item_id == item.id, Speech.deleted == False)  # noqa: E712
            .order_by(col(Speech.position))
        ).all()
        decisions = session.exec(
            select(Decision)
            .where(Decision.agenda_item_id == item.id, Decision.deleted == False)  # noqa: E712
            .order_by(col(Decision.position))
        ).all()
        items.append(
            Item(len(items) + 1, item.title, item.rapporteur, item.heard,
                 [(s.speaker, s.text) for s in speeches], list(decisions), item.id)
        )  # fmt: skip
    directions = _names(session, Direction, "code", names_in)
    proposals = session.exec(
        select(Proposal)
        .where(Proposal.meeting_id == meeting.id, Proposal.deleted == False)  # noqa: E712
        .order_by(col(Proposal.number))
    ).all()
    grouped = [
        (f"{code}. {name}", [p for p in proposals if p.direction_code == code])
        for code, name in directions.items()
    ]
    questions = session.exec(
        select(Question)
        .where(Question.meeting_id == meeting.id, Question.deleted == False)  # noqa: E712
        # ids grow with time: the order questions were put, the same in every database
        .order_by(col(Question.id))
    ).all()
    region = session.get(Region, meeting.region_kato) if meeting.region_kato else None
    data = ProtocolData(
        number=meeting_number(session, meeting),
        meeting=meeting,
        region_name=reference_name(region, names_in) if region else None,
        attendees=attendees,
        sector_names=_names(session, Sector, "code", names_in),
        items=items,
        proposals=[(name, group) for name, group in grouped if group],
        section_names=_names(session, Section, "code", names_in),
        questions=list(questions),
        direction_names=directions,
    )
    data.amendments = load_amendments(session, data)
    data.document_amendments = _document_amendments(session, meeting.id, names_in)
    data.city = city_of(region, names_in) if region else None
    return data


def _document_amendments(
    session: Session, meeting_id: str, language: str
) -> list[DocumentAmendment]:
    rows = session.exec(
        select(TextAmendment)
        .where(TextAmendment.meeting_id == meeting_id, TextAmendment.deleted == False)  # noqa: E712
        .order_by(col(TextAmendment.id))
    ).all()
    found: list[DocumentAmendment] = []
    for amendment in rows:
        version = session.exec(
            select(DocumentVersion).where(
                DocumentVersion.document_id == amendment.document_id,
                DocumentVersion.number == amendment.version_number,
            )
        ).first()
        ids = [row["id"] for row in orjson.loads(version.paragraphs)] if version else []
        paragraph = ids.index(amendment.paragraph_id) + 1 if amendment.paragraph_id in ids else None
        title = ""
        if version is not None:
            title = version.title_ru if language in ("ru", "en") else version.title_kk
        lines = (
            (amendment.line_from, amendment.line_to)
            if amendment.line_from is not None and amendment.line_to is not None
            else None
        )
        found.append(
            DocumentAmendment(
                title, amendment.version_number, paragraph, amendment.action,
                amendment.language, lines, amendment.text_kk, amendment.text_ru,
                amendment.proposer_name,
                (amendment.votes_for, amendment.votes_against, amendment.votes_abstained),
            )
        )  # fmt: skip
    return found


def meeting_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""
