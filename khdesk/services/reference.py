"""Reference data as people read it: the names of regions, sectors, directions and sections.

Also the directions each section has been published under, since a moved section keeps its code.
"""

from __future__ import annotations

import csv

import orjson
from sqlmodel import Session, select

from khdesk.paths import reference_dir
from khdesk.services.installation import get_meta, set_meta
from khdesk.storage.models import Direction, Region, Section, Sector


def english_names(session: Session) -> dict[str, dict[str, str]]:
    """The English name of every region (by KATO code), sector, direction and prospectus
    section (by code), under ``"region"``, ``"sector"``, ``"direction"`` and ``"section"``."""
    return {
        "region": dict(session.exec(select(Region.kato, Region.name_en)).all()),
        "sector": dict(session.exec(select(Sector.code, Sector.name_en)).all()),
        "direction": dict(session.exec(select(Direction.code, Direction.name_en)).all()),
        "section": dict(session.exec(select(Section.code, Section.name_en)).all()),
    }


# --- where sections have been filed ----------------------------------------------------------

#: Meta key: every direction each section was published under (JSON: code -> [directions]).
PUBLISHED_DIRECTIONS = "section_published_directions"


def _bundled_directions() -> dict[str, set[str]]:
    """The directions of the sections every installation starts with (reference version 1)."""
    with (reference_dir() / "sections.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["code"].strip(): {row["direction"].strip()} for row in rows}


def section_directions(session: Session) -> dict[str, frozenset[str]]:
    """Every direction a region may have a section under: where the bundled reference filed it,
    where each published reference bundle did, and where it is now.

    A region that has not yet imported the bundle that moved a section still files it under its
    former direction, and resends those proposals until headquarters acknowledges them."""
    stored = get_meta(session, PUBLISHED_DIRECTIONS)
    known: dict[str, set[str]] = (
        {code: set(directions) for code, directions in orjson.loads(stored).items()}
        if stored
        else _bundled_directions()
    )
    for code, direction in session.exec(select(Section.code, Section.direction_code)):
        known.setdefault(code, set()).add(direction)
    return {code: frozenset(directions) for code, directions in known.items()}


def remember_section_directions(session: Session) -> None:
    """Add where every section is filed now to the directions it was published under (called
    as a reference bundle is written)."""
    known = section_directions(session)
    value = {code: sorted(directions) for code, directions in sorted(known.items())}
    set_meta(session, PUBLISHED_DIRECTIONS, orjson.dumps(value).decode())
