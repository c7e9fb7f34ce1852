"""Printing a PDF: its pages rendered for the printer in a worker thread, counted in a progress
dialog whose Cancel stops between pages.

Why the whole job runs in one worker thread:

- QtPdf renders off the GUI thread by design: every call into PDFium takes one global lock
  (``QPdfMutexLocker`` in qpdfdocument.cpp), and ``QPdfView`` itself renders its pages with a
  ``QPdfPageRenderer`` in ``MultiThreaded`` mode. Qt's "Thread-Support in Qt Modules" allows
  painting onto a ``QPrinter`` from a thread, one thread per paint device at a time. So the worker
  loads the document, renders, paints and ends the job; the GUI thread only counts the pages.
- Painting is the dear part, not rendering: the print engine compresses each image as it is
  drawn (measured on an A4 page at 300 dpi: 37 ms to render, 135 ms to draw). PySide holds
  Python's lock for the whole of either call, so while the worker is inside one, no Python code of
  the window runs. Each page is therefore drawn in bands of about ``BAND_PIXELS`` (some 10 ms
  each) and the longest the window waits is one page's rendering. The preview's own requests to
  PDFium wait for that one rendering too (its lock).

Lifetimes (a Qt object destroyed in the wrong thread crashes the process at random):

- The worker makes, uses and drops its own ``QPdfDocument`` (loaded from its own copy of the
  file), painters and images; it holds no widget and no ``PrintJob``. The ``QPrinter`` it paints
  on is no ``QObject``, and the GUI thread does not touch it once the job has started.
- The worker speaks to the GUI thread only through one relay that lives as long as the process:
  a dialog closed in the middle of a job is never called after it is gone. A ``PrintJob`` that is
  deleted cancels its worker.

Keeping the job small: PDFium renders onto a transparent page, and the print engine would write
a soft mask beside each image and compress it as JPEG (two pages of a protocol became an 11 MB
job). Each band is flattened onto white and drawn losslessly, at the printer's resolution but at
most ``MAX_DPI``, never larger than the printable area; colour (the foundation's logo) is kept.

Cancel: the worker stops before the next page and withdraws the job where the printing system
can (Windows' spooler; a PDF file is then never written, since it is made in a scratch folder and
copied whole to where the user asked only at the end). Qt cannot withdraw a job from CUPS once
painting has begun: the pages already drawn are handed to it, and the sentence says so.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageRanges, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.services import previews
from khdesk.ui.texts import render

#: The highest resolution a page is rendered at. Text of 9 pt is sharp on paper at 300 dpi; each
#: step above it makes a page's image four times larger for nothing a reader sees, and a PDF
#: printer (or CUPS) reports 1200 dpi, which made two pages an 11 MB job.
MAX_DPI = 300
#: About how many pixels of a page image are drawn at once (see the module docstring: some 10 ms
#: of the print engine's compression, during which no Python code of the window runs).
BAND_PIXELS = 600_000
#: Points (1/72 inch) to an inch.
POINTS_PER_INCH = 72.0

Emit = Callable[[Any], None]


# --- what is printed where ------------------------------------------------------------------------
def page_placement(
    page_points: QSizeF, area: QRectF, device_dpi: float, max_dpi: float = MAX_DPI
) -> tuple[QRectF, QSize]:
    """Where a page of ``page_points`` goes in the printable ``area`` (in device pixels) and how
    many pixels to render it at.

    The page keeps its real size when it fits and shrinks to fit when it does not (a printer's
    margins are a little wider than the document's allow for), centred in the area; it is never
    enlarged. The image has the printer's resolution, at most ``max_dpi``: the painter scales it
    to the target, so no pixel is made up beyond what the printer can place.
    """
    actual = QSizeF(
        page_points.width() * device_dpi / POINTS_PER_INCH,
        page_points.height() * device_dpi / POINTS_PER_INCH,
    )
    scale = min(1.0, area.width() / actual.width(), area.height() / actual.height())
    width, height = actual.width() * scale, actual.height() * scale
    target = QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
        width, height,
    )  # fmt: skip
    ratio = min(1.0, max_dpi / device_dpi)
    pixels = QSize(max(1, round(width * ratio)), max(1, round(height * ratio)))
    return target, pixels


def print_order(page_count: int, printer: QPrinter) -> list[int]:
    """The pages (from 0) in the order they go to ``printer``: the range chosen in the print
    dialog, last page first when asked, and the copies when the printer does not make them."""
    ranges: QPageRanges = printer.pageRanges()
    chosen = printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty()
    pages = [page for page in range(page_count) if not chosen or ranges.contains(page + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies  # 1 2 3, 1 2 3
    return [page for page in pages for _ in range(copies)]  # 1 1, 2 2, 3 3


def bands(height: int, width: int, target: QRectF) -> Iterator[tuple[int, int, QRectF]]:
    """The bands a page image of ``height`` × ``width`` pixels is drawn in: (first row, rows,
    where the band goes within ``target``). Bands meet on whole device pixels, so that no
    hairline of paper shows between them."""
    rows = max(1, BAND_PIXELS // max(1, width))
    scale = target.height() / height
    for first in range(0, height, rows):
        last = min(height, first + rows)
        top, bottom = round(target.top() + first * scale), round(target.top() + last * scale)
        yield first, last - first, QRectF(target.left(), top, target.width(), bottom - top)


def render_page(document: QPdfDocument, page: int, pixels: QSize) -> QImage:
    """Page ``page`` of ``document`` rendered at ``pixels``, as PDFium renders it: on
    transparent paper."""
    return document.render(page, pixels)


def on_white(image: QImage, first: int, rows: int) -> QImage:
    """``rows`` rows of ``image`` from ``first``, on white paper: a transparent image costs the
    print job a mask beside it."""
    sheet = QImage(image.width(), rows, QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, -first, image)
    painter.end()
    return sheet


# --- the worker ---------------------------------------------------------------------------------
def _send(
    source: Path,
    printer: QPrinter,
    pages: list[int],
    file_target: Path | None,
    folder: Path,
    cancel: threading.Event,
    report: Emit,
) -> tuple[Any, ...]:
    """Paint ``pages`` of ``source`` on ``printer``; runs in the worker thread. Returns
    ("printed", pages), ("cancelled", pages sent, withdrawn) or ("failed", reason)."""
    own_copy = folder / "document.pdf"
    previews.copy_document(source, own_copy)  # the preview's file may go with its dialog
    document = QPdfDocument()
    try:
        if document.load(str(own_copy)) != QPdfDocument.Error.None_:
            return ("failed", "unreadable")
        painter = QPainter()
        if not painter.begin(printer):
            return ("failed", "printer")
        sent = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            area = QRectF(QPointF(0, 0), QSizeF(painter.viewport().size()))
            for page in pages:
                if cancel.is_set():
                    break
                if sent and not printer.newPage():
                    return ("failed", "printer")
                target, pixels = page_placement(
                    document.pagePointSize(page), area, printer.resolution()
                )
                image = render_page(document, page, pixels)
                for first, rows, band in bands(image.height(), image.width(), target):
                    painter.drawImage(band, on_white(image, first, rows))
                sent += 1
                report(("page", sent, len(pages)))
            if sent < len(pages):
                # a file is made in the scratch folder and never reaches its target: withdrawn
                withdrawn = file_target is not None or printer.abort()
                return ("cancelled", sent, withdrawn)
        finally:
            ended = painter.end()
        if not ended:
            return ("failed", "printer")
        if file_target is not None:
            previews.copy_document(folder / "printed.pdf", file_target)
        return ("printed", sent)
    finally:
        document.close()
        del document  # dropped here, in the thread that made it, even if a traceback holds us


def _work(
    token: int,
    source: Path,
    printer: QPrinter,
    pages: list[int],
    file_target: Path | None,
    folder: Any,
    cancel: threading.Event,
    emit: Emit,
) -> None:
    """The worker thread's whole life: print, say how it ended, remove the scratch folder."""

    def report(parcel: tuple[Any, ...]) -> None:
        emit((token, *parcel))

    try:
        outcome = _send(source, printer, pages, file_target, folder.path, cancel, report)
    except KhdeskError as error:  # a file that could not be copied: its own sentence
        outcome = ("failed", error)
    except BaseException as error:  # a bug: the crash path shows it on the GUI thread
        outcome = ("bug", error)
    finally:
        folder.remove()
    report(("ended", *outcome))


class _Relay(QObject):
    """Lives on the GUI thread as long as the process; a worker emits ``arrived`` and Qt queues
    the call to the jobs connected to it."""

    arrived = Signal(object)


_relay_instance: _Relay | None = None


def _relay() -> _Relay:
    global _relay_instance  # noqa: PLW0603 (one relay per process, made on the GUI thread)
    if _relay_instance is None:
        _relay_instance = _Relay()
    return _relay_instance


# --- the GUI side -------------------------------------------------------------------------------
class PrintJob(QObject):
    """One document on its way to one printer, painted page by page in a worker thread.

    ``progressed(sent, total)`` follows each page; ``finished`` comes once, when ``outcome`` is
    "printed", "cancelled" or "failed" and ``message`` says so in a sentence.
    """

    progressed = Signal(int, int)
    finished = Signal()
    _tokens = 0

    def __init__(
        self,
        source: Path,
        page_count: int,
        printer: QPrinter,
        scratch: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        PrintJob._tokens += 1
        self._token = PrintJob._tokens
        self._source = source
        self._printer = printer  # kept alive here; only the worker paints on it
        self._scratch = scratch
        self._page_count = page_count
        self.pages = print_order(page_count, printer)
        self.sent = 0
        self.outcome: str | None = None
        self.message = ""
        self.cancelling = False
        self._file_target: Path | None = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.destroyed.connect(self._cancel.set)  # a job deleted mid-way stops its worker
        _relay().arrived.connect(self._on_arrived)

    @property
    def total(self) -> int:
        return len(self.pages)

    @property
    def running(self) -> bool:
        return self._thread is not None and self.outcome is None

    def start(self) -> None:
        """Start the worker (the printer is the worker's from now on)."""
        if not self.pages:
            text = self.tr("None of the pages chosen is in the document: it has {pages} pages.")
            self._end("failed", text.format(pages=self._page_count))
            return
        file_target: Path | None = None
        printer = self._printer
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            file_target = Path(printer.outputFileName())
        try:
            folder = previews.open_folder(self._scratch)
        except KhdeskError as error:
            self._end("failed", render(error))
            return
        if file_target is not None:
            # made in the scratch folder, copied whole to the target only once every page is in
            printer.setOutputFileName(str(folder.path / "printed.pdf"))
        self._file_target = file_target
        self._thread = threading.Thread(
            target=_work,
            args=(self._token, self._source, printer, self.pages, file_target, folder,
                  self._cancel, _relay().arrived.emit),
            name="khdesk-print",
        )  # fmt: skip
        self._thread.start()

    def cancel(self) -> None:
        """Stop before the next page and withdraw the job where the printing system can."""
        if self.running and not self.cancelling:
            self.cancelling = True
            self._cancel.set()

    def wait(self, seconds: float) -> bool:
        """Block until the worker has ended (tests and benchmarks); True when it has."""
        if self._thread is not None:
            self._thread.join(seconds)
            return not self._thread.is_alive()
        return True

    def _on_arrived(self, parcel: Any) -> None:
        token, kind, *rest = parcel
        if token != self._token or self.outcome is not None:
            return
        if kind == "page":
            self.sent, total = rest
            self.progressed.emit(self.sent, total)
        elif kind == "ended":
            self._ended(*rest)

    def _ended(self, outcome: str, *details: Any) -> None:
        if outcome == "printed":
            if self._file_target is not None:
                text = self.tr("Printed to {path}.").format(path=self._file_target)
            else:
                text = self.tr("Sent to the printer: {pages} pages.").format(pages=details[0])
            self._end("printed", text)
        elif outcome == "cancelled":
            sent, withdrawn = details
            if withdrawn:
                text = self.tr("Printing cancelled: nothing was printed.")
            else:
                text = self.tr(
                    "Printing stopped after {sent} of {total} pages; the printer may still print "
                    "those: cancel them in the printer's queue if they are not wanted."
                ).format(sent=sent, total=self.total)
            self._end("cancelled", text)
        elif outcome == "bug":
            error = details[0]
            self._end("failed", self.tr("Printing failed."))
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            reason = details[0]
            if isinstance(reason, KhdeskError):
                text = render(reason)
            elif reason == "unreadable":
                text = self.tr(
                    "The document could not be read for printing: show it again, then print."
                )
            else:
                text = self.tr(
                    "The printer could not be opened or stopped taking pages: check that it is "
                    "on and connected, then print again."
                )
            self._end("failed", text)

    def _end(self, outcome: str, message: str) -> None:
        self.outcome, self.message = outcome, message
        self.finished.emit()


class PrintProgress(QProgressDialog):
    """The pages of a print job counted as they go, with Cancel (or Esc) to stop it.

    The bar is set directly: ``QProgressDialog.setValue`` of a modal dialog runs the event loop
    inside the slot that calls it, and a page arriving then would be handled inside the last.
    """

    def __init__(self, job: PrintJob, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.bar = QProgressBar()
        self.setBar(self.bar)
        self.setWindowTitle(self.tr("Printing"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)  # room for kk and ru
        self.bar.setRange(0, job.total)
        self._show_page(0, job.total)
        self.canceled.connect(job.cancel)
        job.progressed.connect(self._show_page)
        job.finished.connect(self.close)

    def _show_page(self, sent: int, total: int) -> None:
        self.bar.setValue(sent)
        page = min(sent + 1, total)
        self.setLabelText(
            self.tr("Printing page {page} of {pages}…").format(page=page, pages=total)
        )
