"""A secretary choosing how a Kazakh and Russian protocol puts its two languages, in the window."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.documents_dialog import DocumentsDialog
from tests.documents.samples import sample_meeting
from tests.ui.conftest import Settle
from tests.ui.private_settings import private_settings  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("private_settings")  # the dialog remembers its place


def test_columns_by_default_and_kazakh_then_russian_as_the_other_choice(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = sample_meeting(database, actor, present=3, items=1)
    context.language = "kk"
    dialog = DocumentsDialog(context, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setFocus()
    for _ in range(2):  # from Қазақша past Русский to Қазақша + Русский
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    settle(context)
    assert dialog.language_combo.currentText() == "Қазақша + Русский"
    assert dialog.path is not None
    first = PdfReader(dialog.path).pages[0].extract_text()
    assert "ТЫҢДАЛДЫ" in first and "СЛУШАЛИ" in first  # side by side, on one page

    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Қазақша, then Русский
    settle(context)
    assert "Қазақша" in dialog.language_combo.currentText()
    pages = [page.extract_text() for page in PdfReader(dialog.path).pages]
    kazakh = next(i for i, page in enumerate(pages) if "ТЫҢДАЛДЫ" in page)
    russian = next(i for i, page in enumerate(pages) if "СЛУШАЛИ" in page)
    assert "СЛУШАЛИ" not in pages[kazakh] and russian > kazakh
    dialog.close()
