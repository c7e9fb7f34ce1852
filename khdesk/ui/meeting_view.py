"""One meeting: its details, participants, minutes, proposals, questions, attachments, closing.

The view owns the meeting's model (``MeetingModel``); every tab renders the model's snapshot and
writes through the operations, whose changes bring a new snapshot to all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from khdesk.services import meetings
from khdesk.ui import dates, labels
from khdesk.ui.amendments_tab import AmendmentsTab
from khdesk.ui.attachments_tab import AttachmentsTab
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content, wrapping_label
from khdesk.ui.guidance import name_unnamed_controls
from khdesk.ui.help import plain, set_part_title
from khdesk.ui.icons import icon
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.minutes_tab import MinutesTab
from khdesk.ui.participants_tab import ParticipantsTab
from khdesk.ui.proposals_tab import ProposalsTab, QuestionsTab
from khdesk.ui.texts import render
from khdesk.ui.widgets import confirm


def _close_meeting(work: Any, meeting_id: str) -> None:
    meetings.close_meeting(work.session, work.actor, meeting_id)


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area: a tab whose content is taller or wider than a small screen
    scrolls instead of making the window larger than the screen."""
    holder = QScrollArea()
    holder.setWidget(page)
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    return holder


def _tab_name(title: str) -> str:
    """A tab's name without its mnemonic and number ("&4 Proposals" -> "Proposals")."""
    return re.sub(r"^\d+\s*", "", plain(title))


class MeetingView(QWidget):
    """All the parts of one meeting in tabs; read-only once closed, amendable with a reason.

    At headquarters a region's meeting (one another device recorded) is read-only whatever its
    status: its records belong to the region's laptop, which alone may change them."""

    back_requested = Signal()

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.model = MeetingModel(context, meeting_id)
        self.reason_dialog: QInputDialog | None = None
        set_part_title(self, self.tr("A meeting"))
        # a long title wraps: it never widens the window
        self.header = wrapping_label(QLabel())
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.banner.setVisible(False)
        self.back_button = QPushButton(self.tr("Meetings"))  # Alt+Left: the window's action
        self.back_button.setIcon(icon("back"))
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.amend_button = QPushButton(self.tr("Ame&nd…"))
        self.amend_button.setIcon(icon("edit"))
        self.amend_button.clicked.connect(self.start_amendment)
        self.amend_button.setVisible(False)
        self.documents_button = QPushButton(self.tr("&Documents…"))
        self.documents_button.setIcon(icon("documents"))
        self.documents_button.setToolTip(
            self.tr("The protocol, the attendance sheet and the registers (Ctrl+Shift+P)")
        )
        self.documents_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.documents_button.clicked.connect(self.show_documents)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.header, 1)
        top.addWidget(self.documents_button)
        top.addWidget(self.amend_button)

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("number", self.tr("Number")),
            ("title", self.tr("Title")),
            ("kind", self.tr("Kind")),
            ("date", self.tr("Date")),
            ("format", self.tr("Format")),
            ("place", self.tr("Place")),
            ("link", self.tr("Link")),
            ("chair", self.tr("Chair")),
            ("secretary", self.tr("Secretary")),
            ("status", self.tr("Status")),
        ):
            value = wrapping_label(QLabel())
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.detail_labels[key] = value
            self.details_form.addRow(label, value)
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setIcon(icon("edit"))
        self.edit_button.clicked.connect(self.edit_details)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch()  # a button as wide as its text, not as the form
        self.details_form.addRow("", edit_row)
        # The parts are built when first shown: a meeting of 500 attendees opens at once.
        self._factories: dict[int, Callable[[], Any]] = {
            1: lambda: ParticipantsTab(context, self.model),
            2: lambda: MinutesTab(context, self.model),
            3: lambda: ProposalsTab(context, self.model),
            4: lambda: QuestionsTab(context, self.model),
            5: lambda: AttachmentsTab(context, self.model),
            6: lambda: AmendmentsTab(context, self.model),
        }
        self._built: dict[int, Any] = {}
        self.close_page = QWidget()
        self.checklist = QLabel(wordWrap=True)
        self.close_button = QPushButton(self.tr("&Close the meeting…"))
        self.close_button.clicked.connect(self.close_meeting)
        self.close_button.setEnabled(False)
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
            (QWidget(), self.tr("&7 Documents")),
            (self.close_page, self.tr("&8 Close")),
        ]
        for page, title in pages:
            self.tabs.addTab(_scrolling(page), title)
            set_part_title(page, _tab_name(title))
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        # the tabs' keys are actions of the view, so that Help → Keyboard shortcuts lists them
        self.tab_actions: list[QAction] = []
        for number in range(1, len(pages) + 1):
            action = QAction(
                self.tr("Go to the tab «{title}»").format(title=_tab_name(pages[number - 1][1])),
                self,
            )
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, n=number: self.tabs.setCurrentIndex(n - 1)
            )
            self.addAction(action)
            self.tab_actions.append(action)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.model.loaded.connect(self._on_loaded)
        self.model.mode_changed.connect(self._on_mode_changed)
        self.model.failed.connect(self._on_failed)
        if self.model.snapshot is not None:
            self._on_loaded(self.model.snapshot)

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
            self.tabs.insertTab(index, _scrolling(page), title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            set_part_title(page, _tab_name(title))
            name_unnamed_controls(page, _tab_name(title))
            if placeholder is not None:
                placeholder.deleteLater()
            if self.foreign:
                page.set_read_only(True, None)
        return self._built[index]

    def build_all_parts(self) -> None:
        """Build every tab now (Help lists the shortcuts of them all)."""
        for index in self._factories:
            self._page(index)

    @property
    def foreign(self) -> bool:
        """True at headquarters for a meeting a region's device recorded: it is read-only here."""
        snapshot = self.model.snapshot
        installation = self.context.installation
        if snapshot is None or installation is None or installation.role != "hq":
            return False
        return bool(snapshot.meeting.device_id != installation.device_id)

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

    @property
    def amendments(self) -> AmendmentsTab:
        return self._page(6)

    # --- the model's news -------------------------------------------------------------------
    def _on_loaded(self, snapshot: Any) -> None:
        meeting = snapshot.meeting
        when = labels.day(meeting.date)
        self.header.setText(f"<b>{snapshot.number}</b> · {when} · {meeting.title}")
        times = " – ".join(
            dates.time_of_day(t) for t in (meeting.starts_at, meeting.ends_at) if t is not None
        )
        values = {
            "number": snapshot.number,
            "title": meeting.title,
            "kind": labels.meeting_kind(meeting.kind),
            "date": f"{when}  {times}".strip(),
            "format": labels.meeting_format(meeting.format),
            "place": meeting.place or "—",
            "link": meeting.link or "—",
            "chair": meeting.chair or "—",
            "secretary": meeting.secretary or "—",
            "status": labels.meeting_status(meeting.status),
        }
        for key, text in values.items():
            self.detail_labels[key].setText(text)
        self.error.setVisible(False)
        self._apply_mode()
        self._update_checklist(snapshot)

    def _on_mode_changed(self, _read_only: bool, _reason: str | None) -> None:
        self._apply_mode()

    def _on_failed(self, error: Exception) -> None:
        self.error.setText(render(error))
        self.error.setVisible(True)

    def _apply_mode(self) -> None:
        model = self.model
        closed = model.closed
        if self.foreign:
            self.banner.setText(
                self.tr(
                    "This meeting was recorded on the region's laptop: at headquarters it is "
                    "read-only. Corrections are made on that laptop and arrive with its next "
                    "bundle."
                )
            )
            self.banner.setVisible(True)
            self.amend_button.setVisible(False)
            self.edit_button.setEnabled(False)
            self.close_button.setEnabled(False)
            for part in self._built.values():
                part.set_read_only(True, None)
            return
        if closed and model.amend_reason is not None:
            self.banner.setText(
                self.tr("Amending a closed meeting. Reason: {reason}").format(
                    reason=model.amend_reason
                )
            )
        elif closed:
            self.banner.setText(
                self.tr("This meeting is closed and read-only. Use Amend… to correct it.")
            )
        self.banner.setVisible(closed)
        self.amend_button.setVisible(closed)
        self.edit_button.setEnabled(not model.read_only)

    def _update_checklist(self, snapshot: Any) -> None:
        if snapshot.closed:
            self.checklist.setText(self.tr("The meeting is closed."))
            self.close_button.setEnabled(False)
            return
        missing = snapshot.missing
        # closing is offered only once nothing is missing, and never at headquarters for a
        # region's meeting
        self.close_button.setEnabled(not missing and not self.foreign)
        if missing:
            items = "".join(f"<li>{render(item)}</li>" for item in missing)
            self.checklist.setText(
                self.tr("Before closing, the protocol still needs:") + f"<ul>{items}</ul>"
            )
        else:
            self.checklist.setText(
                self.tr("Everything the protocol needs is there. Closing makes it read-only.")
            )

    def _on_tab_changed(self, index: int) -> None:
        self.flush()
        if index in self._factories:
            self._page(index)

    # --- what the user does -----------------------------------------------------------------
    def has_drafts(self) -> bool:
        """True when text was typed into a form but not yet added (it is not saved by itself)."""
        return self.model.has_drafts()

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
        from khdesk.ui.dialogs import MeetingDialog

        snapshot = self.model.snapshot
        if snapshot is None:
            return
        dialog = MeetingDialog(self.context, snapshot.meeting, self, reason=self.model.amend_reason)
        dialog.open()

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
        self.close_button.setEnabled(False)
        self.context.operations.write(_close_meeting, self.meeting_id, owner=self)

    def start_amendment(self) -> None:
        """Ask for the reason of an amendment; the meeting can be changed once one is given."""
        if self.foreign:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Amend a closed meeting"))
        dialog.setLabelText(
            self.tr(
                "Why is the closed meeting corrected? The reason is recorded with every change "
                "and printed in the protocol's amendments."
            )
        )
        dialog.setOkButtonText(self.tr("Amend"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        fit_to_content(dialog)
        self.reason_dialog = dialog

        def answered(result: int) -> None:
            reason = dialog.textValue()
            if result == QDialog.DialogCode.Accepted and reason.strip():
                self.model.start_amendment(reason)

        dialog.finished.connect(answered)
        dialog.open()

    def dispose(self) -> None:
        """The view is going away: its model stops following the database."""
        self.model.close()
