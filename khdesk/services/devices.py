"""Devices at headquarters: enrol a region's card, list the devices, revoke one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput, NotFound, NotInitialised
from khdesk.domain.vocabulary import DeviceStatus, Role
from khdesk.services.common import require_region
from khdesk.services.installation import local_device
from khdesk.storage.files import write_whole
from khdesk.storage.models import Device
from khdesk.sync.keys import DeviceCard, fingerprint


def this_card(session: Session) -> DeviceCard:
    """This installation's card, to send to headquarters."""
    device = local_device(session)
    if device is None or not device.public_key:
        raise NotInitialised(
            "this installation has no keys yet: initialise it with 'khdesk init' (or "
            "'khdesk init --force' for one made before keys existed)."
        )
    return DeviceCard(device.id, device.role, device.region_kato, device.name, device.public_key)


def _require_headquarters(session: Session) -> Device:
    device = local_device(session)
    if device is None or device.role != Role.HQ:
        raise InvalidInput("devices are enrolled at headquarters: run this on its installation.")
    return device


def enroll(session: Session, card: DeviceCard) -> tuple[Device, bool]:
    """Enrol the device of ``card``; (device, False) when it was enrolled already."""
    me = _require_headquarters(session)
    if card.device_id == me.id:
        raise InvalidInput("that is this installation's own card: enrol the regions' cards.")
    if card.role != Role.FACILITATOR:
        raise InvalidInput("only facilitators' devices are enrolled: this card is not one.")
    existing = session.get(Device, card.device_id)
    if existing is not None:
        if existing.public_key and existing.public_key != card.public_key:
            raise InvalidInput(
                "device {device} is enrolled with another key: if the laptop was "
                "reinstalled, revoke the old device and enrol the new card.",
                device=card.device_id,
            )
        if existing.status == DeviceStatus.REVOKED:
            raise InvalidInput(
                "device {device} was revoked: a revoked device is not enrolled again.",
                device=card.device_id,
            )
        if existing.public_key:
            return existing, False
        _check_code_is_free(session, card, existing.region_kato)
        existing.public_key = card.public_key  # known from its records, enrolled only now
        existing.code = numbering.device_code(card.public_key)
        session.add(existing)
        return existing, True
    region = require_region(session, card.region)
    device = Device(
        id=card.device_id,
        role=card.role,
        region_kato=region,
        name=card.name,
        public_key=card.public_key,
        code=_check_code_is_free(session, card, region),
        status=DeviceStatus.ACTIVE.value,
        is_local=False,
    )
    session.add(device)
    session.flush()
    return device, True


def _check_code_is_free(session: Session, card: DeviceCard, region: str | None) -> str:
    """The card's code in meeting numbers, unless another device of its region has it."""
    code = numbering.device_code(card.public_key)
    taken = session.exec(
        select(Device).where(
            Device.code == code, Device.region_kato == region, Device.id != card.device_id
        )
    ).first()
    if taken is not None:
        raise InvalidInput(
            "this laptop's code {code} in meeting numbers is already that of device {device} "
            "of the same region: set the laptop up again (khdesk init --force) so that it gets "
            "a new key and code, then send its new card.",
            code=code,
            device=taken.id,
        )
    return code


def revoke(session: Session, device_id: str) -> Device:
    """Refuse further bundles from a device (its records already received stay)."""
    _require_headquarters(session)
    device = session.get(Device, device_id)
    if device is None or device.is_local:
        raise NotFound(
            "no enrolled device {device}: 'khdesk device list' shows them.", device=device_id
        )
    device.status = DeviceStatus.REVOKED.value
    session.add(device)
    return device


@dataclass(frozen=True)
class DeviceRow:
    id: str
    role: str
    region: str | None
    name: str | None
    status: str
    local: bool
    fingerprint: str | None

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def list_devices(session: Session) -> list[DeviceRow]:
    devices = session.exec(select(Device).order_by(col(Device.region_kato), col(Device.id)))
    return [
        DeviceRow(
            d.id, d.role, d.region_kato, d.name, d.status, d.is_local,
            fingerprint(d.id, d.public_key) if d.public_key else None,
        )
        for d in devices
    ]  # fmt: skip


def write_card(session: Session, path: Path) -> DeviceCard:
    card = this_card(session)
    write_whole(path, card.to_json())
    return card
