"""The campaign in figures: meetings by kind and region, persons, attendance by sector, proposals
by direction and section. Each figure is one aggregate query over an index (see
docs/performance.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

NATIONAL_KEY = "national"


def _pairs(session: Session, sql: str) -> dict[str, int]:
    return {
        str(key) if key is not None else NATIONAL_KEY: int(count)
        for key, count in session.connection().execute(text(sql))
    }


def _one(session: Session, sql: str) -> int:
    return int(session.connection().execute(text(sql)).scalar_one())


#: Each aggregate by name; the benchmark times them one by one.
QUERIES: dict[str, str] = {
    "meetings_by_kind": (
        "SELECT kind, count(*) FROM meeting WHERE deleted = false GROUP BY kind ORDER BY kind"
    ),
    "meetings_by_region": (
        "SELECT region_kato, count(*) FROM meeting WHERE deleted = false "
        "GROUP BY region_kato ORDER BY region_kato"
    ),
    "persons": "SELECT count(*) FROM person WHERE deleted = false",
    "attendances_by_sector": (
        "SELECT sector_code, count(*) FROM attendance WHERE deleted = false AND present = true "
        "GROUP BY sector_code ORDER BY sector_code"
    ),
    # counted per meeting first (over an index), then summed per kind over the few meetings
    "attendances_by_kind": (
        "SELECT m.kind, sum(c.n) FROM (SELECT meeting_id, count(*) AS n FROM attendance "
        "WHERE deleted = false AND present = true GROUP BY meeting_id) c "
        "JOIN meeting m ON m.id = c.meeting_id WHERE m.deleted = false "
        "GROUP BY m.kind ORDER BY m.kind"
    ),
    "proposals_by_direction": (
        "SELECT direction_code, count(*) FROM proposal WHERE deleted = false "
        "GROUP BY direction_code ORDER BY direction_code"
    ),
    "proposals_by_section": (
        "SELECT section_code, count(*) FROM proposal WHERE deleted = false "
        "GROUP BY section_code ORDER BY section_code"
    ),
    "proposals_by_kind": (
        "SELECT kind, count(*) FROM proposal WHERE deleted = false GROUP BY kind ORDER BY kind"
    ),
    "questions": "SELECT count(*) FROM question WHERE deleted = false",
    "adopted_documents": (
        "SELECT count(*) FROM decision WHERE deleted = false AND document_title IS NOT NULL"
    ),
}
SCALARS = frozenset({"persons", "questions", "adopted_documents"})


def run_query(session: Session, name: str) -> dict[str, int] | int:
    sql = QUERIES[name]
    return _one(session, sql) if name in SCALARS else _pairs(session, sql)


def campaign_stats(session: Session) -> dict[str, Any]:
    """Every figure of ``khdesk stats``, as plain JSON-ready values."""
    by_kind = _pairs(session, QUERIES["meetings_by_kind"])
    by_sector = _pairs(session, QUERIES["attendances_by_sector"])
    by_direction = _pairs(session, QUERIES["proposals_by_direction"])
    return {
        "meetings": {
            "total": sum(by_kind.values()),
            "by_kind": by_kind,
            "by_region": _pairs(session, QUERIES["meetings_by_region"]),
        },
        "persons": _one(session, QUERIES["persons"]),
        "attendances": {
            "present": sum(by_sector.values()),
            "by_sector": by_sector,
            "by_meeting_kind": _pairs(session, QUERIES["attendances_by_kind"]),
        },
        "proposals": {
            "total": sum(by_direction.values()),
            "by_kind": _pairs(session, QUERIES["proposals_by_kind"]),
            "by_direction": by_direction,
            "by_section": _pairs(session, QUERIES["proposals_by_section"]),
        },
        "questions": _one(session, QUERIES["questions"]),
        "adopted_documents": _one(session, QUERIES["adopted_documents"]),
    }
