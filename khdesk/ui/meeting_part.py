"""The common ground of a meeting's parts (participants, minutes, proposals …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel


class MeetingPart(QWidget):
    """One part (a tab) of a meeting's view. It shows the meeting's model (``show_snapshot``,
    called with every new snapshot), writes into the meeting through the operations, is
    read-only once the meeting is closed, and writes as amendments with ``reason`` while one is
    being made."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = model
        self.meeting_id = model.meeting_id
        self.reason: str | None = model.amend_reason
        self.read_only = model.read_only

    def follow_model(self) -> None:
        """Show the model now and whenever it changes (call at the end of ``__init__``)."""
        self.model.loaded.connect(self._on_loaded)
        self.model.mode_changed.connect(self.set_read_only)
        self.set_read_only(self.model.read_only, self.model.amend_reason)
        if self.model.snapshot is not None:
            self.show_snapshot(self.model.snapshot)

    def _on_loaded(self, snapshot: Any) -> None:
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Any) -> None:
        """Show the meeting as ``snapshot`` has it."""

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
