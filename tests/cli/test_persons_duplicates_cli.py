"""``khdesk persons duplicates``, ``decide`` and ``refresh``, and ``stats --json``'s unique
persons: headquarters' merge review of persons from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.running import one_line_error, run
from tests.services.test_identities import arrive, came, meeting_of
from tests.sync.sites import Site


def _db(site: Site) -> list[str]:
    return ["--db", site.database.url, "--data-dir", str(site.folder)]


def _campaign(network: tuple[Site, Site, Site], tmp_path: Path) -> Site:
    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    came(astana, here, "Ыбыраева Гүлнар Серікқызы", phone="8 701 234 56 78")
    came(almaty, there, "Ибраева Гульнар", phone="+7 (701) 234-56-78")
    came(astana, here, "Оспанов Серік Асхатұлы", organisation="Аудан әкімдігі")
    came(almaty, there, "Оспанов Серик Асхатулы", organisation="ТОО «Береке»")
    arrive(hq, tmp_path, astana, almaty)
    return hq


def test_stats_json_gives_attendances_and_unique_persons(
    network: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = _campaign(network, tmp_path)
    code, out, _ = run(capsys, *_db(hq), "stats", "--json")
    assert code == 0
    figures = json.loads(out)
    assert (figures["attendances"]["present"], figures["unique_persons"]) == (4, 3)
    code, out, _ = run(capsys, *_db(hq), "stats")
    assert "Unique persons (each person once across regions): 3" in out


def test_duplicates_lists_the_pairs_in_review_and_decide_takes_a_decision_and_its_undo(
    network: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = _campaign(network, tmp_path)
    code, out, _ = run(capsys, *_db(hq), "persons", "duplicates", "--json")
    assert code == 0
    (pair,) = json.loads(out)
    assert (pair["basis"], pair["decision"]) == ("name", "open")
    sides = sorted((pair["person"], pair["other"]), key=lambda side: side["regions"])
    assert [side["organisation"] for side in sides] == ["Аудан әкімдігі", "ТОО «Береке»"]
    assert [[a["region_kato"] for a in side["attendances"]] for side in sides] == [["71"], ["75"]]
    code, out, _ = run(capsys, *_db(hq), "persons", "duplicates")
    assert out.splitlines()[0].startswith(f"{pair['id']}  name")
    assert "Оспанов Серік Асхатұлы, Аудан әкімдігі (regions 71)" in out

    code, out, _ = run(capsys, *_db(hq), "persons", "decide", pair["id"], "--same")
    assert code == 0
    assert out.strip().endswith("(counted once)")
    _code, out, _ = run(capsys, *_db(hq), "stats", "--json")
    assert json.loads(out)["unique_persons"] == 2
    _code, out, _ = run(capsys, *_db(hq), "persons", "duplicates", "--json")
    assert json.loads(out) == []

    code, out, _ = run(capsys, *_db(hq), "persons", "decide", pair["id"], "--undo")
    assert code == 0
    assert out.strip().endswith("(counted apart)")
    _code, out, _ = run(capsys, *_db(hq), "stats", "--json")
    assert json.loads(out)["unique_persons"] == 3
    code, _out, err = run(capsys, *_db(hq), "persons", "decide", pair["id"], "--undo")
    assert code != 0
    assert "no decision to undo" in one_line_error(err)


def test_deciding_a_pair_that_does_not_exist_is_one_sentence(
    network: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = _campaign(network, tmp_path)
    code, _out, err = run(capsys, *_db(hq), "persons", "decide", "nobody", "--different")
    assert code != 0
    assert one_line_error(err).endswith(
        "no pair of persons with id nobody is in the merge review: check the id "
        "('khdesk persons duplicates' lists them)."
    )
    _code, out, _ = run(capsys, *_db(hq), "persons", "duplicates", "--json")
    assert [pair["decision"] for pair in json.loads(out)] == ["open"]


def test_refresh_says_how_many_persons_are_how_many_people(
    network: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = _campaign(network, tmp_path)
    code, out, _ = run(capsys, *_db(hq), "persons", "refresh", "--json")
    assert code == 0
    assert json.loads(out) | {"crowded": 0} == {
        "persons": 4, "identities": 3, "changed": 0, "new_matches": 0, "in_review": 1,
        "crowded": 0,
    }  # fmt: skip
