"""The reference data editor: every value checked, undo before publishing, and what a region
receives in the next reference bundle (a renamed section, a moved one, a retired one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from khdesk.domain.errors import InvalidInput, KhdeskError, NotFound
from khdesk.services import meetings, proposals, reference_editor, review, snapshots, sync
from khdesk.services.work import Work
from khdesk.storage.database import Database
from khdesk.storage.models import Direction, Proposal, Section
from tests.sync.sites import Site

NAMES: dict[str, str | None] = {"kk": "Жаңа бағыт", "ru": "Новое направление", "en": "New one"}


def _write(site: Site, function: object, **kwargs: object) -> reference_editor.Edit:
    with site.database.transaction() as session:
        return function(session, **kwargs)  # type: ignore[operator, no-any-return]


def _section(database: Database, code: str) -> Section:
    with database.session() as session:
        found = session.get(Section, code)
        assert found is not None
        session.expunge(found)
        return found


def _refused(site: Site, function: object, **kwargs: object) -> str:
    with pytest.raises(KhdeskError) as caught:
        _write(site, function, **kwargs)
    return str(caught.value)


def test_a_direction_and_a_section_are_added_after_the_others(network: tuple[Site, ...]) -> None:
    hq = network[0]
    _write(hq, reference_editor.add_direction, code=" d7 ", names=NAMES)
    edit = _write(hq, reference_editor.add_section, code="d7.1", direction="D7", names=NAMES)
    _write(hq, reference_editor.add_section, code="D2.9", direction="D2", names=NAMES)
    with hq.database.session() as session:
        tables = reference_editor.reference_tables(session)
    assert [d.code for d in tables.directions][-1] == "D7"
    codes = [s.code for s in tables.sections]
    assert codes[-1] == "D7.1"
    # D2.9 follows D2's own sections, before D3's
    assert codes.index("D2.9") == codes.index("D3.1") - 1
    assert edit.action == "add" and edit.after["direction_code"] == "D7"
    assert tables.unpublished


@pytest.mark.parametrize(
    ("kwargs", "sentence"),
    [
        ({"code": "", "names": NAMES}, "the code is empty"),
        ({"code": "D1", "names": NAMES}, "direction D1 exists already"),
        ({"code": "7D", "names": NAMES}, "'7D' is not a direction's code"),
        ({"code": "DIRECTION9", "names": NAMES}, "is not a direction's code"),
        ({"code": "D8", "names": {**NAMES, "ru": "  "}}, "the Russian name is empty"),
        ({"code": "D8", "names": {**NAMES, "kk": "а\x07б"}}, "control characters"),
        ({"code": "D8", "names": {**NAMES, "en": "x" * 201}}, "shorten it to at most 200"),
    ],
)
def test_a_bad_direction_is_refused_in_one_sentence(
    network: tuple[Site, ...], kwargs: dict[str, object], sentence: str
) -> None:
    hq = network[0]
    assert sentence in _refused(hq, reference_editor.add_direction, **kwargs)
    with hq.database.session() as session:
        assert len(session.exec(select(Direction)).all()) == 6


@pytest.mark.parametrize(
    ("kwargs", "sentence"),
    [
        ({"code": "D1.1", "direction": "D1"}, "section D1.1 exists already"),
        ({"code": "D1", "direction": "D1"}, "'D1' is not a section's code"),
        ({"code": "D1.1.1.1.1.1.1.11", "direction": "D1"}, "at most 16 characters"),
        ({"code": "D1.8", "direction": "D9"}, "there is no direction 'D9'"),
    ],
)
def test_a_bad_section_is_refused_in_one_sentence(
    network: tuple[Site, ...], kwargs: dict[str, object], sentence: str
) -> None:
    hq = network[0]
    assert sentence in _refused(hq, reference_editor.add_section, names=NAMES, **kwargs)


def test_a_retired_code_is_not_taken_again(network: tuple[Site, ...]) -> None:
    hq = network[0]
    _write(hq, reference_editor.set_section_active, code="D1.3", active=False)
    sentence = _refused(hq, reference_editor.add_section, code="D1.3", direction="D1",
                        names=NAMES)  # fmt: skip
    assert "retired: choose another code, or reinstate" in sentence
    assert "retired already" in _refused(
        hq, reference_editor.set_section_active, code="D1.3", active=False
    )


def test_a_region_refuses_to_edit(network: tuple[Site, ...]) -> None:
    astana = network[1]
    sentence = _refused(astana, reference_editor.rename, table="region", code="71", names=NAMES)
    assert sentence.startswith("reference data is edited at headquarters only")


def test_rename_move_and_retire_are_undone_in_turn(network: tuple[Site, ...]) -> None:
    hq = network[0]
    before = _section(hq.database, "D1.3")
    with hq.database.session() as session:
        order = [s.code for s in session.exec(select(Section).order_by(Section.position))]
    edits = [
        _write(hq, reference_editor.rename, table="section", code="D1.3", names=NAMES),
        _write(hq, reference_editor.move_section, code="D1.3", direction="D4"),
        _write(hq, reference_editor.set_section_active, code="D1.3", active=False),
    ]
    moved = _section(hq.database, "D1.3")
    assert (moved.name_kk, moved.direction_code, moved.active) == ("Жаңа бағыт", "D4", False)
    # an older edit is not undone over a later one
    assert "changed again since" in _refused(hq, reference_editor.undo, edit=edits[0])
    for edit in reversed(edits):
        _write(hq, reference_editor.undo, edit=edit)
    back = _section(hq.database, "D1.3")
    assert (back.name_ru, back.direction_code, back.active) == (before.name_ru, "D1", True)
    with hq.database.session() as session:
        assert [s.code for s in session.exec(select(Section).order_by(Section.position))] == order


def test_an_added_section_is_undone_unless_filed_under(network: tuple[Site, ...]) -> None:
    hq = network[0]
    edit = _write(hq, reference_editor.add_section, code="D2.9", direction="D2", names=NAMES)
    _write(hq, reference_editor.undo, edit=edit)
    with hq.database.session() as session:
        assert session.get(Section, "D2.9") is None
    edit = _write(hq, reference_editor.add_section, code="D2.9", direction="D2", names=NAMES)
    with hq.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, hq.actor, kind="online", date="2026-10-01", title="Онлайн"
        )
        proposals.add_proposal(
            session, hq.actor, meeting.id, text="Ұсыныс", direction="D2", section="D2.9"
        )
    assert "is in use now" in _refused(hq, reference_editor.undo, edit=edit)
    assert _section(hq.database, "D2.9").active


def test_a_published_edit_is_not_undone(network: tuple[Site, ...], tmp_path: Path) -> None:
    hq = network[0]
    edit = _write(hq, reference_editor.rename, table="region", code="71", names=NAMES)
    with hq.database.transaction() as session:
        version = reference_editor.publish(session, hq.keys, tmp_path / "next.khr")
        assert not reference_editor.reference_tables(session).unpublished
    assert version == edit.version + 1
    sentence = _refused(hq, reference_editor.undo, edit=edit)
    assert f"went out in reference bundle version {edit.version}" in sentence


def test_unknown_codes_are_named(network: tuple[Site, ...]) -> None:
    hq = network[0]
    with pytest.raises(NotFound, match=r"no section 'D9\.9'"):
        _write(hq, reference_editor.move_section, code="D9.9", direction="D1")
    with pytest.raises(InvalidInput, match="under direction D1 already"):
        _write(hq, reference_editor.move_section, code="D1.1", direction="D1")
    with pytest.raises(NotFound, match="KATO code '99'"):
        _write(hq, reference_editor.rename, table="region", code="99", names=NAMES)


def test_the_next_bundle_brings_a_region_the_edits(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    """A renamed section, a moved one and a retired one reach a region; its proposal filed
    under the retired section keeps it, shown as retired, and the review refuses it."""
    hq, astana, _almaty = network
    with astana.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, astana.actor, kind="round-table", date="2026-10-01", title="Кездесу"
        )
        filed = proposals.add_proposal(
            session, astana.actor, meeting.id, text="Ұсыныс", direction="D1", section="D1.3"
        )
    renamed = {"kk": "Ауыл мектептері", "ru": "Сельские школы", "en": "Rural schools"}
    _write(hq, reference_editor.rename, table="section", code="D1.1", names=renamed)
    _write(hq, reference_editor.move_section, code="D1.7", direction="D3")
    _write(hq, reference_editor.set_section_active, code="D1.3", active=False)
    _write(hq, reference_editor.rename, table="region", code="71", names=NAMES)
    versions = []
    for name in ("first.khr", "second.khr"):
        with hq.database.transaction() as session:
            versions.append(reference_editor.publish(session, hq.keys, tmp_path / name))
    assert versions[1] == versions[0] + 1  # the version only grows
    with astana.database.transaction() as session:
        assert sync.import_reference(session, tmp_path / "second.khr") == versions[1]
    with astana.database.session() as session:
        _info, reference = snapshots.installation_and_reference(Work(session))
        proposal = session.get(Proposal, filed.id)
        assert proposal is not None and proposal.section_code == "D1.3"
    sections = {s.code: s for s in reference.sections}
    assert sections["D1.1"].names.ru == "Сельские школы"
    assert sections["D1.7"].direction == "D3"
    assert sections["D1.3"].active is False
    assert reference.regions["71"].kk == "Жаңа бағыт"
    # the older bundle is refused now: the region keeps the newest
    with (
        pytest.raises(KhdeskError, match="older than the one in use"),
        astana.database.transaction() as session,
    ):
        sync.import_reference(session, tmp_path / "first.khr")
    # at headquarters the review refuses to accept into the retired section
    with (
        hq.database.session() as session,
        pytest.raises(KhdeskError, match=r"section D1\.3 is retired"),
    ):
        review._active_section(session, "D1.3")
