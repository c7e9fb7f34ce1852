"""Headquarters' derived tables, brought up to date after bundles were imported: the similar
proposals (``khdesk.services.similarity``) and the persons' identities
(``khdesk.services.identities``).

They are computed from the records and never travel; each pass reads only what changed since
the last. The command line's ``bundle import`` and the window's inbox call ``after_imports``
once after a batch of files; the pages that show them bring them up to date again when shown, so
a pass that failed (it is logged, and the imports stay) is made up for then.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)


def refresh(database: Any) -> None:
    """Bring every derived table up to date, each in its own transaction."""
    from khdesk.services import identities, similarity

    with database.transaction(patient=True) as session:
        similarity.refresh(session)
    with database.transaction(patient=True) as session:
        identities.refresh(session)


def after_imports(database: Any, statuses: Iterable[str]) -> None:
    """``refresh`` when one of the imports of a batch wrote records (status "imported"); a
    failure is logged (its type and frames, no values) and the imports stay as they are."""
    if "imported" not in set(statuses):
        return
    try:
        refresh(database)
    except Exception as exc:  # the imports are done; the pages refresh again when shown
        log.error(
            "headquarters' derived tables were not brought up to date: %s\n%s",
            type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)),
        )  # fmt: skip


__all__ = ["after_imports", "refresh"]
