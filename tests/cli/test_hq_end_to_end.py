"""Headquarters from end to end, as its commands are used: two regions' bundles imported, the
proposals reviewed (accepted, merged, declined), the figures, the workbook and the prospectus.

It runs in the SQLite run and, with headquarters' database on the server, in the PostgreSQL
run: the same figures are asserted on both back ends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from sqlalchemy import text

from khdesk.cli import main
from khdesk.services import exports
from tests.sync.sites import Site, export, round_table

HEADER_ROW = exports.PREAMBLE_ROWS + 1


def _run(capsys: pytest.CaptureFixture[str], hq: Site, *args: str) -> str:
    code = main([*args, "--db", hq.database.url, "--data-dir", str(hq.folder)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _proposal(hq: Site, region: str, words: str) -> str:
    with hq.database.session() as session:
        return str(
            session.connection()
            .execute(
                text(
                    "SELECT p.id FROM proposal p JOIN meeting m ON m.id = p.meeting_id "
                    "WHERE m.region_kato = :r AND p.text = :t"
                ),
                {"r": region, "t": words},
            )
            .scalar_one()
        )


def _rows(workbook: Any, key: str) -> list[dict[str, Any]]:
    sheet = workbook[exports.word(f"{key}_sheet", "kk")]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[HEADER_ROW - 1], row, strict=False)) for row in rows[HEADER_ROW:]]


def test_bundles_in_review_out_figures_workbook_and_prospectus_alike_on_both_back_ends(
    network: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, astana, almaty = network
    # the same three people come to Astana's round table and two of them to Almaty's (the same
    # names and phones): five attendances, three persons
    round_table(astana, people=3, ideas=3)
    round_table(almaty, people=2, ideas=2)
    bundles = [export(site, tmp_path / f"{site.folder.name}.khb") for site in (astana, almaty)]
    imported = json.loads(_run(capsys, hq, "bundle", "import", *map(str, bundles), "--json"))
    assert [result["status"] for result in imported] == ["imported", "imported"]

    kept = _proposal(hq, "71", "Ұсыныс 0")
    _run(capsys, hq, "review", "set", kept, "--status", "accepted", "--section", "D2.3")
    _run(capsys, hq, "review", "set", _proposal(hq, "75", "Ұсыныс 0"), "--status", "merged",
         "--into", kept)  # fmt: skip
    _run(capsys, hq, "review", "set", _proposal(hq, "71", "Ұсыныс 1"), "--status", "declined",
         "--reason", "Қордың бағыттарынан тыс.")  # fmt: skip
    _run(capsys, hq, "persons", "refresh")

    figures = json.loads(_run(capsys, hq, "stats", "--json"))
    assert figures["meetings"]["total"] == 2
    assert figures["attendances"]["present"] == 5
    assert figures["unique_persons"] == 3
    assert figures["proposals"]["total"] == 5
    statuses = {k: v for k, v in figures["review"]["by_status"].items() if v}
    assert statuses == {"accepted": 1, "duplicate": 1, "rejected": 1, "new": 2}

    book = tmp_path / "campaign.xlsx"
    _run(capsys, hq, "export", "xlsx", "--out", str(book), "--lang", "kk")
    workbook = openpyxl.load_workbook(book, read_only=True)
    assert len(_rows(workbook, "meetings")) == 2
    assert len(_rows(workbook, "proposals")) == 5
    assert len(_rows(workbook, "attendances")) == 5

    pdf = tmp_path / "prospectus.pdf"
    said = _run(capsys, hq, "prospectus", "--lang", "kk", "--out", str(pdf))
    assert said.strip() == (
        f"prospectus draft written to {pdf}: 1 lines from 2 proposals in 1 sections"
    )
    whole = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert "1.1.1 Ұсыныс 0" in whole  # the one line, its merged twin folded into it
    assert "Ұсыныс 1" not in whole and "Ұсыныс 2" not in whole  # declined, and still new
    assert "75-" in whole and "71-" in whole  # the annex traces the line to both regions
