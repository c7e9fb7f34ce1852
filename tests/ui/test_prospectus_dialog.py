"""Prospectus draft… as an analyst at headquarters uses it: from the Meetings menu, choose the
language, Word or PDF and where, write it, read the file back, open it or its folder; a refused
folder in one sentence; and no such action on a region's laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from khdesk.documents.prospectus import WORDS
from khdesk.ui.context import AppContext
from khdesk.ui.hq.prospectus_dialog import ProspectusDialog
from khdesk.ui.main_window import MainWindow
from tests.documents.prospectus_data import ASTANA, Campaign, reviewed_campaign
from tests.sync.sites import Site
from tests.ui.conftest import Settle

SCHOOLS = ASTANA[0][1]  # accepted into D1.1, two proposals merged into it
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def campaign(network: tuple[Site, Site, Site], tmp_path: Path) -> Campaign:
    return reviewed_campaign(network, tmp_path)


@pytest.fixture
def hq_context(campaign: Campaign, tmp_path: Path) -> Iterator[AppContext]:
    shown = AppContext(database=campaign.hq.database, data_dir=tmp_path / "data", language="en")
    yield shown
    shown.operations.shutdown()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What Open and Show in folder hand the desktop."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _dialog(qtbot: QtBot, context: AppContext) -> ProspectusDialog:
    dialog = ProspectusDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _write(qtbot: QtBot, dialog: ProspectusDialog) -> None:
    qtbot.mouseClick(dialog.write_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)


def test_the_menu_opens_the_dialog_at_headquarters(
    qtbot: QtBot, hq_context: AppContext, settle: Settle
) -> None:
    window = MainWindow(hq_context)
    qtbot.addWidget(window)
    window.show()
    settle(hq_context)
    action = window.prospectus_action
    assert action.isVisible() and action in window.file_menu.actions()
    assert action.text() == "P&rospectus draft…"
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProspectusDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_a_regions_window_has_no_prospectus(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert not window.prospectus_action.isVisible()


def test_word_in_kazakh_and_russian_written_then_opened_and_its_folder_shown(
    qtbot: QtBot, hq_context: AppContext, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = _dialog(qtbot, hq_context)
    assert dialog.language_combo.currentData() == "kk+ru"
    assert not dialog.open_button.isEnabled() and not dialog.folder_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    dialog.path_edit.setText(str(tmp_path / "out" / "prospectus.pdf"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    target = tmp_path / "out" / "prospectus.docx"
    assert dialog.path_edit.text() == str(target)
    _write(qtbot, dialog)
    assert dialog.error is None, dialog.status.text()
    assert dialog.status.text() == (f"Saved to {target}: 7 lines from 9 proposals in 5 sections.")
    body = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert WORDS["contents"]["kk"] in body and WORDS["contents"]["ru"] in body
    assert body.count(SCHOOLS) == 1
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert opened == [target, target.parent]


def test_a_pdf_in_russian_and_a_folder_that_cannot_be(
    qtbot: QtBot, hq_context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, hq_context)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    dialog.path_edit.setText(str(a_file / "prospectus"))
    _write(qtbot, dialog)
    assert dialog.error is not None
    assert "\n" not in dialog.status.text() and "a-file" in dialog.status.text()
    assert not dialog.open_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "prospectus"))
    _write(qtbot, dialog)
    target = tmp_path / "prospectus.pdf"
    assert dialog.error is None and dialog.status.text().startswith(f"Saved to {target}: ")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert WORDS["contents"]["ru"] in text and WORDS["contents"]["kk"] not in text


def test_with_nothing_accepted_the_dialog_says_so(
    qtbot: QtBot, network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    context = AppContext(database=network[0].database, data_dir=tmp_path / "data")
    try:
        dialog = _dialog(qtbot, context)
        dialog.path_edit.setText(str(tmp_path / "empty.pdf"))
        _write(qtbot, dialog)
        assert dialog.status.text() == (
            f"Saved to {tmp_path / 'empty.pdf'}. No proposal is accepted yet, and the "
            "prospectus says so."
        )
    finally:
        context.operations.shutdown()
