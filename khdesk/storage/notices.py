"""Telling the other analysts' windows what a transaction changed, on a shared PostgreSQL.

A write that notes a change (``khdesk.services.changes``) also sends a notice on the channel
``khdesk`` (``pg_notify``), inside its transaction: PostgreSQL delivers it when the transaction
commits and drops it when it rolls back, and sends one notice for the same words said twice in
one transaction. A window listens (``Listener``) on a connection of its own and hands each
notice to its hub, so that what one analyst decides appears in the others' open lists. On
SQLite (one laptop, one window) nothing is sent.

A notice says which tables and meetings changed, and which process sent it (``SENDER``), so
that a window does not read its own writes twice. It carries no names or texts.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

log = logging.getLogger(__name__)

CHANNEL = "khdesk"
#: This process, as its notices name it.
SENDER = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
#: How long the listener waits for a notice before it looks whether it should stop.
WAIT_S = 0.5


@dataclass(frozen=True)
class Notice:
    """What another process's transaction changed."""

    tables: frozenset[str]
    meetings: frozenset[str]
    everything: bool
    sender: str


def send(connection: Any, *, table: str | None, meeting: str | None, everything: bool) -> None:
    """Say, in the caller's transaction on ``connection``, what it changes (PostgreSQL only)."""
    if connection.dialect.name != "postgresql":
        return
    words = {"t": table, "m": meeting, "e": everything, "s": SENDER}
    connection.execute(
        text("SELECT pg_notify(:channel, :words)"),
        {"channel": CHANNEL, "words": json.dumps(words, separators=(",", ":"))},
    )


def read(payload: str) -> Notice | None:
    """A notice's words, or None for words that are not khdesk's."""
    try:
        words = json.loads(payload)
        table, meeting = words.get("t"), words.get("m")
        return Notice(
            frozenset([table] if isinstance(table, str) else []),
            frozenset([meeting] if isinstance(meeting, str) else []),
            bool(words.get("e")),
            str(words.get("s", "")),
        )
    except (ValueError, AttributeError):
        return None


class Listener:
    """Listens on ``CHANNEL`` of the PostgreSQL database at ``url`` on a thread of its own, and
    calls ``heard(notice)`` (on that thread) for each notice another process sent. ``stop``
    ends it within ``WAIT_S``. A lost connection is logged and tried again every few seconds."""

    def __init__(self, url: str, heard: Callable[[Notice], None]) -> None:
        self._url = url
        self._heard = heard
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="khdesk-listener", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5 * WAIT_S)

    def _connect(self) -> Any:
        import psycopg

        address = "postgresql://" + self._url.split("://", 1)[1]
        connection = psycopg.connect(address, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        import psycopg

        while not self._stopping.is_set():
            try:
                with self._connect() as connection:
                    while not self._stopping.is_set():
                        for notice in connection.notifies(timeout=WAIT_S):
                            found = read(notice.payload)
                            if found is not None and found.sender != SENDER:
                                self._heard(found)
            except psycopg.Error as error:
                log.warning("listening for other analysts' changes stopped (%s)", type(error))
                self._stopping.wait(5.0)
