"""The dashboard's figures and the xlsx export on the national data at headquarters.

Builds the national demo (as benchmarks/data_core.py does), reviews six proposals in ten, then
times each figure of ``khdesk.services.stats`` with no filter and with one region, against the
bare SQL that answers the same question in the same run; the first page of the review's search
(``review.list_proposals``, 50 rows) for words common and rare, short and long, in Kazakh,
Russian and Latin letters, against one bare LIKE over the stored key; and the xlsx export of
everything (its time and the resident memory of the process that writes it). Goals: every
figure under 100 ms; a search's first page under 50 ms; the export under 30 s and 500 MB. Run
with ``python -m benchmarks.figures``; results go to docs/performance.md.
"""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from benchmarks.common import best_of, machine, write_section
from khdesk.domain.names import typed_words
from khdesk.services import demo, installation, review, stats
from khdesk.storage.database import Database

FIGURE_GOAL_MS = 100.0
SEARCH_GOAL_MS = 50.0
PAGE = 50
EXPORT_GOAL_S = 30.0
EXPORT_GOAL_MB = 500.0

#: Each figure as one would ask the database by hand, without khdesk's layers: the baseline.
BARE = {
    "meetings_by_region_and_kind": "SELECT m.region_kato, m.kind, count(*) FROM meeting m "
    "WHERE m.deleted = 0 {m} GROUP BY 1, 2",
    "attendances_by_sector": "SELECT a.sector_code, count(*) FROM attendance a JOIN meeting m "
    "ON m.id = a.meeting_id WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0 {m} "
    "GROUP BY 1",
    "participants_by_sector": "SELECT p.sector_code, count(*) FROM person p WHERE p.deleted = 0 "
    "AND p.id IN (SELECT a.person_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
    "WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0 {m}) GROUP BY 1",
    "proposals_by_direction_and_section": "SELECT p.direction_code, p.section_code, count(*) "
    "FROM proposal p JOIN meeting m ON m.id = p.meeting_id WHERE p.deleted = 0 "
    "AND m.deleted = 0 {m} GROUP BY 1, 2",
    "review_progress": "SELECT p.section_code, coalesce(r.status, 'new'), count(*) FROM proposal p "
    "JOIN meeting m ON m.id = p.meeting_id LEFT JOIN proposalreview r ON r.proposal_id = p.id "
    "AND r.deleted = 0 WHERE p.deleted = 0 AND m.deleted = 0 {m} GROUP BY 1, 2",
    "activity_by_week": "SELECT m.date, count(*) FROM meeting m WHERE m.deleted = 0 {m} GROUP BY 1",
}
REGION = "71"
#: What an analyst types into the review's search, and why each one is there.
SEARCHES = {
    "мектеп": "a common word, in Kazakh",
    "школ": "a common word, in Russian, cut short",
    "Qazaqstan": "Latin letters",
    "компьютер сыныптары": "two words",
    "Ибраева": "an author, in the Russian spelling",
    "ТОО": "an organisation's form",
    "а": "one letter (too short for the index)",
    "фц": "two letters no proposal holds (the worst case: every proposal read)",
    "велосипед": "a word no proposal holds",
}
#: The search as one would write it by hand: the stored key, one LIKE per word, no spellings.
BARE_SEARCH = (
    "SELECT p.id FROM proposal p JOIN meeting m ON m.id = p.meeting_id WHERE p.deleted = 0 {words} "
    "ORDER BY m.date, m.id, p.number LIMIT 50"
)

_EXPORT = """
import resource, sys, time
from pathlib import Path
from khdesk.services import exports
from khdesk.storage.database import Database
db = Database.open(f"sqlite:///{sys.argv[1]}")
started = time.perf_counter()
with db.session() as session:
    counts = exports.export_xlsx(session, Path(sys.argv[2]), language="ru")
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      sum(counts.values()))
"""


NOTES = """
How the figures read the data (migration 0008, docs/figures.md): each one reads covering
indexes in an order fixed by the query (CROSS JOIN, per-meeting counts), since SQLite has no
statistics on a khdesk database and would otherwise guess. Attendances and proposals are counted
meeting by meeting, each a range of `ix_attendance_figures` or `ix_proposal_figures`; review
progress counts the proposals per section over `ix_proposal_stats`, then the reviews with their
proposals looked up in `ix_proposal_by_id`. Participants (unique persons) look every live person
up among the attendances (`ix_person_sector`, `ix_attendance_by_person`), less those who came
only to meetings not counted; with few meetings counted, their attendees are gathered and looked
up (`ix_person_by_id`). Participants is the one figure near the limit: it reads every person,
one index probe each, and while other work loaded the machine it took 150 to 230 ms. A kept
count would make it instant, but not a count per meeting: a person at two meetings is one
participant, so counts per meeting cannot be added up, and a count of that kind would never stay
exact. It would have to be kept per person, by triggers on attendances, meetings and persons
(merges and deletions included, in whatever order bundles arrive); it is not built.

The search: the words of three letters or more are looked up in the trigram index of
`proposal.search_key` (`proposal_fts`), a word's spellings in one MATCH. Up to 2,000 proposals
found are read by rowid and sorted; more, or words of one or two letters, walk the list in its
order (meetings by date, `ix_meeting_in_order`, each meeting's proposals beside it) until the
page is full, which is quick for anything common; a search of only one- or two-letter words
that almost nothing holds reads every proposal's key, the one search that can miss 50 ms.

The export: one joined query per sheet, each row's XML written straight into the sheet's ZIP
entry; before, openpyxl's write-only cells took 45 of 63 seconds (cProfile on the national data).
"""


def national(path: Path) -> None:
    """The national demo in ``path``, six proposals in ten under a review."""
    database = Database.open(f"sqlite:///{path}")
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
    with database.transaction() as session:
        demo.write_campaign(session, installation.require_actor(session), scale="national")
    database.close()
    statuses = stats.review_statuses()
    with sqlite3.connect(path) as conn:
        device = conn.execute("SELECT id FROM device WHERE is_local").fetchone()[0]
        cases = " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(statuses))
        conn.execute(
            "INSERT INTO proposalreview (id, version, device_id, seq, deleted, updated_at, "
            f"proposal_id, status, reviewer) SELECT 'r' || p.id, 1, ?, 5000000 + p.rowid, 0, "
            f"'2026-10-01 10:00:00', p.id, CASE p.rowid % {len(statuses)} {cases} END, 'Analyst' "
            "FROM proposal p WHERE p.rowid % 10 < 6",
            (device,),
        )


#: A figure's timing: its name, the filter, khdesk's ms and the bare SQL's (nan: none).
Timing = tuple[str, str, float, float]
#: A search's: what was typed, khdesk's ms, the bare SQL's, the rows of the first page.
Searched = tuple[str, float, float, int]


def measure(session: Session, bare: Callable[[str], object]) -> tuple[list[Timing], list[Searched]]:
    """Each figure (no filter, then one region) and each search's first page, best of five,
    beside the bare SQL that ``bare(sql)`` runs in the same run."""
    timings: list[Timing] = []
    for label, filters, narrowing in (
        ("none", stats.Filters(), ""),
        (f"region {REGION}", stats.Filters(region=REGION), f"AND m.region_kato = '{REGION}'"),
    ):
        for name, figure in stats.FIGURES.items():
            ms = best_of(5, lambda f=figure, x=filters: f(session, x)) * 1000
            bare_ms = math.nan
            if name in BARE:
                sql = BARE[name].format(m=narrowing)
                bare_ms = best_of(5, lambda q=sql: bare(q)) * 1000
            timings.append((name, label, ms, bare_ms))
    searches: list[Searched] = []
    for typed in SEARCHES:
        ms = best_of(5, lambda q=typed: review.list_proposals(session, search=q, limit=PAGE))
        found = len(review.list_proposals(session, search=typed, limit=PAGE))
        words = " ".join(f"AND p.search_key LIKE '%{w.folded}%'" for w in typed_words(typed))
        sql = BARE_SEARCH.format(words=words)
        bare_ms = best_of(5, lambda q=sql: bare(q)) * 1000
        searches.append((typed, ms * 1000, bare_ms, found))
    return timings, searches


def tables(
    timings: list[Timing], searches: list[Searched], *, search_intro: str
) -> tuple[list[str], int, int]:
    """The figures' and the searches' tables for docs/performance.md, and how many goals of
    how many they meet."""
    lines = [
        "| figure | filter | ms | bare SQL ms | ratio | goal |",
        "|---|---|---:|---:|---:|---|",
    ]
    met = total = 0
    for name, label, ms, bare_ms in timings:
        total += 1
        met += ms < FIGURE_GOAL_MS
        verdict = "met" if ms < FIGURE_GOAL_MS else "**missed**"
        ratio = "—" if math.isnan(bare_ms) else f"{ms / bare_ms:.2f}"
        shown = "—" if math.isnan(bare_ms) else f"{bare_ms:.1f}"
        lines.append(
            f"| {name} | {label} | {ms:.1f} | {shown} | {ratio} | < {FIGURE_GOAL_MS:.0f} ms: "
            f"{verdict} |"
        )
    lines += [
        "",
        search_intro,
        "",
        "| typed | what it tries | rows | ms | bare SQL ms | ratio | goal |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for typed, ms, bare_ms, found in searches:
        total += 1
        met += ms < SEARCH_GOAL_MS
        verdict = "met" if ms < SEARCH_GOAL_MS else "**missed**"
        lines.append(
            f"| «{typed}» | {SEARCHES[typed]} | {found} | {ms:.1f} | {bare_ms:.1f} | "
            f"{ms / bare_ms:.2f} | < {SEARCH_GOAL_MS:.0f} ms: {verdict} |"
        )
    return lines, met, total


def main(path: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if path is None:
            path = Path(folder) / "national.db"
            national(path)
        database = Database.open(f"sqlite:///{path}")
        bare = sqlite3.connect(path)
        with database.session() as session:
            timings, searches = measure(session, lambda q: bare.execute(q).fetchall())
        database.close()
        bare.close()
        # the export runs in a process of its own, so that its peak memory is its own
        out = subprocess.run(
            [sys.executable, "-c", _EXPORT, str(path), str(Path(folder) / "all.xlsx")],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        export_s, export_mb, rows = float(out[0]), float(out[1]), int(out[2])
    lines = [
        "## The dashboard's figures and the xlsx export (issue: headquarters)",
        "",
        f"Machine: {machine()}.",
        "",
        "National demo (2,000 meetings, 200,000 attendances, 100,000 persons, 50,000 proposals, "
        "six in ten reviewed). Best of five runs of each figure of `khdesk.services.stats`, "
        "against the bare SQL that answers the same question with plain `sqlite3` in the same "
        "run (a join to the meetings; — where the figure is a count the data core already "
        "times).",
        "",
    ]
    table, met, total = tables(
        timings, searches,
        search_intro=f"The review's search, first page of {PAGE} (`review.list_proposals`), "
        "best of five, against one bare `LIKE` per word over the stored key (one spelling, no "
        "trigram index):",
    )  # fmt: skip
    lines += table
    export_met = export_s < EXPORT_GOAL_S and export_mb < EXPORT_GOAL_MB
    total += 1
    met += export_met
    lines += [
        "",
        f"`khdesk export xlsx` of everything ({rows:,} rows on five sheets, written row by row "
        f"by `khdesk.io.xlsx`): **{export_s:.1f} s**, resident memory at most "
        f"**{export_mb:.0f} MB** (goals: under {EXPORT_GOAL_S:.0f} s and "
        f"{EXPORT_GOAL_MB:.0f} MB: {'met' if export_met else '**missed**'}).",
        "",
        f"Goals met: {met} of {total}.",
        "",
        NOTES.strip(),
    ]
    report = "\n".join(lines)
    write_section("figures", report)
    print(report)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
