"""The sectors' synonyms: loaded into a new database, added once to one made before them, and
carried to the regions by headquarters' reference bundle."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from khdesk.domain.sectors import synonym_lines
from khdesk.services import sync
from khdesk.services.imports.sectors import sector_matcher
from khdesk.storage.database import Database
from khdesk.storage.models import Meta, Sector
from tests.sync.sites import Site


def synonyms(database: Database) -> dict[str, tuple[str, ...]]:
    with database.session() as session:
        return {s.code: synonym_lines(s.synonyms) for s in session.exec(select(Sector))}


def test_a_new_database_knows_how_people_write_each_sector(database: Database) -> None:
    known = synonyms(database)
    assert {"Әкімдік", "Акимат", "ЖАО", "МИО", "Госорган", "Мәслихат"} <= set(known["local_gov"])
    assert {"НКО", "Волонтёры", "Еріктілер", "Общественность"} <= set(known["ngo"])
    assert "IT-бизнес" in known["business"]
    assert all(known[code] for code in known)


def test_a_database_made_before_synonyms_gets_them_once_and_keeps_headquarters_own(
    db_path: Path,
) -> None:
    database = Database.open(f"sqlite:///{db_path}")
    with database.transaction() as session:
        # as an earlier khdesk left it: no synonyms, and no mark that they were loaded; but
        # headquarters had sent synonyms of its own for business
        for sector in session.exec(select(Sector)):
            sector.synonyms = "Банкир" if sector.code == "business" else None
            session.add(sector)
        marker = session.get(Meta, "reference_synonyms")
        assert marker is not None
        session.delete(marker)
    database.close()

    database = Database.open(f"sqlite:///{db_path}")
    try:
        known = synonyms(database)
        assert "Әкімдік" in known["local_gov"] and "НКО" in known["ngo"]
        assert known["business"] == ("Банкир",)
        with database.session() as session:
            assert sector_matcher(session).find("Еріктілер") == "ngo"
    finally:
        database.close()


def test_headquarters_adds_a_synonym_and_the_region_understands_it(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, region, _ = network
    with region.database.session() as session:
        assert sector_matcher(session).find("МИО") == "local_gov"  # sent by headquarters
        assert sector_matcher(session).find("Банкир") is None
    with hq.database.transaction() as session:
        business = session.get(Sector, "business")
        assert business is not None and business.synonyms
        business.synonyms += "\nБанкир"
        session.add(business)
        sync.export_reference(session, hq.keys, tmp_path / "reference-2.khr")
    with region.database.transaction() as session:
        sync.import_reference(session, tmp_path / "reference-2.khr")
    with region.database.session() as session:
        assert sector_matcher(session).find("банкир") == "business"
