"""The meeting's proposals tab after headquarters retired or moved a section: the list names
each section in the interface's language and marks a retired one, the filing list offers only
sections in use (and the retired one of the proposal being edited), and a proposal under a moved
section opens with its section and keeps it when saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import meetings, proposals, reference_editor
from khdesk.storage.models import Proposal
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from khdesk.ui.proposals_tab import ProposalsTab
from tests.sync.sites import Site
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

CONTROL = Qt.KeyboardModifier.ControlModifier
#: where the list's rows (id first) hold the text, the direction and the section
TEXT, DIRECTION, SECTION = 3, 5, 6


@pytest.fixture
def astana(network: tuple[Site, Site, Site]) -> Site:
    """Astana's laptop with a meeting: a proposal under D1.3, one under D1.7, one under D1.1."""
    site = network[1]
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title="Кездесу"
        )
        for text, section in (
            ("Өтінім тәртібін жеңілдету", "D1.3"),
            ("Жабдық қажеттілігін бағалау", "D1.7"),
            ("Ауыл мектептеріне компьютер", "D1.1"),
        ):
            proposals.add_proposal(
                session, site.actor, meeting.id, text=text, direction="D1", section=section
            )
    return site


@pytest.fixture
def window(qtbot: QtBot, astana: Site, settle: Settle) -> Iterator[MainWindow]:
    context = AppContext(database=astana.database, data_dir=astana.folder, language="en")
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    settle(context)
    yield shown
    context.operations.shutdown()


def _publish(hq: Site, path: Path, *, move: tuple[str, str] | None = None,
             retire: str | None = None) -> Path:  # fmt: skip
    with hq.database.transaction() as session:
        if move is not None:
            reference_editor.move_section(session, code=move[0], direction=move[1])
        if retire is not None:
            reference_editor.set_section_active(session, code=retire, active=False)
        reference_editor.publish(session, hq.keys, path)
    return path


def _import_reference(
    qtbot: QtBot, window: MainWindow, path: Path, settle: Settle, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sync → Import a reference bundle…, the file chosen in the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window.sync_actions["reference_import"].trigger()
    settle(window.context)
    # the window says which version it took; OK closes it
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    (told,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    qtbot.mouseClick(told.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not told.isVisible())
    settle(window.context)


def _proposals_tab(qtbot: QtBot, window: MainWindow, settle: Settle) -> ProposalsTab:
    window.table.selectRow(0)
    press(qtbot, window.table, Qt.Key.Key_Return)
    settle(window.context)
    view = window.meeting_view
    assert view is not None
    press(qtbot, view, Qt.Key.Key_4, CONTROL)
    settle(window.context)
    return view.proposals


def _row(tab: ProposalsTab, text: str) -> int:
    rows = [
        r for r in range(tab.model_rows.rowCount()) if tab.model_rows.row_values(r)[TEXT] == text
    ]
    assert len(rows) == 1, text
    return rows[0]


def _open(qtbot: QtBot, tab: ProposalsTab, text: str) -> None:
    """Click the proposal in the list and press Enter: it comes into the form."""
    index = tab.model_rows.index(_row(tab, text), TEXT - 1)
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center()
    )
    press(qtbot, tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.editing_id is not None)


def _offered(tab: ProposalsTab) -> list[str]:
    return [tab.section_combo.itemData(i) for i in range(1, tab.section_combo.count())]


def _stored(site: Site, text: str) -> Proposal:
    with site.database.session() as session:
        (found,) = session.exec(select(Proposal).where(Proposal.text == text)).all()
        session.expunge(found)
        return found


def test_a_retired_section_is_marked_kept_by_its_proposal_and_not_offered_for_a_new_one(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    astana: Site,
    window: MainWindow,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = _proposals_tab(qtbot, window, settle)
    # before: each section by its code and its name
    sections = [tab.model_rows.row_values(r)[SECTION] for r in range(tab.model_rows.rowCount())]
    assert "D1.3 — Equipment requests and procurement procedures" in sections
    assert "D1.3" in _offered(tab)

    bundle = _publish(network[0], tmp_path / "r.khr", retire="D1.3")
    _import_reference(qtbot, window, bundle, settle, monkeypatch)
    row = _row(tab, "Өтінім тәртібін жеңілдету")
    assert tab.model_rows.row_values(row)[SECTION] == (
        "D1.3 — Equipment requests and procurement procedures (retired)"
    )
    # a new proposal cannot be filed under it
    assert tab.direction_combo.currentData() == "D1"
    assert "D1.3" not in _offered(tab) and "D1.2" in _offered(tab)

    # the proposal filed under it opens with it, and a corrected text keeps it
    _open(qtbot, tab, "Өтінім тәртібін жеңілдету")
    assert tab.section_combo.currentData() == "D1.3"
    assert tab.section_combo.currentText().endswith("(retired)")
    tab.text_edit.moveCursor(tab.text_edit.textCursor().MoveOperation.End)
    type_text(tab.text_edit, " керек")
    press(qtbot, tab.text_edit, Qt.Key.Key_Return, CONTROL)
    settle(window.context)
    assert tab.error.text() == ""
    qtbot.waitUntil(lambda: tab.editing_id is None)
    kept = _stored(astana, "Өтінім тәртібін жеңілдету керек")
    assert (kept.direction_code, kept.section_code) == ("D1", "D1.3")
    assert tab.error.text() == ""
    # the form is ready for the next proposal: the retired section is offered no more
    assert "D1.3" not in _offered(tab)
    assert tab.section_combo.currentData() is None


def test_a_proposal_under_a_moved_section_opens_with_it_and_saving_keeps_it(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    astana: Site,
    window: MainWindow,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = _proposals_tab(qtbot, window, settle)  # open while the bundle is imported
    bundle = _publish(network[0], tmp_path / "m.khr", move=("D1.7", "D3"))
    _import_reference(qtbot, window, bundle, settle, monkeypatch)
    text = "Жабдық қажеттілігін бағалау"
    assert tab.model_rows.row_values(_row(tab, text))[DIRECTION] == "D3"
    # «Show» D3: the moved section's proposal is there, and only it
    tab.filter_combo.setFocus()
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("D3"))
    assert [tab.model_rows.row_values(r)[TEXT] for r in range(tab.model_rows.rowCount())] == [text]
    tab.filter_combo.setCurrentIndex(0)

    _open(qtbot, tab, text)
    assert tab.direction_combo.currentData() == "D3"
    assert tab.section_combo.currentData() == "D1.7"
    assert tab.section_combo.currentText() == "D1.7 — Equipment needs assessment"
    type_text(tab.text_edit, "Жаңа: ")
    press(qtbot, tab.text_edit, Qt.Key.Key_Return, CONTROL)
    settle(window.context)
    qtbot.waitUntil(lambda: tab.editing_id is None)
    saved = _stored(astana, "Жаңа: " + text)
    assert (saved.direction_code, saved.section_code) == ("D3", "D1.7")


def test_sections_are_named_in_the_interface_language(
    qtbot: QtBot,
    network: tuple[Site, Site, Site],
    astana: Site,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    install_language("ru")
    context = AppContext(database=astana.database, data_dir=astana.folder, language="ru")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    tab = _proposals_tab(qtbot, window, settle)
    bundle = _publish(network[0], tmp_path / "r.khr", retire="D1.3")
    _import_reference(qtbot, window, bundle, settle, monkeypatch)
    shown = tab.model_rows.row_values(_row(tab, "Өтінім тәртібін жеңілдету"))[SECTION]
    assert shown.startswith("D1.3 — Порядок заявок и закупок оборудования")
    assert shown.endswith(f" {tab.tr('(retired)')}")
    context.operations.shutdown()
