"""``khdesk persons find``: the check-in's search from the command line, in rank order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khdesk.paths import DATABASE_FILE
from khdesk.services import installation, participants
from khdesk.storage.database import Database
from tests.cli.running import run


def _people(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init", "--role", "facilitator", "--region", "75")
    database = Database(f"sqlite:///{data_dir / DATABASE_FILE}")
    with database.transaction() as session:
        actor = installation.require_actor(session)
        for name, phone in (
            ("Адиль Серік", None), ("Әділ Серік", "+77012345678"), ("Оспанов Болат", None),
        ):  # fmt: skip
            participants.add_person(
                session, actor, full_name=name, phone=phone, consent=phone is not None
            )
    database.close()


def test_find_prints_the_check_ins_matches_in_rank_order(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(data_dir, capsys)
    code, out, _ = run(capsys, "persons", "find", "Әділ")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split(maxsplit=2)[2] for line in lines] == ["Әділ Серік", "Адиль Серік"]
    assert lines[0].split()[0] == "1"
    code, out, _ = run(capsys, "persons", "find", "Адиль", "--json")
    assert [row["full_name"] for row in json.loads(out)] == ["Адиль Серік", "Әділ Серік"]
    code, out, _ = run(capsys, "persons", "find", "8 701 234 56 78", "--json")
    (found,) = json.loads(out)
    assert found["full_name"] == "Әділ Серік"
    assert found["phone"] == "+77012345678"


def test_find_is_the_check_ins_search(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _people(data_dir, capsys)
    _code, out, _ = run(capsys, "persons", "find", "серік", "--json")
    database = Database(f"sqlite:///{data_dir / DATABASE_FILE}")
    with database.session() as session:
        expected = [p.id for p in participants.PersonSearch().search(session, "серік")]
    database.close()
    assert [row["id"] for row in json.loads(out)] == expected


def test_find_with_no_match_says_what_to_try(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(data_dir, capsys)
    code, out, _ = run(capsys, "persons", "find", "Жұмабекова")
    assert code == 0
    assert out.strip() == "no one matches: try fewer letters, or another word of the name."
