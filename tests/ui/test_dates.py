"""Dates in the window are written as the documents write them (16.09.2026, 10:30), in every
language: the list of meetings, a meeting's heading, its date field and the list's filters."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel
from pytestqt.qtbot import QtBot

from khdesk.services.recorder import Actor
from khdesk.ui import dates
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from tests.factories import make_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import press

UI = Path(__file__).parents[2] / "khdesk" / "ui"


def test_the_helper_writes_days_and_times_as_the_documents_do() -> None:
    assert dates.day(dt.date(2026, 9, 16)) == "16.09.2026"
    assert dates.day(None) == ""
    assert dates.time_of_day(dt.time(9, 5)) == "09:05"
    local = dt.datetime(2026, 9, 16, 10, 30).astimezone()  # this computer's time zone
    assert dates.moment(local.astimezone(dt.UTC)) == "16.09.2026 10:30"
    assert dates.file_stamp(dt.datetime(2026, 9, 16, 10, 30)) == "20260916-1030"


def test_the_window_formats_dates_only_through_the_helper() -> None:
    """No file of the window writes a date or a time its own way (strftime, isoformat, a
    display format or toString of a date): each goes through ``khdesk.ui.dates``."""
    own_way = re.compile(
        r"\.strftime\(|\.isoformat\(|setDisplayFormat\(|(?:date|time|Date|Time)\w*\(\)\.toString\("
    )
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "dates.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if own_way.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_list_the_meeting_and_its_fields_show_16_09_2026(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle, language: str
) -> None:
    install_language(language)
    context.language = language
    make_meeting(context.db, actor, date="2026-09-16", starts_at="10:00", ends_at="12:30")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    column = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)].index(
        window.tr("Date")
    )
    assert window.model.index(0, column).data() == "16.09.2026"
    window.date_from.setDate(QDate(2026, 9, 1))
    assert window.date_from.text() == "01.09.2026"
    window.date_from.clear_date()
    settle(context)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None
    assert "16.09.2026" in view.header.text()
    assert "10:00 – 12:30" in " ".join(label.text() for label in view.findChildren(QLabel))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.findChildren(MeetingDialog)))
    (dialog,) = view.findChildren(MeetingDialog)
    assert dialog.findChild(QDateEdit, "dateEdit").text() == "16.09.2026"
    assert dialog.ui.startEdit.text() == "10:00"
    dialog.close()
    install_language("en")
