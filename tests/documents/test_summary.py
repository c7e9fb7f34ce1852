"""The summary PDF: its words in each language, Kazakh letters that stay text, the figures in
its tables, every review status a column, and a file that is whole or not there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from khdesk.documents import summary
from khdesk.domain.errors import InvalidInput

FIGURES: dict[str, Any] = {
    "filters": {"region": "71"},
    "meetings": {
        "total": 3,
        "by_kind": {"online": 1, "round-table": 2},
        "by_region": {"71": 3},
        "by_region_and_kind": {"71": {"online": 1, "round-table": 2}},
    },
    "persons": 41,
    "attendances": {"present": 57, "by_sector": {"ngo": 40, "business": 17}, "by_meeting_kind": {}},
    "participants": {"total": 39, "by_sector": {"ngo": 27, "business": 12}},
    "proposals": {
        "total": 9,
        "by_kind": {"proposal": 9},
        "by_direction": {"D1": 9},
        "by_section": {"D1.1": 9},
        "by_direction_and_section": {"D1": {"D1.1": 9}},
    },
    "review": {
        "statuses": ["new", "accepted", "needs-clarification"],
        "by_status": {"new": 5, "accepted": 3, "needs-clarification": 1},
        "by_section": {"D1.1": {"new": 5, "accepted": 3, "needs-clarification": 1}},
    },
    "activity_by_week": [
        {"week": "2026-09-14", "meetings": 2, "attendances": 50, "proposals": 8},
        {"week": "2026-09-21", "meetings": 1, "attendances": 7, "proposals": 1},
    ],
    "questions": 4,
    "adopted_documents": 0,
}
NAMES = {
    "region": {"71": "Астана қаласы"},
    "sector": {"ngo": "ҮЕҰ / азаматтық қоғам", "business": "Бизнес"},
    "direction": {"D1": "Білім және денсаулық"},
    "section": {"D1.1": "Ауыл мектептерін жарақтандыру"},
}


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_summary_speaks_its_language_and_shows_the_figures(
    tmp_path: Path, language: str
) -> None:
    path = summary.write_summary(
        tmp_path / "summary.pdf", FIGURES, NAMES, language, as_of=dt.datetime(2026, 10, 1, 9, 30)
    )
    content = _text(path)
    lines = [" ".join(line.split()) for line in content.splitlines()]
    assert summary.WORDS["title"][language] in content
    assert summary.WORDS["as_of"][language].format(when="01.10.2026 09:30") in lines
    assert "Астана қаласы" in content  # Kazakh letters stay letters, searchable
    assert "ҮЕҰ / азаматтық қоғам" in lines
    # the sector's row: attendances then participants
    row = lines.index("ҮЕҰ / азаматтық қоғам")
    assert lines[row + 1 : row + 3] == ["40", "27"]
    # a status the summary has words for is in the language; every status is a column
    assert summary.WORDS["needs-clarification"][language] in content
    total = summary.WORDS["total"][language]
    assert any(lines[i : i + 5] == [total, "5", "3", "1", "9"] for i in range(len(lines)))
    assert (
        summary.WORDS["page_of"][language].format(page=1, pages=len(PdfReader(path).pages))
        in content
    )


def test_an_unknown_language_is_one_sentence_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    with pytest.raises(InvalidInput, match="use kk, ru or en"):
        summary.write_summary(path, FIGURES, NAMES, "de", as_of=dt.datetime(2026, 10, 1))
    assert not path.exists()


def test_an_earlier_summary_stays_when_the_new_one_fails(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"the earlier summary")
    broken = dict(FIGURES, review={"statuses": [], "by_status": {}, "by_section": None})
    with pytest.raises(AttributeError):
        summary.write_summary(path, broken, NAMES, "kk", as_of=dt.datetime(2026, 10, 1))
    assert path.read_bytes() == b"the earlier summary"
