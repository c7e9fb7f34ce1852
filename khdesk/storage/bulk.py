"""Bulk writes that bypass ORM objects: synthetic data and, later, sync import.

Rows go to the driver's ``executemany`` in chunks; values are converted to the forms SQLAlchemy
itself writes, so that records written in bulk read back exactly like records written one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

CHUNK = 5_000


def marker(connection: Connection) -> str:
    """The driver's mark for one value in SQL given to its cursor (``?`` or ``%s``)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def insert_rows(
    connection: Connection, cursor: Any, table: str, columns: Sequence[str], rows: Sequence[Any]
) -> None:
    """Insert ``rows`` (values in ``columns``' order, in the database's own forms) through the
    driver's ``cursor``: one ``COPY … FROM STDIN`` on PostgreSQL, quicker there than one INSERT
    per row, an ``executemany`` on SQLite. A broken rule of the database raises the driver's
    ``IntegrityError`` either way (the caller's transaction, rolled back, keeps none of them)."""
    if connection.dialect.name == "postgresql":
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(["?"] * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


class BulkWriter:
    """Buffers rows per table and writes them with the driver's ``executemany``."""

    def __init__(self, connection: Connection, *, chunk: int = CHUNK) -> None:
        self.connection = connection
        self.chunk = chunk
        self.sqlite = connection.dialect.name == "sqlite"
        self._buffers: dict[str, list[Sequence[Any]]] = {}
        self._columns: dict[str, Sequence[str]] = {}
        self.written: dict[str, int] = {}

    # --- values in the database's own form ---------------------------------------------------
    def when(self, value: dt.datetime) -> Any:
        """A UTC timestamp as SQLAlchemy stores it."""
        if self.sqlite:
            return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def day(self, value: dt.date) -> Any:
        return value.isoformat() if self.sqlite else value

    def clock(self, value: dt.time | None) -> Any:
        if value is None or not self.sqlite:
            return value
        return value.strftime("%H:%M:%S.%f")

    # --- writing -----------------------------------------------------------------------------
    def table(self, name: str, columns: Sequence[str]) -> None:
        """Declare a table's column order before adding rows to it."""
        self._columns[name] = columns
        self._buffers.setdefault(name, [])
        self.written.setdefault(name, 0)

    def add(self, name: str, row: Sequence[Any]) -> None:
        buffer = self._buffers[name]
        buffer.append(row)
        if len(buffer) >= self.chunk:
            self.flush()

    def _flush(self, name: str) -> None:
        rows = self._buffers[name]
        if not rows:
            return
        cursor = self.connection.connection.cursor()
        try:
            insert_rows(self.connection, cursor, name, self._columns[name], rows)
        finally:
            cursor.close()
        self.written[name] += len(rows)
        self._buffers[name] = []

    def flush(self) -> None:
        """Write every buffered row, tables in the order they were declared (parents first)."""
        for name in self._buffers:
            self._flush(name)
