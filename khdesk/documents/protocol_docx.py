"""The protocol as a Word document, for secretaries who adjust the wording before printing.

It is drawn from the same outline as the PDF (``outline.py``), line by line, as plain
paragraphs (in a two-column table for a kk+ru protocol in parallel columns) and one table of
signatures, so that it stays easy to edit. Every run is tagged with its language (kk-KZ,
ru-RU, en-GB), so that Word checks the spelling in the right dictionary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from sqlmodel import Session

from khdesk.documents.data import ProtocolData
from khdesk.documents.labels import check_language
from khdesk.documents.outline import KEPT_WITH_SIGNATURES, Line, Outline
from khdesk.documents.protocol import _load, protocol_outlines
from khdesk.documents.settings import DocumentSettings, load_settings
from khdesk.storage.files import replacing

FONT = "PT Sans"
#: The language tags Word's spelling checker knows the protocol's languages by.
LANGUAGE_TAGS = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}
#: The text's width on A4 with 18 mm margins.
WIDTH = Mm(174)
GAP = Mm(6)

_SIZES = {"title": 14, "subtitle": 12, "heading": 12, "list": 10}
_CENTRED = ("organisation", "title", "subtitle", "meeting")
_BOLD = ("title", "heading", "meeting")


def _page_field(paragraph: Any, name: str) -> None:
    """A Word field (PAGE) that Word fills in when it lays the pages out."""
    run = paragraph.add_run()
    for kind, instruction in (("begin", None), (None, name), ("end", None)):
        if instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _tag(properties: Any, language: str) -> None:
    """Mark run or style properties as written in ``language``."""
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), LANGUAGE_TAGS[language])
    properties.append(tag)


def _paragraph(container: Any, line: Line, language: str, width: Any) -> Any:
    """One outline line as a paragraph of ``container`` (the document or a table cell)."""
    paragraph = container.add_paragraph()
    form = paragraph.paragraph_format
    form.space_after = Pt(3)
    if line.role in _CENTRED:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if line.role == "indented":
        form.left_indent = Mm(8)
    if line.role in ("heading", "label"):
        form.space_before = Pt(6)
    form.keep_with_next = line.kept_with_next
    if line.role == "requisites":
        # the date on the left, the number at the right margin
        form.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        runs = [(line.cells[0], False), ("\t", False), (line.cells[1], False)]
    else:
        runs = [(run.text, run.bold) for run in line.runs]
    for words, bold in runs:
        run = paragraph.add_run(words)
        run.bold = bold or line.role in _BOLD
        if line.role in _SIZES:
            run.font.size = Pt(_SIZES[line.role])
        _tag(run._r.get_or_add_rPr(), language)
    return paragraph


def _no_borders(table: Any) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    properties.append(borders)


def _cant_split(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def _first_paragraph(cell: Any) -> Any:
    """The paragraph a new cell comes with, removed: lines are added as paragraphs of their
    own (a cell must end with one, so it goes once the first is added)."""
    return cell.paragraphs[0]


def _fill(cell: Any, line: Line, language: str, width: Any) -> Any:
    empty = _first_paragraph(cell)
    paragraph = _paragraph(cell, line, language, width)
    empty._p.getparent().remove(empty._p)
    return paragraph


def _signatures(doc: Any, outlines: list[Outline]) -> None:
    """The signature lines: the role in each language one under the other, a line to sign on,
    the initials and surname; the rows are kept with each other and with the text above."""
    signatures = [outline.signatures for outline in outlines]
    table = doc.add_table(rows=len(signatures[0]), cols=3)
    _no_borders(table)
    for index, row in enumerate(table.rows):
        _cant_split(row)
        roles, line, name = row.cells
        first = _first_paragraph(roles)
        for outline, lines in zip(outlines, signatures, strict=True):
            paragraph = roles.add_paragraph()
            run = paragraph.add_run(lines[index].cells[0])
            run.bold = True
            _tag(run._r.get_or_add_rPr(), outline.language)
        first._p.getparent().remove(first._p)
        rule = line.paragraphs[0].add_run("____________________")
        _tag(rule._r.get_or_add_rPr(), outlines[0].language)
        signed = name.paragraphs[0].add_run(signatures[0][index].cells[2])
        _tag(signed._r.get_or_add_rPr(), outlines[0].language)
        if index + 1 < len(table.rows):
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _keep_last(paragraphs: list[Any]) -> None:
    """The last lines of the text go to the page of the signatures."""
    for paragraph in paragraphs[-KEPT_WITH_SIGNATURES:]:
        paragraph.paragraph_format.keep_with_next = True


def _document(outlines: list[Outline], settings: DocumentSettings, bilingual: str) -> Any:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, as in Kazakhstan
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    # the page number in the middle of the top margin, from the second page on
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(header, "PAGE")
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(11)
    _tag(style.element.get_or_add_rPr(), outlines[0].language)
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        paragraph.paragraph_format.tab_stops.add_tab_stop(WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        for number, outline in enumerate(outlines):
            run = paragraph.add_run(("\t" if number else "") + outline.footer)
            run.font.size = Pt(8)
            _tag(run._r.get_or_add_rPr(), outline.language)

    if settings.logo is not None:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(settings.logo)).getSize()
        scale = min(18 / height, 60 / width)  # millimetres per pixel, at most 18 high, 60 wide
        doc.add_picture(str(settings.logo), width=Mm(width * scale), height=Mm(height * scale))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    if len(outlines) == 2 and bilingual == "columns":
        pairs = [
            (a, b) for a, b in zip(*(o.body for o in outlines), strict=True) if a.text or b.text
        ]
        table = doc.add_table(rows=len(pairs), cols=3)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _no_borders(table)
        column = Mm((174 - 6) / 2)
        last: list[Any] = []
        for row, (left, right) in zip(table.rows, pairs, strict=True):
            cells = row.cells
            for cell, width in zip(cells, (column, GAP, column), strict=True):
                cell.width = width
            paragraphs = [_fill(cells[0], left, "kk", column), _fill(cells[2], right, "ru", column)]
            if left.kept_with_next:
                _cant_split(row)
                for paragraph in paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
            last = paragraphs
        _keep_last(last)
        doc.add_paragraph().paragraph_format.keep_with_next = True
        _signatures(doc, outlines)
        return doc

    for number, outline in enumerate(outlines):
        if number:
            doc.add_page_break()  # type: ignore[no-untyped-call]
        paragraphs = [_paragraph(doc, line, outline.language, WIDTH) for line in outline.printed]
        _keep_last(paragraphs)
        doc.add_paragraph().paragraph_format.keep_with_next = True
        _signatures(doc, [outline])
    return doc


def write_protocol_docx(
    session: Session, meeting_id: str, language: str, path: Path, *, bilingual: str | None = None
) -> ProtocolData:
    """Write the meeting's protocol to ``path`` as .docx; returns what it shows. A kk+ru
    protocol puts its languages as ``bilingual`` says, by default as the settings do."""
    language = check_language(language)
    data, data_ru = _load(session, meeting_id, language)
    settings = load_settings(session)
    outlines = protocol_outlines(data, language, settings, data_ru)
    document = _document(outlines, settings, bilingual or settings.bilingual)
    with replacing(path) as handle:
        document.save(handle)
    return data
