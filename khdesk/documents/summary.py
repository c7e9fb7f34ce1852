"""Headquarters' summary: the campaign's figures as tables and bar charts, in kk, ru or en.

The figures come in as ``khdesk.services.stats.campaign_stats`` returns them (this layer does
not count anything), with the reference names in the document's language; each table prints the
very numbers ``stats --json`` prints, and each chart draws the table beside it.

The words of the summary (and the exports' headers, ``khdesk.services.exports``) are in
``WORDS``: how to add one is to add a key with its kk, ru and en.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from khdesk.documents.fonts import BOLD, REGULAR, register_fonts
from khdesk.documents.layout import MARGIN, TABLE_STYLE, printable, styles, text, write_pdf
from khdesk.domain.errors import InvalidInput

LANGUAGES = ("kk", "ru", "en")

WORDS: dict[str, dict[str, str]] = {
    "title": {"kk": "Науқанның жиынтығы", "ru": "Сводка кампании", "en": "Campaign summary"},
    "organisation": {"kk": "«Қазақстан халқына» қоғамдық қоры",
                     "ru": "Общественный фонд «Қазақстан халқына»",
                     "en": "Public foundation «Qazaqstan Halqyna»"},
    "as_of": {"kk": "{when} жағдай бойынша", "ru": "По состоянию на {when}",
              "en": "As of {when}"},
    "filters": {"kk": "Сүзгілер", "ru": "Фильтры", "en": "Filters"},
    "no_filters": {"kk": "сүзгісіз: барлық деректер", "ru": "без фильтров: все данные",
                   "en": "none: everything"},
    "page_of": {"kk": "{page}-бет, барлығы {pages}", "ru": "Стр. {page} из {pages}",
                "en": "Page {page} of {pages}"},
    "totals": {"kk": "Негізгі көрсеткіштер", "ru": "Основные показатели", "en": "Key figures"},
    "meetings": {"kk": "Отырыстар", "ru": "Заседания", "en": "Meetings"},
    "attendances": {"kk": "Қатысу (келгендер)", "ru": "Посещения (присутствовали)",
                    "en": "Attendances (present)"},
    "participants": {"kk": "Қатысушылар (әр адам бір рет)",
                     "ru": "Участники (каждый один раз)",
                     "en": "Participants (each person once)"},
    "persons": {"kk": "Тіркелген адамдар", "ru": "Лиц в реестре", "en": "Persons on record"},
    "proposals": {"kk": "Ұсыныстар мен ескертулер", "ru": "Предложения и замечания",
                  "en": "Proposals and comments"},
    "questions": {"kk": "Сұрақтар", "ru": "Вопросы", "en": "Questions"},
    "adopted_documents": {"kk": "Қабылданған құжаттар", "ru": "Принятые документы",
                          "en": "Adopted documents"},
    "meetings_by_region": {"kk": "Өңірлер мен түрлері бойынша отырыстар",
                           "ru": "Заседания по регионам и видам",
                           "en": "Meetings by region and kind"},
    "by_sector": {"kk": "Секторлар бойынша қатысу және қатысушылар",
                  "ru": "Посещения и участники по секторам",
                  "en": "Attendances and participants by sector"},
    "by_direction": {"kk": "Бағыттар бойынша ұсыныстар", "ru": "Предложения по направлениям",
                     "en": "Proposals by direction"},
    "by_section": {"kk": "Бөлімдер бойынша ұсыныстар", "ru": "Предложения по разделам",
                   "en": "Proposals by section"},
    "review": {"kk": "Бөлімдер бойынша қарау барысы", "ru": "Ход рассмотрения по разделам",
               "en": "Review progress by section"},
    "activity": {"kk": "Апталар бойынша белсенділік", "ru": "Активность по неделям",
                 "en": "Activity by week"},
    "region": {"kk": "Өңір", "ru": "Регион", "en": "Region"},
    "sector": {"kk": "Сектор", "ru": "Сектор", "en": "Sector"},
    "direction": {"kk": "Бағыт", "ru": "Направление", "en": "Direction"},
    "section": {"kk": "Бөлім", "ru": "Раздел", "en": "Section"},
    "week": {"kk": "Апта (дүйсенбі)", "ru": "Неделя (понедельник)", "en": "Week (Monday)"},
    "total": {"kk": "Барлығы", "ru": "Всего", "en": "Total"},
    "national": {"kk": "Республикалық", "ru": "Республиканские", "en": "National"},
    "no_section": {"kk": "(бөлімсіз)", "ru": "(без раздела)", "en": "(no section)"},
    "date_from": {"kk": "басы", "ru": "с", "en": "from"},
    "date_to": {"kk": "соңы", "ru": "по", "en": "to"},
    "kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "status": {"kk": "Мәртебесі", "ru": "Статус", "en": "Status"},
    # meeting kinds, proposal kinds and review statuses; a value without words here prints as
    # its code (a status the vocabulary gained after this list)
    "round-table": {"kk": "Дөңгелек үстел", "ru": "Круглый стол", "en": "Round table"},
    "online": {"kk": "Онлайн-отырыс", "ru": "Онлайн-заседание", "en": "Online session"},
    "plenary": {"kk": "Пленарлық отырыс", "ru": "Пленарное заседание", "en": "Plenary"},
    "proposal": {"kk": "Ұсыныс", "ru": "Предложение", "en": "Proposal"},
    "comment": {"kk": "Ескерту", "ru": "Замечание", "en": "Comment"},
    "new": {"kk": "Жаңа", "ru": "Новое", "en": "New"},
    "under-review": {"kk": "Қаралуда", "ru": "На рассмотрении", "en": "In review"},
    "in-review": {"kk": "Қаралуда", "ru": "На рассмотрении", "en": "In review"},
    "accepted": {"kk": "Қабылданды", "ru": "Принято", "en": "Accepted"},
    "merged": {"kk": "Біріктірілді", "ru": "Объединено", "en": "Merged"},
    "duplicate": {"kk": "Біріктірілді", "ru": "Объединено", "en": "Merged"},
    "declined": {"kk": "Қабылданбады", "ru": "Отклонено", "en": "Declined"},
    "rejected": {"kk": "Қабылданбады", "ru": "Отклонено", "en": "Declined"},
    "needs-clarification": {"kk": "Нақтылау қажет", "ru": "Требует уточнения",
                            "en": "Needs clarification"},
    "clarification": {"kk": "Нақтылау қажет", "ru": "Требует уточнения",
                      "en": "Needs clarification"},
}  # fmt: skip

#: The bars' colours, one per series (a colour-blind-safe palette).
PALETTE = [
    colors.HexColor(code)
    for code in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
]
WIDTH = 174 * mm  # A4 less the margins
#: A column header: bold, small enough for "Онлайн-заседание" in a column of numbers.
HEADER = ParagraphStyle("summary-header", fontName=BOLD, fontSize=7.5, leading=9)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput("unknown language '{language}': use kk, ru or en.", language=language)
    return language


def word(key: str, language: str) -> str:
    """The summary's word ``key`` in ``language``; a value it has no words for, as it is."""
    words = WORDS.get(key)
    return words[language] if words else key


def filters_line(
    filters: Mapping[str, str], names: Mapping[str, Mapping[str, str]], language: str
) -> str:
    """The filters as a reader reads them: «Өңір: Астана; Түрі: Онлайн-отырыс»."""
    if not filters:
        return f"{word('filters', language)}: {word('no_filters', language)}"
    parts = []
    for key, value in filters.items():
        shown = value
        if key == "region":
            shown = names.get("region", {}).get(value, word(value, language))
        elif key == "direction":
            shown = names.get("direction", {}).get(value, value)
        elif key in ("kind", "status"):
            shown = word(value, language)
        parts.append(f"{word(key, language)}: {shown}")
    return f"{word('filters', language)}: " + "; ".join(parts)


def _table(rows: list[list[Any]], widths: Sequence[float], *, total_row: bool = True) -> Table:
    """A table whose header cells wrap (long words in kk and ru) and whose last row, the total,
    is bold."""
    header = [
        Paragraph(text(cell), HEADER) if isinstance(cell, str) and cell else cell
        for cell in rows[0]
    ]
    table = Table([header, *rows[1:]], colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *TABLE_STYLE,
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                *([("FONTNAME", (0, -1), (-1, -1), BOLD)] if total_row else []),
            ]
        )
    )
    return table


def _number(value: int) -> str:
    # digits only, no thousands separator, so that a reader (and a test) finds the same number
    # stats --json prints
    return str(value)


def _cell(value: str, style: Any) -> Paragraph:
    return Paragraph(text(value), style)


def _bars(
    categories: Sequence[str],
    series: Sequence[Sequence[int]],
    legend: Sequence[str] = (),
    *,
    horizontal: bool = False,
    height: float = 60 * mm,
) -> Drawing:
    """A bar chart of ``series`` over ``categories`` (one bar colour per series)."""
    register_fonts()
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    label_room = 55 * mm if horizontal else 0
    chart.x = label_room + 10
    chart.y = 12 if horizontal else 34
    chart.width = WIDTH - chart.x - (45 * mm if legend else 10)
    chart.height = height - chart.y - 8
    chart.data = [list(values) for values in series] or [[0]]
    chart.categoryAxis.categoryNames = [printable(c)[:40] for c in categories]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.reverseDirection = True
    else:
        chart.categoryAxis.labels.angle = 45 if len(categories) > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 8 else "n"
    chart.barSpacing = 1
    chart.groupSpacing = 4
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if legend:
        key = Legend()
        key.x = WIDTH - 43 * mm
        key.y = height - 6
        key.fontName = REGULAR
        key.fontSize = 7
        key.alignment = "right"
        key.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], printable(name)[:28]) for i, name in enumerate(legend)
        ]
        drawing.add(key)
    return drawing


def build_summary(
    figures: Mapping[str, Any],
    names: Mapping[str, Mapping[str, str]],
    language: str,
    *,
    as_of: dt.datetime,
) -> list[Any]:
    """The summary's story: a heading, then each figure's table and chart."""
    check_language(language)
    look = styles()
    cell = look["cell"]
    story: list[Any] = [
        Paragraph(text(word("organisation", language)), look["centre"]),
        Paragraph(text(word("title", language)), look["title"]),
        Paragraph(
            text(word("as_of", language).format(when=as_of.strftime("%d.%m.%Y %H:%M"))),
            look["subtitle"],
        ),
        Paragraph(text(filters_line(figures.get("filters", {}), names, language)), look["body"]),
    ]

    def heading(key: str) -> Paragraph:
        return Paragraph(text(word(key, language)), look["heading"])

    def region_name(code: str) -> str:
        return names["region"].get(code, word("national", language))

    def section_name(code: str) -> str:
        if code not in names["section"]:
            return word("no_section", language)
        return f"{code} {names['section'][code]}"

    meetings, attendances = figures["meetings"], figures["attendances"]
    participants, proposals = figures["participants"], figures["proposals"]
    totals = [
        ("meetings", meetings["total"]),
        ("attendances", attendances["present"]),
        ("participants", participants["total"]),
        ("persons", figures["persons"]),
        ("proposals", proposals["total"]),
        ("questions", figures["questions"]),
        ("adopted_documents", figures["adopted_documents"]),
    ]
    story += [
        heading("totals"),
        _table(
            [["", word("total", language)]]
            + [[word(key, language), _number(count)] for key, count in totals],
            [130 * mm, 44 * mm],
            total_row=False,
        ),
    ]

    # meetings by region and kind
    kinds = sorted(
        {kind for per_kind in meetings["by_region_and_kind"].values() for kind in per_kind}
    )
    regions = list(meetings["by_region_and_kind"])
    rows: list[list[Any]] = [
        [word("region", language), *(word(k, language) for k in kinds), word("total", language)]
    ]
    for region in regions:
        per_kind = meetings["by_region_and_kind"][region]
        rows.append(
            [_cell(region_name(region), cell), *(_number(per_kind.get(k, 0)) for k in kinds),
             _number(sum(per_kind.values()))]
        )  # fmt: skip
    rows.append(
        [word("total", language), *(_number(meetings["by_kind"].get(k, 0)) for k in kinds),
         _number(meetings["total"])]
    )  # fmt: skip
    other = (WIDTH - 70 * mm) / (len(kinds) + 1)
    story += [
        heading("meetings_by_region"),
        _table(rows, [70 * mm] + [other] * (len(kinds) + 1)),
        Spacer(1, 3 * mm),
        _bars(
            [region_name(r) for r in regions],
            [[meetings["by_region_and_kind"][r].get(k, 0) for r in regions] for k in kinds],
            [word(k, language) for k in kinds],
            horizontal=True,
            height=max(40 * mm, 5.2 * mm * len(regions) + 12),
        ),
    ]

    # attendances and participants by sector, side by side
    sectors = sorted(set(attendances["by_sector"]) | set(participants["by_sector"]))
    rows = [
        [word("sector", language), word("attendances", language), word("participants", language)]
    ]
    for sector in sectors:
        rows.append(
            [_cell(names["sector"].get(sector, sector), cell),
             _number(attendances["by_sector"].get(sector, 0)),
             _number(participants["by_sector"].get(sector, 0))]
        )  # fmt: skip
    rows.append(
        [word("total", language), _number(attendances["present"]), _number(participants["total"])]
    )
    sector_names = [names["sector"].get(s, s) for s in sectors]
    story += [
        heading("by_sector"),
        _table(rows, [84 * mm, 45 * mm, 45 * mm]),
        Spacer(1, 3 * mm),
        _bars(
            sector_names,
            [
                [attendances["by_sector"].get(s, 0) for s in sectors],
                [participants["by_sector"].get(s, 0) for s in sectors],
            ],
            [word("attendances", language), word("participants", language)],
            horizontal=True,
            height=max(35 * mm, 9 * mm * len(sectors) + 12),
        ),
    ]

    # proposals by direction, then by section
    directions = list(proposals["by_direction"])
    rows = [[word("direction", language), word("proposals", language)]]
    for direction in directions:
        rows.append(
            [_cell(f"{direction} {names['direction'].get(direction, '')}", cell),
             _number(proposals["by_direction"][direction])]
        )  # fmt: skip
    rows.append([word("total", language), _number(proposals["total"])])
    story += [
        heading("by_direction"),
        _table(rows, [140 * mm, 34 * mm]),
        Spacer(1, 3 * mm),
        _bars(directions, [[proposals["by_direction"][d] for d in directions]], height=50 * mm),
    ]
    rows = [[word("section", language), word("proposals", language)]]
    for section, count in proposals["by_section"].items():
        rows.append([_cell(section_name(section), cell), _number(count)])
    rows.append([word("total", language), _number(proposals["total"])])
    story += [heading("by_section"), _table(rows, [150 * mm, 24 * mm])]

    # review progress per section, every status of the vocabulary a column
    review = figures["review"]
    statuses = list(review["by_status"])
    rows = [
        [word("section", language), *(word(s, language) for s in statuses), word("total", language)]
    ]
    for section, per_status in review["by_section"].items():
        rows.append(
            [section, *(_number(per_status.get(s, 0)) for s in statuses),
             _number(sum(per_status.values()))]
        )  # fmt: skip
    rows.append(
        [word("total", language), *(_number(review["by_status"][s]) for s in statuses),
         _number(sum(review["by_status"].values()))]
    )  # fmt: skip
    status_width = (WIDTH - 22 * mm) / (len(statuses) + 1)
    review_table = _table(rows, [22 * mm] + [status_width] * (len(statuses) + 1))
    story += [
        heading("review"),
        review_table,
        Spacer(1, 3 * mm),
        _bars(
            [word(s, language) for s in statuses],
            [[review["by_status"][s] for s in statuses]],
            height=50 * mm,
        ),
    ]

    # activity by week
    weeks = figures["activity_by_week"]
    rows = [[word("week", language), word("meetings", language), word("attendances", language),
             word("proposals", language)]]  # fmt: skip
    for week in weeks:
        day = dt.date.fromisoformat(week["week"]).strftime("%d.%m.%Y")
        rows.append(
            [day, _number(week["meetings"]), _number(week["attendances"]),
             _number(week["proposals"])]
        )  # fmt: skip
    rows.append(
        [word("total", language), _number(sum(w["meetings"] for w in weeks)),
         _number(sum(w["attendances"] for w in weeks)),
         _number(sum(w["proposals"] for w in weeks))]
    )  # fmt: skip
    activity_table = _table(rows, [50 * mm, 40 * mm, 44 * mm, 40 * mm])
    story += [
        KeepTogether(
            [
                heading("activity"),
                _bars(
                    [dt.date.fromisoformat(w["week"]).strftime("%d.%m") for w in weeks],
                    [[w["attendances"] for w in weeks], [w["proposals"] for w in weeks]],
                    [word("attendances", language), word("proposals", language)],
                    height=60 * mm,
                ),
            ]
        ),
        Spacer(1, 3 * mm),
        activity_table,
    ]
    return story


def _footer(language: str) -> Any:
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(
            canvas._pagesize[0] - MARGIN,
            MARGIN / 2,
            word("page_of", language).format(page=page, pages=pages),
        )
        canvas.drawString(MARGIN, MARGIN / 2, word("title", language))
        canvas.restoreState()

    return draw


def write_summary(
    path: Path,
    figures: Mapping[str, Any],
    names: Mapping[str, Mapping[str, str]],
    language: str,
    *,
    as_of: dt.datetime,
) -> Path:
    """Write the summary to ``path``, whole or not at all; returns the path."""
    story = build_summary(figures, names, language, as_of=as_of)
    write_pdf(path, story, title=word("title", language), footer=_footer(language))
    return path
