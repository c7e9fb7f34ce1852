"""The start-up backup and its copy in the second place, plugged in or not, shared or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.services import backups
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from tests.factories import make_meeting

pytestmark = pytest.mark.sqlite_only

WORDS = "ақ бидай алтын дала"


def _copy(database: Database, keys_dir: Path, backup: Path) -> Path | None:
    with database.session() as session:
        return backups.copy_to_second_place(session, keys_dir, backup, quietly=True)


def test_the_days_backup_is_copied_to_the_second_place_when_it_is_there(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    keys_dir, folder, stick = tmp_path / "keys", tmp_path / "backups", tmp_path / "stick"
    stick.mkdir()
    with database.transaction() as session:
        backups.set_second_place(session, keys_dir, stick, WORDS)
    make_meeting(database, actor)
    taken = backups.daily_backup(database, folder)
    assert taken is not None
    copy = _copy(database, keys_dir, taken)
    # in this laptop's own folder of the stick
    assert copy is not None and copy.parent.parent == stick.resolve()
    assert (keys_dir / "backup-copies.passphrase").stat().st_mode & 0o077 == 0  # the user's only
    # the stick is not plugged in: the backup is taken, and nothing is said
    stick.rename(tmp_path / "drawer")
    assert _copy(database, keys_dir, taken) is None


def test_a_shared_stick_keeps_every_laptops_copies(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    other = stick / "khdesk-ZZZZ"  # another laptop's copies, daily ones, many
    other.mkdir(parents=True)
    for day in range(1, 29):
        (other / f"khdesk-202602{day:02d}-090000-daily.db.age").write_bytes(b"age")
    with database.transaction() as session:
        backups.set_second_place(session, tmp_path / "keys", stick, WORDS)
    make_meeting(database, actor)
    taken = backups.daily_backup(database, tmp_path / "backups")
    assert taken is not None and _copy(database, tmp_path / "keys", taken) is not None
    assert len(list(other.iterdir())) == 28  # thinning is this laptop's business only


def test_a_second_place_must_be_a_folder_that_is_there(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session, pytest.raises(Exception, match="plug in the USB"):
        backups.set_second_place(session, tmp_path / "keys", tmp_path / "nowhere", "x" * 12)
