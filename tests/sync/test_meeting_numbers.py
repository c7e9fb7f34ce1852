"""Meeting numbers are unique in the country: two laptops of one region, a reinstalled laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput
from khdesk.services import devices, meetings, sync
from khdesk.storage.models import Device
from tests.sync.sites import Site, export, import_into, make_site


def _round_table(site: Site, title: str) -> str:
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title=title
        )
        return meetings.list_meetings(session)[0].number if meeting else ""


def _enrol(hq: Site, region: Site) -> None:
    with hq.database.transaction() as session, region.database.session() as other:
        devices.enroll(session, devices.this_card(other))


def test_two_laptops_of_one_region_print_different_numbers_and_headquarters_shows_both(
    tmp_path: Path, template_db: Path
) -> None:
    hq = make_site(tmp_path, template_db, "hq", "hq")
    first = make_site(tmp_path, template_db, "first", "facilitator", "35")
    second = make_site(tmp_path, template_db, "second", "facilitator", "35")
    numbers = [_round_table(first, "Қарағанды, бірінші"), _round_table(second, "Қарағанды, екінші")]
    assert numbers[0] != numbers[1]
    assert all(n.startswith("35-") and n.endswith("-2026-001") for n in numbers)
    for region in (first, second):
        _enrol(hq, region)
        with hq.database.session() as session:
            sync.export_reference(session, hq.keys, tmp_path / "reference.khr")
        with region.database.transaction() as session:
            sync.import_reference(session, tmp_path / "reference.khr")
        result = import_into(hq, export(region, tmp_path / f"{region.folder.name}.khb"))
        assert result.status == "imported"
    with hq.database.session() as session:
        listed = {row.number: row.title for row in meetings.list_meetings(session)}
        # each number names one meeting, also when typed back
        for number, title in listed.items():
            assert meetings.find_meeting(session, number).title == title
    assert listed == {numbers[0]: "Қарағанды, бірінші", numbers[1]: "Қарағанды, екінші"}


def test_a_reinstalled_laptop_does_not_start_again_at_the_numbers_it_printed(
    tmp_path: Path, template_db: Path
) -> None:
    before = make_site(tmp_path, template_db, "before", "facilitator", "71")
    after = make_site(tmp_path, template_db, "after", "facilitator", "71")  # set up again
    assert _round_table(before, "Астана") != _round_table(after, "Астана, тағы")


def test_headquarters_refuses_a_card_whose_code_another_laptop_of_the_region_has(
    tmp_path: Path, template_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = make_site(tmp_path, template_db, "hq", "hq")
    first = make_site(tmp_path, template_db, "first", "facilitator", "35")
    second = make_site(tmp_path, template_db, "second", "facilitator", "35")
    _enrol(hq, first)
    with first.database.session() as session:
        taken = session.exec(select(Device).where(Device.is_local)).one().code
    monkeypatch.setattr(numbering, "device_code", lambda _key: taken)  # the one-in-23,000 case
    with pytest.raises(InvalidInput, match=f"code {taken} in meeting numbers is already"):
        _enrol(hq, second)
    with hq.database.session() as session:
        enrolled = [d.id for d in devices.list_devices(session) if d.id != hq.actor.device_id]
    assert enrolled == [first.actor.device_id]
