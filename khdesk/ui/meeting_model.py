"""The model behind an open meeting: plain Python that its tabs observe.

A ``MeetingModel`` holds the meeting's snapshot (``services.snapshots.meeting_snapshot``: the
meeting, its attendees, agenda, minutes, proposals, questions and attachments), read by one
operation and read again whenever an operation says it changed the meeting, so a check-in, an
import or an amendment updates every tab from one query. The tabs subscribe to ``loaded``; they
never query the database themselves. Drafts (text typed but not yet added) are asked of the
model, which asks whoever registered one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from khdesk.services.snapshots import MeetingSnapshot
    from khdesk.ui.context import AppContext


class Event:
    """Callbacks to call when something happened (a plain-Python signal)."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., None]] = []

    def connect(self, callback: Callable[..., None]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                self._callbacks.remove(callback)  # a widget that is gone
                continue
            callback(*args)

    def clear(self) -> None:
        self._callbacks.clear()


def _read_snapshot(work: Any, meeting_id: str) -> MeetingSnapshot:
    from khdesk.services.snapshots import meeting_snapshot

    return meeting_snapshot(work, meeting_id)


class MeetingModel:
    """One open meeting as the window knows it (see the module docstring)."""

    def __init__(self, context: AppContext, meeting_id: str) -> None:
        self.context = context
        self.meeting_id = meeting_id
        self.snapshot: MeetingSnapshot | None = None
        #: a new snapshot arrived: (snapshot)
        self.loaded = Event()
        #: an amendment began or ended, or the meeting was closed: (read_only, reason)
        self.mode_changed = Event()
        #: a known problem while reading the meeting: (error)
        self.failed = Event()
        self.amend_reason: str | None = None
        self._drafts: dict[str, Callable[[], bool]] = {}
        self._loading = False
        self._again = False
        self._closed = False
        context.hub.meeting_changed.connect(self._on_meeting_changed)
        self.reload()

    # --- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the meeting again; while a read runs, one more follows it (never two at once)."""
        if self._closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.context.operations.read(
            _read_snapshot, self.meeting_id, done=self._on_loaded, failed=self._on_failed
        )

    def _on_loaded(self, snapshot: MeetingSnapshot) -> None:
        self._loading = False
        if self._closed:
            return
        if self._again:
            self._again = False
            self.reload()
        was_read_only = self.read_only
        self.snapshot = snapshot
        self.loaded.emit(snapshot)
        if self.read_only != was_read_only:
            self.mode_changed.emit(self.read_only, self.amend_reason)

    def _on_failed(self, error: Exception) -> None:
        self._loading = False
        if not self._closed:
            self.failed.emit(error)

    def _on_meeting_changed(self, meeting_id: str) -> None:
        if meeting_id == self.meeting_id:
            self.reload()

    # --- the meeting's mode -----------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self.snapshot is not None and self.snapshot.closed

    @property
    def read_only(self) -> bool:
        """Closed and not being amended: nothing may change."""
        return self.closed and self.amend_reason is None

    def start_amendment(self, reason: str) -> None:
        self.amend_reason = reason.strip() or None
        self.mode_changed.emit(self.read_only, self.amend_reason)

    # --- drafts -----------------------------------------------------------------------------
    def register_draft(self, name: str, has_text: Callable[[], bool]) -> None:
        """``has_text()`` says whether the part ``name`` holds typed text not yet added."""
        self._drafts[name] = has_text

    def has_drafts(self) -> bool:
        return any(has_text() for has_text in self._drafts.values())

    def close(self) -> None:
        """Stop following the database (the meeting's view is gone)."""
        self._closed = True
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.hub.meeting_changed.disconnect(self._on_meeting_changed)
        for event in (self.loaded, self.mode_changed, self.failed):
            event.clear()
        self._drafts.clear()
