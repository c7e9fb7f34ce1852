"""The four ways headquarters reads the figures agree: services/stats.py, ``stats --json``, the
xlsx export read back with openpyxl and the summary PDF read back with pypdf, on ``khdesk demo``
with reviews, and with a filter; the CSV files hold what the workbook holds."""

from __future__ import annotations

import codecs
import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import exports, stats
from khdesk.storage.database import Database
from tests.cli.running import one_line_error, run

HEADER_ROW = exports.PREAMBLE_ROWS + 1


@pytest.fixture
def campaign(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Database:
    """``khdesk demo``, then reviews of some proposals (one status each, in turn), a proposal
    whose text a spreadsheet would run as a formula, and a person without consent."""
    assert run(capsys, "demo")[0] == 0
    database = Database.open(f"sqlite:///{data_dir / 'khdesk.db'}")
    with database.transaction() as session:
        run_sql = session.connection().execute
        device = run_sql(text("SELECT id FROM device WHERE is_local")).scalar_one()
        ids = [row[0] for row in run_sql(text("SELECT id FROM proposal ORDER BY id LIMIT 90"))]
        statuses = list(ReviewStatus)
        for number, proposal in enumerate(ids[1:]):
            run_sql(
                text(
                    "INSERT INTO proposalreview (id, version, device_id, seq, deleted, "
                    "updated_at, proposal_id, status, reviewer, duplicate_of_id) VALUES "
                    "(:id, 1, :device, :seq, 0, '2026-10-01 10:00:00', :proposal, :status, "
                    "'Analyst', :target)"
                ),
                {
                    "id": f"00000000-0000-7000-8000-{number:012d}",
                    "device": device,
                    "seq": 900_000 + number,
                    "proposal": proposal,
                    "status": statuses[number % len(statuses)].value,
                    "target": ids[0] if number == 0 else None,
                },
            )
        run_sql(
            text("UPDATE proposal SET text = '=HYPERLINK(\"x\")' WHERE id = :id"), {"id": ids[0]}
        )
        run_sql(
            text(
                "UPDATE person SET consent = 0, phone = '+77015550000' "
                "WHERE id = (SELECT min(id) FROM person)"
            )
        )
    return database


def _sheet(workbook: Any, key: str, language: str) -> list[dict[str, Any]]:
    sheet = workbook[exports.word(f"{key}_sheet", language)]
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[HEADER_ROW - 1]
    return [dict(zip(headers, row, strict=False)) for row in rows[HEADER_ROW:]]


def _pdf_lines(path: Path) -> list[str]:
    return [
        " ".join(line.split())
        for page in PdfReader(path).pages
        for line in page.extract_text().splitlines()
    ]


@pytest.mark.parametrize(
    ("options", "filters"),
    [([], stats.Filters()), (["--region", "71"], stats.Filters(region="71"))],
    ids=["everything", "one region"],
)
def test_stats_json_the_workbook_and_the_summary_show_the_same_figures(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    campaign: Database,
    options: list[str],
    filters: stats.Filters,
) -> None:
    with campaign.session() as session:
        expected = stats.campaign_stats(session, filters)
        sectors = exports.reference_names(session, "ru")["sector"]
    campaign.close()
    code, out, _ = run(capsys, "stats", "--json", *options)
    assert code == 0
    assert json.loads(out) == json.loads(json.dumps(expected))

    language = "ru"
    book = tmp_path / "campaign.xlsx"
    code, out, _ = run(capsys, "export", "xlsx", "--out", str(book), "--lang", language, *options)
    assert code == 0, out
    workbook = openpyxl.load_workbook(book, read_only=True)
    word = exports.HEADERS
    meetings = _sheet(workbook, "meetings", language)
    assert len(meetings) == expected["meetings"]["total"]
    attendances = _sheet(workbook, "attendances", language)
    present = [a for a in attendances if a[word["present"][language]] == word["yes"][language]]
    assert len(present) == expected["attendances"]["present"]
    persons = _sheet(workbook, "persons", language)
    assert len(persons) == expected["participants"]["total"]
    proposals = _sheet(workbook, "proposals", language)
    assert len(proposals) == expected["proposals"]["total"]
    by_section = Counter(p[word["section"][language]] for p in proposals)
    assert by_section == Counter(
        {
            None if k == stats.NATIONAL_KEY else k: n
            for k, n in expected["proposals"]["by_section"].items()
        }
    )
    status_column = word["status"][language]
    assert Counter(p[status_column] for p in proposals) == Counter(
        {exports.word(s, language): n for s, n in expected["review"]["by_status"].items() if n}
    )
    questions = _sheet(workbook, "questions", language)
    assert len(questions) == expected["questions"]

    pdf = tmp_path / "summary.pdf"
    code, _, _ = run(capsys, "report", "summary", "--lang", language, "--out", str(pdf), *options)
    assert code == 0
    # pypdf reads a table's cells one per line, row by row
    lines = _pdf_lines(pdf)
    words = exports.summary.WORDS
    for key, value in (
        ("meetings", expected["meetings"]["total"]),
        ("attendances", expected["attendances"]["present"]),
        ("participants", expected["participants"]["total"]),
        ("proposals", expected["proposals"]["total"]),
        ("questions", expected["questions"]),
    ):
        assert _follows(lines, [words[key][language], str(value)]), key
    for direction, count in expected["proposals"]["by_direction"].items():
        start = next(i for i, line in enumerate(lines) if line.startswith(direction + " "))
        assert next(line for line in lines[start:] if line.isdigit()) == str(count)
    for sector, count in expected["participants"]["by_sector"].items():
        name = sectors[sector]
        attended = expected["attendances"]["by_sector"][sector]
        assert _follows(lines, [name, str(attended), str(count)]), sector
    review_total = [
        words["total"][language],
        *(str(n) for n in expected["review"]["by_status"].values()),
        str(expected["proposals"]["total"]),
    ]
    assert _follows(lines, review_total)


def _follows(lines: list[str], cells: list[str]) -> bool:
    """Whether ``cells`` are read one after the other somewhere in ``lines``."""
    width = len(cells)
    return any(lines[i : i + width] == cells for i in range(len(lines) - width + 1))


def test_the_workbook_keeps_formulas_as_text_and_contacts_only_with_consent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, campaign: Database
) -> None:
    campaign.close()
    book = tmp_path / "campaign.xlsx"
    assert run(capsys, "export", "xlsx", "--out", str(book), "--lang", "kk")[0] == 0
    workbook = openpyxl.load_workbook(book)
    proposals = _sheet(workbook, "proposals", "kk")
    texts = [p[exports.HEADERS["text"]["kk"]] for p in proposals]
    assert '\'=HYPERLINK("x")' in texts
    assert not any(
        str(cell.value).startswith("=")
        for row in workbook.worksheets[3].iter_rows()
        for cell in row
        if cell.value
    )
    merged = [p for p in proposals if p[exports.HEADERS["merged_into_id"]["kk"]]]
    assert len(merged) == 1 and merged[0][exports.HEADERS["merged_into"]["kk"]]
    persons = _sheet(workbook, "persons", "kk")
    no = exports.HEADERS["no"]["kk"]
    unconsented = [p for p in persons if p[exports.HEADERS["consent"]["kk"]] == no]
    assert unconsented and all(p[exports.HEADERS["phone"]["kk"]] is None for p in unconsented)
    sheet = workbook[exports.word("proposals_sheet", "kk")]
    assert "жағдай бойынша" in sheet.cell(2, 1).value
    assert sheet.cell(HEADER_ROW, 1).value == "Идентификатор"


def test_the_csv_files_hold_what_the_workbook_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, campaign: Database
) -> None:
    campaign.close()
    folder = tmp_path / "csv"
    code, out, _ = run(capsys, "export", "csv", "--out", str(folder), "--status", "new")
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}.csv" for s in exports.SHEETS)
    raw = (folder / "proposals.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert "Фильтры: Статус: Новое" in rows[2][0]
    proposals = rows[HEADER_ROW:]
    status = rows[HEADER_ROW - 1].index(exports.HEADERS["status"]["ru"])
    assert proposals and {row[status] for row in proposals} == {"Новое"}
    assert f"{len(proposals)} proposals" in out.replace(",", "")


def test_a_bad_filter_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, campaign: Database
) -> None:
    campaign.close()
    book = tmp_path / "campaign.xlsx"
    code, _, err = run(capsys, "export", "xlsx", "--out", str(book), "--region", "99")
    assert code == 2
    assert "unknown region code '99'" in one_line_error(err)
    code, _, err = run(capsys, "report", "summary", "--out", str(book), "--direction", "D9")
    assert code == 2
    assert "unknown direction 'D9'" in one_line_error(err)
    assert not book.exists()
