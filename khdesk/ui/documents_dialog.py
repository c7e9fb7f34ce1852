"""The meeting's documents on screen: preview, save as, print."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

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
from khdesk.ui.context import AppContext
from khdesk.ui.tasks import run_in_background, start
from khdesk.ui.texts import render
from khdesk.ui.widgets import show_error_later


class DocumentsDialog(QDialog):
    """One of the meeting's documents, previewed as it will print, to save or print."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Documents of the meeting"))
        self.resize(900, 1000)
        self._folder = Path(tempfile.mkdtemp(prefix="khdesk-documents-"))
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

    def _write(self, kind: str, language: str, path: Path) -> None:
        # runs in a worker thread: ReportLab lays out the document there
        from khdesk.documents.protocol import write_attendance_sheet, write_protocol
        from khdesk.documents.protocol_docx import write_protocol_docx
        from khdesk.documents.registers import write_proposals_register, write_questions_register

        with self.context.db.session() as session:
            if kind == "protocol":
                writer = write_protocol_docx if path.suffix == ".docx" else write_protocol
                writer(session, self.meeting_id, language, path)
            elif kind in ("sheet", "blank"):
                write_attendance_sheet(
                    session, self.meeting_id, language, path, blank=kind == "blank"
                )
            elif kind == "questions":
                write_questions_register(
                    session, path, language=language, meeting_id=self.meeting_id
                )
            else:
                write_proposals_register(
                    session, path, language=language, meeting_id=self.meeting_id
                )

    def refresh(self) -> None:
        start(self.generate())

    async def generate(self) -> None:
        """Lay the chosen document out off the GUI thread and show it."""
        kind, language = self.kind_combo.currentData(), self.language_combo.currentData()
        path = self._folder / f"{kind}-{language.replace('+', '-')}.pdf"
        self.status.setText(self.tr("Preparing the document…"))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        try:
            await run_in_background(self._write, kind, language, path)
        except KhdeskError as error:
            self.status.setText(render(error))
            return
        self.path = path
        self.pdf.load(str(path))
        self.status.setText(self.tr("{pages} pages").format(pages=self.pdf.pageCount()))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

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
        try:
            if docx:
                target = target.with_suffix(".docx")
                self._write("protocol", self.language_combo.currentData(), target)
            elif self.path is not None:
                shutil.copyfile(self.path, target.with_suffix(".pdf"))
        except (KhdeskError, OSError) as error:
            show_error_later(self, error)
            return
        self.status.setText(self.tr("Saved to {path}").format(path=target))

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
        self.pdf.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().closeEvent(event)


def show_documents(context: AppContext, meeting_id: str, parent: QWidget) -> DocumentsDialog:
    dialog = DocumentsDialog(context, meeting_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.refresh()
    return dialog
