"""Document settings in the window: the logo and the list threshold."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from khdesk.services import settings
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.settings_dialog import DocumentSettingsDialog


def test_the_logo_and_threshold_are_saved(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "teal").save(logo)
    context = AppContext(database=database, data_dir=tmp_path / "data", language="en")
    dialog = DocumentSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == "no logo"
    dialog.set_logo(logo)
    dialog.threshold.setValue(25)
    dialog.accept()
    with database.session() as session:
        saved = settings.document_settings(session)
    assert saved.list_attached_above == 25
    assert saved.logo is not None and saved.logo.read_bytes() == logo.read_bytes()
    assert saved.logo.parent == tmp_path / "data" / "documents"  # a copy in the data folder


def test_a_file_that_is_not_an_image_is_refused_in_one_sentence(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    dialog = DocumentSettingsDialog(AppContext(database=database, data_dir=tmp_path))
    qtbot.addWidget(dialog)
    dialog.set_logo(fake)
    dialog.accept()
    assert "cannot be read as an image" in dialog.error.text()
    with database.session() as session:
        assert settings.document_settings(session).logo is None
