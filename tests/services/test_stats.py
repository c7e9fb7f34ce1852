"""The figures as docs/figures.md defines them, checked against a plain count of the records on a
demo campaign with deleted meetings, absent and deleted attendances, merged persons and reviews."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from khdesk.domain.errors import InvalidInput
from khdesk.domain.ids import new_id
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import demo, installation, stats
from khdesk.storage.database import Database
from khdesk.storage.models import Attendance, Meeting, Person, Proposal, ProposalReview

FILTERS = [
    stats.Filters(),
    stats.Filters(region="71"),
    stats.Filters(region=stats.NATIONAL_KEY),
    stats.Filters(kind="online"),
    stats.Filters(kind="round-table", region="75"),
    stats.Filters(direction="D3"),
    stats.Filters(date_from=dt.date(2026, 9, 1), date_to=dt.date(2026, 9, 30)),
    stats.Filters(date_from=dt.date(2030, 1, 1)),
]


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[Database]:
    """The seed campaign, then: a meeting deleted, attendances absent or deleted, a proposal
    deleted, a person merged into another, and reviews (one proposal reviewed twice)."""
    path = tmp_path_factory.mktemp("stats") / "khdesk.db"
    shutil.copyfile(template_db, path)
    database = Database.open(f"sqlite:///{path}")
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
        actor = installation.require_actor(session)
        demo.write_campaign(session, actor)
    with database.transaction() as session:
        run = session.connection().execute
        meetings = session.exec(select(Meeting).where(Meeting.kind == "round-table")).all()
        run(text("UPDATE meeting SET deleted = true WHERE id = :id"), {"id": meetings[0].id})
        attendances = session.exec(select(Attendance).order_by(Attendance.id)).all()
        for attendance in attendances[:40]:
            run(text("UPDATE attendance SET present = 0 WHERE id = :id"), {"id": attendance.id})
        for attendance in attendances[40:50]:
            run(text("UPDATE attendance SET deleted = true WHERE id = :id"), {"id": attendance.id})
        # a person merged into another whose attendance (elsewhere) still names the merged one
        kept, merged = attendances[100], attendances[900]
        run(
            text("UPDATE person SET deleted = true, merged_into_id = :kept WHERE id = :merged"),
            {"kept": kept.person_id, "merged": merged.person_id},
        )
        proposals = session.exec(select(Proposal).order_by(Proposal.id)).all()
        run(text("UPDATE proposal SET deleted = true WHERE id = :id"), {"id": proposals[0].id})
        statuses = list(ReviewStatus)
        seq = 10_000
        for number, proposal in enumerate(proposals[1:61]):
            seq += 1
            session.add(
                ProposalReview(
                    proposal_id=proposal.id,
                    status=statuses[number % len(statuses)],
                    device_id=actor.device_id,
                    seq=seq,
                    reviewer="Analyst",
                    deleted=number == 5,
                )
            )
        # a second, newer review of the first one: only the newest counts
        session.add(
            ProposalReview(
                id=new_id(),
                proposal_id=proposals[1].id,
                status=statuses[-1],
                device_id=actor.device_id,
                seq=seq + 1,
            )
        )
    yield database
    database.close()


def _records(database: Database) -> dict[str, Any]:
    with database.session() as session:
        return {
            "meetings": {m.id: m for m in session.exec(select(Meeting))},
            "persons": {p.id: p for p in session.exec(select(Person))},
            "attendances": session.exec(select(Attendance)).all(),
            "proposals": session.exec(select(Proposal)).all(),
            "reviews": session.exec(select(ProposalReview)).all(),
        }


def _counted_meeting(meeting: Meeting, f: stats.Filters, proposals: list[Proposal]) -> bool:
    region = meeting.region_kato or stats.NATIONAL_KEY
    return (
        not meeting.deleted
        and (f.date_from is None or meeting.date >= f.date_from)
        and (f.date_to is None or meeting.date <= f.date_to)
        and (f.region is None or region == f.region)
        and (f.kind is None or meeting.kind == f.kind)
        and (
            f.direction is None
            or any(
                p.meeting_id == meeting.id and not p.deleted and p.direction_code == f.direction
                for p in proposals
            )
        )
    )


def _by_hand(records: dict[str, Any], f: stats.Filters) -> dict[str, Any]:
    """The figures counted one record at a time, as docs/figures.md words them."""
    proposals_all: list[Proposal] = records["proposals"]
    meetings = {
        mid: m for mid, m in records["meetings"].items() if _counted_meeting(m, f, proposals_all)
    }
    present = [
        a
        for a in records["attendances"]
        if a.meeting_id in meetings and a.present and not a.deleted
    ]
    persons = records["persons"]
    unique = set()
    for attendance in present:
        person = persons[attendance.person_id]
        kept = persons[person.merged_into_id] if person.merged_into_id else person
        if not kept.deleted:
            unique.add(kept.id)
    proposals = [
        p
        for p in proposals_all
        if p.meeting_id in meetings
        and not p.deleted
        and (f.direction is None or p.direction_code == f.direction)
    ]
    latest: dict[str, ProposalReview] = {}
    for review in sorted(records["reviews"], key=lambda r: r.id):
        if not review.deleted:
            latest[review.proposal_id] = review
    review = Counter(
        (p.section_code or stats.NATIONAL_KEY, latest[p.id].status if p.id in latest else "new")
        for p in proposals
    )
    return {
        "meetings": Counter(
            (m.region_kato or stats.NATIONAL_KEY, m.kind) for m in meetings.values()
        ),
        "attendances": Counter(a.sector_code for a in present),
        "participants": Counter(persons[pid].sector_code for pid in unique),
        "proposals": Counter(
            (p.direction_code, p.section_code or stats.NATIONAL_KEY) for p in proposals
        ),
        "review": review,
        "weeks": Counter(stats.week_of(meetings[p.meeting_id].date) for p in proposals),
    }


def _pairs(nested: dict[str, dict[str, int]]) -> Counter[tuple[str, str]]:
    return Counter({(a, b): n for a, inner in nested.items() for b, n in inner.items() if n})


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: str(f.as_json() or "all"))
def test_each_figure_counts_what_its_definition_says(
    campaign: Database, filters: stats.Filters
) -> None:
    expected = _by_hand(_records(campaign), filters)
    with campaign.session() as session:
        figures = stats.campaign_stats(session, filters)
    assert _pairs(figures["meetings"]["by_region_and_kind"]) == expected["meetings"]
    assert Counter(figures["attendances"]["by_sector"]) == expected["attendances"]
    assert Counter(figures["participants"]["by_sector"]) == expected["participants"]
    assert _pairs(figures["proposals"]["by_direction_and_section"]) == expected["proposals"]
    assert _pairs(figures["review"]["by_section"]) == expected["review"]
    weeks = {dt.date.fromisoformat(w["week"]): w["proposals"] for w in figures["activity_by_week"]}
    assert Counter({w: n for w, n in weeks.items() if n}) == expected["weeks"]
    assert figures["filters"] == filters.as_json()


def test_the_campaign_is_really_disturbed(campaign: Database) -> None:
    """The figures above would pass on records with nothing to leave out; these are not."""
    everything = _by_hand(_records(campaign), stats.Filters())
    assert sum(everything["attendances"].values()) < 1197 + 1173 - 40
    assert sum(everything["participants"].values()) < sum(everything["attendances"].values())
    assert sum(everything["proposals"].values()) < 592
    assert {status for _, status in everything["review"]} == {s.value for s in ReviewStatus}


def test_review_progress_lists_every_status_of_the_vocabulary(campaign: Database) -> None:
    with campaign.session() as session:
        progress = stats.review_progress(session, stats.Filters(region="71"))
    assert progress
    for per_status in progress.values():
        assert list(per_status)[: len(ReviewStatus)] == [s.value for s in ReviewStatus]


def test_weeks_without_meetings_are_in_the_activity(campaign: Database) -> None:
    with campaign.session() as session:
        weeks = stats.activity_by_week(session, stats.Filters())
    days = [dt.date.fromisoformat(w["week"]) for w in weeks]
    assert all(day.weekday() == 0 for day in days)
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(days))
    assert sum(w["meetings"] for w in weeks) == 64 - 1


def test_filters_that_cannot_be_met_are_one_sentence() -> None:
    with pytest.raises(InvalidInput, match="unknown meeting kind 'webinar'"):
        stats.Filters(kind="webinar")
    with pytest.raises(InvalidInput, match="swap the two dates"):
        stats.Filters(date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 9, 1))
