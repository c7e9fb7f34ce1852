"""Export… on headquarters' pages, as an analyst uses it: filter the proposals page or the
dashboard, press Ctrl+Shift+E (or the button), choose the file, read the workbook back; the CSV
folder, Cancel, and a refused file in one sentence."""

from __future__ import annotations

import csv
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from khdesk.services import exports, meetings, proposals
from khdesk.services.installation import set_meta
from khdesk.storage import files
from khdesk.ui.context import AppContext
from khdesk.ui.hq.dashboard import DashboardPage
from khdesk.ui.hq.export_dialog import ExportDialog, ExportProgress
from khdesk.ui.hq.review_page import ProposalsPage
from tests.sync.sites import Site, export, import_into
from tests.ui.conftest import Settle
from tests.ui.typing import press, type_text

ASTANA = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау",
    "Қазақстан бойынша еріктілер желісін құру",
    "Аудандық ауруханаларға жедел жәрдем көліктері",
)
ALMATY = ("Гранты для молодёжных организаций Казахстана", "Волонтёрская сеть в сёлах")
LANGUAGE = "ru"
HEADER_ROW = exports.PREAMBLE_ROWS + 1
EXPORT_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def hq(network: tuple[Site, Site, Site], tmp_path: Path) -> Iterator[Site]:
    """Headquarters holding Astana's three proposals (direction D2) and Almaty's two (D3)."""
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
    yield hq


@pytest.fixture
def context(hq: Site, tmp_path: Path) -> Iterator[AppContext]:
    shown = AppContext(database=hq.database, data_dir=tmp_path / "data", language=LANGUAGE)
    yield shown
    shown.operations.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settle: Settle) -> ProposalsPage:
    shown = ProposalsPage(context)
    qtbot.addWidget(shown)
    shown.resize(1366, 720)
    shown.show()
    shown.activate()
    settle(context)
    shown.table.setFocus()
    return shown


class SaveDialog:
    """The save dialog, answered as the user would: a name and a file type; it remembers what it
    was offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, file_type: str) -> None:
        self.path, self.file_type = path, file_type
        self.offered: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent: QWidget, _title: str, _proposed: str, types: str) -> Any:
        self.offered = types.split(";;")
        chosen = next(t for t in self.offered if t.startswith(self.file_type))
        return str(self.path), chosen


def wait(qtbot: QtBot, context: AppContext) -> None:
    for _ in range(5):
        qtbot.waitUntil(context.operations.idle, timeout=15_000)
        QApplication.processEvents()


def choose(qtbot: QtBot, combo: Any, typed: str) -> None:
    """Choose an item of a filter by typing its start, as one does with the keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)


def exported(qtbot: QtBot, holder: Any) -> ExportDialog:
    qtbot.waitUntil(lambda: isinstance(holder.export_dialog, ExportDialog), timeout=10_000)
    dialog: ExportDialog = holder.export_dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    return dialog


def rows_of(book: Path, sheet: str) -> list[tuple[Any, ...]]:
    workbook = load_workbook(book, read_only=True)
    try:
        return list(workbook[exports.word(f"{sheet}_sheet", LANGUAGE)].iter_rows(values_only=True))
    finally:
        workbook.close()


def test_the_proposals_page_exports_what_its_filter_shows(
    qtbot: QtBot, page: ProposalsPage, context: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    choose(qtbot, page.direction, "D3")
    wait(qtbot, page.context)
    assert {row.direction_code for row in page.model.rows} == {"D3"}
    book = tmp_path / "out" / "предложения D3.xlsx"
    save = SaveDialog(monkeypatch, book, "Excel")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.table.setFocus()
    press(qtbot, page.table, Qt.Key.Key_E, EXPORT_KEYS)

    dialog = exported(qtbot, page)
    assert len(save.offered) == 2  # a workbook, or CSV files in a folder
    rows = rows_of(book, "proposals")
    headers = rows[HEADER_ROW - 1]
    assert headers[:3] == ("Идентификатор", "Номер заседания", "Регион")
    text = headers.index(exports.HEADERS["text"][LANGUAGE])
    direction = headers.index(exports.HEADERS["direction"][LANGUAGE])
    found = rows[HEADER_ROW:]
    assert sorted(row[text] for row in found) == sorted(ALMATY)
    assert {str(row[direction]).split()[0] for row in found} == {"D3"}
    assert str(rows[1][0]).startswith("По состоянию на")
    assert rows[2][0] == f"Фильтры: Направление: {context.direction_names()['D3']}"
    # one sentence: where the file is and how many rows each sheet has
    said = dialog.outcome.text()
    assert str(book) in said and "Предложения 2" in said and "Заседания 1" in said
    assert not dialog.error
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(book.parent)]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_search_and_the_csv_file_type_write_a_folder_of_files_that_follow_it(
    qtbot: QtBot, page: ProposalsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page.search.setFocus()
    type_text(page.search, "волонтер")  # found in any spelling, as the list finds it
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    SaveDialog(monkeypatch, tmp_path / "выгрузка.csv", "CSV")
    qtbot.mouseClick(
        next(b for b in page.findChildren(QWidget) if b.accessibleName() == "Export…"),
        Qt.MouseButton.LeftButton,
    )
    dialog = exported(qtbot, page)
    folder = tmp_path / "выгрузка"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}.csv" for s in exports.SHEETS)
    with (folder / "proposals.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [row[8] for row in rows[HEADER_ROW:]] == ["Волонтёрская сеть в сёлах"]
    assert "Поиск: «волонтер»" in rows[2][0]
    assert "proposals.csv 1" in dialog.outcome.text() and str(folder) in dialog.outcome.text()
    # the dialog said that the search narrows the proposals only
    assert dialog.note.isVisible()


def test_cancel_while_it_is_written_writes_nothing(
    qtbot: QtBot, page: ProposalsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export that takes longer than half a second shows its progress; Cancel stops it."""
    reported = ExportProgress.__call__
    asked = threading.Event()

    def slow(self: ExportProgress, sheet: str, rows: int) -> None:
        asked.set()
        self._cancelled.wait(20)  # the export is slow until the user cancels it
        reported(self, sheet, rows)

    monkeypatch.setattr(ExportProgress, "__call__", slow)
    book = tmp_path / "всё.xlsx"
    SaveDialog(monkeypatch, book, "Excel")
    press(qtbot, page.table, Qt.Key.Key_E, EXPORT_KEYS)
    qtbot.waitUntil(lambda: isinstance(page.export_dialog, ExportDialog), timeout=10_000)
    dialog: ExportDialog = page.export_dialog
    qtbot.waitUntil(lambda: dialog.bar.isVisible() and asked.is_set(), timeout=10_000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.outcome.text() == "Export cancelled: nothing was written."
    assert not book.exists() and list(tmp_path.glob("*.partial")) == []


@pytest.mark.parametrize(
    ("where", "code", "sentence"),
    [
        ("fsync", errno.ENOSPC, "is full"),
        ("replace", errno.EACCES, "may not write"),
    ],
)
def test_a_refused_file_is_one_sentence(
    qtbot: QtBot, page: ProposalsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    where: str, code: int, sentence: str,
) -> None:  # fmt: skip
    """A full disk, or a folder khdesk may not write in, is said in one sentence."""

    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, where, refuse)
    book = tmp_path / "отказ.xlsx"
    SaveDialog(monkeypatch, book, "Excel")
    press(qtbot, page.table, Qt.Key.Key_E, EXPORT_KEYS)
    dialog = exported(qtbot, page)
    said = dialog.outcome.text()
    assert sentence in said and said.count(". ") == 0
    assert not book.exists()
    assert not dialog.open_button.isVisible()


def test_the_dashboard_exports_under_its_filters(
    qtbot: QtBot, context: AppContext, settle: Settle, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.resize(1366, 720)
    dashboard.show()
    dashboard.activate()
    settle(context)
    choose(qtbot, dashboard.direction_filter, "D2")
    wait(qtbot, context)
    book = tmp_path / "кампания.xlsx"
    SaveDialog(monkeypatch, book, "Excel")
    qtbot.mouseClick(dashboard.export_button, Qt.MouseButton.LeftButton)
    dialog = exported(qtbot, dashboard)
    found = rows_of(book, "proposals")[HEADER_ROW:]
    assert sorted(row[8] for row in found) == sorted(ASTANA)
    assert len(rows_of(book, "meetings")[HEADER_ROW:]) == 1  # Astana's round table only
    shown = f"Фильтры: Направление: {context.direction_names()['D2']}"
    assert rows_of(book, "meetings")[2][0] == shown
    assert not dialog.note.isVisible()


def test_the_dashboards_charts_have_legends_values_and_axis_titles(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    """What a reader of the charts needs: a legend where there are two series or more, each
    bar's value on or beside it, and what the axes count."""
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.activate()
    settle(context)
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)
    for chart in dashboard.charts:
        assert chart.series is not None and chart.series.isLabelsVisible()
        legend = chart.chart().legend()
        assert legend.isVisible() == (len(chart.series.barSets()) > 1)
        assert chart.value_axis.titleText()
    sectors = dashboard.sectors_chart
    assert [s.label() for s in sectors.series.barSets()] == [
        "attendances",
        "participants (each person once)",
    ]
    assert dashboard.activity_chart.category_axis is not None
    assert dashboard.activity_chart.category_axis.titleText() == "week (from its Monday)"
    right = [
        a
        for a in dashboard.activity_chart.chart().axes()
        if a.alignment() == Qt.AlignmentFlag.AlignRight
    ]
    assert [a.titleText() for a in right] == ["attendances"]
