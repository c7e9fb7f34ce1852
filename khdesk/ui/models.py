"""Table models: over a list in memory, or over pages a read operation brings as the view scrolls
(never all rows at once, and never a query on the GUI thread).

Every text cell gives its whole text as its tooltip (``ToolTipRole``): a column too narrow for it
cuts it with «…» (``khdesk.ui.tables.TableView`` shows the tooltip only on such a cell)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
#: Fetches ``limit`` rows starting at ``offset``; each row is a tuple of display values.
Fetcher = Callable[[int, int], Sequence[tuple[Any, ...]]]


class QueryTableModel(QAbstractTableModel):
    """A read-only table over a paged query, loading ``batch`` more rows when the view needs them.

    The first batch is loaded by ``reload``; ``canFetchMore``/``fetchMore`` bring the next ones as
    the user scrolls, so a table over 100,000 persons holds only what has been shown. Row tuples
    carry the record id in position 0, which is not shown.
    """

    def __init__(self, headers: Sequence[str], fetch: Fetcher, *, batch: int = 200) -> None:
        super().__init__()
        self._headers = list(headers)
        self._fetch = fetch
        self._batch = batch
        self._rows: list[tuple[Any, ...]] = []
        self._exhausted = False

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._fetch(0, self._batch))
        self._exhausted = len(self._rows) < self._batch
        self.endResetModel()

    def set_fetcher(self, fetch: Fetcher) -> None:
        self._fetch = fetch
        self.reload()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        more = list(self._fetch(len(self._rows), self._batch))
        self._exhausted = len(more) < self._batch
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # --- reading ------------------------------------------------------------------------------
    def record_id(self, row: int) -> str | None:
        return str(self._rows[row][0]) if 0 <= row < len(self._rows) else None

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    def loaded_rows(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return "✓" if value else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if isinstance(value, str) and value else None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else None
        return None


class ListTableModel(QueryTableModel):
    """A table over a list already in memory (a meeting's attendees, its proposals)."""

    def __init__(self, headers: Sequence[str]) -> None:
        self._data: list[tuple[Any, ...]] = []
        super().__init__(headers, lambda offset, limit: self._data[offset : offset + limit])

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._data = list(rows)
        self._batch = max(len(self._data), 1)
        self.reload()


#: Asks for the page after a cursor (None: the first page); the answer comes later, by calling
#: ``arrive(rows, next_cursor)`` (``next_cursor`` None when there are no more rows).
PageFetcher = Callable[[Any, Callable[[Sequence[tuple[Any, ...]], Any], None]], None]


class PagedTableModel(QueryTableModel):
    """A read-only table whose pages a read operation brings, one at a time, as the view needs
    them; each page continues from a cursor (the last row's sort key), so the 500th page costs
    what the first does. A reload while a page is on its way drops that page."""

    def __init__(self, headers: Sequence[str], fetch_page: PageFetcher) -> None:
        super().__init__(headers, lambda offset, limit: [], batch=1)
        self._fetch_page = fetch_page
        self._cursor: Any = None
        self._loading = False
        self._generation = 0

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._cursor = None
        self.endResetModel()
        self._loading = False
        self._request()

    def _request(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        generation = self._generation

        def arrive(rows: Sequence[tuple[Any, ...]], cursor: Any) -> None:
            if generation != self._generation:
                return  # the rows of a search that was typed over
            self._loading = False
            self._cursor = cursor
            self._exhausted = cursor is None
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        self._fetch_page(self._cursor, arrive)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._request()
