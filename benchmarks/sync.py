"""Sync at national scale: a bundle of the national demo exported at a region and imported at
headquarters, each in a child process whose peak resident memory is read, and the import's rate
against a bare ``sqlite3.executemany`` of the same rows into the same schema, in the same run.

Run with ``python -m benchmarks.sync``; results go to the "sync" section of docs/performance.md.
Goals (issue 5): resident memory under 500 MB on both sides; the import at no less than 40% of
the bare rate (a ratio of 2.5 or better).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("person", "meeting", "attendance", "agendaitem", "speech", "decision", "proposal",
          "question")  # fmt: skip
MEMORY_GOAL_MB, RATE_GOAL = 500, 2.5

CHILD = """
import json, resource, sys, time
from pathlib import Path
from khdesk.paths import DataFolder
from khdesk.storage.database import Database
from khdesk.services import sync
action, url, folder, bundle = sys.argv[1:5]
folder = DataFolder(Path(folder))
database = Database.open(url)
started = time.perf_counter()
if action == "export":
    counts = sync.export_changes(database, folder, Path(bundle))
else:
    with database.transaction() as session:
        report = sync.import_changes(session, Path(bundle), folder)
    counts = report.counts
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak, "records": sum(counts.values())}))
"""


def _khdesk(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "khdesk", *args], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip


def _child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *args], cwd=ROOT, check=True, capture_output=True,
        text=True, env={**os.environ},
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def _as_one_regions_work(path: Path, region: str) -> None:
    """The demo spreads its meetings over every region; a region's laptop records only its own,
    numbered in one sequence, and headquarters refuses anything else from it. So the national
    campaign is made one region's years of work: every meeting in ``region``, numbered anew."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE meeting SET region_kato = ?, number = (SELECT n FROM (SELECT id, "
            "row_number() OVER (PARTITION BY year ORDER BY date, id) AS n FROM meeting) AS o "
            "WHERE o.id = meeting.id)",
            (region,),
        )


def _bare(source: Path, target: Path) -> float:
    with sqlite3.connect(source) as conn:
        rows = {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
        columns = {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    db = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        db.execute(f"PRAGMA {pragma}")
    device = sqlite3.connect(source).execute("SELECT * FROM device WHERE is_local = 1").fetchone()
    db.execute("INSERT OR IGNORE INTO device VALUES (" + ",".join("?" * len(device)) + ")", device)
    started = time.perf_counter()
    db.execute("BEGIN")
    for table in TABLES:
        marks = ", ".join("?" * len(columns[table]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        region, hq, bare = base / "region", base / "hq", base / "bare"
        _khdesk("--data-dir", str(hq), "init", "--role", "hq")
        _khdesk("--data-dir", str(region), "init", "--role", "facilitator", "--region", "71")
        _khdesk("--data-dir", str(bare), "init", "--role", "hq")
        _khdesk("--data-dir", str(region), "device", "card", "--out", str(base / "card.json"))
        _khdesk("--data-dir", str(hq), "device", "enroll", str(base / "card.json"))
        _khdesk("--data-dir", str(hq), "reference", "export", "--out", str(base / "ref.khr"))
        _khdesk("--data-dir", str(region), "reference", "import", str(base / "ref.khr"))
        _khdesk("--data-dir", str(region), "demo", "--scale", "national")
        _as_one_regions_work(region / "khdesk.db", "71")
        bundle = base / "national.khb"
        exported = _child("export", f"sqlite:///{region / 'khdesk.db'}", str(region), str(bundle))
        imported = _child("import", f"sqlite:///{hq / 'khdesk.db'}", str(hq), str(bundle))
        bare_seconds = _bare(region / "khdesk.db", bare / "khdesk.db")
        size_mb = bundle.stat().st_size / 1024**2
    ratio = imported["seconds"] / bare_seconds
    records = imported["records"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    report = "\n".join(
        [
            "## Sync (issues 5 and 8)",
            "",
            f"Machine: {machine()}.",
            "",
            f"A bundle of the national demo: {records:,} records, {size_mb:.0f} MB encrypted.",
            "",
            "| step | seconds | peak resident memory | goal |",
            "|---|---:|---:|---|",
            f"| export at the region | {exported['seconds']:.1f} | {exported['peak_mb']:.0f} MB | "
            f"< {MEMORY_GOAL_MB} MB: {verdict(exported['peak_mb'] < MEMORY_GOAL_MB)} |",
            f"| import at headquarters, every check | {imported['seconds']:.1f} | "
            f"{imported['peak_mb']:.0f} MB | < {MEMORY_GOAL_MB} MB: "
            f"{verdict(imported['peak_mb'] < MEMORY_GOAL_MB)} |",
            f"| bare `sqlite3.executemany` of the same rows | {bare_seconds:.1f} | | |",
            "",
            f"Import / bare: **{ratio:.2f}** (goal: at most {RATE_GOAL}, i.e. at least 40% of the "
            f"bare rate): {verdict(ratio <= RATE_GOAL)}. The import decrypts to a temporary file, "
            "checks the ZIP, the signature and every hash, then checks every value of every record "
            "as a typed one is checked and the records of each batch of 2,000 together "
            "(references, regions, unique numbers), then applies the batch (one query for the "
            "stored versions, one `executemany` for the new ones). The demo's meetings are made "
            "one region's, as a region's laptop records them (headquarters refuses anything "
            "else from it).",
        ]
    )
    write_section("sync", report)
    print(report)


if __name__ == "__main__":
    main()
