"""Test 10 of SYNC.md at test scale: many bundles from twenty devices, imported in a shuffled
order, then all again (the thousands are in benchmarks/sync.py, with time and memory)."""

from __future__ import annotations

import random
from pathlib import Path

from khdesk.services import devices, meetings, proposals, stats, sync
from tests.sync.sites import Site, content, make_site

DEVICES, BUNDLES_EACH = 20, 4


def _device_bundles(site: Site, out: Path, regional: int) -> list[Path]:
    """A device that holds a round table and sends after every proposal, before any
    acknowledgement: each bundle holds the previous ones' records too."""
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title=f"Кездесу {regional}"
        )
    bundles = []
    for index in range(BUNDLES_EACH):
        with site.database.transaction() as session:
            proposals.add_proposal(
                session, site.actor, meeting.id, text=f"Ұсыныс {index}", direction="D1"
            )
        path = out / f"{site.folder.name}-{index}.khb"
        sync.export_changes(site.database, site.data, path)
        bundles.append(path)
    return bundles


def test_many_bundles_from_twenty_devices_in_any_order_then_all_again(
    tmp_path: Path, template_db: Path
) -> None:
    hq = make_site(tmp_path, template_db, "hq", "hq")
    reference = tmp_path / "reference.khr"
    regions = [
        make_site(tmp_path, template_db, f"device{n:02d}", "facilitator", "71")
        for n in range(DEVICES)
    ]
    with hq.database.transaction() as session:
        for region in regions:
            with region.database.session() as rs:
                devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, reference)
    out = tmp_path / "stick"
    out.mkdir()
    bundles = []
    for number, region in enumerate(regions):
        with region.database.transaction() as session:
            sync.import_reference(session, reference)
        bundles += _device_bundles(region, out, number)
        region.database.close()
    random.Random(10).shuffle(bundles)

    first = [sync.import_file(hq.database, path, hq.data) for path in bundles]
    assert {r.status for r in first} == {"imported"}
    with hq.database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["meetings"]["total"] == DEVICES
    assert figures["proposals"]["total"] == DEVICES * BUNDLES_EACH
    collisions = sum(r.collisions for r in first)
    assert collisions == 0
    after_first = content(hq)

    again = [sync.import_file(hq.database, path, hq.data) for path in bundles]
    assert {r.status for r in again} == {"already imported"}
    assert content(hq) == after_first
    assert len(list((hq.folder / "inbox" / "imported").iterdir())) == len(bundles)
    assert not list((hq.folder / "inbox" / "received").iterdir())
    hq.database.close()
