"""The dashboard's figures and the xlsx export on the national data at headquarters.

Builds the national demo (as benchmarks/data_core.py does), reviews six proposals in ten, then
times each figure of ``khdesk.services.stats`` with no filter and with one region, against the
bare SQL that answers the same question in the same run, and the xlsx export of everything (its
time and the resident memory of the process that writes it). Goals: every figure under 100 ms;
the export under 30 s and 500 MB. Run with ``python -m benchmarks.figures``; results go to
docs/performance.md.
"""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import best_of, machine, write_section
from khdesk.services import demo, installation, stats
from khdesk.storage.database import Database

FIGURE_GOAL_MS = 100.0
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


def main(path: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if path is None:
            path = Path(folder) / "national.db"
            national(path)
        database = Database.open(f"sqlite:///{path}")
        bare = sqlite3.connect(path)
        timings: list[tuple[str, str, float, float]] = []
        with database.session() as session:
            for label, filters, narrowing in (
                ("none", stats.Filters(), ""),
                (
                    f"region {REGION}",
                    stats.Filters(region=REGION),
                    f"AND m.region_kato = '{REGION}'",
                ),
            ):
                for name, figure in stats.FIGURES.items():
                    ms = best_of(5, lambda f=figure, x=filters: f(session, x)) * 1000
                    bare_ms = math.nan
                    if name in BARE:
                        sql = BARE[name].format(m=narrowing)
                        bare_ms = best_of(5, lambda q=sql: bare.execute(q).fetchall()) * 1000
                    timings.append((name, label, ms, bare_ms))
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
        "| figure | filter | ms | bare SQL ms | ratio | goal |",
        "|---|---|---:|---:|---:|---|",
    ]
    for name, label, ms, bare_ms in timings:
        verdict = "met" if ms < FIGURE_GOAL_MS else "**missed**"
        ratio = "—" if math.isnan(bare_ms) else f"{ms / bare_ms:.2f}"
        shown = "—" if math.isnan(bare_ms) else f"{bare_ms:.1f}"
        lines.append(
            f"| {name} | {label} | {ms:.1f} | {shown} | {ratio} | < {FIGURE_GOAL_MS:.0f} ms: "
            f"{verdict} |"
        )
    export_verdict = (
        "met" if export_s < EXPORT_GOAL_S and export_mb < EXPORT_GOAL_MB else "**missed**"
    )
    lines += [
        "",
        f"`khdesk export xlsx` of everything ({rows:,} rows on five sheets, write-only "
        f"workbook): **{export_s:.1f} s**, resident memory at most **{export_mb:.0f} MB** "
        f"(goals: under {EXPORT_GOAL_S:.0f} s and {EXPORT_GOAL_MB:.0f} MB: {export_verdict}).",
    ]
    report = "\n".join(lines)
    write_section("figures", report)
    print(report)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
