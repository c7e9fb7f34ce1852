"""The keyed actions of a headquarters page: one ``QAction`` per (key, text, shortcut, slot),
its shortcut alive while the page (or a widget inside it) has the focus."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Spec = tuple[str, str, str, Callable[[], object]]


def keyed_actions(page: QWidget, prefix: str, specs: Sequence[Spec]) -> dict[str, QAction]:
    """The actions of ``specs`` owned by ``page``, by key; each named ``prefix-key`` (what the
    tests and Help → Keyboard shortcuts find them by)."""
    actions: dict[str, QAction] = {}
    for key, text, keys, slot in specs:
        action = QAction(text, page)
        action.setObjectName(f"{prefix}-{key}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        actions[key] = action
    return actions
