"""Two analysts reviewing the same proposal at once, each in a process of their own, on one
headquarters database (a SQLite file, or the run's PostgreSQL): the first save stands, the
second is refused in one sentence that names who changed it and to what, and nothing is
overwritten."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from khdesk.services import review
from khdesk.services.review import ReviewChange
from tests.sync.sites import Site, export, import_into, round_table

ANALYST = """
import sys
from khdesk.domain.errors import KhdeskError
from khdesk.services import installation, review
from khdesk.services.review import ReviewChange
from khdesk.storage.database import Database

url, proposal, status, name = sys.argv[1:5]
change = (ReviewChange(status=status, section="D2.3", reviewer=name) if status == "accepted"
          else ReviewChange(status=status, reason="Бұл ұсыныс қайталанады.", reviewer=name))
database = Database.open(url)
with database.session() as session:  # what the analyst sees and confirms
    preview = review.preview_bulk(session, [proposal], change)
print("previewed", flush=True)
sys.stdin.readline()
try:
    with database.transaction() as session:
        review.apply_bulk(session, installation.require_actor(session), preview)
        print("applied", flush=True)
        sys.stdin.readline()  # the transaction stays open until told
    print("committed", flush=True)
except KhdeskError as problem:
    print("refused", problem, flush=True)
"""


def _analyst(site: Site, proposal: str, status: str, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ANALYST, site.database.url, proposal, status, name],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _say(process: subprocess.Popen[str], line: str = "") -> None:
    assert process.stdin is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()


def _hear(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


@pytest.mark.parametrize("reviewed_before", [False, True], ids=["first review", "a review changed"])
def test_the_second_of_two_analysts_saving_one_proposal_is_refused_and_told_by_whom(
    network: tuple[Site, Site, Site], tmp_path: Path, reviewed_before: bool
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.session() as session:
        (proposal,) = session.connection().execute(text("SELECT id FROM proposal")).scalars()
    if reviewed_before:  # the review exists: both change it (the version checked in the UPDATE)
        with hq.database.transaction() as session:
            review.set_review(session, hq.actor, proposal, ReviewChange(status="under-review"))
    first = _analyst(hq, proposal, "accepted", "Әйгерім Қасымова")
    second = _analyst(hq, proposal, "declined", "Серік Ахметов")
    try:
        # both saw the proposal new and confirmed their action
        assert (_hear(first), _hear(second)) == ("previewed", "previewed")
        _say(first)
        assert _hear(first) == "applied"  # written, not yet committed
        _say(second)  # waits for the first one's transaction
        time.sleep(0.5)
        _say(first)
        assert _hear(first) == "committed"
        answer = _hear(second)
        if answer == "applied":  # it must not be; let it finish, then the assertion says so
            _say(second)
    finally:
        for process in (first, second):
            try:
                process.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
    assert answer.startswith("refused"), answer
    assert "Әйгерім Қасымова" in answer
    assert "accepted" in answer
    assert "nothing was changed" in answer
    with hq.database.session() as session:
        kept = review.review_of(session, proposal)
        assert kept is not None
        assert (kept.status, kept.reviewer, kept.accepted_section_code) == (
            "accepted", "Әйгерім Қасымова", "D2.3",
        )  # fmt: skip
        assert kept.version == (2 if reviewed_before else 1)


def test_an_action_on_what_the_analyst_saw_is_refused_when_another_saved_since(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.session() as session:
        (row,) = review.list_proposals(session)
    seen = review.Seen(row.reviewed_at)  # new: no review yet
    with hq.database.transaction() as session:  # another analyst, first
        review.set_review(
            session, hq.actor, row.id,
            ReviewChange(status="accepted", section="D2.3", reviewer="Серік Ахметов"),
        )  # fmt: skip
    decline = ReviewChange(status="declined", reason="Қайталанады.", reviewer="Әйгерім")
    with pytest.raises(review.MoveRefused) as refused, hq.database.transaction() as session:
        review.set_review(session, hq.actor, row.id, decline, seen=seen)
    assert "changed meanwhile by Серік Ахметов" in str(refused.value)
    assert "it is now accepted" in str(refused.value)
    with hq.database.session() as session:
        (after,) = review.list_proposals(session)
        assert (after.status.value, after.reviewer) == ("accepted", "Серік Ахметов")
    # what the analyst sees now can be acted on
    again = ReviewChange(status="under-review", reviewer="Әйгерім")
    with hq.database.transaction() as session:
        review.set_review(session, hq.actor, row.id, again, seen=review.Seen(after.reviewed_at))
    with hq.database.session() as session:
        assert review.status_of(session, row.id).value == "under-review"
