"""The start-up backup and its copy in the second place, plugged in or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.services import backups
from khdesk.services.recorder import Actor
from khdesk.storage import backups as stored
from khdesk.storage.database import Database
from tests.factories import make_meeting

pytestmark = pytest.mark.sqlite_only


def test_the_days_backup_is_copied_to_the_second_place_when_it_is_there(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    keys_dir, folder, stick = tmp_path / "keys", tmp_path / "backups", tmp_path / "stick"
    stick.mkdir()
    with database.transaction() as session:
        backups.set_second_place(session, keys_dir, stick, "ақ бидай алтын дала")
    make_meeting(database, actor)
    taken = backups.daily_backup(database, folder, keys_dir)
    assert taken is not None and taken.copy is not None and taken.copy.parent == stick.resolve()
    assert (keys_dir / "backup-copies.passphrase").stat().st_mode & 0o077 == 0  # the user's only
    # the next day the stick is not plugged in: the backup is taken, and nothing is said
    stick.rename(tmp_path / "drawer")
    make_meeting(database, actor, title="Екінші отырыс")
    described = stored.describe(taken.path)
    assert described is not None
    later = backups.daily_backup(database, folder, keys_dir, now=described.taken.replace(year=2030))
    assert later is not None and later.copy is None
    assert len(backups.listing(folder)) == 2


def test_a_second_place_must_be_a_folder_that_is_there(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session, pytest.raises(Exception, match="plug in the USB"):
        backups.set_second_place(session, tmp_path / "keys", tmp_path / "nowhere", "x" * 12)
