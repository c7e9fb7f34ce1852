"""The regions and devices page at headquarters, by keys and clicks: enrol a region's card, see
its bundle and its meetings counted as the figures count them, revoke it after a confirmation
that names it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from khdesk.services import devices, stats, sync
from khdesk.storage.models import Device
from khdesk.ui.context import AppContext
from khdesk.ui.device_dialog import EnrolCardDialog
from khdesk.ui.hq.devices_page import LAST_BUNDLE, MEETINGS, PROPOSALS, STATE, DevicesPage
from tests import backends
from tests.sync.sites import Site, export, make_site, round_table
from tests.ui.conftest import Settle
from tests.ui.typing import press

pytestmark = pytest.mark.both_backends  # headquarters on the run's server too


@pytest.fixture
def sites(tmp_path: Path, template_db: Path) -> Iterator[tuple[Site, Site, AppContext]]:
    """Headquarters (with the window's context) and Astana's laptop, not enrolled yet."""
    hq = make_site(tmp_path, template_db, "hq", "hq")
    astana = make_site(tmp_path, template_db, "astana", "facilitator", "71")
    context = AppContext(database=hq.database, data_dir=hq.folder, language="en")
    yield hq, astana, context
    context.operations.shutdown()
    hq.database.close()
    backends.drop(hq.database.url)
    astana.database.close()


def _page(qtbot: QtBot, context: AppContext, settle: Settle) -> DevicesPage:
    page = DevicesPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activate()
    settle(context)
    return page


def _region(page: DevicesPage, kato: str) -> QTreeWidgetItem:
    for index in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(index)
        if item is not None and item.text(0).startswith(f"{kato} — "):
            return item
    raise AssertionError(f"region {kato} is not shown")


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_card_is_enrolled_its_bundle_counted_and_the_device_revoked(
    qtbot: QtBot,
    sites: tuple[Site, Site, AppContext],
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    hq, astana, context = sites
    page = _page(qtbot, context, settle)
    assert page.tree.topLevelItemCount() == 20
    assert _region(page, "71").childCount() == 0
    assert "Devices enrolled: 0," in page.summary.text()

    card = tmp_path / "astana-card.json"
    with astana.database.session() as session:
        devices.write_card(session, card)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(card), ""))
    press(qtbot, page.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, EnrolCardDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EnrolCardDialog))
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert dialog.status.text().startswith("Enrolled:")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now "Close"
    settle(context)
    astana_row = _region(page, "71")
    assert astana_row.childCount() == 1
    device = astana_row.child(0)
    assert device is not None and device.text(0) == "astana"
    assert device.text(LAST_BUNDLE) == "none yet" and device.text(STATE) == "active"
    with hq.database.session() as session:
        enrolled = session.get(Device, astana.actor.device_id)
        assert enrolled is not None and enrolled.code == device.text(3)

    # Astana's meeting reaches headquarters in a bundle: the page counts it as the figures do
    reference = tmp_path / "reference.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, reference)
    with astana.database.transaction() as session:
        sync.import_reference(session, reference)
    round_table(astana, people=2, ideas=3)
    with hq.database.transaction() as session:
        sync.import_changes(session, export(astana, tmp_path / "astana.khb"), hq.data)
    page.refresh()
    settle(context)
    with hq.database.session() as session:
        figures = stats.campaign_stats(session, stats.Filters(region="71"))
    astana_row = _region(page, "71")
    assert astana_row.text(MEETINGS) == str(figures["meetings"]["total"]) == "1"
    assert astana_row.text(PROPOSALS) == str(figures["proposals"]["total"]) == "3"
    device = astana_row.child(0)
    assert device is not None and ": imported, " in device.text(LAST_BUNDLE)

    # revoking asks first, naming the device; No leaves it active
    page.tree.setCurrentItem(device)
    page.tree.setFocus()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    settle(context)
    assert "Revoke device «astana» of 71 — " in asked[-1]
    assert device.text(4) in asked[-1]  # the fingerprint, to compare
    with hq.database.session() as session:
        assert session.get(Device, astana.actor.device_id).status == "active"  # type: ignore[union-attr]
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    settle(context)
    with hq.database.session() as session:
        assert session.get(Device, astana.actor.device_id).status == "revoked"  # type: ignore[union-attr]
    device = _region(page, "71").child(0)
    assert device is not None and device.text(STATE) == "revoked"
    assert "Devices enrolled: 1, of them revoked: 1." in page.summary.text()
    assert not page.revoke_button.isEnabled()
