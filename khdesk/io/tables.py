"""Tables people keep (CSV in any of the usual encodings and separators, or Excel) read as rows.

Every importer describes its columns (``Column``: a key and the header words that name it in
Kazakh, Russian and English); ``read_table`` finds the header row among the first rows of the file,
decides the encoding from the whole file and the separator from its header, and returns the data
rows with the line numbers the user sees in a text editor or in Excel. What cannot be read right
is refused with one ``InvalidInput`` sentence, naming the line where there is one: not a regular
file, too big, a damaged UTF-8 byte, Kazakh letters already lost to «?», an unclosed quote. A
cell too long to keep is not an error of the whole file but of its row, so it is marked on the
row (``Row.oversized``) for the importer to reject with the row's line.

How to accept another header word: add it to the importer's ``Column`` aliases; the comparison
ignores case, spaces and punctuation, so "E-mail", "e mail" and "EMAIL" are one word.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.validation import MAX_TEXT

#: The largest file khdesk imports: far above any real roster, well below a laptop's memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The most a workbook may unpack to (its XML is far larger than its cells; a "zip bomb" is not).
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES
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


def match_columns(
    headers: Sequence[str], columns: Sequence[Column], *, after: str | None = None
) -> dict[str, int]:
    """Which column (by key) each header names; the first header naming a column wins.

    Exact words first; then a header that starts with a known word of five letters or more
    ("Телефон (моб.)", "Организация / ұйым"), so that small additions to a header still count;
    but not in a row of one cell, which is a title more often than a header.

    ``after`` names the column that opens the block of columns wanted: the others are looked for
    after it first. Zoom's one-row export repeats the meeting's "User Email" and "Duration" before
    the participant's own, and the participant's are the ones after "Name (Original Name)".
    """
    found: dict[str, int] = {}
    normalised = [header_key(h) for h in headers]
    count = len(normalised)
    # the anchor column is found first, so that the order of the others can start after it
    ordered = sorted(columns, key=lambda column: column.key != after)

    def positions(column: Column) -> Iterable[int]:
        anchor = found.get(after) if after is not None else None
        if anchor is None or column.key == after:
            return range(count)
        return (*range(anchor + 1, count), *range(anchor))

    for column in ordered:
        keys = column.header_keys()
        for index in positions(column):
            key = normalised[index]
            if key and key in keys and index not in found.values():
                found[column.key] = index
                break
    if sum(1 for key in normalised if key) < 2:
        # a lone cell is more likely a title ("Участники круглого стола") than a header
        return found
    for column in ordered:
        if column.key in found:
            continue
        prefixes = [k for k in column.header_keys() if len(k) >= 5]
        for index in positions(column):
            key = normalised[index]
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


#: What a spreadsheet would run as a formula; a file khdesk writes starts such a cell with an
#: apostrophe (``khdesk.services.imports.left_out``), which reading it drops again.
_FORMULA_STARTS = ("=", "+", "-", "@")


def _unescaped(cell: str) -> str:
    """A cell without the apostrophe that kept a spreadsheet from reading it as a formula
    ("'+7 701 …" is the phone "+7 701 …")."""
    if cell.startswith("'") and cell[1:2] in _FORMULA_STARTS and cell[1:2]:
        return cell[1:]
    return cell


def _make_row(line: int, values: Iterable[str]) -> Row:
    cells: list[str] = []
    oversized: dict[int, int] = {}
    for index, value in enumerate(values):
        if len(value) > MAX_TEXT:
            oversized[index] = len(value)
            cells.append("")
        else:
            cells.append(_unescaped(value.strip()))
    # trailing empty cells carry nothing and would make short rows look different from long ones
    while cells and not cells[-1]:
        cells.pop()
    return Row(line=line, cells=tuple(cells), oversized=oversized)


# --- text files ----------------------------------------------------------------------------------


def _line_of_byte(data: bytes, position: int) -> int:
    """The line (as a text editor counts them) of the byte at ``position``."""
    breaks = data.count(b"\n", 0, position)
    return breaks + 1 if breaks or b"\n" in data else data.count(b"\r", 0, position) + 1


def line_of(text: str, position: int) -> int:
    """The line (as a text editor counts them) of the character at ``position``."""
    breaks = text.count("\n", 0, position)
    return breaks + 1 if breaks or "\n" in text else text.count("\r", 0, position) + 1


#: Cyrillic letters of neither Kazakh nor Russian (Serbian, Macedonian, Ukrainian): a text read as
#: Windows-1251 that has them was written in another codepage.
_FOREIGN_IN_CP1251 = re.compile("[ЂЃЉЊЌЋЏђѓљњќћџЎўЈҐЄЇґєјЅѕї]")
#: The same for a text read as KZ-1048, the Kazakh codepage, whose Kazakh letters sit where
#: Windows-1251 has Ќ, Ў, Ј, Ґ, Є, Ї …
_FOREIGN_IN_KZ1048 = re.compile("[ЂЃЉЊЏђѓљњџ]")
_CYRILLIC = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
#: A question mark inside a Cyrillic word, or opening one: what a codepage without Kazakh letters
#: writes for «Қ», «Ә» … when a table is saved in it ("Ж?мабекова", "?азақстан"). A question mark
#: after a word is left alone: "Қашан ашылады?" is a question.
_LOST_LETTER = re.compile(rf"[{_CYRILLIC}]\?+[{_CYRILLIC}]|(?<![\w?])\?+[{_CYRILLIC}]")


def _looks_like_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 still hold more UTF-8 letters than broken bytes
    (a UTF-8 file damaged in a few places, rather than a file in a single-byte codepage)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = len(data.translate(None, delete=bytes(range(128))))
    ascii_bytes = len(data) - non_ascii
    well_formed = len(text) - ascii_bytes - broken
    return well_formed > broken


def _single_byte_text(data: bytes, file_name: str) -> str:
    """A text in a single-byte codepage: Windows-1251, or KZ-1048 when only that reads as
    Kazakh or Russian letters."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            "{file} is in an encoding khdesk does not read (line {line}): save it as CSV UTF-8 "
            "and import it again.",
            file=file_name,
            line=_line_of_byte(data, error.start),
        ) from None
    foreign = _FOREIGN_IN_CP1251.search(text)
    if foreign is None:
        return text
    kazakh = data.decode("kz1048", errors="replace")
    if "\ufffd" not in kazakh and _FOREIGN_IN_KZ1048.search(kazakh) is None:
        return kazakh
    line = line_of(text, foreign.start())
    raise InvalidInput(
        "{file} is in an encoding khdesk does not read (line {line} has letters that neither "
        "Kazakh nor Russian uses): save it as CSV UTF-8 and import it again.",
        file=file_name,
        line=line,
    )


def decode_text(data: bytes, *, file_name: str) -> str:
    """The text of a CSV file, in the encoding that reads the whole file cleanly.

    UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251 (or KZ-1048). A file that is
    UTF-8 but for a damaged byte is refused with the byte's line rather than read as Windows-1251
    (which reads any bytes, as nonsense); so is a file whose Kazakh letters were already lost to
    «?» by a codepage without them.
    """
    start = 0
    if data.startswith(codecs.BOM_UTF8):
        encoding, start = "utf-8", len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with tabs
        encoding = "utf-16"
    elif b"\x00" in data[:4096]:
        raise InvalidInput(
            "{file} is not a text table: save it as CSV (UTF-8) or Excel (.xlsx) and import "
            "that file.",
            file=file_name,
        )
    else:
        encoding = "utf-8"
    damaged_at: int | None = None
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as error:
        damaged_at = start + error.start
    if damaged_at is not None:
        if encoding == "utf-16":
            raise InvalidInput(
                "{file} is damaged: it says it is UTF-16 text but is not; save it again as CSV "
                "UTF-8 and import it.",
                file=file_name,
            )
        if start or _looks_like_utf8(data):
            raise InvalidInput(
                "{file} is UTF-8 text with a damaged byte on line {line}: correct that line, or "
                "save the file again as CSV UTF-8, and import it.",
                file=file_name,
                line=_line_of_byte(data, damaged_at),
            )
        text = _single_byte_text(data, file_name)
    lost = _LOST_LETTER.search(text)
    if lost is not None:
        raise InvalidInput(
            "{file} has lost its Kazakh letters (line {line} has «?» inside a word): it was saved "
            "in a codepage without them; save the table as CSV UTF-8 or .xlsx and import that.",
            file=file_name,
            line=line_of(text, lost.start()),
        )
    return text


def _record_lines(text: str, separator: str) -> Iterator[tuple[int, int, list[str]]]:
    """CSV records with the lines each starts and ends on (a quoted cell may span lines)."""
    # a 10 MB cell must come back as that row's problem, not as csv's "field larger than limit";
    # the limit only ever rises and the file itself is bounded by MAX_FILE_BYTES
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    start = 1
    try:
        for record in reader:
            yield start, reader.line_num, record
            start = reader.line_num + 1
    except csv.Error:
        raise InvalidInput(
            "line {line} cannot be read as CSV: open the file in a spreadsheet, save it as CSV "
            "again and import it.",
            line=reader.line_num,
        ) from None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Lines:
    """Where each line of a text starts, found once and only when a record spans lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def span(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last`` (counted from 1) as they are in the text."""
        if self._starts is None:
            self._starts = [0, *(found.end() for found in _LINE_BREAK.finditer(self.text))]
        starts = self._starts
        end = starts[last] if last < len(starts) else len(self.text)
        return self.text[starts[first - 1] : end]


def _breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _holds_rows(cell: str, separator: str, width: int) -> bool:
    """Whether a cell spanning lines holds whole rows of the table: lines with a separator for
    each column (commas need more, being common in addresses)."""
    needed = width - 1 if separator != "," else max(width - 1, 3)
    if needed < 1:
        return False
    lines = _LINE_BREAK.split(cell)[1:]
    return any(line.count(separator) >= needed for line in lines)


def _stray_quote(record: str, separator: str, first_line: int, width: int) -> int | None:
    """The line of a quote in ``record`` that opens a cell running over lines but is no cell:
    it never closes, or it "closes" in the middle of a cell, or what it holds are whole rows.

    Read as the csv module reads (a quote opens a cell only at the start of one).
    """
    position, length, line = 0, len(record), first_line
    at_cell_start = True
    while position < length:
        char = record[position]
        if at_cell_start and char == '"':
            search = position + 1
            while True:
                closing = record.find('"', search)
                if closing < 0:
                    return line  # open to the end of the file: every later row in one cell
                if record.startswith('""', closing):
                    search = closing + 2
                    continue
                break
            cell = record[position + 1 : closing]
            if breaks := _breaks(cell):
                follows = record[closing + 1 : closing + 2]
                if follows not in ("", separator, "\r", "\n"):
                    return line
                if _holds_rows(cell, separator, width):
                    return line
                line += breaks
            position, at_cell_start = closing + 1, False
            continue
        if char == separator:
            at_cell_start = True
        elif char in "\r\n":
            if record.startswith("\r\n", position):
                position += 1
            line += 1
            at_cell_start = True
        else:
            at_cell_start = False
        position += 1
    return None


def _quotes_checked(
    records: Iterator[tuple[int, int, list[str]]],
    text: str,
    separator: str,
    *,
    width: int,
    file_name: str,
) -> Iterator[tuple[int, list[str]]]:
    """The records with their first line; refused when a stray quote swallowed later lines.

    A quote opened and never closed runs the rest of the file into one cell (one person with
    every later row as their organisation): such a file is refused at the line of the quote.
    """
    lines = _Lines(text)
    for first, last, record in records:
        if last > first:
            line = _stray_quote(lines.span(first, last), separator, first, width)
            if line is not None:
                raise InvalidInput(
                    "{file} has an unclosed quote on line {line} that runs the lines after it "
                    "into one cell: correct the quotes on that line, or save the file again from "
                    "a spreadsheet, and import it.",
                    file=file_name,
                    line=line,
                )
        yield first, record


def _separator_order(text: str) -> list[str]:
    """Candidate separators, the most frequent on the first lines first."""
    sample = text[:65536].splitlines()[:HEADER_SEARCH_ROWS]
    counts = {sep: max((line.count(sep) for line in sample), default=0) for sep in SEPARATORS}
    return sorted(SEPARATORS, key=lambda sep: -counts[sep])


def _text_rows(
    text: str, is_header: HeaderTest, columns: Sequence[Column], after: str | None
) -> tuple[str, int]:
    """The separator under which a header row appears, and the index of that record."""
    first_line = text.split("\n", 1)[0].strip()
    if first_line.casefold().startswith("sep=") and len(first_line) == 5:
        # Excel's own hint line ("sep=;") names the separator outright
        candidates = [first_line[4]]
    else:
        candidates = _separator_order(text)
    for separator in candidates:
        records = _record_lines(text, separator)
        for position, (_first, _last, record) in enumerate(records):
            if position >= HEADER_SEARCH_ROWS:
                break
            if is_header(frozenset(match_columns(record, columns, after=after))):
                return separator, position
    return "", -1


# --- Excel ---------------------------------------------------------------------------------------


def _excel_rows(data: bytes, file_name: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first sheet of a workbook, with their Excel row numbers."""
    import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no type information
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    unreadable = InvalidInput(
        "{file} is not an Excel workbook khdesk can read: open it in Excel and save it again as "
        ".xlsx, or save it as CSV.",
        file=file_name,
    )
    # The bytes already read, not the path: the file is read once, within the size limit (and
    # openpyxl would refuse a workbook renamed to .csv by its name).
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # zipfile never unpacks more than an entry declares, so the sum bounds the work
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise unreadable from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidInput(
            "{file} unpacks to {size:,.0f} MB; khdesk reads workbooks of at most {limit} MB "
            "unpacked: split it into smaller files or save it as CSV.",
            file=file_name,
            size=unpacked / 1024 / 1024,
            limit=MAX_UNPACKED_BYTES // 1024 // 1024,
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise unreadable from None
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
            "{file} is an old Excel (.xls) file: save it as .xlsx or CSV and import that.",
            file=path.name,
        )
    if head.startswith(_ZIP_MAGIC):
        # a workbook renamed to .csv is still a workbook; a .docx or .zip is neither
        if suffix in _EXCEL_SUFFIXES or suffix in _TEXT_SUFFIXES:
            return "excel"
    elif suffix in _EXCEL_SUFFIXES:
        raise InvalidInput(
            "{file} is not a valid Excel workbook: open it in Excel and save it again.",
            file=path.name,
        )
    elif suffix in _TEXT_SUFFIXES:
        return "text"
    raise InvalidInput(
        "{file} is not a CSV or Excel file: save the table as .csv or .xlsx and import that.",
        file=path.name,
    )


def _too_big(path: Path, size: int | None) -> InvalidInput:
    limit = MAX_FILE_BYTES // 1024 // 1024
    if not size:
        return InvalidInput(
            "{file} is over {limit} MB; khdesk imports files of at most {limit} MB: split it "
            "into smaller files.",
            file=path.name,
            limit=limit,
        )
    return InvalidInput(
        "{file} is {size:.1f} MB; khdesk imports files of at most {limit} MB: split it into "
        "smaller files.",
        file=path.name,
        size=size / 1024 / 1024,
        limit=limit,
    )


def _not_a_file(path: Path) -> InvalidInput:
    return InvalidInput(
        "{file} is not a file but a device or a pipe: save the table as a file and choose that.",
        file=path.name,
    )


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, at most ``MAX_FILE_BYTES`` of them.

    Only a regular file is opened: reading a pipe or a device (/dev/zero, a FIFO) would wait or
    never end. Its size is checked before reading, and the reading stops one byte past the limit
    anyway, since a file may grow after it was measured.
    """
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InvalidInput("{path} is a folder: choose a CSV or Excel file.", path=str(path))
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(path)
        if status.st_size > MAX_FILE_BYTES:
            raise _too_big(path, status.st_size)
        # not blocking, in case the name was swapped for a pipe since the check above: opening a
        # pipe with no writer would wait for one
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with open(os.open(path, flags), "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise _not_a_file(path)
            if opened.st_size > MAX_FILE_BYTES:
                raise _too_big(path, opened.st_size)
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInput(
            "there is no file {path}: check the name and the folder.", path=str(path)
        ) from None
    except OSError as error:
        raise InvalidInput(
            "cannot read {path} ({problem}): check that it exists and that you may read it.",
            path=str(path),
            problem=error.strerror or str(error),
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(path, None)
    return data


def read_table(
    path: Path,
    columns: Sequence[Column],
    *,
    is_header: HeaderTest,
    expected: Label,
    after: str | None = None,
) -> Table:
    """The table in ``path`` whose header names ``columns`` (see the module docstring).

    ``is_header`` says which combinations of found columns make a header; ``expected`` is how the
    refusal names the headers wanted, a ``Label`` such as "a column 'Full name' (ФИО, Аты-жөні)"
    (the window translates it); ``after``
    names the column that opens the block wanted in a header that repeats words (see
    ``match_columns``).
    """
    data = _read_bytes(path)
    if not data.strip():
        raise InvalidInput("{file} is empty: choose the file that holds the table.", file=path.name)
    kind = _kind_of(path, data[:8])
    records: Iterator[tuple[int, list[str]]]
    if kind == "excel":
        rows_seen: list[tuple[int, list[str]]] = []
        header_at = -1
        records = _excel_rows(data, path.name)
        del data  # openpyxl holds the workbook now
        for position, (line, record) in enumerate(records):
            rows_seen.append((line, record))
            if is_header(frozenset(match_columns(record, columns, after=after))):
                header_at = position
                break
            if position >= HEADER_SEARCH_ROWS:
                break
        if header_at < 0:
            raise InvalidInput(
                "{file} has no header row khdesk recognises: the first sheet needs {expected} in "
                "its first rows.",
                file=path.name,
                expected=expected,
            )
        header_line, header = rows_seen[header_at]
    else:
        text = decode_text(data, file_name=path.name)
        del data
        separator, header_at = _text_rows(text, is_header, columns, after)
        if header_at < 0:
            raise InvalidInput(
                "{file} has no header row khdesk recognises: the file needs {expected} in its "
                "first lines, separated by commas, semicolons or tabs.",
                file=path.name,
                expected=expected,
            )
        lines = _record_lines(text, separator)
        for _ in range(header_at):
            next(lines)
        header_line, _last, header = next(lines)
        records = _quotes_checked(
            lines,
            text,
            separator,
            width=sum(1 for cell in header if cell.strip()),
            file_name=path.name,
        )
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
        columns=match_columns(header_cells, columns, after=after),
        rows=rows,
    )
