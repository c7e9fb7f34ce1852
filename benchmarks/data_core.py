"""The data core at national scale: the demo's write rate against bare ``executemany`` of the same
rows, and each statistics aggregate on the national data.

Run with ``make benchmarks`` (or ``python -m benchmarks.data_core``); results go to
docs/performance.md. Goals: demo time at most 2.5 times the bare insert (at least 40% of its
rate); every aggregate under 100 ms.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import best_of, machine, write_section
from khdesk.services import demo, installation, stats
from khdesk.storage.database import Database

TABLES = tuple(demo.COLUMNS)  # parents first, the change log last
WRITE_GOAL = 2.5
QUERY_GOAL_MS = 100.0


def _write_demo(path: Path) -> tuple[float, dict[str, int]]:
    database = Database.open(f"sqlite:///{path}")
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
    started = time.perf_counter()
    with database.transaction() as session:
        written = demo.write_campaign(
            session, installation.require_actor(session), scale="national", seed=1
        )
    elapsed = time.perf_counter() - started
    database.close()
    return elapsed, written


def _bare_insert(source: Path, target: Path) -> float:
    """Insert the demo's rows into an empty database of the same schema with plain sqlite3."""
    schema_db = Database.open(f"sqlite:///{target}")
    schema_db.close()
    rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    with sqlite3.connect(source) as conn:
        for table in ("device", *TABLES):
            columns = list(demo.COLUMNS.get(table, ())) or [
                c[1] for c in conn.execute(f"PRAGMA table_info({table})")
            ]
            rows[table] = (
                columns,
                conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
            )
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table, (columns, data) in rows.items():
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo_path, bare_path = Path(folder) / "demo.db", Path(folder) / "bare.db"
        demo_seconds, written = _write_demo(demo_path)
        bare_seconds = _bare_insert(demo_path, bare_path)
        rows = sum(written.values())
        ratio = demo_seconds / bare_seconds
        database = Database.open(f"sqlite:///{demo_path}")
        timings = {}
        with database.session() as session:
            for name in stats.QUERIES:
                timings[name] = best_of(5, lambda name=name: stats.run_query(session, name)) * 1000
        database.close()

    lines = [
        "## The data core (issue: foundation)",
        "",
        f"Machine: {machine()}.",
        "",
        "### Writing the national demo",
        "",
        f"`khdesk demo --scale national` writes {rows:,} rows ({written['person']:,} persons, "
        f"{written['meeting']:,} meetings, {written['attendance']:,} attendances, "
        f"{written['proposal']:,} proposals, and one change-log entry per record) in one "
        "transaction. The baseline inserts the very same rows into an empty database of the same "
        "schema (same indexes, WAL, `synchronous=FULL`, foreign keys on) with bare "
        "`sqlite3.executemany`, in the same run.",
        "",
        "| | seconds | rows/s |",
        "|---|---:|---:|",
        f"| khdesk demo (generation included) | {demo_seconds:.2f} | {rows / demo_seconds:,.0f} |",
        f"| bare `executemany` | {bare_seconds:.2f} | {rows / bare_seconds:,.0f} |",
        "",
        f"Ratio demo / bare: **{ratio:.2f}** (goal: at most {WRITE_GOAL}); the demo runs at "
        f"{100 / ratio:.0f}% of the bare rate (goal: at least 40%). "
        + ("Goal met." if ratio <= WRITE_GOAL else "**Goal missed.**"),
        "",
        "### `khdesk stats` aggregates on the national data",
        "",
        "Best of five runs of each query; each reads a covering index added by migration 0002.",
        "",
        "| aggregate | ms | goal |",
        "|---|---:|---|",
    ]
    for name, ms in timings.items():
        verdict = "met" if ms < QUERY_GOAL_MS else "**missed**"
        lines.append(f"| {name} | {ms:.1f} | < {QUERY_GOAL_MS:.0f} ms: {verdict} |")
    report = "\n".join(lines)
    write_section("data-core", report)
    print(report)


if __name__ == "__main__":
    main()
