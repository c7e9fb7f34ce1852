"""Headquarters' dashboard: the campaign's figures as charts, under one set of filters.

Every number shown is one of ``khdesk.services.stats``'s figures (docs/figures.md defines them),
read for the filters chosen in one operation per refresh; the key numbers above the charts are
their sums. A click on a bar or a number opens the list behind it through the home
(``show_page``) with the dashboard's filters and the bar's own (its region and kind, direction
and section, section and status, week).

How to add a chart: add its figure's name to ``SHOWN``, draw it in ``_draw`` with ``_bars`` and
say what a click on a bar opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import exports, stats
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.help import set_part_title
from khdesk.ui.hq import export_dialog
from khdesk.ui.i18n import QT_TRANSLATE_NOOP
from khdesk.ui.icons import icon
from khdesk.ui.main_window import OptionalDateEdit
from khdesk.ui.texts import render

#: The figures the dashboard shows, by their names in ``stats.FIGURES``.
SHOWN = (
    "meetings_by_region_and_kind",
    "attendances_by_sector",
    "participants_by_sector",
    "proposals_by_direction_and_section",
    "review_progress",
    "activity_by_week",
)

#: The review statuses' names; a status the vocabulary gains later shows under its code until
#: it is named here.
_REVIEW_STATUSES = {
    "new": QT_TRANSLATE_NOOP("Dashboard", "new"),
    "under-review": QT_TRANSLATE_NOOP("Dashboard", "in review"),
    "accepted": QT_TRANSLATE_NOOP("Dashboard", "accepted"),
    "duplicate": QT_TRANSLATE_NOOP("Dashboard", "merged"),
    "rejected": QT_TRANSLATE_NOOP("Dashboard", "declined"),
    "clarification": QT_TRANSLATE_NOOP("Dashboard", "needs clarification"),
}
#: Colours of the series, one per set in order (readable on white, told apart in grey too).
_PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
#: The height of one row of a horizontal bar chart, in pixels.
ROW = 28
#: How long a section's name may be beside its bar (the whole name is the bar's tooltip).
LABEL_LENGTH = 34


#: The numbers shown beside the charts' figures, read in the same operation.
NUMBERS = ("unique_persons",)


def read_figures(work: Any, filters: stats.Filters) -> dict[str, Any]:
    """The dashboard's figures under ``filters``, as ``khdesk.services.stats`` defines them
    (the charts' ``SHOWN`` and the ``NUMBERS`` beside them)."""
    return {name: stats.FIGURES[name](work.session, filters) for name in (*SHOWN, *NUMBERS)}


def review_status_name(status: str) -> str:
    """A review status's name in the interface's language (its code if it has none yet)."""
    source = _REVIEW_STATUSES.get(status)
    return QCoreApplication.translate("Dashboard", source) if source else status


def _short(text: str, length: int = LABEL_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _folded(caption: str, longest: int = 14) -> str:
    """A key number's caption on two lines when it is long («ұсыныстар мен / ескертулер»), so
    that the six numbers side by side fit a laptop's screen in every language."""
    if len(caption) <= longest or " " not in caption:
        return caption
    middle = len(caption) / 2
    cut = min((i for i, c in enumerate(caption) if c == " "), key=lambda i: abs(i - middle))
    return caption[:cut] + "\n" + caption[cut + 1 :]


class BarChart(QChartView):
    """One chart of bars; ``bar_clicked(category, set)`` is called with the keys of the bar
    clicked. Horizontal charts list their categories from the top down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart().setMargins(QMargins(4, 4, 4, 4))
        self.chart().setBackgroundRoundness(0)
        self.series: QAbstractBarSeries | None = None
        self.category_axis: QBarCategoryAxis | None = None
        #: the keys behind the categories and the sets, in the order drawn
        self.categories: list[str] = []
        self.set_keys: list[str] = []
        self.on_bar: Callable[[str, str], object] | None = None
        self.tooltips: dict[tuple[int, int], str] = {}

    def draw(
        self,
        title: str,
        categories: Sequence[tuple[str, str]],
        sets: Sequence[tuple[str, str, Sequence[int]]],
        *,
        horizontal: bool = True,
        stacked: bool = False,
        tooltips: Mapping[tuple[int, int], str] | None = None,
        value_title: str = "",
        category_title: str = "",
    ) -> None:
        """Bars of ``sets`` ((key, name, a value per category)) over ``categories`` ((key,
        name)), each bar with its value, a legend when there are two sets or more, and the
        axes' titles given; the chart is emptied and drawn again."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        order = (
            list(reversed(range(len(categories)))) if horizontal else list(range(len(categories)))
        )
        self.categories = [categories[i][0] for i in order]
        self.set_keys = [key for key, _name, _values in sets]
        self.tooltips = {}
        if horizontal:
            series: QAbstractBarSeries = (
                QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
            )
        else:
            series = QBarSeries()
        top = 0
        for number, (_key, name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(_PALETTE[number % len(_PALETTE)]))
            # a stacked part's value is written on it, a lone bar's beside it
            bar_set.setLabelColor(QColor("white") if stacked else self.palette().text().color())
            bar_set.append([float(values[i]) for i in order])
            series.append(bar_set)
            if stacked:
                top = max(top, *(sum(s[2][i] for s in sets) for i in order), 0)
            else:
                top = max(top, *(values[i] for i in order), 0)
        for (category, set_number), text in (tooltips or {}).items():
            self.tooltips[(order.index(category), set_number)] = text
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        # Qt leaves out the label of an empty part, so a stacked bar shows only its parts' values
        series.setLabelsPosition(
            QAbstractBarSeries.LabelsPosition.LabelsCenter
            if stacked
            else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
        )
        series.clicked.connect(self._on_clicked)
        series.hovered.connect(self._on_hovered)
        chart.addSeries(series)
        self.series = series
        axis = QBarCategoryAxis()
        axis.append([_short(categories[i][1]) for i in order] or [""])
        value_axis = QValueAxis()
        value_axis.setRange(0, max(top * 1.15, 1))
        value_axis.setLabelFormat("%d")
        value_axis.setTickCount(5)
        value_axis.applyNiceNumbers()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        axis.setLabelsFont(font)
        value_axis.setLabelsFont(font)
        for titled, axis_title in ((axis, category_title), (value_axis, value_title)):
            titled.setTitleText(axis_title)
            titled.setTitleFont(font)
            titled.setTitleVisible(bool(axis_title))
        series.setLabelsPrecision(9)  # whole numbers as they are, never 1.2e+03
        chart.setTitleFont(QFont(self.font().family(), self.font().pointSize(), QFont.Weight.Bold))
        chart.legend().setFont(font)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setShowToolTips(True)  # the whole name of a series its marker shortens
        chart.addAxis(
            axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(axis)
        series.attachAxis(value_axis)
        self.category_axis = axis
        self.value_axis = value_axis
        if horizontal:
            self.setMinimumHeight(110 + ROW * max(len(categories), 1))

    def value(self, category: str, set_key: str) -> int:
        """The value drawn for ``category`` in the set ``set_key`` (what a test reads back)."""
        assert self.series is not None
        bar_set = self.series.barSets()[self.set_keys.index(set_key)]
        return int(bar_set.at(self.categories.index(category)))

    def totals(self) -> dict[str, int]:
        """Each category's sum over the sets, as drawn."""
        if self.series is None:
            return {}
        sums = dict.fromkeys(self.categories, 0)
        for bar_set in self.series.barSets():
            for index, category in enumerate(self.categories):
                sums[category] += int(bar_set.at(index))
        return sums

    def _on_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.series is None or self.on_bar is None:
            return
        set_number = self.series.barSets().index(bar_set)
        self.on_bar(self.categories[index], self.set_keys[set_number])

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or self.series is None:
            QToolTip.hideText()
            return
        set_number = self.series.barSets().index(bar_set)
        axis_name = self.category_axis.at(index) if self.category_axis is not None else ""
        text = self.tooltips.get((index, set_number)) or axis_name
        QToolTip.showText(
            QCursor.pos(), f"{text}\n{bar_set.label()}: {int(bar_set.at(index))}", self
        )


class DashboardPage(QWidget):
    """The national picture: the key numbers and five charts, each narrowed by the filters of
    its top line (dates, region, kind, direction); read again when shown after a change."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: the figures drawn now (``read_figures``'s answer), and the filters they are for
        self.figures: dict[str, Any] | None = None
        #: the numbers read with them (``NUMBERS``): the unique persons
        self.counts: dict[str, int] = {}
        self.shown_filters: stats.Filters | None = None
        self._reading = False
        self._read_again = False
        self._stale = True
        self._asked = stats.NO_FILTERS
        set_part_title(self, self.tr("Dashboard"))

        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.region_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.direction_filter = QComboBox()
        for combo in (self.region_filter, self.kind_filter, self.direction_filter):
            # a direction's name is long: the line of filters still fits a laptop's screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(icon("cancel"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.dates_label = QLabel()
        self.to_label = QLabel("–")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.state = QLabel()
        filters = QHBoxLayout()
        for widget in (self.dates_label, self.date_from, self.to_label, self.date_to):
            filters.addWidget(widget)
        for combo in (self.region_filter, self.kind_filter, self.direction_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.state)
        self.export_dialog: export_dialog.ExportDialog | None = None
        self.export_action = export_dialog.export_action(self, self.export)
        self.export_button = export_dialog.export_button(self.export_action)
        filters.addWidget(self.export_button)

        #: the key numbers: each opens the list it counts
        self.numbers: dict[str, QPushButton] = {}
        numbers = QHBoxLayout()
        # attendances and unique persons side by side: each person counted once across regions
        for key in (
            "meetings",
            "attendances",
            "unique_persons",
            "participants",
            "proposals",
            "reviewed",
        ):
            button = QPushButton()
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { text-align: left; padding: 4px 10px; }")
            button.clicked.connect(lambda _checked=False, k=key: self._open_number(k))
            numbers.addWidget(button, 1)
            self.numbers[key] = button

        self.meetings_chart = BarChart()
        self.meetings_chart.on_bar = self._open_meetings
        self.sectors_chart = BarChart()
        self.sectors_chart.on_bar = lambda _sector, _set: self._open("people", {})
        self.sections_chart = BarChart()
        self.sections_chart.on_bar = self._open_section
        self.review_chart = BarChart()
        self.review_chart.on_bar = self._open_review
        self.activity_chart = BarChart()
        self.activity_chart.on_bar = self._open_week
        self.activity_chart.setMinimumHeight(300)
        self.charts = (
            self.meetings_chart,
            self.sectors_chart,
            self.sections_chart,
            self.review_chart,
            self.activity_chart,
        )
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.meetings_chart, 0, 0)
        grid.addWidget(self.sectors_chart, 0, 1)
        grid.addWidget(self.sections_chart, 1, 0)
        grid.addWidget(self.review_chart, 1, 1)
        grid.addWidget(self.activity_chart, 2, 0, 1, 2)
        self.figures_area = QScrollArea()
        self.figures_area.setWidgetResizable(True)
        self.figures_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addLayout(numbers)
        layout.addWidget(self.figures_area, 1)

        self._fill_filters()
        for signal in (
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.region_filter.currentIndexChanged,
            self.kind_filter.currentIndexChanged,
            self.direction_filter.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        # several changes in a row (a folder of bundles) are read once
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(300)
        self._changed_timer.timeout.connect(self._on_changed_settled)
        context.hub.changed.connect(self._on_changed)
        context.hub.reference_changed.connect(self._on_reference_changed)
        context.hub.language_changed.connect(self._on_language_changed)
        self.retranslate()

    # --- the page's contract ------------------------------------------------------------------
    def activate(self) -> None:
        """Shown: read the figures again if something changed since they were read."""
        if self._stale:
            self.refresh()

    def open_list(self, filters: dict[str, Any]) -> None:
        """The dashboard is not a list: it takes the filters it has (dates, region, kind,
        direction) and ignores the others."""
        self._set_filters(filters)

    # --- filters -------------------------------------------------------------------------------
    def filters(self) -> stats.Filters:
        """The filters chosen (``InvalidInput`` when the dates are the wrong way round)."""
        return stats.Filters(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            region=self.region_filter.currentData(),
            kind=self.kind_filter.currentData(),
            direction=self.direction_filter.currentData(),
        )

    def export(self) -> None:
        """Export… the campaign's records under the dashboard's filters (every sheet)."""
        try:
            chosen = self.filters()
        except KhdeskError as error:
            self.problem.setText(render(error))
            self.problem.setVisible(True)
            return
        self.export_dialog = export_dialog.run_export(
            self.context, self, exports.ExportFilters(chosen), stem=self.tr("campaign")
        )

    def clear_filters(self) -> None:
        self._set_filters({})

    def _set_filters(self, values: Mapping[str, Any]) -> None:
        widgets = (
            self.date_from,
            self.date_to,
            self.region_filter,
            self.kind_filter,
            self.direction_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for edit, key in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            day = values.get(key)
            if isinstance(day, dt.date):
                edit.setDate(QDate(day.year, day.month, day.day))
            else:
                edit.clear_date()
        for combo, key in (
            (self.region_filter, "region"),
            (self.kind_filter, "kind"),
            (self.direction_filter, "direction"),
        ):
            combo.setCurrentIndex(max(combo.findData(values.get(key)), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def _filter_values(self) -> dict[str, Any]:
        """The dashboard's filters as a page's ``open_list`` takes them."""
        try:
            chosen = self.filters()
        except KhdeskError:
            chosen = stats.NO_FILTERS
        return {key: value for key, value in vars(chosen).items() if value is not None}

    def _fill_filters(self) -> None:
        collator = QCollator(QLocale(self.context.name_language()))
        regions = sorted(
            self.context.region_names().items(), key=lambda item: collator.sortKey(item[1])
        )
        directions = list(self.context.direction_names().items())
        for combo, options in (
            (
                self.region_filter,
                [(None, self.tr("all regions")), *regions, (stats.NATIONAL_KEY, self._national())],
            ),
            (self.kind_filter, [(None, self.tr("every kind")), *labels.meeting_kinds()]),
            (
                self.direction_filter,
                [
                    (None, self.tr("every direction")),
                    *[(code, f"{code} {name}") for code, name in directions],
                ],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _national(self) -> str:
        return self.tr("no single region")

    # --- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures for the filters chosen; one read at a time, the last one wins."""
        self._stale = False
        try:
            chosen = self.filters()
        except KhdeskError as error:
            self.problem.setText(render(error))
            self.problem.setVisible(True)
            return
        self.problem.setVisible(False)
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        self._asked = chosen
        self.state.setText(self.tr("Counting…"))
        self.context.operations.read(
            read_figures, chosen, done=self._on_read, failed=self._on_failed, owner=self
        )

    def _on_read(self, figures: dict[str, Any]) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        self.state.setText("")
        self.counts = {name: figures.pop(name) for name in NUMBERS if name in figures}
        self.figures = figures
        self.shown_filters = self._asked
        self._draw()

    def _on_failed(self, error: KhdeskError) -> None:
        self._reading = False
        self.state.setText("")
        self.problem.setText(render(error))
        self.problem.setVisible(True)

    def _on_changed(self, _changes: object) -> None:
        self._changed_timer.start()

    def _on_changed_settled(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_reference_changed(self) -> None:
        self._fill_filters()
        if self.figures is not None:
            self._draw()

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()

    # --- drawing ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text again, in the current language."""
        set_part_title(self, self.tr("Dashboard"))
        self.dates_label.setText(self.tr("Dates"))
        self.region_filter.setAccessibleName(self.tr("Figures of region"))
        self.kind_filter.setAccessibleName(self.tr("Figures of meetings of kind"))
        self.direction_filter.setAccessibleName(self.tr("Figures of direction"))
        self.date_from.setAccessibleName(self.tr("Figures from date"))
        self.date_to.setAccessibleName(self.tr("Figures to date"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any date"))
            edit.setToolTip(self.tr("Delete leaves the date open"))
        self.clear_button.setToolTip(self.tr("All the campaign: no filter"))
        self.clear_button.setAccessibleName(self.tr("All the campaign: no filter"))
        self._fill_filters()
        if self.figures is not None:
            self._draw()
        else:
            for button in self.numbers.values():
                button.setText("…")

    def _draw(self) -> None:
        figures = self.figures
        assert figures is not None
        regions = self.context.region_names()
        sectors = self.context.sector_names()
        directions = self.context.direction_names()
        sections = {code: name for code, _direction, name in self.context.sections()}

        by_region: dict[str, dict[str, int]] = figures["meetings_by_region_and_kind"]
        kinds = [(kind, labels.meeting_kind(kind)) for kind, _label in labels.meeting_kinds()]
        kinds += [
            (k, k)
            for k in sorted({k for v in by_region.values() for k in v})
            if k not in dict(kinds)
        ]
        collator = QCollator(QLocale(self.context.name_language()))  # Ә after А, Қ after К
        region_keys = sorted(
            by_region, key=lambda code: collator.sortKey(self._region_name(code, regions))
        )
        self.meetings_chart.draw(
            self.tr("Meetings by region and kind"),
            [(code, self._region_name(code, regions)) for code in region_keys],
            [
                (kind, name, [by_region[code].get(kind, 0) for code in region_keys])
                for kind, name in kinds
                if any(kind in by_region[c] for c in region_keys)
            ],
            stacked=True,
            value_title=self.tr("meetings"),
        )

        attendances: dict[str, int] = figures["attendances_by_sector"]
        participants: dict[str, int] = figures["participants_by_sector"]
        sector_keys = [code for code in sectors if code in attendances or code in participants]
        sector_keys += sorted((set(attendances) | set(participants)) - set(sector_keys))
        self.sectors_chart.draw(
            self.tr("Attendances and participants by sector"),
            [(code, sectors.get(code, code)) for code in sector_keys],
            [
                (
                    "attendances",
                    self.tr("attendances"),
                    [attendances.get(code, 0) for code in sector_keys],
                ),
                (
                    "participants",
                    self.tr("participants (each person once)"),
                    [participants.get(code, 0) for code in sector_keys],
                ),
            ],
            value_title=self.tr("people"),
        )

        by_direction: dict[str, dict[str, int]] = figures["proposals_by_direction_and_section"]
        rows = [
            (direction, section)
            for direction in sorted(by_direction)
            for section in sorted(by_direction[direction])
        ]
        direction_keys = sorted(by_direction)
        row_names = [
            self._section_name(section, sections, direction) for direction, section in rows
        ]
        self.sections_chart.draw(
            self.tr("Proposals by direction and section"),
            [
                (f"{direction}/{section}", name)
                for (direction, section), name in zip(rows, row_names, strict=True)
            ],
            [
                (
                    direction,
                    f"{direction} {_short(directions.get(direction, direction), 22)}",
                    [
                        by_direction[direction][section] if d == direction else 0
                        for d, section in rows
                    ],
                )
                for direction in direction_keys
            ],
            stacked=True,
            tooltips={(i, direction_keys.index(d)): row_names[i] for i, (d, _s) in enumerate(rows)},
            value_title=self.tr("proposals and comments"),
        )

        progress: dict[str, dict[str, int]] = figures["review_progress"]
        statuses = stats.review_statuses()
        statuses += sorted({s for v in progress.values() for s in v} - set(statuses))
        section_keys = sorted(progress)
        section_names = [self._section_name(code, sections) for code in section_keys]
        self.review_chart.draw(
            self.tr("Review progress per section"),
            list(zip(section_keys, section_names, strict=True)),
            [
                (
                    status,
                    review_status_name(status),
                    [progress[code].get(status, 0) for code in section_keys],
                )
                for status in statuses
            ],
            stacked=True,
            tooltips={
                (i, j): section_names[i]
                for i in range(len(section_keys))
                for j in range(len(statuses))
            },
            value_title=self.tr("proposals and comments"),
        )

        weeks: list[dict[str, Any]] = figures["activity_by_week"]
        self.activity_chart.draw(
            self.tr("Activity by week"),
            [(week["week"], labels.day(dt.date.fromisoformat(week["week"]))) for week in weeks],
            [
                (what, name, [week[what] for week in weeks])
                for what, name in (
                    ("meetings", self.tr("meetings")),
                    ("proposals", self.tr("proposals")),
                )
            ],
            horizontal=False,
            value_title=self.tr("meetings and proposals"),
            category_title=self.tr("week (from its Monday)"),
        )
        self._draw_attendances_line(weeks)
        self._show_numbers()

    def _draw_attendances_line(self, weeks: list[dict[str, Any]]) -> None:
        """Attendances per week as a line over the bars, on an axis of their own (they are
        tens of times more than the meetings)."""
        chart = self.activity_chart.chart()
        line = QLineSeries()
        line.setName(self.tr("attendances (right axis)"))
        pen = QPen(QColor(_PALETTE[3]))
        pen.setWidth(3)
        line.setPen(pen)
        for index, week in enumerate(weeks):
            line.append(float(index), float(week["attendances"]))
        chart.addSeries(line)
        right = QValueAxis()
        right.setRange(0, max(max((w["attendances"] for w in weeks), default=0) * 1.15, 1))
        right.setLabelFormat("%d")
        right.applyNiceNumbers()
        right.setLabelsFont(self.activity_chart.value_axis.labelsFont())
        right.setTitleFont(self.activity_chart.value_axis.labelsFont())
        right.setTitleText(self.tr("attendances"))
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        if self.activity_chart.category_axis is not None:
            line.attachAxis(self.activity_chart.category_axis)
        line.attachAxis(right)

    def _show_numbers(self) -> None:
        figures = self.figures
        assert figures is not None
        meetings = sum(
            sum(kinds.values()) for kinds in figures["meetings_by_region_and_kind"].values()
        )
        proposals = sum(
            sum(s.values()) for s in figures["proposals_by_direction_and_section"].values()
        )
        totals = stats.review_totals(figures["review_progress"])
        unreviewed = totals.get(stats.unreviewed_status(), 0)
        texts = {
            "meetings": (meetings, self.tr("meetings")),
            "attendances": (sum(figures["attendances_by_sector"].values()), self.tr("attendances")),
            "unique_persons": (self.counts.get("unique_persons", 0), self.tr("unique persons")),
            "participants": (
                sum(figures["participants_by_sector"].values()),
                self.tr("participants"),
            ),
            "proposals": (proposals, self.tr("proposals and comments")),
            "reviewed": (proposals - unreviewed, self.tr("reviewed")),
        }
        for key, (count, what) in texts.items():
            button = self.numbers[key]
            button.setText(f"{count:,}".replace(",", "\u00a0") + f"\n{_folded(what)}")
            button.setAccessibleName(f"{what}: {count}")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        for button in self.numbers.values():
            button.setFont(font)
        self.numbers["reviewed"].setToolTip(
            self.tr("Proposals whose review status is other than new")
        )
        self.numbers["unique_persons"].setToolTip(
            self.tr(
                "Persons present, each counted once across regions and meetings: the same "
                "phone, e-mail, or name with organisation is one person, and so are the pairs "
                "judged the same on the Same persons page"
            )
        )

    def _region_name(self, code: str, regions: Mapping[str, str]) -> str:
        return self._national() if code == stats.NATIONAL_KEY else regions.get(code, code)

    def _section_name(
        self, code: str, sections: Mapping[str, str], direction: str | None = None
    ) -> str:
        if code == stats.NATIONAL_KEY:
            none = self.tr("no section")
            return f"{direction} · {none}" if direction else none
        return f"{code} {sections.get(code, '')}".strip()

    # --- the lists behind -------------------------------------------------------------------
    def _home(self) -> Any:
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "show_page"):
            widget = widget.parentWidget()
        return widget

    def _open(self, key: str, filters: Mapping[str, Any]) -> None:
        home = self._home()
        if home is None or key not in home.page_keys():
            return  # a page not built yet at this installation
        home.show_page(key, filters={**self._filter_values(), **filters})

    def _open_number(self, key: str) -> None:
        page = {
            "meetings": "meetings",
            "attendances": "people",
            "participants": "people",
            "unique_persons": "same-persons",
        }
        self._open(page.get(key, "proposals"), {})

    def _open_meetings(self, region: str, kind: str) -> None:
        self._open("meetings", {"region": region, "kind": kind})

    def _open_section(self, row: str, _direction: str) -> None:
        direction, section = row.split("/", 1)
        self._open("proposals", {"direction": direction, "section": section})

    def _open_review(self, section: str, status: str) -> None:
        self._open("proposals", {"section": section, "status": status})

    def _open_week(self, week: str, _what: str) -> None:
        monday = dt.date.fromisoformat(week)
        chosen = self._filter_values()
        start = max(monday, chosen.get("date_from", monday))
        end = min(monday + dt.timedelta(days=6), chosen.get("date_to", monday + dt.timedelta(6)))
        self._open("meetings", {"date_from": start, "date_to": end})
