"""Keys made at initialisation, device cards, and enrolment at headquarters."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput, NotFound
from khdesk.services import devices, installation
from khdesk.storage.database import Database
from khdesk.sync import keys


def _init(database: Database, role: str, keys_dir: Path, region: str | None = None) -> None:
    with database.transaction() as session:
        installation.init_installation(session, role=role, region=region, keys_dir=keys_dir)


def test_initialisation_makes_private_keys_readable_by_the_user_only(
    database: Database, tmp_path: Path
) -> None:
    _init(database, "hq", tmp_path / "keys")
    made = sorted(p.name for p in (tmp_path / "keys").iterdir())
    assert made == [keys.SIGNING_KEY, keys.HQ_IDENTITY, keys.RECOVERY_IDENTITY]
    for path in (tmp_path / "keys").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with database.session() as session:
        assert (installation.get_meta(session, "hq_recipient") or "").startswith("age1")
        assert installation.get_meta(session, "recovery_recipient") != installation.get_meta(
            session, "hq_recipient"
        )
        device = installation.local_device(session)
    assert device is not None and device.public_key
    signature = keys.sign(tmp_path / "keys", b"bundle manifest")
    assert keys.verify(device.public_key, signature, b"bundle manifest")
    assert not keys.verify(device.public_key, signature, b"another manifest")


def test_a_card_is_enrolled_once_and_its_fingerprint_matches(
    tmp_path: Path, template_db: Path
) -> None:
    import shutil

    region_path, hq_path = tmp_path / "region.db", tmp_path / "hq.db"
    shutil.copyfile(template_db, region_path)
    shutil.copyfile(template_db, hq_path)
    region, hq = Database.open(f"sqlite:///{region_path}"), Database.open(f"sqlite:///{hq_path}")
    _init(region, "facilitator", tmp_path / "region-keys", region="71")
    _init(hq, "hq", tmp_path / "hq-keys")
    with region.session() as session:
        card = devices.write_card(session, tmp_path / "card.json")
    read = keys.DeviceCard.read(tmp_path / "card.json")
    assert read == card
    with hq.transaction() as session:
        device, new = devices.enroll(session, read)
        _again, new_again = devices.enroll(session, read)
    assert (new, new_again) == (True, False)
    with hq.session() as session:
        listed = {row.id: row for row in devices.list_devices(session)}
    assert listed[device.id].fingerprint == card.fingerprint
    assert listed[device.id].region == "71"

    with hq.transaction() as session:
        devices.revoke(session, device.id)
    with pytest.raises(InvalidInput, match="was revoked"), hq.transaction() as session:
        devices.enroll(session, read)
    with pytest.raises(NotFound), hq.transaction() as session:
        devices.revoke(session, "no-such-device")
    with pytest.raises(InvalidInput, match="enrolled at headquarters"), region.transaction() as s:
        devices.enroll(s, read)
    region.close()
    hq.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "is not a device card"),
        (b'{"format": "something else"}', "is not a device card"),
        (b'{"format": "khdesk-device-card", "version": 9}', "another khdesk version"),
        (b'{"format": "khdesk-device-card", "version": 1, "device_id": "x"}', "damaged"),
    ],
)
def test_bad_cards_are_refused_in_one_sentence(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "card.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        keys.DeviceCard.read(path)


def test_an_altered_card_is_refused(database: Database, tmp_path: Path) -> None:
    _init(database, "facilitator", tmp_path / "keys", region="71")
    with database.session() as session:
        devices.write_card(session, tmp_path / "card.json")
    data = json.loads((tmp_path / "card.json").read_text())
    data["public_key"] = data["public_key"][:-4] + "AAA="
    (tmp_path / "card.json").write_text(json.dumps(data))
    with pytest.raises(InvalidInput, match=r"altered|damaged"):
        keys.DeviceCard.read(tmp_path / "card.json")


def _card_with(database: Database, tmp_path: Path, **changes: object) -> Path:
    """A real card with some fields replaced, its fingerprint made to match again."""
    _init(database, "facilitator", tmp_path / "keys", region="71")
    with database.session() as session:
        devices.write_card(session, tmp_path / "card.json")
    data = {**json.loads((tmp_path / "card.json").read_text()), **changes}
    data["fingerprint"] = keys.fingerprint(str(data["device_id"]), str(data["public_key"]))
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ["a", "list"]},
        {"region": 71},
        {"region": "../71"},
        {"device_id": "7" * 5000},
        {"device_id": "01A2330D-BD16-7178-AAB1-88C3B84F4FCF"},
        {"role": "admin"},
        {"name": "Әйгерім\x1b[2J"},
        {"name": "Ә" * 121},
        {"public_key": "AAAA"},
    ],
    ids=lambda changes: next(iter(changes)),
)
def test_a_card_with_a_hostile_field_is_refused_as_damaged(
    database: Database, tmp_path: Path, changes: dict[str, object]
) -> None:
    path = _card_with(database, tmp_path, **changes)
    with pytest.raises(InvalidInput, match="is a damaged device card: ask for it again"):
        keys.DeviceCard.read(path)


def test_a_card_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "card.fifo"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="is not a device card"):
        keys.DeviceCard.read(fifo)  # would wait for a writer forever if it were opened
    with pytest.raises(InvalidInput, match="is not a device card"):
        keys.DeviceCard.read(Path("/dev/zero"))
