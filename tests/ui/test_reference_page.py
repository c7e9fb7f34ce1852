"""The reference data page at headquarters, by keys and clicks: add a section, rename it, move
it, retire it after a confirmation, undo with Ctrl+Z, publish the next bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from khdesk.services import installation
from khdesk.storage.database import Database
from khdesk.storage.models import Meta, Section
from khdesk.ui.context import AppContext
from khdesk.ui.hq.reference_page import NamesDialog, ReferencePage
from tests.ui.conftest import Settle, headquarters_window
from tests.ui.typing import press, type_text


@pytest.fixture
def hq_context(database: Database, tmp_path: Path) -> Iterator[AppContext]:
    """The window's context over a headquarters' database with its keys."""
    with database.transaction() as session:
        installation.init_installation(session, role="hq", name="Штаб", keys_dir=tmp_path / "keys")
    made = AppContext(database=database, data_dir=tmp_path, language="en")
    yield made
    made.operations.shutdown()


def _page(qtbot: QtBot, context: AppContext, settle: Settle) -> ReferencePage:
    page = ReferencePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    settle(context)
    return page


def _section(database: Database, code: str) -> Section | None:
    with database.session() as session:
        found = session.get(Section, code)
        if found is not None:
            session.expunge(found)
        return found


def _pick(page: ReferencePage, code: str) -> None:
    for index in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(index)
        for child in [top, *(top.child(i) for i in range(top.childCount()))]:
            if child.text(0) == code:
                page.tree.setCurrentItem(child)
                page.tree.setFocus()
                return
    raise AssertionError(f"{code} is not in the tree")


def _dialog() -> NamesDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NamesDialog)]
    visible = [d for d in dialogs if d.isVisible()]
    assert visible, "no dialog of names is open"
    return visible[-1]


def _closed(dialog: NamesDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _fill(dialog: NamesDialog, names: dict[str, str]) -> None:
    for language, text in names.items():
        edit = dialog.name_edits[language]
        edit.selectAll()
        edit.del_()
        type_text(edit, text)


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_section_is_added_renamed_moved_retired_and_undone(
    qtbot: QtBot, hq_context: AppContext, settle: Settle, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, hq_context, settle)
    assert "nothing changed since" in page.state.text()
    _pick(page, "D2")
    press(qtbot, page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog()
    assert dialog.code() == "D2.8"  # proposed after D2's seven sections
    # an empty name is refused in the dialog, which keeps what was typed
    _fill(dialog, {"kk": "Цифрлық сауаттылық", "ru": "", "en": "Digital literacy"})
    press(qtbot, dialog.name_edits["en"], Qt.Key.Key_Return)
    settle(hq_context)
    assert dialog.status.text() == "The Russian name is empty: type it in."
    assert dialog.name_edits["kk"].text() == "Цифрлық сауаттылық"
    _fill(dialog, {"ru": "Цифровая грамотность"})
    press(qtbot, dialog.name_edits["ru"], Qt.Key.Key_Return)
    settle(hq_context)
    assert _closed(dialog)
    added = _section(hq_context.db, "D2.8")
    assert added is not None and added.name_ru == "Цифровая грамотность"
    assert "changes the regions do not have yet" in page.state.text()

    _pick(page, "D2.8")
    press(qtbot, page.tree, Qt.Key.Key_F2)
    dialog = _dialog()
    _fill(dialog, {"en": "Digital skills"})
    press(qtbot, dialog.name_edits["en"], Qt.Key.Key_Return)
    settle(hq_context)
    assert _section(hq_context.db, "D2.8").name_en == "Digital skills"  # type: ignore[union-attr]

    asked = _yes(monkeypatch)
    _pick(page, "D2.8")
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    settle(hq_context)
    assert "Retire section D2.8 «Digital skills»?" in asked[-1]
    assert _section(hq_context.db, "D2.8").active is False  # type: ignore[union-attr]
    item = page.tree.currentItem()
    assert item is not None and item.text(0) == "D2.8" and item.text(3) == "retired"
    assert page.retire_button.text().replace("&", "") == "Reinstate"

    press(qtbot, page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(hq_context)
    assert _section(hq_context.db, "D2.8").active is True  # type: ignore[union-attr]
    press(qtbot, page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(hq_context)
    assert _section(hq_context.db, "D2.8").name_en == "Digital literacy"  # type: ignore[union-attr]
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(hq_context)
    assert _section(hq_context.db, "D2.8") is None
    assert not page.undo_button.isEnabled()


def test_a_move_asks_first_and_no_leaves_it(
    qtbot: QtBot, hq_context: AppContext, settle: Settle, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, hq_context, settle)
    _pick(page, "D1.7")
    press(qtbot, page.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    move = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not page)
    # the conftest answers No: the section stays where it is
    press(qtbot, move, Qt.Key.Key_Return)
    settle(hq_context)
    assert _section(hq_context.db, "D1.7").direction_code == "D1"  # type: ignore[union-attr]

    asked = _yes(monkeypatch)
    _pick(page, "D1.7")
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    move = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not page)
    press(qtbot, move, Qt.Key.Key_Return)
    settle(hq_context)
    assert "from direction D1 to direction D2" in asked[-1]
    assert _section(hq_context.db, "D1.7").direction_code == "D2"  # type: ignore[union-attr]
    d2 = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0) == "D2"
    )
    assert d2.child(d2.childCount() - 1).text(0) == "D1.7"


def test_a_region_is_renamed_and_the_bundle_published(
    qtbot: QtBot,
    hq_context: AppContext,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_waiting_message_boxes: list[str],
) -> None:
    page = _page(qtbot, hq_context, settle)
    page.tabs.setCurrentIndex(1)
    first = page.regions.topLevelItem(0)
    page.regions.setCurrentItem(first)
    page.regions.setFocus()
    press(qtbot, page.regions, Qt.Key.Key_F2)
    dialog = _dialog()
    _fill(dialog, {"en": "Abai"})
    press(qtbot, dialog.name_edits["en"], Qt.Key.Key_Return)
    settle(hq_context)
    assert page.regions.topLevelItem(0).text(1) == "Abai"

    target = tmp_path / "out" / "next"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    press(qtbot, page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(hq_context)
    assert (tmp_path / "out" / "next.khr").is_file()
    with hq_context.db.session() as session:
        version = session.get(Meta, "reference_version")
        assert version is not None and version.value == "2"
        assert session.exec(select(Section)).first() is not None
    assert "nothing changed since" in page.state.text()
    assert not page.undo_button.isEnabled()


def test_a_region_has_no_editor(qtbot: QtBot, context: AppContext) -> None:
    page = ReferencePage(context)
    qtbot.addWidget(page)
    assert page.refusal is not None
    assert page.refusal.text().startswith("Reference data is edited at headquarters only")


def test_ctrl_p_on_the_reference_page_publishes_in_headquarters_window(
    qtbot: QtBot, hq_context: AppContext, settle: Settle, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's Ctrl+P (People) gives way to the page's own while the page is shown, and
    comes back on the other pages."""
    asked: list[str] = []
    monkeypatch.setattr(
        "khdesk.ui.hq.reference_page.ask_save_path", lambda *a, **_k: asked.append(a[1])
    )
    window, page = headquarters_window(qtbot, hq_context, settle, "reference")
    assert isinstance(page, ReferencePage) and window.home is not None
    assert window.persons_action.shortcut().isEmpty()
    page.tree.setFocus()
    press(qtbot, page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: asked == ["Publish the reference data"])
    window.home.show_page("dashboard")
    settle(hq_context)
    assert window.persons_action.shortcut().toString() == "Ctrl+P"
