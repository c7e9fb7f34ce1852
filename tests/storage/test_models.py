"""The data model: reference data at first start, the sync identity, uniqueness in the database."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import (
    SYNC_TABLES,
    Attendance,
    Direction,
    Meta,
    Region,
    Section,
    Sector,
)
from tests.factories import make_meeting, make_person


def test_reference_data_is_loaded_at_first_start(database: Database) -> None:
    with database.session() as session:
        regions = session.exec(select(Region)).all()
        directions = session.exec(select(Direction)).all()
        sections = session.exec(select(Section)).all()
        sectors = session.exec(select(Sector)).all()
        version = session.get(Meta, "reference_version")
    assert len(regions) == 20
    assert {r.kato for r in regions} >= {"71", "75", "79", "10", "33", "62"}
    abai = next(r for r in regions if r.kato == "10")
    assert abai.name_ru == "область Абай"
    assert abai.name_kk == "Абай облысы"
    assert [d.code for d in sorted(directions, key=lambda d: d.position)] == [
        "D1", "D2", "D3", "D4", "D5", "D6",
    ]  # fmt: skip
    assert len(sections) == 42
    assert {s.direction_code for s in sections} == {d.code for d in directions}
    assert all(s.name_kk and s.name_ru and s.name_en for s in sections)
    assert "ngo" in {s.code for s in sectors}
    assert version is not None and version.value == "1"


def test_every_syncable_table_carries_the_sync_identity(database: Database) -> None:
    inspector = inspect(database.engine)
    for model in SYNC_TABLES:
        columns = {c["name"] for c in inspector.get_columns(str(model.__tablename__))}
        assert {"id", "version", "device_id", "seq", "deleted"} <= columns, model
        unique = [ix for ix in inspector.get_indexes(str(model.__tablename__)) if ix["unique"]]
        assert any(ix["column_names"] == ["device_id", "seq"] for ix in unique), model


def test_the_database_refuses_two_writes_under_one_sequence_number(
    database: Database, actor: Actor
) -> None:
    person = make_person(database, actor)
    insert = text(
        "INSERT INTO person (id, version, device_id, seq, deleted, updated_at, full_name,"
        " name_key, sector_code, consent) VALUES (:id, 1, :device, :seq, false, '2026-01-01',"
        " 'Оспанов Серік', 'оспанов серик', 'ngo', false)"
    )
    with pytest.raises(IntegrityError, match=r"(?i)unique"), database.transaction() as session:
        session.connection().execute(
            insert, {"id": "another-record", "device": actor.device_id, "seq": person.seq}
        )


def test_a_person_attends_a_meeting_once(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with pytest.raises(IntegrityError), database.transaction() as session:
        for seq in (1000, 1001):
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    person_id=person.id,
                    sector_code="ngo",
                    device_id=actor.device_id,
                    seq=seq,
                )
            )
            session.flush()


def test_foreign_keys_are_enforced(database: Database, actor: Actor) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(
            Attendance(
                meeting_id="no-such-meeting",
                person_id="no-such-person",
                sector_code="ngo",
                device_id=actor.device_id,
                seq=5000,
            )
        )
        session.flush()


@pytest.mark.sqlite_only  # SQLite's own settings
def test_sqlite_runs_durable_with_wal_and_a_busy_timeout(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
