"""A workbook written row by row as Office Open XML (.xlsx), for exports of any size.

openpyxl's write-only mode makes a cell object, checks and styles it for every value: three
million cells of the national export take most of a minute. The exports need none of that, only
text, numbers, dates and times without styles of their own, so each row is written as its XML
straight into the ZIP entry of its sheet, and memory stays flat. What is written is the plain
subset of SpreadsheetML that Excel, LibreOffice and openpyxl read (each text an inline string,
dates and times numbers in a date format); tests read every export back with openpyxl.

    with XlsxWriter(handle) as book:
        sheet = book.sheet("Заседания")
        sheet.append(["Идентификатор", 42, dt.date(2026, 10, 1), None])
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable
from types import TracebackType
from typing import IO, Any

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = _RELS + "/worksheet"

#: The styles a cell may have: 0 plain, 1 a date, 2 a date and time (``_STYLES``).
_DATE, _MOMENT = 1, 2
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_EPOCH = dt.datetime(1899, 12, 30)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# characters XML 1.0 cannot hold at all (a text with one would make the file unreadable)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_LIMIT = 31


def _column(index: int) -> str:
    """The column's letters: 0 is A, 25 Z, 26 AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_COLUMNS = [_column(i) for i in range(256)]


def _text(value: str) -> str:
    if _NOT_XML.search(value):
        value = _NOT_XML.sub("", value)
    return value.translate(_ESCAPES)


def _serial(moment: dt.datetime) -> str:
    delta = moment.replace(tzinfo=None) - _EPOCH
    return repr(delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400)


def _cell(reference: str, value: Any) -> str:
    """One cell's XML; "" for an empty one (not written)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        text = _text(value)
        return f'<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{reference}"><v>{value!r}</v></c>'
    if isinstance(value, dt.datetime):
        return f'<c r="{reference}" s="{_MOMENT}"><v>{_serial(value)}</v></c>'
    if isinstance(value, dt.date):
        days = (value - _EPOCH.date()).days
        return f'<c r="{reference}" s="{_DATE}"><v>{days}</v></c>'
    return _cell(reference, str(value))


class Sheet:
    """One sheet being written; rows go in order, each written as it comes."""

    def __init__(self, entry: IO[bytes]) -> None:
        self._entry = entry
        self._rows = 0
        self._entry.write(
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode()
        )

    def append(self, values: Iterable[Any]) -> None:
        """Write the next row; None and "" leave a cell empty."""
        self._rows += 1
        number = self._rows
        cells = "".join(
            _cell(f"{_COLUMNS[i] if i < 256 else _column(i)}{number}", value)
            for i, value in enumerate(values)
        )
        self._entry.write(f'<row r="{number}">{cells}</row>'.encode())

    def close(self) -> None:
        self._entry.write(b"</sheetData></worksheet>")
        self._entry.close()


class XlsxWriter:
    """A workbook written into ``handle`` (a binary file open for writing): sheets one after
    the other, each closed when the next begins or the workbook ends."""

    def __init__(self, handle: IO[bytes], *, compression: int = 1) -> None:
        # the lightest compression: a third of the time of the default, a file not much larger
        self._zip = zipfile.ZipFile(
            handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compression
        )
        self._names: list[str] = []
        self._current: Sheet | None = None

    def sheet(self, name: str) -> Sheet:
        """Begin the next sheet, named ``name`` (cut to the 31 characters a sheet name holds)."""
        if self._current is not None:
            self._current.close()
        self._names.append(name[:_SHEET_NAME_LIMIT])
        entry = self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w", force_zip64=True)
        self._current = Sheet(entry)
        return self._current

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
        count = len(self._names)
        sheets = "".join(
            f'<sheet name="{_text(name).replace(chr(34), "&quot;")}" sheetId="{i}" r:id="rId{i}"/>'
            for i, name in enumerate(self._names, start=1)
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="{_SHEET_TYPE}" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        self._zip.writestr(
            "[Content_Types].xml",
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        self._zip.writestr(
            "_rels/.rels",
            f'{head}<Relationships xmlns="{_PACKAGE_RELS}"><Relationship Id="rId1" '
            f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        self._zip.writestr(
            "xl/workbook.xml",
            f'{head}<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets>{sheets}</sheets>'
            "</workbook>",
        )
        self._zip.writestr(
            "xl/_rels/workbook.xml.rels",
            f'{head}<Relationships xmlns="{_PACKAGE_RELS}">{relations}'
            f'<Relationship Id="rId{count + 1}" Type="{_RELS}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._zip.close()

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
            return
        # the caller's file is left half written, and ``replacing`` throws it away
        if self._current is not None:
            self._current.close()
        self._zip.close()
