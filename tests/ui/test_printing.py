"""Printing from the documents dialog as a secretary does: Ctrl+P or the Print button, the print
dialog accepted with a PDF file as the printer (the way the print path can be looked at), the
pages counted in a progress dialog, Cancel in the middle; and the job that reaches the printer:
every page of the document, none blank, the logo in colour, and small.

The job's size is compared with two baselines measured in the same test: the document itself,
and its pages rendered at the resolution the job uses, kept as PNG (the smallest lossless image
of them). Two pages of a protocol used to make an 11 MB job, a hundred times the document.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from khdesk.services import participants, proposals, settings
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui import documents_dialog, printing
from khdesk.ui.context import AppContext
from khdesk.ui.documents_dialog import FRAME, DocumentsDialog, fitted_geometry
from khdesk.ui.i18n import install_language
from khdesk.ui.printing import MAX_DPI, PrintProgress, bands, page_placement, print_order
from tests.factories import make_closable_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.private_settings import private_settings  # noqa: F401 (a fixture)
from tests.ui.typing import press

pytestmark = pytest.mark.usefixtures("private_settings")

CONTROL = Qt.KeyboardModifier.ControlModifier
A4 = QSizeF(595.28, 841.89)  # points
#: A laptop's screen less a task bar of 40 pixels.
LAPTOP = QRect(0, 0, 1366, 728)


# --- what a user sees -----------------------------------------------------------------------------
def _meeting(database: Database, actor: Actor, tmp_path: Path, *, attendees: int) -> str:
    """A closable meeting with ``attendees`` present, proposals, and the foundation's logo in
    colour on its documents."""
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 160), (0, 120, 200)).save(logo)
    meeting = make_closable_meeting(database, actor)
    make_person(database, actor)
    with database.transaction() as session:
        settings.set_logo(session, tmp_path / "data", logo)
        for index in range(attendees):
            person = participants.add_person(
                session, actor, full_name=f"Қасымова Әйгерім {index:03d}",
                organisation="ОФ «Мейірім»", sector="ngo", phone=f"+7701{index:07d}",
                consent=True,
            )  # fmt: skip
            participants.check_in(session, actor, meeting.id, person.id)
        for index in range(12):
            proposals.add_proposal(
                session, actor, meeting.id, direction=f"D{index % 6 + 1}",
                text=f"Ұсыныс {index}: ауылдық мектептерге компьютер сыныптарын беру. " * 3,
            )  # fmt: skip
    return str(meeting.id)


def _open(qtbot: QtBot, context: AppContext, meeting_id: str, settle: Settle) -> DocumentsDialog:
    dialog = DocumentsDialog(context, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    settle(context)
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() > 0)
    return dialog


def _print_dialog_prints_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[QPrinter]:
    """The print dialog, accepted at once with a PDF file as its printer; the printers it was
    shown for."""
    shown: list[QPrinter] = []

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        shown.append(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return shown


def _page_images(pdf: Path, folder: Path) -> list[Image.Image]:
    """The pages of ``pdf`` as images, rendered by poppler (another renderer than the one that
    printed them), or by QtPdf where poppler is not installed."""
    folder.mkdir()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(folder / "page")], check=True)
        return [Image.open(path).convert("RGB") for path in sorted(folder.glob("page-*.png"))]
    document = QPdfDocument()
    document.load(str(pdf))
    images = []
    for page in range(document.pageCount()):
        path = folder / f"page-{page}.png"
        document.render(page, (document.pagePointSize(page) * 40 / 72).toSize()).save(str(path))
        images.append(Image.open(path).convert("RGB"))
    document.close()
    return images


def _has_ink(image: Image.Image) -> bool:
    return image.convert("L").getextrema()[0] < 128


def _has_colour(image: Image.Image) -> bool:
    saturation = image.convert("HSV").getextrema()[1]
    return bool(saturation[1] > 120)


def _png_baseline(pdf: Path, dpi: float) -> int:
    """The bytes of ``pdf``'s pages rendered at ``dpi`` on white, each kept as a PNG."""
    document = QPdfDocument()
    document.load(str(pdf))
    total = 0
    for page in range(document.pageCount()):
        size = (document.pagePointSize(page) * dpi / 72).toSize()
        image = printing.on_white(printing.render_page(document, page, size), 0, size.height())
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        total += data.size()
    document.close()
    return total


def test_ctrl_p_prints_every_page_of_the_protocol_small_and_in_colour(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    install_language("kk")
    context.language = "kk"
    dialog = _open(qtbot, context, _meeting(database, actor, tmp_path, attendees=12), settle)
    assert dialog.path is not None
    source = dialog.path
    shown = _print_dialog_prints_to(monkeypatch, tmp_path / "хаттама басылған.pdf")

    press(qtbot, dialog, Qt.Key.Key_P, CONTROL)
    assert len(shown) == 1 and shown[0].resolution() >= MAX_DPI  # a high-resolution printer
    assert not dialog.print_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=60_000)
    printed = tmp_path / "хаттама басылған.pdf"
    assert "хаттама басылған.pdf" in dialog.status.text()
    assert dialog.print_button.isEnabled()

    # every page of the document, none blank, the logo in colour
    pages = _page_images(printed, tmp_path / "pages")
    assert len(PdfReader(printed).pages) == len(pages) == dialog.pdf.pageCount() >= 2
    assert all(_has_ink(page) for page in pages)
    assert _has_colour(pages[0])
    # each page an image of at most MAX_DPI, not upscaled to the printer's 1200 dpi
    for page in PdfReader(printed).pages:
        widths = [int(image["/Width"]) for image in page["/Resources"]["/XObject"].values()]
        assert widths and max(widths) <= round(8.27 * MAX_DPI) + 1
        assert max(widths) >= 8.27 * MAX_DPI * 0.9  # nor coarser than the printer takes
    # and small: near the smallest lossless images of the pages, a sane multiple of the source
    size = printed.stat().st_size
    assert size <= 1.5 * _png_baseline(source, MAX_DPI)
    assert size <= 20 * source.stat().st_size
    # the job was made in a scratch folder of its own, gone now; the preview's stays until closed
    assert [p.name for p in context.folder.scratch.iterdir()] == [dialog._folder.path.name]


def test_the_progress_counts_the_pages_and_cancel_stops_in_the_middle(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    install_language("ru")
    context.language = "ru"
    meeting_id = _meeting(database, actor, tmp_path, attendees=70)
    dialog = _open(qtbot, context, meeting_id, settle)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sheet"))
    settle(context)
    qtbot.waitUntil(lambda: dialog.path is not None and "sheet" in dialog.path.name)
    total = dialog.pdf.pageCount()
    assert total >= 3
    _print_dialog_prints_to(monkeypatch, tmp_path / "лист.pdf")
    # the second page waits until the test has pressed Cancel: the middle of the job, reached
    # without guessing how long a page takes
    rendered: list[int] = []
    second_page = threading.Event()
    real_render: Callable[..., QImage] = printing.render_page

    def render_page(document: QPdfDocument, page: int, pixels: object) -> QImage:
        rendered.append(page)
        if len(rendered) == 2:
            second_page.wait(30)
        return real_render(document, page, pixels)

    monkeypatch.setattr(printing, "render_page", render_page)

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(PrintProgress)
    assert progress is not None
    qtbot.waitUntil(lambda: progress.isVisible() and progress.bar.value() == 1)
    qtbot.waitUntil(lambda: len(rendered) == 2)  # the worker is held inside the second page
    assert f"страницы 2 из {total}" in progress.labelText()
    assert progress.isModal()  # the dialog behind waits; the main window does not

    cancel = next(b for b in progress.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    second_page.set()
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=30_000)

    assert len(rendered) == 2 < total  # the page under way was finished; no other was begun
    assert not (tmp_path / "лист.pdf").exists()  # the job was withdrawn: no file at all
    assert dialog.status.text() == "Печать отменена: ничего не напечатано."
    qtbot.waitUntil(lambda: dialog.findChild(PrintProgress) is None)  # closed and gone
    assert dialog.print_button.isEnabled()
    assert [p.name for p in context.folder.scratch.iterdir()] == [dialog._folder.path.name]

    # and printing again prints the whole sheet
    monkeypatch.setattr(printing, "render_page", real_render)
    press(qtbot, dialog, Qt.Key.Key_P, CONTROL)
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=60_000)
    assert len(PdfReader(tmp_path / "лист.pdf").pages) == total


def test_closing_the_dialog_while_it_prints_stops_the_job(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dialog = _open(qtbot, context, _meeting(database, actor, tmp_path, attendees=12), settle)
    _print_dialog_prints_to(monkeypatch, tmp_path / "protocol.pdf")
    first_page = threading.Event()
    real_render = printing.render_page

    def render_page(document: QPdfDocument, page: int, pixels: object) -> QImage:
        first_page.wait(30)
        return real_render(document, page, pixels)

    monkeypatch.setattr(printing, "render_page", render_page)
    press(qtbot, dialog, Qt.Key.Key_P, CONTROL)
    job = dialog.printing
    assert job is not None
    dialog.close()
    first_page.set()
    assert job.wait(30)
    settle(context)
    assert not (tmp_path / "protocol.pdf").exists()
    assert not list(context.folder.scratch.iterdir())  # neither the preview nor the job is left


def test_the_dialog_fits_a_laptop_screen_and_remembers_its_place(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(documents_dialog, "_available_areas", lambda: [LAPTOP])
    monkeypatch.setattr(documents_dialog, "_home_area", lambda _parent: LAPTOP)
    meeting_id = _meeting(database, actor, tmp_path, attendees=3)

    dialog = _open(qtbot, context, meeting_id, settle)
    framed = dialog.geometry().marginsAdded(FRAME)
    assert LAPTOP.contains(framed)  # title bar, buttons and all
    assert dialog.height() >= LAPTOP.height() - 80 and dialog.width() == 900  # as tall as it can
    assert abs(framed.center().x() - LAPTOP.center().x()) <= 1  # and centred
    assert dialog.view.horizontalScrollBar().maximum() == 0  # the page fits the width
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()

    # moved and made smaller, closed, opened again: where it was left
    dialog.setGeometry(QRect(120, 60, 760, 600))
    dialog.close()
    again = _open(qtbot, context, meeting_id, settle)
    assert again.geometry() == QRect(120, 60, 760, 600)
    again.close()

    # left on a second monitor that is gone now: back on the laptop's screen, centred
    QSettings().setValue(documents_dialog.GEOMETRY_KEY, QRect(1900, 80, 800, 900))
    third = _open(qtbot, context, meeting_id, settle)
    assert LAPTOP.contains(third.geometry().marginsAdded(FRAME))
    assert third.width() == 800 and abs(third.geometry().center().x() - LAPTOP.center().x()) <= 8
    third.close()


def test_closing_the_dialog_lets_the_view_go_without_a_qt_warning(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle, qtlog: object,
) -> None:  # fmt: skip
    dialog = _open(qtbot, context, _meeting(database, actor, tmp_path, attendees=3), settle)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sheet"))
    settle(context)
    dialog.view.grab()
    dialog.close()
    settle(context)
    warnings = [r.message for r in qtlog.records]  # type: ignore[attr-defined]
    assert not [m for m in warnings if "QPdfLinkModel" in m or "nullptr" in m], warnings
    assert dialog.view.document() is not None and dialog.view.document().pageCount() == 0


# --- the arithmetic behind it ---------------------------------------------------------------------
def test_a_page_keeps_its_size_on_paper_and_is_rendered_at_most_at_max_dpi() -> None:
    # A4 on a 1200 dpi printer whose printable area leaves 4 mm all round: shrunk a little to
    # fit, centred, rendered at 300 dpi (a quarter of the printer's pixels each way)
    area = QRectF(0, 0, 9582, 13699)
    target, pixels = page_placement(A4, area, 1200)
    assert target.width() == pytest.approx(9582, abs=1) and target.height() < 13699
    assert target.height() / target.width() == pytest.approx(A4.height() / A4.width())
    assert target.center() == area.center()
    assert pixels.width() == pytest.approx(target.width() / 4, abs=1)
    # a small page (A5) on A4 is not enlarged; a 150 dpi draft printer gets 150 dpi
    target, pixels = page_placement(QSizeF(420, 595), QRectF(0, 0, 1190, 1684), 150)
    assert target.width() == pytest.approx(420 * 150 / 72)
    assert pixels.width() == round(target.width())


def test_a_page_is_drawn_in_bands_that_meet_without_a_gap() -> None:
    target = QRectF(37.5, 81.25, 9582, 13551.6)
    drawn = list(bands(3508, 2480, target))
    assert len(drawn) > 10  # each small enough to keep the window answering
    assert sum(rows for _first, rows, _band in drawn) == 3508
    assert drawn[0][2].top() == round(target.top())
    assert drawn[-1][2].bottom() == round(target.bottom())
    for (_f, _r, upper), (_g, _s, lower) in itertools.pairwise(drawn):
        assert upper.bottom() == lower.top() and upper.top() == int(upper.top())


def test_the_pages_go_in_the_range_order_and_copies_chosen() -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # it makes no copies of its own
    assert print_order(4, printer) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_order(4, printer) == [1, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert print_order(4, printer) == [2, 1, 2, 1]
    printer.setCollateCopies(False)
    assert print_order(4, printer) == [2, 2, 1, 1]


def test_a_range_of_pages_the_document_does_not_have_prints_nothing_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nothing.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(5, 6)
    job = printing.PrintJob(tmp_path / "two-pages.pdf", 2, printer, tmp_path / "scratch")
    with qtbot.waitSignal(job.finished):
        job.start()
    assert job.outcome == "failed" and "it has 2 pages" in job.message
    assert not (tmp_path / "nothing.pdf").exists()


def test_a_remembered_place_on_no_screen_is_ignored_and_a_large_one_made_to_fit() -> None:
    assert fitted_geometry(None, [LAPTOP], LAPTOP).height() == LAPTOP.height() - FRAME.top() - 8
    gone = fitted_geometry(QRect(-2000, 100, 700, 500), [LAPTOP], LAPTOP)
    assert gone.size() == QRect(0, 0, 700, 500).size() and LAPTOP.contains(gone)
    huge = fitted_geometry(QRect(300, 20, 1600, 1200), [LAPTOP], LAPTOP)
    assert LAPTOP.contains(huge.marginsAdded(FRAME))
    two_screens = [LAPTOP, QRect(1366, 0, 1920, 1040)]
    kept = fitted_geometry(QRect(1500, 100, 900, 900), two_screens, LAPTOP)
    assert kept == QRect(1500, 100, 900, 900)  # on the second monitor, still plugged in
