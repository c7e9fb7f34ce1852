"""Helpers every service uses: fetching live records, checking codes, guarding closed meetings."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label, NotFound, ReadOnly
from khdesk.domain.vocabulary import MeetingStatus
from khdesk.storage.models import Direction, Meeting, Region, Section, Sector, SyncRecord

R = TypeVar("R", bound=SyncRecord)


def get_live(session: Session, model: type[R], record_id: str, *, what: Label) -> R:
    """The record with ``record_id`` unless it does not exist or was deleted; ``what`` names
    the kind of record in the sentence that says so."""
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise NotFound(
            "no {what} with id {id}: check the id (list them to see it).",
            what=what,
            id=record_id,
        )
    return record


def require_region(session: Session, kato: str | None) -> str | None:
    """A known KATO region code, or None when none is given."""
    if kato is None or not kato.strip():
        return None
    code = kato.strip()
    if session.get(Region, code) is None:
        codes = ", ".join(session.exec(select(Region.kato).order_by(Region.kato)).all())
        raise InvalidInput(
            "unknown region code '{code}': use a two-digit KATO code ({codes}).",
            code=code,
            codes=codes,
        )
    return code


def require_sector(session: Session, code: str) -> str:
    if session.get(Sector, code) is None:
        codes = ", ".join(session.exec(select(Sector.code).order_by(col(Sector.position))).all())
        raise InvalidInput("unknown sector '{code}': use one of {codes}.", code=code, codes=codes)
    return code


def require_direction(session: Session, code: str) -> str:
    if session.get(Direction, code) is None:
        raise InvalidInput("unknown direction '{code}': use D1 to D6.", code=code)
    return code


def require_section(session: Session, code: str | None, direction: str | None) -> Section | None:
    if not code:
        return None
    section = session.get(Section, code)
    if section is None:
        raise InvalidInput(
            "unknown prospectus section '{code}': use a code such as D2.3.", code=code
        )
    if direction is not None and section.direction_code != direction:
        raise InvalidInput(
            "section {code} belongs to direction {its}, not {direction}: "
            "pick a section of the same direction.",
            code=code,
            its=section.direction_code,
            direction=direction,
        )
    return section


def meeting_for_write(session: Session, meeting_id: str, reason: str | None) -> Meeting:
    """The meeting, if it may be changed now: open, or closed with a reason for an amendment."""
    meeting = get_live(session, Meeting, meeting_id, what=Label("meeting"))
    if meeting.status == MeetingStatus.CLOSED and not (reason and reason.strip()):
        raise ReadOnly(
            "this meeting is closed and read-only: record the correction as an amendment "
            "with a reason."
        )
    return meeting


def optional_person(session: Session, person_id: str | None) -> str | None:
    """A person id given as author, speaker or asker: it must name a live person."""
    if not person_id:
        return None
    from khdesk.storage.models import Person

    return get_live(session, Person, person_id, what=Label("person")).id


def optional_item(session: Session, item_id: str | None, meeting_id: str) -> str | None:
    """An agenda item id given with a proposal or question: it must belong to the meeting."""
    if not item_id:
        return None
    from khdesk.storage.models import AgendaItem

    item = get_live(session, AgendaItem, item_id, what=Label("agenda item"))
    if item.meeting_id != meeting_id:
        raise InvalidInput("that agenda item belongs to another meeting: pick one of this meeting.")
    return item.id
