"""Headquarters' page of similar proposals, driven by keys: a family of near-duplicates from two
regions (reworded, a slip of a key, Kazakh typed with Russian letters) shown as one group with
its regions, one kept and the others merged into it, the merge taken back; a refusal is one
sentence and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from khdesk.services import proposals, review
from khdesk.services.installation import set_meta
from khdesk.services.recorder import Actor
from khdesk.ui.context import AppContext
from khdesk.ui.help import collect_shortcuts
from khdesk.ui.hq.similar_page import COLUMNS, SimilarPage
from tests.factories import make_meeting
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.typing import press

#: One idea, four ways, from two regions, and ideas of their own beside it.
ASTANA = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау және мұғалімдерді оқыту",
    "Ауыл мектептеріне компьютер сыныптарын жабдықтауды және мұғалімдерді оқытуды ұсынамыз",
    "Аудандық ауруханаларға жедел жәрдем көліктерін сатып алу",
)
ALMATY = (
    "Ауыл мектептерине компьютер сыныптарын жабдыктау жане мугалимдерди окыту",  # Russian letters
    "Ауыл мектептеріне компьютер сынытпарын жабдықтау және мұғалімдерді оқыту",  # a slip
    "Гранты для молодёжных организаций на проекты в сёлах",
)
FAMILY = {ASTANA[0], ASTANA[1], ALMATY[0], ALMATY[1]}


@pytest.fixture
def hq(network: tuple[Site, Site, Site], tmp_path: Path) -> Iterator[Site]:
    """Headquarters holding Astana's and Almaty's proposals, made by the regions and sent."""
    hq, astana, almaty = network
    for site, texts, name in ((astana, ASTANA, "astana"), (almaty, ALMATY, "almaty")):
        meeting = make_meeting(site.database, site.actor, date="2026-10-01")
        with site.database.transaction() as session:
            for words in texts:
                proposals.add_proposal(session, site.actor, meeting.id, text=words, direction="D2")
        import_into(hq, export(site, tmp_path / f"{name}.khb"))
    with hq.database.transaction() as session:
        set_meta(session, "user_name", "Дана Серікова")
    yield Site(hq.database, hq.folder, Actor(hq.actor.device_id, "Дана Серікова"))


@pytest.fixture
def page(qtbot: QtBot, hq: Site, tmp_path: Path, settle: Settle) -> Iterator[SimilarPage]:
    context = AppContext(database=hq.database, data_dir=tmp_path, language="en")
    shown = SimilarPage(context)
    qtbot.addWidget(shown)
    shown.resize(1366, 720)
    shown.show()
    shown.activate()
    settle(context)
    yield shown
    context.operations.shutdown()


def wait(qtbot: QtBot, page: SimilarPage) -> None:
    for _ in range(5):
        qtbot.waitUntil(page.context.operations.idle, timeout=15_000)
        QApplication.processEvents()


def cell(page: SimilarPage, row: int, column: str) -> str:
    return page.members.item(row, COLUMNS.index(column)).text()


def shown_texts(page: SimilarPage) -> list[str]:
    return [cell(page, row, "text") for row in range(page.members.rowCount())]


def reviewed(hq: Site) -> dict[str, tuple[str, str | None]]:
    with hq.database.session() as session:
        return {
            row.text: (row.status.value, row.duplicate_of_id)
            for row in review.list_proposals(session)
        }


def ids(hq: Site) -> dict[str, str]:
    with hq.database.session() as session:
        return {row.text: row.id for row in review.list_proposals(session)}


def confirm(qtbot: QtBot, page: SimilarPage) -> QMessageBox:
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=10_000)
    assert page.dialog is not None
    return page.dialog


def test_a_family_from_two_regions_is_one_group_kept_merged_and_taken_back(
    qtbot: QtBot, page: SimilarPage, hq: Site
) -> None:
    assert page.list.count() == 1  # the unrelated proposals are in no group
    group = page.list.item(0).text()
    assert group.startswith("4 proposals · 2 regions")
    names = page.context.region_names()
    assert names["71"] in group and names["75"] in group
    assert sorted(shown_texts(page)) == sorted(FAMILY)
    assert {cell(page, row, "region") for row in range(4)} == {names["71"], names["75"]}
    assert all(cell(page, row, "status") == "New" for row in range(4))
    assert all(0.6 <= float(cell(page, row, "score")) <= 1 for row in range(4))

    # into the group, down to the Almaty proposal typed with Russian letters, keep it
    page.list.setFocus()
    press(qtbot, page.list, Qt.Key.Key_Return)
    assert page.members.hasFocus()
    while cell(page, page.members.currentRow(), "text") != ALMATY[0]:
        press(qtbot, page.members, Qt.Key.Key_Down)
    kept = cell(page, page.members.currentRow(), "meeting")
    press(qtbot, page.members, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = confirm(qtbot, page)
    assert box.text() == f"Merge 3 proposals into {kept}?"
    press(qtbot, box, Qt.Key.Key_Return)
    wait(qtbot, page)

    keep_id = ids(hq)[ALMATY[0]]
    after = reviewed(hq)
    assert after[ALMATY[0]] == ("new", None)
    for other in FAMILY - {ALMATY[0]}:
        assert after[other] == ("duplicate", keep_id)
    assert after[ASTANA[2]] == ("new", None)
    assert page.list.item(0).text().startswith("4 proposals · 2 regions · 3 merged")
    statuses = {cell(page, row, "text"): cell(page, row, "status") for row in range(4)}
    assert statuses[ALMATY[0]] == "New"
    assert {statuses[t] for t in FAMILY - {ALMATY[0]}} == {f"Merged into {kept}"}
    assert cell(page, page.members.currentRow(), "text") == ALMATY[0]  # still the one kept
    assert "Ctrl+Z takes it back" in page.status_line.text()

    press(qtbot, page.members, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait(qtbot, page)
    assert all(value == ("new", None) for value in reviewed(hq).values())
    assert all(cell(page, row, "status") == "New" for row in range(4))
    assert page.list.item(0).text().startswith("4 proposals · 2 regions\n")


def test_cancelling_the_confirmation_merges_nothing(
    qtbot: QtBot, page: SimilarPage, hq: Site
) -> None:
    page.members.setFocus()
    press(qtbot, page.members, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = confirm(qtbot, page)
    press(qtbot, box, Qt.Key.Key_Escape)
    wait(qtbot, page)
    assert all(value == ("new", None) for value in reviewed(hq).values())


def test_a_refused_merge_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, page: SimilarPage, hq: Site
) -> None:
    # one of the family is accepted meanwhile: it cannot be merged, so nothing is
    accepted = ids(hq)[ASTANA[1]]
    with hq.database.transaction() as session:
        change = review.ReviewChange(status="accepted", section="D2.3")
        review.set_review(session, hq.actor, accepted, change)
    page.members.setFocus()
    while cell(page, page.members.currentRow(), "text") != ASTANA[0]:
        press(qtbot, page.members, Qt.Key.Key_Down)
    press(qtbot, page.members, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, confirm(qtbot, page), Qt.Key.Key_Return)
    wait(qtbot, page)
    assert page.problem.isVisible()
    sentence = page.problem.text()
    assert "cannot become" in sentence and "\n" not in sentence
    after = reviewed(hq)
    assert after[ASTANA[1]][0] == "accepted"
    assert all(after[t] == ("new", None) for t in FAMILY - {ASTANA[1]})


def test_a_proposal_deleted_meanwhile_is_refused_in_one_sentence(
    qtbot: QtBot, page: SimilarPage, hq: Site
) -> None:
    gone = ids(hq)[ALMATY[1]]
    with hq.database.transaction() as session:
        session.connection().execute(
            text("UPDATE proposal SET deleted = true WHERE id = :id"), {"id": gone}
        )
    page.members.setFocus()
    while cell(page, page.members.currentRow(), "text") != ASTANA[0]:
        press(qtbot, page.members, Qt.Key.Key_Down)
    press(qtbot, page.members, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, confirm(qtbot, page), Qt.Key.Key_Return)
    wait(qtbot, page)
    assert "was deleted by its region in the meantime" in page.problem.text()
    assert all(status == "new" for status, _into in reviewed(hq).values())
    assert ALMATY[1] not in shown_texts(page)  # the group read again without it


def test_the_keys_are_named_actions_the_help_lists(page: SimilarPage) -> None:
    listed = {keys: what for _part, found in collect_shortcuts(page) for keys, what in found}
    assert listed["Ctrl+Return"] == "Keep this one, merge the others"
    assert listed["Ctrl+Z"] == "Undo the last merge"
