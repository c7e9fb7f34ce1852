"""``khdesk persons withdraw``, ``erase`` and ``retention`` on the demo's round tables: what a
person asked is done, the database keeps none of what was erased, an erasure asks to be sure."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import orjson
import pytest

from tests.cli.running import one_line_error, run

pytestmark = pytest.mark.sqlite_only


def _author(path: Path) -> tuple[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT p.id, p.full_name FROM person p JOIN proposal x ON x.author_person_id = p.id "
            "WHERE NOT p.deleted AND x.author_name IS NOT NULL AND (SELECT count(*) FROM person o "
            "WHERE o.full_name = p.full_name) = 1 LIMIT 1"
        ).fetchone()


def _holds(path: Path, value: str) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return any(
            value in repr(row)
            for table in tables
            if not table.startswith(("person_search", "sqlite_"))
            for row in conn.execute(f'SELECT * FROM "{table}"')
        )


def test_an_erasure_asks_to_be_sure_then_leaves_nothing_of_the_name(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "demo")
    db = data_dir / "khdesk.db"
    person_id, name = _author(db)
    assert _holds(db, name)
    code, _, err = run(capsys, "persons", "erase", person_id)
    assert code == 2 and "--yes" in one_line_error(err)
    assert _holds(db, name)
    code, out, err = run(capsys, "persons", "erase", person_id, "--yes")
    assert code == 0, err
    assert "erased: 1 person record(s)" in out
    assert not _holds(db, name)
    record = tmp_path / "record.txt"
    assert run(capsys, "persons", "export", person_id, "--out", str(record))[0] == 0
    written = record.read_text(encoding="utf-8")
    assert name not in written and "оның сұрауы бойынша өшірілді" in written
    code, _, err = run(capsys, "persons", "erase", person_id, "--yes")
    assert code == 2 and "erased already" in one_line_error(err)


def test_withdrawn_consent_and_retention_erase_contacts(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "demo")
    db = data_dir / "khdesk.db"
    with closing(sqlite3.connect(db)) as conn:
        person_id, phone = conn.execute(
            "SELECT id, phone FROM person WHERE phone IS NOT NULL AND NOT deleted LIMIT 1"
        ).fetchone()
    code, out, err = run(capsys, "persons", "withdraw", person_id)
    assert code == 0, err
    assert not _holds(db, phone)
    code, out, err = run(capsys, "persons", "retention", "--json")
    assert orjson.loads(out) == {"months": None, "erased": 0}
    code, _, err = run(capsys, "persons", "retention", "--months", "500")
    assert code == 2 and "from 1 to 120 months" in one_line_error(err)
    code, out, err = run(capsys, "persons", "retention", "--months", "1", "--apply", "--json")
    assert code == 0, err
    assert orjson.loads(out)["months"] == 1
    with closing(sqlite3.connect(db)) as conn:
        kept = conn.execute(
            "SELECT count(*) FROM person p WHERE p.phone IS NOT NULL AND NOT EXISTS ("
            "SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
            "WHERE a.person_id = p.id AND m.date >= date('now', '-1 month'))"
        ).fetchone()[0]
    assert kept == 0
    code, out, _ = run(capsys, "persons", "retention")
    assert "kept for 1 months" in out
