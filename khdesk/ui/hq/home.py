"""Headquarters' home: a side bar of pages beside the page shown, each page built the first
time it is shown.

A page is a QWidget ``Page(context, parent=None)`` with ``activate()`` (called each time it is
shown: it refreshes what is stale) and, if it shows a list that can be narrowed,
``open_list(filters)`` (called before ``activate`` when the page is opened from a bar or a number
of the dashboard). The filters are a dict of plain values whose keys are those of
``khdesk.services.stats.Filters`` (``date_from``, ``date_to``, ``region``, ``kind``,
``direction``) and, for proposals, ``section`` and ``status``; a page ignores keys it has no
filter for. ``HeadquartersHome.show_page(key, filters)`` is the one way to switch pages.

How to add a page: write its module, then put its line in ``PAGES`` (key, title, icon of
``khdesk.ui.icons.ICONS``, "module:Class"). A page whose module does not exist yet is left out
of the side bar. Ctrl+1…9 follow the order of ``PAGES``, so a page keeps its key as others arrive.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from khdesk.ui.context import AppContext
from khdesk.ui.i18n import QT_TRANSLATE_NOOP
from khdesk.ui.icons import ICONS, icon

CONTEXT = "HeadquartersHome"

#: Every page of headquarters, in the side bar's order: (key, title, icon, "module:Class").
#: None for the class: a page the main window already has (the meetings list with the meetings
#: opened from it, the people) and hands to the home as an ``OwnPage``.
PAGES: tuple[tuple[str, str, str, str | None], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("HeadquartersHome", "Dashboard"), "documents", "khdesk.ui.hq.dashboard:DashboardPage"),  # noqa: E501
    ("proposals", QT_TRANSLATE_NOOP("HeadquartersHome", "Proposals"), "edit", "khdesk.ui.hq.review_page:ProposalsPage"),  # noqa: E501
    ("people", QT_TRANSLATE_NOOP("HeadquartersHome", "People"), "people", None),
    ("meetings", QT_TRANSLATE_NOOP("HeadquartersHome", "Meetings"), "open", None),
    ("devices", QT_TRANSLATE_NOOP("HeadquartersHome", "Regions and devices"), "device-card", "khdesk.ui.hq.devices_page:DevicesPage"),  # noqa: E501
    ("reference", QT_TRANSLATE_NOOP("HeadquartersHome", "Reference data"), "reference-export", "khdesk.ui.hq.reference_page:ReferencePage"),  # noqa: E501
    ("inbox", QT_TRANSLATE_NOOP("HeadquartersHome", "Inbox and history"), "import-bundles", "khdesk.ui.hq.inbox:InboxPage"),  # noqa: E501
    ("similar", QT_TRANSLATE_NOOP("HeadquartersHome", "Similar proposals"), "copy", "khdesk.ui.hq.similar_page:SimilarPage"),  # noqa: E501
    ("same-persons", QT_TRANSLATE_NOOP("HeadquartersHome", "Same persons"), "people", "khdesk.ui.hq.persons_review:PersonsReviewPage"),  # noqa: E501
    ("documents", QT_TRANSLATE_NOOP("HeadquartersHome", "Documents"), "documents", "khdesk.ui.hq.documents_page:DocumentsPage"),  # noqa: E501
)  # fmt: skip


@dataclass(frozen=True)
class OwnPage:
    """A page the main window builds and keeps itself (the same widget a facilitator has)."""

    build: Callable[[], QWidget]
    activate: Callable[[], object]
    open_list: Callable[[dict[str, Any]], object] | None = None


def _module_exists(path: str) -> bool:
    module = path.split(":", 1)[0]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _page_class(path: str) -> Any:
    module, name = path.split(":", 1)
    return getattr(importlib.import_module(module), name)


class HeadquartersHome(QWidget):
    """Headquarters' navigation: the side bar of the pages that exist and the page shown."""

    #: the key of the page just shown
    page_shown = Signal(str)

    def __init__(
        self,
        context: AppContext,
        own_pages: Mapping[str, OwnPage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._own = dict(own_pages)
        self._titles = {key: title for key, title, _icon, _path in PAGES}
        self._paths = {key: path for key, _title, _icon, path in PAGES}
        self._keys = [
            key
            for key, _title, _icon, path in PAGES
            if (key in self._own if path is None else _module_exists(path))
        ]
        self._pages: dict[str, QWidget] = {}
        self.side_bar = QListWidget()
        self.side_bar.setObjectName("hq-side-bar")
        self.side_bar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.side_bar.setIconSize(QSize(20, 20))
        self.side_bar.setSpacing(2)
        for key, _title, icon_name, _path in PAGES:
            if key in self._keys:
                item = QListWidgetItem(icon(icon_name) if icon_name in ICONS else icon("open"), "")
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.side_bar.addItem(item)
        self.side_bar.currentRowChanged.connect(self._on_side_bar_row)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side_bar)
        layout.addWidget(self.stack, 1)
        # the keys are actions of the home, so that Help → Keyboard shortcuts lists them
        self.page_actions: dict[str, QAction] = {}
        for number, (key, *_rest) in enumerate(PAGES, start=1):
            if key not in self._keys:
                continue
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))  # the tenth: Ctrl+0
            action.triggered.connect(lambda _checked=False, k=key: self._show_by_key(k))
            self.addAction(action)
            self.page_actions[key] = action
        self.retranslate()

    # --- what the window asks ---------------------------------------------------------------
    def page_keys(self) -> list[str]:
        """The pages in the side bar, in its order."""
        return list(self._keys)

    def title(self, key: str) -> str:
        return QCoreApplication.translate(CONTEXT, self._titles[key])

    def page(self, key: str) -> QWidget | None:
        """The page of ``key`` if it has been built."""
        return self._pages.get(key)

    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self._pages.items() if page is current), None)

    def page_of(self, key: str) -> QWidget:
        """The page of ``key``, built now if it never was (it is not shown)."""
        page = self._pages.get(key)
        return page if page is not None else self._build(key)

    def drop(self, key: str) -> None:
        """Forget the page of ``key`` (its texts are of another language): it is built again
        when shown, at once if it is the one shown now."""
        page = self._pages.pop(key, None)
        if page is None:
            return
        showing = self.stack.currentWidget() is page
        self.stack.removeWidget(page)
        page.deleteLater()
        if showing:
            self.show_page(key)

    def show_page(self, key: str, filters: Mapping[str, Any] | None = None) -> QWidget:
        """Show the page of ``key`` (built now if it never was), narrowed to ``filters``."""
        page = self.page_of(key)
        self.stack.setCurrentWidget(page)
        row = self._keys.index(key)
        if self.side_bar.currentRow() != row:
            self.side_bar.blockSignals(True)
            self.side_bar.setCurrentRow(row)
            self.side_bar.blockSignals(False)
        own = self._own.get(key) if self._paths[key] is None else None
        open_list = own.open_list if own is not None else getattr(page, "open_list", None)
        if filters is not None and open_list is not None:
            open_list(dict(filters))
        activate = own.activate if own is not None else getattr(page, "activate", None)
        if activate is not None:
            activate()
        self.page_shown.emit(key)
        return page

    def set_page_keys(self, enabled: bool) -> None:
        """Let Ctrl+1…7 switch pages, or leave them to what is shown (an open meeting's tabs
        have the same keys: the meeting takes them while it is shown)."""
        for action in self.page_actions.values():
            action.setVisible(enabled)

    def retranslate(self) -> None:
        """Set every text again, in the current language."""
        for row in range(self.side_bar.count()):
            item = self.side_bar.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.title(key))
            keys = (
                self.page_actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            item.setToolTip(f"{self.title(key)} ({keys})")
        for key, action in self.page_actions.items():
            action.setText(self.tr("Go to the page «{title}»").format(title=self.title(key)))
        self.side_bar.setAccessibleName(self.tr("Headquarters' pages"))
        # as wide as the longest title in this language, no wider
        width = self.side_bar.sizeHintForColumn(0) + 2 * self.side_bar.frameWidth() + 16
        self.side_bar.setFixedWidth(max(width, 140))

    # --- inside -----------------------------------------------------------------------------
    def _build(self, key: str) -> QWidget:
        path = self._paths[key]
        if path is None:
            page = self._own[key].build()
        else:
            page = _page_class(path)(self.context, self.stack)
        self.stack.addWidget(page)
        self._pages[key] = page
        return page

    def _on_side_bar_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.show_page(self._keys[row])

    def _show_by_key(self, key: str) -> None:
        self.show_page(key)
        focused = self.focusWidget()
        if focused is None or not focused.isVisible():
            self.side_bar.setFocus()
