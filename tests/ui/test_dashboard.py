"""Headquarters' dashboard: the demo campaign's figures as stats.py counts them, narrowed by its
filters, and a click on a bar that opens the meetings behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from khdesk.services import demo, installation, stats
from khdesk.ui.context import AppContext
from khdesk.ui.hq.dashboard import SHOWN, BarChart, DashboardPage
from khdesk.ui.main_window import MainWindow
from tests import backends
from tests.sync.sites import Site, make_site
from tests.ui.conftest import Settle

#: every letter of the Kazakh alphabet that Russian does not have
KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


pytestmark = pytest.mark.both_backends  # headquarters on the run's server too


@pytest.fixture
def headquarters(tmp_path: Path, template_db: Path) -> Iterator[Site]:
    """Headquarters holding the demo campaign."""
    site = make_site(tmp_path, template_db, "hq", "hq")
    with site.database.transaction() as session:
        demo.write_campaign(session, installation.require_actor(session))
    yield site
    site.database.close()
    backends.drop(site.database.url)


@pytest.fixture
def window(qtbot: QtBot, headquarters: Site, settle: Settle) -> Iterator[MainWindow]:
    context = AppContext(database=headquarters.database, data_dir=headquarters.folder)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.resize(1366, 740)
    shown.show()
    settle(context)
    yield shown
    context.operations.shutdown()


def _dashboard(window: MainWindow) -> DashboardPage:
    assert window.home is not None
    page = window.home.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def _counted(site: Site, filters: stats.Filters = stats.NO_FILTERS) -> dict[str, Any]:
    with site.database.session() as session:
        return {name: stats.FIGURES[name](session, filters) for name in SHOWN}


def _drawn(page: DashboardPage) -> dict[str, Any]:
    """What the charts show, reshaped as the figures are."""
    meetings: dict[str, dict[str, int]] = {}
    for region in page.meetings_chart.categories:
        for kind in page.meetings_chart.set_keys:
            if count := page.meetings_chart.value(region, kind):
                meetings.setdefault(region, {})[kind] = count
    sectors = page.sectors_chart
    proposals: dict[str, dict[str, int]] = {}
    for row in page.sections_chart.categories:
        direction, section = row.split("/")
        proposals.setdefault(direction, {})[section] = page.sections_chart.value(row, direction)
    review = {
        section: {status: page.review_chart.value(section, status)
                  for status in page.review_chart.set_keys}
        for section in page.review_chart.categories
    }  # fmt: skip
    return {
        "meetings_by_region_and_kind": meetings,
        "attendances_by_sector": {
            code: sectors.value(code, "attendances")
            for code in sectors.categories
            if sectors.value(code, "attendances")
        },
        "participants_by_sector": {
            code: sectors.value(code, "participants")
            for code in sectors.categories
            if sectors.value(code, "participants")
        },
        "proposals_by_direction_and_section": proposals,
        "review_progress": review,
        "weeks": {
            week: page.activity_chart.value(week, "meetings")
            for week in page.activity_chart.categories
        },
    }


def _expected(counted: dict[str, Any]) -> dict[str, Any]:
    shown = {name: counted[name] for name in SHOWN if name != "activity_by_week"}
    shown["weeks"] = {week["week"]: week["meetings"] for week in counted["activity_by_week"]}
    return shown


def test_headquarters_opens_on_the_dashboard_with_the_figures_stats_counts(
    window: MainWindow, headquarters: Site
) -> None:
    assert window.home is not None and window.home.current_key() == "dashboard"
    page = _dashboard(window)
    counted = _counted(headquarters)
    assert page.figures == counted
    assert _drawn(page) == _expected(counted)
    meetings = sum(sum(kinds.values()) for kinds in counted["meetings_by_region_and_kind"].values())
    proposals = sum(
        sum(sections.values())
        for sections in counted["proposals_by_direction_and_section"].values()
    )
    assert meetings > 0 and proposals > 0
    assert page.numbers["meetings"].text().split("\n")[0].replace("\u00a0", "") == str(meetings)
    assert page.numbers["proposals"].text().split("\n")[0].replace("\u00a0", "") == str(proposals)
    # every status of the vocabulary has its part of each section's bar
    assert page.review_chart.set_keys[: len(stats.review_statuses())] == stats.review_statuses()


def test_the_charts_labels_show_kazakh_letters(window: MainWindow) -> None:
    window.set_language("kk")
    page = _dashboard(window)
    axis = page.meetings_chart.category_axis
    assert axis is not None
    labels = " ".join(axis.categories())
    assert set(labels) & set(KAZAKH)  # Қарағанды облысы, Түркістан облысы …
    metrics = QFontMetrics(axis.labelsFont())
    assert [letter for letter in KAZAKH if not metrics.inFontUcs4(ord(letter))] == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_headquarters_fits_a_laptops_screen_on_every_page_with_the_campaigns_figures(
    window: MainWindow, settle: Settle, language: str
) -> None:
    """The key numbers' captions, the charts and each page's lists leave the window no wider
    than 1366 pixels, in the language whose words are longest."""
    window.set_language(language)
    assert window.home is not None
    for key in window.home.page_keys():
        window.home.show_page(key)
        settle(window.context)
        assert window.minimumSizeHint().width() <= 1366, key
        assert window.width() <= 1366, key


def test_a_region_chosen_narrows_every_figure(
    qtbot: QtBot, window: MainWindow, headquarters: Site, settle: Settle
) -> None:
    page = _dashboard(window)
    everything = _counted(headquarters)
    combo = page.region_filter
    combo.setFocus()
    for _ in range(combo.count()):  # Astana, chosen by keyboard
        if combo.currentData() == "71":
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    settle(window.context)
    narrowed = _counted(headquarters, stats.Filters(region="71"))
    assert page.figures == narrowed
    assert _drawn(page) == _expected(narrowed)
    assert [name for name in SHOWN if narrowed[name] == everything[name]] == []

    page.clear_button.click()
    settle(window.context)
    assert page.figures == everything


def test_dates_and_a_kind_narrow_the_figures_too(
    window: MainWindow, headquarters: Site, settle: Settle
) -> None:
    page = _dashboard(window)
    weeks = [week["week"] for week in _counted(headquarters)["activity_by_week"]]
    start = dt.date.fromisoformat(weeks[1])
    page.date_from.setDate(QDate(start.year, start.month, start.day))
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("round-table"))
    settle(window.context)
    narrowed = _counted(headquarters, stats.Filters(date_from=start, kind="round-table"))
    assert page.figures == narrowed
    assert _drawn(page) == _expected(narrowed)


def test_dates_the_wrong_way_round_are_told_in_one_sentence_and_nothing_is_read(
    window: MainWindow, settle: Settle
) -> None:
    page = _dashboard(window)
    page.date_to.setDate(QDate(2026, 8, 1))
    settle(window.context)
    before = page.figures
    page.date_from.setDate(QDate(2026, 9, 1))
    settle(window.context)
    assert page.problem.isVisible()
    assert "swap the two dates" in page.problem.text()
    assert page.figures == before


def _click_bar(qtbot: QtBot, chart: BarChart, category: str, set_key: str) -> None:
    """Click the middle of the part of ``category``'s bar that belongs to ``set_key``."""
    assert chart.series is not None
    chart.ensureVisible(chart.rect())
    row = chart.categories.index(category)
    column = chart.set_keys.index(set_key)
    sets = chart.series.barSets()
    before = sum(sets[i].at(row) for i in range(column))
    middle = QPointF(before + sets[column].at(row) / 2, row)
    inside = chart.chart().mapToPosition(middle, chart.series)
    point = chart.mapFromScene(chart.chart().mapToScene(inside))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_click_on_a_bar_opens_the_meetings_of_its_region_and_kind(
    qtbot: QtBot, window: MainWindow, headquarters: Site, settle: Settle
) -> None:
    page = _dashboard(window)
    page.figures_area.ensureWidgetVisible(page.meetings_chart)
    by_region = _counted(headquarters)["meetings_by_region_and_kind"]
    _click_bar(qtbot, page.meetings_chart, "71", "online")
    settle(window.context)
    assert window.home is not None and window.home.current_key() == "meetings"
    assert window.region_filter.currentData() == "71"
    assert window.kind_filter.currentData() == "online"
    assert window.model.rowCount() == by_region["71"]["online"]
    assert window.table.hasFocus()


def test_a_click_on_a_week_opens_the_meetings_of_that_week(
    qtbot: QtBot, window: MainWindow, headquarters: Site, settle: Settle
) -> None:
    page = _dashboard(window)
    page.figures_area.ensureWidgetVisible(page.activity_chart)
    weeks = _counted(headquarters)["activity_by_week"]
    busiest = max(weeks, key=lambda week: week["meetings"])
    chart = page.activity_chart
    assert chart.series is not None
    row = chart.categories.index(busiest["week"])
    # the meetings' bar is the first of the week's two
    width = chart.series.barWidth() / 2
    inside = chart.chart().mapToPosition(
        QPointF(row - width / 2, busiest["meetings"] / 2), chart.series
    )
    point = chart.mapFromScene(chart.chart().mapToScene(inside))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window.context)
    assert window.home is not None and window.home.current_key() == "meetings"
    monday = dt.date.fromisoformat(busiest["week"])
    assert window.date_from.value() == monday
    assert window.date_to.value() == monday + dt.timedelta(days=6)
    assert window.model.rowCount() == busiest["meetings"]
