"""Writers of the files people bring to khdesk, made in a test's temporary folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    separator: str = ",",
    encoding: str = "utf-8",
) -> Path:
    """A CSV file as a spreadsheet saves it: quoted where needed, CRLF line ends."""
    lines = []
    for row in rows:
        cells = [
            '"' + cell.replace('"', '""') + '"'
            if any(ch in cell for ch in (separator, '"', "\n"))
            else cell
            for cell in row
        ]
        lines.append(separator.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, start_row: int = 1) -> Path:
    """A workbook whose first sheet holds ``rows`` from ``start_row``; a second sheet is noise."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            if value is not None and value != "":
                sheet.cell(row=start_row + offset, column=column, value=value)
    workbook.create_sheet("Другой лист")["A1"] = "not read"
    workbook.save(path)
    return path
