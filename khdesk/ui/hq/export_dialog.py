"""Export…: what a headquarters page shows, under the page's current filter, as an Excel workbook
or as CSV files in a folder, written off the GUI thread with its progress and a Cancel.

The page hands the dialog its filter as ``exports.ExportFilters`` (``khdesk.services.exports``
writes the file, the same as ``khdesk export``); the save dialog's file type chooses the
workbook or the folder of CSV files. The export is a read (``context.operations.read``): it
sees one committed state of the database from its first row to its last, and it leaves the
writer free, so that the review goes on while a national export is written. The file lands
whole or not at all (``khdesk.storage.files.replacing``); the dialog ends with one sentence
that says where it is and how many rows each sheet has, and a button that opens its folder.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import exports, stats
from khdesk.services import review_page_queries as queries
from khdesk.services.work import Work
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content
from khdesk.ui.texts import render

#: The key of Export… on every page that has it.
SHORTCUT = "Ctrl+Shift+E"
#: An export that takes less than this shows no progress, only its result.
PROGRESS_AFTER_MS = 500


class ExportCancelled(KhdeskError):
    """The user pressed Cancel while the export was written."""


class ExportProgress:
    """How far an export running on a reader thread has got, and whether to stop it.

    Handed to the export as its ``progress``; the dialog reads ``sheet``, ``rows`` and
    ``finished`` and calls ``cancel``, after which the next report raises ``ExportCancelled``.
    It holds nothing but plain values and an event, so it may live on any thread."""

    def __init__(self) -> None:
        self.sheet = ""
        self.rows = 0
        #: the sheets written to their end, in order
        self.finished: list[str] = []
        self._cancelled = threading.Event()

    def __call__(self, sheet: str, rows: int) -> None:
        if self._cancelled.is_set():
            raise ExportCancelled("the export was cancelled.")
        if sheet != self.sheet:
            if self.sheet:
                self.finished.append(self.sheet)
            self.sheet = sheet
        self.rows = rows
        time.sleep(0)  # hand Python's lock to the window's thread, so that it keeps answering

    def cancel(self) -> None:
        self._cancelled.set()


@dataclass(frozen=True)
class ExportRequest:
    """One export: where (a workbook, or the folder of the CSV files), in which language, under
    which filters; ``mine`` is the proposals page's "reviewed by me", resolved in the read."""

    target: Path
    csv: bool
    language: str
    filters: exports.ExportFilters
    mine: bool = False


def resolved_filters(work: Work, request: ExportRequest) -> exports.ExportFilters:
    """The request's filters with its search turned into the proposals it finds (the page's
    own search) and "reviewed by me" into this installation's user."""
    filters = request.filters
    if request.mine:
        me = queries.user_name(work) or ""
        if filters.reviewer and filters.reviewer != me:
            filters = replace(filters, found=frozenset())  # nobody's proposals are both
        else:
            filters = replace(filters, reviewer=me or "\0")
    if filters.search.strip():
        found = queries.search_index(work).matching(work, filters.search)
        if found is not None:
            kept = found if filters.found is None else found & filters.found
            filters = replace(filters, found=frozenset(kept))
    return filters


def write_export(work: Work, request: ExportRequest, progress: ExportProgress) -> dict[str, int]:
    """Write the export ``request`` asks for; returns the rows of each sheet."""
    filters = resolved_filters(work, request)
    options: dict[str, Any] = {
        "filters": filters,
        "language": request.language,
        "progress": progress,
    }
    if request.csv:
        return exports.export_csv(work.session, request.target, **options)
    return exports.export_xlsx(work.session, request.target, **options)


def query_filters(wanted: queries.ProposalQuery) -> exports.ExportFilters:
    """The proposals page's list ``wanted`` as the export's filters: its region, kind of
    meeting, direction and dates narrow every sheet; the rest the proposals sheet only
    ("reviewed by me" is ``ExportRequest.mine``)."""
    return exports.ExportFilters(
        stats.Filters(
            date_from=wanted.date_from,
            date_to=wanted.date_to,
            region=wanted.region,
            kind=wanted.meeting_kind,
            direction=wanted.direction,
        ),
        status=wanted.status,
        section=wanted.section,
        kind=wanted.kind,
        meeting=wanted.meeting,
        reviewer=wanted.reviewer,
        unreviewed=wanted.decided is False,
        search=wanted.search.strip(),
    )


def narrows_proposals_only(filters: exports.ExportFilters, mine: bool = False) -> bool:
    """True when some of ``filters`` narrow the proposals sheet and not the others."""
    return mine or any(key in exports.PROPOSAL_FILTERS for key in filters.as_json())


def export_action(parent: QWidget, trigger: Any) -> QAction:
    """The Export… action of a page (Ctrl+Shift+E while the page has the focus)."""
    action = QAction(QCoreApplication.translate("ExportDialog", "Export…"), parent)
    action.setObjectName("export")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(trigger)
    parent.addAction(action)
    return action


def export_button(action: QAction) -> QPushButton:
    """A button for ``action``, its key in the tooltip."""
    button = QPushButton(action.text())
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{action.text()} ({shown})")
    button.setAccessibleName(action.text())
    button.clicked.connect(action.trigger)
    return button


def choose_target(parent: QWidget, stem: str) -> tuple[Path, bool] | None:
    """Ask where to write: the save dialog's file type chooses a workbook or a folder of CSV
    files (named as the file would be, without its .csv). None: the user changed their mind."""
    workbook = QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)")
    folder = QCoreApplication.translate(
        "ExportDialog", "CSV files for Excel, one per sheet, in a new folder (*.csv)"
    )
    proposed = Path.home() / f"{stem} {dt.date.today():%Y-%m-%d}.xlsx"
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export"),
        str(proposed),
        f"{workbook};;{folder}",
    )
    if not name:
        return None
    path = Path(name)
    as_csv = chosen == folder or (not chosen and path.suffix.casefold() == ".csv")
    if as_csv:
        return (path.with_suffix("") if path.suffix.casefold() in (".csv", ".xlsx") else path), True
    if path.suffix.casefold() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    return path, False


class ExportDialog(QDialog):
    """One export under way, then its result: where the file is, the rows of each sheet, and a
    button that opens its folder; a refusal (a full disk, a folder not writable) in one
    sentence."""

    def __init__(
        self,
        context: AppContext,
        request: ExportRequest,
        *,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request = request
        self.progress = ExportProgress()
        self.counts: dict[str, int] | None = None
        self.error: KhdeskError | None = None
        self.running = False
        self.setWindowTitle(self.tr("Export"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        names = {
            "region": context.region_names(),
            "direction": context.direction_names(),
            "section": {code: name for code, _d, name in context.sections()},
        }
        language = self._language()
        line = exports.filters_line(request.filters, names, language, "proposals")
        if request.mine:
            line += "; " + self.tr("reviewed by me")
        self.filters_label = QLabel(line)
        self.filters_label.setWordWrap(True)
        self.filters_label.setAccessibleName(self.tr("The filter the file follows"))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.bar = QProgressBar()
        self.bar.setRange(0, len(exports.SHEETS))
        self.bar.setAccessibleName(self.tr("How far the export has got"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("How far the export has got"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("What was written"))
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.cancel_or_close)
        self.close_button.setDefault(True)
        for widget in (self.bar, self.where, self.outcome):
            widget.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.filters_label, self.note, self.bar, self.where, self.outcome):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)

    def _language(self) -> str:
        language = self.context.language
        return language if language in ("kk", "ru", "en") else "en"

    # --- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Write the file off the GUI thread; progress shows once it takes half a second."""
        self.running = True
        fit_to_content(self)
        self.open()
        self._timer.start()
        QTimer.singleShot(PROGRESS_AFTER_MS, self._reveal_progress)
        self.context.operations.read(
            write_export, self.request, self.progress,
            done=self._written, failed=self._refused, owner=self,
        )  # fmt: skip

    def _reveal_progress(self) -> None:
        if self.running:
            self.bar.setVisible(True)
            self.where.setVisible(True)
            self._show_progress()

    def _show_progress(self) -> None:
        sheet = self.progress.sheet
        if not sheet:
            self.where.setText(self.tr("Reading…"))
            return
        self.bar.setValue(len(self.progress.finished))
        rows = QLocale(self.context.language).toString(self.progress.rows)
        self.where.setText(
            self.tr("Writing the sheet «{sheet}»: {rows} rows so far…").format(
                sheet=self._sheet_name(sheet), rows=rows
            )
        )

    def _sheet_name(self, key: str) -> str:
        return exports.word(f"{key}_sheet", self._language())

    def _finish(self, text: str) -> None:
        """The export is over: its one sentence, and the dialog sized again for it."""
        self.running = False
        self._timer.stop()
        self.bar.setVisible(False)
        self.where.setVisible(False)
        self.outcome.setText(text)
        self.outcome.setVisible(True)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)
        fit_to_content(self)

    def _written(self, counts: dict[str, int]) -> None:
        self.counts = counts
        locale = QLocale(self.context.language)
        if self.request.csv:
            rows = ", ".join(f"{key}.csv {locale.toString(count)}" for key, count in counts.items())
            text = self.tr("Saved in the folder {path}; rows in each file: {rows}.")
        else:
            rows = ", ".join(
                f"{self._sheet_name(key)} {locale.toString(count)}" for key, count in counts.items()
            )
            text = self.tr("Saved to {path}; rows on each sheet: {rows}.")
        self.open_button.setVisible(True)
        self._finish(text.format(path=str(self.request.target), rows=rows))
        self.open_button.setFocus()

    def _refused(self, error: KhdeskError) -> None:
        if isinstance(error, ExportCancelled):
            written = self.progress.finished if self.request.csv else []
            if written:
                files = ", ".join(f"{key}.csv" for key in written)
                self._finish(
                    self.tr(
                        "Export cancelled: {files} were already written in {path}; the other "
                        "files were not."
                    ).format(files=files, path=str(self.request.target))
                )
            else:
                self._finish(self.tr("Export cancelled: nothing was written."))
            return
        self.error = error
        self.outcome.setStyleSheet("color: #b00020;")
        self._finish(render(error))

    # --- the buttons ------------------------------------------------------------------------------
    def cancel_or_close(self) -> None:
        if self.running:
            self.progress.cancel()
            self.close_button.setEnabled(False)
            self.where.setText(self.tr("Stopping…"))
            return
        self.accept()

    def reject(self) -> None:
        """Escape cancels an export under way; once it is done, closes the dialog."""
        if self.running:
            self.cancel_or_close()
            return
        super().reject()

    def folder(self) -> Path:
        return self.request.target if self.request.csv else self.request.target.parent

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))


def run_export(
    context: AppContext,
    parent: QWidget,
    filters: exports.ExportFilters,
    *,
    stem: str,
    mine: bool = False,
    note: str = "",
) -> ExportDialog | None:
    """Ask where, then export under ``filters``; returns the dialog showing it (None when the
    user closed the save dialog)."""
    chosen = choose_target(parent, stem)
    if chosen is None:
        return None
    target, as_csv = chosen
    language = context.language if context.language in ("kk", "ru", "en") else "en"
    request = ExportRequest(target, as_csv, language, filters, mine)
    dialog = ExportDialog(context, request, note=note, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    return dialog
