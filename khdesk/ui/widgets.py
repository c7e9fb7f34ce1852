"""Small widgets and helpers used across the views: autosave, confirmations, error messages."""

from __future__ import annotations

import datetime as dt
import logging
import time
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTableView, QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.ui import dates
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

    It knows how safe the text is (``state``, announced by ``state_changed``, shown by a
    ``SavedIndicator``): IDLE (nothing typed since the field was filled), SAVING (typed, and a
    save is waiting for the pause in typing or on its way), SAVED (at ``saved_at``) or FAILED
    (the last save was refused). A ``save`` that stores the text before it returns may return
    anything; one that only queues a write (through the window's operations) returns the
    write's ``Future``, and its owner reports how the write ended with ``confirm_saved`` or
    ``mark_unsaved``.
    """

    IDLE, SAVING, SAVED, FAILED = "idle", "saving", "saved", "failed"

    #: ``state`` or ``saved_at`` changed
    state_changed = Signal()

    #: the autosavers alive now; an entry goes when its field (and so the autosaver) is deleted
    _live: ClassVar[weakref.WeakSet[AutoSaver]] = weakref.WeakSet()

    def __init__(
        self,
        editor: QLineEdit | QPlainTextEdit,
        save: Callable[[str], Any],
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
        self.state = self.IDLE
        #: when the text last reached the database (local time)
        self.saved_at: dt.datetime | None = None
        #: writes queued and not yet reported by the owner
        self._in_flight = 0
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

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit()

    def _settled(self) -> str:
        """The state once nothing is waiting: saved if a save ever reached the database."""
        return self.SAVED if self.saved_at is not None else self.IDLE

    def _on_text_changed(self) -> None:
        if self.pending():
            self._set_state(self.SAVING)
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
            if self.state == self.SAVING and not self._in_flight:
                self._set_state(self._settled())
            return
        self.editor.blockSignals(True)
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
        self.editor.blockSignals(False)
        self._saved_text = text
        self._dirty_since = None
        if not self._in_flight:  # another record's text: nothing said of it yet
            self.saved_at = None
            self.state = self.IDLE
            self.state_changed.emit()

    def pending(self) -> bool:
        return self.text() != self._saved_text

    def mark_unsaved(self) -> None:
        """The last save did not reach the database (it was refused): the text counts as not
        saved, so it is saved again at the next chance and nothing else replaces it."""
        self._in_flight = max(0, self._in_flight - 1)
        self._saved_text = None
        self._set_state(self.FAILED)

    def confirm_saved(self) -> None:
        """A write that ``save`` queued reached the database."""
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight or self.state == self.FAILED:
            return
        if self.pending() or self._timer.isActive():
            return  # more was typed meanwhile: its save is still to come
        self._mark_saved()

    def _mark_saved(self) -> None:
        self.saved_at = dt.datetime.now()
        self.state = self.SAVED
        self.state_changed.emit()

    def flush(self) -> None:
        self._timer.stop()
        self._dirty_since = None
        text = self.text()
        if text == self._saved_text:
            if self.state == self.SAVING and not self._in_flight:
                self._set_state(self._settled())  # typed, then typed back to what was saved
            return
        try:
            queued = self._save(text)
        except KhdeskError as error:
            if self._on_error:
                self._on_error(render(error))
            self._set_state(self.FAILED)
            return
        self._saved_text = text
        if isinstance(queued, Future):
            self._in_flight += 1
            self._set_state(self.SAVING)
        else:
            self._mark_saved()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class SavedIndicator(QLabel):
    """A quiet line beside autosaved fields that says whether their text is safe: «Saved 10:42»
    once it reached the database, «Saving…» while a save is waiting, and, in red, that it is
    not saved when a save was refused (the text stays in its field; the sentence beside it says
    why). Several fields share one indicator: it tells the least safe of them."""

    def __init__(self, savers: Iterable[AutoSaver], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.savers = list(savers)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Whether the text is saved"))
        for saver in self.savers:
            saver.state_changed.connect(self.refresh)
        self.refresh()

    def state(self) -> str:
        states = {saver.state for saver in self.savers}
        for state in (AutoSaver.FAILED, AutoSaver.SAVING, AutoSaver.SAVED):
            if state in states:
                return state
        return AutoSaver.IDLE

    def refresh(self) -> None:
        state = self.state()
        if state == AutoSaver.FAILED:
            self.setText(self.tr("Not saved"))
            self.setToolTip(
                self.tr(
                    "The last save was refused: the text stays in the field and is saved again "
                    "when you correct it or leave the field."
                )
            )
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        self.setStyleSheet("color: palette(placeholder-text);")
        if state == AutoSaver.SAVING:
            self.setText(self.tr("Saving…"))
            self.setToolTip("")
        elif state == AutoSaver.SAVED:
            times = [s.saved_at for s in self.savers if s.saved_at is not None]
            when = dates.time_of_day(max(times)) if times else ""
            self.setText(self.tr("Saved {time}").format(time=when))
            self.setToolTip(self.tr("Typed text is saved by itself a moment after you stop."))
        else:
            self.setText("")
            self.setToolTip("")


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
