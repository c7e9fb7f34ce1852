"""Small widgets and helpers used across the views: autosave, confirmations, error messages."""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTableView, QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.ui.texts import render

log = logging.getLogger(__name__)

#: Text is written to the database this long after the last keystroke (and on leaving the field).
AUTOSAVE_MS = 1000
#: ... and at the latest this long after the first unsaved keystroke, even while typing goes on,
#: so that a crash never loses more than about two seconds of typing.
AUTOSAVE_MAX_S = 1.5


class AutoSaver(QObject):
    """Saves a text field shortly after typing stops and whenever the field loses focus.

    ``save`` receives the text and writes it; a failure is shown beside the field by ``on_error``
    and the text stays in the field, so nothing typed is lost. Every autosaver whose field still
    exists is known to ``flush_all``, which the crash path calls before its dialog.
    """

    #: the autosavers alive now; an entry goes when its field (and so the autosaver) is deleted
    _live: ClassVar[weakref.WeakSet[AutoSaver]] = weakref.WeakSet()

    def __init__(
        self,
        editor: QLineEdit | QPlainTextEdit,
        save: Callable[[str], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self._save = save
        self._on_error = on_error
        self._saved_text: str | None = self.text()
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty_since: float | None = None
        editor.textChanged.connect(self._on_text_changed)
        editor.installEventFilter(self)
        AutoSaver._live.add(self)

    @classmethod
    def flush_all(cls) -> int:
        """Save what is typed in every field of every window (on the GUI thread only).

        Returns how many fields still hold text that could not be saved: a known problem (shown
        beside its field), or an error of any kind, which is logged and does not stop the
        others from being saved.
        """
        unsaved = 0
        for saver in list(cls._live):
            if not shiboken6.isValid(saver):  # its field is gone; the wrapper lingers a moment
                cls._live.discard(saver)
                continue
            try:
                saver.flush()
                if saver.pending():
                    unsaved += 1
            except Exception as error:  # the crash path runs this: nothing may stop it
                from khdesk.reports import describe

                log.error("a field could not be saved: %s", describe(error))
                unsaved += 1
        return unsaved

    def _on_text_changed(self) -> None:
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= AUTOSAVE_MAX_S:
            self.flush()
        else:
            self._timer.start()

    def text(self) -> str:
        editor = self.editor
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def reset(self, text: str) -> None:
        """Show ``text`` as the saved value (after loading another record into the field). The
        field is left alone when it shows ``text`` already, so its cursor stays where it was."""
        self._timer.stop()
        if self.text() == text:
            self._saved_text = text
            self._dirty_since = None
            return
        self.editor.blockSignals(True)
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
        self.editor.blockSignals(False)
        self._saved_text = text
        self._dirty_since = None

    def pending(self) -> bool:
        return self.text() != self._saved_text

    def mark_unsaved(self) -> None:
        """The last save did not reach the database (it was refused): the text counts as not
        saved, so it is saved again at the next chance and nothing else replaces it."""
        self._saved_text = None

    def flush(self) -> None:
        self._timer.stop()
        self._dirty_since = None
        text = self.text()
        if text == self._saved_text:
            return
        try:
            self._save(text)
        except KhdeskError as error:
            if self._on_error:
                self._on_error(render(error))
            return
        self._saved_text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before destroying something; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, error: Exception) -> None:
    """A known problem, in its one sentence."""
    QMessageBox.warning(parent, "khdesk", render(error))


def show_error_later(parent: QWidget, error: Exception) -> None:
    """``show_error`` from inside a background task: the message box (which runs an event loop of
    its own) opens once the task has returned to the event loop, never in the middle of it."""
    QTimer.singleShot(0, lambda: show_error(parent, error))


def fit_columns(table: QTableView, *, widest: int = 320) -> None:
    """Size columns to their contents, none wider than ``widest``; the last one stretches.

    Only the first rows are measured: a list of 500 attendees opens without measuring them all.
    """
    table.horizontalHeader().setResizeContentsPrecision(60)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)
    header.setStretchLastSection(True)
