"""Everyone known to this installation, in a table that loads rows as it scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.services import snapshots
from khdesk.ui.context import AppContext
from khdesk.ui.models import PagedTableModel

PAGE = 200


def _page(work: Any, text: str, after: tuple[str, str] | None) -> list[tuple[Any, ...]]:
    people = snapshots.people_page(work, text, after, PAGE)
    return [
        (p.id, p.full_name, p.organisation, p.position, p.sector_code, p.phone, p.email,
         p.consent, (p.name_key, p.id))
        for p in people
    ]  # fmt: skip


class PersonsPage(QWidget):
    """All persons, sorted by name, filtered as one types; 200 rows are fetched at a time, off
    the GUI thread, each page continuing from the last row shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, organisation or phone"))
        self.search.textChanged.connect(self.refresh)
        self.total = QLabel()
        self.model = PagedTableModel(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Position"),
                self.tr("Sector"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Consent"),
            ],
            self._fetch,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        context.hub.changed.connect(self._on_changed)
        self.refresh()

    def _fetch(self, after: Any, arrive: Any) -> None:
        """Ask for the page after ``after`` (None: the first); ``arrive(rows, next)`` gets it."""
        sectors = self.context.sector_names()

        def shown(rows: list[tuple[Any, ...]]) -> None:
            cursor = rows[-1][-1] if rows else None
            arrive(
                [(*row[:4], sectors.get(row[4], row[4]), *row[5:8]) for row in rows],
                cursor if len(rows) == PAGE else None,
            )

        self.context.operations.read(_page, self.search.text(), after, done=shown, owner=self)

    def refresh(self) -> None:
        self.model.reload()
        self.context.operations.read(
            snapshots.count_people, self.search.text(), done=self._show_total, owner=self
        )

    def _show_total(self, count: int) -> None:
        self.total.setText(self.tr("{count} persons").format(count=f"{count:,}"))

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("person") and self.isVisible():
            self.refresh()
