"""What other analysts change on a shared PostgreSQL, as the window's ``Changes``
(``khdesk.storage.notices`` sends and hears the notices)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from khdesk.services.changes import Changes
from khdesk.storage import notices

if TYPE_CHECKING:
    from khdesk.storage.database import Database


def listen(database: Database, heard: Callable[[Changes], None]) -> notices.Listener | None:
    """Start hearing other processes' changes to ``database``: ``heard(changes)`` is called on
    the listener's thread for each. None on SQLite, where no other analyst writes."""
    if database.is_sqlite:
        return None

    def told(notice: notices.Notice) -> None:
        heard(Changes(set(notice.tables), set(notice.meetings), notice.everything))

    return notices.Listener(database.url, told).start()
