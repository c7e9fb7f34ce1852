"""The exports' workbook writer: what it writes reads back in openpyxl as the same values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from khdesk.io.xlsx import XlsxWriter

LONG_NAME = "Өте ұзын атау, отыз бір таңбадан ұзағырақ"


def test_every_kind_of_value_reads_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    rows = [
        ["Қазақстан & <Ресей> «тырнақша»", 42, 2.5, True, None, "соңғы"],
        ['\'=HYPERLINK("x")', -7, 0, False, "", "бос орын алдында"],
        [dt.date(2026, 10, 1), dt.datetime(2026, 10, 1, 9, 14, 30), "  шеттегі бос орын  "],
        ["жол\nжаңа жол", "басқару\x1bтаңбасы"],
    ]
    with path.open("wb") as handle, XlsxWriter(handle) as book:
        first = book.sheet("Отырыстар")
        for row in rows:
            first.append(row)
        wide = book.sheet(LONG_NAME)
        wide.append(range(30))
    workbook = openpyxl.load_workbook(path)
    # a sheet's name holds 31 characters at most
    assert workbook.sheetnames == ["Отырыстар", LONG_NAME[:31]]
    read = [list(r) for r in workbook["Отырыстар"].iter_rows(values_only=True)]
    assert read[0] == ["Қазақстан & <Ресей> «тырнақша»", 42, 2.5, True, None, "соңғы"]
    # a formula written as text stays text; an empty text is an empty cell
    assert read[1] == ['\'=HYPERLINK("x")', -7, 0, False, None, "бос орын алдында"]
    assert read[2][:3] == [
        dt.datetime(2026, 10, 1), dt.datetime(2026, 10, 1, 9, 14, 30), "  шеттегі бос орын  "
    ]  # fmt: skip
    # a character XML cannot hold is left out rather than making the file unreadable
    assert read[3][:2] == ["жол\nжаңа жол", "басқарутаңбасы"]
    assert next(workbook.worksheets[1].iter_rows(values_only=True)) == tuple(range(30))
    # the read-only reader, which the big exports are read with, agrees
    fast = openpyxl.load_workbook(path, read_only=True)
    assert [list(r) for r in fast["Отырыстар"].iter_rows(values_only=True)][:2] == read[:2]


def test_a_failure_midway_closes_the_file_without_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "half.xlsx"
    with pytest.raises(RuntimeError), path.open("wb") as handle, XlsxWriter(handle) as book:
        book.sheet("Бір").append(["жол"])
        raise RuntimeError("the database went away")
    with pytest.raises(KeyError):  # no workbook part: nothing reads it as a workbook
        openpyxl.load_workbook(path)
