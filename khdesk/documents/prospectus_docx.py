"""The prospectus draft as a Word document, for the analysts who edit the draft's wording.

It lays out the same outline as the PDF (``prospectus.py``), block by block: the headings are
Word's Heading 1 and Heading 2, so that the table of contents is Word's own (a TOC field,
filled in with the entries and brought up to date with its page numbers when Word opens the
file, which asks to update it); the lines are paragraphs with their number hanging in the
margin; the annex is one table per section. Every run is tagged with its language (kk-KZ,
ru-RU, en-GB) so that Word checks the spelling in the right dictionary.

The annex's rows are written as table XML directly: python-docx's ``add_row`` and ``cell.text``
grow faster than the rows (5.4 s for 2,800 rows of seven cells), and a national annex has
thousands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from khdesk.documents.prospectus import Block, ProspectusOutline
from khdesk.documents.protocol_docx import FONT, LANGUAGE_TAGS, _page_field, _tag
from khdesk.storage.files import replacing

#: The annex's column widths in millimetres (A4 less 18 mm margins: 174 mm).
ANNEX_MM = (14, 28, 17, 34, 51, 8, 22)
NUMBER_ROOM = Mm(16)
_HEADINGS = {"direction": 1, "annex": 1, "section": 2, "contents": 1}
_CENTRED = ("organisation", "title", "subtitle", "totals")
_SIZES = {"title": 16, "subtitle": 12, "summary": 9, "annex_section": 10, "note": 10}


def _run(paragraph: Any, words: str, language: str, *, bold: bool = False,
         size: float | None = None, grey: bool = False) -> Any:  # fmt: skip
    run = paragraph.add_run(words)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if grey:
        run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    _tag(run._r.get_or_add_rPr(), language)
    return run


def _lines(paragraph: Any, block: Block, **look: Any) -> None:
    """The block's words, one language under the other in one paragraph."""
    for index, (language, words) in enumerate(block.words):
        run = _run(paragraph, words, language, **look)
        if index:
            run._r.addprevious(_break())


def _break() -> Any:
    element = OxmlElement("w:r")
    element.append(OxmlElement("w:br"))
    return element


def _contents_field(doc: Any, outline: ProspectusOutline) -> None:
    """Word's table of contents over Heading 1 and 2, its entries written in beforehand (Word
    adds the page numbers when it updates the field)."""
    paragraph = doc.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-2" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    for element in (begin, instruction, separate):
        run._r.append(element)
    for number, entry in enumerate(outline.contents):
        target = paragraph if number == 0 else doc.add_paragraph()
        target.paragraph_format.left_indent = Mm(8 * (entry.level - 1))
        target.paragraph_format.space_after = Pt(1)
        for index, (language, words) in enumerate(entry.words):
            made = _run(target, words, language, bold=entry.level == 1)
            if index:
                made._r.addprevious(_break())
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    closing = doc.paragraphs[-1].add_run()
    closing._r.append(end)


def _cell(words: str, width_mm: float, language: str, *, bold: bool = False) -> Any:
    cell = OxmlElement("w:tc")
    properties = OxmlElement("w:tcPr")
    width = OxmlElement("w:tcW")
    width.set(qn("w:w"), str(int(width_mm * 56.7)))  # twentieths of a point
    width.set(qn("w:type"), "dxa")
    properties.append(width)
    cell.append(properties)
    paragraph = OxmlElement("w:p")
    paragraph_properties = OxmlElement("w:pPr")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "0")
    paragraph_properties.append(spacing)
    paragraph.append(paragraph_properties)
    for index, part in enumerate(words.split("\n")):
        run = OxmlElement("w:r")
        run_properties = OxmlElement("w:rPr")
        if bold:
            run_properties.append(OxmlElement("w:b"))
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "16")  # half-points: 8 pt
        run_properties.append(size)
        tag = OxmlElement("w:lang")
        tag.set(qn("w:val"), LANGUAGE_TAGS[language])
        run_properties.append(tag)
        run.append(run_properties)
        if index:
            run.append(OxmlElement("w:br"))
        value = OxmlElement("w:t")
        value.set(qn("xml:space"), "preserve")
        value.text = part
        run.append(value)
        paragraph.append(run)
    cell.append(paragraph)
    return cell


def _row(cells: tuple[str, ...], language: str, *, header: bool = False) -> Any:
    row = OxmlElement("w:tr")
    if header:
        properties = OxmlElement("w:trPr")
        properties.append(OxmlElement("w:tblHeader"))  # repeated on every page
        row.append(properties)
    for words, width in zip(cells, ANNEX_MM, strict=True):
        row.append(_cell(words, width, language, bold=header))
    return row


def _annex_table(doc: Any, block: Block, outline: ProspectusOutline) -> None:
    table = doc.add_table(rows=0, cols=len(ANNEX_MM))
    table.style = doc.styles["Table Grid"]
    body = table._tbl
    language = outline.languages[0]
    body.append(_row(outline.header, language, header=True))
    for cells in block.rows:
        body.append(_row(cells, language))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _document(outline: ProspectusOutline) -> Any:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    first = outline.languages[0]
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        style.font.name = FONT
        style.element.get_or_add_rPr()
        _tag(style.element.get_or_add_rPr(), first)
        if name != "Normal":
            style.font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Heading 1"].font.size = Pt(13)
    doc.styles["Heading 2"].font.size = Pt(11)
    footer = section.footer.paragraphs[0]
    _run(footer, outline.footer + " · ", first, size=8)
    _page_field(footer, "PAGE")
    # Word updates the contents' page numbers as it opens the file (it asks first)
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)

    for block in outline.blocks:
        role = block.role
        if role in _HEADINGS:
            if role in ("contents", "direction", "annex"):
                doc.add_page_break()  # type: ignore[no-untyped-call]
            paragraph = doc.add_heading(level=_HEADINGS[role])
            _lines(paragraph, block)
            if role == "contents":
                _contents_field(doc, outline)
            continue
        if role == "table":
            _annex_table(doc, block, outline)
            continue
        paragraph = doc.add_paragraph()
        form = paragraph.paragraph_format
        form.space_after = Pt(4)
        if role in _CENTRED:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if role == "title":
            form.space_before = Pt(120)
        if role in ("summary", "annex_section"):
            form.keep_with_next = True
        if role == "line":
            form.left_indent = NUMBER_ROOM
            form.first_line_indent = -NUMBER_ROOM
            form.tab_stops.add_tab_stop(NUMBER_ROOM)
            _run(paragraph, f"{block.number}\t", first, bold=True)
            _run(paragraph, block.body, first)
            for language, words in block.words:
                _run(paragraph, "", language).add_break(WD_BREAK.LINE)
                _run(paragraph, words, language, size=8.5, grey=True)
            continue
        _lines(
            paragraph,
            block,
            bold=role in ("title", "annex_section"),
            size=_SIZES.get(role),
            grey=role == "summary",
        )
    return doc


def write_outline_docx(outline: ProspectusOutline, path: Path) -> None:
    """Write ``outline`` to ``path`` as .docx, whole or not at all."""
    document = _document(outline)
    with replacing(path) as handle:
        document.save(handle)
