"""``khdesk persons export``: everything khdesk holds about one person, in a file they can read,
and nothing of anyone else's; the log keeps no name of theirs."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.running import one_line_error, run

pytestmark = pytest.mark.sqlite_only


def _someone_with_everything(path: Path) -> tuple[str, str, str, str]:
    """A person of the demo who attended and wrote a proposal: id, name, the proposal's text,
    and another person's name."""
    with closing(sqlite3.connect(path)) as conn:
        person_id, name, text = conn.execute(
            "SELECT p.id, p.full_name, x.text FROM person p JOIN proposal x "
            "ON x.author_person_id = p.id JOIN attendance a ON a.person_id = p.id "
            "WHERE NOT p.deleted AND NOT x.deleted LIMIT 1"
        ).fetchone()
        (other,) = conn.execute(
            "SELECT full_name FROM person WHERE id != ? AND NOT deleted LIMIT 1", (person_id,)
        ).fetchone()
    return person_id, name, text, other


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Отырыстарға тіркелу"), ("ru", "Регистрация и участие")]
)
def test_a_persons_export_holds_their_details_meetings_and_proposals(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, language: str, heading: str
) -> None:
    run(capsys, "demo")
    person_id, name, text, other = _someone_with_everything(data_dir / "khdesk.db")
    out = tmp_path / "record.txt"
    code, printed, err = run(
        capsys, "persons", "export", person_id, "--lang", language, "--out", str(out)
    )
    assert code == 0, err
    assert printed.strip() == str(out)
    written = out.read_text(encoding="utf-8")
    assert name in written and text in written and heading in written
    assert f"id: {person_id}" in written
    assert other not in written
    log = Path(os.environ["KHDESK_LOG_DIR"]) / "khdesk.log"
    assert not log.exists() or name not in log.read_text(encoding="utf-8")


def test_an_unknown_person_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "demo")
    code, _, err = run(capsys, "persons", "export", "nobody", "--out", str(tmp_path / "x.txt"))
    assert code == 2
    assert "no person has the id nobody" in one_line_error(err)
    assert not (tmp_path / "x.txt").exists()
