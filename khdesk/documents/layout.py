"""Page layout shared by documents: A4, styles in the bundled font, "page N of M" footers.

"Page N of M" needs the number of pages before the first footer is drawn, so the canvas keeps
each page's drawing and writes every footer when the document is complete.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from khdesk.documents.fonts import BOLD, REGULAR, register_fonts
from khdesk.storage.files import replacing

MARGIN = 18 * mm

# ReportLab shares one face object per TrueType font between all documents, and cutting a
# document's subset of glyphs out of the face moves that face's one read position: two
# documents laid out at once in two threads (a preview and an export, or a secretary
# switching documents while the last one is still written) would read each other's glyphs.
# Documents are laid out one at a time.
_LAYING_OUT = threading.Lock()


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=13.5, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER,
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=8
        ),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
            spaceAfter=4, keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD),
        "indented": ParagraphStyle(
            "indented", parent=body, leftIndent=8 * mm, firstLineIndent=-3 * mm
        ),
    }  # fmt: skip


@cache
def _covered() -> frozenset[int]:
    """The characters the bundled font can draw."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def printable(value: object) -> str:
    """``value`` without the characters the font cannot draw (emoji and the like), which would
    print as black boxes and break the text's search."""
    raw = "" if value is None else str(value)
    covered = _covered()
    return "".join(ch for ch in raw if ord(ch) in covered or ch in "\n\t")


def text(value: object) -> str:
    """A value for a Paragraph: drawable, escaped, with line breaks kept."""
    return escape(printable(value)).replace("\n", "<br/>")


def day(value: dt.date) -> str:
    """A date as papers in Kazakhstan write it: 27.08.2026."""
    return value.strftime("%d.%m.%Y")


TABLE_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
]


def numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that draws ``footer(canvas, page, pages)`` on every page at the end."""

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, pages)
                super().showPage()
            super().save()

    return FooterCanvas


def document(path: Any, *, title: str, wide: bool = False) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        path,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author="khdesk",
        initialFontName=REGULAR,  # no unembedded Helvetica, even unused
    )


def write_pdf(
    path: Path,
    story: list[Any],
    *,
    title: str,
    footer: Callable[[Canvas, int, int], None],
    wide: bool = False,
) -> None:
    """Lay ``story`` out into ``path`` with ``footer`` on every page. The file is whole or not
    there (an older file under the name stays until the new one is complete); a file that
    cannot be written is one sentence (``StorageProblem``)."""
    with _LAYING_OUT, replacing(path) as handle:
        document(handle, title=title, wide=wide).build(story, canvasmaker=numbered_canvas(footer))


def phone(value: str | None) -> str:
    """A phone as Kazakh papers print it: +7 722 634 77 78 (whatever way it was typed or
    stored: +77226347778, 8 722 634-77-78, (722) 634 77 78). A number that is not a Kazakh
    ten-digit one after +7 or 8 (a foreign one, a short internal one) prints as it is."""
    raw = (value or "").strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) == 11 and digits[0] in "78" and not raw.startswith("+8"):
        digits = digits[1:]
    elif len(digits) != 10 or raw.startswith("+"):
        return raw
    return f"+7 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"


def wrap_at_parts(value: str, width: float, *, font: str = REGULAR, size: float = 9) -> str:
    """An address (e-mail, link) broken into lines no wider than ``width`` points after its @,
    dots and slashes, never inside a part; a single part wider than the line is cut as a last
    resort. Lines are joined with "\\n" (``text`` turns them into line breaks)."""
    register_fonts()
    parts: list[str] = []
    for ch in value:
        if not parts or parts[-1][-1:] in ("@", ".", "/"):
            parts.append(ch)
        else:
            parts[-1] += ch
    lines: list[str] = []
    for part in parts:
        if lines and pdfmetrics.stringWidth(lines[-1] + part, font, size) <= width:
            lines[-1] += part
            continue
        rest = part
        while pdfmetrics.stringWidth(rest, font, size) > width and len(rest) > 1:
            cut = len(rest) - 1
            while cut > 1 and pdfmetrics.stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return "\n".join(lines)


_PATRONYMIC_ENDINGS = ("ұлы", "улы", "қызы", "кызы", "ович", "евич", "овна", "евна", "ична",
                       "инична", "ич")  # fmt: skip
_SURNAME_ENDINGS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына",
                    "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "ых", "их")  # fmt: skip


def signature_name(name: str | None) -> str:
    """A name as a signature line prints it, initials then surname: «Е.Б. Сейітов» from
    «Сейітов Ерлан Болатұлы» (the order of the papers: surname, name, patronymic) or from
    «Ерлан Сейітов» (the order people say it). A name already with initials, or of one
    word, prints as it is."""
    words = (name or "").split()
    # a patronymic written in two words («Болат ұлы») is one
    merged: list[str] = []
    for word in words:
        if merged and word.lower() in ("ұлы", "улы", "қызы", "кызы"):
            merged[-1] += word.lower()
        else:
            merged.append(word)
    if len(merged) < 2 or any("." in word for word in merged):
        return " ".join(words)

    def surname_like(word: str) -> bool:
        return word.lower().endswith(_SURNAME_ENDINGS)

    def patronymic_like(word: str) -> bool:
        return word.lower().endswith(_PATRONYMIC_ENDINGS)

    if len(merged) == 2 and surname_like(merged[1]) and not surname_like(merged[0]):
        given, surname = [merged[0]], merged[1]  # «Ерлан Сейітов»
    elif len(merged) >= 3 and patronymic_like(merged[1]) and not patronymic_like(merged[-1]):
        given, surname = merged[:-1], merged[-1]  # «Ерлан Болатұлы Сейітов»
    else:
        given, surname = merged[1:], merged[0]  # surname first, as papers write it
    initials = "".join(f"{word[0].upper()}." for word in given)
    return f"{initials} {surname}"
