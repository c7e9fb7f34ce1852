"""The proposals page on the national data at headquarters: the first page of a search and a
triage keystroke.

Builds the national demo with six proposals in ten reviewed (as benchmarks/figures.py does),
then times, as the window runs them (``khdesk.services.review_page_queries`` in a read or write
unit of work): the folding of every proposal once (when the page opens), the first page (100
rows) of the list unfiltered, filtered and searched for words common and rare, and a triage
keystroke: the review written (``act_on_one``), the row read again and the detail pane read. The
baselines are the bare SQL that answers the same in the same run with plain ``sqlite3`` (a
search as ``LIKE`` on the text, which knows no other spelling). Goals: under 50 ms each. Run
with ``python -m benchmarks.review``; results go to docs/performance.md.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import best_of, machine, write_section
from benchmarks.figures import national
from khdesk.services import review_page_queries as queries
from khdesk.services.review import ReviewChange
from khdesk.services.work import run_read, run_write
from khdesk.storage.database import Database

GOAL_MS = 50.0
PAGE = 100
SEARCHES = ("мектеп", "мектептерге компьютер", "казахстан", "qazaqstan", "zzzz", "грант")

_BARE_PAGE = (
    "SELECT p.id, p.number, p.text, p.author_name, m.region_kato, r.status, r.reviewer "
    "FROM proposal p JOIN meeting m ON m.id = p.meeting_id LEFT JOIN proposalreview r "
    "ON r.proposal_id = p.id AND r.deleted = 0 WHERE p.deleted = 0 {where} "
    "ORDER BY m.date, m.id, p.number, p.id LIMIT 100"
)


def _ms(action: object) -> float:
    return best_of(5, action) * 1000  # type: ignore[arg-type]


def main(path: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if path is None:
            path = Path(folder) / "national.db"
            national(path)
        database = Database.open(f"sqlite:///{path}")
        bare = sqlite3.connect(path)
        started = time.perf_counter()
        run_read(database, queries.warm_search)
        run_read(database, queries.proposals_page, queries.ProposalQuery(), 0, PAGE)
        warm_s = time.perf_counter() - started
        rows: list[tuple[str, float, float]] = []
        cases = [
            ("the list, unfiltered", queries.ProposalQuery(), ""),
            ("not reviewed yet", queries.ProposalQuery(decided=False),
             "AND coalesce(r.status, 'new') NOT IN ('accepted', 'duplicate', 'rejected')"),
            ("region 71, direction D2", queries.ProposalQuery(region="71", direction="D2"),
             "AND m.region_kato = '71' AND p.direction_code = 'D2'"),
            ("sorted by review status", queries.ProposalQuery(sort="status"), ""),
        ]  # fmt: skip
        cases += [
            (f"search «{words}»", queries.ProposalQuery(search=words),
             " ".join(f"AND p.text LIKE '%{w}%'" for w in words.split()))
            for words in SEARCHES
        ]  # fmt: skip
        for label, wanted, where in cases:
            ms = _ms(lambda w=wanted: run_read(database, queries.proposals_page, w, 0, PAGE))
            sql = _BARE_PAGE.format(where=where)
            bare_ms = _ms(lambda q=sql: bare.execute(q).fetchall())
            rows.append((label, ms, bare_ms))
        # triage keystrokes: proposals not reviewed yet accepted one after another
        fresh = run_read(
            database, queries.proposals_page, queries.ProposalQuery(status="new"), 0, 20
        )
        strokes, bare_strokes = [], []
        for row in fresh:
            began = time.perf_counter()
            run_write(database, queries.act_on_one, row.id, ReviewChange(status="under-review"))
            run_read(database, queries.rows_by_id, [row.id])
            run_read(database, queries.detail_view, row.id)
            strokes.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            with bare:
                bare.execute(
                    "UPDATE proposalreview SET reviewer = reviewer WHERE proposal_id = ?", (row.id,)
                )
            bare.execute(_BARE_PAGE.format(where=f"AND p.id = '{row.id}'")).fetchall()
            bare_strokes.append((time.perf_counter() - began) * 1000)
        database.close()
        bare.close()
    stroke_ms, stroke_worst = statistics.median(strokes), max(strokes)
    bare_stroke = statistics.median(bare_strokes)
    lines = [
        "## The proposals page (issue: headquarters)",
        "",
        f"Machine: {machine()}.",
        "",
        "National demo (50,000 proposals, six in ten reviewed). Best of five runs of the first "
        "page (100 rows) as the page asks it (`khdesk.services.review_page_queries` in a read "
        "unit of work), against bare SQL with plain `sqlite3` in the same run (the search as "
        "`LIKE`, which finds one spelling only). The page keeps the list's keys and every "
        "proposal's folded text in memory; reading and folding them once, when the page "
        f"opens (in the background), took {warm_s:.1f} s.",
        "",
        "| first page | ms | bare SQL ms | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for label, ms, bare_ms in rows:
        verdict = "met" if ms < GOAL_MS else "**missed**"
        lines.append(
            f"| {label} | {ms:.1f} | {bare_ms:.1f} | {ms / bare_ms:.2f} | < {GOAL_MS:.0f} ms: "
            f"{verdict} |"
        )
    verdict = "met" if stroke_ms < GOAL_MS else "**missed**"
    lines += [
        "",
        f"A triage keystroke (the review written in its transaction, its row and the detail "
        f"pane read again), {len(strokes)} proposals: median {stroke_ms:.1f} ms, worst "
        f"{stroke_worst:.1f} ms; bare SQL (an update and the row read back) {bare_stroke:.1f} ms, "
        f"ratio {stroke_ms / bare_stroke:.1f}; goal < {GOAL_MS:.0f} ms: {verdict}.",
    ]
    write_section("review-page", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
