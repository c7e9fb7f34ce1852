"""The protocol of a meeting as PDF, in kk, ru, en or kk+ru (the attendance sheet and the
registers are in ``registers.py``).

The protocol is drawn from its outline (``outline.py``), line by line, as the Word file is; a
kk+ru protocol pairs the Kazakh and the Russian outline in parallel columns, or prints one
after the other. How to add a document: load what it shows in ``data.py``, lay it out with the
styles of ``layout.py`` (``write_pdf`` draws the page furniture), and add a command in
``cli.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session

from khdesk.documents.data import ProtocolData, load_protocol
from khdesk.documents.fonts import BOLD, REGULAR
from khdesk.documents.labels import check_language, collation, label, name_language
from khdesk.documents.layout import MARGIN, styles, text, wrap_at_parts, write_pdf
from khdesk.documents.outline import KEPT_WITH_SIGNATURES, Line, Outline, protocol_outline
from khdesk.documents.settings import DocumentSettings, load_settings


def _page_numbers(footers: tuple[str, str]):  # type: ignore[no-untyped-def]
    """The protocol's page furniture: from the second page on, the page's number alone in the
    middle of the top margin, as the documenting rules place it; on every page, at the foot,
    the protocol's number and fingerprint (in each language of a kk+ru protocol: Kazakh on the
    left, Russian on the right)."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 9)
        if page > 1:
            canvas.drawCentredString(width / 2, height - 11 * mm, str(page))
        canvas.setFont(REGULAR, 7.5)
        left, right = footers
        canvas.drawString(18 * mm, 10 * mm, left)
        if right:
            canvas.drawRightString(width - 18 * mm, 10 * mm, right)
        canvas.restoreState()

    return draw


def _role_styles(columns: bool) -> dict[str, ParagraphStyle]:
    """The style of each outline role; smaller type in a column half the page wide."""
    s = styles()
    scale = 0.9 if columns else 1.0

    def sized(base: ParagraphStyle, name: str, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            f"{name}-{columns}", parent=base, fontSize=base.fontSize * scale,
            leading=base.leading * scale, **extra,
        )  # fmt: skip

    # lines break between words; only a word wider than the whole line is cut (ReportLab's
    # rule), since one standing out of its column would run into the other language's
    return {
        "organisation": sized(s["centre"], "organisation"),
        "title": sized(s["title"], "title"),
        "subtitle": sized(s["subtitle"], "subtitle", spaceAfter=2),
        "meeting": sized(s["centre"], "meeting", fontName=BOLD, spaceAfter=6),
        "requisites": sized(s["body"], "requisites"),
        "city": sized(s["body"], "city", spaceAfter=6),
        "body": sized(s["body"], "body"),
        "list": sized(s["small"], "list"),
        "heading": sized(s["heading"], "heading"),
        "label": sized(s["label"], "label", spaceBefore=3, spaceAfter=1),
        "indented": sized(s["body"], "indented", leftIndent=8 * mm),
        "signature": sized(s["body"], "signature"),
    }


def _runs(line: Line, style: ParagraphStyle, width: float) -> str:
    """A line's words as Paragraph markup. A link goes on lines of its own under its label,
    broken after its dots and slashes, never inside a part (``layout.wrap_at_parts``)."""
    marked = []
    for run in line.runs:
        if line.element == "link" and not run.bold:
            lines = wrap_at_parts(run.text.strip(), width, size=style.fontSize)
            marked.append("<br/>" + text(lines))
            continue
        words = text(run.text)
        marked.append(f"<b>{words}</b>" if run.bold else words)
    return "".join(marked)


def _flowable(line: Line, st: dict[str, ParagraphStyle], width: float) -> Any:
    """One outline line as a flowable ``width`` points wide."""
    style = st[line.role]
    if line.role == "requisites":
        date, number = line.cells
        return Table(
            [[Paragraph(text(date), style),
              Paragraph(text(number), ParagraphStyle("right", parent=style, alignment=TA_RIGHT))]],
            colWidths=[width / 2, width / 2],
            style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
        )  # fmt: skip
    indent = style.leftIndent + max(style.firstLineIndent, 0)
    return Paragraph(_runs(line, style, width - indent) or "&nbsp;", style)


def _signatures(outlines: list[Outline], st: dict[str, ParagraphStyle]) -> Table:
    """The signature lines: the role (in each language, one under the other), a line to sign
    on, the initials and surname."""
    rows = []
    for index, line in enumerate(outlines[0].signatures):
        roles = "<br/>".join(f"<b>{text(o.signatures[index].cells[0])}</b>" for o in outlines)
        rows.append([Paragraph(roles, st["signature"]), "____________________",
                     Paragraph(text(line.cells[2]), st["signature"])])  # fmt: skip
    return Table(
        rows,
        colWidths=["34%", "33%", "33%"],
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 12)]),
    )  # fmt: skip


def _keep(units: list[Any], lines: list[Line], signatures: Table) -> list[Any]:
    """The flowables with what must stay together kept: a heading or a label with the line
    after it, and the signatures with the last lines of the text."""
    story: list[Any] = []
    # the last lines go with the signatures, and with them what those lines are kept with (a
    # question's answer takes the question along)
    last = max(len(units) - KEPT_WITH_SIGNATURES, 0)
    while last > 0 and lines[last - 1].kept_with_next:
        last -= 1
    index = 0
    while index < last:
        group = [units[index]]
        while lines[index].kept_with_next and index + 1 < last:
            index += 1
            group.append(units[index])
        story.append(KeepTogether(group) if len(group) > 1 else group[0])
        index += 1
    story.append(KeepTogether([*units[last:], Spacer(1, 8 * mm), signatures]))
    return story


def _columns(pair: tuple[Any, Any], width: float, style: ParagraphStyle) -> Table:
    """Two flowables side by side: Kazakh on the left, Russian on the right, spaced as the
    line's ``style`` spaces paragraphs (a cell drops a paragraph's own space); a row taller
    than a page continues on the next one."""
    gap = 6 * mm
    column = (width - gap) / 2
    return Table(
        [[pair[0], "", pair[1]]],
        colWidths=[column, gap, column],
        splitInRow=1,
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), style.spaceBefore),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), style.spaceAfter)]),
    )  # fmt: skip


def protocol_outlines(
    data: ProtocolData, language: str, settings: DocumentSettings, data_ru: ProtocolData | None
) -> list[Outline]:
    """The outlines a protocol in ``language`` prints: one, or Kazakh and Russian for kk+ru."""
    if language == "kk+ru":
        return [
            protocol_outline(data, "kk", settings.list_attached_above),
            protocol_outline(data_ru or data, "ru", settings.list_attached_above),
        ]
    return [protocol_outline(data, language, settings.list_attached_above)]


def build_protocol(
    data: ProtocolData,
    language: str,
    settings: DocumentSettings | None = None,
    *,
    data_ru: ProtocolData | None = None,
    bilingual: str | None = None,
) -> list:  # type: ignore[type-arg]
    """The protocol's flowables. A kk+ru protocol takes the meeting with Russian names as
    ``data_ru`` and puts the languages as ``bilingual`` (or the settings) says."""
    settings = settings or DocumentSettings()
    outlines = protocol_outlines(data, language, settings, data_ru)
    width = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 points on either side
    story: list = []  # type: ignore[type-arg]
    if settings.logo is not None:
        logo = Image(str(settings.logo))
        scale = min(1.0, (18 * mm) / logo.imageHeight, (60 * mm) / logo.imageWidth)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        story.append(logo)
    if len(outlines) == 2 and (bilingual or settings.bilingual) == "columns":
        st = _role_styles(columns=True)
        column = (width - 6 * mm) / 2
        pairs = [
            (a, b) for a, b in zip(*(o.body for o in outlines), strict=True) if a.text or b.text
        ]
        units = [
            _columns((_flowable(a, st, column), _flowable(b, st, column)), width, st[a.role])
            for a, b in pairs
        ]
        return story + _keep(units, [a for a, _ in pairs], _signatures(outlines, st))
    st = _role_styles(columns=False)
    for number, outline in enumerate(outlines):
        if number:
            story.append(PageBreak())
        units = [_flowable(line, st, width) for line in outline.printed]
        story += _keep(units, outline.printed, _signatures([outline], st))
    return story


def _load(session: Session, meeting_id: str, language: str) -> tuple[ProtocolData, ProtocolData]:
    """The meeting with reference names in the protocol's language (Kazakh, then Russian, for
    kk+ru: each column names sectors and directions in its own language)."""
    sort_in = collation(language)
    if language == "kk+ru":
        kk = load_protocol(session, meeting_id, names_in="kk", sort_in=sort_in)
        return kk, load_protocol(session, meeting_id, names_in="ru", sort_in=sort_in)
    data = load_protocol(session, meeting_id, names_in=name_language(language), sort_in=sort_in)
    return data, data


def write_protocol(
    session: Session, meeting_id: str, language: str, path: Path, *, bilingual: str | None = None
) -> ProtocolData:
    """Write the meeting's protocol to ``path`` as PDF; returns what it shows. A kk+ru
    protocol puts its languages as ``bilingual`` says ("columns" or "sequence"), by default
    as the document settings do."""
    language = check_language(language)
    data, data_ru = _load(session, meeting_id, language)
    settings = load_settings(session)
    story = build_protocol(data, language, settings, data_ru=data_ru, bilingual=bilingual)
    languages = ("kk", "ru") if language == "kk+ru" else (language,)
    footers = [
        f"{label('protocol', lang)} № {data.number} · {label('fingerprint', lang)}: "
        f"{data.fingerprint()}"
        for lang in languages
    ]
    write_pdf(
        path,
        story,
        title=" / ".join(f"{label('protocol', lang)} № {data.number}" for lang in languages),
        footer=_page_numbers((footers[0], footers[1] if len(footers) > 1 else "")),
    )
    return data
