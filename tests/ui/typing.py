"""Typing any text into a widget, as a keyboard with a Kazakh layout would.

``QTest.keyClicks`` only knows ASCII keys; Kazakh and Russian letters are sent here as key events
that carry their text, which is what a real keyboard layout delivers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def press(qtbot: Any, widget: QWidget, key: Qt.Key, modifiers: Any = None) -> None:
    """Press ``key`` (with ``modifiers``) as a user does in ``widget``'s window: the window is
    made the active one first, since shortcuts act only in the active window."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)
