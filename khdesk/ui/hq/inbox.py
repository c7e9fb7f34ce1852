"""Headquarters' inbox: every bundle received or written (the sync history) as a page, with
Import bundles… beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from khdesk.ui import dates, sync_ui
from khdesk.ui.context import AppContext
from khdesk.ui.help import set_part_title
from khdesk.ui.icons import icon
from khdesk.ui.models import ListTableModel
from khdesk.ui.tables import TableView
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns


def read_history(work: Any) -> list[Any]:
    """Every bundle written or received, newest first."""
    from khdesk.services import sync

    return sync.history(work.session)


def _sync_text(text: str) -> str:
    # the same words as the sync history's dialog, translated once
    return QCoreApplication.translate("SyncUi", text)


class InboxPage(QWidget):
    """The sync history of this installation, read again when shown after a change; the
    selected row's reason in full under the table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.import_button = QPushButton(icon("import-bundles"), "")
        self.import_button.clicked.connect(self.import_bundles)
        self.title = QLabel()
        self.model = ListTableModel([])
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        context.hub.changed.connect(self._on_changed)
        context.hub.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def activate(self) -> None:
        """Shown: read the history again if a bundle came or went since."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.context.operations.read(read_history, done=self._show, owner=self)

    def import_bundles(self) -> None:
        """Choose bundles from the regions and import them (as Sync → Import bundles…)."""
        sync_ui.choose_and_import_bundles(self.context, self)

    def retranslate(self) -> None:
        set_part_title(self, _sync_text("Sync history"))
        self.title.setText(_sync_text("Sync history"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.table.setAccessibleName(_sync_text("Sync history"))
        self.table.set_empty_text(
            self.tr("No bundle yet: import the regions' bundles, or drop them on the window.")
        )
        self.model.set_headers(
            [
                _sync_text(text)
                for text in ("When", "Direction", "Result", "Writes", "Records", "File")
            ]
        )
        if not self._stale:
            self.refresh()

    def _on_changed(self, _changes: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _show(self, entries: list[Any]) -> None:
        directions = {"in": _sync_text("received"), "out": _sync_text("sent")}
        statuses = sync_ui._status_names()
        rows = [
            (
                number,
                dates.moment(entry.at),
                directions.get(entry.direction, entry.direction),
                statuses.get(entry.status, entry.status),
                f"{entry.seq_from}–{entry.seq_to}" if entry.seq_to else "",
                entry.records,
                entry.file_name,
                render(entry.reason or ""),
            )
            for number, entry in enumerate(entries)
        ]
        self.model.set_rows(rows)
        fit_columns(self.table, widest=320)
        if rows:
            self.table.selectRow(0)
        self._on_row_changed()

    def _on_row_changed(self, *_args: object) -> None:
        row = self.table.currentIndex().row()
        values = self.model.row_values(row) if row >= 0 else ()
        reason = str(values[-1]) if values else ""
        self.details.setText(reason)
        self.details.setVisible(bool(reason))
