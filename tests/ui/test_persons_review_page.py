"""The Same persons page at headquarters, driven by keys: the pairs in review with both records
and every attendance of each, Same person / Different people / Decide later, Ctrl+Z, and the one
sentence of a refusal; the dashboard shows attendances and unique persons side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services import stats
from khdesk.services.recorder import Recorder
from khdesk.storage.models import PersonMatch
from khdesk.ui.context import AppContext
from khdesk.ui.hq.dashboard import DashboardPage
from khdesk.ui.hq.persons_review import PersonsReviewPage
from tests.services.test_identities import arrive, came, meeting_of
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.typing import press


@pytest.fixture
def hq(network: tuple[Site, Site, Site], tmp_path: Path) -> Site:
    """Headquarters holding two pairs to decide: one name in Astana and Almaty, and a name
    written in another order; and one person whose phone says they came to both regions."""
    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty, "Онлайн-сессия", "2026-10-05")
    came(astana, here, "Оспанов Серік Асхатұлы", organisation="Аудан әкімдігі")
    came(almaty, there, "Оспанов Серик Асхатулы", organisation="ТОО «Береке»")
    came(astana, here, "Серікова Айгүл")
    came(almaty, there, "Айгүл Серікова")
    came(astana, here, "Ыбыраева Гүлнар", phone="8 701 234 56 78")
    came(almaty, there, "Ибраева Гульнар", phone="+7 701 234-56-78")
    arrive(hq, tmp_path, astana, almaty)
    return hq


@pytest.fixture
def context(hq: Site, tmp_path: Path) -> Iterator[AppContext]:
    made = AppContext(database=hq.database, data_dir=tmp_path, language="en")
    yield made
    made.operations.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settle: Settle) -> PersonsReviewPage:
    shown = PersonsReviewPage(context)
    qtbot.addWidget(shown)
    shown.resize(1366, 720)
    shown.show()
    shown.activate()
    settle(context)
    shown.pairs.setFocus()
    return shown


def key(
    qtbot: QtBot, page: PersonsReviewPage, settle: Settle, name: str, ctrl: bool = False
) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else None
    press(qtbot, page.pairs, getattr(Qt.Key, f"Key_{name}"), modifiers)
    settle(page.context)


def unique(hq: Site) -> int:
    with hq.database.session() as session:
        return stats.unique_persons(session, stats.NO_FILTERS)


def listed(page: PersonsReviewPage) -> list[str]:
    return [page.pairs.item(i).text().split("\n")[0] for i in range(page.pairs.count())]


def test_the_pairs_stand_side_by_side_with_their_attendances(page: PersonsReviewPage) -> None:
    assert page.total.text() == "2 pair(s) of persons to decide"
    assert sorted(listed(page)) == [
        "Оспанов Серік Асхатұлы — Оспанов Серик Асхатулы",
        "Серікова Айгүл — Айгүл Серікова",
    ]
    page.pairs.setCurrentRow(listed(page).index("Оспанов Серік Асхатұлы — Оспанов Серик Асхатулы"))
    first, second = page.first.toPlainText(), page.second.toPlainText()
    assert "Аудан әкімдігі" in first and "Дөңгелек үстел" in first and "present" in first
    assert "ТОО «Береке»" in second and "Онлайн-сессия" in second
    assert "05.10.2026" in second  # the date as the documents print it
    assert "the same name" in page.why.text()


def test_same_different_later_and_undo_by_keys(
    qtbot: QtBot, page: PersonsReviewPage, hq: Site, settle: Settle
) -> None:
    assert unique(hq) == 5
    page.pairs.setCurrentRow(0)
    decided = listed(page)[0]
    key(qtbot, page, settle, "S")
    assert unique(hq) == 4
    assert decided not in listed(page)
    assert page.status_line.text() == "Saved. Ctrl+Z takes it back."
    key(qtbot, page, settle, "Z", ctrl=True)
    assert unique(hq) == 5
    assert decided in listed(page)
    assert page.status_line.text() == "The decision was undone."
    page.pairs.setCurrentRow(listed(page).index(decided))
    key(qtbot, page, settle, "L")
    assert page.total.text() == "2 pair(s) of persons to decide"
    assert "decide later" in page.pairs.item(listed(page).index(decided)).text()
    page.pairs.setCurrentRow(listed(page).index(decided))
    key(qtbot, page, settle, "D")
    assert listed(page) != [] and decided not in listed(page)
    assert unique(hq) == 5
    key(qtbot, page, settle, "S")
    assert listed(page) == []
    assert page.why.text() == "No pairs of persons to decide."
    assert unique(hq) == 4


def test_a_pair_taken_out_meanwhile_is_refused_in_one_sentence(
    qtbot: QtBot, page: PersonsReviewPage, hq: Site, settle: Settle
) -> None:
    page.pairs.setCurrentRow(0)
    gone = page.current()
    assert gone is not None
    with hq.database.transaction() as session:
        match = session.get(PersonMatch, gone.id)
        assert match is not None
        Recorder(session, hq.actor).delete(match)
    key(qtbot, page, settle, "S")
    assert page.problem.isVisible()
    assert page.problem.text() == (
        f"The pair of persons {gone.id} was taken out of the merge review: refresh the list."
    )
    assert len(listed(page)) == 1
    assert unique(hq) == 5


def test_the_dashboard_shows_attendances_and_unique_persons_side_by_side(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.activate()
    settle(context)
    keys = list(dashboard.numbers)
    assert keys.index("unique_persons") == keys.index("attendances") + 1
    number = dashboard.numbers["unique_persons"].text().split("\n")
    assert number == ["5", "unique persons"]
    assert dashboard.numbers["attendances"].text().split("\n")[0] == "6"


def test_look_again_puts_the_pairs_of_a_new_bundle_to_review(
    qtbot: QtBot,
    page: PersonsReviewPage,
    network: tuple[Site, Site, Site],
    tmp_path: Path,
    settle: Settle,
) -> None:
    hq, astana, _almaty = network
    came(astana, meeting_of(astana, "Екінші кездесу", "2026-10-12"), "Айгүл Серікова")
    import_into(hq, export(astana, tmp_path / "astana-again.khb"))
    page.look_again_button.click()
    settle(page.context)
    assert page.status_line.text() == "2 pair(s) newly put to review."
    assert page.total.text() == "4 pair(s) of persons to decide"
