"""The attendance sheet in the documents dialog: phones and e-mails only when the secretary ticks
the box, which only the sheets offer."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services import participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.documents_dialog import DocumentsDialog
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.private_settings import private_settings  # noqa: F401 (a fixture)
from tests.ui.typing import press

pytestmark = pytest.mark.usefixtures("private_settings")  # the dialog remembers its place


def _shown_text(dialog: DocumentsDialog) -> str:
    assert dialog.path is not None
    return " ".join(page.extract_text() for page in PdfReader(dialog.path).pages)


def test_the_sheet_prints_contacts_only_when_ticked(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor, phone="8 701 234 56 78", email="inkar@example.kz")
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, person.id)
    context.language = "kk"
    dialog = DocumentsDialog(context, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    settle(context)
    assert not dialog.contacts_check.isVisible()  # the protocol has no such choice

    dialog.kind_combo.setFocus()
    press(qtbot, dialog.kind_combo, Qt.Key.Key_Down)  # the attendance sheet
    settle(context)
    assert dialog.kind_combo.currentData() == "sheet"
    assert dialog.contacts_check.isVisible() and not dialog.contacts_check.isChecked()
    text = _shown_text(dialog)
    assert "Жұмабекова Іңкәр Серікқызы" in text
    assert "701" not in text and "@" not in text

    qtbot.mouseClick(dialog.contacts_check, Qt.MouseButton.LeftButton)
    settle(context)
    text = _shown_text(dialog)
    assert "+7 701 234 56 78" in text and "inkar@example.kz" in text

    press(qtbot, dialog.kind_combo, Qt.Key.Key_Down)  # the blank sheet keeps the choice
    settle(context)
    assert dialog.kind_combo.currentData() == "blank"
    assert "+7 701 234 56 78" in _shown_text(dialog)
    dialog.close()
