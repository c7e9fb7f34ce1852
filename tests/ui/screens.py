"""Every screen a user can reach from the main window, for the checks that read them all: the
meetings list, an open meeting's eight tabs, the People page and each dialog the menus open."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from khdesk.services import campaign_documents as drafts
from khdesk.services import demo_documents, meetings, proposals
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import WelcomeDialog
from khdesk.ui.main_window import MainWindow
from tests.factories import make_closable_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press

TAGS = re.compile(r"<[^>]+>")


@dataclass
class Screen:
    """One screen as a user sees it: its name and the window it is in."""

    name: str
    window: QWidget
    menu_bar: QMenuBar | None = None
    menus: list[QMenu] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # what a message box said


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def shown_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and its widgets a user can see now (not on a hidden tab or page)."""
    return [root, *(widget for widget in root.findChildren(QWidget) if _visible(widget))]


def visible_texts(screen: Screen) -> list[tuple[str, str]]:
    """(what, text) of every text the screen shows: titles, labels, buttons, tabs, headers,
    placeholders, choices, read-only text, the status bar, the menus."""
    found: list[tuple[str, str]] = [("window title", screen.window.windowTitle())]
    for widget in shown_widgets(screen.window):
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((kind, TAGS.sub(" ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
            found += [(kind, str(model.headerData(i, orientation) or "")) for i in range(count)]
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            if not widget.text():
                found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            found += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
            found.append((kind, widget.toPlainText()))
        elif isinstance(widget, QAbstractItemView) and getattr(widget, "is_empty", bool)():
            found.append(("empty list", getattr(widget, "empty_text", "")))
        if widget.toolTip():
            found.append(("tooltip", TAGS.sub(" ", widget.toolTip())))
    for menu in screen.menus:
        found.append(("menu", menu.title()))
        found += [("menu item", action.text()) for action in menu.actions() if action.isVisible()]
    found += [("message box", TAGS.sub(" ", text)) for text in screen.messages]
    return [(what, text) for what, text in found if text.strip()]


def _menus(window: MainWindow) -> list[QMenu]:
    found = []
    pending = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while pending:
        menu = pending.pop(0)
        if isinstance(menu, QMenu):
            found.append(menu)
            pending += [action.menu() for action in menu.actions() if action.menu()]
    return found


def _opened_by(
    qtbot: QtBot,
    context: AppContext,
    settle: Settle,
    told: list[str],
    window: QWidget,
    name: str,
    trigger: Callable[[], object],
) -> Iterator[Screen]:
    """The dialogs and messages that ``trigger`` (a menu item, a button) opens, each looked at
    and closed again."""
    before = {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
    said = len(told)
    trigger()
    settle(context)
    qtbot.wait(0)  # a dialog opened by a result shows in the next round of events
    opened = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and id(widget) not in before and isinstance(widget, QDialog)
    ]
    for dialog in opened:
        yield Screen(f"the dialog of {name!r} ({type(dialog).__name__})", dialog)
        dialog.close()
        settle(context)
    if told[said:]:
        yield Screen(f"the message of {name!r}", window, messages=told[said:])


def _buttons_that_open(root: QWidget) -> list[QPushButton]:
    """The buttons shown on ``root`` that open a dialog (their text ends with «…»)."""
    return [
        button
        for button in root.findChildren(QPushButton)
        if _visible(button) and button.isEnabled() and button.text().endswith("…")
    ]


def _cancel_every_file_and_input_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """File and input dialogs answer at once, as if cancelled (a walk opens what it finds)."""
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([], "")))
    for name in ("getText", "getMultiLineText", "getItem"):  # as if cancelled
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))


def every_screen(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> Iterator[Screen]:
    """Open every screen in turn, each one shown while it is looked at; ``told`` is where the
    message boxes (answered at once in tests) leave what they said."""
    _cancel_every_file_and_input_dialog(monkeypatch)
    meeting = make_closable_meeting(context.db, actor)
    closed = make_closable_meeting(context.db, actor)
    make_person(context.db, actor)
    with context.db.transaction() as session:
        demo_documents.write_received(session, seed=7)  # the Documents tab has a text to read
        proposals.add_proposal(session, actor, meeting.id, text="Ұсыныс", direction="D1")
        proposals.add_question(session, actor, meeting.id, text="Сұрақ?")
        meetings.close_meeting(session, actor, closed.id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    menus = _menus(window)

    def of_window(name: str) -> Screen:
        return Screen(name, window, window.menuBar(), menus)

    yield of_window("the list of meetings")
    for shown, state in ((meeting, "open"), (closed, "closed")):
        pressed: set[str] = set()  # a button on every tab (Documents…) is opened once
        rows = [window.model.record_id(row) for row in range(window.model.rowCount())]
        window.table.selectRow(rows.index(shown.id))
        press(qtbot, window.table, Qt.Key.Key_Return)
        settle(context)
        view = window.meeting_view
        assert view is not None and view.meeting_id == shown.id
        for number in range(1, view.tabs.count() + 1):
            key = getattr(Qt.Key, f"Key_{number}")
            press(qtbot, view, key, Qt.KeyboardModifier.ControlModifier)
            settle(context)
            tab = view.tabs.tabText(number - 1)
            yield of_window(f"the {state} meeting's tab {tab!r}")
            for button in _buttons_that_open(window):
                if button.text() in pressed:
                    continue
                pressed.add(button.text())
                name = f"{button.text().replace('&', '')} on the {state} meeting's tab {tab!r}"
                yield from _opened_by(qtbot, context, settle, told, window, name, button.click)
        window.back_action.trigger()
        settle(context)
    window.persons_action.trigger()
    settle(context)
    yield of_window("the People page")
    window.persons_page.table.selectRow(0)
    for button in _buttons_that_open(window):
        name = f"{button.text().replace('&', '')} on the People page"
        yield from _opened_by(qtbot, context, settle, told, window, name, button.click)
    window.back_action.trigger()
    settle(context)
    skipped = {window.quit_action, *window.language_actions.values()}
    skipped |= {window.open_action, window.back_action, window.find_action, window.persons_action}
    for menu in menus:
        for action in menu.actions():
            if action in skipped or action.menu() or action.isSeparator():
                continue
            if not (action.isVisible() and action.isEnabled()):
                continue
            title = action.text().replace("&", "")
            yield from _opened_by(qtbot, context, settle, told, window, title, action.trigger)
    welcome = WelcomeDialog(context, window)
    qtbot.addWidget(welcome)
    welcome.show()
    yield Screen("the welcome of the first start", welcome)
    welcome.close()


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` in ``text`` (Alt+that letter), small; "" when none."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        return following.lower()
    return ""


def _labelled(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.buddy() is not None else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title() if widget.isCheckable() else ""
    return ""


def accelerators(screen: Screen) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter on the screen: its visible labels, buttons and tabs,
    and the menu bar's titles, which Alt+letter opens from anywhere in the window."""
    found = []
    for widget in shown_widgets(screen.window):
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts = [action.text() for action in widget.actions() if action.isVisible()]
        else:
            texts = [_labelled(widget)]
        found += [(mnemonic(text), text) for text in texts if mnemonic(text)]
    return found


def menu_accelerators(menu: QMenu) -> list[tuple[str, str]]:
    """(letter, text) of the letters that choose an item of the open ``menu``."""
    texts = [action.text() for action in menu.actions() if action.isVisible()]
    return [(mnemonic(text), text) for text in texts if mnemonic(text)]


def every_headquarters_screen(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> Iterator[Screen]:
    """Headquarters' home: each page of its side bar over a small campaign, with the dialogs
    its «…» buttons open (file dialogs answered as cancelled)."""
    from khdesk.services import demo

    _cancel_every_file_and_input_dialog(monkeypatch)
    small = demo.Scale("small", 2026, 3, 40, 0, 0, 0, 0, 60, 0, 0)
    with context.db.transaction() as session:
        demo.CampaignWriter(session, actor, small, seed=5).write()
        drafts.create_document(  # a draft, so that the Documents page's drafting shows
            session, kind="declaration", title_kk="Ауыл мектептері туралы Үндеу",
            title_ru="Обращение о сельских школах", paragraphs_kk=["Ауыл мектептері."],
            paragraphs_ru=["Сельские школы."],
        )  # fmt: skip
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    home = window.home
    assert home is not None
    menus = _menus(window)
    for key in home.page_keys():
        page = home.show_page(key)
        settle(context)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # a row chosen: the detail and the actions on it show
            settle(context)
        tree = getattr(page, "tree", None)
        if isinstance(tree, QTreeWidget) and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
            settle(context)
        title = home.title(key)
        yield Screen(f"headquarters' page {title!r}", window, window.menuBar(), menus)
        for button in _buttons_that_open(page):
            name = f"{button.text().replace('&', '')} on headquarters' page {title!r}"
            yield from _opened_by(qtbot, context, settle, told, window, name, button.click)
