"""A whole meeting run in the window, then a bug: nothing typed is lost, and neither the crash
report nor the log holds a name, a phone or an e-mail of anyone in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk import reports
from khdesk.paths import DataFolder
from khdesk.services import minutes
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import AgendaItem, Attendance, Decision, Proposal
from khdesk.ui import crash, widgets
from khdesk.ui.context import AppContext
from khdesk.ui.main_window import MainWindow
from tests.factories import make_meeting, make_person
from tests.ui.typing import type_text

#: who comes to the meeting: full name, phone and e-mail as the roster gives them
PEOPLE = [
    ("Жұмабекова Іңкәр Серікқызы", "+7 701 234 56 78", "inkar.zhumabekova@mail.kz"),
    ("Әбдірахманов Нұрлан Қайратұлы", "8 (702) 555-01-23", "n.abdirakhmanov@akimat.gov.kz"),
    ("Оспанова Сәуле Ержанқызы", "87015550011", "saule.ospanova@meirim.kz"),
]
CHAIR, SECRETARY = "Сейітов Әлібек Бауыржанұлы", "Үсенова Гүлнар Төлеуқызы"
FACILITATOR = "Әйгерім Қасымова"  # the `actor` fixture
HEARD = "Жұмабекова Іңкәр қордың проспектісін таныстырды."
DECIDED = "Ұсыныстарды қолдау, Оспанова Сәуле жауапты."
PROPOSAL = "Ауылдық мектептерге компьютер сыныптарын беру."
SPEECH = "Ауыл мектептері туралы айтты."


def personal_values() -> list[str]:
    """Every spelling of a person's data that must not reach the report or the log."""
    values: list[str] = []
    for name in (*(person[0] for person in PEOPLE), CHAIR, SECRETARY, FACILITATOR):
        values += name.split()
    for _name, phone, email in PEOPLE:
        digits = "".join(ch for ch in phone if ch.isdigit())
        values += [phone, digits, digits[-7:], email, email.split("@")[0]]
    # what was typed is the meeting's, not the developers': it stays out of the report too
    values += [HEARD, DECIDED, PROPOSAL, SPEECH, *PROPOSAL.split()]
    return values


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = reports.configure_logging(tmp_path / "log")
    assert path is not None
    yield path
    reports.stop_logging()


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    actor: Actor,
    db_path: Path,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """The window as start-up makes it: the crash path installed before it shows."""
    # autosave only when the crash path asks: the test proves the crash path saved the text
    monkeypatch.setattr(widgets, "AUTOSAVE_MS", 3_600_000)
    monkeypatch.setattr(widgets, "AUTOSAVE_MAX_S", 3_600.0)
    # closing the window at the end never waits for a person to answer a question
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    folder = DataFolder(db_path.parent)
    crash.install(folder.crash_reports, quit=lambda: None)
    context = AppContext(database=database, data_dir=folder.root, language="kk")
    made = MainWindow(context)
    qtbot.addWidget(made)
    crash.set_window(made)
    made.show()
    yield made
    crash.uninstall()
    operations = getattr(context, "ops", None)  # the window's writer, where there is one
    if operations is not None:
        operations.shutdown()


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's reads and writes have all come back (where they run apart)."""
    operations = getattr(window.context, "ops", None)
    if operations is None:
        return
    # a result may ask for the next read: stop once nothing is running or arriving
    for _ in range(20):
        qtbot.waitUntil(operations.idle, timeout=15_000)
        QCoreApplication.processEvents()
        if operations.idle():
            return


def _found(model: QAbstractItemModel) -> list[str]:
    """The names the check-in search shows."""
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _present(database: Database, meeting_id: str) -> int:
    with database.session() as session:
        rows = session.exec(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id,
                Attendance.present == True,  # noqa: E712
            )
        ).all()
    return len(rows)


def _minutes(database: Database, meeting_id: str) -> tuple[list[str], list[str]]:
    with database.session() as session:
        heard = session.exec(
            select(AgendaItem.heard).where(AgendaItem.meeting_id == meeting_id)
        ).all()
        decided = session.exec(select(Decision.text).where(Decision.meeting_id == meeting_id)).all()
    return [text or "" for text in heard], list(decided)


def test_a_crash_during_a_meeting_keeps_the_minutes_and_tells_nobody_s_name(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    actor: Actor,
    db_path: Path,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, phone, email in PEOPLE:
        make_person(database, actor, full_name=name, phone=phone, email=email)
    meeting = make_meeting(database, actor, chair=CHAIR, secretary=SECRETARY)

    # the facilitator opens the meeting from the list
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    window.open_selected()
    view = window.meeting_view
    assert view is not None

    # everyone checks in: a surname typed, Enter
    view.tabs.setCurrentIndex(1)
    participants = view.participants
    for count, (name, _phone, _email) in enumerate(PEOPLE, start=1):
        type_text(participants.search, name.split()[0])
        qtbot.waitUntil(lambda n=name: _found(participants.results_model) == [n])
        qtbot.keyClick(participants.search, Qt.Key.Key_Return)
        # checked in, and the search field empty again for the next one
        qtbot.waitUntil(
            lambda n=count: _present(database, meeting.id) == n and not participants.search.text()
        )

    # a proposal with its author
    view.tabs.setCurrentIndex(3)
    proposals = view.proposals
    qtbot.waitUntil(lambda: proposals.author_combo.count() == len(PEOPLE))
    type_text(proposals.text_edit, PROPOSAL)
    proposals.author_combo.setCurrentIndex(0)
    proposals.direction_combo.setCurrentIndex(proposals.direction_combo.findData("D1"))
    proposals.add_button.click()

    def proposal_saved() -> bool:
        with database.session() as session:
            return session.exec(select(Proposal.text)).all() == [PROPOSAL]

    qtbot.waitUntil(proposal_saved)

    # the minutes of an item, typed and not yet saved
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Қор проспектісі", True))
    view.tabs.setCurrentIndex(2)
    tab = view.minutes
    tab.add_item_button.click()
    qtbot.waitUntil(lambda: tab.item_id is not None and not tab.heard_edit.isReadOnly())
    type_text(tab.heard_edit, HEARD)
    type_text(tab.decision_edit, DECIDED)
    assert tab.savers["heard"].pending() and tab.savers["decision"].pending()
    assert _minutes(database, meeting.id) == ([""], [])

    # then a bug, in the slot that adds a speaker, with a person's data in its message
    name, phone, email = PEOPLE[0]

    def refuse_the_speaker(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"speaker {name} ({phone}, {email}) already spoke")

    monkeypatch.setattr(minutes, "add_speech", refuse_the_speaker)
    qtbot.waitUntil(lambda: tab.speaker_combo.count() == len(PEOPLE))
    tab.speaker_combo.setCurrentIndex(0)
    tab.speech_edit.setText(SPEECH)
    tab.add_speech_button.click()

    # the dialog says so, over the window, and what was typed is in the database
    handler = crash.installed()
    assert handler is not None
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert dialog is not None and dialog.parent() is window
    qtbot.waitUntil(lambda: _minutes(database, meeting.id) == ([HEARD], [DECIDED]))
    assert not tab.savers["heard"].pending()

    (report,) = (db_path.parent / "crash-reports").iterdir()
    assert dialog.path_edit.text() == str(report)
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: speaker" in text and "in refuse_the_speaker" in text
    logged = log_file.read_text(encoding="utf-8")
    assert "internal error" in logged and "in refuse_the_speaker" in logged
    for value in personal_values():
        assert value.lower() not in text.lower(), f"{value!r} is in the crash report"
        assert value.lower() not in logged.lower(), f"{value!r} is in the log"

    # going on working: the dialog goes, the window stays as it was
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: handler.dialog is None)
    assert window.isVisible() and window.meeting_view is view
    _settle(qtbot, window)
    assert tab.heard_edit.toPlainText() == HEARD
    # the speech that was being added is still in its field, to add again
    assert tab.speech_edit.text() == SPEECH
