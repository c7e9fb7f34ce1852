"""Headquarters' home: its side bar and keys, pages built when first shown, the meetings list and
the people as two of its pages; a facilitator's window as it always was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from khdesk.paths import DataFolder
from khdesk.services import meetings, sync
from khdesk.ui.context import AppContext
from khdesk.ui.help import collect_shortcuts
from khdesk.ui.hq.home import PAGES
from khdesk.ui.hq.inbox import InboxPage
from khdesk.ui.main_window import MainWindow
from tests.sync.sites import Site, make_site
from tests.ui.conftest import Settle
from tests.ui.typing import press

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def headquarters(tmp_path: Path, template_db: Path) -> Iterator[Site]:
    """Headquarters holding two meetings."""
    site = make_site(tmp_path, template_db, "hq", "hq")
    with site.database.transaction() as session:
        for title in ("Ақмола", "Түркістан"):
            meetings.create_meeting(
                session, site.actor, kind="round-table", date="2026-10-01", title=title
            )
    yield site
    site.database.close()


@pytest.fixture
def window(qtbot: QtBot, headquarters: Site, settle: Settle) -> Iterator[MainWindow]:
    context = AppContext(database=headquarters.database, data_dir=headquarters.folder)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    settle(context)
    yield shown
    context.operations.shutdown()


def _number(key: str) -> Qt.Key:
    position = [entry[0] for entry in PAGES].index(key) + 1
    return getattr(Qt.Key, f"Key_{position}")


def test_a_facilitators_window_has_no_side_bar(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert window.home is None
    assert window.centralWidget() is window.stack
    assert window.findChildren(QListWidget, "hq-side-bar") == []
    assert window.stack.currentWidget() is window.list_page


def test_headquarters_opens_on_the_dashboard_beside_its_pages(window: MainWindow) -> None:
    home = window.home
    assert home is not None and window.centralWidget() is home
    assert home.current_key() == "dashboard"
    listed = [home.side_bar.item(row).text() for row in range(home.side_bar.count())]
    assert listed[:1] == ["Dashboard"]
    assert {"People", "Meetings"} <= set(listed)
    # nothing but the dashboard is built, and the meetings are not read, until shown
    assert home.page("people") is None
    assert window.model.rowCount() == 0


def test_ctrl_and_a_number_switch_pages_and_each_loads_when_shown(
    qtbot: QtBot, window: MainWindow, settle: Settle
) -> None:
    home = window.home
    assert home is not None
    press(qtbot, window, _number("meetings"), CTRL)
    settle(window.context)
    assert home.current_key() == "meetings"
    assert window.model.rowCount() == 2
    press(qtbot, window, _number("people"), CTRL)
    settle(window.context)
    assert home.current_key() == "people"
    assert window.persons_page is not None and home.page("people") is window.persons_page
    press(qtbot, window, _number("dashboard"), CTRL)
    assert home.current_key() == "dashboard"
    home.side_bar.setFocus()
    press(qtbot, home.side_bar, Qt.Key.Key_Down)  # the side bar by arrows
    assert home.current_key() == home.page_keys()[1]


def test_a_meeting_opened_at_headquarters_keeps_its_tabs_keys(
    qtbot: QtBot, window: MainWindow, settle: Settle
) -> None:
    home = window.home
    assert home is not None
    press(qtbot, window, _number("meetings"), CTRL)
    settle(window.context)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(window.context)
    view = window.meeting_view
    assert view is not None and view.isVisible()
    press(qtbot, view, Qt.Key.Key_2, CTRL)  # the meeting's second tab, not a page
    settle(window.context)
    assert home.current_key() == "meetings" and view.tabs.currentIndex() == 1
    window.back_action.trigger()
    settle(window.context)
    assert window.stack.currentWidget() is window.list_page
    press(qtbot, window, _number("dashboard"), CTRL)  # the pages' keys are back
    assert home.current_key() == "dashboard"


def test_the_people_action_and_help_know_the_pages(
    qtbot: QtBot, window: MainWindow, settle: Settle
) -> None:
    home = window.home
    assert home is not None
    window.persons_action.trigger()  # Ctrl+P, as at a facilitator's
    settle(window.context)
    assert home.current_key() == "people"
    listed = dict(row for _part, rows in collect_shortcuts(window) for row in rows)
    assert listed["Ctrl+1"] == "Go to the page «Dashboard»"
    assert listed[f"Ctrl+{_number('meetings').value - Qt.Key.Key_0.value}"] == (
        "Go to the page «Meetings»"
    )


def test_the_inbox_page_lists_the_bundles_received_with_their_reasons(
    qtbot: QtBot, window: MainWindow, headquarters: Site, settle: Settle, tmp_path: Path
) -> None:
    broken = tmp_path / "бүлінген.khb"
    broken.write_bytes(b"damaged")
    sync.import_file(headquarters.database, broken, DataFolder(headquarters.folder))
    home = window.home
    assert home is not None
    press(qtbot, window, _number("inbox"), CTRL)
    settle(window.context)
    page = home.page("inbox")
    assert isinstance(page, InboxPage) and page.isVisible()
    assert page.model.rowCount() == 1
    assert page.model.row_values(0)[6] == "бүлінген.khb"
    assert page.details.isVisible() and page.details.text()
    assert page.import_button.isVisible()
