"""Reference data as people read it: the names of regions, sectors, directions and sections."""

from __future__ import annotations

from sqlmodel import Session, select

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
