"""Tables people keep (CSV in any of the usual encodings and separators, or Excel) read as rows.

Every importer describes its columns (``Column``: a key and the header words that name it in
Kazakh, Russian and English); ``read_table`` finds the header row among the first rows of the file,
sniffs the encoding and the separator, and returns the data rows with the line numbers the user
sees in a text editor or in Excel. What cannot be read is refused with one ``InvalidInput``
sentence; a cell too long to keep is not an error of the whole file but of its row, so it is
marked on the row (``Row.oversized``) for the importer to reject with the row's line.

How to accept another header word: add it to the importer's ``Column`` aliases; the comparison
ignores case, spaces and punctuation, so "E-mail", "e mail" and "EMAIL" are one word.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from khdesk.domain.errors import InvalidInput
from khdesk.domain.validation import MAX_TEXT

#: The largest file khdesk imports: far above any real roster, well below a laptop's memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: How many rows from the top may come before the header (a title, a date, Zoom's summary block).
HEADER_SEARCH_ROWS = 30
#: Separators khdesk recognises, in the order it prefers them when a header reads either way.
SEPARATORS = ("\t", ";", ",")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ""})
_EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_NOT_ALNUM = re.compile(r"[\W_]+")


def header_key(text: str) -> str:
    """A header word reduced to its letters and digits in lower case ("E-mail" -> "email")."""
    return _NOT_ALNUM.sub("", text.casefold().replace("ё", "е"))


@dataclass(frozen=True)
class Column:
    """One column an importer reads: its key and the header words (any language) that name it."""

    key: str
    aliases: tuple[str, ...]

    def header_keys(self) -> frozenset[str]:
        return frozenset(header_key(alias) for alias in self.aliases)


@dataclass(frozen=True)
class Row:
    """One data row: its line as the user sees it, its cells, and the cells too long to keep.

    ``oversized`` maps a column index to the length of a cell longer than any field khdesk keeps;
    such a cell is replaced by an empty string so that a 10 MB cell does not stay in memory.
    """

    line: int
    cells: tuple[str, ...]
    oversized: dict[int, int] = field(default_factory=dict)

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True)
class Table:
    """A table read from a file: where its header was, which column is which, and its rows."""

    file_name: str
    header_line: int
    headers: tuple[str, ...]
    columns: dict[str, int]
    rows: list[Row]

    def index(self, key: str) -> int | None:
        return self.columns.get(key)


#: Decides whether the column keys found in a row make that row the header.
HeaderTest = Callable[[frozenset[str]], bool]


def match_columns(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int]:
    """Which column (by key) each header names; the first header naming a column wins.

    Exact words first; then a header that starts with a known word of five letters or more
    ("Телефон (моб.)", "Организация / ұйым"), so that small additions to a header still count;
    but not in a row of one cell, which is a title more often than a header.
    """
    found: dict[str, int] = {}
    normalised = [header_key(h) for h in headers]
    for column in columns:
        keys = column.header_keys()
        for index, key in enumerate(normalised):
            if key and key in keys and index not in found.values():
                found[column.key] = index
                break
    if sum(1 for key in normalised if key) < 2:
        # a lone cell is more likely a title ("Участники круглого стола") than a header
        return found
    for column in columns:
        if column.key in found:
            continue
        prefixes = [k for k in column.header_keys() if len(k) >= 5]
        for index, key in enumerate(normalised):
            if index in found.values() or not key:
                continue
            if any(key.startswith(prefix) for prefix in prefixes):
                found[column.key] = index
                break
    return found


def _plain_cell(value: object) -> str:
    """An Excel value as the text a person would type for it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        # phone numbers typed into Excel become numbers: 87012345678.0 must read as 87012345678
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _make_row(line: int, values: Iterable[str]) -> Row:
    cells: list[str] = []
    oversized: dict[int, int] = {}
    for index, value in enumerate(values):
        if len(value) > MAX_TEXT:
            oversized[index] = len(value)
            cells.append("")
        else:
            cells.append(value.strip())
    # trailing empty cells carry nothing and would make short rows look different from long ones
    while cells and not cells[-1]:
        cells.pop()
    return Row(line=line, cells=tuple(cells), oversized=oversized)


# --- text files ----------------------------------------------------------------------------------


def decode_text(data: bytes, *, file_name: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with tabs
        encoding = "utf-16"
    elif b"\x00" in data[:4096]:
        raise InvalidInput(
            f"{file_name} is not a text table: save it as CSV (UTF-8) or Excel (.xlsx) and "
            "import that file."
        )
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1251"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{file_name} is in an encoding khdesk does not read: save it as CSV UTF-8 and "
            "import it again."
        ) from None


def _record_lines(text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (a quoted cell may span several lines)."""
    # a 10 MB cell must come back as that row's problem, not as csv's "field larger than limit";
    # the limit only ever rises and the file itself is bounded by MAX_FILE_BYTES
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    start = 1
    try:
        for record in reader:
            yield start, record
            start = reader.line_num + 1
    except csv.Error:
        raise InvalidInput(
            f"line {reader.line_num} cannot be read as CSV: open the file in a spreadsheet, "
            "save it as CSV again and import it."
        ) from None


def _separator_order(text: str) -> list[str]:
    """Candidate separators, the most frequent on the first lines first."""
    sample = text[:65536].splitlines()[:HEADER_SEARCH_ROWS]
    counts = {sep: max((line.count(sep) for line in sample), default=0) for sep in SEPARATORS}
    return sorted(SEPARATORS, key=lambda sep: -counts[sep])


def _text_rows(text: str, is_header: HeaderTest, columns: Sequence[Column]) -> tuple[str, int]:
    """The separator under which a header row appears, and the index of that record."""
    first_line = text.split("\n", 1)[0].strip()
    if first_line.casefold().startswith("sep=") and len(first_line) == 5:
        # Excel's own hint line ("sep=;") names the separator outright
        candidates = [first_line[4]]
    else:
        candidates = _separator_order(text)
    for separator in candidates:
        records = _record_lines(text, separator)
        for position, (_line, record) in enumerate(records):
            if position >= HEADER_SEARCH_ROWS:
                break
            if is_header(frozenset(match_columns(record, columns))):
                return separator, position
    return "", -1


# --- Excel ---------------------------------------------------------------------------------------


def _excel_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first sheet of a workbook, with their Excel row numbers."""
    import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no type information
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    # a handle, not the path: openpyxl would refuse a workbook renamed to .csv by its name
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
            raise InvalidInput(
                f"{path.name} is not an Excel workbook khdesk can read: open it in Excel and "
                "save it again as .xlsx, or save it as CSV."
            ) from None
        try:
            if not workbook.worksheets:
                return
            sheet = workbook.worksheets[0]
            # files written by other programs may declare a wrong size; read every row there is
            sheet.reset_dimensions()
            line = 0
            for cells in sheet.iter_rows():
                line += 1
                for cell in cells:
                    row_number = getattr(cell, "row", None)
                    if isinstance(row_number, int):
                        line = row_number
                        break
                yield line, [_plain_cell(cell.value) for cell in cells]
        finally:
            workbook.close()


# --- reading -------------------------------------------------------------------------------------


def _kind_of(path: Path, head: bytes) -> str:
    """ "excel" or "text", judged by the content first and the file name second."""
    suffix = path.suffix.casefold()
    if head.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise InvalidInput(
            f"{path.name} is an old Excel (.xls) file: save it as .xlsx or CSV and import that."
        )
    if head.startswith(_ZIP_MAGIC):
        # a workbook renamed to .csv is still a workbook; a .docx or .zip is neither
        if suffix in _EXCEL_SUFFIXES or suffix in _TEXT_SUFFIXES:
            return "excel"
    elif suffix in _EXCEL_SUFFIXES:
        raise InvalidInput(
            f"{path.name} is not a valid Excel workbook: open it in Excel and save it again."
        )
    elif suffix in _TEXT_SUFFIXES:
        return "text"
    raise InvalidInput(
        f"{path.name} is not a CSV or Excel file: save the table as .csv or .xlsx and import that."
    )


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InvalidInput(f"{path} is a folder: choose a CSV or Excel file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"{path.name} is {size / 1024 / 1024:.1f} MB; khdesk imports files of at most "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB: split it into smaller files."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}: check the name and the folder.") from None
    except OSError as error:
        raise InvalidInput(
            f"cannot read {path} ({error.strerror or error}): check that it exists and that you "
            "may read it."
        ) from None


def read_table(
    path: Path,
    columns: Sequence[Column],
    *,
    is_header: HeaderTest,
    expected: str,
) -> Table:
    """The table in ``path`` whose header names ``columns`` (see the module docstring).

    ``is_header`` says which combinations of found columns make a header; ``expected`` is how the
    refusal names the headers wanted, e.g. "a column 'Full name' (ФИО, Аты-жөні)".
    """
    data = _read_bytes(path)
    if not data.strip():
        raise InvalidInput(f"{path.name} is empty: choose the file that holds the table.")
    kind = _kind_of(path, data[:8])
    records: Iterator[tuple[int, list[str]]]
    if kind == "excel":
        del data  # openpyxl reads the file itself; do not hold two copies of it
        rows_seen: list[tuple[int, list[str]]] = []
        header_at = -1
        records = _excel_rows(path)
        for position, (line, record) in enumerate(records):
            rows_seen.append((line, record))
            if is_header(frozenset(match_columns(record, columns))):
                header_at = position
                break
            if position >= HEADER_SEARCH_ROWS:
                break
        if header_at < 0:
            raise InvalidInput(
                f"{path.name} has no header row khdesk recognises: the first sheet needs "
                f"{expected} in its first rows."
            )
        header_line, header = rows_seen[header_at]
    else:
        text = decode_text(data, file_name=path.name)
        del data
        separator, header_at = _text_rows(text, is_header, columns)
        if header_at < 0:
            raise InvalidInput(
                f"{path.name} has no header row khdesk recognises: the file needs {expected} "
                "in its first lines, separated by commas, semicolons or tabs."
            )
        records = _record_lines(text, separator)
        for _ in range(header_at):
            next(records)
        header_line, header = next(records)
    rows = []
    for line, record in records:
        if not any(cell.strip() for cell in record):
            continue
        rows.append(_make_row(line, record))
    header_cells = tuple(cell.strip() for cell in header)
    return Table(
        file_name=path.name,
        header_line=header_line,
        headers=header_cells,
        columns=match_columns(header_cells, columns),
        rows=rows,
    )


def too_long(row: Row, index: int | None, *, label: str, limit: int) -> str | None:
    """The rejection of a row whose cell in column ``index`` is longer than ``limit``."""
    if index is None:
        return None
    length = row.oversized.get(index)
    if length is None:
        length = len(row.cell(index))
        if length <= limit:
            return None
    return f"{label} is {length:,} characters long; shorten it to at most {limit:,}."
