"""Help: the keyboard shortcuts of the window, read from its actions, and About khdesk.

The shortcuts dialog is made from what the window holds at the moment it opens, never from a
list kept by hand: every visible ``QAction`` with a shortcut (the menus, the toolbar, a meeting's
tabs), every button with a shortcut of its own (not the Alt+letter its text underlines), and
every ``QShortcut`` that says what it does in its ``whatsThis``. Each is listed under the part
of the window it belongs to: the nearest widget that names its part with ``set_part_title``
(the meetings list, a meeting, a meeting's tab).
A new shortcut shows up by itself; give a ``QShortcut`` a ``whatsThis`` so it can be listed.
"""

from __future__ import annotations

import platform
import re
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QObject, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk import __version__
from khdesk.ui import labels
from khdesk.ui.geometry import fit_to_content, remember_geometry
from khdesk.ui.icons import icon

if TYPE_CHECKING:
    from khdesk.ui.context import AppContext

#: The dynamic property that names a part of the window for the shortcuts dialog.
PART_TITLE = "khdesk-part-title"


def set_part_title(widget: QWidget, title: str) -> None:
    """Name the part of the window ``widget`` is (its shortcuts are listed under ``title``)."""
    widget.setProperty(PART_TITLE, title)


def plain(text: str) -> str:
    """A menu or button text without its mnemonic (``&Open`` -> ``Open``)."""
    return re.sub(r"&(.)", r"\1", text).strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def _is_a_tab_page(widget: QWidget) -> bool:
    stack = widget.parentWidget()
    return isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget)


def _part(obj: QObject, root: QWidget) -> str | None:
    """The title of the part ``obj`` belongs to ("" for the window itself); None when it lies
    in a page of the window that is not the one shown (another open meeting)."""
    widget = obj if isinstance(obj, QWidget) else obj.parent()
    title: str | None = None
    while isinstance(widget, QWidget) and widget is not root:
        if title is None and widget.property(PART_TITLE):
            title = str(widget.property(PART_TITLE))
        # a hidden page of a stack is another screen of the window; a tab's page is still part
        # of the meeting shown, so its shortcuts are listed
        if widget.isHidden() and not _is_a_tab_page(widget):
            return None
        widget = widget.parentWidget()
    return title or ""


def collect_shortcuts(root: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """The shortcuts of ``root`` (a window) as (part, [(keys, what it does)]), the window's own
    part first, the others in the order they were found."""
    groups: dict[str, list[tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()

    def add(obj: QObject, keys: str, what: str) -> None:
        where = _part(obj, root)
        if where is None or not keys or not what:
            return
        if (keys, what) in seen:  # one action in a menu and on the toolbar
            return
        seen.add((keys, what))
        groups.setdefault(where, []).append((keys, what))

    for action in root.findChildren(QAction):
        if action.isVisible() and action.shortcuts() and not action.isSeparator():
            add(action, _keys(action.shortcuts()), plain(action.text()) or action.toolTip())
    for button in root.findChildren(QAbstractButton):
        # Alt and the underlined letter of a button's text is how the text reads, not a
        # shortcut to list
        mnemonic = QKeySequence.mnemonic(button.text())
        if (
            not button.shortcut().isEmpty()
            and not button.isHidden()
            and button.shortcut() != mnemonic
        ):
            what = plain(button.text()) or button.accessibleName() or button.toolTip()
            add(button, _keys([button.shortcut()]), what)
    for shortcut in root.findChildren(QShortcut):
        if shortcut.isEnabled() and shortcut.whatsThis():
            add(shortcut, _keys(shortcut.keys()), shortcut.whatsThis())
    return sorted(groups.items(), key=lambda item: item[0] != "")


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, by part, with a filter."""

    def __init__(self, window: QWidget, note: str = "") -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.windowTitle())
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find a shortcut"))
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.note = QLabel(note, wordWrap=True)
        self.note.setVisible(bool(note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.groups = collect_shortcuts(window)
        general = self.tr("Everywhere in the window")
        self._items: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for part, shortcuts in self.groups:
            heading = QTreeWidgetItem([part or general])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            rows = [QTreeWidgetItem([keys, what]) for keys, what in shortcuts]
            heading.addChildren(rows)
            heading.setExpanded(True)
            self._items.append((heading, rows))
        remember_geometry(self, "shortcuts", (640, 600))

    def listed(self) -> list[tuple[str, str]]:
        """(keys, what) of every shortcut the dialog shows now (the filter applied)."""
        return [
            (row.text(0), row.text(1))
            for heading, rows in self._items
            if not heading.isHidden()
            for row in rows
            if not row.isHidden()
        ]

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for heading, rows in self._items:
            visible = 0
            for row in rows:
                found = not wanted or any(wanted in row.text(c).casefold() for c in (0, 1))
                row.setHidden(not found)
                visible += found
            heading.setHidden(visible == 0)


# --- about ---------------------------------------------------------------------------------
def _device(work: Any) -> tuple[str | None, str | None, str]:
    from khdesk.services import installation

    # the revision the database itself records (the migrations keep it), in plain SQL that
    # SQLite and PostgreSQL both read
    connection = work.session.connection()
    schema = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    device = installation.local_device(work.session)
    if device is None:
        return None, None, str(schema or "—")
    return device.id, device.code, str(schema or "—")


def show_about(context: AppContext, parent: QWidget) -> None:
    """Read this device's identity, then show About khdesk over ``parent``."""

    def opened(found: tuple[str | None, str | None, str]) -> None:
        dialog = AboutDialog(context, *found, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    context.operations.read(_device, done=opened, owner=parent)


class AboutDialog(QDialog):
    """What khdesk this is, on what, with which database and data folder; Copy puts it all on
    the clipboard (for a message to whoever supports the campaign)."""

    def __init__(
        self,
        context: AppContext,
        device_id: str | None,
        device_code: str | None,
        schema: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About khdesk"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr("khdesk keeps the round tables of «Қазақстан халқына» on this computer.")
        )
        intro.setWordWrap(True)
        self.facts: list[tuple[str, str]] = [
            (self.tr("khdesk"), __version__),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Database schema"), schema),
            (self.tr("Role"), labels.role(context.role()) or "—"),
            (self.tr("Device id"), device_id or "—"),
            (self.tr("Device code"), device_code or "—"),
            (self.tr("Data folder"), str(context.data_dir)),
        ]
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name, value in self.facts:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(name)
            self.values[name] = shown
            form.addRow(name, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setAccessibleName(self.tr("Copy these details"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_content(self)

    def text(self) -> str:
        """The details as lines of ``name: value``."""
        return "\n".join(f"{name}: {value}" for name, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
