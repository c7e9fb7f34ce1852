"""A laptop lost after its last backup: a new one restores the copy from the USB stick, gets
the signing key kept beside it, and sends as the laptop it replaces, without giving a write a
number headquarters already had from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.services import backups, installation, meetings, sync
from khdesk.storage.database import Database
from khdesk.sync import keys
from tests.sync.sites import Site, export, import_into, round_table

WORDS = "ақ бидай алтын дала"


def _stick(site: Site, tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    with site.database.transaction() as session:
        backups.set_second_place(session, site.keys, stick, WORDS)
    return stick


def _restored(copy: Path, tmp_path: Path) -> tuple[Site, bool]:
    folder = tmp_path / "new-laptop"
    (folder / "backups").mkdir(parents=True)
    database = folder / "khdesk.db"
    backups.restore(copy, database, folder / "backups", passphrase=WORDS)
    installed = backups.restore_signing_key(copy, database, folder / "keys", WORDS)
    opened = Database.open(f"sqlite:///{database}")
    with opened.session() as session:
        actor = installation.require_actor(session)
    return Site(opened, folder, actor), installed


def test_a_laptop_restored_from_the_stick_sends_as_the_one_it_replaces(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    _stick(astana, tmp_path)
    round_table(astana, people=2, ideas=1)
    taken = backups.back_up_now(astana.database, astana.folder / "backups", astana.keys)
    assert taken.copy is not None
    assert (taken.copy.parent / keys.SIGNING_KEY_COPY).is_file()
    assert b"PRIVATE" not in (taken.copy.parent / keys.SIGNING_KEY_COPY).read_bytes()
    # work after the backup reaches headquarters; then the laptop is stolen
    round_table(astana, people=3, ideas=2)
    assert import_into(hq, export(astana, tmp_path / "last.khb")).status == "imported"
    laptop, installed = _restored(taken.copy, tmp_path)
    assert installed
    assert (laptop.keys / keys.SIGNING_KEY).read_bytes() == (
        astana.keys / keys.SIGNING_KEY
    ).read_bytes()
    assert laptop.actor.device_id == astana.actor.device_id
    # the reference bundle says what headquarters has: the next write is numbered after it
    reference = tmp_path / "reference-2.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, reference)
    with laptop.database.transaction() as session:
        sync.import_reference(session, reference)
        meetings.create_meeting(
            session, laptop.actor, kind="round-table", date="2026-11-02", title="Қалпына келген"
        )
    result = import_into(hq, export(laptop, tmp_path / "restored.khb"))
    assert (result.status, result.collisions) == ("imported", 0)
    with hq.database.session() as session:
        titles = {m.title for m in meetings.list_meetings(session)}
    assert "Қалпына келген" in titles
    laptop.database.close()


def test_a_key_that_is_not_the_restored_devices_is_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    _hq, astana, almaty = network
    _stick(astana, tmp_path)
    taken = backups.back_up_now(astana.database, astana.folder / "backups", astana.keys)
    assert taken.copy is not None
    # almaty's key put beside astana's copy: a stick passed round, files moved by hand
    beside = taken.copy.parent / keys.SIGNING_KEY_COPY
    beside.write_bytes(keys.signing_key_copy(almaty.keys, WORDS))
    with pytest.raises(InvalidInput, match="does not belong to the restored database"):
        _restored(taken.copy, tmp_path)
    beside.write_bytes(b"not age at all")
    with pytest.raises(InvalidInput, match="does not belong to the restored database"):
        backups.restore_signing_key(
            taken.copy, tmp_path / "new-laptop" / "khdesk.db", tmp_path / "keys", WORDS
        )
    assert not (tmp_path / "keys" / keys.SIGNING_KEY).exists()
