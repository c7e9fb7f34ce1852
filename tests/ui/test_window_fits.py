"""Every window fits a 1366×768 laptop screen (the tests' screen), opens where it was left, and
shows its content whole: nothing widens the main window, small dialogs fit their text, and a
cell too narrow for its text ends in «…» with the whole text on hover."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from khdesk.services import demo_documents, meetings, proposals
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog, WelcomeDialog
from khdesk.ui.help import AboutDialog, ShortcutsDialog
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from khdesk.ui.meeting_view import MeetingView
from khdesk.ui.settings_dialog import DocumentSettingsDialog
from khdesk.ui.tables import ElidedTextDelegate
from tests.factories import make_closable_meeting, make_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import press

CONTROL = Qt.KeyboardModifier.ControlModifier
LONG_TITLE = (
    "Қазақстан халқына қорының өңірлік дөңгелек үстелі: қайырымдылық конференциясының "
    "проспектісі, азаматтық қоғам мен бизнестің ұсыныстары және Үкіметке үндеу жобасы"
)
LONG_PLACE = "Қостанай облысы, Қостанай қаласы, Әл-Фараби даңғылы, 66, облыс әкімдігінің үлкен залы"


def screen() -> tuple[int, int, int, int]:
    area = QGuiApplication.primaryScreen().availableGeometry()
    return area.x(), area.y(), area.width(), area.height()


def assert_fits(window: QWidget) -> None:
    """Inside the screen, frame and all, and no smaller than what its content needs."""
    x, y, width, height = screen()
    frame = window.frameGeometry()
    assert frame.left() >= x and frame.top() >= y, (window, frame)
    assert frame.right() < x + width and frame.bottom() < y + height, (window, frame)
    need = window.minimumSizeHint()
    assert window.width() >= need.width() and window.height() >= need.height(), (window, need)


def assert_no_sideways_scrolling(view: MeetingView) -> None:
    """The tab shown is as wide as its content: nothing of it hides beyond the right edge."""
    holder = view.tabs.currentWidget()
    assert isinstance(holder, QScrollArea)
    page = holder.widget()
    assert page.minimumSizeHint().width() <= holder.viewport().width(), type(page).__name__


def assert_shows_its_texts(dialog: QWidget) -> None:
    """Every label and button of ``dialog`` is as wide as its text (a wrapping label wraps)."""
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisible() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            assert widget.width() >= widget.minimumSizeHint().width(), widget.text()


@pytest.fixture
def in_language(request: pytest.FixtureRequest, context: AppContext) -> Iterator[str]:
    language = request.param
    install_language(language)
    context.language = language
    yield language
    install_language("en")


def test_the_screen_of_the_tests_is_a_laptops() -> None:
    assert screen()[2:] == (1366, 768)


@pytest.mark.parametrize("in_language", ["kk", "ru"], indirect=True)
def test_the_main_window_fits_in_every_tab_and_while_a_proposal_is_edited(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle, in_language: str
) -> None:
    meeting = make_meeting(context.db, actor, title=LONG_TITLE, place=LONG_PLACE)
    # the longest section's name of the language, in the proposal and in its form's list
    code, direction, _name = max(context.sections(), key=lambda section: len(section[2]))
    with context.db.transaction() as session:
        proposals.add_proposal(
            session, actor, meeting.id, text="Ауыл мектептеріне компьютер сыныптары.",
            direction=direction, section=code, author_name=LONG_PLACE, organisation=LONG_TITLE,
        )  # fmt: skip
        demo_documents.write_received(session, seed=3)  # the Documents tab reads a version
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert_fits(window)
    width = window.width()
    window.table.setFocus()
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None
    assert view.tabs.count() == 8
    for number in range(1, view.tabs.count() + 1):
        press(qtbot, view, getattr(Qt.Key, f"Key_{number}"), CONTROL)
        settle(context)
        assert view.tabs.currentIndex() == number - 1
        assert window.minimumSizeHint().width() <= screen()[2], f"tab {number}"
        assert_fits(window)
        assert_no_sideways_scrolling(view)
    press(qtbot, view, Qt.Key.Key_4, CONTROL)
    tab = view.proposals
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.section_combo.currentData() == code  # the long name is in the form now
    settle(context)
    assert window.minimumSizeHint().width() <= screen()[2]
    assert window.width() == width  # it did not widen itself
    assert_fits(window)
    assert_no_sideways_scrolling(view)


def test_the_main_window_opens_where_it_was_left(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 600)
    window.move(120, 40)
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert again.size().toTuple() == (1000, 600)
    assert again.pos().toTuple() == (120, 40)


def test_a_place_off_every_screen_is_ignored_and_a_size_too_big_shrinks(
    qtbot: QtBot, context: AppContext
) -> None:
    QSettings().setValue("windows/main", "2500,1600,1000,600")  # a monitor since unplugged
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.size().toTuple() == (1000, 600)
    assert_fits(window)
    window.close()
    QSettings().setValue("windows/main", "0,0,2560,1440")  # left on a big monitor
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert_fits(window)


def test_every_dialog_fits_the_screen_and_shows_its_texts(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    closed = make_closable_meeting(context.db, actor)
    with context.db.transaction() as session:
        meetings.close_meeting(session, actor, closed.id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)

    def opened(kind: type[QWidget]) -> QWidget:
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)))
        (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
        assert_fits(dialog)
        assert_shows_its_texts(dialog)
        return dialog

    press(qtbot, window.table, Qt.Key.Key_N, CONTROL)
    opened(MeetingDialog).close()
    press(qtbot, window.table, Qt.Key.Key_F1)
    opened(ShortcutsDialog).close()
    window.about_action.trigger()
    settle(context)
    opened(AboutDialog).close()
    window.documents_action.trigger()
    settle(context)
    opened(DocumentSettingsDialog).close()

    # the reason of an amendment: a small dialog, as wide as its question (it was 204 × 94)
    window.table.selectRow(0)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None and view.amend_button.isVisible()
    qtbot.mouseClick(view.amend_button, Qt.MouseButton.LeftButton)
    reason = view.reason_dialog
    assert reason is not None and reason.isVisible()
    assert_fits(reason)
    assert reason.width() >= 360
    title = reason.fontMetrics().horizontalAdvance(reason.windowTitle())
    assert reason.width() > title
    reason.reject()

    welcome = WelcomeDialog(context, window)
    qtbot.addWidget(welcome)
    welcome.show()
    assert_fits(welcome)
    assert_shows_its_texts(welcome)


def test_a_cut_cell_ends_in_an_ellipsis_and_shows_its_whole_text_on_hover(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle
) -> None:
    make_meeting(context.db, actor, title=LONG_TITLE, place="Астана")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    table = window.table
    title = window.model.index(0, 4)
    assert table.columnWidth(4) <= 420  # the title's column is not as wide as the title
    delegate = table.itemDelegate()
    assert isinstance(delegate, ElidedTextDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(title)
    assert delegate.is_cut(option, title)

    def hover(column: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        centre = table.visualRect(window.model.index(0, column)).center()
        global_centre = table.viewport().mapToGlobal(centre)
        event = QHelpEvent(QEvent.Type.ToolTip, centre, global_centre)
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(4) == LONG_TITLE
    assert hover(0) == ""  # the number fits: no tooltip
