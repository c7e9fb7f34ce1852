"""The import preview: rows that share a phone or e-mail with another name are decided by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services import participants
from khdesk.services.imports import Action
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.import_dialog import ImportDialog
from khdesk.ui.tasks import start
from tests.factories import make_meeting, make_person
from tests.io.files import write_csv


def roster(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "roster.csv",
        [
            ["ФИО", "Организация", "Сектор", "Телефон", "Email", "Согласие"],
            ["Ли Вера", "", "ngo", "", "", "да"],
            ["Сейітова Дана", "Әкімдік", "local_gov", "+7 727 271 00 00", "", "да"],
            ["Ахметов Ерлан", "Әкімдік", "local_gov", "", "office@almaty.kz", "да"],
        ],
        separator=";",
    )


def open_dialog(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> tuple[ImportDialog, str, str]:
    serik = make_person(
        database,
        actor,
        full_name="Оспанов Серік",
        organisation="Әкімдік",
        phone="8 727 271 00 00",
        email="office@almaty.kz",
    )
    meeting = make_meeting(database, actor)
    context = AppContext(database=database, data_dir=tmp_path)
    dialog = ImportDialog(context, meeting.id, "roster", roster(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    start(dialog.load())
    return dialog, meeting.id, serik.id


def test_shared_contacts_are_shown_to_decide_and_decided_by_keyboard_and_mouse(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    dialog, meeting_id, serik_id = open_dialog(qtbot, database, actor, tmp_path)
    model = dialog.model
    assert [model.index(row, 1).data() for row in range(3)] == ["new", "to decide", "to decide"]
    assert model.index(1, 3).data() == (
        "the same phone as «Оспанов Серік», who is known, but another name: the same person?"
    )
    assert "2 rows share a phone or e-mail" in dialog.summary.text()
    # nothing selected, or a row with no one to decide about: nothing to press
    assert not dialog.same_button.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.different_button.isEnabled()

    # by keyboard: the row, then Alt+D for "a different person"; the next row to decide is next
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    assert dialog.different_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # a mnemonic presses the button as a click does, after the button's short press animation
    qtbot.waitUntil(lambda: dialog.preview.entry(3).action is Action.CREATE)
    assert model.index(1, 3).data() == "you said: not the same person as «Оспанов Серік»."
    assert dialog.table.currentIndex().row() == 2
    # by mouse: the e-mail row is the known person after all
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.entry(4).action is Action.MATCH
    assert "share a phone or e-mail" not in dialog.summary.text()

    start(dialog.apply())
    assert dialog.report is not None
    assert (dialog.report.created, dialog.report.matched, dialog.report.rejected) == (2, 1, [])
    with database.session() as session:
        listed = {p.full_name: p.id for _, p in participants.attendances(session, meeting_id)}
    assert listed["Оспанов Серік"] == serik_id
    assert set(listed) == {"Ли Вера", "Сейітова Дана", "Оспанов Серік"}


def test_undecided_rows_are_left_out_of_the_import(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    dialog, meeting_id, _ = open_dialog(qtbot, database, actor, tmp_path)
    assert dialog.import_button.isEnabled()  # the new row can be imported at once
    start(dialog.apply())
    assert dialog.report is not None
    assert (dialog.report.created, dialog.report.undecided) == (1, 2)
    with database.session() as session:
        assert len(participants.attendances(session, meeting_id)) == 1


def test_the_decision_is_offered_in_kazakh(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    install_language("kk")
    dialog, _, _ = open_dialog(qtbot, database, actor, tmp_path)
    assert dialog.same_button.text() == "&Сол адам"
    assert dialog.model.index(1, 1).data() == "шешу керек"
    assert "«Оспанов Серік»" in dialog.model.index(1, 3).data()
