"""Reference data (regions, directions, sections, sectors) loaded from the bundled CSV files.

A new database gets all of it at its first start. A database that already holds reference data
gets, once, what a later khdesk brings beside it: the sectors' synonyms (``Sector.synonyms``,
from the ``synonyms`` column of sectors.csv, ``|`` between two), filled in for every sector
that has none yet, so that neither headquarters' own synonyms nor its sectors are overwritten.

How to bring another addition to databases that exist: give it a Meta key like
``_SYNONYMS_LOADED``, ask for it in ``is_loaded``, and add it in ``load_if_empty``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlmodel import Session, select

from khdesk.paths import reference_dir
from khdesk.storage.models import Direction, Meta, Region, Section, Sector

#: The reference version the bundled files carry; headquarters' reference bundles raise it.
BUNDLED_REFERENCE_VERSION = 1
#: Set once the sectors' synonyms were loaded (a database made before they existed lacks it).
_SYNONYMS_LOADED = "reference_synonyms"


def _rows(name: str, folder: Path) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]


def synonyms_text(cell: str) -> str | None:
    """The ``synonyms`` cell of sectors.csv as ``Sector.synonyms`` keeps it: one per line."""
    lines: list[str] = []
    for part in cell.split("|"):
        if part.strip() and part.strip() not in lines:
            lines.append(part.strip())
    return "\n".join(lines) or None


def _sector(position: int, row: dict[str, str]) -> Sector:
    return Sector(
        code=row["code"],
        position=position,
        name_kk=row["name_kk"],
        name_ru=row["name_ru"],
        name_en=row["name_en"],
        synonyms=synonyms_text(row.get("synonyms", "")),
    )


def is_loaded(session: Session) -> bool:
    """True once the database holds the bundled reference data, the sectors' synonyms too."""
    if session.exec(select(Region.kato).limit(1)).first() is None:
        return False
    return session.get(Meta, _SYNONYMS_LOADED) is not None


def load_if_empty(session: Session, folder: Path | None = None) -> bool:
    """Load the bundled reference data into an empty database, or what a database made by an
    earlier khdesk lacks of it (the sectors' synonyms); True when it loaded anything."""
    if is_loaded(session):
        return False
    folder = folder or reference_dir()
    if session.exec(select(Region.kato).limit(1)).first() is not None:
        _add_synonyms(session, folder)
        return True
    for row in _rows("regions.csv", folder):
        session.add(
            Region(
                kato=row["kato"],
                kind=row["kind"],
                name_kk=row["name_kk"],
                name_ru=row["name_ru"],
                name_en=row["name_en"],
                center_kk=row["center_kk"] or None,
                center_ru=row["center_ru"] or None,
                center_en=row["center_en"] or None,
            )
        )
    for position, row in enumerate(_rows("directions.csv", folder), start=1):
        session.add(Direction(position=position, **row))
    for position, row in enumerate(_rows("sectors.csv", folder), start=1):
        session.add(_sector(position, row))
    session.flush()  # sections refer to directions
    for position, row in enumerate(_rows("sections.csv", folder), start=1):
        session.add(
            Section(
                code=row["code"],
                direction_code=row["direction"],
                theme=row["theme"] or None,
                position=position,
                name_kk=row["name_kk"],
                name_ru=row["name_ru"],
                name_en=row["name_en"],
            )
        )
    session.merge(Meta(key="reference_version", value=str(BUNDLED_REFERENCE_VERSION)))
    session.merge(Meta(key=_SYNONYMS_LOADED, value="1"))
    return True


def _add_synonyms(session: Session, folder: Path) -> None:
    """The bundled synonyms for every sector of the database that has none (a sector
    headquarters removed, or one it gave synonyms of its own, is left as it is)."""
    bundled = {
        row["code"]: synonyms_text(row.get("synonyms", "")) for row in _rows("sectors.csv", folder)
    }
    for sector in session.exec(select(Sector)):
        if sector.synonyms is None and bundled.get(sector.code):
            sector.synonyms = bundled[sector.code]
            session.add(sector)
    session.merge(Meta(key=_SYNONYMS_LOADED, value="1"))
