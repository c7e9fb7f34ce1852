"""The prospectus draft as PDF, in kk, ru, en or kk+ru, and its outline (shared with the Word
file, ``prospectus_docx.py``).

What it shows comes from ``khdesk.services.prospectus`` (which proposals make a line, how they
are grouped, numbered and merged ones folded; ``write_prospectus`` there writes the file); this
module turns it into an outline, block by
block: the title page with the totals, the table of contents, each direction and section with
its counts and regions, the numbered lines, and the annex that traces every line to the
proposals it came from (meeting, date, region, author's organisation). Both writers lay out
that outline and nothing else, so the PDF and the .docx show the same words.

Languages: the fixed words (``WORDS``) and the reference names (directions, sections, regions)
are in the document's language, for kk+ru in Kazakh with the Russian under it; what people
typed (the proposals' text, organisations) is printed once, as typed.

The PDF's table of contents has page numbers in one layout: the contents leaves the space of
each number, every heading notes the page it falls on, and the numbers are drawn into their
spaces once the whole document is laid out, when ``write_pdf`` draws the pages' furniture
(``PageMarks``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from khdesk.documents.fonts import BOLD, REGULAR
from khdesk.documents.labels import label
from khdesk.documents.layout import MARGIN, day, styles, text, write_pdf
from khdesk.domain.errors import InvalidInput

if TYPE_CHECKING:  # the data comes from the services, which lay it out with this module
    from khdesk.services.prospectus import Prospectus, SectionPart

LANGUAGES = ("kk", "ru", "en", "kk+ru")

WORDS: dict[str, dict[str, str]] = {
    "title": {"kk": "Қор проспектісінің жобасы", "ru": "Проект проспекта фонда",
              "en": "Draft prospectus of the foundation"},
    "short_title": {"kk": "Проспект жобасы", "ru": "Проект проспекта", "en": "Draft prospectus"},
    "as_of": {"kk": "{when} жағдай бойынша", "ru": "По состоянию на {when}",
              "en": "As of {when}"},
    "draft_note": {
        "kk": "Штаб қабылдаған ұсыныстар бағыттар мен бөлімдер бойынша. Біріктірілген "
              "ұсыныстар өздері біріктірілген ұсыныстың жолында есептеледі; әр жолдың бастапқы "
              "ұсыныстары қосымшада көрсетілген.",
        "ru": "Предложения, принятые штабом, по направлениям и разделам. Объединённые "
              "предложения учтены в строке того предложения, с которым они объединены; "
              "исходные предложения каждой строки указаны в приложении.",
        "en": "The proposals headquarters accepted, by direction and section. Merged proposals "
              "are counted in the line of the proposal they were merged into; the annex lists "
              "the original proposals of every line.",
    },
    "contents": {"kk": "Мазмұны", "ru": "Содержание", "en": "Contents"},
    "page": {"kk": "Бет", "ru": "Стр.", "en": "Page"},
    "page_of": {"kk": "{page}-бет, барлығы {pages}", "ru": "Стр. {page} из {pages}",
                "en": "Page {page} of {pages}"},
    "directions": {"kk": "Бағыттар", "ru": "Направлений", "en": "Directions"},
    "sections": {"kk": "Бөлімдер", "ru": "Разделов", "en": "Sections"},
    "lines": {"kk": "Жолдар", "ru": "Строк", "en": "Lines"},
    "proposals": {"kk": "Ұсыныстар", "ru": "Предложений", "en": "Proposals"},
    "regions": {"kk": "Өңірлер", "ru": "Регионы", "en": "Regions"},
    "regions_count": {"kk": "Өңірлер", "ru": "Регионов", "en": "Regions"},
    "merged_of": {"kk": "оның ішінде біріктірілгені: {count}",
                  "ru": "из них объединено: {count}", "en": "of them merged: {count}"},
    "no_section": {"kk": "(бөлімсіз)", "ru": "(без раздела)", "en": "(no section)"},
    "retired": {"kk": "қолданыстан шығарылған", "ru": "упразднён", "en": "retired"},
    "national": {"kk": "Республикалық деңгей", "ru": "Республиканский уровень",
                 "en": "National level"},
    "comment": {"kk": "Ескерту", "ru": "Замечание", "en": "Comment"},
    "nothing": {
        "kk": "Әзірге бірде-бір ұсыныс қабылданған жоқ. Ұсыныстар штабта қаралып, бөлімге "
              "қабылданғаннан кейін проспектіге енеді.",
        "ru": "Пока не принято ни одного предложения. Предложения войдут в проспект, когда "
              "штаб примет их в раздел при рассмотрении.",
        "en": "No proposal has been accepted yet. Proposals enter the prospectus once "
              "headquarters accepts them into a section in the review.",
    },
    "annex": {"kk": "Қосымша. Жолдардың бастапқы ұсыныстары",
              "ru": "Приложение. Исходные предложения строк",
              "en": "Annex. The original proposals of each line"},
    "annex_note": {
        "kk": "Әр жолдың қабылданған ұсынысы, одан кейін онымен біріктірілген ұсыныстар: "
              "отырыстың нөмірі мен күні, өңір, автордың ұйымы және ұсыныстың отырыстағы нөмірі.",
        "ru": "Для каждой строки — принятое предложение, затем объединённые с ним: номер и дата "
              "заседания, регион, организация автора и номер предложения в заседании.",
        "en": "For every line, its accepted proposal, then those merged into it: the meeting's "
              "number and date, the region, the author's organisation and the proposal's "
              "number in its meeting.",
    },
    "col_line": {"kk": "Жол", "ru": "Строка", "en": "Line"},
    "col_meeting": {"kk": "Отырыс", "ru": "Заседание", "en": "Meeting"},
    "col_date": {"kk": "Күні", "ru": "Дата", "en": "Date"},
    "col_region": {"kk": "Өңір", "ru": "Регион", "en": "Region"},
    "col_organisation": {"kk": "Автордың ұйымы", "ru": "Организация автора",
                         "en": "Author's organisation"},
    "col_number": {"kk": "№", "ru": "№", "en": "No."},
    "col_role": {"kk": "Мәртебесі", "ru": "Статус", "en": "Status"},
    "accepted": {"kk": "қабылданды", "ru": "принято", "en": "accepted"},
    "merged": {"kk": "біріктірілді", "ru": "объединено", "en": "merged"},
}  # fmt: skip

#: How a block is set: the writers map each role to a style of their own.
ROLES = (
    "organisation",  # the foundation, centred
    "title",  # the document's title, bold, centred
    "subtitle",  # as of when, centred
    "totals",  # the totals on the title page
    "note",  # a paragraph of explanation
    "contents",  # where the table of contents goes (its entries: ``ProspectusOutline.contents``)
    "direction",  # a direction's heading (level 1 of the contents)
    "section",  # a section's heading (level 2 of the contents)
    "summary",  # a direction's or section's counts and regions
    "line",  # a numbered line: ``number``, ``body`` (as typed) and its details in ``words``
    "nothing",  # the sentence of a prospectus with no accepted proposal
    "annex",  # the annex's heading (level 1 of the contents)
    "annex_section",  # a section's heading inside the annex
    "table",  # the annex's rows of one section (``rows``, under ``ProspectusOutline.header``)
)

#: The annex's columns, in order.
COLUMNS = ("col_line", "col_meeting", "col_date", "col_region", "col_organisation",
           "col_number", "col_role")  # fmt: skip


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(
            "unknown language '{language}': use kk, ru, en or kk+ru.", language=language
        )
    return language


def languages_of(language: str) -> tuple[str, ...]:
    """The languages a document in ``language`` prints its words in, first to last."""
    return ("kk", "ru") if language == "kk+ru" else (language,)


def word(key: str, language: str, **values: Any) -> str:
    """``WORDS[key]`` in one language (kk, ru or en), its values put in."""
    words = WORDS[key][language]
    return words.format(**values) if values else words


def short_words(key: str, language: str) -> str:
    """A short word (a column's header, a status) in ``language``; for kk+ru the Kazakh word
    with the Russian one on the next line (once, when they are the same)."""
    found = [word(key, lang) for lang in languages_of(language)]
    return "\n".join(dict.fromkeys(found))


#: Words in each of a document's languages, printed one under the other: (language, text).
Words = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Block:
    """One paragraph of the outline (or the annex's table of one section)."""

    role: str
    #: the words, one paragraph-line per language (kk+ru: Kazakh, then Russian)
    words: Words = ()
    #: a heading's or a line's number (2, 2.3, 2.3.5)
    number: str = ""
    #: a line's text, as typed
    body: str = ""
    #: a heading's key in the contents
    anchor: str = ""
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        """What a reader sees of the block, its lines joined."""
        parts = [self.number, self.body, *(words for _lang, words in self.words)]
        return "\n".join(part for part in parts if part)


@dataclass(frozen=True)
class Entry:
    """An entry of the table of contents: a direction (level 1), a section (2) or the annex."""

    level: int
    words: Words
    anchor: str


@dataclass
class ProspectusOutline:
    """The prospectus in ``language`` (kk, ru, en or kk+ru), block by block."""

    language: str
    title: str
    footer: str
    blocks: list[Block] = field(default_factory=list)
    contents: list[Entry] = field(default_factory=list)
    #: the annex's column headers
    header: tuple[str, ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        return languages_of(self.language)


def _region(prospectus: Prospectus, code: str | None, language: str) -> str:
    if code is None:
        return word("national", language)
    names = prospectus.region_names.get(code)
    return names[language] if names else code


def _region_list(prospectus: Prospectus, regions: Mapping[str | None, int], language: str) -> str:
    return ", ".join(
        _region(prospectus, code, language) + (f" — {count}" if count > 1 else "")
        for code, count in regions.items()
    )


def _heading(number: str, name: str, code: str | None, first: bool) -> str:
    if not first:
        return name
    return f"{number}. {name}" + (f" ({code})" if code else "")


def _section_names(section: SectionPart, language: str) -> str:
    if section.code is None:
        return word("no_section", language)
    name = section.names.get(language) or section.code
    return name + ("" if section.active else f" — {word('retired', language)}")


def prospectus_outline(prospectus: Prospectus, language: str) -> ProspectusOutline:
    """The outline of ``prospectus`` in ``language``."""
    check_language(language)
    langs = languages_of(language)

    def each(make: Callable[[str], str]) -> Words:
        return tuple((lang, make(lang)) for lang in langs)

    def headed(number: str, names: Mapping[str, str], code: str | None) -> Words:
        return tuple(
            (lang, _heading(number, names.get(lang) or "", code, index == 0))
            for index, lang in enumerate(langs)
        )

    def section_names(section: SectionPart) -> dict[str, str]:
        return {lang: _section_names(section, lang) for lang in langs}

    title = " / ".join(word("title", lang) for lang in langs)
    outline = ProspectusOutline(
        language=language,
        title=title,
        footer=" / ".join(word("short_title", lang) for lang in langs),
        header=tuple(short_words(key, language) for key in COLUMNS),
    )
    add = outline.blocks.append
    when = prospectus.as_of.strftime("%d.%m.%Y %H:%M")
    add(Block("organisation", each(lambda lang: label("organisation", lang))))
    add(Block("title", each(lambda lang: word("title", lang))))
    add(Block("subtitle", each(lambda lang: word("as_of", lang, when=when))))
    lines = sum(1 for _ in prospectus.lines())

    def totals(lang: str) -> str:
        counts = (
            ("directions", len(prospectus.directions)),
            ("sections", len(prospectus.sections)),
            ("lines", lines),
            ("proposals", prospectus.proposals),
            ("regions_count", len(prospectus.regions)),
        )
        return " · ".join(f"{word(key, lang)}: {count}" for key, count in counts)

    add(Block("totals", each(totals)))
    add(Block("note", each(lambda lang: word("draft_note", lang))))
    if prospectus.empty:
        add(Block("nothing", each(lambda lang: word("nothing", lang))))
        return outline
    add(Block("contents", each(lambda lang: word("contents", lang))))

    for direction in prospectus.directions:
        words = headed(direction.number, direction.names, direction.code)
        anchor = f"direction:{direction.number}"
        add(Block("direction", words, number=direction.number, anchor=anchor))
        outline.contents.append(Entry(1, words, anchor))
        for section in direction.sections:
            words = headed(section.number, section_names(section), section.code)
            anchor = f"section:{section.number}"
            add(Block("section", words, number=section.number, anchor=anchor))
            outline.contents.append(Entry(2, words, anchor))

            def summary(lang: str, s: SectionPart = section) -> str:
                return (
                    f"{word('lines', lang)}: {len(s.lines)} · "
                    f"{word('proposals', lang)}: {s.proposals} · "
                    f"{word('regions', lang)} ({len(s.regions)}): "
                    f"{_region_list(prospectus, s.regions, lang)}"
                )

            add(Block("summary", each(summary)))
            for line in section.lines:
                merged = len(line.merged)

                def details(
                    lang: str,
                    regions: Mapping[str | None, int] = line.regions,
                    total: int = len(line.originals),
                    merged: int = merged,
                ) -> str:
                    told = f"{word('proposals', lang)}: {total}"
                    if merged:
                        told += ", " + word("merged_of", lang, count=merged)
                    listed = _region_list(prospectus, regions, lang)
                    return f"{told} · {word('regions', lang)}: {listed}"

                body = line.text.strip()
                if line.kind == "comment":
                    body = f"{short_words('comment', language).replace(chr(10), ' / ')}: {body}"
                add(Block("line", each(details), number=line.number, body=body))

    annex_words = each(lambda lang: word("annex", lang))
    add(Block("annex", annex_words, anchor="annex"))
    outline.contents.append(Entry(1, annex_words, "annex"))
    add(Block("note", each(lambda lang: word("annex_note", lang))))
    roles = {False: short_words("accepted", language), True: short_words("merged", language)}
    for section in prospectus.sections:
        heading = headed(section.number, section_names(section), section.code)
        add(Block("annex_section", heading, number=section.number))
        rows = tuple(
            (
                line.number,
                original.meeting,
                day(original.date),
                "\n".join(
                    dict.fromkeys(_region(prospectus, original.region, lang) for lang in langs)
                ),
                original.organisation or "—",
                str(original.number),
                roles[original.merged],
            )
            for line in section.lines
            for original in line.originals
        )
        add(Block("table", rows=rows, number=section.number))
    return outline


# --- the PDF ---------------------------------------------------------------------------------

#: The annex's column widths (A4 less the margins: 174 mm).
ANNEX_WIDTHS = tuple(w * mm for w in (14, 28, 17, 34, 51, 8, 22))
ANNEX_SIZE = 8
#: The annex's columns whose values may be too long for them (region, organisation, status);
#: the others (numbers, dates) always fit.
WRAPPING = (3, 4, 6)
#: A line's number hangs in this much space left of its text.
NUMBER_ROOM = 16 * mm
#: The size of the contents' entries and page numbers.
CONTENTS_SIZE = 10


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    return {
        "organisation": s["centre"],
        "title": ParagraphStyle("p-title", parent=s["title"], fontSize=16, leading=21,
                                spaceBefore=40 * mm, spaceAfter=6),
        "subtitle": s["subtitle"],
        "totals": ParagraphStyle("p-totals", parent=s["centre"], spaceBefore=6, spaceAfter=10),
        "note": ParagraphStyle("p-note", parent=s["body"], spaceAfter=6),
        "contents": ParagraphStyle("p-contents", parent=s["heading"], fontSize=13, leading=17),
        "direction": ParagraphStyle("p-direction", parent=s["heading"], fontSize=13, leading=17,
                                    spaceBefore=10),
        "section": ParagraphStyle("p-section", parent=s["heading"], fontSize=11, leading=14,
                                  spaceBefore=8, spaceAfter=2),
        "summary": ParagraphStyle("p-summary", parent=s["small"], textColor=colors.Color(
            0.25, 0.25, 0.25), spaceAfter=4, keepWithNext=1),
        "line": ParagraphStyle("p-line", parent=s["body"], leftIndent=NUMBER_ROOM,
                               bulletIndent=0, bulletFontName=BOLD, bulletFontSize=10.5,
                               spaceAfter=4),
        "nothing": ParagraphStyle("p-nothing", parent=s["body"], spaceBefore=10),
        "annex": ParagraphStyle("p-annex", parent=s["heading"], fontSize=13, leading=17),
        "annex_section": ParagraphStyle("p-annex-section", parent=s["heading"], fontSize=9.5,
                                        leading=12, spaceBefore=6, spaceAfter=2),
        "entry1": ParagraphStyle("p-entry1", parent=s["body"], fontName=BOLD, spaceAfter=1),
        "entry2": ParagraphStyle("p-entry2", parent=s["body"], fontSize=9.5, leading=12,
                                 leftIndent=8 * mm, spaceAfter=1),
        "cell": ParagraphStyle("p-cell", parent=s["cell"], fontSize=ANNEX_SIZE,
                               leading=ANNEX_SIZE + 2),
        "header": ParagraphStyle("p-header", parent=s["cell"], fontName=BOLD,
                                 fontSize=ANNEX_SIZE, leading=ANNEX_SIZE + 2),
    }  # fmt: skip


@dataclass
class PageMarks:
    """What the table of contents needs, noted while the pages are laid out: the page each
    heading fell on, and where on which page the contents wants that number. ``write_pdf``
    draws every page's furniture once the whole document is laid out, so the numbers are drawn
    then, into the space the contents left for them: one layout, no second pass."""

    headings: dict[str, int] = field(default_factory=dict)
    #: by page: (x, y, anchor) of each number's right end, in the page's coordinates
    slots: dict[int, list[tuple[float, float, str]]] = field(default_factory=dict)

    def draw(self, canvas: Canvas, page: int) -> None:
        """The contents' page numbers that fall on ``page``."""
        wanted = self.slots.get(page)
        if not wanted:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, CONTENTS_SIZE)
        for x, y, anchor in wanted:
            canvas.drawRightString(x, y, str(self.headings.get(anchor, "")))
        canvas.restoreState()


class _Heading(Paragraph):  # type: ignore[misc]
    """A heading that notes the page it is drawn on, for the table of contents."""

    def __init__(self, markup: str, style: ParagraphStyle, anchor: str, marks: PageMarks):
        super().__init__(markup, style)
        self._anchor = anchor
        self._marks = marks

    def draw(self) -> None:
        self._marks.headings.setdefault(self._anchor, self.canv.getPageNumber())
        super().draw()


class _PageSlot(Flowable):  # type: ignore[misc]
    """The space of a page number in the contents: notes where it is drawn, and the number is
    drawn there once the heading's page is known (``PageMarks.draw``)."""

    def __init__(self, anchor: str, marks: PageMarks) -> None:
        super().__init__()
        self._anchor = anchor
        self._marks = marks

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, CONTENTS_SIZE

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(self.width, CONTENTS_SIZE * 0.22)
        page = self.canv.getPageNumber()
        self._marks.slots.setdefault(page, []).append((x, y, self._anchor))


def _markup(words: Words) -> str:
    return "<br/>".join(text(line) for _lang, line in words)


def _fits(value: str, width: float, font: str) -> bool:
    return all(
        pdfmetrics.stringWidth(part, font, ANNEX_SIZE) <= width for part in value.split("\n")
    )


def _annex_table(block: Block, header: tuple[str, ...], st: dict[str, ParagraphStyle]) -> Table:
    """The annex rows of one section: plain cells, a Paragraph only where a value must wrap
    (a long organisation or region); the header repeats on every page."""
    room = [width - 6 for width in ANNEX_WIDTHS]  # less the cells' padding
    head = [
        cell if _fits(cell, room[index], BOLD) else Paragraph(text(cell), st["header"])
        for index, cell in enumerate(header)
    ]
    rows: list[list[Any]] = [head]
    for row in block.rows:
        cells: list[Any] = list(row)
        for index in WRAPPING:
            if not _fits(row[index], room[index], REGULAR):
                cells[index] = Paragraph(text(row[index]), st["cell"])
        rows.append(cells)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), ANNEX_SIZE),
        ("LEADING", (0, 0), (-1, -1), ANNEX_SIZE + 2),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ]
    # a rule above each line's first proposal: the rows of one line stay visibly together
    previous = None
    for index, row in enumerate(block.rows, start=1):
        if row[0] != previous and index > 1:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.4, colors.grey))
        previous = row[0]
    return Table(rows, colWidths=list(ANNEX_WIDTHS), repeatRows=1, style=TableStyle(commands))


def _contents(outline: ProspectusOutline, st: dict[str, ParagraphStyle], marks: PageMarks) -> Table:
    rows = [
        [Paragraph(_markup(entry.words), st[f"entry{min(entry.level, 2)}"]),
         _PageSlot(entry.anchor, marks)]
        for entry in outline.contents
    ]  # fmt: skip
    width = 174 * mm - 12
    return Table(
        rows,
        colWidths=[width - 14 * mm, 14 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # no Helvetica in the file, even unused
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def build_story(outline: ProspectusOutline, marks: PageMarks) -> list[Any]:
    """The prospectus's flowables; as they are drawn, ``marks`` notes what the contents' page
    numbers need."""
    st = _styles()
    story: list[Any] = []
    for block in outline.blocks:
        role = block.role
        if role == "contents":
            story += [PageBreak(), Paragraph(_markup(block.words), st[role])]
            story.append(_contents(outline, st, marks))
        elif role in ("direction", "section", "annex"):
            if role in ("direction", "annex"):  # each direction and the annex from a new page
                story.append(PageBreak())
            story.append(_Heading(_markup(block.words), st[role], block.anchor, marks))
        elif role == "line":
            details = "<br/>".join(text(line) for _lang, line in block.words)
            story.append(
                Paragraph(
                    f"{text(block.body)}<br/><font size='8.5' color='#444444'>{details}</font>",
                    st[role],
                    bulletText=block.number,
                )
            )
        elif role == "table":
            story.append(_annex_table(block, outline.header, st))
        else:
            story.append(Paragraph(_markup(block.words), st[role]))
    return story


def _footer(outline: ProspectusOutline, marks: PageMarks) -> Callable[[Canvas, int, int], None]:
    langs = outline.languages

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        marks.draw(canvas, page)
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        numbers = " / ".join(word("page_of", lang, page=page, pages=pages) for lang in langs)
        canvas.drawRightString(canvas._pagesize[0] - MARGIN, MARGIN / 2, numbers)
        canvas.drawString(MARGIN, MARGIN / 2, outline.footer)
        canvas.restoreState()

    return draw


def write_outline_pdf(outline: ProspectusOutline, path: Path) -> None:
    """Write ``outline`` to ``path`` as PDF, whole or not at all."""
    marks = PageMarks()
    write_pdf(
        path, build_story(outline, marks), title=outline.title, footer=_footer(outline, marks)
    )
