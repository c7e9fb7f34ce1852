"""The People page as a facilitator corrects the list: a person opened by Enter and edited, two
records of one person merged through the dialog, one added by mistake removed; each checked in
a fresh session afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attendance, Person
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.person_dialog import MergeDialog, PersonDialog
from khdesk.ui.persons_page import PersonsPage
from tests.factories import make_meeting, make_person
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settle: Settle) -> Iterator[PersonsPage]:
    made = PersonsPage(context)
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    settle(context)
    yield made


def _live(database: Database) -> list[Person]:
    with database.session() as session:
        query = select(Person).where(Person.deleted == False).order_by(Person.name_key)  # noqa: E712
        return list(session.exec(query).all())


def _row_of(page: PersonsPage, name: str) -> int:
    rows = [r for r in range(page.model.rowCount()) if page.model.row_values(r)[1] == name]
    assert rows, name
    return rows[0]


def _dialog(qtbot: QtBot, page: PersonsPage, kind: type) -> object:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)))
    return next(d for d in page.findChildren(kind) if d.isVisible())


def test_a_person_opened_by_enter_is_corrected(
    qtbot: QtBot,
    page: PersonsPage,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
) -> None:
    person = make_person(database, actor, full_name="Жумабекова Инкар", organisation="ОФ Мейрим")
    page.refresh()
    settle(context)
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page, PersonDialog)
    assert isinstance(dialog, PersonDialog)
    settle(context)
    assert dialog.name_edit.text() == "Жумабекова Инкар"
    assert "Жумабекова Инкар" in dialog.windowTitle()
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Жұмабекова Іңкәр Серікқызы")
    dialog.organisation_edit.selectAll()
    type_text(dialog.organisation_edit, "ОФ «Мейірім»")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(context)
    (stored,) = _live(database)
    assert (stored.id, stored.full_name, stored.organisation, stored.version) == (
        person.id, "Жұмабекова Іңкәр Серікқызы", "ОФ «Мейірім»", 2,
    )  # fmt: skip
    assert page.model.row_values(0)[1] == "Жұмабекова Іңкәр Серікқызы"  # the list follows


def test_two_records_of_one_person_are_merged_through_the_dialog(
    qtbot: QtBot,
    page: PersonsPage,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    yes: list[str],
) -> None:
    full = make_person(database, actor)  # Жұмабекова Іңкәр Серікқызы, consent, phone
    short = make_person(
        database, actor, full_name="ЖҰМАБЕКОВА Инкар", organisation=None, phone=None,
        email=None, consent=False,
    )  # fmt: skip
    make_person(database, actor, full_name="Оспанов Серік", phone=None, email=None)
    first, second = make_meeting(database, actor), make_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, first.id, short.id)
        participants.check_in(session, actor, second.id, full.id)
    page.refresh()
    settle(context)

    page.table.setFocus()
    page.table.selectRow(_row_of(page, "ЖҰМАБЕКОВА Инкар"))
    press(qtbot, page.table, Qt.Key.Key_M, CONTROL)
    dialog = _dialog(qtbot, page, MergeDialog)
    assert isinstance(dialog, MergeDialog)
    settle(context)
    # the name is searched at once: the other record is found and shown beside this one
    assert dialog.find_edit.text() == "ЖҰМАБЕКОВА Инкар"
    assert dialog.found.count() == 1 and dialog.pair is not None
    # the fuller record is offered for keeping, with its name
    kept = dialog.keep_side()
    assert dialog.pair[kept].person.id == full.id
    assert dialog.field_buttons["full_name"][kept].isChecked()
    assert "«ЖҰМАБЕКОВА Инкар» is merged into «Жұмабекова Іңкәр Серікқызы»" in (
        dialog.summary.text()
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(context)
    assert "Merge «ЖҰМАБЕКОВА Инкар» into «Жұмабекова Іңкәр Серікқызы»?" in yes[0]

    assert [p.full_name for p in _live(database)] == [
        "Жұмабекова Іңкәр Серікқызы", "Оспанов Серік",
    ]  # fmt: skip
    with database.session() as session:
        attended = session.exec(
            select(Attendance.meeting_id).where(
                Attendance.person_id == full.id,
                Attendance.deleted == False,  # noqa: E712
            )
        ).all()
        tombstone = session.get(Person, short.id)
    assert sorted(attended) == sorted([first.id, second.id])
    assert tombstone is not None and tombstone.merged_into_id == full.id
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_two_selected_rows_are_merged_with_each_other_taking_a_detail_of_each(
    qtbot: QtBot,
    page: PersonsPage,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    yes: list[str],
) -> None:
    make_person(database, actor, full_name="Ким Ольга", organisation=None, position="Директор",
                phone=None, email=None, consent=False)  # fmt: skip
    make_person(database, actor, full_name="Ким Ольга Викторовна", organisation="Акимат",
                position=None)  # fmt: skip
    page.refresh()
    settle(context)
    selection = page.table.selectionModel()
    for row in range(2):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.table.setFocus()
    press(qtbot, page.table, Qt.Key.Key_M, CONTROL)
    dialog = _dialog(qtbot, page, MergeDialog)
    assert isinstance(dialog, MergeDialog)
    settle(context)
    assert dialog.find_edit.isHidden()  # both are chosen already
    assert dialog.pair is not None
    kept = dialog.keep_side()
    assert dialog.pair[kept].person.full_name == "Ким Ольга Викторовна"
    # the kept record has no position: the other's is offered
    assert dialog.field_buttons["position"][1 - kept].isChecked()
    qtbot.mouseClick(dialog.field_buttons["full_name"][1 - kept], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(context)
    (stored,) = _live(database)
    assert (stored.full_name, stored.organisation, stored.position, stored.consent) == (
        "Ким Ольга", "Акимат", "Директор", True,
    )  # fmt: skip


def test_a_person_added_by_mistake_is_removed_and_an_author_is_not(
    qtbot: QtBot,
    page: PersonsPage,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    yes: list[str],
    no_waiting_message_boxes: list[str],
) -> None:
    author = make_person(database, actor, full_name="Оспанов Серік")
    mistake = make_person(database, actor, full_name="seit", consent=False)
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, mistake.id)
        proposals.add_proposal(
            session, actor, meeting.id, text="Ұсыныс", direction="D2", author_person_id=author.id
        )
    page.refresh()
    settle(context)
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "Оспанов Серік"))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    settle(context)
    assert any("cannot be removed" in text for text in no_waiting_message_boxes)
    assert yes == []  # not even asked
    page.table.selectRow(_row_of(page, "seit"))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    settle(context)
    assert "Remove seit from the people known here?" in yes[0]
    assert [p.full_name for p in _live(database)] == ["Оспанов Серік"]
    with database.session() as session:
        attendance = session.exec(
            select(Attendance).where(Attendance.person_id == mistake.id)
        ).one()
    assert attendance.deleted


@pytest.mark.parametrize(("language", "count"), [("ru", "1\u00a0001"), ("kk", "1\u00a0001")])
def test_the_count_and_the_columns_read_well(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    settle: Settle,
    language: str,
    count: str,
) -> None:
    with database.transaction() as session:
        for index in range(1001):
            participants.add_person(session, actor, full_name=f"Қатысушы {index:04d}")
    install_language(language)
    context.language = language
    page = PersonsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(context)
    assert count in page.total.text() and "," not in page.total.text()
    header = page.table.horizontalHeader()
    long_name = page.table.fontMetrics().horizontalAdvance("Жұмабекова Іңкәр Серікқызы")
    assert header.sectionSize(0) > long_name  # a long name is not cut
    assert header.sectionSize(6) < 120  # the consent mark beside the contacts, not far away
    assert sum(header.sectionSize(c) for c in range(7)) <= page.table.viewport().width()
    QApplication.processEvents()


def test_a_persons_record_is_saved_where_the_facilitator_chooses(
    qtbot: QtBot,
    context: AppContext,
    actor: Actor,
    page: PersonsPage,
    settle: Settle,
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
    no_waiting_message_boxes: list[str],
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    make_person(context.db, actor, full_name="Серікова Дана", phone=None, email=None)
    make_person(context.db, actor, full_name="Адамов Қанат", phone=None, email=None)
    page.refresh()
    settle(context)
    target = Path(str(tmp_path)) / "record.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    page.table.selectRow(_row_of(page, "Серікова Дана"))
    page.record_button.click()
    settle(context)
    written = target.read_text(encoding="utf-8")
    assert "Серікова Дана" in written and "Адамов" not in written
    assert "Meetings registered for and attended" in written  # the interface's language
    assert any(str(target) in text for text in no_waiting_message_boxes)


def test_consent_withdrawn_and_a_person_erased_from_the_page_after_a_question(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    actor: Actor,
    page: PersonsPage,
    settle: Settle,
    yes: list[str],
    no_waiting_message_boxes: list[str],
) -> None:
    from khdesk.domain.names import pseudonym

    withdrawn = make_person(database, actor, full_name="Серікова Дана")
    erased = make_person(database, actor, full_name="Адамов Қанат", phone="8 777 000 11 22")
    page.refresh()
    settle(context)
    page.table.selectRow(_row_of(page, "Серікова Дана"))
    page.withdraw_action.trigger()
    settle(context)
    assert "Серікова Дана withdrew their consent?" in yes[0]
    assert any("Consent withdrawn" in text for text in no_waiting_message_boxes)
    page.table.selectRow(_row_of(page, "Адамов Қанат"))
    page.erase_action.trigger()
    settle(context)
    assert "Erase Адамов Қанат?" in yes[1]
    settle(context)
    shown = {page.model.row_values(r)[1]: page.model.row_values(r) for r in range(2)}
    assert shown["Серікова Дана"][5:7] == (None, None)  # no phone, no e-mail
    assert pseudonym(erased.id) in shown and "Адамов Қанат" not in shown
    with database.session() as session:
        stored = session.get(Person, withdrawn.id)
        assert stored is not None and (stored.phone, stored.consent) == (None, False)
