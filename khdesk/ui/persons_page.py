"""Everyone known to this installation, in a table that loads rows as it scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, func, or_, select

from khdesk.domain.names import name_key
from khdesk.storage.models import Person
from khdesk.ui.context import AppContext
from khdesk.ui.models import QueryTableModel
from khdesk.ui.participants_tab import sector_names


class PersonsPage(QWidget):
    """All persons, sorted by name, filtered as one types; 200 rows are fetched at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sectors = sector_names(context)
        self._cursor: tuple[str, str] | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, organisation or phone"))
        self.search.textChanged.connect(self.refresh)
        self.total = QLabel()
        self.model = QueryTableModel(
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
            batch=200,
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
        self.refresh()

    def _query(self):
        query = select(Person).where(Person.deleted == False)  # noqa: E712
        for word in self.search.text().split():
            key = name_key(word).strip("+()")
            if key:
                query = query.where(col(Person.search_key).contains(key, autoescape=True))
        return query

    def _fetch(self, offset: int, limit: int) -> list[tuple[object, ...]]:
        # Pages continue from the last row shown (name, then id) rather than skipping ``offset``
        # rows, so the 500th page costs what the first does.
        query = self._query()
        if offset and self._cursor is not None:
            last_key, last_id = self._cursor
            query = query.where(
                Person.name_key >= last_key,
                or_(Person.name_key != last_key, col(Person.id) > last_id),
            )
        query = query.order_by(col(Person.name_key), col(Person.id)).limit(limit)
        with self.context.db.session() as session:
            people = session.exec(query).all()
        if people:
            self._cursor = (people[-1].name_key, people[-1].id)
        return [
            (
                p.id,
                p.full_name,
                p.organisation,
                p.position,
                self.sectors.get(p.sector_code, p.sector_code),
                p.phone,
                p.email,
                p.consent,
            )
            for p in people
        ]

    def refresh(self) -> None:
        self.model.reload()
        with self.context.db.session() as session:
            count = session.exec(select(func.count()).select_from(self._query().subquery())).one()
        self.total.setText(self.tr("{count} persons").format(count=f"{count:,}"))
