"""Meetings: create, edit, find, list, and close them (a closed meeting is read-only)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlmodel import Session, col, func, select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput, Label, Message, NotFound, ReadOnly
from khdesk.domain.ids import is_uuid
from khdesk.domain.names import text_matches
from khdesk.domain.validation import clean_line, clean_name, clean_text, parse_date, parse_time
from khdesk.domain.vocabulary import MeetingFormat, MeetingKind, MeetingStatus, Role
from khdesk.services.common import get_live, meeting_for_write, require_region
from khdesk.services.minutes import present_count, total_votes, votes_beyond_present
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import AgendaItem, Decision, Device, Meeting, utcnow
from khdesk.storage.numbers import meeting_number

#: One-line fields a user may edit: the name a message gives each, and whether it is required.
_LINE_FIELDS = {
    "title": (Label("the title"), True),
    "place": (Label("the place"), False),
    "link": (Label("the link"), False),
    "chair": (Label("the chair"), False),
    "secretary": (Label("the secretary"), False),
}
#: Of those, the ones that hold a person's name: look-alike letters are replaced as typed.
_NAME_FIELDS = frozenset({"chair", "secretary"})
_TIME_FIELDS = {"starts_at": Label("the start time"), "ends_at": Label("the end time")}


def _kind(value: str) -> MeetingKind:
    try:
        return MeetingKind(value)
    except ValueError:
        raise InvalidInput(
            "unknown meeting kind '{value}': use round-table, online or plenary.", value=value
        ) from None


def _format(value: str) -> MeetingFormat:
    try:
        return MeetingFormat(value)
    except ValueError:
        raise InvalidInput(
            "unknown meeting format '{value}': use in-person, online or hybrid.", value=value
        ) from None


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else parse_date(value, field=Label("the date"))


def _as_time(value: dt.time | str | None, field: Label) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return parse_time(value, field=field) if value.strip() else None


#: The meta key of the highest number of this device's meetings each year that headquarters
#: has received (a JSON object year -> number, from the reference bundle).
NUMBERS_AT_HQ = "meeting_numbers_at_hq"


def _numbered_at_hq(session: Session, device_id: str, year: int) -> int:
    from khdesk.services.installation import get_meta, local_device

    device = local_device(session)
    if device is None or device.id != device_id:
        return 0
    try:
        seen = orjson.loads(get_meta(session, NUMBERS_AT_HQ) or "{}")
        return int(seen.get(str(year), 0)) if isinstance(seen, dict) else 0
    except (orjson.JSONDecodeError, TypeError, ValueError):
        return 0


def next_number(session: Session, device_id: str, region_kato: str | None, year: int) -> int:
    """The next number in this device's sequence of the region's meetings for the year, after
    those headquarters has received from it (a laptop restored from an older backup does not
    hold them all)."""
    query = select(func.max(Meeting.number)).where(
        Meeting.year == year, Meeting.device_id == device_id
    )
    query = query.where(
        Meeting.region_kato == region_kato if region_kato else col(Meeting.region_kato).is_(None)
    )
    here = int(session.exec(query).one() or 0)
    return max(here, _numbered_at_hq(session, device_id, year)) + 1


def create_meeting(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    date: dt.date | str,
    title: str,
    region: str | None = None,
    place: str | None = None,
    meeting_format: str | None = None,
    starts_at: dt.time | str | None = None,
    ends_at: dt.time | str | None = None,
    link: str | None = None,
    chair: str | None = None,
    secretary: str | None = None,
) -> Meeting:
    """A new draft meeting, numbered in its region's sequence for the year."""
    meeting_kind = _kind(kind)
    day = _as_date(date)
    region_code = require_region(session, region)
    device = session.get(Device, actor.device_id)
    if device is not None and device.role == Role.FACILITATOR:
        # a facilitator's laptop records its own region's meetings, which it alone owns
        if region_code not in (None, device.region_kato):
            raise InvalidInput(
                "this installation records the meetings of region {own}; "
                "a meeting of region {other} is recorded on that region's installation.",
                own=device.region_kato,
                other=region_code,
            )
        region_code = device.region_kato
    fmt = (
        _format(meeting_format)
        if meeting_format
        else (
            MeetingFormat.ONLINE if meeting_kind is MeetingKind.ONLINE else MeetingFormat.IN_PERSON
        )
    )
    start = _as_time(starts_at, _TIME_FIELDS["starts_at"])
    end = _as_time(ends_at, _TIME_FIELDS["ends_at"])
    if start and end and end <= start:
        raise InvalidInput("the meeting ends before it starts: correct the times.")
    meeting = Meeting(
        number=next_number(session, actor.device_id, region_code, day.year),
        year=day.year,
        region_kato=region_code,
        kind=meeting_kind.value,
        format=fmt.value,
        title=clean_line(title, field=Label("the title"), required=True) or "",
        date=day,
        starts_at=start,
        ends_at=end,
        place=clean_line(place, field=Label("the place")),
        link=clean_line(link, field=Label("the link")),
        chair=clean_name(chair, field=Label("the chair")),
        secretary=clean_name(secretary, field=Label("the secretary")),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(meeting)


def update_meeting(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    reason: str | None = None,
    **changes: Any,
) -> Meeting:
    """Change a meeting's details; a closed meeting needs a reason and records an amendment."""
    meeting = meeting_for_write(session, meeting_id, reason)
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name in _LINE_FIELDS:
            label, required = _LINE_FIELDS[name]
            check = clean_name if name in _NAME_FIELDS else clean_line
            clean[name] = check(value, field=label, required=required)
        elif name == "kind":
            clean[name] = _kind(value).value
        elif name == "format":
            clean[name] = _format(value).value
        elif name == "date":
            day = _as_date(value)
            if day.year != meeting.year:
                raise InvalidInput("a meeting cannot move to another year: create a new one.")
            clean[name] = day
        elif name in _TIME_FIELDS:
            clean[name] = _as_time(value, _TIME_FIELDS[name])
        elif name == "region_kato":
            if value != meeting.region_kato:
                raise InvalidInput("a meeting cannot move to another region: create a new one.")
        elif name == "notes":
            clean[name] = clean_text(value, field=Label("the text of the notes"))
        else:
            raise InvalidInput("'{name}' is not a meeting detail that can be edited.", name=name)
    start = clean.get("starts_at", meeting.starts_at)
    end = clean.get("ends_at", meeting.ends_at)
    if start and end and end <= start:
        raise InvalidInput("the meeting ends before it starts: correct the times.")
    Recorder(session, actor).update(meeting, clean, reason=reason)
    return meeting


def find_meeting(session: Session, ref: str) -> Meeting:
    """A meeting by its id or by its number (``71-7QKM-2026-003``, or ``71-2026-003`` as
    meetings were numbered before laptops had codes)."""
    ref = ref.strip()
    if is_uuid(ref):
        return get_live(session, Meeting, ref, what=Label("meeting"))
    region, code, year, number = numbering.parse_number(ref)
    query = select(Meeting).where(
        Meeting.year == year,
        Meeting.number == number,
        Meeting.deleted == False,  # noqa: E712
    )
    if code is not None:
        query = query.join(Device, col(Device.id) == Meeting.device_id).where(Device.code == code)
    query = query.where(
        Meeting.region_kato == region if region else col(Meeting.region_kato).is_(None)
    )
    found = session.exec(query).all()
    if not found:
        raise NotFound(
            "no meeting numbered {ref}: 'khdesk meetings list' shows the numbers.", ref=ref
        )
    if len(found) > 1:
        raise InvalidInput(
            "several meetings are numbered {ref}: name the one you mean by its id.", ref=ref
        )
    return found[0]


@dataclass(frozen=True)
class MeetingRow:
    """One line of a list of meetings."""

    id: str
    number: str
    kind: str
    format: str
    status: str
    date: dt.date
    title: str
    region_kato: str | None
    place: str | None

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "date": self.date.isoformat()}


def list_meetings(
    session: Session,
    *,
    status: str | None = None,
    kind: str | None = None,
    region: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[MeetingRow]:
    """Meetings newest first, filtered as asked."""
    query = select(Meeting).where(Meeting.deleted == False)  # noqa: E712
    if status:
        query = query.where(Meeting.status == status)
    if kind:
        query = query.where(Meeting.kind == _kind(kind).value)
    if region:
        query = query.where(Meeting.region_kato == require_region(session, region))
    if date_from:
        query = query.where(Meeting.date >= date_from)
    if date_to:
        query = query.where(Meeting.date <= date_to)
    query = query.order_by(col(Meeting.date).desc(), col(Meeting.number).desc())
    found: Iterable[Meeting] = session.exec(query)
    if search and search.strip():
        # SQLite folds only Latin case, so titles are compared folded here (Қ/қ, Ә/А, a Russian
        # spelling, Latin letters: ``text_matches``); a device holds at most a few thousand
        found = (m for m in found if text_matches(search, f"{m.title} {m.place or ''}"))
    if limit:
        found = itertools.islice(found, limit)
    return [
        MeetingRow(
            id=m.id,
            number=meeting_number(session, m),
            kind=m.kind,
            format=m.format,
            status=m.status,
            date=m.date,
            title=m.title,
            region_kato=m.region_kato,
            place=m.place,
        )
        for m in found
    ]


def closing_checklist(session: Session, meeting: Meeting) -> list[Label | Message]:
    """What a protocol still lacks or gets wrong before the meeting can be closed (empty when
    nothing): a ``Label`` for each part missing, then a ``Message`` for each decision with more
    votes than people present (someone checked out after the vote, say); the window translates
    both."""
    missing: list[Label | Message] = []
    if not meeting.chair:
        missing.append(Label("the chair"))
    if not meeting.secretary:
        missing.append(Label("the secretary"))
    items = session.exec(
        select(AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted == False)  # noqa: E712
        .order_by(col(AgendaItem.position))
    ).all()
    if not items:
        missing.append(Label("an agenda item"))
    decisions = session.exec(
        select(Decision)
        .where(Decision.meeting_id == meeting.id, Decision.deleted == False)  # noqa: E712
        .order_by(col(Decision.position))
    ).all()
    if not decisions:
        missing.append(Label("a decision"))
    present = present_count(session, meeting.id)
    # numbered as the protocol numbers them: items in agenda order, decisions within their item
    number = {item_id: index for index, item_id in enumerate(items, start=1)}
    seen: dict[str, int] = {}
    for decision in sorted(decisions, key=lambda d: (number.get(d.agenda_item_id, 0), d.position)):
        if decision.agenda_item_id not in number:
            continue  # its item was removed: the protocol does not print it
        seen[decision.agenda_item_id] = position = seen.get(decision.agenda_item_id, 0) + 1
        votes = total_votes(decision)
        if votes_beyond_present(votes, present) is not None:
            missing.append(
                Message(
                    "a vote that fits those present for decision {decision} of item {item}: "
                    "{votes} votes, but {present} people are present; correct the votes or "
                    "check in those who voted",
                    decision=position,
                    item=number[decision.agenda_item_id],
                    votes=votes,
                    present=present,
                )
            )
        if decision.document_title and present == 0:
            # a document adopted by nobody: the protocol would be signed with no one present
            missing.append(
                Message(
                    "those present, as decision {decision} of item {item} adopts «{document}» "
                    "and nobody is marked present; check in those who attended",
                    decision=position,
                    item=number[decision.agenda_item_id],
                    document=decision.document_title,
                )
            )
    return missing


def start_meeting(session: Session, actor: Actor, meeting_id: str) -> Meeting:
    """Mark a draft meeting as in progress (check-in does this by itself)."""
    meeting = meeting_for_write(session, meeting_id, None)
    if meeting.status == MeetingStatus.DRAFT:
        Recorder(session, actor).update(meeting, {"status": MeetingStatus.IN_PROGRESS.value})
    return meeting


def close_meeting(session: Session, actor: Actor, meeting_id: str) -> Meeting:
    """Close the meeting once nothing is missing; afterwards it changes only by amendment."""
    meeting = get_live(session, Meeting, meeting_id, what=Label("meeting"))
    if meeting.status == MeetingStatus.CLOSED:
        raise ReadOnly("this meeting is already closed.")
    missing = closing_checklist(session, meeting)
    parts = [entry for entry in missing if isinstance(entry, Label)]
    if parts:
        raise InvalidInput(
            "the meeting cannot be closed yet: add {missing} to the protocol first.",
            missing=parts,
        )
    if missing:
        raise InvalidInput(
            "the meeting cannot be closed yet: the protocol needs {problems}.", problems=missing
        )
    Recorder(session, actor).update(
        meeting, {"status": MeetingStatus.CLOSED.value, "closed_at": utcnow()}
    )
    return meeting


def count_meetings(session: Session) -> int:
    """How many meetings this database holds."""
    query = select(func.count()).select_from(Meeting).where(Meeting.deleted == False)  # noqa: E712
    return int(session.exec(query).one())
