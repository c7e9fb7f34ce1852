"""The documents of a meeting in the window: preview, save as PDF or Word, print; and a secretary
switching from document to document, fast, without the preview ever bringing the process down."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from khdesk.services import minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.documents_dialog import DocumentsDialog, show_documents
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.private_settings import private_settings  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("private_settings")  # the dialog remembers its place


def _meeting(database: Database, actor: Actor) -> str:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, person.id)
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        minutes.add_decision(session, actor, item.id, text="Қолдау.", votes_for=1)
    return meeting.id


def test_preview_save_and_print_the_protocol(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path,
    settle: Settle,
) -> None:  # fmt: skip
    meeting_id = _meeting(database, actor)
    context.language = "kk"
    dialog = DocumentsDialog(context, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    settle(context)
    assert dialog.pdf.pageCount() > 0
    assert dialog.print_button.isEnabled()
    assert dialog.path is not None and dialog.path.is_relative_to(context.folder.scratch)

    dialog.save_to(tmp_path / "хаттама.pdf")
    dialog.save_to(tmp_path / "хаттама.docx", docx=True)
    settle(context)
    text = PdfReader(tmp_path / "хаттама.pdf").pages[0].extract_text()
    assert "ХАТТАМА" in text and "Жұмабекова Іңкәр Серікқызы" in text
    assert (tmp_path / "хаттама.docx").stat().st_size > 0
    assert "хаттама.docx" in dialog.status.text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=30_000)  # printed in a worker
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.pdf.pageCount()
    assert "printed.pdf" in dialog.status.text()

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("blank"))
    settle(context)
    assert dialog.path is not None and "blank" in dialog.path.name
    dialog.close()
    assert not list(context.folder.scratch.iterdir())  # the previews go with the dialog


@pytest.fixture
def loop(qtbot: QtBot) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


def test_switching_documents_fifty_times_under_the_real_event_loop(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    context: AppContext,
    database: Database,
    actor: Actor,
) -> None:
    """Every kind in every language, fifty times over in one dialog: some switches wait for the
    preview, most do not (as a secretary clicks through), and the dialog closes while previews
    are still on their way."""
    meeting_id = _meeting(database, actor)
    window_parent = None
    dialog = show_documents(context, meeting_id, window_parent)  # type: ignore[arg-type]
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    languages = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    choices = list(itertools.product(kinds, languages))

    async def secretary() -> None:
        for switch in range(50):
            kind, language = choices[switch % len(choices)]
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
            if switch % 7 == 0:  # now and then the preview is waited for and looked at
                for _ in range(1000):
                    if context.operations.idle() and dialog.pdf.pageCount() > 0:
                        break
                    await asyncio.sleep(0.01)
                assert dialog.pdf.pageCount() > 0
                dialog.view.grab()
            await asyncio.sleep(0)
        dialog.close()  # previews of the last switches are still being written
        for _ in range(1000):
            if context.operations.idle():
                break
            await asyncio.sleep(0.01)

    loop.run_until_complete(secretary())
    assert context.operations.idle()
