"""Reference data (regions, directions, sections, sectors) loaded from the bundled CSV files."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlmodel import Session, select

from khdesk.paths import reference_dir
from khdesk.storage.models import Direction, Meta, Region, Section, Sector

#: The reference version the bundled files carry; headquarters' reference bundles raise it.
BUNDLED_REFERENCE_VERSION = 1


def _rows(name: str, folder: Path) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return [
            {key: value.strip() for key, value in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]


def is_loaded(session: Session) -> bool:
    """True once the database holds reference data."""
    return session.exec(select(Region.kato).limit(1)).first() is not None


def load_if_empty(session: Session, folder: Path | None = None) -> bool:
    """Load the bundled reference data into an empty database; True when it did."""
    if is_loaded(session):
        return False
    folder = folder or reference_dir()
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
        session.add(Sector(position=position, **row))
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
    return True
