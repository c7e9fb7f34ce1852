"""The meeting's documents on screen: preview, save as, print.

Lifetimes, because getting them wrong crashes the process at random on a busy machine:

- The document is written by a read operation with plain arguments (the dialog is never handed
  to a worker thread, so it is never destroyed there).
- Every preview is a new file and a new ``QPdfDocument``: the view switches to it, and the one it
  showed before is kept, untouched, until the dialog closes. Qt's page renderer works on its own
  thread and may still be drawing a page of the previous document when the view switches;
  reloading or deleting that document under it is what crashed.
- A preview that arrives after the user asked for another is dropped (each request has a number).
- On closing, the view lets go of its document before anything is deleted: it is handed an
  empty document that lives as long as the process (handing it none makes Qt warn
  "QObject::connect(QPdfDocument, QPdfLinkModel): invalid nullptr parameter").
- Printing runs in a worker of its own (``khdesk/ui/printing.py``) from its own copy of the file:
  it never touches the documents of the view.

On a laptop's screen (1366×768) the dialog opens within the screen's available area, as tall as
it allows and centred, or where the user left it last time (unless that is on no screen now).
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import previews
from khdesk.ui.context import AppContext
from khdesk.ui.printing import PrintJob, PrintProgress
from khdesk.ui.texts import render
from khdesk.ui.widgets import show_error

#: Where the dialog keeps its size and position between sessions.
GEOMETRY_KEY = "documents_dialog/geometry"
#: What it asks for on a screen large enough: a page of A4 wide enough to read.
PREFERRED_SIZE = QSize(900, 1000)
#: Room for the window manager's title bar and borders around the dialog, which Qt learns only
#: once the window is on screen.
FRAME = QMargins(8, 36, 8, 8)


def _available_areas() -> list[QRect]:
    """The part of each screen a window may take (without task bars and panels)."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def _home_area(parent: QWidget | None) -> QRect:
    """The available area of the screen the dialog opens on: its parent's, or the primary one."""
    screen = parent.window().screen() if parent is not None else None
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fitted_geometry(remembered: QRect | None, areas: list[QRect], home: QRect) -> QRect:
    """The dialog's geometry (without the window frame) for screens with ``areas`` available.

    A remembered geometry whose title bar is on one of the screens keeps its place there, made
    small enough to fit and moved in far enough to be whole; otherwise the dialog is centred on
    ``home`` (the remembered size kept if it fits), never larger than the screen.
    """

    def inside(area: QRect) -> QRect:
        return area.marginsRemoved(FRAME)

    if remembered is not None and remembered.isValid():
        title_bar = remembered.topLeft() + QPoint(remembered.width() // 2, -FRAME.top() // 2)
        for area in areas:
            if area.contains(title_bar):
                room = inside(area)
                size = remembered.size().boundedTo(room.size())
                left = min(max(remembered.left(), room.left()), room.right() + 1 - size.width())
                top = min(max(remembered.top(), room.top()), room.bottom() + 1 - size.height())
                return QRect(QPoint(left, top), size)
    room = inside(home)
    known = remembered is not None and remembered.isValid()
    wanted = remembered.size() if remembered is not None and known else PREFERRED_SIZE
    size = wanted.boundedTo(room.size())
    left = room.left() + (room.width() - size.width()) // 2
    top = room.top() + (room.height() - size.height()) // 2
    return QRect(QPoint(left, top), size)


_empty: QPdfDocument | None = None


def _no_document() -> QPdfDocument:
    """An empty document that lives as long as the process, for a view that lets go of its own:
    nothing of it is ever rendered, and no view can outlive it."""
    global _empty  # noqa: PLW0603 (one for the process, made on the GUI thread)
    if _empty is None:
        _empty = QPdfDocument()
    return _empty


def _write(
    work: Any, meeting_id: str, kind: str, language: str, path: Path, contacts: bool = False
) -> Path:
    # "kk+ru/sequence": Kazakh and Russian one after the other (a protocol's choice)
    language, _, bilingual = language.partition("/")
    return previews.write_document(
        work.session, meeting_id, kind, language, path, contacts=contacts,
        bilingual=bilingual or None,
    )  # fmt: skip


class DocumentsDialog(QDialog):
    """One of the meeting's documents, previewed as it will print, to save or print."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Documents of the meeting"))
        self._place(parent)
        self._folder = previews.open_folder(context.folder.scratch)
        self._request = 0
        self._writing: Future[Any] | None = None
        self._retired: list[QPdfDocument] = []
        self.printing: PrintJob | None = None
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
        # the protocol's other way of putting both languages (the first puts them in columns)
        then = self.tr("{kk}, then {ru}").format(kk="Қазақша", ru="Русский")
        self.language_combo.insertItem(3, then, "kk+ru/sequence")
        index = self.language_combo.findData(context.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        # off each time the dialog opens: the sheet goes round the room, and people sign next
        # to strangers' names
        self.contacts_check = QCheckBox(self.tr("Phones and e-mails on the sheet"))
        self.contacts_check.setToolTip(
            self.tr("Only of those who consented; leave it off for a sheet passed round the room.")
        )
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
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 2)
        top.addWidget(self.language_combo, 1)
        top.addWidget(self.contacts_check)
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
        self.contacts_check.toggled.connect(self.refresh)
        self._show_options()
        self.kind_combo.currentIndexChanged.connect(self._show_options)

    def _show_options(self) -> None:
        self.contacts_check.setVisible(self.kind_combo.currentData() in ("sheet", "blank"))

    def refresh(self) -> None:
        """Lay the chosen document out off the GUI thread and show it when it is ready."""
        self._request += 1
        request = self._request
        kind, language = self.kind_combo.currentData(), self.language_combo.currentData()
        contacts = kind in ("sheet", "blank") and self.contacts_check.isChecked()
        path = self._folder.path / f"{kind}-{language.replace('+', '-')}-{request}.pdf"
        self.status.setText(self.tr("Preparing the document…"))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        if self._writing is not None:
            self._writing.cancel()  # a preview not yet begun is no longer wanted
        self._writing = self.context.operations.read(
            _write, self.meeting_id, kind, language, path, contacts,
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
        self.print_button.setEnabled(self.printing is None)

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
        """Ask for the printer and its settings, then print the document shown (Ctrl+P)."""
        if self.path is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.pdf.pageCount()))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # it points at the printer, which the print job takes over
        if accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print the document shown on ``printer``, page by page in a worker thread, with the
        pages counted in a progress dialog whose Cancel stops the job between pages."""
        if self.path is None or self.printing is not None:
            return None
        job = PrintJob(self.path, self.pdf.pageCount(), printer, self.context.folder.scratch, self)
        self.printing = job
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        progress = PrintProgress(job, self)
        job.finished.connect(self._printed)
        job.start()
        if job.outcome is None:
            progress.show()
        return job

    def _printed(self) -> None:
        job, self.printing = self.printing, None
        if job is None:
            return
        self.status.setText(job.message)
        self.print_button.setEnabled(self.path is not None)
        if job.outcome == "failed" and self.isVisible():  # not after the user closed the dialog
            QMessageBox.warning(self, self.tr("Printing"), job.message)
        job.deleteLater()

    # --- size and place on screen ----------------------------------------------------------------
    def _place(self, parent: QWidget | None) -> None:
        value = QSettings().value(GEOMETRY_KEY)
        remembered = value if isinstance(value, QRect) else None
        self.setGeometry(fitted_geometry(remembered, _available_areas(), _home_area(parent)))

    def _remember_place(self) -> None:
        if self.isVisible():
            QSettings().setValue(GEOMETRY_KEY, self.geometry())

    def closeEvent(self, event) -> None:  # noqa: N802
        self._request += 1  # previews still on their way are dropped
        if self._writing is not None:
            self._writing.cancel()
        if self.printing is not None:
            self.printing.cancel()  # its worker stops before the next page and cleans up
        self._remember_place()
        self.view.setDocument(_no_document())  # lets go of ours before they are deleted
        self._folder.remove()
        super().closeEvent(event)


def show_documents(context: AppContext, meeting_id: str, parent: QWidget) -> DocumentsDialog:
    dialog = DocumentsDialog(context, meeting_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.refresh()
    return dialog
