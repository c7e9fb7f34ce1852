"""Proposals under a section headquarters retired or moved to another direction: a new filing
refuses a retired section, a proposal filed before keeps it, and a moved section takes its
proposals to its new direction in the region, at headquarters and in the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from khdesk.documents.registers import write_proposals_register
from khdesk.domain.errors import KhdeskError
from khdesk.services import imports, meetings, proposals, reference_editor, stats, sync
from khdesk.storage.models import Amendment, ChangeLog, Proposal
from tests.factories import make_closable_meeting
from tests.io.files import write_csv
from tests.sync.sites import Site, export, import_into

RETIRED = "section D1.3 is retired: choose an active section of the prospectus."


def _meeting(site: Site) -> str:
    with site.database.transaction() as session:
        return meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title="Кездесу"
        ).id


def _file(site: Site, meeting_id: str, direction: str, section: str | None) -> Proposal:
    with site.database.transaction() as session:
        return proposals.add_proposal(
            session, site.actor, meeting_id, text="Ұсыныс", direction=direction, section=section
        )


def _publish(hq: Site, path: Path, **edits: object) -> Path:
    """Headquarters moves (``move=(code, direction)``) or retires (``retire=code``) a section
    and writes the next reference bundle to ``path``."""
    with hq.database.transaction() as session:
        if "move" in edits:
            code, direction = edits["move"]  # type: ignore[misc]
            reference_editor.move_section(session, code=code, direction=direction)
        if "retire" in edits:
            reference_editor.set_section_active(session, code=str(edits["retire"]), active=False)
        reference_editor.publish(session, hq.keys, path)
    return path


def _take(region: Site, path: Path) -> None:
    with region.database.transaction() as session:
        sync.import_reference(session, path)


def _stored(site: Site, proposal_id: str) -> Proposal:
    with site.database.session() as session:
        found = session.get(Proposal, proposal_id)
        assert found is not None
        session.expunge(found)
        return found


def _by_direction(site: Site) -> dict[str, dict[str, int]]:
    with site.database.session() as session:
        return stats.proposals_by_direction_and_section(session, stats.NO_FILTERS)


# --- retired ---------------------------------------------------------------------------------


def test_a_retired_section_is_refused_for_a_new_proposal_and_kept_by_an_old_one(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    old = _file(astana, meeting_id, "D1", "D1.3")
    other = _file(astana, meeting_id, "D1", "D1.1")
    _take(astana, _publish(hq, tmp_path / "retired.khr", retire="D1.3"))

    with pytest.raises(KhdeskError) as new:
        _file(astana, meeting_id, "D1", "D1.3")
    with (
        pytest.raises(KhdeskError) as changed,
        astana.database.transaction() as session,
    ):
        proposals.update_proposal(session, astana.actor, other.id, section_code="D1.3")
    assert str(new.value) == str(changed.value) == RETIRED
    with astana.database.session() as session:
        assert len(proposals.proposals(session, meeting_id)) == 2  # nothing added
    assert _stored(astana, other.id).section_code == "D1.1"  # nothing changed

    # the proposal filed before keeps its section when its text is corrected, as the tab saves
    # it (every field of the form)
    with astana.database.transaction() as session:
        proposals.update_proposal(
            session, astana.actor, old.id, text="Ұсыныс, түзетілген",
            direction_code="D1", section_code="D1.3",
        )  # fmt: skip
    kept = _stored(astana, old.id)
    assert (kept.text, kept.direction_code, kept.section_code) == (
        "Ұсыныс, түзетілген",
        "D1",
        "D1.3",
    )
    # and it may be moved to a section in use
    with astana.database.transaction() as session:
        proposals.update_proposal(session, astana.actor, old.id, section_code="D1.2")
    assert _stored(astana, old.id).section_code == "D1.2"


def test_a_proposals_file_naming_a_retired_section_says_so(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    _take(astana, _publish(hq, tmp_path / "retired.khr", retire="D1.3"))
    meeting_id = _meeting(astana)
    path = write_csv(
        tmp_path / "proposals.csv",
        [["Текст", "Направление", "Раздел"], ["Мектеп", "D1", "D1.3"], ["Аурухана", "D1", "D1.2"]],
    )
    with astana.database.transaction() as session:
        preview = imports.preview_proposals(session, meeting_id, path)
        report = imports.apply_proposals(session, astana.actor, preview)
    assert report.created == 1
    assert [(r.line, str(r.reason)) for r in report.rejected] == [(2, RETIRED)]


def test_the_register_marks_a_retired_section(network: tuple[Site, ...], tmp_path: Path) -> None:
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    _file(astana, meeting_id, "D1", "D1.3")
    _file(astana, meeting_id, "D1", "D1.2")
    _take(astana, _publish(hq, tmp_path / "retired.khr", retire="D1.3"))
    printed = {}
    for language in ("ru", "kk", "en"):
        target = tmp_path / f"register-{language}.pdf"
        with astana.database.session() as session:
            write_proposals_register(session, target, language=language, meeting_id=meeting_id)
        pages = PdfReader(str(target)).pages
        printed[language] = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert printed["ru"].count("(упразднён)") == 1
    assert printed["kk"].count("(қолданыстан шығарылған)") == 1
    assert printed["en"].count("(retired)") == 1


# --- moved -----------------------------------------------------------------------------------


def test_a_region_importing_the_move_files_its_proposals_under_the_new_direction(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    moved = _file(astana, meeting_id, "D1", "D1.7")
    stays = _file(astana, meeting_id, "D1", "D1.1")
    import_into(hq, export(astana, tmp_path / "before.khb"))
    assert _by_direction(hq)["D1"] == {"D1.1": 1, "D1.7": 1}

    reference = _publish(hq, tmp_path / "moved.khr", move=("D1.7", "D3"))
    # headquarters' figures follow the move at once
    figures = _by_direction(hq)
    assert figures["D1"] == {"D1.1": 1} and figures["D3"] == {"D1.7": 1}

    _take(astana, reference)
    after = _stored(astana, moved.id)
    assert (after.direction_code, after.section_code) == ("D3", "D1.7")
    assert after.version == moved.version + 1  # recorded, so it travels
    assert _stored(astana, stays.id).version == stays.version
    with astana.database.session() as session:
        logged = session.exec(
            select(ChangeLog)
            .where(ChangeLog.record_id == moved.id)
            .order_by(col(ChangeLog.version).desc())
        ).first()
    assert logged is not None and '"direction_code":["D1","D3"]' in (logged.changes or "")

    # the region's next bundle carries it; headquarters counts it under D3 and the meeting's
    # list, filtered by D3, shows it
    result = import_into(hq, export(astana, tmp_path / "after.khb"))
    assert result.status == "imported" and result.collisions == 0
    assert _stored(hq, moved.id).version == after.version
    figures = _by_direction(hq)
    assert figures["D1"] == {"D1.1": 1}
    assert figures["D3"] == {"D1.7": 1}
    with hq.database.session() as session:
        # the dashboard's and stats --json's figures, with the direction filter too
        overall = stats.campaign_stats(session)["proposals"]["by_direction"]
        within = stats.campaign_stats(session, stats.Filters(direction="D3"))["proposals"]
    assert (overall["D1"], overall["D3"]) == (1, 1)
    assert within["by_direction_and_section"] == {"D3": {"D1.7": 1}}
    with hq.database.session() as session:
        assert [p.id for p in proposals.proposals(session, meeting_id, direction="D3")] == [
            moved.id
        ]


def test_a_closed_meetings_proposal_follows_the_move_without_an_amendment(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting = make_closable_meeting(astana.database, astana.actor)
    filed = _file(astana, meeting.id, "D1", "D1.7")
    with astana.database.transaction() as session:
        meetings.close_meeting(session, astana.actor, meeting.id)
    _take(astana, _publish(hq, tmp_path / "moved.khr", move=("D1.7", "D3")))
    assert _stored(astana, filed.id).direction_code == "D3"
    with astana.database.session() as session:
        assert session.exec(select(Amendment).where(Amendment.record_id == filed.id)).all() == []


def test_headquarters_accepts_a_bundle_that_still_files_a_moved_section_under_its_old_direction(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    """Astana has not imported the bundle that moved D1.7 and resends its cumulative bundles:
    headquarters accepts them and stores the section's current direction."""
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    before_move = _file(astana, meeting_id, "D1", "D1.7")
    _publish(hq, tmp_path / "moved.khr", move=("D1.7", "D3"))  # not imported by Astana
    after_move = _file(astana, meeting_id, "D1", "D1.7")
    first = export(astana, tmp_path / "first.khb")

    result = import_into(hq, first)
    assert result.status == "imported", result.reason
    assert {_stored(hq, p.id).direction_code for p in (before_move, after_move)} == {"D3"}
    assert _by_direction(hq)["D3"] == {"D1.7": 2}
    assert "D1" not in _by_direction(hq)
    # the same bundle again, and a later cumulative one: nothing collides
    assert import_into(hq, first).status == "already imported"
    _file(astana, meeting_id, "D1", "D1.1")
    again = import_into(hq, export(astana, tmp_path / "second.khb"))
    assert again.status == "imported" and again.collisions == 0
    assert _by_direction(hq) == {"D1": {"D1.1": 1}, "D3": {"D1.7": 2}}


def test_headquarters_still_refuses_a_section_under_a_direction_it_never_had(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    filed = _file(astana, meeting_id, "D1", "D1.7")
    _publish(hq, tmp_path / "moved.khr", move=("D1.7", "D3"))
    # a program other than khdesk files it under D2, where D1.7 never was
    with astana.database.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE proposal SET direction_code = 'D2' WHERE id = ?", (filed.id,)
        )
    with pytest.raises(KhdeskError, match="its section_code belongs to another direction"):
        import_into(hq, export(astana, tmp_path / "bad.khb"))
    with hq.database.session() as session:
        assert session.get(Proposal, filed.id) is None


def test_undoing_a_move_at_headquarters_takes_the_proposals_back(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting_id = _meeting(astana)
    filed = _file(astana, meeting_id, "D1", "D1.7")
    bundle = export(astana, tmp_path / "bundle.khb")
    import_into(hq, bundle)
    with hq.database.transaction() as session:
        edit = reference_editor.move_section(session, code="D1.7", direction="D3")
    assert _stored(hq, filed.id).direction_code == "D3"
    with hq.database.transaction() as session:
        reference_editor.undo(session, edit)
    assert _stored(hq, filed.id).direction_code == "D1"
    assert _by_direction(hq) == {"D1": {"D1.7": 1}}


def test_a_proposals_file_written_before_a_move_files_under_the_new_direction(
    network: tuple[Site, ...], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    _take(astana, _publish(hq, tmp_path / "moved.khr", move=("D1.7", "D3")))
    meeting_id = _meeting(astana)
    path = write_csv(
        tmp_path / "proposals.csv",
        [["Текст", "Направление", "Раздел"], ["Ескі бланк", "D1", "D1.7"], ["Жоқ", "D2", "D1.7"]],
    )
    with astana.database.transaction() as session:
        preview = imports.preview_proposals(session, meeting_id, path)
        report = imports.apply_proposals(session, astana.actor, preview)
    assert report.created == 1
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (3, "section D1.7 belongs to direction D3, not D2: pick a section of the same direction.")
    ]
    with astana.database.session() as session:
        (stored,) = proposals.proposals(session, meeting_id)
    assert (stored.direction_code, stored.section_code) == ("D3", "D1.7")
