"""Sync in the window: the menu fits the role; headquarters' inbox imports dropped bundles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from khdesk.services import devices, stats, sync
from khdesk.ui.context import AppContext
from khdesk.ui.main_window import MainWindow
from khdesk.ui.sync_ui import ResultsDialog, import_bundles, removable_drive, show_history
from tests.sync.sites import export, make_site, round_table
from tests.ui.conftest import Settle


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
