"""The synthetic campaign: the seed document's figures, determinism, and records like typed ones."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from khdesk.domain.errors import InvalidInput
from khdesk.services import demo, installation, meetings, stats
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import SYNC_TABLES, Attendance, ChangeLog, Meeting, Person, Proposal


def _write(database: Database, actor: Actor, **options: object) -> dict[str, int]:
    with database.transaction() as session:
        return demo.write_campaign(session, actor, **options)  # type: ignore[arg-type]


def test_the_seed_campaign_has_the_figures_of_the_source_document(
    database: Database, actor: Actor
) -> None:
    _write(database, actor)
    with database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["meetings"]["by_kind"] == {"round-table": 20, "online": 43, "plenary": 1}
    with database.session() as session:
        round_table_regions = session.exec(
            select(Meeting.region_kato).where(Meeting.kind == "round-table")
        ).all()
    assert sorted(round_table_regions) == sorted(set(round_table_regions))  # one per region
    assert len(round_table_regions) == 20
    assert figures["attendances"]["by_meeting_kind"] == {"round-table": 1197, "online": 1173}
    assert figures["attendances"]["present"] == 1197 + 1173
    assert set(figures["attendances"]["by_sector"]) == {"local_gov", "business", "ngo"}
    assert figures["proposals"]["total"] == 592
    assert set(figures["proposals"]["by_direction"]) == {"D1", "D2", "D3", "D4", "D5", "D6"}
    assert len(figures["proposals"]["by_section"]) == 42
    assert figures["questions"] > 0
    assert figures["adopted_documents"] == 2


def test_online_sessions_count_only_ngo_representatives(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        sectors = session.exec(
            select(Attendance.sector_code)
            .join(Meeting, Meeting.id == Attendance.meeting_id)  # type: ignore[arg-type]
            .where(Meeting.kind == "online")
            .distinct()
        ).all()
    assert sectors == ["ngo"]


def test_the_same_seed_gives_the_same_campaign(tmp_path: Path, template_db: Path) -> None:
    dumps = []
    for run, seed in (("a", 7), ("b", 7), ("c", 8)):
        path = tmp_path / f"{run}.db"
        shutil.copyfile(template_db, path)
        database = Database.open(f"sqlite:///{path}")
        with database.transaction() as session:
            installation.init_installation(session, role="hq")
            demo.write_campaign(session, installation.require_actor(session), seed=seed)
        with database.session() as session:
            dumps.append(
                session.connection()
                .execute(text("SELECT id, full_name, phone FROM person ORDER BY seq"))
                .fetchall()
            )
        database.close()
    contents = [[row[1:] for row in dump] for dump in dumps]
    assert contents[0] == contents[1]
    assert contents[0] != contents[2]
    # two installations never share record ids, even with the same seed
    assert not {row[0] for row in dumps[0]} & {row[0] for row in dumps[1]}


def test_demo_records_read_back_like_typed_ones(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.kind == "plenary")).one()
        person = session.exec(select(Person)).first()
        listed = meetings.list_meetings(session, kind="plenary")
    assert isinstance(meeting.date, dt.date) and meeting.date == dt.date(2026, 9, 16)
    assert meeting.closed_at is not None and meeting.closed_at.tzinfo is not None
    assert meeting.status == "closed"
    assert uuid.UUID(meeting.id).version == 7
    assert person is not None and person.device_id == actor.device_id
    assert listed[0].number == "00-2026-001"
    kazakh_letters = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
    with database.session() as session:
        names = " ".join(session.exec(select(Person.full_name)).all())
    assert kazakh_letters & set(names)


def test_every_demo_record_has_a_change_entry_and_a_gapless_sequence(
    database: Database, actor: Actor
) -> None:
    written = _write(database, actor)
    records = sum(count for table, count in written.items() if table != "changelog")
    with database.session() as session:
        seqs = session.exec(select(ChangeLog.seq).order_by(ChangeLog.seq)).all()  # type: ignore[arg-type]
        per_table = sum(
            session.exec(select(func.count()).select_from(model)).one() for model in SYNC_TABLES
        )
    assert written["changelog"] == records == per_table
    assert list(seqs) == list(range(1, records + 1))


def test_demo_goes_only_into_an_empty_database(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with pytest.raises(InvalidInput, match="already holds 64 meetings"):
        _write(database, actor)
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Proposal)).one() == 592


def test_the_national_scale_is_the_planning_figure() -> None:
    national = demo.SCALES["national"]
    assert national.round_tables + national.online_sessions + national.plenaries == 2000
    attendances = (
        national.round_table_attendances + national.online_attendances
        + national.plenary_attendances
    )  # fmt: skip
    assert attendances == 200_000
    assert (national.persons, national.proposals) == (100_000, 50_000)


def test_a_campaign_with_a_pool_of_persons_reuses_them(
    database: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = demo.Scale("small", 2026, 40, 2_000, 20, 600, 2, 100, 1_000, 300, 5)
    monkeypatch.setitem(demo.SCALES, "small", small)
    _write(database, actor, scale="small")
    with database.session() as session:
        figures = stats.campaign_stats(session)
        repeat = session.exec(select(func.count(func.distinct(Attendance.person_id)))).one()
    assert figures["meetings"]["total"] == 62
    assert figures["persons"] == 1_000
    assert figures["attendances"]["present"] == 2_700
    assert repeat < 2_700  # persons attend more than one meeting
    assert figures["proposals"]["total"] == 300


def test_an_unknown_scale_is_refused(database: Database, actor: Actor) -> None:
    with pytest.raises(InvalidInput, match="use seed or national"):
        _write(database, actor, scale="galactic")


def test_split_spreads_a_total_evenly() -> None:
    assert demo.split(1197, 20) == [60] * 17 + [59] * 3
    assert sum(demo.split(1173, 43)) == 1173
