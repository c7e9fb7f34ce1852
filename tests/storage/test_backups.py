"""Backups: checked before they are kept, thinned over a year, listed with what they hold,
restored with the current database kept aside, refused while the database is open."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from khdesk.domain.errors import StorageProblem
from khdesk.services.recorder import Actor
from khdesk.storage import backups
from khdesk.storage.backups import Backup, Thinning
from khdesk.storage.database import Database
from tests.factories import make_meeting, make_person

pytestmark = pytest.mark.sqlite_only


def _names(conn_path: Path) -> list[str]:
    with closing(sqlite3.connect(conn_path)) as conn:
        return [row[0] for row in conn.execute("SELECT full_name FROM person ORDER BY full_name")]


def test_a_backup_of_a_database_in_use_holds_what_was_saved(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    make_meeting(database, actor)
    make_person(database, actor)
    make_person(database, actor, full_name="Серікова Дана", phone=None, email=None)
    assert database.path is not None
    # the window's connection stays open, the last writes still in the WAL
    path = backups.take(database.path, tmp_path / "backups", label="manual")
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [path.name]  # one file alone
    listed = backups.listing(tmp_path / "backups")
    assert [(b.label, b.meetings, b.persons, b.proposals) for b in listed] == [("manual", 1, 2, 0)]
    assert _names(path) == ["Жұмабекова Іңкәр Серікқызы", "Серікова Дана"]


def _damage(path: Path) -> None:
    """Overwrite the middle of the file's pages, as a failing drive does."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 2, size, 4096):
            handle.seek(offset + 100)
            handle.write(b"\xff" * 600)


def test_a_backup_that_fails_its_check_is_not_kept(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    for n in range(40):
        make_person(database, actor, full_name=f"Адамов Қанат {n}", phone=None, email=None)
    assert database.path is not None
    database.close()
    _damage(database.path)
    with pytest.raises(StorageProblem, match=r"did not pass its check.*nothing was kept"):
        backups.take(database.path, tmp_path / "backups", label="manual")
    assert list((tmp_path / "backups").iterdir()) == []  # not even a temporary file


def _tiny(path: Path) -> None:
    """A database with what the backups read: khdesk's schema table and a change log."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0012')")
        conn.execute("CREATE TABLE changelog (id INTEGER PRIMARY KEY, op TEXT)")
        conn.commit()


def _change(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO changelog (op) VALUES ('update')")
        conn.commit()


def test_a_year_of_daily_use_keeps_recent_days_weeks_and_months(tmp_path: Path) -> None:
    path, folder = tmp_path / "khdesk.db", tmp_path / "backups"
    _tiny(path)
    start = dt.datetime(2026, 1, 1, 9, 0)
    taken = []
    for day in range(365):
        now = start + dt.timedelta(days=day)
        if now.weekday() == 6:  # on Sundays the laptop stays shut
            continue
        _change(path)
        first = backups.daily(path, folder, thinning=Thinning(), now=now)
        assert first is not None
        taken.append(now)
        # started again the same day, after more work: still one backup that day
        _change(path)
        assert backups.daily(path, folder, thinning=Thinning(), now=now.replace(hour=15)) is None
    kept = [b.taken for b in backups.listing(folder)]
    assert all(b.automatic for b in backups.listing(folder))
    # the newest of each of the last 12 days that had one
    assert kept[:12] == taken[::-1][:12]
    # each of the last 10 weeks and of the last 9 months has one, nothing older
    weeks = {t.isocalendar()[:2] for t in kept}
    assert sorted({t.isocalendar()[:2] for t in taken})[-10:] == sorted(weeks)[-10:]
    months = {(t.year, t.month) for t in kept}
    assert months == {(2026, m) for m in range(4, 13)}
    assert len(kept) <= 12 + 10 + 9
    assert len(list(folder.iterdir())) == len(kept)


def test_a_backup_is_taken_only_when_something_changed(tmp_path: Path) -> None:
    path, folder = tmp_path / "khdesk.db", tmp_path / "backups"
    _tiny(path)
    day = dt.datetime(2026, 3, 2, 10, 0)
    assert backups.daily(path, folder, thinning=Thinning(), now=day) is None  # nothing yet
    _change(path)
    assert backups.daily(path, folder, thinning=Thinning(), now=day) is not None
    later = day + dt.timedelta(days=3)
    assert backups.daily(path, folder, thinning=Thinning(), now=later) is None
    backups.take(path, folder, label="manual", now=later)
    _change(path)
    assert backups.daily(path, folder, thinning=Thinning(), now=later) is not None


def test_manual_and_migration_backups_are_never_thinned() -> None:
    start = dt.datetime(2025, 1, 1)
    made = [Backup(Path(f"d{n}.db"), start + dt.timedelta(days=n), "daily") for n in range(400)] + [
        Backup(Path("m.db"), start, "manual"),
        Backup(Path("s.db"), start, "schema-0011"),
    ]
    gone = {b.path.name for b in backups.thinned(made, Thinning(days=2, weeks=1, months=1))}
    assert "m.db" not in gone and "s.db" not in gone
    assert len(gone) == 400 - 2  # the newest two days also stand for their week and month


def test_a_restore_keeps_the_current_database_aside(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    assert database.path is not None
    make_person(database, actor, full_name="Серікова Дана", phone=None, email=None)
    folder = tmp_path / "backups"
    saved = backups.take(database.path, folder, label="manual")
    make_person(database, actor, full_name="Адамов Қанат", phone=None, email=None)
    with pytest.raises(StorageProblem, match="open in another khdesk"):
        backups.restore(saved, database.path, folder)
    assert _names(database.path) == ["Адамов Қанат", "Серікова Дана"]  # untouched
    database.close()
    aside = backups.restore(saved, database.path, folder)
    assert _names(database.path) == ["Серікова Дана"]
    assert aside is not None and _names(aside) == ["Адамов Қанат", "Серікова Дана"]
    assert backups.describe(aside) is not None  # listed, so the restore can be undone
    reopened = Database.open(f"sqlite:///{database.path}")
    reopened.close()


def test_a_damaged_backup_is_not_restored(database: Database, actor: Actor, tmp_path: Path) -> None:
    assert database.path is not None
    make_person(database, actor, full_name="Серікова Дана", phone=None, email=None)
    broken = backups.take(database.path, tmp_path / "backups", label="manual")
    for n in range(40):
        make_person(database, actor, full_name=f"Адамов Қанат {n}", phone=None, email=None)
    database.close()
    broken.write_bytes(broken.read_bytes()[:4096])  # cut short, as a copy that stopped
    with pytest.raises(StorageProblem, match="did not pass its check"):
        backups.restore(broken, database.path, tmp_path / "backups")
    assert len(_names(database.path)) == 41
    assert backups.latest_good(tmp_path / "backups", database.path.stem) is None


def test_a_damaged_database_is_set_aside_beside_nothing_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "khdesk.db"
    _tiny(path)
    first = backups.set_aside(path, tmp_path / "damaged", now=dt.datetime(2026, 5, 1))
    _tiny(path)
    second = backups.set_aside(path, tmp_path / "damaged", now=dt.datetime(2026, 5, 1))
    assert first != second and first.exists() and second.exists() and not path.exists()


def test_a_copy_for_the_second_place_is_encrypted_and_opens_with_its_passphrase(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    make_person(database, actor, full_name="Серікова Дана", phone="8 701 234 56 78", email=None)
    assert database.path is not None
    backup = backups.take(database.path, tmp_path / "backups", label="manual")
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backups.encrypted_copy(backup, stick, "ақ бидай алтын дала")
    assert [p.name for p in stick.iterdir()] == [backup.name + ".age"]
    data = copy.read_bytes()
    for plain in ("Серікова".encode(), "Серикова".encode(), b"701", b"SQLite format"):
        assert plain not in data
    with pytest.raises(Exception, match="the passphrase does not open"):
        backups.decrypted(copy, "басқа сөз тіркесі", tmp_path / "opened")
    opened = backups.decrypted(copy, "ақ бидай алтын дала", tmp_path / "opened")
    assert _names(opened) == ["Серікова Дана"]
    (listed,) = backups.listing(stick)
    assert listed.encrypted and listed.label == "manual" and listed.persons is None


def test_a_restore_whose_last_rename_fails_leaves_the_database_in_place(
    database: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    path = database.path
    make_person(database, actor, full_name="Серікова Дана", phone=None, email=None)
    saved = backups.take(path, tmp_path / "backups", label="manual")
    make_person(database, actor, full_name="Адамов Қанат", phone=None, email=None)
    database.close()
    real_replace = backups.os.replace

    def held(source: object, target: object) -> None:  # an antivirus holds the new copy
        if str(source).endswith(".restoring"):
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(backups.os, "replace", held)
    with pytest.raises(StorageProblem, match="the database was not changed"):
        backups.restore(saved, path, tmp_path / "backups")
    monkeypatch.undo()
    assert _names(path) == ["Адамов Қанат", "Серікова Дана"]
    assert not list(path.parent.glob(".*.restoring"))


def test_backups_of_other_databases_and_old_names_are_told_apart(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    path = tmp_path / "khdesk.db"
    _tiny(path)
    old = folder / "khdesk-schema-0007-20260301-101500.db"  # as khdesk named them before
    backups.take(path, folder, label="manual").rename(old)
    for day in range(1, 20):  # another database's daily backups in the same folder
        _tiny(folder / f"other-202603{day:02d}-090000-daily.db")
    (listed,) = backups.listing(folder, "khdesk")
    assert listed.path == old and listed.label == "schema-0007"
    assert backups.latest_good(folder, "khdesk") == listed
    backups.thin(folder, Thinning(days=1, weeks=1, months=1), "khdesk")
    assert len(backups.listing(folder, "other")) == 19
