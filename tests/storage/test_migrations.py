"""Migrations: from an empty database and from the previous revision, backup first, newer refused,
and damaged or foreign files refused without being touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from khdesk.domain.errors import StorageProblem
from khdesk.storage import migrate
from khdesk.storage.database import SCHEMA_REVISION, Database
from khdesk.storage.models import SQLModel


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_schema_revision_is_the_migrations_head() -> None:
    script = ScriptDirectory.from_config(migrate._alembic_config(Database("sqlite://")))
    assert script.get_current_head() == SCHEMA_REVISION


def test_an_empty_database_is_created_at_head_with_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Database.open(f"sqlite:///{path}", backups_dir=tmp_path / "backups").close()
    assert _revision(path) == SCHEMA_REVISION
    assert not (tmp_path / "backups").exists()


def test_the_migrations_build_exactly_the_model(tmp_path: Path) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'k.db'}")
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        differences = compare_metadata(context, SQLModel.metadata)
    database.close()
    assert differences == []


def test_upgrade_from_the_previous_revision_keeps_data_and_takes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(f"sqlite:///{path}")
    migrate.upgrade(old, target="0001")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO device (id, role, status, is_local, last_seq, created_at) "
            "VALUES ('dev-1', 'hq', 'active', 1, 0, '2026-01-01 00:00:00')"
        )
    old.close()
    before = _digest(path)
    backups = tmp_path / "backups"

    Database.open(f"sqlite:///{path}", backups_dir=backups).close()

    assert _revision(path) == SCHEMA_REVISION
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id FROM device").fetchall() == [("dev-1",)]
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "ix_attendance_stats" in indexes
    (backup,) = backups.iterdir()
    assert "0001" in backup.name
    assert _revision(backup) == "0001"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT id FROM device").fetchall() == [("dev-1",)]
    assert before != _digest(path)


def test_a_database_from_a_newer_khdesk_is_refused_and_left_alone(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    before = _digest(db_path)
    with pytest.raises(StorageProblem, match="newer khdesk") as caught:
        Database.open(f"sqlite:///{db_path}")
    assert "install the newer khdesk" in str(caught.value)
    assert _digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda data: b"this is a spreadsheet, not a database" + data[40:], id="header"
        ),
        pytest.param(lambda data: data[:100] + b"\xff" * 4000 + data[4100:], id="first-page"),
    ],
)
def test_a_corrupt_database_is_refused_and_left_untouched(db_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    db_path.write_bytes(damage(db_path.read_bytes()))
    before = _digest(db_path)
    with pytest.raises(StorageProblem) as caught:
        Database.open(f"sqlite:///{db_path}")
    message = str(caught.value)
    assert str(db_path) in message
    assert "backups/" in message
    assert "\n" not in message
    assert _digest(db_path) == before


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    before = _digest(path)
    with pytest.raises(StorageProblem, match="not khdesk's"):
        Database.open(f"sqlite:///{path}")
    assert _digest(path) == before


def test_a_folder_given_as_the_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageProblem, match="is a folder"):
        Database.open(f"sqlite:///{tmp_path}")


def test_a_missing_folder_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(StorageProblem, match=r"folder of the database .* does not exist"):
        Database.open(f"sqlite:///{tmp_path / 'no' / 'such' / 'k.db'}")


def test_an_unusable_url_is_one_sentence() -> None:
    with pytest.raises(StorageProblem, match="cannot use the database URL"):
        Database.open("foo://bar")


def test_a_refused_file_gets_no_side_files(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    with pytest.raises(StorageProblem):
        Database.open(f"sqlite:///{db_path}")
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["khdesk.db"]


def test_a_locked_database_is_one_sentence(database: Database, db_path: Path) -> None:
    from khdesk.storage import database as storage

    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        original = storage.BUSY_TIMEOUT_MS
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 50")
        database.engine.dispose()
        storage.BUSY_TIMEOUT_MS = 50
        with (
            pytest.raises(StorageProblem, match="busy in another khdesk"),
            database.transaction() as session,
        ):
            session.connection().exec_driver_sql("DELETE FROM meta")
    finally:
        storage.BUSY_TIMEOUT_MS = original
        locker.rollback()
        locker.close()
