"""The protocol of a meeting and its attendance sheet, as PDF, in kk, ru, en or kk+ru.

How to add a document: load what it shows in ``data.py``, lay it out with the styles of
``layout.py`` (the footer gives it "page N of M"), and add a command in ``cli.py``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from khdesk.documents.amendments import amendment_text
from khdesk.documents.data import ProtocolData, load_protocol, meeting_time
from khdesk.documents.fonts import REGULAR
from khdesk.documents.labels import check_language, collation, label, name_language
from khdesk.documents.layout import TABLE_STYLE, day, styles, text, write_pdf
from khdesk.documents.settings import DocumentSettings, load_settings

#: Empty rows a blank attendance sheet leaves for walk-ins.
BLANK_ROWS = 15

_KIND_TITLE = {"round-table": "round_table", "online": "online_session", "plenary": "plenary"}


def _footer(title: str, fingerprint: str | None, language: str):  # type: ignore[no-untyped-def]
    """The document and its number on the left, "page N of M" on the right, and below them,
    centred, the fingerprint: on two lines, so that nothing crowds even on page 999."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(18 * mm, 13 * mm, title)
        canvas.drawRightString(
            width - 18 * mm, 13 * mm, label("page_of", language).format(page=page, pages=pages)
        )
        if fingerprint:
            canvas.drawCentredString(
                width / 2, 9 * mm, f"{label('fingerprint', language)}: {fingerprint}"
            )
        canvas.restoreState()

    return draw


def _heading(kind: str, language: str) -> tuple[str, str]:
    """The protocol's title and the line under it, as each language writes them: Kazakh puts
    the meeting first («дөңгелек үстел отырысының ХАТТАМАСЫ»), Russian and English after."""
    kind_key = _KIND_TITLE.get(kind, "round_table")
    kk = f"{label(kind_key, 'kk').capitalize()} ХАТТАМАСЫ"
    ru_title, ru_kind = label("protocol", "ru"), label(kind_key, "ru")
    if language == "kk":
        return kk, ""
    if language == "kk+ru":
        return f"{kk} / {ru_title}", ru_kind
    return label("protocol", language), label(kind_key, language)


def build_protocol(
    data: ProtocolData, language: str, settings: DocumentSettings | None = None
) -> list:  # type: ignore[type-arg]
    """The protocol's flowables."""
    settings = settings or DocumentSettings()
    s = styles()
    meeting = data.meeting

    def lab(key: str) -> str:
        return label(key, language)

    title, subtitle = _heading(meeting.kind, language)
    story: list = []  # type: ignore[type-arg]
    if settings.logo is not None:
        logo = Image(str(settings.logo))
        scale = min(1.0, (18 * mm) / logo.imageHeight, (60 * mm) / logo.imageWidth)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        story.append(logo)
    story += [
        Paragraph(text(lab("organisation")), s["centre"]),
        Spacer(1, 4 * mm),
        Paragraph(text(title), s["title"]),
        Paragraph(text(f"{subtitle} № {data.number}".strip()), s["subtitle"]),
        Paragraph(f"«{text(meeting.title)}»", s["centre"]),
        Spacer(1, 3 * mm),
    ]
    when = f"{day(meeting.date)} {meeting_time(meeting.starts_at)}".strip()
    where = meeting.place or meeting.link or (data.region_name or "")
    story.append(
        Table(
            [[Paragraph(f"{text(lab('date'))}: {text(when)}", s["body"]),
              Paragraph(f"{text(lab('place'))}: {text(where)}", s["body"])]],
            colWidths=["40%", "60%"],
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
        )
    )  # fmt: skip
    story += [
        Paragraph(f"<b>{text(lab('chair'))}:</b> {text(meeting.chair or '—')}", s["body"]),
        Paragraph(f"<b>{text(lab('secretary'))}:</b> {text(meeting.secretary or '—')}", s["body"]),
    ]
    present = data.present
    sectors = "; ".join(f"{text(name)} — {count}" for name, count in data.counts_by_sector())
    story.append(
        Paragraph(
            f"<b>{text(lab('present'))}:</b> {text(lab('total'))} {len(present)}"
            + (f", {text(lab('by_sector'))}: {sectors}" if sectors else ""),
            s["body"],
        )
    )
    if len(present) > settings.list_attached_above:
        story.append(Paragraph(f"({text(lab('list_attached'))})", s["body"]))
    else:
        for index, person in enumerate(present, start=1):
            detail = ", ".join(x for x in (person.organisation, person.position) if x)
            story.append(
                Paragraph(
                    f"{index}. {text(person.full_name)}" + (f" — {text(detail)}" if detail else ""),
                    s["small"],
                )
            )
    story.append(Paragraph(text(lab("agenda")), s["heading"]))
    if not data.items:
        story.append(Paragraph("—", s["body"]))
    for item in data.items:
        rapporteur = (
            f" ({text(lab('rapporteur'))}: {text(item.rapporteur)})" if item.rapporteur else ""
        )
        story.append(Paragraph(f"{item.position}. {text(item.title)}{rapporteur}", s["body"]))
    for item in data.items:
        story.append(Paragraph(f"{item.position}. {text(item.title)}", s["heading"]))
        heard = ": ".join(x for x in (text(item.rapporteur or ""), text(item.heard or "")) if x)
        story.append(Paragraph(f"<b>{text(lab('heard'))}:</b> {heard or '—'}", s["body"]))
        if item.speeches:
            story.append(Paragraph(f"<b>{text(lab('spoke'))}:</b>", s["body"]))
            for speaker, said in item.speeches:
                story.append(
                    Paragraph(f"— {text(speaker)}" + (f": {text(said)}" if said else ""), s["body"])
                )
        for decision in item.decisions:
            story.append(
                Paragraph(f"<b>{text(lab('decided'))}:</b> {text(decision.text)}", s["body"])
            )
            if decision.votes_for is not None:
                story.append(
                    Paragraph(
                        f"{text(lab('voted'))}: {text(lab('vote_for'))} — {decision.votes_for}, "
                        f"{text(lab('vote_against'))} — {decision.votes_against or 0}, "
                        f"{text(lab('vote_abstain'))} — {decision.votes_abstained or 0}.",
                        s["body"],
                    )
                )
    if data.proposals:
        story.append(Paragraph(text(lab("proposals")), s["heading"]))
        number = 0
        for direction, proposals in data.proposals:
            story.append(Paragraph(f"<b>{text(direction)}</b>", s["body"]))
            for proposal in proposals:
                number += 1
                author = ", ".join(x for x in (proposal.author_name, proposal.organisation) if x)
                section = (
                    f" [{text(proposal.section_code)} "
                    f"{text(data.section_names.get(proposal.section_code, ''))}]"
                    if proposal.section_code
                    else ""
                )
                story.append(
                    Paragraph(
                        f"{number}. {text(lab(proposal.kind))}: {text(proposal.text)}"
                        + (f" — {text(author)}" if author else "")
                        + section,
                        s["body"],
                    )
                )
    if data.questions:
        story.append(Paragraph(text(lab("questions")), s["heading"]))
        for index, question in enumerate(data.questions, start=1):
            who = ", ".join(
                x
                for x in (
                    f"{lab('asked_by')}: {question.asker_name}" if question.asker_name else "",
                    f"{lab('to')}: {question.addressee}" if question.addressee else "",
                )
                if x
            )
            story.append(
                Paragraph(
                    f"{index}. <b>{text(lab('question'))}:</b> {text(question.text)}"
                    + (f" ({text(who)})" if who else ""),
                    s["body"],
                )
            )
            story.append(
                Paragraph(
                    f"<b>{text(lab('answer'))}:</b> {text(question.answer or lab('no_answer'))}",
                    s["body"],
                )
            )
    if data.amendments:
        heading = [Paragraph(text(lab("amendments")), s["heading"])]
        for number, entry in enumerate(data.amendments, start=1):
            words = amendment_text(entry, number, language, data)
            lines = [
                Paragraph(f"<b>{text(words.heading)}</b>", s["body"]),
                Paragraph(text(words.reason), s["body"]),
            ]
            lines += [Paragraph(f"— {text(line)}", s["indented"]) for line in words.lines]
            # neither the section's title nor an entry's heading is left alone at the foot of
            # a page: each goes with the entry's first change
            story.append(KeepTogether(heading + lines[:3]))
            story += lines[3:]
            heading = []
    signatures = Table(
        [
            [Paragraph(f"<b>{text(lab('chair'))}</b>", s["body"]), "________________",
             Paragraph(text(meeting.chair or ""), s["body"])],
            [Paragraph(f"<b>{text(lab('secretary'))}</b>", s["body"]), "________________",
             Paragraph(text(meeting.secretary or ""), s["body"])],
        ],
        colWidths=["30%", "30%", "40%"],
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("TOPPADDING", (0, 0), (-1, -1), 10)]),
    )  # fmt: skip
    story += [Spacer(1, 10 * mm), KeepTogether([signatures])]
    return story


def write_protocol(session: Session, meeting_id: str, language: str, path: Path) -> ProtocolData:
    """Write the meeting's protocol to ``path`` as PDF; returns what it shows."""
    language = check_language(language)
    data = load_protocol(
        session, meeting_id, names_in=name_language(language), sort_in=collation(language)
    )
    write_pdf(
        path,
        build_protocol(data, language, load_settings(session)),
        title=f"{label('protocol', language)} № {data.number}",
        footer=_footer(
            f"{label('protocol', language)} № {data.number}", data.fingerprint(), language
        ),
    )
    return data


def write_attendance_sheet(
    session: Session, meeting_id: str, language: str, path: Path, *, blank: bool = False
) -> ProtocolData:
    """The attendance sheet: who came (or, ``blank``, the roster and empty rows), to sign."""
    language = check_language(language)
    data = load_protocol(
        session, meeting_id, names_in=name_language(language), sort_in=collation(language)
    )
    s = styles()

    def lab(key: str) -> str:
        return label(key, language)

    meeting = data.meeting
    people = data.attendees if blank else data.present
    header = [lab("number"), lab("full_name"), lab("organization_position"), lab("contacts"),
              lab("consent"), lab("signature")]  # fmt: skip
    rows: list[list[object]] = [[Paragraph(f"<b>{text(h)}</b>", s["cell"]) for h in header]]
    for index, person in enumerate(people, start=1):
        # phone and e-mail on lines of their own: an address broken in two cannot be searched
        contact = "\n".join(x for x in (person.phone, person.email) if x) if person.consent else ""
        where = ", ".join(x for x in (person.organisation, person.position) if x)
        rows.append(
            [str(index), Paragraph(text(person.full_name), s["cell"]),
             Paragraph(text(where), s["cell"]), Paragraph(text(contact), s["cell"]),
             lab("yes") if person.consent else lab("no"), ""]
        )  # fmt: skip
    heights: list[float | None] = [None] * len(rows)
    extra = []
    if blank:
        # a caption, then rows tall enough to write a name, an organisation and a signature in
        rows.append([Paragraph(f"<b>{text(lab('walk_ins'))}</b>", s["cell"]), "", "", "", "", ""])
        heights.append(None)
        extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        rows += [[str(len(people) + i), "", "", "", "", ""] for i in range(1, BLANK_ROWS + 1)]
        heights += [11 * mm] * BLANK_ROWS
    table = Table(
        rows,
        colWidths=[12 * mm, 62 * mm, 75 * mm, 50 * mm, 32 * mm, 30 * mm],
        rowHeights=heights,
        repeatRows=1,
        style=TableStyle([*TABLE_STYLE, *extra]),
    )
    when = f"{day(meeting.date)} {meeting_time(meeting.starts_at)}".strip()
    story = [
        Paragraph(text(lab("organisation")), s["centre"]),
        Paragraph(text(lab("attendance_sheet")), s["title"]),
        Paragraph(f"«{text(meeting.title)}» — № {text(data.number)}", s["centre"]),
        Paragraph(
            f"{text(lab('date'))}: {text(when)}. {text(lab('place'))}: "
            f"{text(meeting.place or meeting.link or data.region_name or '—')}",
            s["centre"],
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    write_pdf(
        path,
        story,
        title=f"{label('attendance_sheet', language)} № {data.number}",
        footer=_footer(f"{label('attendance_sheet', language)} № {data.number}", None, language),
        wide=True,
    )
    return data
