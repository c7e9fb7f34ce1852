"""Importing a file into a meeting (a roster, a Zoom report, proposals): preview, fix, import.

One dialog serves every import (``khdesk.services.imports``): it asks the importer for what
differs (its title, how a row is listed, which fields a user may correct, whether rows may wait
for the user to say who they are, whether sector words may be mapped, the options it offers)
and never for its kind. Reading the file, deciding its rows again and writing them are the
window's operations (``khdesk.ui.operations``), off the GUI thread; the preview shows what will
be created, matched and rejected (and why) before anything is written, and the import is one
write transaction that a cancel rolls back whole.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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
from khdesk.services.imports import Action, Importer, ImportPreview, ImportReport, OptionKind
from khdesk.ui.context import AppContext
from khdesk.ui.models import ListTableModel
from khdesk.ui.tasks import start
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns, show_error_later

if TYPE_CHECKING:
    from khdesk.services.work import Work

T = TypeVar("T")


# --- the operations: plain functions of plain values, never a widget ---------------------------


def _read_file(
    work: Work, importer: Importer[Any, Any], meeting_id: str, path: Path
) -> ImportPreview[Any]:
    return importer.preview(work.session, meeting_id, path)


def _review_file(
    work: Work, importer: Importer[Any, Any], preview: ImportPreview[Any]
) -> ImportPreview[Any]:
    return importer.review(work.session, preview)


def _write_file(
    work: Work,
    importer: Importer[Any, Any],
    preview: ImportPreview[Any],
    options: dict[str, Any],
    progress: imports.ProgressTracker,
) -> ImportReport:
    return importer.apply(work.session, work.actor, preview, progress=progress, **options)


def _said_here(_error: KhdeskError) -> None:
    """The dialog says a known problem itself, where it fits (after the await)."""


async def _outcome(future: Future[T]) -> T:
    """The result of an operation, awaited; its known problem raised here."""
    return await asyncio.wrap_future(future)


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
        self.importer: Importer[Any, Any] = imports.importer(kind)
        self.path = path
        self.preview: Any = None
        self.report: ImportReport | None = None
        #: A review is under way: nothing may change the preview until it is back.
        self._reviewing = False
        importer = self.importer
        self.setWindowTitle(render(importer.title))
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
        self.fix_button.setVisible(bool(importer.fields))
        self.same_button = QPushButton(self.tr("&Same person"))
        self.same_button.clicked.connect(lambda: self.decide_selected(same=True))
        self.different_button = QPushButton(self.tr("&Different person"))
        self.different_button.clicked.connect(lambda: self.decide_selected(same=False))
        for button in (self.same_button, self.different_button):
            button.setVisible(importer.decides_rows)
            button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_decision_buttons)
        self.sector_row = QWidget()
        self.sector_layout = QHBoxLayout(self.sector_row)
        self.sector_row.setVisible(False)
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
        #: The widgets of the options the importer offers, by option name.
        self.option_inputs: dict[str, QCheckBox | QComboBox] = {}
        self._add_options(row)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def _add_options(self, row: QHBoxLayout) -> None:
        for option in self.importer.options:
            if option.label is None:
                continue  # for the command line and for code only
            if option.kind is OptionKind.CHECK:
                check = QCheckBox(render(option.label))
                self.option_inputs[option.name] = check
                row.addWidget(check)
            elif option.kind is OptionKind.SECTOR:
                combo = QComboBox()
                for code, label in self.context.sector_names().items():
                    combo.addItem(label, code)
                self.option_inputs[option.name] = combo
                row.addWidget(QLabel(render(option.label)))
                row.addWidget(combo)

    def _show_options(self) -> None:
        """Set the options' widgets to the preview's values."""
        for name, widget in self.option_inputs.items():
            value = getattr(self.preview, name)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)

    def _chosen_options(self) -> dict[str, Any]:
        return {
            name: widget.isChecked() if isinstance(widget, QCheckBox) else widget.currentData()
            for name, widget in self.option_inputs.items()
        }

    # --- preview ------------------------------------------------------------------------------
    async def load(self) -> bool:
        """Read and decide the file off the GUI thread; False (after saying why) if unreadable."""
        operation = self.context.operations.read(
            _read_file, self.importer, self.meeting_id, self.path, failed=_said_here, owner=self
        )
        try:
            self.preview = await _outcome(operation)
        except KhdeskError as error:
            show_error_later(self.parentWidget() or self, error)
            return False
        self._show_options()
        self.show_preview()
        return True

    async def begin(self) -> None:
        """Load the preview into the (already shown) dialog, or close it if the file is unusable."""
        if not await self.load():
            self.reject()

    async def review(self) -> None:
        """Decide every row again off the GUI thread, after the user corrected, mapped or decided.

        Nothing may change the preview meanwhile: what would (a correction, a decision, a
        mapping, the import) waits until the review is back.
        """
        self._reviewing = True
        self._update_decision_buttons()
        self.import_button.setEnabled(False)
        self.fix_button.setEnabled(False)
        self.sector_row.setEnabled(False)
        operation = self.context.operations.read(
            _review_file, self.importer, self.preview, failed=_said_here, owner=self
        )
        try:
            self.preview = await _outcome(operation)
        except KhdeskError as error:
            show_error_later(self, error)
        finally:
            self._reviewing = False
            self.fix_button.setEnabled(True)
            self.sector_row.setEnabled(True)
        self.show_preview()

    def show_preview(self) -> None:
        preview = self.preview
        actions = {
            Action.CREATE: self.tr("new"),
            Action.MATCH: self.tr("known person"),
            Action.ATTENDING: self.tr("already on the list"),
            Action.REJECT: self.tr("not imported"),
            Action.DECIDE: self.tr("to decide"),
        }
        describe = self.importer.describe
        self.model.set_rows(
            [
                (
                    entry.line,
                    entry.line,
                    actions.get(entry.action, str(entry.action)),
                    describe(entry),
                    self._reason(entry),
                )
                for entry in preview.entries
            ]
        )
        fit_columns(self.table, widest=420)
        count = preview.count
        self.summary.setText(
            self.tr(
                "{file}: {create} new, {match} known, {attending} already on the list, "
                "{reject} not imported. Nothing is written until you press Import."
            ).format(
                file=self.path.name,
                create=count(Action.CREATE),
                match=count(Action.MATCH),
                attending=count(Action.ATTENDING),
                reject=count(Action.REJECT),
            )
        )
        undecided = count(Action.DECIDE)
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
        self.import_button.setEnabled(preview.importable())
        self._show_sector_mapping()
        self._update_decision_buttons()

    def _reason(self, entry: Any) -> str:
        """Why a row is decided as it is, in the interface's language."""
        reason = self.importer.shown_reason(entry)
        return render(reason) if reason is not None else ""

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def _decidable(self) -> list[Any]:
        """The selected rows the user can say who they are."""
        if not self.importer.decides_rows or self.preview is None or self._reviewing:
            return []
        entries = self.preview.entries
        return [
            entries[row]
            for row in self._selected_rows()
            if 0 <= row < len(entries) and self.importer.decidable(entries[row])
        ]

    def _update_decision_buttons(self) -> None:
        decidable = bool(self._decidable())
        self.same_button.setEnabled(decidable)
        self.different_button.setEnabled(decidable)

    def decide_selected(self, *, same: bool) -> None:
        """Say for every selected row that shares a contact whether it is the same person, then
        move on to the next row still to decide."""
        start(self._decide_selected(same))

    async def _decide_selected(self, same: bool) -> None:
        decidable = self._decidable()
        if not decidable:
            return
        last = self._selected_rows()[-1]
        for entry in decidable:
            self.importer.decide(self.preview, entry.line, same=same)
        await self.review()
        entries = self.preview.entries
        following = [
            row
            for row in (*range(last + 1, len(entries)), *range(last + 1))
            if entries[row].action is Action.DECIDE and self.importer.decidable(entries[row])
        ]
        self.table.selectRow(following[0] if following else last)

    def _show_sector_mapping(self) -> None:
        while self.sector_layout.count():
            item = self.sector_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        unknown = self.importer.unknown_sectors(self.preview) if self.importer.maps_sectors else []
        self.sector_row.setVisible(bool(unknown))
        if not unknown:
            return
        self.sector_layout.addWidget(QLabel(self.tr("Sectors khdesk does not know:")))
        sectors = self.context.sector_names()
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
        if code and not self._reviewing:
            self.importer.map_sector(self.preview, text, code)
            start(self.review())

    def fix_selected(self) -> None:
        importer = self.importer
        row_index = self.table.currentIndex().row()
        if not importer.fields or row_index < 0 or self._reviewing:
            return
        entry = self.preview.entries[row_index]
        editor = QDialog(self)
        editor.setWindowTitle(self.tr("Line {line}").format(line=entry.line))
        form = QFormLayout(editor)
        edits: dict[str, QLineEdit] = {}
        checks: dict[str, QCheckBox] = {}
        for field in importer.fields:
            value = importer.value(entry, field.name)
            if field.check:
                check = QCheckBox(render(field.label))
                check.setChecked(bool(value))
                form.addRow("", check)
                checks[field.name] = check
            else:
                edit = QLineEdit(str(value or ""))
                form.addRow(render(field.label), edit)
                edits[field.name] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(editor.accept)
        buttons.rejected.connect(editor.reject)
        form.addRow(buttons)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        for name, edit in edits.items():
            if edit.text() != str(importer.value(entry, name) or ""):
                importer.correct(entry, name, edit.text())
        for name, check in checks.items():
            importer.correct(entry, name, check.isChecked())
        start(self.review())

    # --- import -------------------------------------------------------------------------------
    def run_import(self) -> None:
        start(self.apply())

    async def apply(self) -> ImportReport | None:
        """Write the previewed rows in one write transaction off the GUI thread, with progress;
        what it wrote is announced to every view by the operations."""
        if self._reviewing:
            return None
        tracker = imports.ProgressTracker()
        options = self._chosen_options()
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(tracker.cancel)
        timer = QTimer(self, interval=100)
        timer.timeout.connect(lambda: dialog.setValue(tracker.percent))
        timer.start()
        operation = self.context.operations.write(
            _write_file,
            self.importer,
            self.preview,
            options,
            tracker,
            failed=_said_here,
            owner=self,
        )
        try:
            self.report = await _outcome(operation)
        except imports.ImportCancelled:
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
            return None
        except KhdeskError as error:
            show_error_later(self, error)
            return None
        finally:
            timer.stop()
            dialog.close()
        self.accept()
        return self.report


def choose_and_import(
    context: AppContext,
    meeting_id: str,
    kind: str,
    parent: QWidget,
    after: Callable[[], None] | None = None,
) -> None:
    """Ask for a file, then preview and import it with the import called ``kind`` (used by the
    meeting's tabs)."""
    from PySide6.QtWidgets import QFileDialog

    importer = imports.importer(kind)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Choose a file"),
        "",
        render(importer.file_types),
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
