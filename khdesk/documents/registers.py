"""The register of proposals and comments: of one meeting, one region or one direction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session, col, select

from khdesk.documents.data import reference_name
from khdesk.documents.fonts import REGULAR
from khdesk.documents.labels import check_language, label, name_language
from khdesk.documents.layout import TABLE_STYLE, day, styles, text, write_pdf
from khdesk.domain.errors import InvalidInput
from khdesk.storage.models import Direction, Meeting, Proposal, Region, Section
from khdesk.storage.numbers import meeting_number

REGISTER_TITLE = {
    "kk": "Ұсыныстар мен ескертулер тізілімі",
    "ru": "Реестр предложений и замечаний",
    "en": "Register of proposals and comments",
}
MEETING_LABEL = {"kk": "Отырыс", "ru": "Заседание", "en": "Meeting"}
#: A cell with more characters than this may be taller than a page: it must be free to split.
LONG_CELL = 2000


def _meeting_label(language: str) -> str:
    if language == "kk+ru":
        return f"{MEETING_LABEL['kk']} / {MEETING_LABEL['ru']}"
    return MEETING_LABEL[language]


def _build(path: Path, story: list[Any], title: str, language: str) -> None:
    """Lay a register out in landscape with "page N of M" footers, and write it to ``path``."""

    def footer(canvas: Any, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(18 * mm, 12 * mm, title)
        canvas.drawCentredString(
            width / 2, 12 * mm, label("page_of", language).format(page=page, pages=pages)
        )
        canvas.restoreState()

    write_pdf(path, story, title=title, footer=footer, wide=True)


def _meeting_scope(session: Session, meeting_id: str) -> str:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return ""
    number = meeting_number(session, meeting)
    return f"№ {number}, {day(meeting.date)}: «{meeting.title}»"


def _title(language: str) -> str:
    if language == "kk+ru":
        return f"{REGISTER_TITLE['kk']} / {REGISTER_TITLE['ru']}"
    return REGISTER_TITLE[language]


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
    names = name_language(language)
    query = (
        select(Proposal, Meeting)
        .join(Meeting, col(Meeting.id) == Proposal.meeting_id)
        .where(Proposal.deleted == False, Meeting.deleted == False)  # noqa: E712
    )
    scope = []
    if meeting_id:
        query = query.where(Proposal.meeting_id == meeting_id)
        scope.append(_meeting_scope(session, meeting_id))
    if region:
        found = session.get(Region, region)
        if found is None:
            raise InvalidInput(
                "unknown region code '{code}': use a two-digit KATO code.", code=region
            )
        query = query.where(Meeting.region_kato == region)
        scope.append(reference_name(found, names))
    if direction:
        found_direction = session.get(Direction, direction)
        if found_direction is None:
            raise InvalidInput("unknown direction '{code}': use D1 to D6.", code=direction)
        query = query.where(Proposal.direction_code == direction)
        scope.append(f"{direction}. {reference_name(found_direction, names)}")
    if section:
        found_section = session.get(Section, section)
        if found_section is None:
            raise InvalidInput(
                "unknown prospectus section '{code}': use a code such as D2.3.", code=section
            )
        query = query.where(Proposal.section_code == section)
        scope.append(f"{section}. {reference_name(found_section, names)}")
    rows = session.exec(
        query.order_by(
            col(Proposal.direction_code),
            col(Proposal.section_code),
            col(Meeting.date),
            col(Proposal.number),
        )
    ).all()
    directions = {d.code: reference_name(d, names) for d in session.exec(select(Direction))}
    sections = {s.code: reference_name(s, names) for s in session.exec(select(Section))}
    st = styles()
    header = [label("number", language), _meeting_label(language),
              label("section", language), label("proposals", language),
              label("author", language)]  # fmt: skip
    table_rows: list[list[object]] = [[Paragraph(f"<b>{text(h)}</b>", st["cell"]) for h in header]]
    current = None
    for index, (proposal, meeting) in enumerate(rows, start=1):
        if proposal.direction_code != current:
            current = proposal.direction_code
            heading = f"{current}. {directions.get(current, '')}"
            table_rows.append([Paragraph(f"<b>{text(heading)}</b>", st["cell"]), "", "", "", ""])
        number = meeting_number(session, meeting)
        section = (
            f"{proposal.section_code} {sections.get(proposal.section_code, '')}"
            if proposal.section_code
            else ""
        )
        author = ", ".join(x for x in (proposal.author_name, proposal.organisation) if x)
        what = f"{text(label(proposal.kind, language))}: {text(proposal.text)}"
        table_rows.append(
            [str(index),
             Paragraph(text(f"{number}\n{day(meeting.date)}"), st["cell"]),
             Paragraph(text(section), st["cell"]),
             Paragraph(what, st["cell"]),
             Paragraph(text(author), st["cell"])]
        )  # fmt: skip
    headings = [i for i, row in enumerate(table_rows) if i and row[1] == ""]
    spans = [("SPAN", (0, i), (-1, i)) for i in headings]  # a direction spans the whole row
    # and stays with its first proposal, unless that one is longer than a page must split
    keep = [
        ("NOSPLIT", (0, i), (-1, i + 1))
        for i in headings
        if i + 1 < len(table_rows) and len(getattr(table_rows[i + 1][3], "text", "")) < LONG_CELL
    ]
    table = Table(
        table_rows,
        colWidths=[12 * mm, 30 * mm, 55 * mm, 120 * mm, 44 * mm],
        repeatRows=1,
        splitInRow=1,  # a proposal longer than a page continues on the next one
        style=TableStyle([*TABLE_STYLE, *spans, *keep]),
    )
    story = [
        Paragraph(text(label("organisation", language)), st["centre"]),
        Paragraph(text(_title(language)), st["title"]),
        Paragraph(text(" · ".join(scope)), st["centre"]),
        Spacer(1, 4 * mm),
        table,
    ]

    _build(path, story, _title(language), language)
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
    from khdesk.storage.models import Question

    language = check_language(language)
    names = name_language(language)
    query = (
        select(Question, Meeting)
        .join(Meeting, col(Meeting.id) == Question.meeting_id)
        .where(Question.deleted == False, Meeting.deleted == False)  # noqa: E712
    )
    scope = []
    if meeting_id:
        query = query.where(Question.meeting_id == meeting_id)
        scope.append(_meeting_scope(session, meeting_id))
    if region:
        found = session.get(Region, region)
        if found is None:
            raise InvalidInput(
                "unknown region code '{code}': use a two-digit KATO code.", code=region
            )
        query = query.where(Meeting.region_kato == region)
        scope.append(reference_name(found, names))
    # ids grow with time: questions keep the order they were put in, whatever is edited later
    rows = session.exec(query.order_by(col(Meeting.date), col(Question.id))).all()
    st = styles()
    header = [label("number", language), _meeting_label(language), label("question", language),
              label("asked_by", language), label("answer", language)]  # fmt: skip
    table_rows: list[list[object]] = [[Paragraph(f"<b>{text(h)}</b>", st["cell"]) for h in header]]
    for index, (question, meeting) in enumerate(rows, start=1):
        number = meeting_number(session, meeting)
        who = " — ".join(x for x in (question.asker_name, question.addressee) if x)
        table_rows.append(
            [str(index),
             Paragraph(text(f"{number}\n{day(meeting.date)}"), st["cell"]),
             Paragraph(text(question.text), st["cell"]),
             Paragraph(text(who), st["cell"]),
             Paragraph(text(question.answer or label("no_answer", language)), st["cell"])]
        )  # fmt: skip
    title = label("questions", language)
    story = [
        Paragraph(text(label("organisation", language)), st["centre"]),
        Paragraph(text(title), st["title"]),
        Paragraph(text(" · ".join(scope)), st["centre"]),
        Spacer(1, 4 * mm),
        Table(
            table_rows,
            colWidths=[12 * mm, 30 * mm, 95 * mm, 45 * mm, 79 * mm],
            repeatRows=1,
            splitInRow=1,
            style=TableStyle(TABLE_STYLE),
        ),
    ]
    _build(path, story, title, language)
    return len(rows)
