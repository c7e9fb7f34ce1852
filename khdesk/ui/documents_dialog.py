"""The meeting's documents on screen: preview, save as, print.

Lifetimes, because getting them wrong crashes the process at random on a busy machine:

- The document is written by a read operation with plain arguments (the dialog is never handed
  to a worker thread, so it is never destroyed there).
- Every preview is a new file and a new ``QPdfDocument``: the view switches to it, and the one it
  showed before is kept, untouched, until the dialog closes. Qt's page renderer works on its own
  thread and may still be drawing a page of the previous document when the view switches;
  reloading or deleting that document under it is what crashed.
- A preview that arrives after the user asked for another is dropped (each request has a number).
- On closing, the view lets go of its document before anything is deleted.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import previews
from khdesk.ui.context import AppContext
from khdesk.ui.texts import render
from khdesk.ui.widgets import show_error


def _write(work: Any, meeting_id: str, kind: str, language: str, path: Path) -> Path:
    return previews.write_document(work.session, meeting_id, kind, language, path)


class DocumentsDialog(QDialog):
    """One of the meeting's documents, previewed as it will print, to save or print."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Documents of the meeting"))
        self.resize(900, 1000)
        self._folder = previews.open_folder(context.folder.scratch)
        self._request = 0
        self._writing: Future[Any] | None = None
        self._retired: list[QPdfDocument] = []
        self.path: Path | None = None
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Protocol"), "protocol")
        self.kind_combo.addItem(self.tr("Attendance sheet"), "sheet")
        self.kind_combo.addItem(self.tr("Blank attendance sheet, to sign"), "blank")
        self.kind_combo.addItem(self.tr("Register of proposals"), "register")
        self.kind_combo.addItem(self.tr("Questions and answers"), "questions")
        self.language_combo = QComboBox()
        for code, name in (("kk", "Қазақша"), ("ru", "Русский"), ("kk+ru", "Қазақша + Русский"),
                           ("en", "English")):  # fmt: skip
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(context.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.status = QLabel()
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_document)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 2)
        top.addWidget(self.language_combo, 1)
        top.addStretch()
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.language_combo.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Lay the chosen document out off the GUI thread and show it when it is ready."""
        self._request += 1
        request = self._request
        kind, language = self.kind_combo.currentData(), self.language_combo.currentData()
        path = self._folder.path / f"{kind}-{language.replace('+', '-')}-{request}.pdf"
        self.status.setText(self.tr("Preparing the document…"))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        if self._writing is not None:
            self._writing.cancel()  # a preview not yet begun is no longer wanted
        self._writing = self.context.operations.read(
            _write, self.meeting_id, kind, language, path,
            done=lambda written: self._show(request, written),
            failed=lambda error: self._failed(request, error),
            owner=self,
        )  # fmt: skip

    def generate(self) -> None:
        """Start the preview (the name the tests and the window call it by)."""
        self.refresh()

    def _show(self, request: int, path: Path) -> None:
        if request != self._request:
            return  # the user asked for another document meanwhile
        document = QPdfDocument(self)
        document.load(str(path))
        old, self.pdf = self.pdf, document
        self.view.setDocument(document)
        self._retired.append(old)  # kept until the dialog closes: its pages may still render
        self.path = path
        self.status.setText(self.tr("{pages} pages").format(pages=document.pageCount()))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _failed(self, request: int, error: KhdeskError) -> None:
        if request == self._request:
            self.status.setText(render(error))

    def save_as(self) -> None:
        if self.path is None:
            return
        filters = self.tr("PDF (*.pdf)")
        if self.kind_combo.currentData() == "protocol":
            filters += ";;" + self.tr("Word document, to edit (*.docx)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), self.path.name, filters
        )
        if name:
            self.save_to(Path(name), docx=chosen.endswith("(*.docx)") or name.endswith(".docx"))

    def save_to(self, target: Path, *, docx: bool = False) -> None:
        """Save the document shown (or the protocol as .docx) to ``target``, off the GUI
        thread; the status line says where once it is written."""

        def saved(path: Path) -> None:
            self.status.setText(self.tr("Saved to {path}").format(path=path))

        if docx:
            language = self.language_combo.currentData()
            self.context.operations.read(
                _write, self.meeting_id, "protocol", language, target.with_suffix(".docx"),
                done=saved, failed=lambda error: show_error(self, error), owner=self,
            )  # fmt: skip
        elif self.path is not None:
            self.context.operations.background(
                previews.copy_document, self.path, target.with_suffix(".pdf"),
                done=saved, failed=lambda error: show_error(self, error), owner=self,
            )  # fmt: skip

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print every page, rendered at the printer's resolution."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return
        try:
            for page in range(self.pdf.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.pdf.pagePointSize(page).toSize()
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.pdf.render(
                    page, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))

    def closeEvent(self, event) -> None:  # noqa: N802
        self._request += 1  # previews still on their way are dropped
        if self._writing is not None:
            self._writing.cancel()
        self.view.setDocument(None)  # type: ignore[arg-type]  # Qt takes none: no document
        self._folder.remove()
        super().closeEvent(event)


def show_documents(context: AppContext, meeting_id: str, parent: QWidget) -> DocumentsDialog:
    dialog = DocumentsDialog(context, meeting_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.refresh()
    return dialog
