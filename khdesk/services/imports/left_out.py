"""The rows an import left out, written as a file to fix and import again.

The file has the columns of the file imported (its header as it was) and one more, the reason
each row was left out, so that the user corrects the rows in a spreadsheet and imports the file
as it is: khdesk ignores the reason column. It is CSV with semicolons (the separator Excel uses
where Kazakh and Russian are spoken), in UTF-8 with a BOM, so that Excel shows Kazakh letters;
a cell that starts with = + - @ (or a tab or a carriage return) starts with an apostrophe, so
that a spreadsheet shows it as text instead of running it as a formula, and khdesk's reading
drops that apostrophe again (``khdesk.io.tables``).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from pathlib import Path

from khdesk.storage.files import write_whole

#: What makes a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATOR = ";"


def escape_cell(text: str) -> str:
    """The cell as a spreadsheet must show it: text, never a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def left_out_csv(
    headers: Sequence[str], rows: Sequence[tuple[Sequence[str], str]], reason_header: str
) -> bytes:
    """The file's bytes: ``headers`` and ``reason_header``, then each row's cells and reason."""
    width = len(headers)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow([escape_cell(cell) for cell in (*headers, reason_header)])
    for cells, reason in rows:
        padded = [*cells[:width], *([""] * (width - len(cells)))]
        writer.writerow([escape_cell(cell) for cell in (*padded, reason)])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def save_left_out(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[tuple[Sequence[str], str]],
    reason_header: str,
) -> Path:
    """Write the rows left out to ``path``, whole or not at all; returns the path."""
    write_whole(path, left_out_csv(headers, rows, reason_header))
    return path
