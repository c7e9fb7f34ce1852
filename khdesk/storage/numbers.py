"""A stored meeting's number as people write it: its region, its device's code, year, number."""

from __future__ import annotations

from sqlmodel import Session

from khdesk.domain.numbering import format_number
from khdesk.storage.models import Device, Meeting


def meeting_number(session: Session, meeting: Meeting) -> str:
    """``71-7QKM-2026-003`` for ``meeting`` (the device is read once per session)."""
    device = session.get(Device, meeting.device_id)
    code = device.code if device is not None else None
    return format_number(meeting.region_kato, meeting.year, meeting.number, code)
