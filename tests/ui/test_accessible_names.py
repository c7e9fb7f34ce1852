"""Every control a user can reach in the main window and in a meeting has a name a screen reader
says (its own accessible name, its text, or its label's), in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from khdesk.services import proposals
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from tests.factories import make_closable_meeting
from tests.ui.conftest import Settle
from tests.ui.typing import press

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def _is_inner_part(widget: QWidget) -> bool:
    """A piece of another control (a combo box's or a date's line edit, a scroll bar, Qt's own
    buttons of a toolbar or a table) that is named by the control it belongs to."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView):  # a table's headers: the table has the name
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i) for i in range(widget.count())]
        return " ".join(texts) if all(texts) else ""
    accessible = QAccessible.queryAccessibleInterface(widget)
    said = accessible.text(QAccessible.Text.Name) if accessible is not None else ""
    return widget.accessibleName() or said


def unnamed(root: QWidget) -> list[str]:
    """The visible controls of ``root`` that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        shown = isinstance(widget, CONTROLS) and widget.isVisible()
        if shown and not _is_inner_part(widget) and not _name(widget).strip():
            where = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(where).__name__}")
    return missing


@pytest.mark.parametrize("language", ["en", "kk"])
def test_every_control_of_the_window_and_of_a_meeting_has_a_name(
    qtbot: QtBot, context: AppContext, actor: Actor, settle: Settle, language: str
) -> None:
    install_language(language)
    context.language = language
    meeting = make_closable_meeting(context.db, actor)
    with context.db.transaction() as session:
        proposals.add_proposal(session, actor, meeting.id, text="Ұсыныс", direction="D1")
        proposals.add_question(session, actor, meeting.id, text="Сұрақ?")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert unnamed(window) == []
    window.table.selectRow(0)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None
    for number in range(1, 8):
        press(qtbot, view, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        settle(context)
        assert unnamed(window) == [], view.tabs.tabText(number - 1)
    install_language("en")


def test_every_control_of_the_dialogs_has_a_name(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    from khdesk.ui.dialogs import MeetingDialog, WelcomeDialog
    from khdesk.ui.help import AboutDialog, ShortcutsDialog
    from khdesk.ui.settings_dialog import DocumentSettingsDialog

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    for open_it, kind in (
        (window.new_action.trigger, MeetingDialog),
        (window.shortcuts_action.trigger, ShortcutsDialog),
        (window.about_action.trigger, AboutDialog),
        (window.documents_action.trigger, DocumentSettingsDialog),
    ):
        open_it()
        settle(context)
        qtbot.waitUntil(lambda k=kind: any(d.isVisible() for d in window.findChildren(k)))
        dialog = next(d for d in window.findChildren(kind) if d.isVisible())
        assert unnamed(dialog) == [], kind.__name__
        dialog.close()
    welcome = WelcomeDialog(context, window)
    welcome.show()
    assert unnamed(welcome) == []
    welcome.close()
