"""The documents of a meeting in the window: preview, save as PDF or Word, print."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from khdesk.services import minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.documents_dialog import DocumentsDialog
from khdesk.ui.tasks import start
from tests.factories import make_meeting, make_person


def test_preview_save_and_print_the_protocol(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, person.id)
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        minutes.add_decision(session, actor, item.id, text="Қолдау.", votes_for=1)
    context = AppContext(database=database, data_dir=tmp_path, language="kk")
    dialog = DocumentsDialog(context, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    start(dialog.generate())
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() > 0)
    assert dialog.print_button.isEnabled()

    dialog.save_to(tmp_path / "хаттама.pdf")
    dialog.save_to(tmp_path / "хаттама.docx", docx=True)
    text = PdfReader(tmp_path / "хаттама.pdf").pages[0].extract_text()
    assert "ХАТТАМА" in text and "Жұмабекова Іңкәр Серікқызы" in text
    assert (tmp_path / "хаттама.docx").stat().st_size > 0

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.pdf.pageCount()

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("blank"))
    qtbot.waitUntil(lambda: dialog.path is not None and "blank" in dialog.path.name)
