"""A facilitator sees in the meeting's proposals tab what headquarters made of each proposal,
once the region has imported the reference bundle that carries the reviews."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khdesk.services import meetings, proposals, review, sync
from khdesk.services.review import ReviewChange
from khdesk.ui.context import AppContext
from khdesk.ui.main_window import MainWindow
from khdesk.ui.proposals_tab import ProposalsTab
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.test_proposals_sections import _import_reference, _proposals_tab, _row

#: where the list's rows (id first) hold the state at headquarters
STATE = 7
TEXT = 3


@pytest.fixture
def reviewed(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Path]:
    """Astana's meeting of three proposals, reviewed at headquarters: one accepted into D2.3,
    one declined with a reason, one not touched; and the reference bundle that carries it."""
    hq, astana, _ = network
    with astana.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, astana.actor, kind="round-table", date="2026-10-01", title="Кездесу"
        )
        ids = [
            proposals.add_proposal(session, astana.actor, meeting.id, text=t, direction="D2").id
            for t in ("Ауыл мектептеріне компьютер", "Жол жөндеу", "Еріктілер желісі")
        ]
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.transaction() as session:
        review.set_review(
            session, hq.actor, ids[0], ReviewChange(status="accepted", section="D2.3")
        )
        review.set_review(
            session, hq.actor, ids[1], ReviewChange(status="declined", reason="Қордың ісі емес")
        )
        sync.export_reference(session, hq.keys, tmp_path / "reference.khr")
    return astana, tmp_path / "reference.khr"


@pytest.fixture
def window(qtbot: QtBot, reviewed: tuple[Site, Path], settle: Settle) -> Iterator[MainWindow]:
    astana = reviewed[0]
    context = AppContext(database=astana.database, data_dir=astana.folder, language="en")
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    settle(context)
    yield shown
    context.operations.shutdown()


def _choose(qtbot: QtBot, tab: ProposalsTab, text: str) -> None:
    """Click the proposal in the list."""
    index = tab.model_rows.index(_row(tab, text), TEXT - 1)
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center()
    )


def _states(tab: ProposalsTab) -> dict[str, str]:
    return {
        tab.model_rows.row_values(r)[TEXT]: tab.model_rows.row_values(r)[STATE]
        for r in range(tab.model_rows.rowCount())
    }


def test_the_region_sees_each_proposals_state_and_the_answer_of_headquarters(
    qtbot: QtBot,
    reviewed: tuple[Site, Path],
    window: MainWindow,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _proposals_tab(qtbot, window, settle)
    column = tab.model_rows.headerData(STATE - 1, Qt.Orientation.Horizontal)
    assert column == "Headquarters"
    # before the reference bundle, nothing is reviewed yet
    assert set(_states(tab).values()) == {"New"}
    _choose(qtbot, tab, "Жол жөндеу")
    assert tab.review_line.text() == "Headquarters has not reviewed this proposal yet."

    _import_reference(qtbot, window, reviewed[1], settle, monkeypatch)
    qtbot.waitUntil(lambda: _states(tab)["Жол жөндеу"] == "Declined")
    assert _states(tab) == {
        "Ауыл мектептеріне компьютер": "Accepted",
        "Жол жөндеу": "Declined",
        "Еріктілер желісі": "New",
    }
    # the chosen proposal stays chosen, and its line now carries the reason
    assert tab.review_line.text().startswith("Declined by headquarters (")
    assert tab.review_line.text().endswith("): Қордың ісі емес")
    _choose(qtbot, tab, "Ауыл мектептеріне компьютер")
    assert tab.review_line.text().startswith("Accepted by headquarters into D2.3 — ")
    _choose(qtbot, tab, "Еріктілер желісі")
    assert tab.review_line.text() == "Headquarters has not reviewed this proposal yet."


def test_headquarters_reviews_on_its_own_page_and_its_proposals_tab_has_no_such_column(
    qtbot: QtBot, network: tuple[Site, Site, Site], reviewed: tuple[Site, Path], settle: Settle
) -> None:
    from khdesk.ui.meeting_model import MeetingModel

    hq = network[0]
    context = AppContext(database=hq.database, data_dir=hq.folder, language="en")
    settle(context)
    with hq.database.session() as session:
        (meeting,) = meetings.list_meetings(session)
    model = MeetingModel(context, meeting.id)
    tab = ProposalsTab(context, model)
    qtbot.addWidget(tab)
    settle(context)
    qtbot.waitUntil(lambda: tab.model_rows.rowCount() == 3)
    headers = [
        tab.model_rows.headerData(c, Qt.Orientation.Horizontal)
        for c in range(tab.model_rows.columnCount())
    ]
    assert "Headquarters" not in headers and not tab.review_line.isVisibleTo(tab)
    model.close()
    context.operations.shutdown()
