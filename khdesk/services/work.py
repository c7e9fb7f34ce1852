"""A unit of work: one read or one write transaction, who acts, and what it changed.

The window's operations (``khdesk.ui.operations``) and the command line both run the services
through here, so that every write has the same shape: a transaction that commits or rolls back
whole, the actor resolved inside it, the known errors as ``KhdeskError`` sentences, and a record
of what changed (``Changes``), which the window turns into its refreshes.

The recorder notes every record it writes (``changes.note_record``); bulk writers say that
everything may have changed (``changes.note_everything``).

How to write an operation: a plain function whose first argument is the ``Work``, e.g.::

    def check_in(work: Work, meeting_id: str, person_id: str) -> str:
        return participants.check_in(work.session, work.actor, meeting_id, person_id).id

and run it with ``run_write(database, check_in, meeting_id, person_id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import Session

from khdesk.services.changes import Changes, changes_of
from khdesk.services.installation import require_actor
from khdesk.services.recorder import Actor

if TYPE_CHECKING:
    from khdesk.storage.database import Database

T = TypeVar("T")


class Work:
    """One unit of work: its session, the actor (resolved on first use), what it changed."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._actor: Actor | None = None

    @property
    def actor(self) -> Actor:
        """Who writes: this installation's device and its user (refused before ``init``)."""
        if self._actor is None:
            self._actor = require_actor(self.session)
        return self._actor

    @property
    def changes(self) -> Changes:
        return changes_of(self.session)


def run_read(database: Database, function: Callable[..., T], *args: Any) -> T:
    """``function(work, *args)`` in a read session: it sees the last committed state and never
    waits for a writer."""
    with database.session() as session:
        return function(Work(session), *args)


def run_write(database: Database, function: Callable[..., T], *args: Any) -> tuple[T, Changes]:
    """``function(work, *args)`` in one write transaction, committed whole or not at all;
    returns its result and what it changed."""
    with database.transaction() as session:
        work = Work(session)
        result = function(work, *args)
        changes = work.changes
    return result, changes
