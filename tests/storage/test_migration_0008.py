"""Migration 0008: every proposal's search key computed, found by the review's search in any
spelling; the figures' indexes; the key kept on every write and computed by headquarters from a
region's bundle, older ones included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson
from sqlalchemy import text

from khdesk.domain.proposal_search import proposal_search_key
from khdesk.services import proposals, review
from khdesk.storage import migrate, reference
from khdesk.storage.database import Database
from tests.sync.sites import Site, bundle_entries, export, forged_bundle, import_into, round_table

PROPOSALS = [
    ("pr-1", 1, "Қазақстан ауылдарында еріктілер желісін құру", "Ыбыраева Гүлнар", None),
    ("pr-2", 2, "Жол жөндеу", "Ким-Ли Анна", "«Ақ жол» қоғамдық бірлестігі"),
    ("pr-3", 3, "Мектептерге компьютер сыныптары", None, None),
]


def old_database(tmp_path: Path) -> Path:
    """A database at 0007 holding a meeting and three proposals, with no search keys."""
    path = tmp_path / "old.db"
    old = Database(f"sqlite:///{path}")
    migrate.upgrade(old, target="0007")
    with old.transaction() as session:
        reference.load_if_empty(session)
    old.close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO device (id, role, status, is_local, last_seq, created_at) "
            "VALUES ('dev-1', 'hq', 'active', 1, 10, '2026-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO meeting (id, version, device_id, seq, deleted, updated_at, number, year, "
            "region_kato, kind, format, title, date, status) VALUES ('m-1', 1, 'dev-1', 1, 0, "
            "'2026-01-01 00:00:00', 1, 2026, '71', 'round-table', 'in-person', 'Дөңгелек үстел', "
            "'2026-10-01', 'draft')"
        )
        for seq, (pid, number, body, author, organisation) in enumerate(PROPOSALS, start=2):
            conn.execute(
                "INSERT INTO proposal (id, version, device_id, seq, deleted, updated_at, "
                "meeting_id, number, kind, text, author_name, organisation, direction_code) "
                "VALUES (?, 1, 'dev-1', ?, 0, '2026-01-01 00:00:00', 'm-1', ?, 'proposal', ?, ?, "
                "?, 'D2')",
                (pid, seq, number, body, author, organisation),
            )
    return path


def found(where: Database | Site, search: str) -> list[str]:
    database = where.database if isinstance(where, Site) else where
    with database.session() as session:
        return [row.id for row in review.list_proposals(session, search=search)]


def test_0008_computes_every_proposals_key_and_the_search_finds_them(tmp_path: Path) -> None:
    database = Database.open(f"sqlite:///{old_database(tmp_path)}", backups_dir=tmp_path / "b")
    with database.session() as session:
        keys = {
            pid: key
            for pid, key in session.connection().execute(
                text("SELECT id, search_key FROM proposal ORDER BY id")
            )
        }
    assert keys == {pid: proposal_search_key(body, a, o) for pid, _, body, a, o in PROPOSALS}
    assert found(database, "Казахстан ериктилер") == ["pr-1"]  # Russian spelling, two words
    assert found(database, "Qazaqstan") == ["pr-1"]  # Latin letters
    assert found(database, "Ибраева") == ["pr-1"]  # the author
    assert found(database, "кимли") == ["pr-2"]  # a hyphen typed or not
    assert found(database, "ак жол бирлестиги") == ["pr-2"]  # the organisation
    assert found(database, "ж") == ["pr-1", "pr-2"]  # a letter too short for the index
    assert found(database, "велосипед") == []
    database.close()


def test_0008_adds_the_indexes_the_figures_read(tmp_path: Path) -> None:
    database = Database.open(f"sqlite:///{old_database(tmp_path)}", backups_dir=tmp_path / "b")
    with database.session() as session:
        names = {
            name
            for (name,) in session.connection().execute(
                text("SELECT name FROM sqlite_master WHERE type = 'index'")
            )
        }
        plan = " ".join(
            str(row[3])
            for row in session.connection().execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT count(*) FROM attendance a "
                    "WHERE a.deleted = 0 AND a.present = 1 AND a.meeting_id = 'm-1'"
                )
            )
        )
    assert {
        "ix_attendance_figures", "ix_attendance_by_person", "ix_person_sector",
        "ix_person_by_id", "ix_person_merged", "ix_proposal_figures", "ix_proposal_by_id",
        "ix_review_latest", "ix_meeting_in_order",
    } <= names  # fmt: skip
    assert not {"ix_attendance_present", "ix_person_stats"} & names  # replaced by wider ones
    assert "COVERING INDEX ix_attendance_figures" in plan
    database.close()


def test_the_key_follows_every_edit_of_a_proposal(network: tuple[Site, Site, Site]) -> None:
    _, site, _ = network
    round_table(site, people=1, ideas=1)
    with site.database.transaction() as session:
        (first,) = session.connection().execute(text("SELECT id FROM proposal")).scalars()
        proposals.update_proposal(
            session, site.actor, first, text="Қарағанды облысындағы кітапханалар"
        )
    assert found(site.database, "караганда") == [first]
    assert found(site.database, "Ұсыныс") == []
    with site.database.transaction() as session:
        proposals.update_proposal(session, site.actor, first, organisation="Qoğam")
    assert found(site.database, "когам кітапхана") == [first]


def test_headquarters_computes_the_key_from_any_bundle_older_ones_too(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=2, ideas=2)
    entries = bundle_entries(hq, export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    # a laptop on 0007 sends no key; one that sends a key has it replaced, never trusted
    del rows[0]["search_key"]
    rows[1]["search_key"] = "велосипед"
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    older = tmp_path / "older.khb"
    older.write_bytes(forged_bundle(hq, astana, entries, schema="0007"))
    assert import_into(hq, older).status == "imported"
    assert found(hq, "велосипед") == []
    with hq.database.session() as session:
        run = session.connection().execute
        stored = {body: key for body, key in run(text("SELECT text, search_key FROM proposal"))}
    assert stored == {row["text"]: proposal_search_key(row["text"], None, None) for row in rows}
    assert len(found(hq, "усиныс")) == 2
