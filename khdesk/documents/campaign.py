"""The documents of a campaign's text (a Declaration, an Appeal) as PDF and Word: the draft with
its lines numbered, for a round table to discuss; the amendments list, paragraph by paragraph,
with the regions and outcomes; and the adopted text with the plenary's vote and fingerprint.

Each is an outline (``Block`` after block) in kk or ru; a kk+ru document is the Kazakh outline
followed, from a new page, by the Russian one, so that each language keeps its own line
numbers. The PDF and the Word writer lay out the same outline and nothing else. What the
outlines show comes from ``khdesk.services.document_amendments``, which calls ``write``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

from khdesk.documents.fonts import REGULAR
from khdesk.documents.layout import MARGIN, day, styles, text, write_pdf
from khdesk.domain.errors import InvalidInput

LANGUAGES = ("kk", "ru", "kk+ru")
KINDS = ("draft", "amendments", "adopted")

WORDS: dict[str, dict[str, str]] = {
    "organisation": {"kk": "«Қазақстан халқына» қоғамдық қоры",
                     "ru": "Общественный фонд «Қазақстан халқына»"},
    "declaration": {"kk": "Декларация", "ru": "Декларация"},
    "appeal": {"kk": "Үндеу", "ru": "Обращение"},
    "resolution": {"kk": "Қарар", "ru": "Резолюция"},
    "other": {"kk": "Құжат", "ru": "Документ"},
    "draft": {"kk": "Талқылауға арналған жоба", "ru": "Проект для обсуждения"},
    "unpublished": {"kk": "жарияланбаған жоба", "ru": "неопубликованный проект"},
    "version": {"kk": "{number}-нұсқа", "ru": "версия {number}"},
    "fingerprint": {"kk": "Бақылау коды (SHA-256)", "ru": "Контрольный код (SHA-256)"},
    "line_note": {
        "kk": "Жолдар мәтін бойы нөмірленген; түзету абзац пен жолдарды атайды.",
        "ru": "Строки пронумерованы по всему тексту; поправка называет абзац и строки.",
    },
    "amendments_title": {"kk": "Түзетулер тізімі", "ru": "Список поправок"},
    "amendments_note": {
        "kk": "Өңірлердің дөңгелек үстелдерінде енгізілген түзетулер, абзац бойынша, "
              "орталық аппараттың шешімімен.",
        "ru": "Поправки круглых столов регионов по абзацам, с решением центрального "
              "аппарата.",
    },
    "paragraph": {"kk": "{number}-абзац", "ru": "Абзац {number}"},
    "removed_paragraph": {"kk": "Абзац ({number}-нұсқада алынып тасталды)",
                          "ru": "Абзац (исключён в версии {number})"},
    "at_start": {"kk": "Құжаттың басы", "ru": "Начало документа"},
    "no_amendments": {"kk": "Түзетулер жоқ.", "ru": "Поправок нет."},
    "added_after": {"kk": "Осы абзацтан кейін жаңа абзац", "ru": "Новый абзац после этого"},
    "replace": {"kk": "жаңа редакцияда", "ru": "изложить в редакции"},
    "delete": {"kk": "алып тастау", "ru": "исключить"},
    "add": {"kk": "жаңа абзац қосу", "ru": "добавить абзац"},
    "lines": {"kk": "{first}–{last}-жолдар", "ru": "строки {first}–{last}"},
    "line": {"kk": "{first}-жол", "ru": "строка {first}"},
    "read_in": {"kk": "{version}, {tongue} мәтіні", "ru": "{version}, текст на {tongue}"},
    "lang_kk": {"kk": "қазақ тіліндегі", "ru": "казахском"},
    "lang_ru": {"kk": "орыс тіліндегі", "ru": "русском"},
    "proposed_by": {"kk": "Ұсынған", "ru": "Предложил(а)"},
    "vote": {"kk": "Дауыс беру: «жақтап» — {for}, «қарсы» — {against}, «қалыс қалды» — "
                   "{abstained}",
             "ru": "Голосовали: «за» — {for}, «против» — {against}, «воздержались» — "
                   "{abstained}"},
    "outcome": {"kk": "Шешім", "ru": "Решение"},
    "open": {"kk": "қаралмады", "ru": "не рассмотрена"},
    "accepted": {"kk": "қабылданды", "ru": "принята"},
    "merged": {"kk": "№ {number} түзетумен біріктірілді",
               "ru": "объединена с поправкой № {number}"},
    "declined": {"kk": "қабылданбады", "ru": "отклонена"},
    "clarification": {"kk": "нақтылау қажет", "ru": "требует уточнения"},
    "adopted_title": {"kk": "Қабылданған мәтін", "ru": "Принятый текст"},
    "adopted_at": {"kk": "Пленарлық отырыста {day} қабылданды ({version})",
                   "ru": "Принят на пленарном заседании {day} ({version})"},
    "adopted_at_meeting": {"kk": "{day} қабылданды ({version}); отырыс: {meeting}",
                           "ru": "Принят {day} ({version}); заседание: {meeting}"},
    "adopted_vote": {"kk": "Дауыс беру: «жақтап» — {for}, «қарсы» — {against}, «қалыс қалды» — "
                           "{abstained}; қатысқандар — {present}.",
                     "ru": "Голосовали: «за» — {for}, «против» — {against}, «воздержались» — "
                           "{abstained}; присутствовали — {present}."},
    "not_adopted": {"kk": "Құжат әлі қабылданған жоқ: бұл соңғы жарияланған нұсқа.",
                    "ru": "Документ ещё не принят: это последняя опубликованная версия."},
    "page": {"kk": "{page}-бет, барлығы {pages}", "ru": "Стр. {page} из {pages}"},
}  # fmt: skip


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(
            "a campaign's document is printed in kk, ru or kk+ru: choose one of them."
        )
    return language


def word(key: str, language: str, **values: Any) -> str:
    return WORDS[key][language].format_map(values)


class Reviewed(Protocol):
    """An amendment as the list prints it (``services.document_amendments.AmendmentView``)."""

    number: int
    region: str | None
    meeting: str
    version_number: int
    action: str
    language: str
    line_from: int | None
    line_to: int | None
    text_kk: str | None
    text_ru: str | None
    proposer: str | None
    votes: tuple[int | None, int | None, int | None]
    outcome: str
    reason: str | None
    merged_into: int | None


class Grouped(Protocol):
    """A paragraph with its amendments (``services.document_amendments.ParagraphGroup``)."""

    paragraph_id: str | None
    number: int | None
    text_kk: str
    text_ru: str
    removed_in: int | None
    amendments: list[Any]
    added: list[Any]


@dataclass(frozen=True)
class Adopted:
    """The plenary's vote."""

    day: dt.date
    votes_for: int
    votes_against: int
    votes_abstained: int
    present: int
    #: the meeting the vote was taken at, as the amendments list names one (№ number «title»)
    meeting: str | None = None


@dataclass(frozen=True)
class VersionText:
    """A version (or the unpublished draft: ``number`` None) as printed."""

    kind: str
    title_kk: str
    title_ru: str
    number: int | None
    fingerprint: str | None
    #: (kk, ru) of each paragraph, in order
    paragraphs: Sequence[tuple[str, str]]
    adopted: Adopted | None = None

    def title(self, language: str) -> str:
        return self.title_kk if language == "kk" else self.title_ru


@dataclass(frozen=True)
class Block:
    """One paragraph of the document: its role (how it is set), its words, and for a numbered
    line its number in the margin."""

    role: str  # organisation, kind, title, subtitle, heading, line, paragraph, item, note, code
    words: str
    number: str = ""


@dataclass
class CampaignOutline:
    title: str
    #: the outline of each language, printed one after the other
    parts: list[list[Block]]
    footer: str


def _head(version: VersionText, language: str, under: str) -> list[Block]:
    return [
        Block("organisation", word("organisation", language)),
        Block("kind", word(version.kind, language).upper()),
        Block("title", version.title(language)),
        Block("subtitle", under),
    ]


def _version_name(number: int | None, language: str) -> str:
    if number is None:
        return word("unpublished", language)
    return word("version", language, number=number)


def draft_outline(
    version: VersionText,
    language: str,
    lines: Callable[[str], list[tuple[int, int, str]]],
) -> CampaignOutline:
    """The version with its lines numbered as ``lines(language)`` numbers them (the numbering a
    meeting quotes: the same as the window and ``khdesk documents show``)."""

    def part(lang: str) -> list[Block]:
        under = f"{word('draft', lang)} · {_version_name(version.number, lang)}"
        blocks = _head(version, lang, under)
        blocks.append(Block("note", word("line_note", lang)))
        previous = 0
        for line, paragraph, words in lines(lang):
            if paragraph != previous:
                blocks.append(Block("mark", f"¶ {paragraph}"))
                previous = paragraph
            blocks.append(Block("line", words, str(line)))
        if version.fingerprint:
            blocks.append(Block("code", f"{word('fingerprint', lang)}: {version.fingerprint}"))
        return blocks

    return _outline(version, language, part, "draft")


def adopted_outline(version: VersionText, language: str) -> CampaignOutline:
    """The adopted text (or, before the vote, the newest version, saying it is not adopted),
    its paragraphs numbered, with the vote and the fingerprint."""

    def part(lang: str) -> list[Block]:
        adopted = version.adopted
        if adopted is not None:
            under = word(
                "adopted_at_meeting" if adopted.meeting else "adopted_at", lang,
                day=day(adopted.day), version=_version_name(version.number, lang),
                meeting=adopted.meeting,
            )  # fmt: skip
        else:
            under = word("not_adopted", lang)
        blocks = _head(version, lang, under)
        for number, (kk, ru) in enumerate(version.paragraphs, start=1):
            blocks.append(Block("paragraph", kk if lang == "kk" else ru, f"{number}."))
        if adopted is not None:
            blocks.append(
                Block(
                    "note",
                    word(
                        "adopted_vote", lang, present=adopted.present,
                        abstained=adopted.votes_abstained, against=adopted.votes_against,
                        **{"for": adopted.votes_for},
                    ),
                )
            )  # fmt: skip
        if version.fingerprint:
            blocks.append(Block("code", f"{word('fingerprint', lang)}: {version.fingerprint}"))
        return blocks

    return _outline(version, language, part, "adopted_title")


def _amendment_blocks(amendment: Reviewed, lang: str) -> list[Block]:
    where = [amendment.region or "", amendment.meeting]
    head = f"№ {amendment.number}. " + " — ".join(w for w in where if w)
    read = word(
        "read_in", lang, version=word("version", lang, number=amendment.version_number),
        tongue=word(f"lang_{amendment.language}", lang),
    )  # fmt: skip
    if amendment.line_from:
        key = "line" if amendment.line_from == amendment.line_to else "lines"
        read += ", " + word(key, lang, first=amendment.line_from, last=amendment.line_to)
    blocks = [Block("item", head), Block("detail", f"{read}; {word(amendment.action, lang)}")]
    for wording in (amendment.text_kk, amendment.text_ru):
        if wording:
            blocks.append(Block("quote", f"«{wording}»"))
    facts = []
    if amendment.proposer:
        facts.append(f"{word('proposed_by', lang)}: {amendment.proposer}")
    votes_for, against, abstained = amendment.votes
    if votes_for is not None:
        facts.append(
            word("vote", lang, against=against or 0, abstained=abstained or 0,
                 **{"for": votes_for})
        )  # fmt: skip
    if facts:
        blocks.append(Block("detail", "; ".join(facts) + "."))
    outcome = word(amendment.outcome, lang, number=amendment.merged_into or "")
    if amendment.reason:
        outcome += f": {amendment.reason}"
    blocks.append(Block("outcome", f"{word('outcome', lang)}: {outcome}"))
    return blocks


def amendments_outline(
    version: VersionText, groups_in: Callable[[str], Sequence[Grouped]], language: str
) -> CampaignOutline:
    """Every paragraph with the amendments the regions made to it and their outcomes;
    ``groups_in(language)`` gives the paragraphs with the regions named in that language."""

    def part(lang: str) -> list[Block]:
        under = f"{word('amendments_title', lang)} · {_version_name(version.number, lang)}"
        blocks = _head(version, lang, under)
        blocks.append(Block("note", word("amendments_note", lang)))
        for group in groups_in(lang):
            if group.paragraph_id is None:
                blocks.append(Block("heading", word("at_start", lang)))
            elif group.number is None:
                blocks.append(
                    Block("heading", word("removed_paragraph", lang, number=group.removed_in))
                )
            else:
                blocks.append(Block("heading", word("paragraph", lang, number=group.number)))
            if group.paragraph_id is not None:
                blocks.append(Block("quote", group.text_kk if lang == "kk" else group.text_ru))
            if not group.amendments and not group.added:
                blocks.append(Block("detail", word("no_amendments", lang)))
            for amendment in group.amendments:
                blocks += _amendment_blocks(amendment, lang)
            if group.added:
                blocks.append(Block("label", word("added_after", lang)))
            for amendment in group.added:
                blocks += _amendment_blocks(amendment, lang)
        return blocks

    return _outline(version, language, part, "amendments_title")


def _outline(
    version: VersionText, language: str, part: Callable[[str], list[Block]], what: str
) -> CampaignOutline:
    languages = ("kk", "ru") if language == "kk+ru" else (language,)
    title = " / ".join(f"{word(what, lang)}: {version.title(lang)}" for lang in languages)
    code = f" · {version.fingerprint[:12]}" if version.fingerprint else ""
    footer = " / ".join(version.title(lang) for lang in languages) + code
    return CampaignOutline(title, [part(lang) for lang in languages], footer)


# --- PDF ----------------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    grey = colors.Color(0.35, 0.35, 0.35)
    return {
        "organisation": s["centre"],
        "kind": ParagraphStyle("kind", parent=s["title"], fontSize=12, spaceAfter=0),
        "title": s["title"],
        "subtitle": s["subtitle"],
        "heading": s["heading"],
        "label": s["label"],
        "note": ParagraphStyle("note", parent=s["small"], textColor=grey, spaceAfter=6),
        "mark": ParagraphStyle("mark", parent=s["small"], textColor=grey, spaceBefore=4),
        "line": ParagraphStyle("line", parent=s["body"], spaceAfter=0),
        "paragraph": s["body"],
        "item": ParagraphStyle("item", parent=s["label"], spaceBefore=4),
        "detail": s["indented"],
        "quote": ParagraphStyle("quote", parent=s["body"], leftIndent=8 * mm),
        "outcome": ParagraphStyle("outcome", parent=s["indented"], spaceAfter=4),
        "code": ParagraphStyle("code", parent=s["small"], spaceBefore=10),
    }


def _numbered(number: str, words: str, style: ParagraphStyle, room: float) -> Table:
    width = A4[0] - 2 * MARGIN - 12
    number_style = ParagraphStyle("number", parent=style, textColor=colors.Color(0.4, 0.4, 0.4))
    return Table(
        [[Paragraph(text(number), number_style), Paragraph(text(words) or "&nbsp;", style)]],
        colWidths=[room, width - room],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                          ("TOPPADDING", (0, 0), (-1, -1), 0),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), style.spaceAfter)]),
    )  # fmt: skip


def _story(outline: CampaignOutline) -> list[Any]:
    st = _styles()
    story: list[Any] = []
    for index, blocks in enumerate(outline.parts):
        if index:
            story.append(PageBreak())
        for block in blocks:
            style = st[block.role]
            if block.number:
                room = 11 * mm if block.role == "line" else 8 * mm
                story.append(_numbered(block.number, block.words, style, room))
            else:
                story.append(Paragraph(text(block.words), style))
    return story


def _footer(outline: CampaignOutline, language: str) -> Callable[[Canvas, int, int], None]:
    lang = "kk" if language == "kk+ru" else language

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN, 10 * mm, outline.footer[:110])
        canvas.drawRightString(width - MARGIN, 10 * mm, word("page", lang, page=page, pages=pages))
        canvas.restoreState()

    return draw


# --- Word ---------------------------------------------------------------------------------------


def _docx(outline: CampaignOutline, language: str, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt, RGBColor

    from khdesk.documents.protocol_docx import FONT, _tag
    from khdesk.storage.files import replacing

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    centred = ("organisation", "kind", "title", "subtitle")
    bold = ("kind", "title", "heading", "label", "item")
    languages = ("kk", "ru") if language == "kk+ru" else (language,)
    for index, blocks in enumerate(outline.parts):
        lang = languages[index]
        if index:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for block in blocks:
            paragraph = doc.add_paragraph()
            form = paragraph.paragraph_format
            form.space_after = Pt(0 if block.role == "line" else 3)
            if block.role in centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if block.role in ("detail", "quote", "outcome"):
                form.left_indent = Mm(8)
            if block.role in ("heading", "label", "mark"):
                form.keep_with_next = True
            if block.number:
                form.left_indent = Mm(11)
                form.first_line_indent = Mm(-11)
                form.tab_stops.add_tab_stop(Mm(11))
                number = paragraph.add_run(f"{block.number}\t")
                number.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
                _tag(number._r.get_or_add_rPr(), lang)
            run = paragraph.add_run(block.words)
            run.bold = block.role in bold or None
            if block.role == "title":
                run.font.size = Pt(14)
            if block.role in ("note", "mark", "code"):
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            _tag(run._r.get_or_add_rPr(), lang)
    doc.core_properties.title = outline.title
    doc.core_properties.author = "khdesk"
    with replacing(path) as handle:
        doc.save(handle)


def write(outline: CampaignOutline, language: str, path: Path) -> Path:
    """Write the outline to ``path``: a .pdf or a .docx, whole or not at all."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(path, _story(outline), title=outline.title, footer=_footer(outline, language))
    elif suffix == ".docx":
        _docx(outline, language, path)
    else:
        raise InvalidInput(
            "'{name}' is neither a .pdf nor a .docx: name the file with one of them.",
            name=path.name[:64],
        )
    return path
