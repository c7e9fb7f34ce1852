"""This installation's identity: its device, role, region and the name of its user."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput, Label, NotInitialised
from khdesk.domain.validation import clean_line
from khdesk.domain.vocabulary import Role
from khdesk.services.common import require_region
from khdesk.services.recorder import Actor
from khdesk.storage.database import WORKSTATION_DEVICE
from khdesk.storage.models import Device, Meta
from khdesk.sync import keys


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    session.merge(Meta(key=key, value=value))


def local_device(session: Session) -> Device | None:
    """This installation's device, or None before ``khdesk init``: on a workstation that joined
    a shared database, its own device (``Database.device_id``)."""
    joined = session.info.get(WORKSTATION_DEVICE)
    if isinstance(joined, str):
        return session.get(Device, joined)
    return session.exec(select(Device).where(Device.is_local == True)).first()  # noqa: E712


def require_actor(session: Session) -> Actor:
    """Who writes from this installation; refuses before the installation is initialised."""
    device = local_device(session)
    if device is None:
        raise NotInitialised(
            "this installation has no identity yet: run 'khdesk init --role facilitator "
            "--region KATO' or 'khdesk init --role hq' first."
        )
    return Actor(device_id=device.id, name=user_name(session))


def user_name(session: Session) -> str | None:
    """The name of the person at this installation: on a workstation that joined a shared
    database its own device's (each analyst's name on what they decide), else the one set at
    ``khdesk init`` or in the settings."""
    if isinstance(session.info.get(WORKSTATION_DEVICE), str):
        device = local_device(session)
        return device.name if device is not None else None
    return get_meta(session, "user_name")


def join_headquarters(session: Session, hq_keys: keys.HqKeys, *, name: str | None) -> Device:
    """Another analyst's workstation on headquarters' shared database: a device of its own
    (its reviews and decisions carry it and its own sequence), signing with headquarters' key
    from the key file. Refused when the database is not a headquarters' or the key file is
    another headquarters'."""
    first = session.exec(
        select(Device).where(Device.is_local == True, Device.role == Role.HQ.value)  # noqa: E712
    ).first()
    if first is None:
        raise InvalidInput(
            "this database is not headquarters' (no headquarters installation set it up): "
            "give the URL of the database the first headquarters workstation uses."
        )
    if get_meta(session, "hq_recipient") != hq_keys.recipient:
        raise InvalidInput(
            "the key file holds another headquarters' keys, not this database's: export it on "
            "a workstation of this database with 'khdesk hq keys export'."
        )
    user_name = clean_line(name, field=Label("the name"))
    device = Device(role=Role.HQ.value, name=user_name, is_local=False)
    device.public_key = hq_keys.signing_public
    # its own code in meeting numbers: headquarters' key is shared, the device is not
    device.code = numbering.device_code(f"{hq_keys.signing_public}:{device.id}")
    session.add(device)
    session.flush()
    return device


def init_installation(
    session: Session,
    *,
    role: str,
    region: str | None = None,
    name: str | None = None,
    force: bool = False,
    keys_dir: Path | None = None,
) -> Device:
    """Create this installation's device identity (a second one only with ``force``).

    With ``keys_dir``, its keys are made too (``sync.keys``): a signing key for every
    installation, and for headquarters the age identities that bundles are encrypted to.
    """
    try:
        chosen = Role(role)
    except ValueError:
        raise InvalidInput("unknown role '{role}': use facilitator or hq.", role=role) from None
    region_code = require_region(session, region)
    if chosen is Role.FACILITATOR and region_code is None:
        raise InvalidInput("a facilitator works in a region: add --region with its KATO code.")
    if chosen is Role.HQ and region_code is not None:
        raise InvalidInput("headquarters covers every region: leave out --region.")
    user_name = clean_line(name, field=Label("the name"))
    existing = local_device(session)
    if existing is not None:
        if not force:
            raise InvalidInput(
                "this installation is already initialised as {role} (device {device}): "
                "add --force to replace its identity.",
                role=existing.role,
                device=existing.id,
            )
        # The old identity stays as a device of its own: records it wrote keep their owner.
        existing.is_local = False
        session.add(existing)
        session.flush()
    device = Device(role=chosen.value, region_kato=region_code, name=user_name, is_local=True)
    if keys_dir is not None:
        made = keys.create_keys(keys_dir, headquarters=chosen is Role.HQ)
        device.public_key = made.signing_public
        device.code = numbering.device_code(made.signing_public)
        if made.hq_recipient and made.recovery_recipient:
            set_meta(session, "hq_recipient", made.hq_recipient)
            set_meta(session, "recovery_recipient", made.recovery_recipient)
    session.add(device)
    # a new identity is a new user: the previous user's name must not sign the new writes
    previous = session.get(Meta, "user_name")
    if user_name:
        set_meta(session, "user_name", user_name)
    elif previous is not None:
        session.delete(previous)
    session.flush()
    return device
