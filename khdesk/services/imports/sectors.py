"""The sectors of the database as an import reads them: by code, names and synonyms."""

from __future__ import annotations

from sqlmodel import Session, col, select

from khdesk.domain.sectors import SectorMatcher, SectorNames, synonym_lines
from khdesk.storage.models import Sector


def sector_matcher(session: Session) -> SectorMatcher:
    """Every sector with its names in kk, ru and en and its synonyms, in the reference order."""
    rows = session.exec(select(Sector).order_by(col(Sector.position)))
    return SectorMatcher(
        SectorNames(
            code=s.code,
            names=(s.name_kk, s.name_ru, s.name_en),
            synonyms=synonym_lines(s.synonyms),
        )
        for s in rows
    )
