"""What the window shows, each read in one go: this installation and its reference data, one
meeting with everything in it, a page of the people known here.

The window reads these off the GUI thread (``khdesk.ui.operations``) and keeps them in its
models; the records they hold are plain objects detached from the session, safe to read on any
thread once the read is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import col, func, or_, select

from khdesk.domain.errors import Label, Message
from khdesk.domain.names import name_key
from khdesk.services import meetings as meeting_service
from khdesk.services.installation import get_meta, local_device
from khdesk.services.work import Work
from khdesk.storage.models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Direction,
    Meeting,
    Person,
    Proposal,
    Question,
    Region,
    Section,
    Sector,
    Speech,
)
from khdesk.storage.numbers import meeting_number


@dataclass(frozen=True)
class Names:
    """A reference record's name in the three languages."""

    kk: str
    ru: str
    en: str

    def in_language(self, language: str) -> str:
        return {"kk": self.kk, "ru": self.ru}.get(language, self.en)


@dataclass(frozen=True)
class SectionInfo:
    code: str
    direction: str
    names: Names
    active: bool


@dataclass(frozen=True)
class ReferenceData:
    """Regions, sectors, directions and sections, in their reference order."""

    regions: dict[str, Names] = field(default_factory=dict)
    sectors: dict[str, Names] = field(default_factory=dict)
    directions: dict[str, Names] = field(default_factory=dict)
    sections: list[SectionInfo] = field(default_factory=list)


@dataclass(frozen=True)
class InstallationInfo:
    """Who this installation is: None before ``init``."""

    device_id: str
    role: str
    region: str | None
    user_name: str | None
    holds_hq_key: bool


def _names(row: Any) -> Names:
    return Names(row.name_kk, row.name_ru, row.name_en)


def installation_and_reference(work: Work) -> tuple[InstallationInfo | None, ReferenceData]:
    """This installation's identity and the reference data, for the whole window."""
    session = work.session
    device = local_device(session)
    info = None
    if device is not None:
        info = InstallationInfo(
            device_id=device.id,
            role=device.role,
            region=device.region_kato,
            user_name=get_meta(session, "user_name"),
            holds_hq_key=bool(get_meta(session, "hq_recipient")),
        )
    reference = ReferenceData(
        regions={r.kato: _names(r) for r in session.exec(select(Region).order_by(Region.kato))},
        sectors={
            s.code: _names(s) for s in session.exec(select(Sector).order_by(col(Sector.position)))
        },
        directions={
            d.code: _names(d)
            for d in session.exec(select(Direction).order_by(col(Direction.position)))
        },
        sections=[
            SectionInfo(s.code, s.direction_code, _names(s), s.active)
            for s in session.exec(select(Section).order_by(col(Section.position)))
        ],
    )
    return info, reference


@dataclass(frozen=True)
class MeetingSnapshot:
    """One meeting and everything in it, as the window shows it."""

    meeting: Meeting
    number: str
    attendees: list[tuple[Attendance, Person]]
    agenda: list[AgendaItem]
    speeches: dict[str, list[Speech]]
    decisions: dict[str, list[Decision]]
    proposals: list[Proposal]
    questions: list[Question]
    attachments: list[Attachment]
    #: What the protocol still lacks before closing (empty when nothing).
    missing: list[Label | Message]

    @property
    def closed(self) -> bool:
        return self.meeting.status == "closed"

    @property
    def present(self) -> int:
        return sum(1 for attendance, _ in self.attendees if attendance.present)

    def present_persons(self) -> list[Person]:
        return [person for attendance, person in self.attendees if attendance.present]

    def by_sector(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for attendance, _ in self.attendees:
            if attendance.present:
                counts[attendance.sector_code] = counts.get(attendance.sector_code, 0) + 1
        return counts


def meeting_snapshot(work: Work, meeting_id: str) -> MeetingSnapshot:
    """Everything the window shows of one meeting, in a few queries of one read."""
    session = work.session
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        from khdesk.domain.errors import NotFound

        raise NotFound("no meeting with id {id}: it was removed meanwhile.", id=meeting_id)
    live_attendance = Attendance.deleted == False  # noqa: E712
    attendees = [
        (a, p)
        for a, p in session.exec(
            select(Attendance, Person)
            .join(Person, col(Person.id) == Attendance.person_id)
            .where(Attendance.meeting_id == meeting_id, live_attendance)
        )
    ]
    agenda = list(
        session.exec(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted == False)  # noqa: E712
            .order_by(col(AgendaItem.position))
        )
    )
    item_ids = [item.id for item in agenda]
    speeches: dict[str, list[Speech]] = {item_id: [] for item_id in item_ids}
    decisions: dict[str, list[Decision]] = {item_id: [] for item_id in item_ids}
    if item_ids:
        for speech in session.exec(
            select(Speech)
            .where(col(Speech.agenda_item_id).in_(item_ids), Speech.deleted == False)  # noqa: E712
            .order_by(col(Speech.position))
        ):
            speeches[speech.agenda_item_id].append(speech)
    for decision in session.exec(
        select(Decision)
        .where(Decision.meeting_id == meeting_id, Decision.deleted == False)  # noqa: E712
        .order_by(col(Decision.position))
    ):
        decisions.setdefault(decision.agenda_item_id, []).append(decision)
    proposals = list(
        session.exec(
            select(Proposal)
            .where(Proposal.meeting_id == meeting_id, Proposal.deleted == False)  # noqa: E712
            .order_by(col(Proposal.number))
        )
    )
    questions = list(
        session.exec(
            select(Question)
            .where(Question.meeting_id == meeting_id, Question.deleted == False)  # noqa: E712
            .order_by(col(Question.updated_at), col(Question.id))
        )
    )
    attachments = list(
        session.exec(
            select(Attachment)
            .where(Attachment.meeting_id == meeting_id, Attachment.deleted == False)  # noqa: E712
            .order_by(col(Attachment.updated_at))
        )
    )
    missing: list[Label | Message] = (
        [] if meeting.status == "closed" else meeting_service.closing_checklist(session, meeting)
    )
    return MeetingSnapshot(
        meeting=meeting,
        number=meeting_number(session, meeting),
        attendees=attendees,
        agenda=agenda,
        speeches=speeches,
        decisions=decisions,
        proposals=proposals,
        questions=questions,
        attachments=attachments,
        missing=missing,
    )


# --- the people known here --------------------------------------------------------------------


def _people_query(text: str) -> Any:
    query = select(Person).where(Person.deleted == False)  # noqa: E712
    for word in text.split():
        key = name_key(word).strip("+()")
        if key:
            query = query.where(col(Person.search_key).contains(key, autoescape=True))
    return query


def people_page(work: Work, text: str, after: tuple[str, str] | None, limit: int) -> list[Person]:
    """Persons whose name, organisation, phone or e-mail holds every word of ``text``, in name
    order, continuing after ``after`` (the name key and id of the last row shown) rather than
    skipping rows, so the 500th page costs what the first does."""
    query = _people_query(text)
    if after is not None:
        last_key, last_id = after
        query = query.where(
            Person.name_key >= last_key,
            or_(Person.name_key != last_key, col(Person.id) > last_id),
        )
    query = query.order_by(col(Person.name_key), col(Person.id)).limit(limit)
    return list(work.session.exec(query).all())


def count_people(work: Work, text: str) -> int:
    query = _people_query(text)
    return int(work.session.exec(select(func.count()).select_from(query.subquery())).one())
