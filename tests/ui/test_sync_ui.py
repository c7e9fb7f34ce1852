"""Sync in the window: the menu fits the role; headquarters' inbox imports dropped bundles; the
results dialogs; the reference bundle's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from khdesk.domain.errors import Message
from khdesk.services import devices, stats, sync
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from khdesk.ui.sync_ui import ResultsDialog, import_bundles, removable_drive, show_history
from khdesk.ui.texts import render
from tests.sync.sites import Site, export, make_site, round_table
from tests.ui.conftest import Settle
from tests.ui.typing import press


def test_the_inbox_imports_bundles_and_shows_a_row_per_file(
    qtbot: QtBot, tmp_path: Path, template_db: Path, settle: Settle
) -> None:
    hq = make_site(tmp_path, template_db, "hq", "hq")
    region = make_site(tmp_path, template_db, "region", "facilitator", "79")
    with hq.database.transaction() as session, region.database.session() as rs:
        devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, tmp_path / "ref.khr")
    with region.database.transaction() as session:
        sync.import_reference(session, tmp_path / "ref.khr")
    round_table(region, people=2, ideas=1)
    bundle = export(region, tmp_path / "inbox" / "region.khb")
    (tmp_path / "inbox" / "broken.khb").write_bytes(b"broken")

    region_context = AppContext(database=region.database, data_dir=region.folder)
    region_window = MainWindow(region_context)
    qtbot.addWidget(region_window)
    assert region_window.sync_actions["send"].isVisible()
    assert not region_window.sync_actions["inbox"].isVisible()

    context = AppContext(database=hq.database, data_dir=hq.folder)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    assert not window.sync_actions["send"].isVisible()
    import_bundles(context, [bundle.parent], window)
    settle(context)
    dialog = window.findChild(ResultsDialog)
    assert dialog is not None
    rows = {dialog.model.row_values(r)[1]: dialog.model.row_values(r)[2] for r in range(2)}
    assert rows == {"region.khb": "imported", "broken.khb": "rejected"}
    with hq.database.session() as session:
        assert stats.campaign_stats(session)["attendances"]["present"] == 2
    assert list((hq.folder / "inbox" / "rejected").glob("*broken.khb.reason.txt"))
    dialog.close()
    show_history(context, window)
    settle(context)
    history = next(d for d in window.findChildren(ResultsDialog) if d.isVisible())
    assert history.windowTitle() == "Sync history"
    # each row: number, when, direction, result, changes, records, file, reason
    lines = [history.model.row_values(r)[1:] for r in range(history.model.rowCount())]
    refused = [line for line in lines if line[2] == "rejected"]
    assert [line[5] for line in refused] == ["broken.khb"]
    assert "cannot be decrypted" in refused[0][6]
    assert [line[5] for line in lines if line[2] == "imported"] == ["region.khb"]
    for opened in (context, region_context):
        opened.operations.shutdown()
    hq.database.close()
    region.database.close()


def test_the_send_dialog_starts_on_a_usb_stick_when_one_is_mounted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    stick = ("/media/facilitator/KINGSTON", True, False)
    assert removable_drive([("/", True, False), ("/boot", True, False), stick]) == stick[0]
    locked = ("/media/facilitator/CDROM", True, True)
    unready = ("/run/media/facilitator/SD", False, False)
    assert removable_drive([("/", True, False), locked, unready]) == ""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("SYSTEMDRIVE", "C:")
    assert removable_drive([("C:/", True, False), ("E:/", True, False)]) == "E:/"


def _visible_results(window: QWidget) -> list[ResultsDialog]:
    return [d for d in window.findChildren(ResultsDialog) if shiboken6.isValid(d) and d.isVisible()]


@pytest.mark.parametrize("language", ["en", "kk"])
def test_results_dialogs_are_reused_closed_by_esc_and_show_the_whole_reason(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    tmp_path: Path,
    settle: Settle,
    language: str,
) -> None:
    hq = network[0]
    install_language(language)
    context = AppContext(database=hq.database, data_dir=hq.folder, language=language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    broken = tmp_path / "broken.khb"
    broken.write_bytes(b"broken")
    import_bundles(context, [broken], window)
    settle(context)
    (first,) = _visible_results(window)
    import_bundles(context, [broken, broken], window)  # again: the same dialog, refilled
    settle(context)
    assert _visible_results(window) == [first]
    assert first.model.rowCount() == 2

    show_history(context, window)
    settle(context)
    show_history(context, window)
    settle(context)
    dialogs = _visible_results(window)
    assert len(dialogs) == 2  # the imports' results and one history
    history = next(d for d in dialogs if d is not first)
    assert history.model.rowCount() == 3
    # the reason column is in view, and its whole text is in the tooltip and under the table
    reason = render(
        Message(
            "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this "
            "headquarters; ask the region to export it again."
        )
    )
    if language == "kk":
        assert reason.startswith("Пакетті шифрдан шығару мүмкін емес")
    table = history.table
    last = history.model.columnCount() - 1
    header = table.horizontalHeader()
    room = window.screen().availableGeometry()
    for dialog in dialogs:
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for width in (history.width(), 1100):  # this screen's width, and a 1366-pixel laptop's
        history.resize(width, history.height())
        QCoreApplication.processEvents()
        start = header.sectionViewportPosition(last)
        # the reason takes the width the other columns leave: its header is in view
        assert start > 0 and start + header.sectionSize(last) == table.viewport().width()
    assert header.sectionSize(last) >= 450
    cell = history.model.index(0, last)
    assert history.model.data(cell, Qt.ItemDataRole.ToolTipRole) == reason
    assert history.details.text() == reason and history.details.isVisible()

    press(qtbot, history.table, Qt.Key.Key_Escape)
    assert first.isVisible() and not history.isVisible()
    qtbot.mouseClick(first.close_button, Qt.MouseButton.LeftButton)
    assert _visible_results(window) == []
    context.operations.shutdown()


def test_the_reference_bundle_is_written_with_its_khr_ending(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    tmp_path: Path,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hq = network[0]
    asked: list[tuple[object, ...]] = []

    def save_as(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "for the regions"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    context = AppContext(database=hq.database, data_dir=hq.folder, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.sync_actions["reference_export"].trigger()
    settle(context)
    (args,) = asked
    assert "*.khr" in str(args[3]) and str(args[2]).endswith(".khr")
    written = tmp_path / "for the regions.khr"
    assert written.is_file()
    astana = network[1]
    with astana.database.transaction() as session:
        assert sync.import_reference(session, written) >= 2
    context.operations.shutdown()


def test_a_bundle_opened_from_the_file_manager_is_imported_where_it_belongs(
    qtbot: QtBot,
    tmp_path: Path,
    template_db: Path,
    settle: Settle,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from khdesk.cli import _file_to_open, build_parser
    from khdesk.ui.sync_ui import open_bundle

    parser = build_parser()
    # what a file manager runs (`khdesk %f`), and commands whose own argument is a bundle
    assert _file_to_open(parser, ["/media/usb/ref.KHR"]) == ([], "/media/usb/ref.KHR")
    assert _file_to_open(parser, ["--data-dir", "d", "a.khb"]) == (["--data-dir", "d"], "a.khb")
    assert _file_to_open(parser, ["bundle", "import", "a.khb"]) == (
        ["bundle", "import", "a.khb"],
        None,
    )
    hq = make_site(tmp_path, template_db, "hq", "hq")
    region = make_site(tmp_path, template_db, "region", "facilitator", "79")
    reference = tmp_path / "ref.khr"
    with hq.database.transaction() as session, region.database.session() as rs:
        devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, reference)
    region_context = AppContext(database=region.database, data_dir=region.folder)
    region_window = MainWindow(region_context)
    qtbot.addWidget(region_window)
    region_window.show()
    open_bundle(region_context, reference, region_window)
    settle(region_context)

    def told(window: QWidget) -> str:
        boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
        assert boxes
        said = boxes[-1].text()
        for box in boxes:
            box.close()
        return said

    assert "Reference data version 2 is in use" in told(region_window)
    round_table(region, people=2, ideas=1)
    bundle = export(region, tmp_path / "region.khb")
    open_bundle(region_context, bundle, region_window)
    assert "region.khb is a region's bundle of changes" in told(region_window)
    open_bundle(region_context, tmp_path / "gone.khr", region_window)
    assert "gone.khr is not there any more" in told(region_window)
    context = AppContext(database=hq.database, data_dir=hq.folder)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    open_bundle(context, reference, window)
    assert "ref.khr is a reference bundle from headquarters" in told(window)
    open_bundle(context, bundle, window)
    settle(context)
    dialog = window.findChild(ResultsDialog)
    assert dialog is not None and dialog.model.row_values(0)[1:3] == ("region.khb", "imported")
    for opened in (context, region_context):
        opened.operations.shutdown()
    hq.database.close()
    region.database.close()
