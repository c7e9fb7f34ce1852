"""A whole round table driven through the window, as a facilitator runs it, in kk and in ru:
keys and clicks, and what the window shows checked against what the database holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services.imports import Action
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Meeting,
    Person,
    Proposal,
    Question,
)
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog
from khdesk.ui.i18n import install_language
from khdesk.ui.import_dialog import ImportDialog
from khdesk.ui.main_window import MainWindow
from khdesk.ui.participants_tab import WalkInDialog
from tests.factories import make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
#: A word of each language's interface that proves the translation is on screen.
TAB_WORDS = {"kk": "Қатысушылар", "ru": "Участники"}


@pytest.fixture(params=["kk", "ru"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path, language: str
) -> Iterator[MainWindow]:
    install_language(language)
    context = AppContext(database=database, data_dir=tmp_path, language=language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    yield window
    context.operations.shutdown()
    install_language("en")


def test_a_round_table_from_set_up_to_close(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    actor: Actor,
    tmp_path: Path,
    language: str,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = window.context
    known = make_person(database, actor, full_name="Қасымов Нұрлан Серікұлы", phone="87015550011")

    # set-up: Ctrl+N, the details typed, Enter saves and opens the new meeting
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(MeetingDialog)
    assert dialog is not None
    type_text(dialog.ui.titleEdit, "Дөңгелек үстел: қор проспектісі")
    type_text(dialog.ui.placeEdit, "Астана, Тәуелсіздік даңғылы, 8")
    type_text(dialog.ui.chairEdit, "Әлібек Сейітов")
    type_text(dialog.ui.secretaryEdit, "Гүлнар Үсенова")
    press(qtbot, dialog.ui.secretaryEdit, Qt.Key.Key_Return)
    settle(context)
    view = window.meeting_view
    assert view is not None and window.stack.currentWidget() is view
    assert "Дөңгелек үстел: қор проспектісі" in view.header.text()
    assert TAB_WORDS[language] in view.tabs.tabText(1)
    meeting_id = view.meeting_id

    # a roster with bad rows: previewed with reasons, fixed, imported whole or not at all
    roster = tmp_path / "тізім.csv"
    roster.write_text(
        "ФИО;Организация;Сектор;Телефон;Email;Согласие\n"
        "Оспанова Сәуле;ОФ «Мейірім»;НПО / гражданское общество;;;да\n"
        ";ТОО «Береке»;Бизнес;;;да\n"
        "Ким Ольга;Акимат;local_gov;;olga@;да\n"
        "Қасымов Нұрлан Серікұлы;;ngo;+7 701 555 00 11;;да\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(roster), ""))
    press(qtbot, view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = view.participants
    press(qtbot, tab, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut presses it as a click would: shown pressed, then released
    qtbot.waitUntil(lambda: tab.findChild(ImportDialog) is not None)
    importer = tab.findChild(ImportDialog)
    assert importer is not None
    qtbot.waitUntil(lambda: importer.preview is not None)
    settle(context)
    decisions = {entry.line: entry for entry in importer.preview.entries}
    assert decisions[2].action is Action.CREATE
    assert decisions[3].action is Action.REJECT and "name" in str(decisions[3].reason)
    assert decisions[4].action is Action.REJECT and "e-mail" in str(decisions[4].reason)
    assert decisions[5].action is Action.MATCH  # the known person, by phone
    with database.session() as session:
        assert session.exec(select(Attendance)).all() == []  # the preview wrote nothing
    importer.importer.correct(decisions[4], "email", "olga@example.kz")
    importer.option_inputs["present"].setChecked(True)
    importer.run_import()
    settle(context)
    assert importer.report is not None
    assert (importer.report.created, importer.report.matched) == (2, 1)
    assert [r.line for r in importer.report.rejected] == [3]
    assert tab.attendance_model.rowCount() == 3  # the list shows them without asking
    if importer.isVisible():  # its summary stays until it is closed
        press(qtbot, importer, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not importer.isVisible())

    # check-in: part of the name typed in the other alphabet, Enter checks in and says whom
    type_text(tab.search, "касымов")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert "Қасымов Н.С." in tab.message.text()
    # a name nobody has: Enter says so, and neither opens a dialog nor records anyone
    type_text(tab.search, "seit")
    settle(context)
    press(qtbot, tab.search, Qt.Key.Key_Return)
    settle(context)
    assert "seit" in tab.message.text() and tab.findChild(WalkInDialog) is None
    tab.search.clear()
    settle(context)
    # a walk-in who looks like someone known gets a warning first
    press(
        qtbot,
        tab,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: tab.findChild(WalkInDialog) is not None)
    walk_in = tab.findChild(WalkInDialog)
    assert walk_in is not None
    type_text(walk_in.name_edit, "КАСЫМОВ  Нурлан Серикулы")
    settle(context)
    assert not walk_in.use_button.isHidden()
    assert "Қасымов Нұрлан Серікұлы" in walk_in.warning.text()
    walk_in.name_edit.clear()
    type_text(walk_in.name_edit, "Бекболатова Ақмарал")
    walk_in.sector_combo.setCurrentIndex(walk_in.sector_combo.findData("ngo"))
    walk_in.consent_check.setChecked(True)
    type_text(walk_in.phone_edit, "+7 702 000 11 22")
    qtbot.mouseClick(walk_in.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert [row for row in range(tab.attendance_model.rowCount())
            if tab.attendance_model.row_values(row)[4]] != []  # fmt: skip
    assert tab.summary.text().endswith("4")  # four present

    # minutes for two items, with a vote
    answers = iter([("Қор проспектісі туралы", True), ("Әртүрлі мәселелер", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))
    press(qtbot, view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    minutes = view.minutes
    for heard, decided, votes in (
        ("Баяндама тыңдалды.", "Ұсыныстарды қолдау.", (2, 0, 0)),
        ("Сұрақтар талқыланды.", "Ақпаратты назарға алу.", (1, 0, 1)),
    ):
        items = minutes.agenda.count()
        press(qtbot, minutes, Qt.Key.Key_A, CONTROL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda n=items: minutes.agenda.count() == n + 1)
        settle(context)
        type_text(minutes.heard_edit, heard)
        type_text(minutes.decision_edit, decided)
        minutes.decision_edit.clearFocus()  # leaving the field saves it
        minutes.flush()
        settle(context)
        for spin, value in zip(minutes.votes.values(), votes, strict=True):
            spin.setFocus()
            spin.selectAll()
            type_text(spin, str(value))
            spin.clearFocus()
            spin.editingFinished.emit()
        settle(context)
    minutes.speaker_combo.setCurrentIndex(0)
    type_text(minutes.speech_edit, "Ауыл мектептерін жабдықтау керек.")
    press(qtbot, minutes.speech_edit, Qt.Key.Key_Return)
    settle(context)
    assert minutes.speeches_model.rowCount() == 1, minutes.error.text()

    # a proposal and a question
    press(qtbot, view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    proposals = view.proposals
    type_text(proposals.text_edit, "Ауылдық мектептерге компьютер сыныптарын беру.")
    proposals.direction_combo.setCurrentIndex(proposals.direction_combo.findData("D1"))
    proposals.section_combo.setCurrentIndex(proposals.section_combo.findData("D1.1"))
    proposals.author_combo.setCurrentIndex(0)
    press(qtbot, proposals.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: proposals.model_rows.rowCount() == 1)
    # a typo noticed afterwards: the proposal is corrected in place, not added twice
    proposals.table.selectRow(0)
    qtbot.mouseClick(proposals.edit_button, Qt.MouseButton.LeftButton)
    assert proposals.text_edit.toPlainText().startswith("Ауылдық мектептерге")
    proposals.text_edit.clear()
    type_text(proposals.text_edit, "Ауылдық мектептерге компьютер сыныптарын жеткізу.")
    press(qtbot, proposals.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "жеткізу" in str(proposals.model_rows.row_values(0)[3]))
    assert proposals.model_rows.rowCount() == 1
    press(qtbot, view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    questions = view.questions
    type_text(questions.question_edit, "Өтінімдер қашан қабылданады?")
    type_text(questions.addressee_edit, "Әлібек Сейітов")
    qtbot.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert questions.model_rows.rowCount() == 1

    # the scan of the signed sheet
    scan = tmp_path / "тіркеу-парағы.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    press(qtbot, view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view.attachments.add_files([scan])
    settle(context)
    assert view.attachments.list.count() == 1

    # close, then everything is read-only
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    press(qtbot, view, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert view.close_button.isEnabled()
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert view.banner.isVisibleTo(view)
    assert not tab.check_in_button.isEnabled()
    assert minutes.heard_edit.isReadOnly()
    assert not proposals.add_button.isEnabled()

    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        present = session.exec(
            select(Person.full_name)
            .join(Attendance, Attendance.person_id == Person.id)  # type: ignore[arg-type]
            .where(Attendance.meeting_id == meeting_id, Attendance.present == True)  # noqa: E712
        ).all()
        items = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
        decided = session.exec(select(Decision).where(Decision.meeting_id == meeting_id)).all()
        proposal = session.exec(select(Proposal).where(Proposal.meeting_id == meeting_id)).one()
        question = session.exec(select(Question).where(Question.meeting_id == meeting_id)).one()
        attachment = session.exec(
            select(Attachment).where(Attachment.meeting_id == meeting_id)
        ).one()
    assert meeting is not None and meeting.status == "closed"
    assert meeting.place == "Астана, Тәуелсіздік даңғылы, 8"
    assert sorted(present) == sorted(
        ["Бекболатова Ақмарал", "Ким Ольга", "Оспанова Сәуле", known.full_name]
    )
    with database.session() as session:
        assert session.exec(select(Person).where(Person.full_name == "seit")).all() == []
    assert sorted(i.heard or "" for i in items) == ["Баяндама тыңдалды.", "Сұрақтар талқыланды."]
    assert sorted((d.text, d.votes_for, d.votes_abstained) for d in decided) == [
        ("Ақпаратты назарға алу.", 1, 1),
        ("Ұсыныстарды қолдау.", 2, 0),
    ]
    assert (proposal.direction_code, proposal.section_code) == ("D1", "D1.1")
    assert proposal.text == "Ауылдық мектептерге компьютер сыныптарын жеткізу."
    assert proposal.version == 2
    assert proposal.author_name
    assert question.addressee == "Әлібек Сейітов"
    assert attachment.file_name == "тіркеу-парағы.png"
