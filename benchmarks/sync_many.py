"""Test 10 of SYNC.md at full scale: thousands of bundles from twenty devices imported at
headquarters in a shuffled order, then all of them again, in a child process whose peak resident
memory is read; against a bare baseline in the same run (decrypting each file and reading every
entry of its ZIP, with no checks and no database).

Run with ``python -m benchmarks.sync_many``; results go to the "sync-many" section of
docs/performance.md. Goals: resident memory under 500 MB; the time per bundle bounded (the last
tenth of the imports no slower than twice the first tenth, however large the database grows);
the second pass changes nothing.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pyrage
from pyrage import x25519

from benchmarks.common import machine, write_section
from khdesk.paths import DataFolder
from khdesk.services import devices, installation, meetings, proposals, sync
from khdesk.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent
DEVICES, BUNDLES_EACH = 20, 100
MEMORY_GOAL_MB, GROWTH_GOAL = 500, 2.0

CHILD = """
import hashlib, json, resource, sys, time
from pathlib import Path
from sqlalchemy import text
from khdesk.paths import DataFolder
from khdesk.storage.database import Database
from khdesk.services import sync
root, listing = Path(sys.argv[1]), Path(sys.argv[2])
folder = DataFolder(root)
bundles = [Path(line) for line in listing.read_text().splitlines()]
database = Database.open(f"sqlite:///{root / 'khdesk.db'}")

def content():
    digest = hashlib.sha256()
    with database.session() as session:
        for table in ("meeting", "proposal"):
            for row in session.connection().execute(text(f"SELECT * FROM {table} ORDER BY id")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()

times, statuses = [], {}
for path in bundles:
    started = time.perf_counter()
    result = sync.import_file(database, path, folder)
    times.append(time.perf_counter() - started)
    statuses[result.status] = statuses.get(result.status, 0) + 1
first_content = content()
started = time.perf_counter()
again = {}
for path in bundles:
    result = sync.import_file(database, path, folder)
    again[result.status] = again.get(result.status, 0) + 1
second = time.perf_counter() - started
tenth = len(times) // 10
print(json.dumps({
    "first": sum(times), "second": second, "statuses": statuses, "again": again,
    "early": sum(times[:tenth]) / tenth, "late": sum(times[-tenth:]) / tenth,
    "unchanged": content() == first_content,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def _make_bundles(base: Path) -> tuple[Path, list[Path]]:
    template = base / "template.db"
    Database.open(f"sqlite:///{template}").close()

    def site(name: str, role: str) -> tuple[Database, Path]:
        folder = base / name
        folder.mkdir()
        shutil.copyfile(template, folder / "khdesk.db")
        database = Database.open(f"sqlite:///{folder / 'khdesk.db'}")
        with database.transaction() as session:
            installation.init_installation(
                session, role=role, region=None if role == "hq" else "71",
                keys_dir=folder / "keys", name=name,
            )  # fmt: skip
        return database, folder

    hq, hq_folder = site("hq", "hq")
    stick = base / "stick"
    stick.mkdir()
    bundles: list[Path] = []
    for number in range(DEVICES):
        region, folder = site(f"device{number:02d}", "facilitator")
        with hq.transaction() as session, region.session() as rs:
            devices.enroll(session, devices.this_card(rs))
            sync.export_reference(session, hq_folder / "keys", base / "ref.khr")
        with region.transaction() as session:
            sync.import_reference(session, base / "ref.khr")
            actor = installation.require_actor(session)
            meeting = meetings.create_meeting(
                session, actor, kind="round-table", date="2026-10-01", title=f"Кездесу {number}"
            )
        for index in range(BUNDLES_EACH):
            path = stick / f"device{number:02d}-{index:03d}.khb"
            with region.transaction() as session:
                proposals.add_proposal(
                    session, actor, meeting.id, text=f"Ұсыныс {index}", direction="D1"
                )
            sync.export_changes(region, DataFolder(folder), path)
            bundles.append(path)
        region.close()
    hq.close()
    random.Random(10).shuffle(bundles)
    return hq_folder, bundles


def _bare(hq_folder: Path, bundles: list[Path]) -> float:
    identity = x25519.Identity.from_str(
        (hq_folder / "keys" / "hq-identity.age").read_text().strip()
    )
    started = time.perf_counter()
    for path in bundles:
        plain = pyrage.decrypt(path.read_bytes(), [identity])
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            for name in archive.namelist():
                archive.read(name)
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        made = time.perf_counter()
        hq_folder, bundles = _make_bundles(base)
        made = time.perf_counter() - made
        listing = base / "bundles.txt"
        listing.write_text("\n".join(str(p) for p in bundles))
        bare = _bare(hq_folder, bundles)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(hq_folder), str(listing)], cwd=ROOT, check=True,
            capture_output=True, text=True, env={**os.environ},
        )  # fmt: skip
        size_mb = sum(p.stat().st_size for p in bundles) / 1024**2
    result = json.loads(out.stdout.strip().splitlines()[-1])
    count = len(bundles)
    growth = result["late"] / result["early"]
    unchanged = result["unchanged"] and result["again"] == {"already imported": count}

    statuses = ", ".join(f"{n:,} {status}" for status, n in sorted(result["statuses"].items()))

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    report = "\n".join(
        [
            "## Thousands of bundles (issue 5)",
            "",
            f"Machine: {machine()}.",
            "",
            f"{count:,} bundles ({size_mb:.0f} MB) from {DEVICES} devices, each sending after "
            f"every proposal before any acknowledgement (so each bundle repeats the ones before "
            f"it), imported at headquarters in a shuffled order, each file in its own "
            f"transaction; made in {made:.0f} s.",
            "",
            "| measure | value | goal |",
            "|---|---:|---|",
            f"| first pass | {result['first']:.1f} s ({result['first'] / count * 1000:.0f} ms "
            f"a bundle) | |",
            f"| bare: decrypt and read every entry | {bare:.1f} s | |",
            f"| first pass / bare | {result['first'] / bare:.1f} | (for reference) |",
            f"| last tenth / first tenth, per bundle | {growth:.2f} | at most {GROWTH_GOAL}: "
            f"{verdict(growth <= GROWTH_GOAL)} |",
            f"| second pass (all already imported) | {result['second']:.1f} s | nothing "
            f"changed: {verdict(unchanged)} |",
            f"| peak resident memory | {result['peak_mb']:.0f} MB | < {MEMORY_GOAL_MB} MB: "
            f"{verdict(result['peak_mb'] < MEMORY_GOAL_MB)} |",
            "",
            f"First pass: {statuses}. Each import copies the file into the inbox "
            "(flushed to disk), decrypts it to a temporary file and checks it whole before "
            "the database sees it; the bare baseline does none of this, which is most of the "
            "difference.",
        ]
    )
    write_section("sync-many", report)
    print(report)


if __name__ == "__main__":
    main()
