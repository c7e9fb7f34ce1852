"""Similar proposals on the national data at headquarters.

Builds the national demo (50,000 proposals; the generator knows the idea each proposal was
written from, so the families of near-duplicates are known), then measures, each in a process
of its own so that its resident memory is its own:

- the first full pass (``similarity.refresh`` on nothing sketched), against a bare pass that
  reads every proposal's text and splits it into folded words (the least any comparison of
  texts does); goal under 60 s and 500 MB;
- an incremental pass for one region's bundle (the proposals of one region's meetings sketched
  anew and compared with everything), goal under 5 s;
- a proposal's similar list (``similarity.similar_to``, 200 proposals at random) against the
  bare SQL that reads its pairs; goal under 50 ms;
- recall (the share of pairs of one family found) and precision (the share of pairs found that
  are of one family) on the whole campaign.

Run with ``python -m benchmarks.similarity``; results go to docs/performance.md.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, write_section
from khdesk.services import demo, installation
from khdesk.storage.database import Database

PASS_GOAL_S = 60.0
PASS_GOAL_MB = 500.0
INCREMENTAL_GOAL_S = 5.0
LIST_GOAL_MS = 50.0
REGION = "71"

_CHILD = """
import json, resource, sys, time
from khdesk.storage.database import Database
database = Database.open("sqlite:///" + sys.argv[2])
started = time.perf_counter()
if sys.argv[1] == "bare":
    import sqlite3
    from khdesk.domain.names import fold
    connection = sqlite3.connect(sys.argv[2])
    kept = [set(fold(text).split()) for (text,) in connection.execute(
        "SELECT text FROM proposal WHERE deleted = 0")]
    result = {"proposals": len(kept)}
else:
    from khdesk.services import similarity
    with database.transaction() as session:
        done = similarity.refresh(session)
    result = {"sketched": done.sketched, "pairs": done.pairs, "compared": done.compared}
result["seconds"] = time.perf_counter() - started
result["mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def _child(kind: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def national(path: Path) -> dict[str, tuple[object, ...]]:
    """The national demo in ``path``; returns each proposal's idea."""
    database = Database.open(f"sqlite:///{path}")
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
    with database.transaction() as session:
        writer = demo.CampaignWriter(
            session, installation.require_actor(session), demo.SCALES["national"], 1
        )
        writer.write()
    database.close()
    return dict(writer.ideas)


def _forget_region(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT p.id FROM proposal p JOIN meeting m ON m.id = p.meeting_id "
                "WHERE m.region_kato = ?",
                (REGION,),
            )
        ]
        connection.executemany(
            "DELETE FROM similarpair WHERE proposal_id = ? OR other_id = ?",
            [(i, i) for i in ids],
        )
        connection.executemany(
            "DELETE FROM proposalsketch WHERE proposal_id = ?", [(i,) for i in ids]
        )
    return len(ids)


def main(path: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "national.db"
        ideas = national(path)
        bare = _child("bare", path)
        full = _child("pass", path)
        region_proposals = _forget_region(path)
        incremental = _child("pass", path)

        from khdesk.services import similarity

        database = Database.open(f"sqlite:///{path}")
        connection = sqlite3.connect(path)
        found = connection.execute("SELECT proposal_id, other_id FROM similarpair").fetchall()
        members: dict[tuple[object, ...], int] = {}
        for idea in ideas.values():
            members[idea] = members.get(idea, 0) + 1
        planted = sum(n * (n - 1) // 2 for n in members.values())
        right = sum(1 for a, b in found if ideas[a] == ideas[b])
        largest = max(members.values())
        sample = random.Random(5).sample(sorted(ideas), 200)
        list_ms, bare_ms = [], []
        with database.session() as session:
            for proposal_id in sample:
                started = time.perf_counter()
                similarity.similar_to(session, proposal_id)
                list_ms.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                connection.execute(
                    "SELECT other_id, score FROM similarpair WHERE proposal_id = ? "
                    "UNION ALL SELECT proposal_id, score FROM similarpair WHERE other_id = ?",
                    (proposal_id, proposal_id),
                ).fetchall()
                bare_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            groups = similarity.clusters(session)
            clusters_s = time.perf_counter() - started
            started = time.perf_counter()
            similarity.clusters(session, proposal_id=groups[0].members[-1].proposal_id)
            one_cluster_s = time.perf_counter() - started
        database.close()
    recall = right / planted if planted else 1.0
    precision = right / len(found) if found else 1.0
    body = f"""## Similar proposals (issue 13)

Machine: {machine()}. The national demo: {len(ideas):,} proposals written from
{len(members):,} ideas (the largest family {largest} proposals), each pass in a process of its
own (`benchmarks/similarity.py`).

| step | time | memory | against the bare step | goal |
|---|---|---|---|---|
| bare: read every text, split into folded words | {bare["seconds"]:.1f} s | {bare["mb"]:.0f} MB | 1 | |
| first full pass: {full["sketched"]:,.0f} sketched, {full["compared"]:,.0f} pairs compared, {full["pairs"]:,.0f} similar | {full["seconds"]:.1f} s | {full["mb"]:.0f} MB | {full["seconds"] / bare["seconds"]:.1f}× | 60 s, 500 MB |
| incremental pass: one region's {region_proposals:,} proposals anew | {incremental["seconds"]:.1f} s | {incremental["mb"]:.0f} MB | {incremental["seconds"] / bare["seconds"]:.1f}× | 5 s |
| every cluster ({len(groups):,}, the largest {len(groups[0].members)} proposals), described for the page | {clusters_s:.1f} s | | | |
| the cluster of one proposal | {one_cluster_s:.1f} s | | | |
| a proposal's similar list (200 at random): median / worst | {statistics.median(list_ms):.1f} / {max(list_ms):.1f} ms | | {statistics.median(list_ms) / statistics.median(bare_ms):.1f}× the bare SQL of its pairs ({statistics.median(bare_ms):.2f} ms) | 50 ms |

On the whole campaign: {planted:,} pairs of proposals share an idea and {len(found):,} pairs
were found similar: **recall {recall:.3f}, precision {precision:.3f}** (docs/similarity.md says
what the wrong pairs are).
"""  # noqa: E501
    write_section("similarity", body)
    print(body)


if __name__ == "__main__":
    main()
