"""The import preview: one dialog for every import; rows that share a phone or e-mail with
another name are decided by hand; a real roster is mapped by keyboard, imported, summarised,
its rows left out saved, fixed and imported again; the dialog fits the screen."""

from __future__ import annotations

import asyncio
import codecs
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit
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
from tests.rosters import BAD_LINES, KK_GUEST, RU_GUEST, kk_roster, ru_roster
from tests.ui.typing import press, type_text


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
    assert model.index(1, dialog.reason_column).data() == (
        "The same phone as «Оспанов Серік», who is known, but another name: the same person?"
    )
    assert "2 rows share a phone or e-mail" in dialog.summary.text()
    # the preview opens on the first row left out, here one to decide; a row with no one to
    # decide about has nothing to press
    assert dialog.table.currentIndex().row() == 1 and dialog.same_button.isEnabled()
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
    assert model.index(1, dialog.reason_column).data() == (
        "You said: not the same person as «Оспанов Серік»."
    )
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
    assert "«Оспанов Серік»" in dialog.model.index(1, dialog.reason_column).data()


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
    assert dialog.model.index(1, dialog.reason_column).data() == (
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
    assert dialog.model.index(1, dialog.reason_column).data() == (
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


# --- a real roster, by keyboard, to the end -------------------------------------------------------


def open_file(
    qtbot: QtBot, context: AppContext, meeting_id: str, path: Path, kind: str = "roster"
) -> ImportDialog:
    dialog = ImportDialog(context, meeting_id, kind, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    start(dialog.load())
    return dialog


def listed(database: Database, meeting_id: str) -> dict[str, str]:
    """The meeting's participants and their sectors, as the participants tab lists them."""
    with database.session() as session:
        return {
            p.full_name: p.sector_code for _, p in participants.attendances(session, meeting_id)
        }


def when_a_row_opens(dialog: ImportDialog, act: Callable[[QDialog], None]) -> None:
    """Do ``act`` in the row's editor once it is open (it runs its own event loop)."""

    def look() -> None:
        editors = [d for d in dialog.findChildren(QDialog) if d.isVisible()]
        if editors:
            act(editors[0])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def numbers(text: str) -> list[int]:
    """The numbers a text shows, in order ("Барлығын импорттау (3)" -> [3])."""
    return [int(found) for found in re.findall(r"\d+", text)]


def test_a_kazakh_roster_by_keyboard_mapped_imported_summarised_fixed_and_imported_again(
    qtbot: QtBot,
    database: Database,
    actor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_language("kk")
    context = AppContext(database=database, data_dir=tmp_path, language="kk")
    meeting = make_meeting(database, actor)
    dialog = open_file(qtbot, context, meeting.id, kk_roster(tmp_path))
    try:
        # the preview opens on the one sector word nobody lists: 2 rows write it
        combo = dialog.sector_list.combo(KK_GUEST)
        assert dialog.focusWidget() is combo
        assert numbers(dialog.sector_list.lines[KK_GUEST][1].text()) == [2]
        # the button says what Import does: 25 in, 5 left out; Enter elsewhere does not import
        assert numbers(dialog.import_button.text()) == [25, 5]
        assert not dialog.import_button.isDefault()

        # typed on a Kazakh keyboard into the list: «Аза…» is «Азамат» (citizen)
        press(qtbot, combo, Qt.Key.Key_Down)  # the arrow chooses too …
        type_text(combo, "Аза")  # … and typing goes to the sector typed
        assert combo.currentData() == "citizen"
        qtbot.waitUntil(lambda: dialog.preview.entry(26).action is Action.CREATE)
        assert dialog.preview.entry(27).sector_code == "citizen"
        # Enter goes on from the list (to Import, after the last word): it imports nothing
        press(qtbot, combo, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.import_button
        assert not dialog.showing_summary()
        assert numbers(dialog.import_button.text()) == [27, 3]

        press(qtbot, dialog.import_button, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.showing_summary)
        assert numbers(dialog.result_figures.text()) == [27, 0, 0, 3]
        # the same hurried Enter again: the summary stays until it is closed
        press(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        press(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_Enter)
        assert dialog.isVisible() and dialog.showing_summary()
        model = dialog.left_out_model
        assert [int(model.index(row, 0).data()) for row in range(model.rowCount())] == BAD_LINES
        assert "+7 7XX XXX XX XX" in model.index(1, 2).data()  # the phone's reason, in full
        assert dialog.left_out_detail.text().endswith(model.index(0, 2).data())
        assert len(listed(database, meeting.id)) == 27

        # the rows left out, saved as a file to fix
        target = tmp_path / "түзету.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists)
        qtbot.waitUntil(lambda: str(target) in dialog.saved.text())
        data = target.read_bytes()
        assert data.startswith(codecs.BOM_UTF8)
        lines = data.decode("utf-8-sig").splitlines()
        assert lines[0].startswith("Т.А.Ә.;Ұйым;Лауазымы;Санат;Телефон;Эл. пошта;Келісім;")
        assert len(lines) == 4
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    finally:
        context.operations.shutdown()

    # the facilitator fixes the three rows in Excel and imports the file again
    fixed = (
        data.decode("utf-8-sig")
        .replace("\n;Алматы облысы әкімдігі", "\nҚайыров Бақыт;Алматы облысы әкімдігі")
        .replace(";12-34;", ";+7 705 000 00 01;")
        .replace("dinara@;", "dinara@shapagat.kz;")
    )
    target.write_bytes(codecs.BOM_UTF8 + fixed.encode("utf-8"))
    context = AppContext(database=database, data_dir=tmp_path, language="kk")
    again = open_file(qtbot, context, meeting.id, target)
    try:
        assert numbers(again.import_button.text()) == [3] and again.import_button.isDefault()
        again.option_inputs["present"].setFocus()
        press(qtbot, again.option_inputs["present"], Qt.Key.Key_Return)  # nothing left out
        qtbot.waitUntil(again.showing_summary)
        assert again.left_out_model.rowCount() == 0 and not again.save_button.isVisible()
        assert numbers(again.result_figures.text()) == [3, 0, 0, 0]
    finally:
        context.operations.shutdown()
    people = listed(database, meeting.id)
    assert len(people) == 30
    assert people["Қайыров Бақыт"] == "local_gov"


def test_enter_in_the_table_or_on_a_check_box_never_imports_a_subset(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path
) -> None:
    """Enter once imported 20 rows and silently dropped 10: it now opens the row in the table,
    and with rows to be left out it imports only from the Import button that says so."""
    meeting = make_meeting(database, actor)
    dialog = open_file(qtbot, context, meeting.id, ru_roster(tmp_path))
    assert dialog.import_button.text() == "&Import 25, leave out 5"
    opened: list[str] = []

    def close_the_row(editor: QDialog) -> None:
        opened.append(editor.windowTitle())
        editor.reject()

    when_a_row_opens(dialog, close_the_row)
    dialog.table.setFocus()
    press(qtbot, dialog.table, Qt.Key.Key_Return)
    assert opened == ["Line 24"]  # the first row left out: a guest
    present = dialog.option_inputs["present"]
    present.setFocus()
    press(qtbot, present, Qt.Key.Key_Return)
    assert not dialog.showing_summary() and dialog.isVisible()
    assert listed(database, meeting.id) == {}
    # the Import button itself imports, and the summary says what was left out
    dialog.import_button.setFocus()
    press(qtbot, dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.showing_summary)
    assert dialog.result_figures.text() == (
        "New: 25 · known persons: 0 · already on the list: 0 · not imported: 5"
    )
    assert dialog.left_out_title.text().startswith("Not imported: 5.")
    assert dialog.left_out_model.index(0, 2).data() == (
        "Unknown sector 'Гость': write a sector's code or name from the list, or map it to one."
    )


def test_the_preview_of_a_roster_with_sixty_unknown_sectors_fits_the_screen(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    rows = [
        [f"Адамов Адам {n}", f"Ұйым {n}", "", f"Сала нөмірі {n} (толық атауы)", "", "", ""]
        for n in range(60)
    ]
    path = write_csv(tmp_path / "roster.csv", [HEADER_KK, *rows], separator=";")
    dialog = open_file(qtbot, context, meeting.id, path)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    assert len(dialog.sector_list.lines) == 60
    combos = dialog.sector_list.combos()
    assert dialog.sector_list.scroller.height() < 6 * combos[0].height()
    for button in (dialog.import_button, dialog.cancel_button):
        place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert button.isVisible() and dialog.rect().contains(place)
    # Tab goes from line to line, and the list scrolls to the line it reaches
    combos[40].setFocus()
    press(qtbot, combos[40], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is combos[41]
    viewport = dialog.sector_list.scroller.viewport()
    shown = QRect(combos[41].mapTo(viewport, QPoint(0, 0)), combos[41].size())
    assert viewport.rect().contains(shown)
    # after the last word, Tab goes on to the rows, then to what is pressed
    combos[-1].setFocus()
    press(qtbot, combos[-1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table
    # every reason is readable: no sideways scrolling, the Reason column in view, the whole
    # text in its tooltip and under the table
    table, column = dialog.table, dialog.reason_column
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
        table.viewport().width()
    )
    assert not table.horizontalScrollBar().isVisible()
    index = dialog.model.index(table.currentIndex().row(), column)
    reason = index.data()
    assert reason.startswith("Unknown sector 'Сала нөмірі 0 (толық атауы)'")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert dialog.detail.text() == f"Line 2: {reason}"
    # one word mapped, the rest left out: the summary of 59 rows left out fits too
    combos[0].setCurrentIndex(combos[0].findData("other"))
    combos[0].activated.emit(combos[0].currentIndex())
    assert dialog.import_button.text() == "&Import 1, leave out 59"
    start(dialog.apply())
    assert dialog.showing_summary() and area.contains(dialog.frameGeometry())
    assert dialog.left_out_model.rowCount() == 59 and dialog.close_button.isVisible()


HEADER_KK = ["Т.А.Ә.", "Ұйым", "Лауазымы", "Сектор", "Телефон", "Эл. пошта", "Келісім"]


def test_suggested_sectors_are_shown_and_can_be_changed_before_importing(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    dialog = open_file(qtbot, context, meeting.id, ru_roster(tmp_path))
    sector = dialog.reason_column - 1
    row = next(r for r, e in enumerate(dialog.preview.entries) if e.line == 11)  # ИП Белова
    assert dialog.model.index(row, sector).data() == "Business (suggested)"
    assert "The sector of 6 rows is suggested" in dialog.summary.text()

    def choose_ngo(editor: QDialog) -> None:
        (label,) = [w for w in editor.findChildren(QLabel) if w.text() == "Sector"]
        combo = label.buddy()
        assert isinstance(combo, QComboBox) and combo.currentText() == ""
        combo.setCurrentIndex(combo.findText("NGO / civil society"))
        editor.accept()

    when_a_row_opens(dialog, choose_ngo)
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    dialog.table.setFocus()
    press(qtbot, dialog.table, Qt.Key.Key_Return)
    assert dialog.model.index(row, sector).data() == "NGO / civil society"
    assert "The sector of 5 rows is suggested" in dialog.summary.text()
    start(dialog.apply())
    people = listed(database, meeting.id)
    assert (people["Белова Ирина"], people["Григорьев Павел"]) == ("ngo", "business")


def test_a_word_mapped_once_is_mapped_so_at_the_next_import(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, tmp_path: Path
) -> None:
    first, second = make_meeting(database, actor), make_meeting(database, actor, title="Екінші")
    dialog = open_file(qtbot, context, first.id, ru_roster(tmp_path))
    combo = dialog.sector_list.combo(RU_GUEST)
    press(qtbot, combo, Qt.Key.Key_C)  # «C…»: the first sector typed so is Citizen
    press(qtbot, combo, Qt.Key.Key_I)
    assert combo.currentData() == "citizen"
    start(dialog.apply())
    assert listed(database, first.id)["Ермекова Салтанат"] == "citizen"

    path = write_csv(
        tmp_path / "next.csv", [HEADER_KK, ["Новиков Пётр", "", "", "гость", "", "", ""]]
    )
    later = open_file(qtbot, context, second.id, path)
    (text,) = later.sector_list.lines
    _label, _count, combo, note = later.sector_list.lines[text]
    assert (combo.currentData(), note.text()) == ("citizen", "remembered from an earlier import")
    assert later.model.index(0, later.reason_column - 1).data() == "Citizen (remembered)"
    assert later.import_button.text() == "&Import all 1"


def test_a_proposals_file_ends_on_its_summary_and_saves_its_rows_left_out(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = make_meeting(database, actor)
    path = write_csv(
        tmp_path / "proposals.csv",
        [["Text", "Direction"], ["Ауыл мектептеріне жабдық", "D1"], ["=1+1", "D9"]],
    )
    dialog = open_file(qtbot, context, meeting.id, path, kind="proposals")
    start(dialog.apply())
    assert dialog.result_figures.text() == "Added: 1 · not imported: 1"
    target = tmp_path / "left out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.save_left_out()
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().decode("utf-8-sig").splitlines() == [
        "Text;Direction;Why not imported",
        "'=1+1;D9;Unknown direction 'D9': write D1 to D6 or the direction's name.",
    ]


def test_under_the_real_event_loop_a_quick_choice_and_import_wait_for_each_other(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path
) -> None:
    """A hurried hand chooses a sector and presses Import before the preview is decided again:
    the import waits for that, and the guests go in under the sector chosen."""
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    context = AppContext(database=database, data_dir=tmp_path, language="en")
    meeting = make_meeting(database, actor)
    dialog = ImportDialog(context, meeting.id, "roster", ru_roster(tmp_path))
    qtbot.addWidget(dialog)

    async def hurried() -> None:
        dialog.show()
        await dialog.begin()
        combo = dialog.sector_list.combo(RU_GUEST)
        combo.setCurrentIndex(combo.findData("citizen"))
        combo.activated.emit(combo.currentIndex())  # a review starts …
        dialog.import_button.click()  # … and Import is pressed at once
        dialog.import_button.click()  # twice, even
        for _ in range(500):
            if dialog.showing_summary():
                break
            await asyncio.sleep(0.02)

    try:
        loop.run_until_complete(hurried())
    finally:
        context.operations.shutdown()
        asyncio.set_event_loop(None)
        loop.close()
    assert dialog.showing_summary()
    assert dialog.report is not None and dialog.report.created == 27
    assert listed(database, meeting.id)["Шевченко Юлия"] == "citizen"
