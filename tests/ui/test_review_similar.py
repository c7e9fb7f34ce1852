"""The review's detail pane: the proposal's similar proposals (the most similar first, with score,
region and review) and, once similar ones are accepted into a section, that section suggested;
the suggestion fills «Accept into a section» and is never applied by itself; Enter on a similar
proposal shows its group on the page «Similar proposals»."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services import review
from khdesk.ui.context import AppContext
from khdesk.ui.hq.home import HeadquartersHome
from khdesk.ui.hq.review_dialogs import SectionDialog
from khdesk.ui.hq.review_page import ProposalsPage
from khdesk.ui.hq.similar_page import SimilarPage
from tests.sync.sites import Site
from tests.ui.conftest import Settle
from tests.ui.test_review_page import dialog_of, go_to, key, wait
from tests.ui.test_similar_page import ALMATY, ASTANA, FAMILY, cell, hq, reviewed
from tests.ui.typing import press

__all__ = ["hq"]  # the headquarters of the similar page's tests


@pytest.fixture
def home(qtbot: QtBot, hq: Site, tmp_path: Path, settle: Settle) -> Iterator[HeadquartersHome]:
    context = AppContext(database=hq.database, data_dir=tmp_path, language="en")
    shown = HeadquartersHome(context, {})
    qtbot.addWidget(shown)
    shown.resize(1366, 740)
    shown.show()
    shown.show_page("proposals")
    settle(context)
    yield shown
    context.operations.shutdown()


@pytest.fixture
def page(home: HeadquartersHome) -> ProposalsPage:
    found = home.page("proposals")
    assert isinstance(found, ProposalsPage)
    found.table.setFocus()
    return found


def similar_lines(page: ProposalsPage) -> list[str]:
    return [page.similar.item(row).text() for row in range(page.similar.count())]


def test_the_detail_lists_the_similar_proposals_most_similar_first(
    qtbot: QtBot, page: ProposalsPage
) -> None:
    go_to(qtbot, page, ASTANA[0])
    qtbot.waitUntil(lambda: page.similar.count() == 3, timeout=10_000)
    lines = similar_lines(page)
    scores = [float(line.split(" · ")[0]) for line in lines]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.6
    names = page.context.region_names()
    assert sum(names["75"] in line for line in lines) == 2  # Almaty's two ways of it
    assert all(" · New — " in line for line in lines)
    assert {line.split(" — ", 1)[1] for line in lines} == FAMILY - {ASTANA[0]}
    assert page.similar_title.text() == "Similar proposals (3)"
    assert not page.use_suggestion.isVisible()  # nothing accepted yet: no section to suggest

    go_to(qtbot, page, ASTANA[2])  # an idea of its own
    qtbot.waitUntil(lambda: page.similar_title.text() == "Similar proposals: none found")
    assert page.similar.count() == 0


def test_the_section_of_similar_accepted_proposals_is_suggested_never_applied(
    qtbot: QtBot, page: ProposalsPage, hq: Site
) -> None:
    rows = {row.text: row.id for row in page.model.rows}
    with hq.database.transaction() as session:
        for words in (ASTANA[1], ALMATY[0]):
            change = review.ReviewChange(status="accepted", section="D2.3")
            review.set_review(session, hq.actor, rows[words], change)
    go_to(qtbot, page, ALMATY[1])
    key(qtbot, page, "J")
    key(qtbot, page, "K")  # the detail read again after the acceptances
    qtbot.waitUntil(page.use_suggestion.isVisible, timeout=10_000)
    assert page.suggestion.text().startswith("2 similar accepted proposals are in D2.3 «")
    assert reviewed(hq)[ALMATY[1]] == ("new", None)  # only suggested

    page.use_suggestion.click()
    dialog = dialog_of(qtbot, page, SectionDialog)
    assert isinstance(dialog, SectionDialog)
    assert dialog.chosen() == "D2.3"
    assert reviewed(hq)[ALMATY[1]] == ("new", None)  # the dialog is open: nothing saved yet
    press(qtbot, dialog.filter, Qt.Key.Key_Return)
    wait(qtbot, page)
    with hq.database.session() as session:
        row = next(r for r in review.list_proposals(session) if r.text == ALMATY[1])
    assert (row.status.value, row.accepted_section_code) == ("accepted", "D2.3")
    qtbot.waitUntil(lambda: not page.use_suggestion.isVisible(), timeout=10_000)  # in it now


def test_enter_on_a_similar_proposal_shows_its_group(
    qtbot: QtBot, home: HeadquartersHome, page: ProposalsPage, settle: Settle
) -> None:
    go_to(qtbot, page, ASTANA[0])
    qtbot.waitUntil(lambda: page.similar.count() == 3, timeout=10_000)
    page.similar.setFocus()
    page.similar.setCurrentRow(2)
    wanted = page.similar.currentItem().text().split(" — ", 1)[1]
    press(qtbot, page.similar, Qt.Key.Key_Return)
    settle(page.context)
    assert home.current_key() == "similar"
    similar = home.page("similar")
    assert isinstance(similar, SimilarPage)
    assert similar.list.count() == 1
    assert cell(similar, similar.members.currentRow(), "text") == wanted
