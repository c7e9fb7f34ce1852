"""The lists a meeting prints: the attendance sheet, the registers of proposals and of questions.

In kk+ru every heading, column header and label is printed whole in each language, the Kazakh
line first and the Russian line under it (never one word of each with a slash between); what
people wrote (names, proposals, answers) is printed once, as it was typed.

How to add a list: take its words from ``resources/reference/protocol-terms.csv`` through
``_lines`` (so kk+ru comes for free), lay it out with ``_header_cell`` and ``_table``, and write
it with ``_write`` for the "page N of M" footer in every language of the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session, col, select

from khdesk.documents.data import ProtocolData, load_protocol, meeting_time, reference_name
from khdesk.documents.fonts import BOLD, REGULAR
from khdesk.documents.labels import (
    check_language,
    collation,
    label_lines,
    name_language,
    people_total,
)
from khdesk.documents.layout import (
    MARGIN,
    day,
    phone,
    signature_name,
    styles,
    text,
    wrap_at_parts,
    write_pdf,
)
from khdesk.domain.errors import InvalidInput
from khdesk.storage.models import Direction, Meeting, Proposal, Question, Region, Section
from khdesk.storage.numbers import meeting_number

#: Empty rows a blank attendance sheet leaves for walk-ins.
BLANK_ROWS = 15
#: A proposal longer than this goes on in the rows below it (a cell of 1,500 characters is
#: half a page high at most).
LONG_CELL = 1500
#: The last rows of a list that go to the next page with its closing lines (the total and the
#: secretary's signature), so that those never stand alone at the top of a page.
ROWS_KEPT_WITH_END = 2
#: A cell's padding on the left and right (ReportLab's default), for text fitted to a column.
CELL_PADDING = 6
#: Wide enough for a meeting's number (71-7MTP-2026-001) on one line: it is never cut.
MEETING_COLUMN = 34 * mm
#: The width of a landscape A4 page inside its margins, which the lists' columns fill.
WIDE = 297 * mm - 2 * MARGIN


def _languages(language: str) -> list[str]:
    """The languages the document's words are printed in, in order."""
    return ["kk", "ru"] if language == "kk+ru" else [language]


def _lines(key: str, language: str, **values: object) -> list[str]:
    return [line.format(**values) for line in label_lines(key, language)]


def _paragraph(lines: Sequence[str], style: Any, *, bold: bool = False) -> Paragraph:
    """Lines one under the other in one paragraph (each line escaped)."""
    body = "<br/>".join(text(line) for line in lines if line)
    return Paragraph(f"<b>{body}</b>" if bold and body else body, style)


def _header_cell(key: str, language: str) -> Paragraph:
    return _paragraph(label_lines(key, language), styles()["cell"], bold=True)


def _heading(lines: Sequence[str], style: Any) -> list[Paragraph]:
    """A title: each language's line a paragraph of its own, kept with what follows."""
    style = styles()[style] if isinstance(style, str) else style
    return [Paragraph(text(line), style) for line in lines]


def _footer(key: str, number: str | None, language: str) -> Any:
    """The document's name (and number) on the left, "page N of M" on the right; in kk+ru the
    Kazakh line above the Russian one."""
    lines = [f"{name} № {number}" if number else name for name in label_lines(key, language)]

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        pages_of = _lines("page_of", language, page=page, pages=pages)
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        for row, (left, right) in enumerate(zip(lines, pages_of, strict=False)):
            y = 13 * mm - row * 3.5 * mm
            canvas.drawString(MARGIN, y, left)
            canvas.drawRightString(width - MARGIN, y, right)
        canvas.restoreState()

    return draw


def _grid(last_row: int, continued: Sequence[int] = ()) -> list[tuple[Any, ...]]:
    """The lines and the header's shading of a list whose rows end at ``last_row`` (the rows
    below it, the total and signatures, have no lines); a row in ``continued`` goes on from the
    one above it, with no line between them."""
    lines: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, last_row), 0.5, colors.black),
        ("INNERGRID", (0, 0), (-1, last_row), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ]
    for row in continued:
        lines.append(("LINEABOVE", (0, row), (-1, row), 0.5, colors.white))
        lines.append(("TOPPADDING", (0, row), (-1, row), 0))
    return lines


def chunks(value: str, limit: int = LONG_CELL) -> list[str]:
    """A long text in pieces of at most ``limit`` characters, cut between paragraphs, then
    sentences, then words: each piece is a row of its own, so that no row is taller than a
    page and rows never have to be cut inside (which breaks a heading spanning a row)."""
    pieces: list[str] = []
    for part in re.split(r"(?<=\n)|(?<=[.!?] )|(?<= )", value):
        if pieces and len(pieces[-1]) + len(part) <= limit:
            pieces[-1] += part
        else:
            pieces += [part[i : i + limit] for i in range(0, len(part), limit)] or [""]
    return [piece.strip() for piece in pieces if piece.strip()] or [""]


def quoted(title: str) -> str:
    """A meeting's title in «», unless it is already in them (never ««…»»)."""
    title = title.strip()
    if title.startswith("«") and title.endswith("»"):
        return title
    return f"«{title}»"


# --- the attendance sheet --------------------------------------------------------------------


def _contact(person: Any, width: float) -> str:
    """A participant's phone and e-mail, each on its own line; an e-mail too long for the
    column goes on at its parts (after @ and dots), not in the middle of a word."""
    lines = [phone(person.phone)] if person.phone else []
    if person.email:
        lines.append(wrap_at_parts(person.email, width - 2 * CELL_PADDING))
    return "\n".join(lines)


def _place_lines(data: ProtocolData, region: Region | None, language: str) -> list[str]:
    meeting = data.meeting
    if meeting.place or meeting.link:
        return [str(meeting.place or meeting.link)]
    if region is not None:
        names = [reference_name(region, lang) for lang in _languages(language)]
        return list(dict.fromkeys(names))
    return ["—"]


def _secretary_block(secretary: str | None, language: str) -> Table:
    """«Хатшы ____________ Г. Үсенова», with the signature's caption under the line."""
    s = styles()
    caption = _paragraph(
        label_lines("signature_caption", language),
        s["small"].clone("caption", alignment=1, fontSize=7.5, leading=9),
    )
    name = signature_name(secretary) if secretary else "____________________"
    return Table(
        [
            [_header_cell("secretary", language), "______________________",
             Paragraph(text(name), s["body"])],
            ["", caption, ""],
        ],
        colWidths=[45 * mm, 60 * mm, 80 * mm],
        hAlign="LEFT",
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                          ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                          ("ALIGN", (1, 0), (1, 0), "CENTER"),
                          ("TOPPADDING", (0, 1), (-1, 1), 0)]),
    )  # fmt: skip


def build_attendance_sheet(
    data: ProtocolData,
    language: str,
    *,
    blank: bool = False,
    contacts: bool = False,
    region: Region | None = None,
) -> list[Any]:
    """The sheet's flowables: who came (or, ``blank``, everyone registered and empty rows for
    walk-ins, printed before the meeting); phones and e-mails only with ``contacts`` (the sheet
    goes round the room, and people sign next to strangers' names) and only of those who
    consented to their processing."""
    s = styles()
    meeting = data.meeting
    people = data.attendees if blank else data.present
    keys = ["number", "full_name", "organization_position", "sheet_contacts", "consent",
            "signature"]  # fmt: skip
    # the signature's column wide enough to sign in; the rest to the names and organisations
    widths = [10 * mm, 55 * mm, 70 * mm, 46 * mm, 32 * mm, 48 * mm]
    if not contacts:
        keys.remove("sheet_contacts")
        widths = [10 * mm, 65 * mm, 85 * mm, 36 * mm, 65 * mm]
    contact_at = keys.index("sheet_contacts") if contacts else None
    rows: list[list[Any]] = [[_header_cell(key, language) for key in keys]]
    # a one-word answer in each language on one line, so that a row stays one line high
    yes, no = (" · ".join(label_lines(key, language)) for key in ("yes", "no"))
    for index, person in enumerate(people, start=1):
        where = ", ".join(x for x in (person.organisation, person.position) if x)
        row: list[Any] = [
            str(index),
            Paragraph(text(person.full_name), s["cell"]),
            Paragraph(text(where), s["cell"]),
            Paragraph(text(yes if person.consent else no), s["cell"]),
            "",
        ]
        if contact_at is not None:
            shown = _contact(person, widths[contact_at]) if person.consent else ""
            row.insert(contact_at, Paragraph(text(shown), s["cell"]))
        rows.append(row)
    heights: list[float | None] = [None] * len(rows)
    extra: list[tuple[Any, ...]] = []
    empty = [""] * (len(keys) - 1)
    if blank:
        # a caption, then rows tall enough to write a name, an organisation and a signature in
        rows.append([_paragraph(label_lines("walk_ins", language), s["cell"], bold=True), *empty])
        heights.append(None)
        extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        rows += [[str(len(people) + i), *empty] for i in range(1, BLANK_ROWS + 1)]
        heights += [11 * mm] * BLANK_ROWS
    last = len(rows) - 1
    if blank:
        total = _lines("sheet_registered", language, count=len(people))
        total += label_lines("sheet_total_blank", language)
    else:
        total = [people_total(len(people), lang) for lang in _languages(language)]
    rows.append([_paragraph(total, s["body"], bold=True), *empty])
    rows.append([_secretary_block(meeting.secretary, language), *empty])
    heights += [None, None]
    end = len(rows) - 1
    extra += [
        ("SPAN", (0, end - 1), (-1, end - 1)),
        ("SPAN", (0, end), (-1, end)),
        ("TOPPADDING", (0, end - 1), (-1, end - 1), 8),
        ("TOPPADDING", (0, end), (-1, end), 10),
        ("LEFTPADDING", (0, end), (-1, end), 0),
        # the total and the signature go to the next page with the list's last rows
        ("NOSPLIT", (0, max(1, last - ROWS_KEPT_WITH_END + 1)), (-1, end)),
    ]
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        style=TableStyle([*_grid(last), *extra]),
    )
    coming = "coming" if blank else "held"
    when = day(meeting.date)
    # the blank sheet is printed before the meeting: when it starts; the filled one: how long
    hours = [meeting.starts_at] if blank else [meeting.starts_at, meeting.ends_at]
    times = "–".join(meeting_time(value) for value in hours if value)
    if times:
        when += f", {times}"
    label_style = s["body"]
    details = Table(
        [
            [_paragraph([f"{line}:" for line in label_lines(f"sheet_date_{coming}", language)],
                        label_style, bold=True), Paragraph(text(when), s["body"])],
            [_paragraph([f"{line}:" for line in label_lines(f"sheet_place_{coming}", language)],
                        label_style, bold=True),
             _paragraph(_place_lines(data, region, language), s["body"])],
        ],
        colWidths=[48 * mm, WIDE - 48 * mm],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
    )  # fmt: skip
    return [
        *_heading(label_lines("organisation", language), "centre"),
        Spacer(1, 2 * mm),
        *_heading(label_lines("sheet_title", language), "title"),
        Paragraph(f"{text(quoted(meeting.title))} № {text(data.number)}", s["subtitle"]),
        details,
        Spacer(1, 3 * mm),
        table,
    ]


def write_attendance_sheet(
    session: Session,
    meeting_id: str,
    language: str,
    path: Path,
    *,
    blank: bool = False,
    contacts: bool = False,
) -> ProtocolData:
    """The attendance sheet as PDF: who came (or, ``blank``, the roster and empty rows), to
    sign; ``contacts`` adds the phones and e-mails of those who consented."""
    language = check_language(language)
    data = load_protocol(
        session, meeting_id, names_in=name_language(language), sort_in=collation(language)
    )
    kato = data.meeting.region_kato
    region = session.get(Region, kato) if kato else None
    story = build_attendance_sheet(data, language, blank=blank, contacts=contacts, region=region)
    name = " · ".join(label_lines("sheet_short", language))
    write_pdf(
        path,
        story,
        title=f"{name} № {data.number}",
        footer=_footer("sheet_short", data.number, language),
        wide=True,
    )
    return data


# --- the registers ---------------------------------------------------------------------------


def _meeting_scope(session: Session, meeting_id: str) -> str:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return ""
    number = meeting_number(session, meeting)
    return f"№ {number}, {day(meeting.date)}: {quoted(meeting.title)}"


def _names(record: Any, language: str, code: str | None = None) -> list[str]:
    """A reference name (a region's, a direction's, a section's) in each of the document's
    languages, once when they are the same, with its code in front; a retired section says so."""
    names = [reference_name(record, lang) for lang in _languages(language)]
    lines = [f"{code}. {name}" if code else name for name in dict.fromkeys(names)]
    if isinstance(record, Section) and not record.active:
        lines.append("(" + " / ".join(label_lines("retired", language)) + ")")
    return lines


def _scope(
    session: Session,
    language: str,
    *,
    meeting_id: str | None,
    region: str | None,
    direction: str | None = None,
    section: str | None = None,
) -> list[str]:
    """The lines under a register's title that say what it covers; an unknown code is one
    sentence that says what to use."""
    lines: list[str] = []
    if meeting_id:
        lines.append(_meeting_scope(session, meeting_id))
    if region:
        found = session.get(Region, region)
        if found is None:
            raise InvalidInput(
                "unknown region code '{code}': use a two-digit KATO code.", code=region
            )
        lines += _names(found, language)
    if direction:
        found_direction = session.get(Direction, direction)
        if found_direction is None:
            raise InvalidInput("unknown direction '{code}': use D1 to D6.", code=direction)
        lines += _names(found_direction, language, direction)
    if section:
        found_section = session.get(Section, section)
        if found_section is None:
            raise InvalidInput(
                "unknown prospectus section '{code}': use a code such as D2.3.", code=section
            )
        lines += _names(found_section, language, section)
    return lines


def _register_story(title_key: str, scope: list[str], language: str, table: Table) -> list[Any]:
    s = styles()
    title = s["title"].clone("register_title", keepWithNext=1)
    centre = s["centre"].clone("register_scope", keepWithNext=1)
    return [
        *_heading(label_lines("organisation", language), centre),
        Spacer(1, 2 * mm),
        *_heading(label_lines(title_key, language), title),
        *_heading(scope, centre),
        Spacer(1, 4 * mm),
        table,
    ]


def write_proposals_register(
    session: Session,
    path: Path,
    *,
    language: str,
    meeting_id: str | None = None,
    region: str | None = None,
    direction: str | None = None,
    section: str | None = None,
) -> int:
    """Write the register to ``path``; returns how many proposals it lists."""
    language = check_language(language)
    scope = _scope(
        session, language, meeting_id=meeting_id, region=region, direction=direction,
        section=section,
    )  # fmt: skip
    query = (
        select(Proposal, Meeting)
        .join(Meeting, col(Meeting.id) == Proposal.meeting_id)
        .where(Proposal.deleted == False, Meeting.deleted == False)  # noqa: E712
    )
    if meeting_id:
        query = query.where(Proposal.meeting_id == meeting_id)
    if region:
        query = query.where(Meeting.region_kato == region)
    if direction:
        query = query.where(Proposal.direction_code == direction)
    if section:
        query = query.where(Proposal.section_code == section)
    rows = session.exec(
        query.order_by(
            col(Proposal.direction_code),
            col(Proposal.section_code),
            col(Meeting.date),
            col(Proposal.number),
        )
    ).all()
    directions = {d.code: d for d in session.exec(select(Direction))}
    sections = {s.code: s for s in session.exec(select(Section))}
    st = styles()
    keys = ["number", "register_meeting", "section", "register_kind", "register_text", "author"]
    table_rows: list[list[Any]] = [[_header_cell(key, language) for key in keys]]
    empty = [""] * (len(keys) - 1)
    headings: list[int] = []
    continued: list[int] = []
    current: str | None = None
    for index, (proposal, meeting) in enumerate(rows, start=1):
        if proposal.direction_code != current or index == 1:
            current = proposal.direction_code
            found = directions.get(current or "")
            heading = _names(found, language, current) if found else [current or "—"]
            headings.append(len(table_rows))
            table_rows.append([_paragraph(heading, st["cell"], bold=True), *empty])
        found_section = sections.get(proposal.section_code or "")
        section_lines = (
            _names(found_section, language, proposal.section_code)
            if found_section
            else [proposal.section_code or ""]
        )
        author = ", ".join(x for x in (proposal.author_name, proposal.organisation) if x)
        first, *rest = chunks(proposal.text)
        table_rows.append(
            [str(index),
             Paragraph(text(f"{meeting_number(session, meeting)}\n{day(meeting.date)}"),
                       st["cell"]),
             _paragraph(section_lines, st["cell"]),
             _paragraph(label_lines(proposal.kind, language), st["cell"]),
             Paragraph(text(first), st["cell"]),
             Paragraph(text(author), st["cell"])]
        )  # fmt: skip
        for piece in rest:
            continued.append(len(table_rows))
            table_rows.append(["", "", "", "", Paragraph(text(piece), st["cell"]), ""])
    spans = [("SPAN", (0, i), (-1, i)) for i in headings]  # a direction spans the whole row
    # and stays with its first proposal (never alone at a page's foot)
    keep = [("NOSPLIT", (0, i), (-1, i + 1)) for i in headings if i + 1 < len(table_rows)]
    table = Table(
        table_rows,
        colWidths=[10 * mm, MEETING_COLUMN, 50 * mm, 24 * mm, WIDE - 128 * mm - MEETING_COLUMN,
                   44 * mm],
        repeatRows=1,
        style=TableStyle([*_grid(len(table_rows) - 1, continued), *spans, *keep]),
    )  # fmt: skip
    write_pdf(
        path,
        _register_story("register_title", scope, language, table),
        title=" · ".join(label_lines("register_title", language)),
        footer=_footer("register_title", None, language),
        wide=True,
    )
    return len(rows)


def write_questions_register(
    session: Session,
    path: Path,
    *,
    language: str,
    meeting_id: str | None = None,
    region: str | None = None,
) -> int:
    """The questions put to speakers and their answers; returns how many it lists."""
    language = check_language(language)
    scope = _scope(session, language, meeting_id=meeting_id, region=region)
    query = (
        select(Question, Meeting)
        .join(Meeting, col(Meeting.id) == Question.meeting_id)
        .where(Question.deleted == False, Meeting.deleted == False)  # noqa: E712
    )
    if meeting_id:
        query = query.where(Question.meeting_id == meeting_id)
    if region:
        query = query.where(Meeting.region_kato == region)
    # ids grow with time: questions keep the order they were put in, whatever is edited later
    rows = session.exec(query.order_by(col(Meeting.date), col(Question.id))).all()
    st = styles()
    keys = ["number", "register_meeting", "question", "asked_by", "answer"]
    table_rows: list[list[Any]] = [[_header_cell(key, language) for key in keys]]
    for index, (question, meeting) in enumerate(rows, start=1):
        who = " — ".join(x for x in (question.asker_name, question.addressee) if x)
        answer = [question.answer] if question.answer else label_lines("no_answer", language)
        table_rows.append(
            [str(index),
             Paragraph(text(f"{meeting_number(session, meeting)}\n{day(meeting.date)}"),
                       st["cell"]),
             Paragraph(text(question.text), st["cell"]),
             Paragraph(text(who), st["cell"]),
             _paragraph(answer, st["cell"])]
        )  # fmt: skip
    table = Table(
        table_rows,
        colWidths=[10 * mm, MEETING_COLUMN, 97 * mm, 45 * mm, WIDE - 152 * mm - MEETING_COLUMN],
        repeatRows=1,
        splitInRow=1,
        style=TableStyle(_grid(len(table_rows) - 1)),
    )
    write_pdf(
        path,
        _register_story("questions", scope, language, table),
        title=" · ".join(label_lines("questions", language)),
        footer=_footer("questions", None, language),
        wide=True,
    )
    return len(rows)
