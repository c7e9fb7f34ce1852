"""Imports into a meeting: a roster of participants, Zoom's participants report, proposals.

Every import is an ``Importer`` (``pipeline``) with the same three steps, so that the window
and the command line show what will happen before it happens:

1. ``importer.preview(session, meeting_id, path, **options)`` reads the file and decides, for
   every row, what it will do: create a person (or proposal), match a known one, leave one
   already attending alone, wait for the user to say who it is, or reject the row with its
   line and the reason. It writes nothing. The preview is plain data: a window lists
   ``entries``, lets the user correct a row, map a sector or decide a row, and calls
   ``importer.review(session, preview)`` to decide again.
2. ``importer.apply(session, actor, preview, progress=..., **options)`` decides once more
   against the database as it is at that moment, then writes every accepted row through the
   services (so each record gets its version, sequence number and change-log entry) in the
   caller's transaction: if anything fails, nothing is imported.
3. It returns one ``ImportReport`` for every kind of file; ``importer.left_out(preview)`` gives
   the rows not imported in the file's own columns, which ``left_out.save_left_out`` writes as
   a file to fix and import again.

A roster's sectors are found by the sectors' names and synonyms (``khdesk.domain.sectors``),
by the words a user mapped (remembered for the next import, ``mappings``), and in the window by
a suggestion from the organisation's name.

The importers are ``ROSTER``, ``ZOOM`` and ``PROPOSALS``, found by name with ``importer``. The
functions ``preview_roster``, ``apply_roster`` … below are the same steps under the names the
command line has always used.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlmodel import Session

from khdesk.services.imports.pipeline import (
    NOT_IMPORTED,
    Action,
    Field,
    ImportCancelled,
    ImportEntry,
    Importer,
    ImportPreview,
    ImportReport,
    LeftOut,
    Option,
    OptionKind,
    Progress,
    ProgressTracker,
    Rejection,
    SectorWord,
    Source,
)
from khdesk.services.imports.proposals import (
    PROPOSALS,
    ProposalEntry,
    ProposalsImporter,
    ProposalsPreview,
)
from khdesk.services.imports.roster import (
    ROSTER,
    RosterEntry,
    RosterImporter,
    RosterPreview,
    SectorFound,
)
from khdesk.services.imports.zoom import ZOOM, ZoomEntry, ZoomImporter, ZoomPreview
from khdesk.services.recorder import Actor

__all__ = [
    "IMPORTERS",
    "NOT_IMPORTED",
    "PROPOSALS",
    "ROSTER",
    "ZOOM",
    "Action",
    "Field",
    "ImportCancelled",
    "ImportEntry",
    "ImportPreview",
    "ImportReport",
    "Importer",
    "LeftOut",
    "Option",
    "OptionKind",
    "Progress",
    "ProgressTracker",
    "ProposalEntry",
    "ProposalsImporter",
    "ProposalsPreview",
    "Rejection",
    "RosterEntry",
    "RosterImporter",
    "RosterPreview",
    "SectorFound",
    "SectorWord",
    "Source",
    "ZoomEntry",
    "ZoomImporter",
    "ZoomPreview",
    "apply_proposals",
    "apply_roster",
    "apply_zoom",
    "importer",
    "preview_proposals",
    "preview_roster",
    "preview_zoom",
    "review_proposals",
    "review_roster",
    "review_zoom",
]

#: Every import, by the name windows and scripts pick it by. How to add one: docs/imports.md.
IMPORTERS: dict[str, Importer[Any, Any]] = {i.name: i for i in (ROSTER, ZOOM, PROPOSALS)}


def importer(name: str) -> Importer[Any, Any]:
    """The import called ``name`` ("roster", "zoom", "proposals")."""
    try:
        return IMPORTERS[name]
    except KeyError:
        raise ValueError(
            f"no import is called {name!r}: use one of {', '.join(IMPORTERS)}"
        ) from None


# --- the steps under their earlier names ---------------------------------------------------------


def preview_roster(
    session: Session,
    meeting_id: str,
    path: Path,
    *,
    unknown_sector: str | None = None,
    suggest: bool = False,
) -> RosterPreview:
    """Read the roster in ``path`` and decide every row for the meeting; writes nothing.
    ``suggest``: where the file names no sector, count the row under the one its words or its
    organisation's name suggest (for a user who sees the suggestions before importing)."""
    return ROSTER.preview(session, meeting_id, path, unknown_sector=unknown_sector, suggest=suggest)


def review_roster(session: Session, preview: RosterPreview) -> RosterPreview:
    """Decide every row again, after corrections or against a changed database; writes nothing."""
    return ROSTER.review(session, preview)


def apply_roster(
    session: Session,
    actor: Actor,
    preview: RosterPreview,
    *,
    present: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the accepted rows of ``preview`` in the caller's transaction (``present``: mark
    everyone as attended)."""
    return ROSTER.apply(session, actor, preview, progress=progress, present=present)


def preview_zoom(
    session: Session,
    meeting_id: str,
    path: Path,
    *,
    sector: str = "other",
    zone: dt.tzinfo | None = None,
) -> ZoomPreview:
    """Read Zoom's participants report and decide every person for the meeting; writes nothing.

    Zoom writes times in the zone of the account that exported the report; ``zone`` is that zone,
    this computer's own by default. A join on a day other than the meeting's is rejected.
    """
    return ZOOM.preview(session, meeting_id, path, sector=sector, zone=zone)


def review_zoom(session: Session, preview: ZoomPreview) -> ZoomPreview:
    """Decide every person of the report again (after a change of sector, say); writes nothing."""
    return ZOOM.review(session, preview)


def apply_zoom(
    session: Session, actor: Actor, preview: ZoomPreview, *, progress: Progress | None = None
) -> ImportReport:
    """Mark everyone of the report present online, with their first join and last leave."""
    return ZOOM.apply(session, actor, preview, progress=progress)


def preview_proposals(session: Session, meeting_id: str, path: Path) -> ProposalsPreview:
    """Read the proposals in ``path`` and check every row for the meeting; writes nothing."""
    return PROPOSALS.preview(session, meeting_id, path)


def review_proposals(session: Session, preview: ProposalsPreview) -> ProposalsPreview:
    """Check every row again (after corrections); writes nothing."""
    return PROPOSALS.review(session, preview)


def apply_proposals(
    session: Session,
    actor: Actor,
    preview: ProposalsPreview,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Add the accepted proposals to the meeting, numbered in the file's order, in the caller's
    transaction."""
    return PROPOSALS.apply(session, actor, preview, progress=progress)
