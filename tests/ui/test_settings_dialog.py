"""Document settings in the window: the logo and the list threshold."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from khdesk.services import settings
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.settings_dialog import DocumentSettingsDialog, show_document_settings
from tests.ui.conftest import Settle


def _dialog(
    qtbot: QtBot, window: QWidget, context: AppContext, settle: Settle
) -> DocumentSettingsDialog:
    qtbot.addWidget(window)
    show_document_settings(context, window)
    settle(context)
    dialog = window.findChild(DocumentSettingsDialog)
    assert dialog is not None
    return dialog


def test_the_logo_and_threshold_are_saved(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path, settle: Settle
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "teal").save(logo)
    window = QWidget()  # the main window, which the dialog needs to live as long as it
    dialog = _dialog(qtbot, window, context, settle)
    assert dialog.preview.text() == "no logo"
    dialog.set_logo(logo)
    dialog.threshold.setValue(25)
    dialog.accept()
    settle(context)
    assert window.findChild(DocumentSettingsDialog) is None  # saved, and closed
    with database.session() as session:
        saved = settings.document_settings(session)
    assert saved.list_attached_above == 25
    assert saved.logo is not None and saved.logo.read_bytes() == logo.read_bytes()
    assert saved.logo.parent == context.folder.documents  # a copy in the data folder


def test_a_file_that_is_not_an_image_is_refused_in_one_sentence(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path, settle: Settle
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    window = QWidget()  # the main window, which the dialog needs to live as long as it
    dialog = _dialog(qtbot, window, context, settle)
    dialog.set_logo(fake)
    dialog.accept()
    settle(context)
    assert "cannot be read as an image" in dialog.error.text()
    with database.session() as session:
        assert settings.document_settings(session).logo is None


def test_the_logos_label_and_its_buttons_read_as_one_row(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    window = QWidget()
    dialog = _dialog(qtbot, window, context, settle)
    dialog.show()
    label = dialog.logo_label.geometry()
    for button in (dialog.choose_button, dialog.remove_button):
        place = button.geometry()
        place.moveTopLeft(button.mapTo(dialog, button.rect().topLeft()))
        # the label's middle is on the buttons' line (it sat 30 pixels above it)
        assert place.top() <= label.center().y() <= place.bottom()
    assert dialog.preview.text() == "no logo"
    assert dialog.preview.geometry().top() >= label.bottom()  # the preview below, not beside


def test_keeping_contacts_is_set_and_erases_those_kept_longer_at_once(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    no_waiting_message_boxes: list[str],
) -> None:
    from khdesk.services import meetings, participants, rights
    from khdesk.storage.models import Person
    from khdesk.ui.settings_dialog import RetentionDialog, show_retention

    with database.transaction() as session:
        meeting = meetings.create_meeting(
            session, actor, kind="round-table", date="2024-03-01", title="Дөңгелек үстел"
        )
        person = participants.add_person(
            session, actor, full_name="Әлібекова Гүлнар", phone="8 701 000 00 01", consent=True,
            consent_method="paper",
        )  # fmt: skip
        participants.check_in(session, actor, meeting.id, person.id)
    window = QWidget()
    qtbot.addWidget(window)
    show_retention(context, window)
    settle(context)
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None
    assert not dialog.enabled.isChecked() and not dialog.months.isEnabled()
    dialog.enabled.setChecked(True)
    assert dialog.months.isEnabled()
    dialog.months.setValue(12)
    dialog.accept()
    settle(context)
    assert window.findChild(RetentionDialog) is None
    assert any("contacts of 1 persons" in text for text in no_waiting_message_boxes)
    with database.session() as session:
        assert rights.retention_months(session) == 12
        stored = session.get(Person, person.id)
        assert stored is not None and stored.phone is None
        assert stored.full_name == "Әлібекова Гүлнар"
