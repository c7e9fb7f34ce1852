"""Importing a file into a meeting (a roster, a Zoom report, proposals): preview, import, summary.

One dialog serves every import (``khdesk.services.imports``): it asks the importer for what
differs (its title, how a row is listed, which fields a user may correct, whether rows may wait
for the user to say who they are, whether sector words may be mapped, the options it offers)
and never for its kind. Reading the file, deciding its rows again and writing them are the
window's operations (``khdesk.ui.operations``), off the GUI thread; the preview shows what will
be created, matched and rejected (and why) before anything is written, and the import is one
write transaction that a cancel rolls back whole.

Nothing is left out without a word. The Import button says how many rows it imports and how many
it leaves out; Enter does what the focused control suggests (opens the row of the table, goes on
to the next sector to map, presses the focused button) and imports from anywhere else only when
no row would be left out. Every import ends on a summary page (created, matched, already on the
list, and every row not imported with its reason) that stays until the user closes it, and that
saves the rows not imported as a file to fix and import again. The dialog never grows past the
screen it opens on: sector words to map are a compact list that scrolls, and reasons too long
for their column end in «…» with the whole text in the tooltip and below the table.

For a script that shows the dialog (the README's screenshots): ``ImportDialog(...)``, ``show()``
and ``await begin()`` show the preview; ``await apply()`` imports and shows the summary
(``showing_summary()``); ``close_button`` closes it.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError, Message
from khdesk.services import imports
from khdesk.services.imports import (
    NOT_IMPORTED,
    Action,
    Importer,
    ImportPreview,
    ImportReport,
    OptionKind,
    SectorWord,
)
from khdesk.services.imports.left_out import save_left_out
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_screen, largest_size
from khdesk.ui.models import Index, ListTableModel
from khdesk.ui.tasks import start
from khdesk.ui.texts import render
from khdesk.ui.widgets import show_error_later

if TYPE_CHECKING:
    from khdesk.services.work import Work

T = TypeVar("T")

#: The size the dialog asks for when the screen has room; never more than the screen has.
PREFERRED_SIZE = QSize(1120, 700)
#: How many sector words the mapping list shows before it scrolls.
SECTOR_LINES = 4
#: The widest a sector word is shown in the mapping list (longer ones end in «…»).
WORD_WIDTH = 320
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_LEFT_OUT_COLOUR = QColor(160, 30, 30)


# --- the operations: plain functions of plain values, never a widget ---------------------------


def _read_file(
    work: Work, importer: Importer[Any, Any], meeting_id: str, path: Path
) -> ImportPreview[Any]:
    # the window shows every row before anything is written: it may be offered more than a script
    return importer.preview(work.session, meeting_id, path, **importer.window_options)


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


# --- what the dialog shows ----------------------------------------------------------------------


class _RowsModel(ListTableModel):
    """The rows of a preview (or of the rows left out): every cell's whole text is its tooltip,
    and the decision of a row left out is in red."""

    def __init__(self, headers: Sequence[str], *, decision_column: int | None = None) -> None:
        super().__init__(headers)
        self.decision_column = decision_column
        self.left_out: set[int] = set()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text if isinstance(text, str) and text else None
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.decision_column
            and index.row() in self.left_out
        ):
            return QBrush(_LEFT_OUT_COLOUR)
        return super().data(index, role)


def _rows_table(model: _RowsModel, stretch: Sequence[int]) -> QTableView:
    """A table that never scrolls sideways: the ``stretch`` columns share the width, the others
    fit their text, and a text too long for its cell ends in «…» (its tooltip has it whole)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    # one line of text a row, so that a laptop's screen shows as many rows as it can
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column in range(model.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


class SectorMapping(QWidget):
    """The sector words of a file that no sector is, one line each: the word, how many rows
    write it, and the sector to count them under (a list that scrolls past a few lines).

    A line's list starts on what the rows get now: the sector chosen (in this import or
    remembered from an earlier one), the sector suggested for all its rows, or «choose». Every
    line is reached with Tab; arrows or typing choose a sector; Enter goes on to the next line.
    """

    def __init__(
        self, choose: Callable[[str, str | None], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self.title = QLabel(
            self.tr(
                "Sectors khdesk does not know. Choose a sector for each (Tab goes to the next, "
                "arrows or typing choose one); rows of a word left to choose are not imported."
            ),
            wordWrap=True,
        )
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.grid.setContentsMargins(4, 2, 4, 2)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.scroller)
        #: The line of each word, in the file's order: (its label, count, list, note).
        self.lines: dict[str, tuple[QLabel, QLabel, QComboBox, QLabel]] = {}
        self._sectors: dict[str, str] = {}

    def combos(self) -> list[QComboBox]:
        return [line[2] for line in self.lines.values()]

    def combo(self, text: str) -> QComboBox:
        return self.lines[text][2]

    def show_words(
        self, words: Sequence[SectorWord], sectors: dict[str, str], waiting: set[str]
    ) -> None:
        """Show ``words``; a line whose choice still ``waiting`` for a review keeps it."""
        self._sectors = sectors
        if [w.text for w in words] != list(self.lines):
            self._rebuild(words)
        for word in words:
            _label, count, combo, note = self.lines[word.text]
            count.setText(self.tr("rows: {count}").format(count=word.rows))
            combo.setItemText(0, self._unchosen(word))
            if word.text not in waiting:
                index = combo.findData(word.mapped) if word.mapped else 0
                combo.setCurrentIndex(max(index, 0))
            note.setText(self._note(word))
        self.setVisible(bool(words))
        rows = min(len(words), SECTOR_LINES)
        if rows:
            line = max(self.combos()[0].sizeHint().height(), 22) + self.grid.verticalSpacing()
            margins = self.grid.contentsMargins()
            frame = 2 * self.scroller.frameWidth()
            self.scroller.setFixedHeight(rows * line + margins.top() + margins.bottom() + frame)

    def _unchosen(self, word: SectorWord) -> str:
        """The first item of a word's list: what its rows get when no sector is chosen."""
        if word.suggested:
            name = self._sectors.get(word.suggested, word.suggested)
            return self.tr("{sector} (suggested)").format(sector=name)
        if word.suggested_rows:
            return self.tr("— as each organisation suggests ({count} of {rows}) —").format(
                count=word.suggested_rows, rows=word.rows
            )
        return self.tr("— choose a sector —")

    def _note(self, word: SectorWord) -> str:
        if word.mapped and word.remembered:
            return self.tr("remembered from an earlier import")
        if word.mapped:
            return ""
        if word.suggested:
            return self.tr("suggested: check it")
        if word.suggested_rows < word.rows:
            return self.tr("not imported until you choose")
        return self.tr("suggested: check them")

    def _rebuild(self, words: Sequence[SectorWord]) -> None:
        focused = next((text for text, line in self.lines.items() if line[2].hasFocus()), None)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.lines = {}
        previous: QWidget | None = None
        for row, word in enumerate(words):
            label = QLabel()
            metrics = label.fontMetrics()
            shown = f"«{word.text}»"
            label.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideRight, WORD_WIDTH))
            label.setToolTip(shown)
            count = QLabel()
            combo = QComboBox()
            combo.addItem("", None)
            for code, name in self._sectors.items():
                combo.addItem(name, code)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(self.tr("Sector for «{word}»").format(word=word.text))
            label.setBuddy(combo)
            combo.activated.connect(
                lambda index, text=word.text, box=combo: self._choose(text, box.itemData(index))
            )
            note = QLabel()
            note.setEnabled(False)  # a quieter colour: a remark, not a control
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(count, row, 1)
            self.grid.addWidget(combo, row, 2)
            self.grid.addWidget(note, row, 3)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
            self.lines[word.text] = (label, count, combo, note)
        if focused in self.lines:
            self.lines[focused][2].setFocus()

    def next_after(self, combo: QComboBox) -> QComboBox | None:
        """The list of the line after ``combo``'s, or None after the last."""
        combos = self.combos()
        if combo not in combos:
            return None
        at = combos.index(combo)
        return combos[at + 1] if at + 1 < len(combos) else None


class ImportDialog(QDialog):
    """The preview of one file for one meeting, the import of it, and its summary."""

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
        #: Something changed the preview's choices while a review ran: review once more.
        self._again = False
        #: Sector words the user chose for while a review ran, applied when it is back.
        self._pending: dict[str, str | None] = {}
        #: What waits for the review under way to end (an import pressed meanwhile).
        self._waiting: list[asyncio.Future[None]] = []
        self._importing = False
        self._placed = False
        importer = self.importer
        self.setWindowTitle(render(importer.title))
        self.setSizeGripEnabled(True)
        self.pages = QStackedWidget()
        self.preview_page = self._build_preview_page()
        self.summary_page = self._build_summary_page()
        self.pages.addWidget(self.preview_page)
        self.pages.addWidget(self.summary_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- the preview page ---------------------------------------------------------------------
    def _build_preview_page(self) -> QWidget:
        importer = self.importer
        page = QWidget()
        self.summary = QLabel(self.tr("Reading {file}…").format(file=self.path.name))
        self.summary.setWordWrap(True)
        self.sector_list = SectorMapping(self._map_sector)
        self.sector_list.setVisible(False)
        headers = [self.tr("Line"), self.tr("Decision"), self.tr("Row")]
        if importer.maps_sectors:
            headers.append(self.tr("Sector"))
        headers.append(self.tr("Reason"))
        self.model = _RowsModel(headers, decision_column=1)
        self.reason_column = len(headers) - 1
        self.table = _rows_table(self.model, stretch=(2, self.reason_column))
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.doubleClicked.connect(self.fix_selected)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.sector_list)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        #: The widgets of the options the importer offers, by option name.
        self.option_inputs: dict[str, QCheckBox | QComboBox] = {}
        options = QHBoxLayout()
        self._add_options(options)
        options.addStretch()
        layout.addLayout(options)
        row = QHBoxLayout()
        for button in (self.fix_button, self.same_button, self.different_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self._no_enter_on_buttons(page)
        return page

    @staticmethod
    def _no_enter_on_buttons(page: QWidget) -> None:
        # Enter is the dialog's to decide (keyPressEvent): no button becomes the default just by
        # having had the focus, so that Enter elsewhere never presses one by accident
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)

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
                caption = QLabel(render(option.label))
                caption.setBuddy(combo)
                row.addWidget(caption)
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

    # --- the summary page ---------------------------------------------------------------------
    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        # the page takes the focus after an import, so that Enter pressed again (the hand that
        # pressed Import) lands on no button and cannot close what it has not yet read
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        font = self.result_title.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result_title.setFont(font)
        self.result_figures = QLabel()
        self.result_figures.setWordWrap(True)
        self.left_out_title = QLabel()
        self.left_out_title.setWordWrap(True)
        self.left_out_model = _RowsModel([self.tr("Line"), self.tr("Row"), self.tr("Why")])
        self.left_out_table = _rows_table(self.left_out_model, stretch=(1, 2))
        self.left_out_table.setAccessibleName(self.tr("Rows not imported"))
        self.left_out_table.selectionModel().currentRowChanged.connect(self._show_left_out_detail)
        self.left_out_detail = QLabel()
        self.left_out_detail.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save rows not imported…"))
        self.save_button.clicked.connect(self.save_left_out)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_figures)
        layout.addWidget(self.left_out_title)
        layout.addWidget(self.left_out_table, 1)
        layout.addWidget(self.left_out_detail)
        layout.addWidget(self.saved)
        self.summary_stretch = QWidget()
        self.summary_stretch.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        layout.addWidget(self.summary_stretch)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch()
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._no_enter_on_buttons(page)
        return page

    def showing_summary(self) -> bool:
        return self.pages.currentWidget() is self.summary_page

    def show_summary(self, report: ImportReport) -> None:
        """Turn to the summary of ``report``: what was written, and every row left out, why."""
        self.report = report
        importer = self.importer
        self.result_title.setText(
            self.tr("{file} is imported into meeting {meeting}.").format(
                file=report.file_name, meeting=report.meeting_number
            )
        )
        entries = [entry for entry in self.preview.entries if entry.action in NOT_IMPORTED]
        not_imported = len(report.rejected)
        if importer.counts_people:
            figures = self.tr(
                "New: {created} · known persons: {matched} · already on the list: {attending} "
                "· not imported: {left}"
            ).format(
                created=report.created,
                matched=report.matched,
                attending=report.already_attending,
                left=not_imported,
            )
        else:
            figures = self.tr("Added: {created} · not imported: {left}").format(
                created=report.created, left=not_imported
            )
        self.result_figures.setText(figures)
        rows = [
            (entry.line, entry.line, self.importer.describe(entry), self._reason(entry))
            for entry in sorted(entries, key=lambda e: e.line)
        ]
        self.left_out_model.set_rows(rows)
        self.left_out_model.left_out = set(range(len(rows)))
        has_rows = bool(rows)
        if has_rows:
            self.left_out_title.setText(
                self.tr(
                    "Not imported: {count}. Save these rows as a file, fix them there and import "
                    "that file again; the reason of each is in its last column."
                ).format(count=not_imported)
            )
        else:
            self.left_out_title.setText(self.tr("Every row of the file was imported."))
        for widget in (self.left_out_table, self.left_out_detail, self.save_button):
            widget.setVisible(has_rows)
        self.summary_stretch.setVisible(not has_rows)
        self.save_button.setEnabled(has_rows and self.preview.source is not None)
        self.saved.clear()
        self.pages.setCurrentWidget(self.summary_page)
        if has_rows:
            self.left_out_table.setCurrentIndex(self.left_out_model.index(0, 0))
            self.left_out_table.setFocus()
        else:
            self.summary_page.setFocus()

    def _show_left_out_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.left_out_detail.setText(self._detail_text(self.left_out_model, current, 2))

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
        self._first_focus()
        return True

    async def begin(self) -> None:
        """Load the preview into the (already shown) dialog, or close it if the file is unusable."""
        if not await self.load():
            self.reject()

    async def review(self) -> None:
        """Decide every row again off the GUI thread, after the user corrected, mapped or decided.

        Nothing may change the preview meanwhile: a correction or a decision waits until the
        review is back; sector words chosen meanwhile are applied then, with one more review;
        an import pressed meanwhile starts after it.
        """
        if self._reviewing:
            self._again = True
            return
        self._reviewing = True
        self._update_decision_buttons()
        self.fix_button.setEnabled(False)
        try:
            while True:
                self._again = False
                for text, code in self._pending.items():
                    self.importer.map_sector(self.preview, text, code)
                self._pending = {}
                operation = self.context.operations.read(
                    _review_file, self.importer, self.preview, failed=_said_here, owner=self
                )
                try:
                    self.preview = await _outcome(operation)
                except KhdeskError as error:
                    show_error_later(self, error)
                    break
                if not (self._pending or self._again):
                    break
        finally:
            self._reviewing = False
            self.fix_button.setEnabled(True)
            waiting, self._waiting = self._waiting, []
            for future in waiting:
                if not future.done():
                    future.set_result(None)
        self.show_preview()

    async def _reviewed(self) -> None:
        """Return once no review is under way."""
        while self._reviewing:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiting.append(future)
            await future

    def show_preview(self) -> None:
        preview = self.preview
        importer = self.importer
        actions = {
            Action.CREATE: self.tr("new"),
            Action.MATCH: self.tr("known person"),
            Action.ATTENDING: self.tr("already on the list"),
            Action.REJECT: self.tr("not imported"),
            Action.DECIDE: self.tr("to decide"),
        }
        describe = importer.describe
        sectors = self.context.sector_names() if importer.maps_sectors else {}
        current = self.table.currentIndex().row()
        rows = []
        left_out = set()
        for position, entry in enumerate(preview.entries):
            cells: list[Any] = [
                entry.line,
                entry.line,
                actions.get(entry.action, str(entry.action)),
                describe(entry),
            ]
            if importer.maps_sectors:
                cells.append(self._sector_text(entry, sectors))
            cells.append(self._reason(entry))
            rows.append(tuple(cells))
            if entry.action in NOT_IMPORTED:
                left_out.add(position)
        self.model.left_out = left_out
        self.model.set_rows(rows)
        if 0 <= current < len(rows):
            self.table.setCurrentIndex(self.model.index(current, 0))
            self.table.selectRow(current)
        count = preview.count
        text = self.tr(
            "{file}: {create} new, {match} known, {attending} already on the list, "
            "{reject} not imported. Nothing is written until you press Import."
        ).format(
            file=self.path.name,
            create=count(Action.CREATE),
            match=count(Action.MATCH),
            attending=count(Action.ATTENDING),
            reject=count(Action.REJECT),
        )
        undecided = count(Action.DECIDE)
        if undecided:
            text += " " + self.tr(
                "{count} rows share a phone or e-mail with someone of another name: select "
                "them and press Same person or Different person. Until you decide, they are "
                "not imported."
            ).format(count=undecided)
        suggested = sum(
            1
            for entry in preview.entries
            if entry.action not in NOT_IMPORTED
            and (found := importer.counted_sector(entry)) is not None
            and found[1] == "suggested"
        )
        if suggested:
            text += " " + self.tr(
                "The sector of {count} rows is suggested from their words or organisation: "
                "check the Sector column; Fix the row changes one."
            ).format(count=suggested)
        self.summary.setText(text)
        self._update_import_button()
        self._show_sector_mapping()
        self._update_decision_buttons()
        self._show_detail(self.table.currentIndex(), QModelIndex())

    def _update_import_button(self) -> None:
        """The button says what it does: how many rows it imports and how many it leaves out;
        it is the default (Enter from anywhere) only when it leaves nothing out."""
        preview = self.preview
        if preview is None:
            return
        imported, left = preview.imported(), preview.left_out()
        if left:
            text = self.tr("&Import {imported}, leave out {left}").format(
                imported=imported, left=left
            )
        else:
            text = self.tr("&Import all {count}").format(count=imported)
        self.import_button.setText(text)
        self.import_button.setEnabled(preview.importable() and not self._importing)
        self.import_button.setDefault(left == 0 and preview.importable())

    def _sector_text(self, entry: Any, sectors: dict[str, str]) -> str:
        found = self.importer.counted_sector(entry)
        if found is None:
            return ""
        code, how = found
        name = sectors.get(code, code)
        if how == "suggested":
            return self.tr("{sector} (suggested)").format(sector=name)
        if how == "remembered":
            return self.tr("{sector} (remembered)").format(sector=name)
        return name

    def _reason(self, entry: Any) -> str:
        """Why a row is decided as it is, in the interface's language."""
        reason = self.importer.shown_reason(entry)
        return render(reason) if reason is not None else ""

    def _detail_text(self, model: _RowsModel, index: QModelIndex, column: int) -> str:
        """The whole reason of the row at ``index``, with its line, for below the table."""
        if not index.isValid():
            return ""
        line = model.index(index.row(), 0).data()
        reason = model.index(index.row(), column).data()
        if not reason:
            return ""
        return self.tr("Line {line}: {reason}").format(line=line, reason=reason)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.setText(self._detail_text(self.model, current, self.reason_column))

    def _first_focus(self) -> None:
        """The first thing to do: a sector word to choose for, else the first row left out."""
        for word in self.importer.sector_words(self.preview):
            if not word.mapped and word.suggested_rows < word.rows:
                self.sector_list.combo(word.text).setFocus()
                break
        else:
            self.table.setFocus()
        rows = self.model.left_out
        first = min(rows) if rows else 0
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(first, 0))
            self.table.selectRow(first)

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
        if not self.importer.maps_sectors:
            return
        words = self.importer.sector_words(self.preview)
        self.sector_list.show_words(words, self.context.sector_names(), set(self._pending))
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab goes through the sector words first (what is to be done), then the rows, the
        options and the buttons, in the order they are seen."""
        order: list[QWidget] = [
            *self.sector_list.combos(),
            self.table,
            *self.option_inputs.values(),
            self.fix_button,
            self.same_button,
            self.different_button,
            self.import_button,
            self.cancel_button,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _map_sector(self, text: str, code: str | None) -> None:
        """The user chose a sector for a word (None: no sector): every row of it follows."""
        self._pending[text] = code
        if not self._reviewing:
            start(self.review())

    def fix_selected(self) -> None:
        importer = self.importer
        row_index = self.table.currentIndex().row()
        if not importer.fields or row_index < 0 or self._reviewing or self.preview is None:
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
            elif field.sector:
                # the sectors' names to pick from, or any word typed (then mapped in the list)
                combo = QComboBox()
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.addItems(list(self.context.sector_names().values()))
                combo.setEditText(str(value or ""))
                if (completer := combo.completer()) is not None:
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                form.addRow(render(field.label), combo)
                line_edit = combo.lineEdit()
                assert line_edit is not None  # an editable combo has one
                edits[field.name] = line_edit
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
            if check.isChecked() != bool(importer.value(entry, name)):
                importer.correct(entry, name, check.isChecked())
        start(self.review())

    # --- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter does what the focused control suggests; elsewhere it imports only when the
        import leaves no row out (the Import button is then the default)."""
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() in _ENTER and plain:
            event.accept()
            self._enter()
            return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled() and focused.isVisible():
                focused.click()
            return
        if self.showing_summary():
            return  # closing the summary takes its button, never a stray Enter
        if focused is self.table or (focused is not None and self.table.isAncestorOf(focused)):
            self.fix_selected()
            return
        if isinstance(focused, QComboBox) and focused in self.sector_list.combos():
            following = self.sector_list.next_after(focused)
            (following or self.import_button).setFocus()
            return
        if self.import_button.isDefault() and self.import_button.isEnabled():
            self.import_button.click()

    def reject(self) -> None:
        # Escape on the summary closes it as its Close button does: the import is done
        if self.showing_summary():
            self.accept()
            return
        super().reject()

    # --- the screen ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never larger than the screen the dialog opens on (whatever it shows later), and
        centred within it."""
        self.setMaximumSize(largest_size(self))
        fit_to_screen(self, PREFERRED_SIZE)

    # --- import -------------------------------------------------------------------------------
    def run_import(self) -> None:
        start(self.apply())

    async def apply(self) -> ImportReport | None:
        """Write the previewed rows in one write transaction off the GUI thread, with progress,
        then show the summary; what it wrote is announced to every view by the operations."""
        if self._importing or self.preview is None or self.showing_summary():
            return None
        self._importing = True
        self.import_button.setEnabled(False)
        try:
            await self._reviewed()
            return await self._write()
        finally:
            self._importing = False
            if not self.showing_summary():
                self._update_import_button()

    async def _write(self) -> ImportReport | None:
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
            report = await _outcome(operation)
        except imports.ImportCancelled:
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
            return None
        except KhdeskError as error:
            show_error_later(self, error)
            return None
        finally:
            timer.stop()
            dialog.close()
        self.show_summary(report)
        return report

    # --- the rows left out --------------------------------------------------------------------
    def save_left_out(self) -> None:
        """Ask where, then save the rows not imported as a CSV file to fix and import again."""
        if self.preview is None or self.preview.source is None:
            return
        proposed = self.path.with_name(
            self.tr("{name} - not imported").format(name=self.path.stem) + ".csv"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rows not imported"),
            str(proposed),
            self.tr("CSV for Excel (*.csv)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.casefold() != ".csv":
            target = target.with_name(target.name + ".csv")
        start(self.write_left_out(target))

    async def write_left_out(self, target: Path) -> Path | None:
        """Write the rows not imported to ``target`` (off the GUI thread); the page says where."""
        rows = [
            (row.cells, render(row.entry.reason or Message("not imported")))
            for row in self.importer.left_out(self.preview)
        ]
        operation = self.context.operations.background(
            save_left_out,
            target,
            self.preview.source.headers,
            rows,
            self.tr("Why not imported"),
            failed=_said_here,
            owner=self,
        )
        try:
            written = await _outcome(operation)
        except KhdeskError as error:
            show_error_later(self, error)
            return None
        self.saved.setText(
            self.tr(
                "Saved {count} rows to {path}. Fix them there, save the file, and import it again."
            ).format(count=len(rows), path=str(written))
        )
        return written


def choose_and_import(
    context: AppContext,
    meeting_id: str,
    kind: str,
    parent: QWidget,
    after: Callable[[], None] | None = None,
) -> None:
    """Ask for a file, then preview and import it with the import called ``kind`` (used by the
    meeting's tabs)."""
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
