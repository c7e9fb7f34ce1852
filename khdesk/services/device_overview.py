"""Every region at headquarters with its enrolled devices, the last bundle each sent, and the
region's meetings and proposals as the figures count them (``services.stats``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from khdesk.domain.vocabulary import DeviceStatus
from khdesk.services import stats
from khdesk.storage.models import Bundle, Device, Region
from khdesk.sync.keys import fingerprint


@dataclass(frozen=True)
class DeviceLine:
    """One enrolled device and the last bundle headquarters received from it."""

    id: str
    name: str | None
    code: str | None
    fingerprint: str | None
    enrolled_at: dt.datetime
    revoked: bool
    last_bundle_at: dt.datetime | None = None
    #: imported, rejected or quarantined (``Bundle.status``)
    last_bundle_status: str | None = None
    last_bundle_records: int = 0


@dataclass(frozen=True)
class RegionLine:
    """A region (``kato`` None: the meetings and devices of no single region)."""

    kato: str | None
    names: dict[str, str]
    meetings: int
    proposals: int
    devices: list[DeviceLine] = field(default_factory=list)


def _last_bundles(session: Session) -> dict[str, Bundle]:
    """The newest bundle received from each device."""
    newest: dict[str, Bundle] = {}
    received = select(Bundle).where(Bundle.direction == "in").order_by(col(Bundle.at))
    for bundle in session.exec(received):
        newest[bundle.device_id] = bundle
    return newest


def _line(device: Device, bundle: Bundle | None) -> DeviceLine:
    return DeviceLine(
        id=device.id,
        name=device.name,
        code=device.code,
        fingerprint=fingerprint(device.id, device.public_key) if device.public_key else None,
        enrolled_at=device.created_at,
        revoked=device.status == DeviceStatus.REVOKED,
        last_bundle_at=bundle.at if bundle else None,
        last_bundle_status=bundle.status if bundle else None,
        last_bundle_records=bundle.records if bundle else 0,
    )


def regions_and_devices(session: Session) -> list[RegionLine]:
    """Every region in KATO order, then the meetings of no single region if there are any."""
    meetings = {
        key: sum(kinds.values())
        for key, kinds in stats.meetings_by_region_and_kind(session, stats.NO_FILTERS).items()
    }
    last = _last_bundles(session)
    by_region: dict[str | None, list[DeviceLine]] = {}
    others = select(Device).where(Device.is_local == False).order_by(col(Device.created_at))  # noqa: E712
    for device in session.exec(others):
        by_region.setdefault(device.region_kato, []).append(_line(device, last.get(device.id)))

    def proposals(key: str) -> int:
        if not meetings.get(key):
            return 0  # a counted proposal is one of a counted meeting
        counted = stats.proposals_by_kind(session, stats.Filters(region=key))
        return sum(counted.values())

    lines = [
        RegionLine(
            r.kato,
            {"kk": r.name_kk, "ru": r.name_ru, "en": r.name_en},
            meetings.get(r.kato, 0),
            proposals(r.kato),
            by_region.get(r.kato, []),
        )
        for r in session.exec(select(Region).order_by(col(Region.kato)))
    ]
    national = stats.NATIONAL_KEY
    if meetings.get(national) or by_region.get(None):
        lines.append(
            RegionLine(None, {}, meetings.get(national, 0), proposals(national),
                       by_region.get(None, []))
        )  # fmt: skip
    return lines
