"""The sync tests' installations: headquarters and two regions, enrolled and reference-synced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khdesk.services import devices, sync
from tests.sync.sites import Site, make_site


@pytest.fixture
def network(tmp_path: Path, template_db: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Headquarters and two regions, enrolled, each region holding the reference bundle."""
    hq = make_site(tmp_path, template_db, "hq", "hq")
    regions = [
        make_site(tmp_path, template_db, "astana", "facilitator", "71"),
        make_site(tmp_path, template_db, "almaty", "facilitator", "75"),
    ]
    reference = tmp_path / "reference.khr"
    with hq.database.transaction() as session:
        for region in regions:
            with region.database.session() as rs:
                devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, reference)
    for region in regions:
        with region.database.transaction() as session:
            sync.import_reference(session, reference)
    yield hq, regions[0], regions[1]
    for site in (hq, *regions):
        site.database.close()
