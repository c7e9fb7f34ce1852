"""The window guides a hurried user: empty lists say what to do next, the date filter starts
open and the count follows it, Enter in the search opens the meeting found, a question chosen
in the list comes into its form, a fixed field clears its error, each new proposal starts as a
proposal, Help lists every shortcut and tells what khdesk this is, and headquarters is not
offered to amend what a region recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import meetings, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import SCHEMA_REVISION
from khdesk.storage.models import Proposal, Question
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from khdesk.ui.help import AboutDialog, ShortcutsDialog
from khdesk.ui.main_window import MainWindow
from tests.factories import make_closable_meeting, make_meeting
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, settle: Settle) -> Iterator[MainWindow]:
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    settle(context)
    yield shown


def _dialog(qtbot: QtBot, window: MainWindow, kind: type) -> object:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)))
    return next(d for d in window.findChildren(kind) if d.isVisible())


def test_an_empty_list_says_what_to_do_next_and_doing_it_works(
    qtbot: QtBot, context: AppContext, window: MainWindow, settle: Settle
) -> None:
    assert window.table.is_empty()
    assert window.table.empty_text == "No meetings yet: Ctrl+N — new meeting"
    press(qtbot, window.table, Qt.Key.Key_N, CONTROL)
    dialog = _dialog(qtbot, window, MeetingDialog)
    assert isinstance(dialog, MeetingDialog)
    type_text(dialog.ui.titleEdit, "Дөңгелек үстел Қостанай")
    press(qtbot, dialog.ui.titleEdit, Qt.Key.Key_Return)
    settle(context)
    assert window.meeting_view is not None  # the new meeting is open
    press(qtbot, window.meeting_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(context)
    assert not window.table.is_empty()
    assert window.shown_label.text() == "Shown: 1 of 1"


def test_the_dates_start_open_and_the_count_follows_the_filters(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor, date="2025-11-20", title="Өткен жылғы отырыс")
    make_meeting(context.db, actor, date="2026-03-02", title="Наурыз отырысы")
    make_meeting(context.db, actor, date="2026-09-16", title="Қыркүйек отырысы")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    for edit in (window.date_from, window.date_to):
        assert edit.value() is None
        assert edit.text() == "any date"  # not 2000-01-01 – 2100-12-31
    assert window.shown_label.text() == "Shown: 3 of 3"
    window.date_from.setDate(QDate(2026, 1, 1))  # picked in its calendar
    settle(context)
    assert window.shown_label.text() == "Shown: 2 of 3"
    window.date_to.setDate(QDate(2026, 6, 30))
    settle(context)
    assert window.shown_label.text() == "Shown: 1 of 3"
    window.date_from.setDate(QDate(2026, 4, 1))
    settle(context)
    assert window.table.is_empty()
    assert window.table.empty_text.startswith("No meeting matches the search and the filters")
    press(qtbot, window.date_from, Qt.Key.Key_Delete)  # the date left open again
    settle(context)
    assert window.date_from.value() is None
    assert window.shown_label.text() == "Shown: 2 of 3"  # up to the end of June
    qtbot.mouseClick(window.clear_dates_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert window.shown_label.text() == "Shown: 3 of 3"
    window.search.setText("наурыз")
    settle(context)
    assert window.shown_label.text() == "Shown: 1 of 3"


def test_enter_in_the_search_opens_the_meeting_found(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor, date="2026-09-16", title="Дөңгелек үстел Қостанай")
    make_meeting(context.db, actor, date="2026-09-20", title="Онлайн-сессия НПО")
    make_meeting(context.db, actor, date="2026-09-25", title="Пленарлық отырыс")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    press(qtbot, window.table, Qt.Key.Key_K, CONTROL)
    assert window.search.hasFocus()
    # typed and Enter at once, before the list has caught up with the search
    type_text(window.search, "қостанай")
    press(qtbot, window.search, Qt.Key.Key_Return)
    settle(context)
    assert window.meeting_view is not None
    assert "Дөңгелек үстел Қостанай" in window.meeting_view.header.text()
    # Up and Down in the search move through the list, Enter opens the one chosen
    press(qtbot, window.meeting_view, Qt.Key.Key_K, CONTROL)
    window.search.clear()
    settle(context)
    assert window.model.row_values(0)[5] == "Пленарлық отырыс"  # newest first
    assert window.table.currentIndex().row() == 2  # the one opened last is still chosen
    press(qtbot, window.search, Qt.Key.Key_Up)
    press(qtbot, window.search, Qt.Key.Key_Return)
    settle(context)
    assert "Онлайн-сессия НПО" in window.meeting_view.header.text()


def _open_tab(qtbot: QtBot, window: MainWindow, context: AppContext, settle: Settle, key: Qt.Key):
    window.table.selectRow(0)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None
    press(qtbot, view, key, CONTROL)
    settle(context)
    return view


def test_a_question_chosen_in_the_list_comes_into_its_form(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(context.db, actor)
    with context.db.transaction() as session:
        for text, addressee in (
            ("Өтінімдер қашан қабылданады?", "Әлібек Сейітов"),
            ("Гранттың көлемі қандай?", "Серік Оспанов"),
        ):
            proposals.add_question(session, actor, meeting.id, text=text, addressee=addressee)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    tab = _open_tab(qtbot, window, context, settle, Qt.Key.Key_5).questions
    tab.table.setFocus()
    press(qtbot, tab.table, Qt.Key.Key_Down)  # the first question
    press(qtbot, tab.table, Qt.Key.Key_Down)  # the second
    assert tab.question_edit.toPlainText() == "Гранттың көлемі қандай?"
    assert tab.addressee_edit.text() == "Серік Оспанов"
    assert tab.add_button.text() == "&Save changes"
    type_text(tab.answer_edit, "Бес миллион теңгеге дейін.")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    with context.db.session() as session:
        answered = session.exec(select(Question).where(Question.answer != None)).all()  # noqa: E711
    assert [(q.text, q.answer) for q in answered] == [
        ("Гранттың көлемі қандай?", "Бес миллион теңгеге дейін.")
    ]
    assert tab.question_edit.toPlainText() == ""  # ready for the next one
    assert tab.model_rows.rowCount() == 2

    # a question being typed is not replaced by choosing another without asking (No: kept)
    type_text(tab.question_edit, "Жаңа сұрақ")
    tab.table.setFocus()
    press(qtbot, tab.table, Qt.Key.Key_Down)
    assert tab.question_edit.toPlainText() == "Жаңа сұрақ"


def test_a_fixed_field_clears_its_error_and_only_that_field(
    qtbot: QtBot, context: AppContext, window: MainWindow, settle: Settle
) -> None:
    press(qtbot, window.table, Qt.Key.Key_N, CONTROL)
    dialog = _dialog(qtbot, window, MeetingDialog)
    assert isinstance(dialog, MeetingDialog)
    error = dialog.ui.errorLabel
    type_text(dialog.ui.chairEdit, "Нұрлан Әбдірахманов")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    settle(context)
    assert error.text() == "The title is empty: type it in."
    assert dialog.ui.titleEdit.hasFocus()  # the cursor is where the fix goes
    type_text(dialog.ui.placeEdit, "Астана")
    assert error.text()  # another field: the title is still empty
    type_text(dialog.ui.titleEdit, "Дөңгелек үстел")
    assert error.text() == ""
    dialog.close()


def test_quick_capture_starts_each_new_proposal_as_a_proposal_and_clears_its_error(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    tab = _open_tab(qtbot, window, context, settle, Qt.Key.Key_4).proposals
    assert tab.table.empty_text.startswith("No proposals yet")
    press(qtbot, tab.text_edit, Qt.Key.Key_Return, CONTROL)  # nothing typed yet
    qtbot.waitUntil(lambda: "is empty" in tab.error.text())  # the button's click, animated
    type_text(tab.text_edit, "Ауыл мектептеріне компьютер сыныптары керек.")
    assert tab.error.text() == ""  # fixed: the error goes
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("comment"))
    press(qtbot, tab.text_edit, Qt.Key.Key_Return, CONTROL)
    qtbot.waitUntil(lambda: tab.model_rows.rowCount() == 1)
    assert tab.kind_combo.currentData() == "proposal"  # the next one starts as a proposal
    type_text(tab.text_edit, "Жастарға арналған грант ашу.")
    press(qtbot, tab.text_edit, Qt.Key.Key_Return, CONTROL)
    qtbot.waitUntil(lambda: tab.model_rows.rowCount() == 2)
    with context.db.session() as session:
        kinds = {p.text: p.kind for p in session.exec(select(Proposal)).all()}
    assert kinds == {
        "Ауыл мектептеріне компьютер сыныптары керек.": "comment",
        "Жастарға арналған грант ашу.": "proposal",
    }


def test_help_lists_every_shortcut_of_the_window_from_its_actions(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    press(qtbot, window.table, Qt.Key.Key_F1)
    dialog = _dialog(qtbot, window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    listed = dict((what, keys) for keys, what in dialog.listed())
    assert listed["New meeting…"] == "Ctrl+N"
    assert listed["Find a meeting"] == "Ctrl+K"
    assert listed["Keyboard shortcuts"] == "F1"
    assert "Open a meeting" in dialog.note.text()
    dialog.close()

    # a meeting open: its tabs' keys too, and each tab's own, under the tab's name
    view = _open_tab(qtbot, window, context, settle, Qt.Key.Key_1)
    extra = QAction("Something new", view)  # a shortcut added tomorrow is listed by itself
    extra.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    view.addAction(extra)
    press(qtbot, view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len([d for d in window.findChildren(ShortcutsDialog)]) == 1)
    dialog = _dialog(qtbot, window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    listed = dict((what, keys) for keys, what in dialog.listed())
    assert listed["Go to the tab «Proposals»"] == "Ctrl+4"
    assert listed["Add proposal"] == "Ctrl+Return"
    assert listed["Documents…"] == "Ctrl+Shift+P"
    assert listed["Something new"] == "Ctrl+Shift+Y"
    parts = [part for part, _shortcuts in dialog.groups]
    assert parts[0] == "" and "Proposals" in parts
    type_text(dialog.filter, "tab")
    assert {what for _keys, what in dialog.listed()} == {
        f"Go to the tab «{name}»"
        for name in (
            "Details",
            "Participants",
            "Agenda and minutes",
            "Proposals",
            "Questions",
            "Attachments",
            "Documents",
            "Close",
        )
    }


def test_about_tells_what_khdesk_this_is_and_copies_it(
    qtbot: QtBot, network: tuple[Site, Site, Site], settle: Settle
) -> None:
    import platform

    from khdesk import __version__

    astana = network[1]
    context = AppContext(database=astana.database, data_dir=astana.folder, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    window.about_action.trigger()
    settle(context)
    dialog = _dialog(qtbot, window, AboutDialog)
    assert isinstance(dialog, AboutDialog)
    facts = dict(dialog.facts)
    assert facts["khdesk"] == __version__
    assert facts["Python"] == platform.python_version()
    assert facts["Database schema"] == SCHEMA_REVISION
    assert context.installation is not None
    assert facts["Device id"] == context.installation.device_id
    assert len(facts["Device code"]) >= 4 and facts["Device code"] != "—"
    assert facts["Data folder"] == str(context.data_dir)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Device id: {context.installation.device_id}" in copied
    assert f"Data folder: {context.data_dir}" in copied
    context.operations.shutdown()


def test_headquarters_is_not_offered_to_amend_a_regions_meeting(
    qtbot: QtBot, network: tuple[Site, Site, Site], tmp_path: Path, settle: Settle
) -> None:
    hq, astana, _almaty = network
    meeting = make_closable_meeting(astana.database, astana.actor)
    open_one = make_meeting(astana.database, astana.actor, date="2026-09-20", title="Ашық")
    with astana.database.transaction() as session:
        meetings.close_meeting(session, astana.actor, meeting.id)
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    context = AppContext(database=hq.database, data_dir=hq.folder, language="en")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        settle(context)
        for meeting_id in (meeting.id, open_one.id):
            window._open(meeting_id)
            settle(context)
            view = window.meeting_view
            assert view is not None and view.foreign
            assert view.amend_button.isHidden()
            assert "recorded on the region's laptop" in view.banner.text()
            assert view.banner.isVisibleTo(view)
            assert not view.edit_button.isEnabled()
            press(qtbot, view, Qt.Key.Key_4, CONTROL)
            settle(context)
            assert not view.proposals.add_button.isEnabled()  # nothing of it changes here
            press(qtbot, view, Qt.Key.Key_7, CONTROL)
            assert not view.close_button.isEnabled()
            window.show_list()
    finally:
        context.operations.shutdown()


def test_a_dates_calendar_opens_on_this_month_while_the_date_is_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    edit = window.date_from
    calendar = edit.calendarWidget()
    arrow = QPoint(edit.width() - 8, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the calendar opens
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    qtbot.waitUntil(
        lambda: (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    )
    assert edit.value() is None  # opening it chose no date
    calendar.window().hide()
