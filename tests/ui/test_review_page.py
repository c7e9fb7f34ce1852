"""The proposals page at headquarters, driven by keys as an analyst triages: filter, accept with
a section, decline with an answer template, merge, a bulk move of a selection with its preview,
undo, the history in the detail pane, and the one sentence of a refusal."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from khdesk.services import meetings, proposals, review
from khdesk.services.installation import set_meta
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.help import collect_shortcuts
from khdesk.ui.hq.review_dialogs import (
    AnswerDialog,
    MergeDialog,
    PreviewDialog,
    SectionDialog,
)
from khdesk.ui.hq.review_page import ProposalsPage
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

ASTANA = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау",
    "Қазақстан бойынша еріктілер желісін құру",
    "Аудандық ауруханаларға жедел жәрдем көліктері",
    "Жастарға арналған гранттар туралы ақпарат",
)
ALMATY = ("Гранты для молодёжных организаций Казахстана", "Волонтёрская сеть в сёлах")


@pytest.fixture
def hq(network: tuple[Site, Site, Site], tmp_path: Path) -> Iterator[Site]:
    """Headquarters holding Astana's four proposals (direction D2) and Almaty's two (D3)."""
    hq, astana, almaty = network
    for site, texts, direction in ((astana, ASTANA, "D2"), (almaty, ALMATY, "D3")):
        with site.database.transaction() as session:
            meeting = meetings.create_meeting(
                session, site.actor, kind="round-table", date="2026-10-01", title="Round table"
            )
            for index, words in enumerate(texts):
                proposals.add_proposal(
                    session, site.actor, meeting.id, text=words, direction=direction,
                    author_name=f"Автор {index}",
                )  # fmt: skip
        import_into(hq, export(site, tmp_path / f"{direction}.khb"))
    with hq.database.transaction() as session:
        set_meta(session, "user_name", "Дана Серікова")
        review.add_answer_template(
            session, status="declined", en="Outside the foundation's directions."
        )
    yield Site(hq.database, hq.folder, Actor(hq.actor.device_id, "Дана Серікова"))


@pytest.fixture
def page(qtbot: QtBot, hq: Site, tmp_path: Path, settle: Settle) -> Iterator[ProposalsPage]:
    context = AppContext(database=hq.database, data_dir=tmp_path, language="en")
    shown = ProposalsPage(context)
    qtbot.addWidget(shown)
    shown.resize(1366, 720)
    shown.show()
    shown.activate()
    settle(context)
    shown.table.setFocus()
    yield shown
    context.operations.shutdown()


def key(qtbot: QtBot, page: ProposalsPage, name: str, modifiers: object = None) -> None:
    """A triage key pressed in the list, then the page's reads and writes waited for."""
    press(qtbot, page.table, getattr(Qt.Key, f"Key_{name}"), modifiers)
    wait(qtbot, page)


def wait(qtbot: QtBot, page: ProposalsPage) -> None:
    for _ in range(5):
        qtbot.waitUntil(page.context.operations.idle, timeout=15_000)
        QApplication.processEvents()


def texts(page: ProposalsPage) -> list[str]:
    return [row.text for row in page.model.rows]


def current(page: ProposalsPage) -> object:
    return page.current_row()


def status_of(hq: Site, text_start: str) -> dict[str, object]:
    with hq.database.session() as session:
        row = next(r for r in review.list_proposals(session) if r.text.startswith(text_start))
        return {
            "status": row.status.value,
            "section": row.accepted_section_code,
            "into": row.duplicate_of_id,
            "reviewer": row.reviewer,
        }


def go_to(qtbot: QtBot, page: ProposalsPage, text_start: str) -> None:
    """Move with j and k to the row whose text starts with ``text_start``."""
    wanted = next(i for i, t in enumerate(texts(page)) if t.startswith(text_start))
    while page.table.currentIndex().row() != wanted:
        key(qtbot, page, "J" if page.table.currentIndex().row() < wanted else "K")


def dialog_of(qtbot: QtBot, page: ProposalsPage, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind), timeout=10_000)
    return page.dialog


def test_the_list_filters_searches_in_either_spelling_and_sorts(
    qtbot: QtBot, page: ProposalsPage
) -> None:
    assert len(page.model.rows) == 6
    qtbot.waitUntil(lambda: page.total.text() == "6 proposals")
    page.direction.setCurrentIndex(page.direction.findData("D3"))
    wait(qtbot, page)
    assert sorted(texts(page)) == sorted(ALMATY)
    page.direction.setCurrentIndex(0)
    page.search.setFocus()
    type_text(page.search, "казахстан")  # Russian spelling: finds «Қазақстан» and «Казахстана»
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)
    assert {t.split()[0] for t in texts(page)} == {"Қазақстан", "Гранты"}
    page.search.clear()
    wait(qtbot, page)
    page.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)  # text
    wait(qtbot, page)
    assert texts(page) == sorted(ASTANA + ALMATY, reverse=True)


def test_accept_with_a_section_keeps_the_list_and_shows_the_history(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    go_to(qtbot, page, "Жастарға")
    position = page.table.currentIndex().row()
    key(qtbot, page, "A")
    dialog = dialog_of(qtbot, page, SectionDialog)
    assert isinstance(dialog, SectionDialog)
    assert dialog.chosen() == "D2.1"  # the proposal's direction first
    type_text(dialog.filter, "D2.4")
    press(qtbot, dialog.filter, Qt.Key.Key_Return)
    wait(qtbot, page)
    assert status_of(hq, "Жастарға") == {
        "status": "accepted", "section": "D2.4", "into": None, "reviewer": "Дана Серікова"
    }  # fmt: skip
    assert page.table.currentIndex().row() == position and len(page.model.rows) == 6
    assert page.model.rows[position].accepted_section_code == "D2.4"
    assert page.status_line.text() == "Saved. Ctrl+Z takes it back."
    qtbot.waitUntil(lambda: "New → Accepted D2.4" in page.detail.toPlainText())
    assert "Дана Серікова" in page.detail.toPlainText()


def test_decline_with_a_template_merge_and_undo(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    go_to(qtbot, page, "Аудандық")
    key(qtbot, page, "D")
    dialog = dialog_of(qtbot, page, AnswerDialog)
    assert isinstance(dialog, AnswerDialog)
    dialog.templates.setFocus()
    press(qtbot, dialog.templates, Qt.Key.Key_Down)  # the first template
    assert dialog.text() == "Outside the foundation's directions."
    dialog.accept()
    wait(qtbot, page)
    assert status_of(hq, "Аудандық")["status"] == "rejected"

    go_to(qtbot, page, "Волонтёрская")
    key(qtbot, page, "M")
    merging = dialog_of(qtbot, page, MergeDialog)
    assert isinstance(merging, MergeDialog)
    type_text(merging.search, "еріктілер")
    qtbot.waitUntil(lambda: merging.found.count() == 1, timeout=10_000)
    press(qtbot, merging.search, Qt.Key.Key_Return)
    wait(qtbot, page)
    into = status_of(hq, "Волонтёрская")["into"]
    assert status_of(hq, "Волонтёрская")["status"] == "duplicate"
    assert into == next(r.id for r in page.model.rows if r.text.startswith("Қазақстан"))
    qtbot.waitUntil(lambda: "Merged into" in page.detail.toPlainText())

    key(qtbot, page, "Z", Qt.KeyboardModifier.ControlModifier)  # the merge taken back
    assert status_of(hq, "Волонтёрская")["status"] == "new"
    assert status_of(hq, "Аудандық")["status"] == "rejected"
    key(qtbot, page, "Z", Qt.KeyboardModifier.ControlModifier)  # then the decline
    assert status_of(hq, "Аудандық")["status"] == "new"


def test_a_bulk_move_of_a_selection_previews_and_undoes_as_one(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    page.direction.setCurrentIndex(page.direction.findData("D2"))
    wait(qtbot, page)
    page.table.setFocus()
    go_to(qtbot, page, "Ауыл")
    key(qtbot, page, "X")
    key(qtbot, page, "J")
    key(qtbot, page, "X")
    key(qtbot, page, "J")
    key(qtbot, page, "X")
    assert len(page.model.marked) == 3
    # one of them is declined first: the bulk acceptance leaves it alone, and says why
    with hq.database.transaction() as session:
        third = page.model.rows[2].id
        declined = review.ReviewChange(status="declined", reason="No.")
        review.set_review(session, hq.actor, third, declined)
    key(qtbot, page, "A")
    sections = dialog_of(qtbot, page, SectionDialog)
    assert isinstance(sections, SectionDialog)
    type_text(sections.filter, "D2.3")
    press(qtbot, sections.filter, Qt.Key.Key_Return)
    preview = dialog_of(qtbot, page, PreviewDialog)
    assert isinstance(preview, PreviewDialog)
    assert preview.summary.text() == "2 proposals will be accepted into D2.3."
    assert preview.refused.count() == 1
    assert "cannot become accepted" in preview.refused.item(0).text()
    preview.accept()
    wait(qtbot, page)
    accepted = [r for r in page.model.rows if r.accepted_section_code == "D2.3"]
    assert len(accepted) == 2
    assert len(page.model.marked) == 3  # the selection stays
    key(qtbot, page, "Z", Qt.KeyboardModifier.ControlModifier)
    assert [r for r in page.model.rows if r.accepted_section_code == "D2.3"] == []
    assert status_of(hq, "Ауыл")["status"] == "new"


def test_a_retired_section_and_a_deleted_proposal_each_get_one_sentence(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    with hq.database.transaction() as session:
        session.connection().execute(text("UPDATE section SET active = false WHERE code = 'D2.2'"))
    go_to(qtbot, page, "Ауыл")
    key(qtbot, page, "A")
    sections = dialog_of(qtbot, page, SectionDialog)
    assert isinstance(sections, SectionDialog)
    type_text(sections.filter, "D2.2")  # not offered; typed anyway
    press(qtbot, sections.filter, Qt.Key.Key_Return)
    wait(qtbot, page)
    assert page.problem.text() == (
        "Section D2.2 is retired: choose an active section of the prospectus."
    )
    assert status_of(hq, "Ауыл")["status"] == "new"

    key(qtbot, page, "R")  # in review
    assert status_of(hq, "Ауыл")["status"] == "under-review"
    key(qtbot, page, "R")
    assert page.problem.text() == "Proposal 1 of meeting " + page.current_row().meeting + (
        " is already in review: nothing to change."
    )
    pid = page.current_id()
    with hq.database.transaction() as session:
        session.connection().execute(text("UPDATE proposal SET deleted = true WHERE id = :id"),
                                     {"id": pid})  # fmt: skip
    key(qtbot, page, "C")
    dialog = dialog_of(qtbot, page, AnswerDialog)
    assert isinstance(dialog, AnswerDialog)
    type_text(dialog.answer, "Which villages?")
    dialog.accept()
    wait(qtbot, page)
    assert "was deleted by its region in the meantime" in page.problem.text()
    assert pid not in [r.id for r in page.model.rows]


def test_every_triage_key_is_a_named_action_the_help_lists(page: ProposalsPage) -> None:
    listed = {keys: what for _part, found in collect_shortcuts(page) for keys, what in found}
    for keys in ("J", "K", "X", "A", "D", "M", "S", "C", "R", "N", "Ctrl+Z"):
        assert listed.get(keys), keys
    assert listed["A"] == "Accept into a section…"


def test_a_review_another_analyst_saved_meanwhile_is_not_overwritten_and_is_shown(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    go_to(qtbot, page, "Жастарға")
    assert page.current_row().status.value == "new"  # what this analyst sees
    seen_by_other = review.ReviewChange(status="accepted", section="D2.3", reviewer="Серік Ахметов")
    with hq.database.transaction() as session:  # another analyst, on the same database
        review.set_review(session, hq.actor, page.current_id(), seen_by_other)
    key(qtbot, page, "R")  # in review, chosen on what the list showed
    assert page.problem.text() == (
        "Proposal 4 of meeting " + page.current_row().meeting + " was changed meanwhile by "
        "Серік Ахметов: it is now accepted; nothing was changed, look at it again."
    )
    assert status_of(hq, "Жастарға") == {
        "status": "accepted", "section": "D2.3", "into": None, "reviewer": "Серік Ахметов"
    }  # fmt: skip
    # the list shows what is stored now, and an action on it is taken
    qtbot.waitUntil(lambda: page.current_row().status.value == "accepted")
    key(qtbot, page, "R")
    assert status_of(hq, "Жастарға")["status"] == "under-review"


@pytest.mark.postgres_only
def test_another_analysts_decision_appears_within_two_seconds_where_the_analyst_is(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    go_to(qtbot, page, "Жастарға")
    position = page.table.currentIndex().row()
    scrolled = page.table.verticalScrollBar().value()
    other = page.model.rows[0 if position else 1]  # not the one this analyst is on
    # another analyst, in a process of their own on the same database
    decided = subprocess.run(
        [sys.executable, "-m", "khdesk", "--db", hq.database.url, "--data-dir", str(hq.folder),
         "review", "set", other.id, "--status", "accepted", "--section", "D2.3",
         "--reviewer", "Серік Ахметов"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    shown = next(i for i, r in enumerate(page.model.rows) if r.id == other.id)
    qtbot.waitUntil(lambda: page.model.rows[shown].status.value == "accepted", timeout=2000)
    assert page.model.rows[shown].reviewer == "Серік Ахметов"
    # the analyst's place is kept: the same proposal chosen, the list where it was
    assert page.table.currentIndex().row() == position
    assert page.current_row().text.startswith("Жастарға")
    assert page.table.verticalScrollBar().value() == scrolled
