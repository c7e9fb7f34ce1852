"""The main window: this device's meetings, and the open meeting.

The window is shown before the database layer is even imported (``attach`` fills it once the
database is open), so this module imports only Qt at the top; the rest is imported where used.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk import __version__
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import LANGUAGES, install_language
from khdesk.ui.models import ListTableModel
from khdesk.ui.widgets import confirm, show_error

if TYPE_CHECKING:
    from khdesk.ui.meeting_view import MeetingView
    from khdesk.ui.persons_page import PersonsPage


def _list_meetings(work: Any, filters: dict[str, Any]) -> list[Any]:
    from khdesk.services import meetings

    return list(meetings.list_meetings(work.session, **filters))


class MainWindow(QMainWindow):
    """One window over one database: the meetings list, or one meeting opened from it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.meeting_view: MeetingView | None = None
        # opened meetings stay alive while the window does, so going back to the list and
        # returning keeps what was typed but not yet added, the undo of check-ins, an amendment
        self._views: dict[str, MeetingView] = {}
        self.resize(1200, 780)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setDate(QDate(2000, 1, 1))
        self.date_to.setDate(QDate(2100, 12, 31))
        self.model = ListTableModel([])
        self._listing = False
        self._list_again = False
        self.meeting_total = 0
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.activated.connect(self.open_selected)
        self.filters_label = QLabel()
        self.from_label = QLabel()
        self.to_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.filters_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.persons_page: PersonsPage | None = None
        self.setCentralWidget(self.stack)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        self._build_actions()
        self.retranslate()
        for signal in (
            self.search.textChanged,
            self.status_filter.currentIndexChanged,
            self.kind_filter.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self.refresh)
        context.hub.meetings_changed.connect(self.refresh)
        context.hub.meeting_changed.connect(self._update_counts)
        context.hub.reference_changed.connect(self._update_counts)
        context.hub.language_changed.connect(self._on_language_changed)
        context.hub.problem.connect(lambda error: show_error(self, error))
        if context.database is not None:
            self.attach()
        else:
            self.setEnabled(False)
            self.counts.setText(self.tr("Opening the database…"))

    def attach(self) -> None:
        """Fill the window from the database, once it is open."""
        self.setEnabled(True)
        self.apply_role()
        self.refresh()

    def apply_role(self) -> None:
        """What this installation is for decides the sync actions offered."""
        headquarters = self.context.role() == "hq"
        for key in ("send", "reference_import"):
            self.sync_actions[key].setVisible(not headquarters)
        for key in ("inbox", "reference_export", "enroll"):
            self.sync_actions[key].setVisible(headquarters)
        self.setAcceptDrops(headquarters)  # bundles dropped on the window are imported

    # --- sync ---------------------------------------------------------------------------------
    def _send(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.send_to_headquarters(self.context, self)

    def _reference_import(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.import_reference(self.context, self)

    def _inbox(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.choose_and_import_bundles(self.context, self)

    def _reference_export(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.export_reference(self.context, self)

    def _enroll(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.enroll_card(self.context, self)

    def _history(self) -> None:
        from khdesk.ui import sync_ui

        sync_ui.show_history(self.context, self)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        from pathlib import Path

        from khdesk.ui import sync_ui

        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            sync_ui.import_bundles(self.context, paths, self)

    # --- actions ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_meeting)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_selected)
        self.back_action = QAction(self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.show_list)
        self.persons_action = QAction(self)
        self.persons_action.setShortcut(QKeySequence("Ctrl+P"))
        self.persons_action.triggered.connect(self.show_persons)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.find_action.triggered.connect(self._focus_search)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.context.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.file_menu = self.menuBar().addMenu("")
        for action in (
            self.new_action,
            self.open_action,
            self.back_action,
            self.find_action,
            self.persons_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.sync_menu = self.menuBar().addMenu("")
        self.sync_actions: dict[str, QAction] = {}
        for key, slot in (
            ("send", self._send),
            ("reference_import", self._reference_import),
            ("inbox", self._inbox),
            ("reference_export", self._reference_export),
            ("enroll", self._enroll),
            ("history", self._history),
        ):
            action = QAction(self)
            action.triggered.connect(slot)
            self.sync_menu.addAction(action)
            self.sync_actions[key] = action
        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.documents_action = QAction(self)
        self.documents_action.triggered.connect(self.document_settings)
        self.settings_menu.addAction(self.documents_action)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.persons_action)

    def retranslate(self) -> None:
        """Set every text again, in the current language."""
        self.setWindowTitle(self.tr("khdesk — «Қазақстан халқына»"))
        self.new_action.setText(self.tr("&New meeting…"))
        self.open_action.setText(self.tr("&Open meeting"))
        self.back_action.setText(self.tr("&Back to meetings"))
        self.find_action.setText(self.tr("&Find a meeting"))
        self.persons_action.setText(self.tr("&People"))
        self.quit_action.setText(self.tr("&Quit"))
        self.file_menu.setTitle(self.tr("&Meetings"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        texts = {
            "send": self.tr("&Send to headquarters…"),
            "reference_import": self.tr("Import a &reference bundle…"),
            "inbox": self.tr("&Import bundles from the regions…"),
            "reference_export": self.tr("Write a reference &bundle…"),
            "enroll": self.tr("&Enrol a device card…"),
            "history": self.tr("Sync &history"),
        }
        for key, action in self.sync_actions.items():
            action.setText(texts[key])
        self.documents_action.setText(self.tr("&Documents…"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search.setPlaceholderText(self.tr("Search meetings by title or place (Ctrl+K)"))
        self.filters_label.setText(self.tr("Show"))
        self.from_label.setText(self.tr("Dates"))
        self.to_label.setText("–")
        for combo, options in (
            (self.status_filter, [(None, self.tr("any status")), *labels.meeting_statuses()]),
            (self.kind_filter, [(None, self.tr("any kind")), *labels.meeting_kinds()]),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for value, label in options:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        self.model.set_headers(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Title"),
                self.tr("Place"),
            ]
        )
        self._update_counts()

    def document_settings(self) -> None:
        """The logo printed above protocols, and when the list of participants is attached."""
        from khdesk.ui.settings_dialog import show_document_settings

        show_document_settings(self.context, self)

    def set_language(self, language: str) -> None:
        """Switch the interface language at once and remember it."""
        if self._drafts() and not confirm(
            self,
            self.tr("Language"),
            self.tr("Text typed but not yet added (a proposal, a question, a speech) will be "
                    "cleared by switching the language now. Switch?"),
        ):  # fmt: skip
            self.language_actions[self.context.language].setChecked(True)
            return
        self.context.language = language
        install_language(language)
        QSettings().setValue("language", language)
        self.retranslate()
        self.refresh()
        current = self.meeting_view
        for view in list(self._views.values()):  # rebuilt in the new language when reopened
            view.flush()
            view.dispose()
            self.stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self.meeting_view = None
        if current is not None and self.stack.currentWidget() is not self.list_page:
            self._open(current.meeting_id)
        self.context.hub.language_changed.emit(language)

    def _on_language_changed(self, _language: str) -> None:
        # the People page shows sector names and headers of the language it was built in
        if self.persons_page is not None:
            showing = self.stack.currentWidget() is self.persons_page
            self.stack.removeWidget(self.persons_page)
            self.persons_page.deleteLater()
            self.persons_page = None
            if showing:
                self.show_persons()

    # --- the list -----------------------------------------------------------------------------
    def _filters(self) -> dict[str, Any]:
        start, end = self.date_from.date(), self.date_to.date()
        return {
            "status": self.status_filter.currentData(),
            "kind": self.kind_filter.currentData(),
            "search": self.search.text(),
            "date_from": dt.date(start.year(), start.month(), start.day()),
            "date_to": dt.date(end.year(), end.month(), end.day()),
        }

    def refresh(self) -> None:
        """Ask for the meetings the filters show; one question at a time, the last one wins."""
        if self.context.ops is None:
            return
        if self._listing:
            self._list_again = True
            return
        self._listing = True
        self.context.operations.read(
            _list_meetings, self._filters(), done=self._show_meetings, owner=self
        )

    def _show_meetings(self, rows: list[Any]) -> None:
        self._listing = False
        if self._list_again:
            self._list_again = False
            self.refresh()
            return
        selected = self.model.record_id(self.table.currentIndex().row())
        self.model.set_rows(
            [
                (
                    row.id,
                    row.number,
                    labels.day(row.date),
                    labels.meeting_kind(row.kind),
                    labels.meeting_status(row.status),
                    row.title,
                    row.place or "",
                )
                for row in rows
            ]
        )
        self.meeting_total = len(rows)
        self.table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if ids:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self._update_counts()

    def _focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    # --- meetings -----------------------------------------------------------------------------
    def new_meeting(self) -> None:
        from khdesk.ui.dialogs import MeetingDialog

        dialog = MeetingDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._open)
        dialog.open()

    def open_selected(self) -> None:
        if self.stack.currentWidget() is not self.list_page:
            return
        meeting_id = self.model.record_id(self.table.currentIndex().row())
        if meeting_id:
            self._open(meeting_id)

    def _open(self, meeting_id: str) -> None:
        from khdesk.ui.meeting_view import MeetingView

        if self.meeting_view is not None:
            self.meeting_view.flush()
        view = self._views.get(meeting_id)
        if view is None:
            view = MeetingView(self.context, meeting_id)
            view.back_requested.connect(self.show_list)
            view.model.loaded.connect(self._on_view_loaded)
            self.stack.addWidget(view)
            self._views[meeting_id] = view
        else:
            view.model.reload()
        self.meeting_view = view
        self.stack.setCurrentWidget(view)
        self._update_counts()

    def _on_view_loaded(self, _snapshot: object) -> None:
        self._update_counts()

    def show_persons(self) -> None:
        """Everyone known to this installation (built on first use: it is not needed at start)."""
        if self.meeting_view is not None:
            self.meeting_view.flush()
        self.meeting_view = None
        if self.persons_page is None:
            from khdesk.ui.persons_page import PersonsPage

            self.persons_page = PersonsPage(self.context)
            self.stack.addWidget(self.persons_page)
        self.persons_page.refresh()
        self.stack.setCurrentWidget(self.persons_page)
        self.persons_page.search.setFocus()
        self._update_counts()

    def show_list(self) -> None:
        if self.meeting_view is not None:
            self.meeting_view.flush()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.setFocus()

    def _update_counts(self, *_args: object) -> None:
        if self.context.ops is None:
            return
        view = self.meeting_view if self.stack.currentWidget() is self.meeting_view else None
        snapshot = view.model.snapshot if view is not None else None
        if snapshot is None:
            self.counts.setText(
                self.tr("khdesk {version} · {role} · {count} meetings").format(
                    version=__version__,
                    role=labels.role(self.context.role()) or "—",
                    count=self.meeting_total,
                )
            )
            return
        names = self.context.sector_names()
        sectors = ", ".join(
            f"{names.get(code, code)} {count}" for code, count in snapshot.by_sector().items()
        )
        self.counts.setText(
            self.tr(
                "Registered {registered} · present {present} ({sectors}) · proposals {proposals}"
            ).format(
                registered=len(snapshot.attendees),
                present=snapshot.present,
                sectors=sectors or "—",
                proposals=len(snapshot.proposals),
            )
        )

    def _drafts(self) -> bool:
        return any(view.has_drafts() for view in self._views.values())

    def closeEvent(self, event) -> None:  # noqa: N802
        for view in self._views.values():
            view.flush()
        if self._drafts() and not confirm(
            self,
            self.tr("Quit"),
            self.tr("Text typed but not yet added (a proposal, a question, a speech) will be "
                    "lost. Quit anyway?"),
        ):  # fmt: skip
            event.ignore()
            return
        super().closeEvent(event)
