"""``khdesk demo --bundles``: headquarters enrols the practice laptops' cards and imports their
bundles as it would in the field (in any order, one twice), and then finds the source document's
figures in services/stats.py, in ``stats --json``, in the workbook read back with openpyxl and in
the summary read back with pypdf; its own database is left as it was."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from khdesk.documents import summary
from khdesk.domain.errors import StorageProblem
from khdesk.services import exports, stats, sync
from khdesk.storage.database import Database
from khdesk.sync.keys import DeviceCard
from tests.cli.running import one_line_error, run

HEADER_ROW = exports.PREAMBLE_ROWS + 1
LANGUAGE = "ru"


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def _sheet(workbook: Any, key: str) -> list[dict[str, Any]]:
    rows = list(workbook[exports.word(f"{key}_sheet", LANGUAGE)].iter_rows(values_only=True))
    return [dict(zip(rows[HEADER_ROW - 1], row, strict=False)) for row in rows[HEADER_ROW:]]


def _pdf_lines(path: Path) -> list[str]:
    return [
        " ".join(line.split())
        for page in PdfReader(path).pages
        for line in page.extract_text().splitlines()
    ]


def _follows(lines: list[str], cells: list[str]) -> bool:
    """Whether ``cells`` are read one after the other somewhere in ``lines``."""
    width = len(cells)
    return any(lines[i : i + width] == cells for i in range(len(lines) - width + 1))


def _figures(data: Path) -> dict[str, Any]:
    database = Database.open(f"sqlite:///{data / 'khdesk.db'}")
    try:
        with database.session() as session:
            return stats.campaign_stats(session)
    finally:
        database.close()


def test_headquarters_built_from_the_bundles_shows_the_source_documents_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hq_data, out = tmp_path / "hq", tmp_path / "stick"
    hq = ["--data-dir", str(hq_data)]
    assert run(capsys, *hq, "init", "--role", "hq")[0] == 0
    before = _dump(hq_data / "khdesk.db")
    code, printed, _ = run(capsys, *hq, "demo", "--bundles", str(out))
    assert code == 0, printed
    assert "21 bundles and 21 device cards" in printed
    # headquarters' database is as it was, and no practice laptop is left in its data folder
    assert _dump(hq_data / "khdesk.db") == before
    assert list((hq_data / "scratch").iterdir()) == []

    bundles = sorted(out.glob("*.khb"))
    cards = sorted(out.glob("khdesk-card-*.json"))
    assert len(bundles) == len(cards) == 21
    regions: Counter[str] = Counter()
    for card_file in cards:
        card = DeviceCard.read(card_file)
        stem = card_file.name.removeprefix("khdesk-card-").removesuffix(".json")
        region, device_code = stem.split("-")
        assert card.region == region and card.role == "facilitator"
        assert (out / f"khdesk-{stem}.khb") in bundles
        assert re.fullmatch(r"[0-9A-Z]{4}", device_code)
        regions[region] += 1
    # a laptop for each of the 20 regions, and the capital's second one for the online sessions
    assert len(regions) == 20 and regions["71"] == 2

    # before enrolment, a bundle waits in quarantine
    code, printed, _ = run(capsys, *hq, "bundle", "import", str(bundles[0]), "--json")
    assert code == 1 and json.loads(printed)[0]["status"] == "quarantined"
    for card_file in cards:
        code, printed, _ = run(capsys, *hq, "device", "enroll", str(card_file))
        assert code == 0, printed
    order = bundles + [bundles[3]]
    random.Random(12).shuffle(order)
    code, printed, _ = run(capsys, *hq, "bundle", "import", *map(str, order), "--json")
    assert code == 0, printed
    assert Counter(r["status"] for r in json.loads(printed)) == {
        "imported": 21,
        "already imported": 1,
    }

    # the source document: 20 round tables (one per region) with 1,197 participants, 43 online
    # sessions with 1,173 NGO representatives, the final conference, 592 proposals and comments
    # in 42 sections of six directions, and two adopted documents
    database = Database.open(f"sqlite:///{hq_data / 'khdesk.db'}")
    with database.session() as session:
        no = stats.NO_FILTERS
        meetings = stats.meetings_by_region_and_kind(session, no)
        attendances = stats.attendances_by_meeting_kind(session, no)
        participants = stats.participants_by_sector(session, no)
        proposals = stats.proposals_by_direction_and_section(session, no)
        asked = stats.questions(session, no)
        adopted = stats.adopted_documents(session, no)
        expected = stats.campaign_stats(session)
        sectors = exports.reference_names(session, LANGUAGE)["sector"]
    database.close()
    round_tables = {region: kinds["round-table"] for region, kinds in meetings.items()}
    assert len(round_tables) == 20 and set(round_tables.values()) == {1}
    assert sum(k.get("online", 0) for k in meetings.values()) == 43
    assert sum(k.get("plenary", 0) for k in meetings.values()) == 1
    assert attendances == {"round-table": 1197, "online": 1173}
    assert sum(participants.values()) == 1197 + 1173
    assert set(participants) == {"local_gov", "business", "ngo"}
    assert sum(sum(sections.values()) for sections in proposals.values()) == 592
    assert sorted(proposals) == ["D1", "D2", "D3", "D4", "D5", "D6"]
    assert sum(len(sections) for sections in proposals.values()) == 42
    assert adopted == 2 and asked == 24
    assert expected["meetings"]["total"] == 64
    assert expected["attendances"]["present"] == 2370
    assert expected["participants"]["total"] == 2370
    assert expected["proposals"]["total"] == 592

    # and every other figure is that of 'khdesk demo' with the same seed, but for where the
    # online sessions and the plenary are filed: the online laptop's region
    single = tmp_path / "single"
    assert run(capsys, "--data-dir", str(single), "demo")[0] == 0
    alone = _figures(single)
    for key in ("meetings", "filters"):
        del alone[key]
    assert {k: v for k, v in expected.items() if k not in ("meetings", "filters")} == alone

    code, printed, _ = run(capsys, *hq, "stats", "--json")
    assert code == 0
    assert json.loads(printed) == json.loads(json.dumps(expected))

    book = tmp_path / "campaign.xlsx"
    code, printed, _ = run(capsys, *hq, "export", "xlsx", "--out", str(book), "--lang", LANGUAGE)
    assert code == 0, printed
    workbook = openpyxl.load_workbook(book, read_only=True)
    word = exports.HEADERS
    assert len(_sheet(workbook, "meetings")) == 64
    present = [
        a
        for a in _sheet(workbook, "attendances")
        if a[word["present"][LANGUAGE]] == word["yes"][LANGUAGE]
    ]
    assert len(present) == 2370
    assert len(_sheet(workbook, "persons")) == 2370
    rows = _sheet(workbook, "proposals")
    assert len(rows) == 592
    assert Counter(p[word["section"][LANGUAGE]] for p in rows) == Counter(
        expected["proposals"]["by_section"]
    )
    assert len(_sheet(workbook, "questions")) == 24
    workbook.close()

    pdf = tmp_path / "summary.pdf"
    code, _, _ = run(capsys, *hq, "report", "summary", "--lang", LANGUAGE, "--out", str(pdf))
    assert code == 0
    lines = _pdf_lines(pdf)
    words = summary.WORDS
    for key, value in (
        ("meetings", 64),
        ("attendances", 2370),
        ("participants", 2370),
        ("proposals", 592),
        ("questions", 24),
    ):
        assert _follows(lines, [words[key][LANGUAGE], str(value)]), key
    for direction, count in expected["proposals"]["by_direction"].items():
        start = next(i for i, line in enumerate(lines) if line.startswith(direction + " "))
        assert next(line for line in lines[start:] if line.isdigit()) == str(count)
    for sector, count in participants.items():
        attended = expected["attendances"]["by_sector"][sector]
        assert _follows(lines, [sectors[sector], str(attended), str(count)]), sector


def test_demo_bundles_is_refused_outside_headquarters_and_into_a_folder_with_bundles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    region = ["--data-dir", str(tmp_path / "region")]
    assert run(capsys, *region, "init", "--role", "facilitator", "--region", "71")[0] == 0
    code, _, err = run(capsys, *region, "demo", "--bundles", str(tmp_path / "out"))
    assert code == 2 and "run at headquarters" in one_line_error(err)
    assert not (tmp_path / "out").exists()

    hq = ["--data-dir", str(tmp_path / "hq")]
    assert run(capsys, *hq, "init", "--role", "hq")[0] == 0
    used = tmp_path / "used"
    used.mkdir()
    (used / "khdesk-71-ABCD.khb").write_bytes(b"an earlier bundle")
    code, _, err = run(capsys, *hq, "demo", "--bundles", str(used))
    assert code == 2 and "choose an empty folder" in one_line_error(err)
    assert [p.name for p in used.iterdir()] == ["khdesk-71-ABCD.khb"]


def test_a_full_disk_while_writing_leaves_no_practice_laptop_behind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq_data = tmp_path / "hq"
    assert run(capsys, "--data-dir", str(hq_data), "init", "--role", "hq")[0] == 0
    before = _dump(hq_data / "khdesk.db")

    def full(*_args: object) -> None:
        raise StorageProblem("the disk that holds {folder} is full.", folder="stick")

    monkeypatch.setattr(sync, "export_changes", full)
    code, _, err = run(
        capsys, "--data-dir", str(hq_data), "demo", "--bundles", str(tmp_path / "stick")
    )
    assert code == 2 and "is full" in one_line_error(err)
    assert list((hq_data / "scratch").iterdir()) == []
    assert _dump(hq_data / "khdesk.db") == before
