"""The protocol as a Word document, for secretaries who adjust the wording before printing.

It holds the same content as the PDF (``data.ProtocolData``), in the same order, as plain
paragraphs and one table of signatures, so that it stays easy to edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from sqlmodel import Session

from khdesk.documents.amendments import amendment_text
from khdesk.documents.data import ProtocolData, load_protocol, meeting_time
from khdesk.documents.labels import check_language, collation, label, name_language
from khdesk.documents.layout import day
from khdesk.documents.protocol import _heading
from khdesk.documents.settings import DocumentSettings, load_settings
from khdesk.storage.files import replacing

FONT = "PT Sans"


def _page_field(paragraph: Any, name: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

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


def _document(data: ProtocolData, language: str, settings: DocumentSettings) -> Any:
    def lab(key: str) -> str:
        return label(key, language)

    meeting = data.meeting
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, as in Kazakhstan
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    footer = section.footer.paragraphs[0]
    footer.text = (
        f"{lab('protocol')} № {data.number} · {lab('fingerprint')}: {data.fingerprint()} · "
    )
    _page_field(footer, "PAGE")
    footer.add_run(" / ")
    _page_field(footer, "NUMPAGES")
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(11)

    def centred(text: str, *, bold: bool = False, size: int = 11) -> None:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)

    def line(title: str, value: str) -> None:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{title}: ").bold = True
        paragraph.add_run(value)

    if settings.logo is not None:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(settings.logo)).getSize()
        scale = min(18 / height, 60 / width)  # millimetres per pixel, at most 18 high, 60 wide
        doc.add_picture(str(settings.logo), width=Mm(width * scale), height=Mm(height * scale))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred(lab("organisation"))
    title, subtitle = _heading(meeting.kind, language)
    centred(title, bold=True, size=14)
    centred(f"{subtitle} № {data.number}".strip())
    centred(f"«{meeting.title}»")
    line(lab("date"), f"{day(meeting.date)} {meeting_time(meeting.starts_at)}".strip())
    line(lab("place"), meeting.place or meeting.link or (data.region_name or ""))
    line(lab("chair"), meeting.chair or "—")
    line(lab("secretary"), meeting.secretary or "—")
    sectors = "; ".join(f"{name} — {count}" for name, count in data.counts_by_sector())
    line(lab("present"), f"{lab('total')} {len(data.present)}, {lab('by_sector')}: {sectors}")
    if len(data.present) > settings.list_attached_above:
        doc.add_paragraph(f"({lab('list_attached')})")
    else:
        for index, person in enumerate(data.present, start=1):
            detail = ", ".join(x for x in (person.organisation, person.position) if x)
            doc.add_paragraph(f"{index}. {person.full_name}" + (f" — {detail}" if detail else ""))
    doc.add_heading(lab("agenda"), level=2)
    for item in data.items:
        doc.add_paragraph(f"{item.position}. {item.title}")
    for item in data.items:
        doc.add_heading(f"{item.position}. {item.title}", level=3)
        line(lab("heard"), ": ".join(x for x in (item.rapporteur, item.heard) if x) or "—")
        for speaker, said in item.speeches:
            line(lab("spoke"), f"{speaker}" + (f": {said}" if said else ""))
        for decision in item.decisions:
            line(lab("decided"), decision.text)
            if decision.votes_for is not None:
                doc.add_paragraph(
                    f"{lab('voted')}: {lab('vote_for')} — {decision.votes_for}, "
                    f"{lab('vote_against')} — {decision.votes_against or 0}, "
                    f"{lab('vote_abstain')} — {decision.votes_abstained or 0}."
                )
    if data.proposals:
        doc.add_heading(lab("proposals"), level=2)
        number = 0
        for direction, proposals in data.proposals:
            doc.add_paragraph().add_run(direction).bold = True
            for proposal in proposals:
                number += 1
                author = ", ".join(x for x in (proposal.author_name, proposal.organisation) if x)
                doc.add_paragraph(
                    f"{number}. {lab(proposal.kind)}: {proposal.text}"
                    + (f" — {author}" if author else "")
                )
    if data.questions:
        doc.add_heading(lab("questions"), level=2)
        for index, question in enumerate(data.questions, start=1):
            doc.add_paragraph(f"{index}. {lab('question')}: {question.text}")
            doc.add_paragraph(f"{lab('answer')}: {question.answer or lab('no_answer')}")
    if data.amendments:
        doc.add_heading(lab("amendments"), level=2)
        for number, entry in enumerate(data.amendments, start=1):
            words = amendment_text(entry, number, language, data)
            heading = doc.add_paragraph()
            heading.add_run(words.heading).bold = True
            heading.paragraph_format.keep_with_next = True
            doc.add_paragraph(words.reason).paragraph_format.keep_with_next = True
            for change in words.lines:
                doc.add_paragraph(f"— {change}").paragraph_format.left_indent = Mm(5)
    table = doc.add_table(rows=2, cols=3)
    for row, (key, name) in enumerate((("chair", meeting.chair), ("secretary", meeting.secretary))):
        cells = table.rows[row].cells
        cells[0].text = lab(key)
        cells[1].text = "________________"
        cells[2].text = name or ""
    doc.add_paragraph(f"{lab('fingerprint')}: {data.fingerprint()}")
    return doc


def write_protocol_docx(
    session: Session, meeting_id: str, language: str, path: Path
) -> ProtocolData:
    """Write the meeting's protocol to ``path`` as .docx; returns what it shows."""
    language = check_language(language)
    data = load_protocol(
        session, meeting_id, names_in=name_language(language), sort_in=collation(language)
    )
    document = _document(data, language, load_settings(session))
    with replacing(path) as handle:
        document.save(handle)
    return data
