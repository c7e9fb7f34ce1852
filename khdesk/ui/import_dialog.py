"""Importing a roster, a Zoom report or a proposals file: preview first, fix, then import.

Reading the file and writing the rows run off the GUI thread; the preview shows what will be
created, matched and rejected (and why) before anything is written, and the import is one
transaction that a cancel rolls back whole. A roster row that shares a phone or e-mail with
someone of another name waits for the user to say, row by row (or for all rows selected),
whether it is the same person; until then it is not imported.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import imports
from khdesk.ui.context import AppContext
from khdesk.ui.models import ListTableModel
from khdesk.ui.participants_tab import sector_names
from khdesk.ui.tasks import run_in_background, start
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns, show_error_later

PREVIEW: dict[str, tuple[Any, Any, Any]] = {
    "roster": (imports.preview_roster, imports.review_roster, imports.apply_roster),
    "zoom": (imports.preview_zoom, imports.review_zoom, imports.apply_zoom),
    "proposals": (imports.preview_proposals, imports.review_proposals, imports.apply_proposals),
}
#: The fields a user may correct in a row, per kind of file.
EDITABLE = {
    "roster": ("full_name", "organisation", "position", "sector", "phone", "email"),
    "proposals": ("text", "kind", "author", "organisation", "direction", "section"),
    "zoom": (),
}


class _Cancelled(Exception):
    """The user cancelled the import; the transaction rolls back."""


class ImportDialog(QDialog):
    """The preview of one file for one meeting, and the import of it."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: str,
        kind: str,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.kind = kind
        self.path = path
        self.preview: Any = None
        self.report: imports.ImportReport | None = None
        titles = {
            "roster": self.tr("Import a roster"),
            "zoom": self.tr("Import a Zoom participants report"),
            "proposals": self.tr("Import proposals"),
        }
        self.setWindowTitle(titles[kind])
        self.resize(980, 620)
        self.summary = QLabel(self.tr("Reading {file}…").format(file=path.name), wordWrap=True)
        self.model = ListTableModel(
            [self.tr("Line"), self.tr("Decision"), self.tr("Row"), self.tr("Reason")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.fix_selected)
        self.fix_button = QPushButton(self.tr("&Fix the row…"))
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_button.setVisible(bool(EDITABLE[kind]))
        self.same_button = QPushButton(self.tr("&Same person"))
        self.same_button.clicked.connect(lambda: self.decide_selected(same=True))
        self.different_button = QPushButton(self.tr("&Different person"))
        self.different_button.clicked.connect(lambda: self.decide_selected(same=False))
        for button in (self.same_button, self.different_button):
            button.setVisible(kind == "roster")
            button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_decision_buttons)
        self.sector_row = QWidget()
        self.sector_layout = QHBoxLayout(self.sector_row)
        self.sector_row.setVisible(False)
        self.present_check = QCheckBox(
            self.tr("Everyone in the file was present (typing in a signed paper sheet)")
        )
        self.present_check.setVisible(kind == "roster")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sector_row)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.fix_button)
        row.addWidget(self.same_button)
        row.addWidget(self.different_button)
        row.addWidget(self.present_check)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    # --- preview ------------------------------------------------------------------------------
    def _preview_in_worker(self) -> Any:
        make_preview = PREVIEW[self.kind][0]
        with self.context.db.session() as session:
            return make_preview(session, self.meeting_id, self.path)

    async def load(self) -> bool:
        """Read and decide the file off the GUI thread; False (after saying why) if unreadable."""
        try:
            self.preview = await run_in_background(self._preview_in_worker)
        except KhdeskError as error:
            show_error_later(self.parentWidget() or self, error)
            return False
        self.show_preview()
        return True

    async def begin(self) -> None:
        """Load the preview into the (already shown) dialog, or close it if the file is unusable."""
        if not await self.load():
            self.reject()

    def review(self) -> None:
        review = PREVIEW[self.kind][1]
        with self.context.db.session() as session:
            self.preview = review(session, self.preview)
        self.show_preview()

    def show_preview(self) -> None:
        preview = self.preview
        actions = {
            imports.Action.CREATE: self.tr("new"),
            imports.Action.MATCH: self.tr("known person"),
            imports.Action.ATTENDING: self.tr("already on the list"),
            imports.Action.REJECT: self.tr("not imported"),
            imports.Action.DECIDE: self.tr("to decide"),
        }
        rows = []
        for entry in preview.entries:
            rows.append(
                (
                    entry.line,
                    entry.line,
                    actions.get(entry.action, str(entry.action)),
                    self._describe(entry),
                    self._reason(entry),
                )
            )
        self.model.set_rows(rows)
        fit_columns(self.table, widest=420)
        count = preview.count
        self.summary.setText(
            self.tr(
                "{file}: {create} new, {match} known, {attending} already on the list, "
                "{reject} not imported. Nothing is written until you press Import."
            ).format(
                file=self.path.name,
                create=count(imports.Action.CREATE),
                match=count(imports.Action.MATCH),
                attending=count(imports.Action.ATTENDING),
                reject=count(imports.Action.REJECT),
            )
        )
        undecided = count(imports.Action.DECIDE)
        if undecided:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "{count} rows share a phone or e-mail with someone of another name: select "
                    "them and press Same person or Different person. Until you decide, they are "
                    "not imported."
                ).format(count=undecided)
            )
        waiting = (imports.Action.REJECT, imports.Action.DECIDE)
        self.import_button.setEnabled(any(entry.action not in waiting for entry in preview.entries))
        self._show_sector_mapping()
        self._update_decision_buttons()

    def _reason(self, entry: Any) -> str:
        """Why a row is decided as it is; for rows sharing a contact, with whom (the service's
        reasons name nobody, since they end up in reports)."""
        if self.kind != "roster" or (entry.candidate is None and entry.same_as_line is None):
            return render(entry.reason or "")
        name = entry.candidate_name or ""
        if entry.same_person is True:
            return self.tr("you said: the same person as «{name}».").format(name=name)
        if entry.same_person is False:
            return self.tr("you said: not the same person as «{name}».").format(name=name)
        if entry.action is not imports.Action.DECIDE:
            return render(entry.reason or "")
        if entry.candidate is None:
            return self.tr("the same person as line {line}, which is still to be decided.").format(
                line=entry.same_as_line
            )
        phone = entry.shared == "phone"
        if entry.candidate_id is not None:
            text = (
                self.tr(
                    "the same phone as «{name}», who is known, but another name: the same person?"
                )
                if phone
                else self.tr(
                    "the same e-mail as «{name}», who is known, but another name: the same person?"
                )
            )
            return text.format(name=name)
        text = (
            self.tr("the same phone as line {line} («{name}»), but another name: the same person?")
            if phone
            else self.tr(
                "the same e-mail as line {line} («{name}»), but another name: the same person?"
            )
        )
        return text.format(line=entry.candidate_line, name=name)

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def _decidable(self) -> list[Any]:
        """The selected rows that share a contact with someone of another name."""
        if self.kind != "roster" or self.preview is None:
            return []
        entries = self.preview.entries
        return [
            entries[row]
            for row in self._selected_rows()
            if 0 <= row < len(entries) and entries[row].candidate is not None
        ]

    def _update_decision_buttons(self) -> None:
        decidable = bool(self._decidable())
        self.same_button.setEnabled(decidable)
        self.different_button.setEnabled(decidable)

    def decide_selected(self, *, same: bool) -> None:
        """Say for every selected row that shares a contact whether it is the same person, then
        move on to the next row still to decide."""
        decidable = self._decidable()
        if not decidable:
            return
        last = self._selected_rows()[-1]
        for entry in decidable:
            self.preview.decide(entry.line, same=same)
        self.review()
        entries = self.preview.entries
        following = [
            row
            for row in (*range(last + 1, len(entries)), *range(last + 1))
            if entries[row].action is imports.Action.DECIDE and entries[row].candidate is not None
        ]
        self.table.selectRow(following[0] if following else last)

    def _describe(self, entry: Any) -> str:
        if self.kind == "roster":
            row = entry.row
            return " · ".join(
                part for part in (row.full_name, row.organisation, row.sector) if part
            )
        if self.kind == "zoom":
            return entry.name
        row = entry.row
        return " · ".join(part for part in (row.text[:120], row.author, row.direction) if part)

    def _show_sector_mapping(self) -> None:
        while self.sector_layout.count():
            item = self.sector_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        unknown = self.preview.unknown_sectors() if self.kind == "roster" else []
        self.sector_row.setVisible(bool(unknown))
        if not unknown:
            return
        self.sector_layout.addWidget(QLabel(self.tr("Sectors khdesk does not know:")))
        sectors = sector_names(self.context)
        for text in unknown:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for code, label in sectors.items():
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(
                lambda _i, t=text, c=combo: self._map_sector(t, c.currentData())
            )
            self.sector_layout.addWidget(QLabel(f"«{text}» →"))
            self.sector_layout.addWidget(combo)
        self.sector_layout.addStretch()

    def _map_sector(self, text: str, code: str | None) -> None:
        if code:
            self.preview.map_sector(text, code)
            self.review()

    def fix_selected(self) -> None:
        fields = EDITABLE[self.kind]
        row_index = self.table.currentIndex().row()
        if not fields or row_index < 0:
            return
        entry = self.preview.entries[row_index]
        editor = QDialog(self)
        editor.setWindowTitle(self.tr("Line {line}").format(line=entry.line))
        form = QFormLayout(editor)
        labels = {
            "full_name": self.tr("Full name"),
            "organisation": self.tr("Organisation"),
            "position": self.tr("Position"),
            "sector": self.tr("Sector"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "text": self.tr("Text"),
            "kind": self.tr("Kind"),
            "author": self.tr("Author"),
            "direction": self.tr("Direction"),
            "section": self.tr("Section"),
        }
        edits = {}
        for name in fields:
            edit = QLineEdit(str(getattr(entry.row, name) or ""))
            form.addRow(labels.get(name, name), edit)
            edits[name] = edit
        consent = None
        if self.kind == "roster":
            consent = QCheckBox(self.tr("Agrees to the processing of personal data"))
            consent.setChecked(bool(entry.row.consent))
            form.addRow("", consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(editor.accept)
        buttons.rejected.connect(editor.reject)
        form.addRow(buttons)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        for name, edit in edits.items():
            if edit.text() != str(getattr(entry.row, name) or ""):
                entry.row.set(name, edit.text())
        if consent is not None:
            entry.row.set("consent", consent.isChecked())
        self.review()

    # --- import -------------------------------------------------------------------------------
    def run_import(self) -> None:
        start(self.apply())

    async def apply(self) -> imports.ImportReport | None:
        """Write the previewed rows in one transaction off the GUI thread, with progress."""
        apply = PREVIEW[self.kind][2]
        state = {"done": 0, "total": len(self.preview.entries)}
        cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            state["done"], state["total"] = done, total
            if cancel.is_set():
                raise _Cancelled
            # hand Python's lock to the window between two rows, so that it keeps answering
            time.sleep(0)

        options: dict[str, Any] = {"progress": progress}
        if self.kind == "roster":
            options["present"] = self.present_check.isChecked()

        def work() -> imports.ImportReport:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                report: imports.ImportReport = apply(session, actor, self.preview, **options)
                return report

        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(cancel.set)
        timer = QTimer(self, interval=100)
        timer.timeout.connect(
            lambda: dialog.setValue(int(100 * state["done"] / max(state["total"], 1)))
        )
        timer.start()
        try:
            self.report = await run_in_background(work)
        except _Cancelled:
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
            return None
        except KhdeskError as error:
            show_error_later(self, error)
            return None
        finally:
            timer.stop()
            dialog.close()
        self.context.hub.attendance_changed.emit(self.meeting_id)
        self.context.hub.proposals_changed.emit(self.meeting_id)
        self.accept()
        return self.report


def choose_and_import(
    context: AppContext,
    meeting_id: str,
    kind: str,
    parent: QWidget,
    after: Callable[[], None] | None = None,
) -> None:
    """Ask for a file, then preview and import it (used by the meeting's tabs)."""
    from PySide6.QtWidgets import QFileDialog

    filters = {
        "roster": QCoreApplication.translate(
            "ImportDialog", "Rosters (*.csv *.xlsx *.txt);;All files (*)"
        ),
        "zoom": QCoreApplication.translate("ImportDialog", "Zoom reports (*.csv);;All files (*)"),
        "proposals": QCoreApplication.translate(
            "ImportDialog", "Proposals (*.csv *.xlsx);;All files (*)"
        ),
    }
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "Choose a file"), "", filters[kind]
    )
    if not name:
        return
    dialog = ImportDialog(context, meeting_id, kind, Path(name), parent)
    # Shown, not exec()'d: the preview and the import run as tasks of the application's event
    # loop, which a nested exec() inside a task would block.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if after is not None:
        dialog.accepted.connect(after)
    dialog.show()
    start(dialog.begin())
