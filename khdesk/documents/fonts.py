"""The font every document embeds: PT Sans, bundled with khdesk (resources/fonts)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from khdesk.paths import resources_dir

REGULAR = "KhdeskSans"
BOLD = "KhdeskSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled regular and bold faces with ReportLab (once); their names."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "PTSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "PTSans-Bold.ttf")))
    # <b> in paragraphs picks the bold face
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
