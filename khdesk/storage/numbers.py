"""A stored meeting's number as people write it: its region, its device's code, year, number."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from khdesk.domain.numbering import format_number
from khdesk.storage.models import Device, Meeting


def meeting_number(session: Session, meeting: Meeting) -> str:
    """``71-7QKM-2026-003`` for ``meeting`` (the device is read once per session)."""
    device = session.get(Device, meeting.device_id)
    code = device.code if device is not None else None
    return format_number(meeting.region_kato, meeting.year, meeting.number, code)


def device_codes(session: Session, meetings: Iterable[Meeting]) -> dict[str, str | None]:
    """The codes of the devices that wrote ``meetings``, in one query (for a list of many rows,
    where one look-up each costs a round trip to a database server)."""
    ids = {meeting.device_id for meeting in meetings}
    if not ids:
        return {}
    query = select(Device.id, Device.code).where(col(Device.id).in_(ids))
    return dict(session.exec(query).all())


def numbered(meeting: Meeting, codes: dict[str, str | None]) -> str:
    """``meeting_number`` with its device's code from ``device_codes``."""
    return format_number(
        meeting.region_kato, meeting.year, meeting.number, codes.get(meeting.device_id)
    )
