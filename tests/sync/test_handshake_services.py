"""What the window asks of sync before it asks the user anything: whether a region can send, and
a copy of headquarters' recovery key for the safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput, NotFound
from khdesk.services import sync
from tests.sync.sites import Site, export, import_into, make_site, round_table


def _state(site: Site) -> str:
    with site.database.session() as session:
        return sync.sending_state(session)


def test_a_region_can_send_once_it_holds_the_reference_and_has_news(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, astana, _almaty = network
    fresh = make_site(tmp_path, template_db, "shymkent", "facilitator", "79")
    try:
        assert _state(fresh) == "no reference"
    finally:
        fresh.database.close()
    assert _state(astana) == "nothing"
    round_table(astana, people=1, ideas=1)
    assert _state(astana) == "ready"
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, tmp_path / "acks.khr")
    with astana.database.transaction() as session:
        sync.import_reference(session, tmp_path / "acks.khr")
    assert _state(astana) == "nothing"  # headquarters acknowledged it all
    with hq.database.session() as session, pytest.raises(InvalidInput):
        sync.sending_state(session)


def test_the_recovery_key_is_copied_whole_and_never_onto_itself(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq = network[0]
    key = sync.recovery_key_file(hq.data)
    assert key == hq.keys / "recovery-identity.age"
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = sync.save_recovery_key(hq.data, stick / "recovery-identity.age")
    assert copy.read_bytes() == key.read_bytes()
    assert copy.read_text().startswith("AGE-SECRET-KEY-")
    with pytest.raises(InvalidInput, match="the recovery key itself"):
        sync.save_recovery_key(hq.data, key)
    assert key.read_bytes() == copy.read_bytes()
    key.unlink()  # moved offline, as the policy may ask
    with pytest.raises(NotFound, match="no longer in"):
        sync.save_recovery_key(hq.data, stick / "again.age")
    assert not (stick / "again.age").exists()
