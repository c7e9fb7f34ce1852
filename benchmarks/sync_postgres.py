"""The national bundle imported at headquarters on PostgreSQL, against a bare psycopg ``COPY`` of
the same rows into the same schema, in the same run (issue 14).

A region's laptop records the national demo and exports it (as benchmarks/sync.py does); a
throwaway server (tests/postgres.py) holds two databases migrated by khdesk: one where
headquarters imports the bundle in a child process (decryption, every check, the batches), and
one where the same rows, read from the region's SQLite file, are copied in by ``COPY … FROM
STDIN`` in one transaction. Goals: the import at no less than 40% of the bare rate (a ratio of
2.5 or better) and under 500 MB of resident memory.

Run with ``python -m benchmarks.sync_postgres``; results go to docs/performance.md.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import psycopg

from benchmarks.common import machine, write_section
from benchmarks.sync import MEMORY_GOAL_MB, RATE_GOAL, TABLES, _as_one_regions_work, _child, _khdesk
from tests.postgres import server


def _database(url: str, name: str) -> str:
    """A new database on the server of ``url``; its URL."""
    parts = urlsplit(url)
    host = parse_qs(parts.query)["host"][0]
    with psycopg.connect(dbname=parts.path.lstrip("/"), user=parts.username, host=host,
                         autocommit=True) as conn:  # fmt: skip
        conn.execute(f"CREATE DATABASE {name}")
    return f"postgresql://{parts.username}@/{name}?host={host}"


def _connect(url: str) -> psycopg.Connection:
    parts = urlsplit(url)
    host = parse_qs(parts.query)["host"][0]
    return psycopg.connect(dbname=parts.path.lstrip("/"), user=parts.username, host=host)


def _bare(source: Path, url: str) -> float:
    """The region's rows copied into a migrated database by ``COPY``; the seconds taken."""
    with sqlite3.connect(source) as conn:
        rows = {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
        columns = {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in TABLES}
        device_columns = [c[1] for c in conn.execute("PRAGMA table_info(device)")]
        device = conn.execute("SELECT * FROM device WHERE is_local = 1").fetchone()
    with _connect(url) as db:
        # the region's device, as enrolment writes it at headquarters
        values = list(device)
        values[device_columns.index("is_local")] = False
        db.execute(
            f"INSERT INTO device ({', '.join(device_columns)}) "
            f"VALUES ({', '.join(['%s'] * len(device_columns))})",
            values,
        )
        db.commit()
        started = time.perf_counter()
        with db.cursor() as cursor:
            for table in TABLES:
                with cursor.copy(f"COPY {table} ({', '.join(columns[table])}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
        db.commit()
        return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, server() as url:
        base = Path(folder)
        region, hq, bare = base / "region", base / "hq", base / "bare"
        hq_url, bare_url = _database(url, "hq"), _database(url, "bare")
        _khdesk("--data-dir", str(hq), "--db", hq_url, "init", "--role", "hq")
        _khdesk("--data-dir", str(bare), "--db", bare_url, "init", "--role", "hq")
        _khdesk("--data-dir", str(region), "init", "--role", "facilitator", "--region", "71")
        _khdesk("--data-dir", str(region), "device", "card", "--out", str(base / "card.json"))
        _khdesk("--data-dir", str(hq), "--db", hq_url, "device", "enroll", str(base / "card.json"))
        _khdesk("--data-dir", str(hq), "--db", hq_url, "reference", "export",
                "--out", str(base / "ref.khr"))  # fmt: skip
        _khdesk("--data-dir", str(region), "reference", "import", str(base / "ref.khr"))
        _khdesk("--data-dir", str(region), "demo", "--scale", "national")
        _as_one_regions_work(region / "khdesk.db", "71")
        bundle = base / "national.khb"
        _child("export", f"sqlite:///{region / 'khdesk.db'}", str(region), str(bundle))
        imported = _child("import", hq_url, str(hq), str(bundle))
        bare_seconds = _bare(region / "khdesk.db", bare_url)
    ratio = imported["seconds"] / bare_seconds
    rate_ok, memory_ok = ratio <= RATE_GOAL, imported["peak_mb"] < MEMORY_GOAL_MB

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    report = "\n".join(
        [
            "## The national bundle imported on PostgreSQL (issue 14)",
            "",
            f"Machine: {machine()}; PostgreSQL from Debian's package, a throwaway cluster on a "
            "Unix socket (`tests/postgres.py`, fsync off), both databases migrated by khdesk.",
            "",
            "| step | seconds | peak resident memory | goal |",
            "|---|---:|---:|---|",
            f"| import at headquarters, every check ({imported['records']:,.0f} records) | "
            f"{imported['seconds']:.1f} | {imported['peak_mb']:.0f} MB | "
            f"< {MEMORY_GOAL_MB} MB: {verdict(memory_ok)} |",
            f"| bare psycopg `COPY` of the same rows | {bare_seconds:.1f} | | |",
            "",
            f"Import / bare: **{ratio:.2f}** (goal: at most {RATE_GOAL}, i.e. at least 40% of the "
            f"bare rate): {verdict(rate_ok)}. Goals met: {rate_ok + memory_ok} of 2.",
        ]
    )
    write_section("postgres-sync", report)
    print(report)


if __name__ == "__main__":
    main()
