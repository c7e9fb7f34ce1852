"""Headquarters on PostgreSQL, on the national data: the dashboard's figures and the review's
search, as benchmarks/figures.py measures them on SQLite.

Starts a throwaway server (tests/postgres.py), writes the national demo into it through khdesk
(2,000 meetings, 200,000 attendances, 100,000 persons, 50,000 proposals), reviews six proposals
in ten as benchmarks/figures.py does, runs VACUUM ANALYZE (what autovacuum does after a bulk
insert: the statistics, and the visibility map that lets an index answer alone), then times
each figure of ``khdesk.services.stats`` with no filter and with one region, best of five,
against the bare SQL that answers the same question through psycopg in the same run, and the
first page of the review's search against one bare LIKE per word (the GIN trigram index is
there for both). The resident memory is this process's (khdesk's side; the server's is its own).
Goals: every figure under 100 ms; a search's first page under 50 ms; under 500 MB.

Not measured here: the import of the national bundle against a bare ``COPY`` (issue 14).
Run with ``python -m benchmarks.postgres``; results go to docs/performance.md.
"""

from __future__ import annotations

import re
import resource
import time

from sqlalchemy import text

from benchmarks.common import machine, write_section
from benchmarks.figures import PAGE, measure, tables
from khdesk.services import demo, installation, stats
from khdesk.storage.database import Database
from tests.postgres import server

MEMORY_GOAL_MB = 500.0


def _postgres(sql: str) -> str:
    # the bare SQL of benchmarks/figures.py, with PostgreSQL's booleans
    return re.sub(r"\b(deleted|present) = ([01])\b",
                  lambda m: f"{m[1]} = {'true' if m[2] == '1' else 'false'}", sql)  # fmt: skip


def _national(database: Database) -> float:
    started = time.perf_counter()
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
    with database.transaction() as session:
        demo.write_campaign(session, installation.require_actor(session), scale="national")
    statuses = stats.review_statuses()
    cases = " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(statuses))
    with database.transaction() as session:
        run = session.connection().execute
        device = run(text("SELECT id FROM device WHERE is_local")).scalar_one()
        run(
            text(
                "INSERT INTO proposalreview (id, version, device_id, seq, deleted, updated_at, "
                "proposal_id, status, reviewer) SELECT md5('r' || p.id)::uuid::text, 1, :device, "
                f"5000000 + p.n, false, '2026-10-01 10:00:00', p.id, "
                f"CASE p.n % {len(statuses)} {cases} END, "
                "'Analyst' FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM proposal) p "
                "WHERE p.n % 10 < 6"
            ),
            {"device": device},
        )
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE"))
    return time.perf_counter() - started


def main() -> None:
    with server() as url:
        database = Database.open(url)
        built_s = _national(database)
        # the bare SQL through the same pool, plain statements through psycopg
        with database.session() as session, database.engine.connect() as bare:
            timings, searches = measure(
                session, lambda q: bare.execute(text(_postgres(q))).fetchall()
            )
        database.close()
    memory_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "## Headquarters on PostgreSQL (issue 14)",
        "",
        f"Machine: {machine()}; PostgreSQL from Debian's package, a throwaway cluster on a Unix "
        "socket (`tests/postgres.py`, fsync off). The national demo written into it through "
        f"khdesk, six proposals in ten reviewed, then VACUUM ANALYZE: {built_s:.0f} s.",
        "",
    ]
    table, met, total = tables(
        timings, searches,
        search_intro=f"The review's search, first page of {PAGE}, against one bare `LIKE` per "
        "word (both over the GIN trigram index of `proposal.search_key`):",
    )  # fmt: skip
    lines += table
    total += 1
    met += memory_mb < MEMORY_GOAL_MB
    lines += [
        "",
        f"Resident memory of khdesk's process, building the data included: {memory_mb:.0f} MB "
        f"(goal under {MEMORY_GOAL_MB:.0f} MB: "
        f"{'met' if memory_mb < MEMORY_GOAL_MB else '**missed**'}).",
        "",
        f"Goals met: {met} of {total}. The import of the national bundle is measured by "
        "`benchmarks/sync_postgres.py` (next section).",
    ]
    body = "\n".join(lines)
    write_section("postgres", body)
    print(body)


if __name__ == "__main__":
    main()
