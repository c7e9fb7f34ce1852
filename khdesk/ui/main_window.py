"""The main window: this device's meetings, and the open meeting; at headquarters, the home
of its pages (``khdesk.ui.hq.home``), of which the meetings list and the people are two.

The window is shown before the database layer is even imported (``attach`` fills it once the
database is open), so this module imports only Qt at the top; the rest is imported where used.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from khdesk import __version__
from khdesk.ui import dates, labels
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import remember_geometry
from khdesk.ui.help import plain, set_part_title
from khdesk.ui.i18n import LANGUAGES, install_language
from khdesk.ui.icons import icon
from khdesk.ui.models import ListTableModel
from khdesk.ui.tables import TableView
from khdesk.ui.widgets import confirm, fit_columns, show_error

if TYPE_CHECKING:
    from khdesk.ui.hq.home import HeadquartersHome
    from khdesk.ui.meeting_view import MeetingView
    from khdesk.ui.persons_page import PersonsPage


#: The main window's size on a screen that holds it (a smaller screen gets all it has).
PREFERRED_SIZE = (1280, 760)
#: Keys of standard actions where the platform names none (Qt's offscreen and minimal ones)
_STANDARD_KEYS = {
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.HelpContents: "F1",
}


def _list_meetings(work: Any, filters: dict[str, Any]) -> tuple[list[Any], int]:
    from khdesk.services import meetings

    return list(meetings.list_meetings(work.session, **filters)), meetings.count_meetings(
        work.session
    )


class OptionalDateEdit(QDateEdit):
    """A date that may be left open (a filter with no bound): it shows «any date» until a date is
    picked, and Delete empties it again. Its calendar opens on today's month while it is open."""

    #: the value that stands for «no date» (below any meeting's date)
    NONE = QDate(1999, 12, 31)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        dates.show_as_papers(self)
        self.setDateRange(self.NONE, QDate(2100, 12, 31))
        self.setDate(self.NONE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        """The date chosen, or None when the field is left open."""
        date = self.date()
        if date == self.NONE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def clear_date(self) -> None:
        self.setDate(self.NONE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.date() == self.NONE or event.key() == Qt.Key.Key_Delete
        ):
            self.clear_date()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.date() == self.NONE:
            # after the popup has shown the field's date (the «no date» one, in 1999)
            QTimer.singleShot(0, self._show_this_month)
        return False

    def _show_this_month(self) -> None:
        if self.date() == self.NONE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


class MainWindow(QMainWindow):
    """One window over one database: the meetings list, or one meeting opened from it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.meeting_view: MeetingView | None = None
        # opened meetings stay alive while the window does, so going back to the list and
        # returning keeps what was typed but not yet added, the undo of check-ins, an amendment
        self._views: dict[str, MeetingView] = {}
        #: the language the window's texts are in (the welcome may choose another one)
        self.shown_language = context.language

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)  # Up and Down move through the list
        self.status_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.region_filter = QComboBox()  # headquarters' only: a laptop holds its own region
        self.region_filter.setVisible(False)
        self.region_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.region_filter.setMinimumContentsLength(12)  # the dates keep their room
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.clear_dates_button = QToolButton()
        self.clear_dates_button.setIcon(icon("cancel"))
        self.clear_dates_button.clicked.connect(self.clear_dates)
        self.model = ListTableModel([])
        self._listing = False
        self._list_again = False
        self._open_when_listed = False
        #: how many meetings the list shows now, and how many this database holds
        self.meeting_total = 0
        self.meetings_in_database = 0
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.activated.connect(self.open_selected)
        self.filters_label = QLabel()
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.shown_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.filters_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.region_filter)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.clear_dates_button)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.shown_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.persons_page: PersonsPage | None = None
        self.setCentralWidget(self.stack)
        #: headquarters' pages (None at a facilitator's, whose window is the list of meetings)
        self.home: HeadquartersHome | None = None
        #: at headquarters the list is read when its page is shown, and again when it is stale
        self._meetings_stale = True
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        # each action of the window with the keys it was given (a page may borrow some)
        self._window_keys: dict[QAction, list[QKeySequence]] = {}
        self._build_actions()
        self.retranslate()
        remember_geometry(self, "main", PREFERRED_SIZE)
        for signal in (
            self.search.textChanged,
            self.status_filter.currentIndexChanged,
            self.kind_filter.currentIndexChanged,
            self.region_filter.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self.refresh)
        context.hub.meetings_changed.connect(self.refresh)
        context.hub.meeting_changed.connect(self._update_counts)
        context.hub.reference_changed.connect(self._update_counts)
        context.hub.reference_changed.connect(self._fill_regions)
        context.hub.language_changed.connect(self._on_language_changed)
        context.hub.problem.connect(lambda error: show_error(self, error))
        if context.database is not None:
            self.attach()
        else:
            self.setEnabled(False)
            self.counts.setText(self.tr("Opening the database…"))

    def attach(self) -> None:
        """Fill the window from the database, once it is open (and, at the first start, once
        the welcome has set who uses it and in which language)."""
        self.setEnabled(True)
        if self.context.language != self.shown_language:
            self.language_actions[self.context.language].setChecked(True)
            self.retranslate()
        self.apply_role()
        self.refresh()

    def apply_role(self) -> None:
        """What this installation is for decides the sync actions offered."""
        headquarters = self.context.role() == "hq"
        for key in ("send", "reference_import", "device_card"):
            self.sync_actions[key].setVisible(not headquarters)
        for key in ("inbox", "reference_export", "enroll"):
            self.sync_actions[key].setVisible(headquarters)
        self.setAcceptDrops(headquarters)  # bundles dropped on the window are imported
        self.table.set_empty_text(self._empty_text())
        self.region_filter.setVisible(headquarters)
        self.prospectus_action.setVisible(headquarters)
        self._fill_regions()
        if headquarters and self.home is None:
            self._make_home()

    # --- headquarters -------------------------------------------------------------------------
    def _make_home(self) -> None:
        """Headquarters opens on its dashboard; the meetings list (with the meetings opened
        from it) and the people become two of its pages, the same widgets as a facilitator's."""
        from khdesk.ui.hq.home import HeadquartersHome, OwnPage

        self.takeCentralWidget()  # the stack of the list and its meetings: the home's page now
        self.home = HeadquartersHome(
            self.context,
            {
                "meetings": OwnPage(
                    build=lambda: self.stack,
                    activate=self._on_meetings_page,
                    open_list=self._open_meetings_list,
                ),
                "people": OwnPage(build=self._build_persons_page, activate=self._on_people_page),
            },
            self,
        )
        self.setCentralWidget(self.home)
        self.home.page_of("meetings")
        self.home.page_shown.connect(self._on_page_shown)
        self.stack.currentChanged.connect(self._on_page_shown)
        self.home.show_page(self.home.page_keys()[0])  # the dashboard

    def _meetings_hidden(self) -> bool:
        return self.home is not None and self.home.current_key() != "meetings"

    def _on_meetings_page(self) -> None:
        if self._meetings_stale:
            self.refresh()

    def _open_meetings_list(self, filters: dict[str, Any]) -> None:
        """The meetings behind a bar of the dashboard: its region, kind and dates."""
        self.stack.setCurrentWidget(self.list_page)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        for combo, value in ((self.kind_filter, filters.get("kind")),
                             (self.region_filter, filters.get("region"))):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        for edit, value in ((self.date_from, filters.get("date_from")),
                            (self.date_to, filters.get("date_to"))):  # fmt: skip
            if isinstance(value, dt.date):
                edit.setDate(QDate(value.year, value.month, value.day))
            else:
                edit.clear_date()
        self.table.setFocus()

    def _build_persons_page(self) -> QWidget:
        from khdesk.ui.persons_page import PersonsPage

        self.persons_page = PersonsPage(self.context)
        set_part_title(self.persons_page, plain(self.persons_action.text()))
        return self.persons_page

    def _on_people_page(self) -> None:
        if self.meeting_view is not None:
            self.meeting_view.flush()
        if self.persons_page is not None:
            self.persons_page.refresh()
            self.persons_page.search.setFocus()

    def _on_page_shown(self, *_args: object) -> None:
        if self.home is None:
            return
        # an open meeting's Ctrl+1…7 are its tabs: the pages' keys wait until it is left
        in_a_meeting = (
            self.home.current_key() == "meetings"
            and self.meeting_view is not None
            and self.stack.currentWidget() is self.meeting_view
        )
        self.home.set_page_keys(not in_a_meeting)
        key = self.home.current_key()
        self._yield_keys_to(self.home.page(key) if key not in (None, "meetings") else None)
        self._update_counts()

    def _fill_regions(self) -> None:
        """The regions the list can be narrowed to (headquarters), by name."""
        names = self.context.region_names() if self.context.reference else {}
        chosen = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(self.tr("any region"), None)
        for code, name in sorted(names.items(), key=lambda item: item[1]):
            self.region_filter.addItem(name, code)
        self.region_filter.setCurrentIndex(max(self.region_filter.findData(chosen), 0))
        self.region_filter.blockSignals(False)

    def _prospectus(self) -> None:
        from khdesk.ui.hq.prospectus_dialog import show_prospectus_dialog

        show_prospectus_dialog(self.context, self)

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

    def _device_card(self) -> None:
        from khdesk.ui import sync_ui

        show = getattr(sync_ui, "show_device_card", None)  # comes with the handshake's work
        if show is not None:
            show(self.context, self)

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
    def _action(self, icon_name: str | None, slot: Any, *keys: Any) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                # the platform's first key for it (Ctrl+Q), not the extra keys of multimedia
                # keyboards (New, Help) that Help → Keyboard shortcuts would list too
                bindings = QKeySequence.keyBindings(key)
                sequences.append(bindings[0] if bindings else QKeySequence(_STANDARD_KEYS[key]))
            else:
                sequences.append(QKeySequence(key))
        if sequences:
            action.setShortcuts(sequences)
            self._window_keys[action] = sequences
        action.triggered.connect(slot)
        return action

    def _yield_keys_to(self, page: QWidget | None) -> None:
        """A headquarters' page's own keys (the Documents page's Ctrl+N, the reference page's
        Ctrl+P) win over the window's actions while the page is shown: a key with two owners
        in one window would do nothing at all."""
        claimed: set[str] = set()
        for button in page.findChildren(QAbstractButton) if page is not None else []:
            if not button.shortcut().isEmpty():
                claimed.add(button.shortcut().toString())
        for shortcut in page.findChildren(QShortcut) if page is not None else []:
            # only a key the page answers wherever the focus is: one it answers only in its
            # list would leave the key dead everywhere else in the window
            if shortcut.context() == Qt.ShortcutContext.WindowShortcut:
                claimed.update(sequence.toString() for sequence in list(shortcut.keys()))
        for action, sequences in self._window_keys.items():
            action.setShortcuts([keys for keys in sequences if keys.toString() not in claimed])

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "new-meeting", self.new_meeting, QKeySequence.StandardKey.New
        )
        self.open_action = self._action("open", self.open_selected, "Ctrl+O")
        self.back_action = self._action("back", self.show_list, "Alt+Left")
        self.persons_action = self._action("people", self.show_persons, "Ctrl+P")
        self.prospectus_action = self._action("documents", self._prospectus)
        self.find_action = self._action("find", self._focus_search, "Ctrl+K")
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.shortcuts_action = self._action(
            "shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action("about", self.show_about)
        self.back_up_action = self._action("back-up", self._back_up_now)
        self.backups_action = self._action("backups", self._backups)
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
            self.prospectus_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.back_up_action)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.sync_menu = self.menuBar().addMenu("")
        self.sync_actions: dict[str, QAction] = {}
        for key, icon_name, slot in (
            ("send", "send", self._send),
            ("reference_import", "reference-import", self._reference_import),
            ("inbox", "import-bundles", self._inbox),
            ("reference_export", "reference-export", self._reference_export),
            ("enroll", "enrol", self._enroll),
            ("device_card", "device-card", self._device_card),
            ("history", "history", self._history),
        ):
            action = self._action(icon_name, slot)
            self.sync_menu.addAction(action)
            self.sync_actions[key] = action
        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.setIcon(icon("language"))
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.documents_action = self._action("document-settings", self.document_settings)
        self.settings_menu.addAction(self.documents_action)
        self.retention_action = self._action("retention", self.retention_settings)
        self.settings_menu.addAction(self.retention_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.open_action,
            self.back_action,
            self.find_action,
            self.persons_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.sync_actions["send"])
        self.toolbar.addAction(self.sync_actions["inbox"])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.shortcuts_action)

    def retranslate(self) -> None:
        """Set every text again, in the current language."""
        self.setWindowTitle(self.tr("khdesk — «Қазақстан халқына»"))
        self.new_action.setText(self.tr("&New meeting…"))
        self.open_action.setText(self.tr("&Open meeting"))
        self.back_action.setText(self.tr("&Back to meetings"))
        self.find_action.setText(self.tr("&Find a meeting"))
        self.persons_action.setText(self.tr("&People"))
        self.prospectus_action.setText(self.tr("P&rospectus draft…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.back_up_action.setText(self.tr("Back &up now"))
        self.backups_action.setText(self.tr("Restore from bac&kup…"))
        self.file_menu.setTitle(self.tr("&Meetings"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About khdesk"))
        texts = {
            "send": self.tr("&Send to headquarters…"),
            "reference_import": self.tr("Import a &reference bundle…"),
            "inbox": self.tr("&Import bundles from the regions…"),
            "reference_export": self.tr("Write a reference &bundle…"),
            "enroll": self.tr("&Enrol a device card…"),
            "device_card": self.tr("This laptop's &card…"),
            "history": self.tr("Sync &history"),
        }
        for key, action in self.sync_actions.items():
            action.setText(texts[key])
        self.documents_action.setText(self.tr("&Documents…"))
        self.retention_action.setText(self.tr("&Keeping contacts…"))
        for action in self.findChildren(QAction):  # the toolbar's buttons show it on hover
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = plain(action.text())
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.search.setPlaceholderText(self.tr("Search meetings by title or place (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.status_filter.setAccessibleName(self.tr("Show meetings of status"))
        self.kind_filter.setAccessibleName(self.tr("Show meetings of kind"))
        self.region_filter.setAccessibleName(self.tr("Show meetings of region"))
        self.date_from.setAccessibleName(self.tr("Meetings from date"))
        self.date_to.setAccessibleName(self.tr("Meetings to date"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any date"))
            edit.setToolTip(self.tr("Delete leaves the date open"))
            # wide enough for «any date» in this language, not only for a date
            edit.setMinimumWidth(0)
            edit.setMinimumWidth(edit.sizeHint().width())
        self.clear_dates_button.setToolTip(self.tr("Any dates"))
        self.clear_dates_button.setAccessibleName(self.tr("Any dates"))
        self.table.setAccessibleName(self.tr("Meetings"))
        self.stack.setAccessibleName(self.tr("Meetings"))
        set_part_title(self.list_page, self.tr("The list of meetings"))
        self.filters_label.setText(self.tr("Show"))
        self.from_label.setText(self.tr("Dates"))
        self.to_label.setText("–")
        self.table.set_empty_text(self._empty_text())
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
        self.shown_language = self.context.language
        self._fill_regions()
        if self.home is not None:
            self.home.retranslate()
        self._update_counts()

    def _filtered(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.status_filter.currentData()
            or self.kind_filter.currentData()
            or self.region_filter.currentData()
            or self.date_from.value()
            or self.date_to.value()
        )

    def _empty_text(self) -> str:
        """What the empty list says: what to do next."""
        if self.meetings_in_database and self._filtered():
            return self.tr(
                "No meeting matches the search and the filters: change them, or clear the dates."
            )
        keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if self.context.role() == "hq":
            return self.tr(
                "No meetings yet: import the regions' bundles (Sync menu), or {keys} — new meeting"
            ).format(keys=keys)
        return self.tr("No meetings yet: {keys} — new meeting").format(keys=keys)

    def clear_dates(self) -> None:
        """Show the meetings of any date again."""
        self.date_from.clear_date()
        self.date_to.clear_date()

    def _back_up_now(self) -> None:
        from khdesk.ui.backups_dialog import back_up_now

        back_up_now(self.context, self)

    def _backups(self) -> None:
        from khdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_shortcuts(self) -> None:
        """Every keyboard shortcut of the window (Help → Keyboard shortcuts, F1)."""
        from khdesk.ui.help import ShortcutsDialog

        note = ""
        if self.meeting_view is not None and self.stack.currentWidget() is self.meeting_view:
            self.meeting_view.build_all_parts()  # so that every tab's shortcuts are listed
        else:
            note = self.tr("Open a meeting to see the shortcuts of its tabs too.")
        for shown in self.findChildren(ShortcutsDialog):  # one at a time, made afresh
            shown.close()
        dialog = ShortcutsDialog(self, note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        """Versions, the database's schema, this device and the data folder."""
        from khdesk.ui.help import AboutDialog, show_about

        shown = [dialog for dialog in self.findChildren(AboutDialog) if dialog.isVisible()]
        if shown:  # one at a time
            shown[0].raise_()
            shown[0].activateWindow()
            return
        show_about(self.context, self)

    def document_settings(self) -> None:
        """The logo printed above protocols, and when the list of participants is attached."""
        from khdesk.ui.settings_dialog import show_document_settings

        show_document_settings(self.context, self)

    def retention_settings(self) -> None:
        """How long the contacts of persons not seen are kept."""
        from khdesk.ui.settings_dialog import show_retention

        show_retention(self.context, self)

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
            if self._meetings_hidden():
                self.stack.setCurrentWidget(self.list_page)
            else:
                self._open(current.meeting_id)
        self.context.hub.language_changed.emit(language)

    def _on_language_changed(self, _language: str) -> None:
        # the People page shows sector names and headers of the language it was built in
        if self.home is not None:
            if self.persons_page is not None:
                self.persons_page = None
                self.home.drop("people")  # built again in the new language when shown
            return
        if self.persons_page is not None:
            showing = self.stack.currentWidget() is self.persons_page
            self.stack.removeWidget(self.persons_page)
            self.persons_page.deleteLater()
            self.persons_page = None
            if showing:
                self.show_persons()

    # --- the list -----------------------------------------------------------------------------
    def _filters(self) -> dict[str, Any]:
        return {
            "status": self.status_filter.currentData(),
            "kind": self.kind_filter.currentData(),
            "region": self.region_filter.currentData(),
            "search": self.search.text(),
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
        }

    def refresh(self) -> None:
        """Ask for the meetings the filters show; one question at a time, the last one wins."""
        if self.context.ops is None:
            return
        if self._meetings_hidden():
            self._meetings_stale = True  # read when its page is shown
            return
        self._meetings_stale = False
        if self._listing:
            self._list_again = True
            return
        self._listing = True
        self.context.operations.read(
            _list_meetings, self._filters(), done=self._show_meetings, owner=self
        )

    def _show_meetings(self, found: tuple[list[Any], int]) -> None:
        rows, in_database = found
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
        self.meetings_in_database = in_database
        fit_columns(self.table, widest=420)
        ids = [row.id for row in rows]
        if ids:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self.table.set_empty_text(self._empty_text())
        self.shown_label.setText(
            self.tr("Shown: {shown} of {total}").format(shown=len(rows), total=in_database)
        )
        self._update_counts()
        if self._open_when_listed:
            self._open_when_listed = False
            row = self.table.currentIndex().row()
            if 0 <= row < len(ids) and self.stack.currentWidget() is self.list_page:
                self._open(ids[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Up and Down in the search move through the list, so Enter opens the one chosen
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
                row = self.table.currentIndex().row()
                row = row + (1 if key == Qt.Key.Key_Down else -1)
                self.table.selectRow(max(0, min(row, self.model.rowCount() - 1)))
                return True
        return super().eventFilter(watched, event)

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
        if self._listing and self.sender() is self.search:
            self._open_when_listed = True  # Enter typed before the list caught up with the search
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
        if self.home is not None:
            self.home.show_page("meetings")
        self._update_counts()

    def _on_view_loaded(self, _snapshot: object) -> None:
        self._update_counts()

    def show_persons(self) -> None:
        """Everyone known to this installation (built on first use: it is not needed at start)."""
        if self.home is not None:
            self.home.show_page("people")
            return
        if self.meeting_view is not None:
            self.meeting_view.flush()
        self.meeting_view = None
        if self.persons_page is None:
            from khdesk.ui.persons_page import PersonsPage

            self.persons_page = PersonsPage(self.context)
            set_part_title(self.persons_page, plain(self.persons_action.text()))
            self.stack.addWidget(self.persons_page)
        self.persons_page.refresh()
        self.stack.setCurrentWidget(self.persons_page)
        self.persons_page.search.setFocus()
        self._update_counts()

    def show_list(self) -> None:
        if self.meeting_view is not None:
            self.meeting_view.flush()
        self.stack.setCurrentWidget(self.list_page)
        if self.home is not None:
            self.home.show_page("meetings")  # which reads the list if it is stale
        else:
            self.refresh()
        self.table.setFocus()

    def _update_counts(self, *_args: object) -> None:
        if self.context.ops is None:
            return
        view = self.meeting_view if self.stack.currentWidget() is self.meeting_view else None
        view = None if self._meetings_hidden() else view  # headquarters' other pages
        snapshot = view.model.snapshot if view is not None else None
        if snapshot is None:
            self.counts.setText(
                self.tr("khdesk {version} · {role}").format(
                    version=__version__, role=labels.role(self.context.role()) or "—"
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
