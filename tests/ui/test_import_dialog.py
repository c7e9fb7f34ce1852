"""The import preview: one dialog for every import; rows that share a phone or e-mail with
another name are decided by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit
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
        "The same phone as «Оспанов Серік», who is known, but another name: the same person?"
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
    assert model.index(1, 3).data() == "You said: not the same person as «Оспанов Серік»."
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


def test_the_present_option_marks_everyone_of_a_roster_as_attended(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    dialog, meeting_id, _ = open_dialog(qtbot, database, actor, tmp_path)
    present = dialog.option_inputs["present"]
    assert present.isVisible() and not present.isChecked()
    present.setChecked(True)
    start(dialog.apply())
    with database.session() as session:
        ((attendance, person),) = participants.attendances(session, meeting_id)
    assert (person.full_name, attendance.present) == ("Ли Вера", True)


def test_a_zoom_report_is_previewed_and_imported_in_the_same_dialog(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor, kind="online", title="Онлайн")
    report = write_csv(
        tmp_path / "participants.csv",
        [
            ["Name", "User Email", "Join Time", "Leave Time"],
            ["Иванова Анна", "anna@example.kz", "2026-09-16 10:00:00", "2026-09-16 11:00:00"],
            ["iPhone", "", "2026-09-16 10:05:00", ""],
        ],
    )
    context = AppContext(database=database, data_dir=tmp_path)
    dialog = ImportDialog(context, meeting.id, "zoom", report)
    qtbot.addWidget(dialog)
    start(dialog.load())
    assert dialog.windowTitle() == "Import a Zoom participants report"
    # a report is shown, not corrected, and nobody in it waits for a decision
    assert not dialog.fix_button.isVisibleTo(dialog)
    assert not dialog.same_button.isVisibleTo(dialog)
    assert [dialog.model.index(row, 1).data() for row in range(2)] == ["new", "not imported"]
    assert dialog.model.index(1, 3).data() == (
        "Zoom names this person only by a device ('iPhone'), with no e-mail: check them in by "
        "hand in the meeting's participants."
    )
    # people new to khdesk go under the sector chosen here ("other" unless one is chosen)
    sector = dialog.option_inputs["sector"]
    assert sector.currentData() == "other"
    sector.setCurrentIndex(sector.findData("ngo"))
    start(dialog.apply())
    assert dialog.report is not None
    assert (dialog.report.created, [r.line for r in dialog.report.rejected]) == (1, [3])
    with database.session() as session:
        ((attendance, person),) = participants.attendances(session, meeting.id)
    assert (person.full_name, person.sector_code) == ("Иванова Анна", "ngo")
    assert (attendance.present, attendance.mode) == (True, "online")


def test_proposals_are_corrected_and_imported_in_the_same_dialog(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = write_csv(
        tmp_path / "proposals.csv",
        [["Text", "Direction"], ["Ауыл мектептеріне жабдық", "D1"], ["Курстар", "D9"]],
    )
    context = AppContext(database=database, data_dir=tmp_path)
    dialog = ImportDialog(context, meeting.id, "proposals", path)
    qtbot.addWidget(dialog)
    start(dialog.load())
    assert dialog.windowTitle() == "Import proposals"
    assert dialog.fix_button.isVisibleTo(dialog) and not dialog.same_button.isVisibleTo(dialog)
    assert dialog.option_inputs == {}
    assert dialog.model.index(1, 3).data() == (
        "Unknown direction 'D9': write D1 to D6 or the direction's name."
    )

    def correct_the_direction() -> None:
        (editor,) = [d for d in dialog.findChildren(QDialog) if d.isVisible()]
        (label,) = [w for w in editor.findChildren(QLabel) if w.text() == "Direction"]
        edit = label.buddy()
        assert isinstance(edit, QLineEdit) and edit.text() == "D9"
        edit.setText("D2")
        editor.accept()

    QTimer.singleShot(0, correct_the_direction)
    dialog.table.selectRow(1)
    dialog.fix_selected()
    assert dialog.model.index(1, 1).data() == "new"
    start(dialog.apply())
    assert dialog.report is not None
    assert (dialog.report.created, dialog.report.rejected) == (2, [])
