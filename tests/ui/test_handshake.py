"""The handshake in the window, as a facilitator and an analyst meet it: this laptop's card and
its fingerprint, enrolment confirmed by phone, headquarters' recovery key, and a region that
cannot send yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from khdesk.services import devices, installation
from khdesk.sync.keys import DeviceCard
from khdesk.ui.context import AppContext
from khdesk.ui.device_dialog import DeviceCardDialog, EnrolCardDialog
from khdesk.ui.main_window import MainWindow
from khdesk.ui.recovery_dialog import RecoveryKeyDialog
from khdesk.ui.sync_ui import explain_recovery_key, show_device_card
from tests.sync.sites import Site, make_site, round_table
from tests.ui.conftest import Settle
from tests.ui.typing import press

LEFT = Qt.MouseButton.LeftButton


class FileDialogs:
    """QFileDialog's questions answered by the test, and every question asked kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, tuple[object, ...]]] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._answering(name, pair=True))
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", self._answering("getExistingDirectory")
        )

    def _answering(self, name: str, *, pair: bool = False) -> object:
        def ask(*args: object, **_kwargs: object) -> object:
            self.asked.append((name, args))
            return (self.answer, "") if pair else self.answer

        return ask


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


@pytest.fixture
def shymkent(tmp_path: Path, template_db: Path) -> Iterator[Site]:
    """A region's laptop just set up: not enrolled, no reference bundle yet."""
    site = make_site(tmp_path, template_db, "shymkent", "facilitator", "79")
    yield site
    site.database.close()


def _window(qtbot: QtBot, site: Site) -> tuple[AppContext, MainWindow]:
    context = AppContext(database=site.database, data_dir=site.folder, language="en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return context, window


def _card_and_code(site: Site) -> tuple[DeviceCard, str]:
    with site.database.session() as session:
        device = installation.local_device(session)
        assert device is not None and device.code
        return devices.this_card(session), device.code


def test_the_card_shows_this_laptops_fingerprint_and_saves_a_card_headquarters_enrols(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    shymkent: Site,
    file_dialogs: FileDialogs,
    tmp_path: Path,
    settle: Settle,
) -> None:
    hq = network[0]
    context, window = _window(qtbot, shymkent)
    show_device_card(context, window)
    settle(context)
    dialog = window.findChild(DeviceCardDialog)
    assert dialog is not None and dialog.isVisible()
    card, code = _card_and_code(shymkent)
    shown = dialog.form.fingerprint.text()
    assert shown.split() == card.fingerprint.split()  # the same four groups …
    assert "   " in shown  # … set apart for reading aloud
    assert dialog.form.code.text() == code
    assert dialog.form.device.text() == card.device_id
    assert dialog.form.region.text() == f"79 — {context.region_names()['79']}"
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == card.fingerprint

    stick = tmp_path / "stick"
    stick.mkdir()
    file_dialogs.answer = str(stick / "for-headquarters")  # typed without an ending
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(context)
    (name, args), *_ = file_dialogs.asked
    assert name == "getSaveFileName"
    assert str(args[2]).endswith(f"khdesk-card-79-{code}.json")  # the name proposed
    assert "*.json" in str(args[3])
    saved = stick / "for-headquarters.json"
    assert saved.is_file()
    assert str(saved) in dialog.status.text()
    with hq.database.transaction() as session:
        device, new = devices.enroll(session, DeviceCard.read(saved))
    assert new and device.code == code and device.region_kato == "79"
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert _closed(dialog)
    context.operations.shutdown()


def _closed(dialog: object) -> bool:
    """Closed, and maybe deleted already (the dialogs delete themselves on closing)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def _enrol_dialog(
    qtbot: QtBot, window: MainWindow, context: AppContext, settle: Settle
) -> EnrolCardDialog:
    window.sync_actions["enroll"].trigger()
    settle(context)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(EnrolCardDialog)), timeout=5000
    )
    return next(d for d in window.findChildren(EnrolCardDialog) if d.isVisible())


def _enrolled(hq: Site, device_id: str) -> bool:
    with hq.database.session() as session:
        return any(row.id == device_id for row in devices.list_devices(session))


def test_headquarters_enrols_a_card_only_once_the_analyst_confirms_its_fingerprint(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    shymkent: Site,
    file_dialogs: FileDialogs,
    tmp_path: Path,
    settle: Settle,
) -> None:
    hq = network[0]
    card_file = tmp_path / "shymkent-card.json"
    with shymkent.database.session() as session:
        devices.write_card(session, card_file)
    card, code = _card_and_code(shymkent)
    context, window = _window(qtbot, hq)
    file_dialogs.answer = str(card_file)

    # the card as the analyst compares it with what the facilitator reads out
    dialog = _enrol_dialog(qtbot, window, context, settle)
    assert dialog.form.fingerprint.text().split() == card.fingerprint.split()
    assert dialog.form.code.text() == code
    assert dialog.form.region.text().startswith("79 — ")
    assert "read out the fingerprint" in dialog.question.text()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    settle(context)
    assert _closed(dialog)
    assert not _enrolled(hq, card.device_id)

    # Enter in a hurry does not enrol a card nobody compared
    dialog = _enrol_dialog(qtbot, window, context, settle)
    assert dialog.focusWidget() is not dialog.enrol_button
    press(qtbot, dialog, Qt.Key.Key_Return)
    settle(context)
    assert _closed(dialog)
    assert not _enrolled(hq, card.device_id)

    dialog = _enrol_dialog(qtbot, window, context, settle)
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    settle(context)
    assert _enrolled(hq, card.device_id)
    region = dialog.form.region.text()
    assert dialog.status.text().startswith(f"Enrolled: {region}, device {card.device_id}")
    assert code in dialog.status.text()
    assert dialog.enrol_button.isHidden() and dialog.cancel_button.text() == "Close"
    qtbot.mouseClick(dialog.cancel_button, LEFT)

    dialog = _enrol_dialog(qtbot, window, context, settle)
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    settle(context)
    assert dialog.status.text().startswith(f"Enrolled already: {region}")
    qtbot.mouseClick(dialog.cancel_button, LEFT)

    with hq.database.transaction() as session:
        devices.revoke(session, card.device_id)
    dialog = _enrol_dialog(qtbot, window, context, settle)
    qtbot.mouseClick(dialog.enrol_button, LEFT)
    settle(context)
    assert dialog.status.text() == (
        f"Device {card.device_id} was revoked: a revoked device is not enrolled again."
    )
    assert dialog.enrol_button.isHidden()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    context.operations.shutdown()


def test_a_damaged_card_is_refused_in_one_sentence_before_any_question(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    file_dialogs: FileDialogs,
    tmp_path: Path,
    settle: Settle,
    no_waiting_message_boxes: list[str],
) -> None:
    damaged = tmp_path / "card.json"
    damaged.write_text('{"format": "khdesk-device-card", "version": 1, "device_id": "x"}')
    context, window = _window(qtbot, network[0])
    file_dialogs.answer = str(damaged)
    window.sync_actions["enroll"].trigger()
    settle(context)
    assert no_waiting_message_boxes == ["Card.json is a damaged device card: ask for it again."]
    assert window.findChild(EnrolCardDialog) is None
    context.operations.shutdown()


def test_setting_up_headquarters_explains_the_recovery_key_and_saves_a_copy(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    file_dialogs: FileDialogs,
    tmp_path: Path,
    settle: Settle,
) -> None:
    hq = network[0]
    context, window = _window(qtbot, hq)
    explain_recovery_key(context, window)
    dialog = window.findChild(RecoveryKeyDialog)
    assert dialog is not None and dialog.isVisible()
    key = hq.keys / "recovery-identity.age"
    assert str(key) in dialog.where.text()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.where)))
    assert "decrypts every region's bundles" in texts
    assert "USB stick kept in a safe" in texts
    assert "remove the file from this laptop afterwards" in texts
    stick = tmp_path / "stick"
    stick.mkdir()
    file_dialogs.answer = str(stick / "key")  # typed without an ending
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(context)
    copy = stick / "key.age"
    assert copy.read_bytes() == key.read_bytes()
    assert str(copy) in dialog.status.text()
    qtbot.mouseClick(dialog.stored_button, LEFT)
    assert _closed(dialog)

    key.unlink()  # moved to the safe: the dialog says so and offers no copy
    explain_recovery_key(context, window)
    again = next(d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible())
    assert "no longer in this laptop's keys folder" in again.where.text()
    assert not again.save_button.isEnabled()
    press(qtbot, again, Qt.Key.Key_Escape)
    assert _closed(again)
    context.operations.shutdown()


def _message(window: MainWindow) -> QMessageBox:
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_send_without_the_reference_bundle_says_what_to_do_and_asks_for_no_folder(
    qtbot: QtBot, shymkent: Site, file_dialogs: FileDialogs, settle: Settle
) -> None:
    round_table(shymkent, people=1, ideas=1)  # something to send, but no key to send it to
    context, window = _window(qtbot, shymkent)
    window.sync_actions["send"].trigger()
    settle(context)
    assert file_dialogs.asked == []
    box = _message(window)
    assert "does not hold headquarters' keys" in box.text()
    assert "Sync → Import a reference bundle…" in box.text()
    box.close()
    context.operations.shutdown()


def test_send_with_nothing_new_says_so_and_otherwise_asks_where_to_write(
    qtbot: QtBot, network: tuple[Site, Site, Site], file_dialogs: FileDialogs, settle: Settle
) -> None:
    astana = network[1]
    context, window = _window(qtbot, astana)
    window.sync_actions["send"].trigger()
    settle(context)
    assert file_dialogs.asked == []
    box = _message(window)
    assert box.text().startswith("There is nothing new to send")
    box.close()
    round_table(astana, people=1, ideas=0)
    window.sync_actions["send"].trigger()
    settle(context)
    assert [name for name, _args in file_dialogs.asked] == ["getExistingDirectory"]
    context.operations.shutdown()
