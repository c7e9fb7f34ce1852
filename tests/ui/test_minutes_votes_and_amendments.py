"""The record a secretary signs, through the window: a vote beyond those present is refused at
the vote fields, the closing checklist catches one that stops fitting when someone is checked
out, and a closed meeting corrected in the minutes tab prints its amendments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.documents.protocol import write_protocol
from khdesk.services import meetings, minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Decision, Speech
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_view import MeetingView
from khdesk.ui.minutes_tab import MinutesTab
from tests.factories import make_meeting
from tests.services.voters import check_in_people
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
REFUSAL = "14 votes, but 11 people are present: correct the votes or check in those who voted."


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Opens a meeting's view at the size of a 1366x768 laptop's window."""
    opened: list[MeetingView] = []

    def open_view(meeting_id: str) -> MeetingView:
        shown = MeetingView(context, meeting_id)
        qtbot.addWidget(shown)
        shown.resize(1366, 700)
        shown.show()
        opened.append(shown)
        return shown

    yield open_view
    for shown in opened:
        shown.dispose()


def _type_vote(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    """Click into the field, type over its number, and leave it with Tab."""
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, CONTROL)
    qtbot.keyClicks(spin, str(value))
    press(qtbot, spin, Qt.Key.Key_Tab)


def _minutes(qtbot: QtBot, shown: MeetingView, context: AppContext, settle: Settle) -> MinutesTab:
    settle(context)
    press(qtbot, shown, Qt.Key.Key_3, CONTROL)
    tab = shown.minutes
    settle(context)
    return tab


def _decisions(database: Database) -> list[Decision]:
    with database.session() as session:
        return list(session.exec(select(Decision)).all())


def test_votes_beyond_those_present_are_refused_at_the_vote_fields(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle, view: Any
) -> None:
    meeting = make_meeting(database, actor)
    check_in_people(database, actor, meeting.id, 11)
    with database.transaction() as session:
        minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі туралы")
    shown = view(meeting.id)
    tab = _minutes(qtbot, shown, context, settle)
    assert tab.quorum.text() == "Present: 11"
    qtbot.mouseClick(tab.decision_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.decision_edit, "Ұсыныстарды қорға жіберу.")
    _type_vote(qtbot, tab.votes["for"], 10)
    assert not tab.votes_error.isVisible()
    # the fourth vote too many: refused as it is typed, at the vote fields, with both numbers
    qtbot.mouseClick(tab.votes["against"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.votes["against"], Qt.Key.Key_A, CONTROL)
    qtbot.keyClicks(tab.votes["against"], "3")
    assert tab.votes_error.isVisible()
    assert tab.votes_error.text() == "13 votes, but 11 people are present: " + (
        "correct the votes or check in those who voted."
    )
    press(qtbot, tab.votes["against"], Qt.Key.Key_Tab)
    _type_vote(qtbot, tab.votes["abstained"], 1)
    settle(context)
    assert tab.votes_error.text() == REFUSAL
    # the decision is kept, the vote that cannot be is not (and the numbers stay on screen)
    (decision,) = _decisions(database)
    assert decision.text == "Ұсыныстарды қорға жіберу."
    assert (decision.votes_for, decision.votes_against, decision.votes_abstained) == (
        None,
        None,
        None,
    )
    assert [spin.value() for spin in tab.votes.values()] == [10, 3, 1]
    assert shown.has_drafts()  # leaving now would lose the numbers typed: the window asks
    # corrected: the refusal goes, and the vote is saved
    _type_vote(qtbot, tab.votes["against"], 0)
    settle(context)
    assert not tab.votes_error.isVisible()
    (decision,) = _decisions(database)
    assert (decision.votes_for, decision.votes_against, decision.votes_abstained) == (10, 0, 1)
    assert not shown.has_drafts()


def test_the_vote_waits_for_those_who_voted_to_be_checked_in(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle, view: Any
) -> None:
    meeting = make_meeting(database, actor)
    check_in_people(database, actor, meeting.id, 2)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Әртүрлі")
        minutes.add_decision(session, actor, item.id, text="Назарға алу.")
    tab = _minutes(qtbot, view(meeting.id), context, settle)
    _type_vote(qtbot, tab.votes["for"], 3)
    settle(context)
    assert tab.votes_error.text().startswith("3 votes, but 2 people are present")
    context.operations.write(_check_in_a_latecomer, meeting.id)  # on the participants tab
    settle(context)
    assert not tab.votes_error.isVisible()
    (decision,) = _decisions(database)
    assert decision.votes_for == 3


def _check_in_a_latecomer(work: Any, meeting_id: str) -> None:
    person = participants.add_person(work.session, work.actor, full_name="Кешіккен Нұрлан")
    participants.check_in(work.session, work.actor, meeting_id, person.id)


def _uncheck(work: Any, attendance_id: str) -> None:
    participants.undo_check_in(work.session, work.actor, attendance_id)


def test_the_checklist_catches_a_vote_that_no_longer_fits_after_a_check_out(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle, view: Any
) -> None:
    meeting = make_meeting(database, actor)
    attendances = check_in_people(database, actor, meeting.id, 11)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        minutes.add_decision(session, actor, item.id, text="Қолдау.", votes_for=9, votes_against=2)
    shown = view(meeting.id)
    settle(context)
    press(qtbot, shown, Qt.Key.Key_7, CONTROL)
    assert shown.close_button.isEnabled()
    # one of the eleven is checked out (the participants tab's Undo): ten are present now
    context.operations.write(_uncheck, attendances[0])
    settle(context)
    text = shown.checklist.text()
    assert (
        "A vote that fits those present for decision 1 of item 1: 11 votes, but 10 people are "
        "present; correct the votes or check in those who voted"
    ) in text
    assert not shown.close_button.isEnabled()
    # the vote corrected in the minutes: the meeting can be closed
    tab = _minutes(qtbot, shown, context, settle)
    _type_vote(qtbot, tab.votes["for"], 8)
    settle(context)
    press(qtbot, shown, Qt.Key.Key_7, CONTROL)
    assert "votes" not in shown.checklist.text()
    assert shown.close_button.isEnabled()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_closed_meeting_corrected_in_the_minutes_prints_its_amendments(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    view: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    meeting = make_meeting(database, actor)
    check_in_people(database, actor, meeting.id, 11)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        minutes.add_speech(session, actor, item.id, speaker="Оспанов Серік", text="Қолдаймын.")
        minutes.add_decision(session, actor, item.id, text="Қолдау.", votes_for=11)
        meetings.close_meeting(session, actor, meeting.id)
    shown = view(meeting.id)
    settle(context)
    # Amend…, with the reason typed into the question
    qtbot.mouseClick(shown.amend_button, Qt.MouseButton.LeftButton)
    asked = shown.findChild(QInputDialog)
    assert asked is not None
    reason = asked.findChild(QLineEdit)
    assert reason is not None
    type_text(reason, "Дауыс санағанда қате кеткен")
    press(qtbot, reason, Qt.Key.Key_Return)
    settle(context)
    tab = _minutes(qtbot, shown, context, settle)
    assert not tab.votes["for"].isReadOnly() and tab.votes["for"].isEnabled()
    _type_vote(qtbot, tab.votes["for"], 10)
    _type_vote(qtbot, tab.votes["abstained"], 1)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *_args, **_kw: ("Қолдаймын, бірақ мерзімін ұзарту керек.", True),
    )
    tab.speeches.selectRow(0)
    qtbot.mouseClick(tab.correct_speech_button, Qt.MouseButton.LeftButton)
    settle(context)
    with database.session() as session:
        speech = session.exec(select(Speech)).one()
        assert speech.text == "Қолдаймын, бірақ мерзімін ұзарту керек."
        write_protocol(session, meeting.id, language, tmp_path / "p.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages).split())
    expected = {
        "kk": [
            "Отырыс жабылғаннан кейін енгізілген өзгерістер",
            "Себебі: Дауыс санағанда қате кеткен",
            "1-мәселенің 1-шешімі: «Жақтап» дауыс: бұрын 11, қазір 10; "
            "Қалыс қалғандар: бұрын 0, қазір 1",
            "1-мәселе бойынша сөз (Оспанов Серік): Сөз мәтіні: бұрын «Қолдаймын.», "
            "қазір «Қолдаймын, бірақ мерзімін ұзарту керек.»",
        ],
        "ru": [
            "Изменения, внесённые после закрытия заседания",
            "Причина: Дауыс санағанда қате кеткен",
            "Решение 1 по пункту 1: Голосов «за»: было 11, стало 10; Воздержались: было 0, стало 1",
            "Выступление по пункту 1 (Оспанов Серік): Текст выступления: было «Қолдаймын.», "
            "стало «Қолдаймын, бірақ мерзімін ұзарту керек.»",
        ],
    }[language]
    start = text.index(expected[0])
    for words in expected:
        assert words in text, text[start:]
    assert f"{actor.name}" in text


def test_typed_text_shows_whether_it_is_saved(
    qtbot: QtBot, context: AppContext, database: Database, actor: Actor, settle: Settle, view: Any
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
    tab = _minutes(qtbot, view(meeting.id), context, settle)
    assert tab.heard_saved.text() == ""  # nothing typed yet: nothing to say
    qtbot.mouseClick(tab.heard_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.heard_edit, "Баяндама тыңдалды.")
    assert tab.heard_saved.text() == "Saving…"
    # a moment after typing stops, the text is saved by itself
    qtbot.waitUntil(lambda: tab.heard_saved.text().startswith("Saved "), timeout=10_000)
    assert tab.heard_saved.text()[len("Saved ") :].count(":") == 1  # Saved 10:42
    with database.session() as session:
        assert minutes.agenda(session, meeting.id)[0].heard == "Баяндама тыңдалды."
    qtbot.mouseClick(tab.decision_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.decision_edit, "Ақпаратты назарға алу.")
    assert tab.decision_saved.text() == "Saving…"
    qtbot.mouseClick(tab.votes["for"], Qt.MouseButton.LeftButton)  # leaving it saves it at once
    settle(context)
    assert tab.decision_saved.text().startswith("Saved ")
    assert [d.text for d in _decisions(database)] == ["Ақпаратты назарға алу."]
    # the item is removed meanwhile (by another window): the next save is refused, and says so
    with database.transaction() as session:
        minutes.delete_agenda_item(session, actor, item.id)
    qtbot.mouseClick(tab.heard_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.heard_edit, " Ұсыныстар жиналды.")
    qtbot.mouseClick(tab.votes["for"], Qt.MouseButton.LeftButton)
    settle(context)
    assert tab.heard_saved.text() == "Not saved"
    assert tab.heard_saved.toolTip().startswith("The last save was refused")
    assert tab.error.text().startswith("No agenda item with id")
    assert tab.heard_edit.toPlainText() == "Баяндама тыңдалды. Ұсыныстар жиналды."
    assert tab.decision_saved.text().startswith("Saved ")  # the decision's text is safe


@pytest.mark.parametrize(
    ("language", "lacking"),
    [
        ("kk", ["күн тәртібінің кемінде бір мәселесі", "кемінде бір шешім"]),
        ("ru", ["хотя бы один вопрос повестки дня", "хотя бы одно решение"]),
    ],
)
def test_the_checklist_names_what_is_missing_in_the_interface_language(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    view: Any,
    language: str,
    lacking: list[str],
) -> None:
    from khdesk.ui.i18n import install_language

    install_language(language)
    try:
        meeting = make_meeting(database, actor)  # chair and secretary, no agenda item yet
        shown = view(meeting.id)
        settle(context)
        press(qtbot, shown, Qt.Key.Key_7, CONTROL)
        text = shown.checklist.text().lower()
        for phrase in lacking:
            assert phrase in text
        assert "agenda item" not in text and "decision" not in text
        assert not shown.close_button.isEnabled()
    finally:
        install_language("en")
