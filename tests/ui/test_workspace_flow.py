"""A whole round table driven through the window, as a facilitator runs it, in kk and in ru."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
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
from khdesk.ui.tasks import start
from tests.factories import make_person
from tests.ui.typing import type_text

#: A word of each language's interface that proves the translation is on screen.
TAB_WORDS = {"kk": "Қатысушылар", "ru": "Участники"}


@pytest.fixture(params=["kk", "ru"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path, language: str
) -> MainWindow:
    install_language(language)
    context = AppContext(database=database, data_dir=tmp_path, language=language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    yield window
    install_language("en")


def test_a_round_table_from_set_up_to_close(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    actor: Actor,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = window.context
    known = make_person(database, actor, full_name="Қасымов Нұрлан Серікұлы", phone="87015550011")

    # set-up: a new meeting through its dialog
    dialog = MeetingDialog(context, parent=window)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Дөңгелек үстел: қор проспектісі")
    dialog.ui.placeEdit.setText("Астана, Тәуелсіздік даңғылы, 8")
    dialog.ui.chairEdit.setText("Әлібек Сейітов")
    dialog.ui.secretaryEdit.setText("Гүлнар Үсенова")
    dialog.accept()
    assert dialog.meeting is not None
    window.refresh()
    window.table.selectRow(0)
    window.open_selected()
    view = window.meeting_view
    assert view is not None
    assert TAB_WORDS[language] in view.tabs.tabText(1)

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
    importer = ImportDialog(context, dialog.meeting.id, "roster", roster, window)
    qtbot.addWidget(importer)
    start(importer.load())
    decisions = {entry.line: entry for entry in importer.preview.entries}
    assert decisions[2].action is Action.CREATE
    assert decisions[3].action is Action.REJECT and "name" in str(decisions[3].reason)
    assert decisions[4].action is Action.REJECT and "e-mail" in str(decisions[4].reason)
    assert decisions[5].action is Action.MATCH  # the known person, by phone
    assert "2" in importer.summary.text()
    with database.session() as session:
        assert session.exec(select(Attendance)).all() == []  # the preview wrote nothing
    decisions[4].row.set("email", "olga@example.kz")
    start(importer.review())
    importer.option_inputs["present"].setChecked(True)
    start(importer.apply())
    assert importer.report is not None
    assert (importer.report.created, importer.report.matched) == (2, 1)
    assert [r.line for r in importer.report.rejected] == [3]

    # check-in: type part of the name in the other alphabet, Enter checks in
    view.tabs.setCurrentIndex(1)
    tab = view.participants
    type_text(tab.search, "касымов")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    # a walk-in who looks like someone known gets a warning first
    walk_in = WalkInDialog(context, "КАСЫМОВ  Нурлан Серикулы")
    qtbot.addWidget(walk_in)
    walk_in._check_similar()
    assert not walk_in.use_button.isHidden()
    assert "Қасымов Нұрлан Серікұлы" in walk_in.warning.text()
    walk_in.name_edit.setText("Бекболатова Ақмарал")
    walk_in.sector_combo.setCurrentIndex(walk_in.sector_combo.findData("ngo"))
    walk_in.consent_check.setChecked(True)
    walk_in.phone_edit.setText("+7 702 000 11 22")
    walk_in.accept()
    assert walk_in.person_id is not None
    tab._check_in(walk_in.person_id)

    # minutes for two items, with a vote
    answers = iter([("Қор проспектісі туралы", True), ("Әртүрлі мәселелер", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))
    view.tabs.setCurrentIndex(2)
    minutes = view.minutes
    for heard, decided, votes in (
        ("Баяндама тыңдалды.", "Ұсыныстарды қолдау.", (2, 0, 0)),
        ("Сұрақтар талқыланды.", "Ақпаратты назарға алу.", (1, 0, 1)),
    ):
        minutes.add_item()
        type_text(minutes.heard_edit, heard)
        type_text(minutes.decision_edit, decided)
        minutes.flush()
        for spin, value in zip(minutes.votes.values(), votes, strict=True):
            spin.setValue(value)
        minutes._save_votes()
    minutes.speaker_combo.setCurrentIndex(0)
    minutes.speech_edit.setText("Ауыл мектептерін жабдықтау керек.")
    minutes.add_speech()

    # a proposal and a question
    view.tabs.setCurrentIndex(3)
    proposals = view.proposals
    proposals.text_edit.setPlainText("Ауылдық мектептерге компьютер сыныптарын беру.")
    proposals.direction_combo.setCurrentIndex(proposals.direction_combo.findData("D1"))
    proposals.section_combo.setCurrentIndex(proposals.section_combo.findData("D1.1"))
    proposals.author_combo.setCurrentIndex(0)
    proposals.add()
    # a typo noticed afterwards: the proposal is corrected in place, not added twice
    proposals.table.selectRow(0)
    proposals.edit_selected()
    assert proposals.text_edit.toPlainText().startswith("Ауылдық мектептерге")
    proposals.text_edit.setPlainText("Ауылдық мектептерге компьютер сыныптарын жеткізу.")
    proposals.add()
    assert proposals.model.rowCount() == 1
    view.tabs.setCurrentIndex(4)
    view.questions.question_edit.setPlainText("Өтінімдер қашан қабылданады?")
    view.questions.addressee_edit.setText("Әлібек Сейітов")
    view.questions.add()

    # the scan of the signed sheet
    scan = tmp_path / "тіркеу-парағы.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    start(view.attachments.add_files([scan]))
    assert view.attachments.list.count() == 1

    # close, then everything is read-only
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    view.tabs.setCurrentIndex(6)
    view.close_meeting()
    assert view.banner.isVisibleTo(view)
    assert not tab.check_in_button.isEnabled()
    assert minutes.heard_edit.isReadOnly()
    assert not proposals.add_button.isEnabled()

    meeting_id = dialog.meeting.id
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        present = session.exec(
            select(Person.full_name)
            .join(Attendance, Attendance.person_id == Person.id)  # type: ignore[arg-type]
            .where(Attendance.meeting_id == meeting_id, Attendance.present == True)  # noqa: E712
        ).all()
        items = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
        decisions = session.exec(select(Decision).where(Decision.meeting_id == meeting_id)).all()
        proposal = session.exec(select(Proposal).where(Proposal.meeting_id == meeting_id)).one()
        question = session.exec(select(Question).where(Question.meeting_id == meeting_id)).one()
        attachment = session.exec(
            select(Attachment).where(Attachment.meeting_id == meeting_id)
        ).one()
    assert meeting is not None and meeting.status == "closed"
    assert sorted(present) == sorted(
        ["Бекболатова Ақмарал", "Ким Ольга", "Оспанова Сәуле", known.full_name]
    )
    assert sorted(i.heard or "" for i in items) == ["Баяндама тыңдалды.", "Сұрақтар талқыланды."]
    assert sorted((d.text, d.votes_for, d.votes_abstained) for d in decisions) == [
        ("Ақпаратты назарға алу.", 1, 1),
        ("Ұсыныстарды қолдау.", 2, 0),
    ]
    assert (proposal.direction_code, proposal.section_code) == ("D1", "D1.1")
    assert proposal.text == "Ауылдық мектептерге компьютер сыныптарын жеткізу."
    assert proposal.version == 2
    assert proposal.author_name
    assert question.addressee == "Әлібек Сейітов"
    assert attachment.file_name == "тіркеу-парағы.png"
