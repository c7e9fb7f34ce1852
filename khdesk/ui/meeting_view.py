"""One meeting: its details, participants, minutes, proposals, questions, attachments, closing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.domain.numbering import format_number
from khdesk.services import meetings
from khdesk.storage.models import Meeting
from khdesk.ui.attachments_tab import AttachmentsTab
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from khdesk.ui.minutes_tab import MinutesTab
from khdesk.ui.participants_tab import ParticipantsTab
from khdesk.ui.proposals_tab import ProposalsTab, QuestionsTab
from khdesk.ui.widgets import confirm, show_error


class MeetingView(QWidget):
    """All the parts of one meeting in tabs; read-only once closed, amendable with a reason."""

    back_requested = Signal()

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.amend_reason: str | None = None
        self._read_only = False
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.back_button = QPushButton(self.tr("← Meetings"))  # Alt+Left: the window's action
        self.back_button.clicked.connect(self.back_requested)
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.clicked.connect(self.start_amendment)
        self.documents_button = QPushButton(self.tr("&Documents…"))
        self.documents_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.documents_button.clicked.connect(self.show_documents)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.header, 1)
        top.addWidget(self.documents_button)
        top.addWidget(self.amend_button)

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        # The parts are built when first shown: a meeting of 500 attendees opens at once.
        self._factories: dict[int, Callable[[], Any]] = {
            1: lambda: ParticipantsTab(context, meeting_id),
            2: lambda: MinutesTab(context, meeting_id),
            3: lambda: ProposalsTab(context, meeting_id),
            4: lambda: QuestionsTab(context, meeting_id),
            5: lambda: AttachmentsTab(context, meeting_id),
        }
        self._built: dict[int, Any] = {}
        self.close_page = QWidget()
        self.checklist = QLabel(wordWrap=True)
        self.close_button = QPushButton(self.tr("&Close the meeting…"))
        self.close_button.clicked.connect(self.close_meeting)
        close_layout = QVBoxLayout(self.close_page)
        close_layout.addWidget(self.checklist)
        close_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        close_layout.addStretch()

        self.tabs = QTabWidget()
        pages = [
            (self.details, self.tr("&1 Details")),
            (QWidget(), self.tr("&2 Participants")),
            (QWidget(), self.tr("&3 Agenda and minutes")),
            (QWidget(), self.tr("&4 Proposals")),
            (QWidget(), self.tr("&5 Questions")),
            (QWidget(), self.tr("&6 Attachments")),
            (self.close_page, self.tr("&7 Close")),
        ]
        for page, title in pages:
            self.tabs.addTab(page, title)
        for number in range(1, len(pages) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda n=number: self.tabs.setCurrentIndex(n - 1),
            )
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        context.hub.attendance_changed.connect(self._on_attendance_changed)
        self.refresh()

    def _page(self, index: int) -> Any:
        """The part at ``index``, built (and put in place of its placeholder) on first use."""
        if index not in self._built:
            page = self._factories[index]()
            self._built[index] = page
            current = self.tabs.currentIndex()
            title = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
            page.set_read_only(self._read_only, self.amend_reason)
        return self._built[index]

    @property
    def participants(self) -> ParticipantsTab:
        return self._page(1)

    @property
    def minutes(self) -> MinutesTab:
        return self._page(2)

    @property
    def proposals(self) -> ProposalsTab:
        return self._page(3)

    @property
    def questions(self) -> QuestionsTab:
        return self._page(4)

    @property
    def attachments(self) -> AttachmentsTab:
        return self._page(5)

    def meeting(self) -> Meeting:
        with self.context.db.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
        assert meeting is not None
        return meeting

    def refresh(self) -> None:
        meeting = self.meeting()
        number = format_number(meeting.region_kato, meeting.year, meeting.number)
        self.header.setText(f"<b>{number}</b> · {meeting.date.isoformat()} · {meeting.title}")
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        kinds = {
            "round-table": self.tr("Round table"),
            "online": self.tr("Online session"),
            "plenary": self.tr("Plenary"),
        }
        formats = {
            "in-person": self.tr("In person"),
            "online": self.tr("Online"),
            "hybrid": self.tr("Hybrid"),
        }
        statuses = {
            "draft": self.tr("draft"),
            "in-progress": self.tr("in progress"),
            "closed": self.tr("closed"),
        }
        times = " – ".join(
            t.strftime("%H:%M") for t in (meeting.starts_at, meeting.ends_at) if t is not None
        )
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.clicked.connect(self.edit_details)
        for label, value in (
            (self.tr("Number"), number),
            (self.tr("Title"), meeting.title),
            (self.tr("Kind"), kinds.get(meeting.kind, meeting.kind)),
            (self.tr("Date"), f"{meeting.date.isoformat()}  {times}"),
            (self.tr("Format"), formats.get(meeting.format, meeting.format)),
            (self.tr("Place"), meeting.place or "—"),
            (self.tr("Link"), meeting.link or "—"),
            (self.tr("Chair"), meeting.chair or "—"),
            (self.tr("Secretary"), meeting.secretary or "—"),
            (self.tr("Status"), statuses.get(meeting.status, meeting.status)),
        ):
            self.details_form.addRow(label, QLabel(value))
        self.details_form.addRow("", self.edit_button)
        self._apply_status(meeting)

    def _apply_status(self, meeting: Meeting) -> None:
        closed = meeting.status == "closed"
        read_only = closed and self.amend_reason is None
        if closed and self.amend_reason is not None:
            self.banner.setText(
                self.tr("Amending a closed meeting. Reason: {reason}").format(
                    reason=self.amend_reason
                )
            )
        elif closed:
            self.banner.setText(
                self.tr("This meeting is closed and read-only. Use Amend… to correct it.")
            )
        self.banner.setVisible(closed)
        self.amend_button.setVisible(closed)
        self.edit_button.setEnabled(not read_only)
        self.close_button.setEnabled(not closed)
        self._read_only = read_only
        for tab in self._built.values():
            tab.set_read_only(read_only, self.amend_reason)
        self._update_checklist(meeting)

    def _update_checklist(self, meeting: Meeting) -> None:
        if meeting.status == "closed":
            self.checklist.setText(self.tr("The meeting is closed."))
            self.close_button.setEnabled(False)
            return
        with self.context.db.session() as session:
            missing = meetings.closing_checklist(session, meeting)
        # closing is offered only once nothing is missing
        self.close_button.setEnabled(not missing)
        labels = {
            "the chair": self.tr("the chair"),
            "the secretary": self.tr("the secretary"),
            "an agenda item": self.tr("an agenda item"),
            "a decision": self.tr("a decision"),
        }
        if missing:
            items = "".join(f"<li>{labels.get(m, m)}</li>" for m in missing)
            self.checklist.setText(
                self.tr("Before closing, the protocol still needs:") + f"<ul>{items}</ul>"
            )
        else:
            self.checklist.setText(
                self.tr("Everything the protocol needs is there. Closing makes it read-only.")
            )

    def _on_tab_changed(self, index: int) -> None:
        self.flush()
        if index in self._factories and index not in self._built:
            self._page(index)  # built with fresh data
        elif index in (2, 3, 4):
            self._built[index].refresh()
        elif self.tabs.currentWidget() is self.close_page:
            self._update_checklist(self.meeting())

    def _on_attendance_changed(self, meeting_id: str) -> None:
        if meeting_id == self.meeting_id:
            self.refresh()

    def has_drafts(self) -> bool:
        """True when text was typed into a form but not yet added (it is not saved by itself)."""
        drafts = []
        if 2 in self._built:
            drafts.append(self._built[2].speech_edit.text())
        if 3 in self._built:
            drafts.append(self._built[3].text_edit.toPlainText())
        if 4 in self._built:
            drafts.append(self._built[4].question_edit.toPlainText())
        return any(text.strip() for text in drafts)

    def flush(self) -> None:
        """Write the minutes typed but not yet saved."""
        if 2 in self._built:
            self._built[2].flush()

    def show_documents(self) -> None:
        """The protocol, the attendance sheet and the register: preview, save, print."""
        from khdesk.ui.documents_dialog import show_documents

        self.flush()
        show_documents(self.context, self.meeting_id, self)

    def edit_details(self) -> None:
        dialog = MeetingDialog(self.context, self.meeting(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def close_meeting(self) -> None:
        self.flush()
        if not confirm(
            self,
            self.tr("Close the meeting"),
            self.tr(
                "After closing, the meeting is read-only and changes become amendments. Close?"
            ),
        ):
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                meetings.close_meeting(session, actor, self.meeting_id)
        except KhdeskError as error:
            show_error(self, error)
            return
        self.refresh()
        self.context.hub.meetings_changed.emit()

    def start_amendment(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Amend a closed meeting"), self.tr("Reason for the amendment")
        )
        if ok and reason.strip():
            self.amend_reason = reason.strip()
            self.refresh()
