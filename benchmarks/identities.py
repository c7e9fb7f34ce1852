"""One person once on the national data: identities, the merge review and the unique persons.

Builds the national demo (as benchmarks/figures.py does: 100,000 persons, 200,000 attendances),
then, each in a process of its own so that its peak memory is its own: the first
``identities.refresh`` (every identity computed, every weak match written to the review in
bulk), a second one worked out in full (``force``: what a bundle that brings persons
costs) and a third with nothing written since (a bundle of proposals only). Then times the
unique-persons figure (``stats.unique_persons``) with no filter and with one region against the
bare SQL that answers the same question (a join of attendances, meetings and identities,
``count(DISTINCT …)``) in the same run, beside the participants figure; the Same persons page's
read (the first 300 pairs with their attendances); and one decision with its undo. The load
average is read before and after, the machine being shared. Goal: the unique-person count under
100 ms. Run with ``python -m benchmarks.identities [DB]``; results go
to docs/performance.md.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import best_of, machine, write_section
from benchmarks.figures import REGION, national
from khdesk.services import identities, installation, stats
from khdesk.storage.database import Database

GOAL_MS = 100.0
PAGE = 300

#: The unique persons as one would ask the database by hand: the baseline.
BARE = (
    "SELECT count(DISTINCT i.identity_id) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
    "JOIN personidentity i ON i.person_id = a.person_id "
    "WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0 {m}"
)

_REFRESH = """
import json, resource, sys, time
from khdesk.services import identities
from khdesk.storage.database import Database
db = Database.open(f"sqlite:///{sys.argv[1]}")
started = time.perf_counter()
with db.transaction() as session:
    result = identities.refresh(session, force=sys.argv[2] == "force")
print(json.dumps({"s": time.perf_counter() - started,
                  "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  **result.as_json()}))
"""

NOTES = """
How it is counted (docs/figures.md, docs/people.md): `refresh` reads every live person once,
joins those sharing a phone, an e-mail or a name with an organisation in a union-find (ids as
the roots, the smallest id of a group its identity), and writes only the rows of
`personidentity` that changed; the weak matches are grouped by their keys in memory. The first
pass also writes the first review: every open pair a `PersonMatch` of version 1 with its
sequence number and change-log entry, as the recorder gives them, but written in bulk (the
driver's `executemany`, the device's sequence numbers taken in one statement), as the demo
writes its records; decisions and their undo go through the recorder, one at a time. The demo
draws 100,000 persons from about 30,000 names, so a name is shared far more often than in life,
and most of its pairs are "the same name alone"; names shared by more than six identities are
left out of the review (too common to mean anything) and counted apart. A refresh after a
bundle that wrote no person and no pair reads a fingerprint of the versions (counts and sums of
`person.version` and `personmatch.version`) and returns what the last one found.

The unique persons, with most meetings counted, are counted from the attendances themselves:
the records present, in one pass along the covering index `ix_attendance_by_person` in record
order (`count(DISTINCT person_id)` needs no sorter there), then put right with what is few:
less the records among them that are not live (deleted or merged), plus the records kept by a
merge that came only through a record merged into them, less the records present beyond the
first in each identity of several records (a test compares it with the definition, and shows
each correction to matter). With few meetings counted (one region), their participants are
gathered first and their identities looked up. When the identities are not current (a person
added since the last refresh), the figure counts over the persons with their identities
joined, which is exact but slower.
"""


def _refresh(path: Path, *, force: bool) -> dict[str, float]:
    command = [sys.executable, "-c", _REFRESH, str(path), "force" if force else "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _load() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main(path: Path | None = None) -> None:
    load_before = _load()
    with tempfile.TemporaryDirectory() as folder:
        if path is None:
            path = Path(folder) / "national.db"
            national(path)
        first = _refresh(path, force=False)
        again = _refresh(path, force=True)
        unchanged = _refresh(path, force=False)
        database = Database.open(f"sqlite:///{path}")
        bare = sqlite3.connect(path)
        timings: list[tuple[str, str, float, float, int]] = []
        with database.session() as session:
            for label, filters, narrowing in (
                ("none", stats.Filters(), ""),
                (
                    f"region {REGION}",
                    stats.Filters(region=REGION),
                    f"AND m.region_kato = '{REGION}'",
                ),
            ):
                count = stats.unique_persons(session, filters)
                ms = best_of(5, lambda f=filters: stats.unique_persons(session, f)) * 1000
                sql = BARE.format(m=narrowing)
                bare_ms = best_of(5, lambda q=sql: bare.execute(q).fetchall()) * 1000
                if bare.execute(sql).fetchone()[0] != count:
                    print(f"the bare SQL counts otherwise ({label})", file=sys.stderr)
                timings.append(("unique_persons", label, ms, bare_ms, count))
                participants = sum(stats.participants_by_sector(session, filters).values())
                ms = best_of(5, lambda f=filters: stats.participants_by_sector(session, f)) * 1000
                timings.append(("participants_by_sector", label, ms, math.nan, participants))
            started = time.perf_counter()
            listed = identities.pairs_in_review(session, limit=PAGE)
            page_s = time.perf_counter() - started
        with database.transaction() as session:
            actor = installation.require_actor(session)
            started = time.perf_counter()
            step = identities.decide(session, actor, listed[0].id, "same")
            decide_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            identities.undo_decision(session, actor, step)
            undo_ms = (time.perf_counter() - started) * 1000
        database.close()
        bare.close()
    load_after = _load()
    lines = [
        "## One person once (issue 13)",
        "",
        f"Machine: {machine()}. Load average (1, 5, 15 min) {load_before} before the run, "
        f"{load_after} after it.",
        "",
        f"National demo ({first['persons']:,.0f} persons, 200,000 attendances). Each refresh in "
        "a process of its own:",
        "",
        "| pass | s | resident MB | identities | pairs newly in review | names too common |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, result in (
        ("first (the review written)", first),
        ("again, worked out in full (what a bundle with persons costs)", again),
        ("again, no person written since (a bundle of proposals only)", unchanged),
    ):
        lines.append(
            f"| {name} | {result['s']:.1f} | {result['mb']:.0f} | {result['identities']:,.0f} | "
            f"{result['new_matches']:,.0f} | {result['crowded']:,.0f} |"
        )
    lines += [
        "",
        f"Writing the first review ({first['new_matches']:,.0f} pairs, each with its change "
        f"entry) is what the first pass costs beyond one worked out in full: "
        f"{first['s'] - again['s']:.1f} s.",
        "",
        "Best of five runs of the figure, against the bare SQL that answers the same question "
        "with plain `sqlite3` in the same run (the participants figure, each record once, "
        "beside it):",
        "",
        "| figure | filter | count | ms | bare SQL ms | ratio | goal |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    met = total = 0
    for name, label, ms, bare_ms, count in timings:
        if math.isnan(bare_ms):
            lines.append(f"| {name} | {label} | {count:,} | {ms:.1f} | — | — | — |")
            continue
        total += 1
        met += ms < GOAL_MS
        verdict = "met" if ms < GOAL_MS else "**missed**"
        lines.append(
            f"| {name} | {label} | {count:,} | {ms:.1f} | {bare_ms:.1f} | {ms / bare_ms:.2f} | "
            f"< {GOAL_MS:.0f} ms: {verdict} |"
        )
    lines += [
        "",
        f"The Same persons page's read (the first {PAGE} of {first['in_review']:,.0f} pairs with "
        f"every attendance of each): {page_s:.2f} s. One decision (same person, the two "
        f"identities joined): {decide_ms:.0f} ms; its undo: {undo_ms:.0f} ms.",
        "",
        f"Goals met: {met} of {total}.",
        "",
        NOTES.strip(),
    ]
    report = "\n".join(lines)
    write_section("identities", report)
    print(report)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
