"""The common ground of a meeting's parts (participants, minutes, proposals …)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from khdesk.ui.context import AppContext


class MeetingPart(QWidget):
    """One part (a tab) of a meeting's view: it writes into one meeting, read-only once the
    meeting is closed, and writes as amendments with ``reason`` while one is being made."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.reason: str | None = None
        self.read_only = False
