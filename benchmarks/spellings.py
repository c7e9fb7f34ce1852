"""The check-in search typed in other spellings: each keystroke of a known person's name as
stored (Kazakh), as Russian writes it, in Latin letters, and of their phone as «8 7XX …», over
20,000 persons, against one bare trigram query per keystroke.

Run with ``python -m benchmarks.spellings`` (``make benchmarks`` runs it too); results go to the
"spellings" section of docs/performance.md. Goal (issue 11): every keystroke within the check-in
search's budget of 15 ms (the workspace benchmark's goal 2), whatever the spelling.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, write_section
from benchmarks.workspace import SEARCH_GOAL_MS, SEARCH_PERSONS, _synthetic_database

PASSES = 3
#: how Russian writes the Kazakh letters it lacks, and a passport's Latin letters
RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
LATIN = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m",
        "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip


def _person(database: Path) -> tuple[str, str]:
    """A known person whose name has Kazakh letters, and their phone."""
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT full_name, phone FROM person WHERE phone IS NOT NULL ORDER BY id"
        ).fetchall()
    kazakh = set("әғқңөұүһі")
    return next((n, p) for n, p in rows[4000:] if kazakh & set(n.casefold()))


def typings(name: str, phone: str) -> dict[str, str]:
    digits = phone.removeprefix("+7")
    return {
        "as stored": name,
        "Russian spelling": name.translate(RUSSIAN),
        "Latin letters": name.casefold().translate(LATIN),
        "phone as 8 7XX": f"8 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}",
    }


def _khdesk(url: str, text: str) -> tuple[list[float], list[str]]:
    """Each prefix of ``text`` through one ``PersonSearch``, as the check-in tab keeps it."""
    from khdesk.services.participants import PersonSearch
    from khdesk.storage.database import Database

    database = Database(url)
    prefixes = [text[:i] for i in range(1, len(text) + 1)]
    best = [float("inf")] * len(prefixes)
    found: list[str] = []
    search = PersonSearch("kk")
    with database.session() as session:
        for _ in range(PASSES + 1):  # the first pass warms SQLite's page cache
            search.forget()
            for index, prefix in enumerate(prefixes):
                started = time.perf_counter()
                found = search.ranked_ids(session, prefix)
                best[index] = min(best[index], time.perf_counter() - started)
    database.close()
    return best, found


def _bare(path: Path, text: str) -> list[float]:
    """One plain ``sqlite3`` query per prefix: the folded words through the trigram index (or a
    LIKE scan for shorter words), 30 rows, no ranking."""
    from khdesk.domain.names import fold

    conn = sqlite3.connect(path)
    prefixes = [text[:i] for i in range(1, len(text) + 1)]
    best = [float("inf")] * len(prefixes)
    for _ in range(PASSES + 1):
        for index, prefix in enumerate(prefixes):
            words = [f"%{w}%" for w in fold(prefix).split()]
            long = [w for w in words if len(w) >= 5]
            where = " AND ".join("search_key LIKE ?" for _ in words) or "1"
            if long:
                inner = " AND ".join("search_key LIKE ?" for _ in long)
                sql = (
                    f"SELECT id FROM person WHERE rowid IN (SELECT rowid FROM person_fts WHERE "
                    f"{inner}) AND deleted = 0 AND {where} LIMIT 30"
                )
                values = long + words
            else:
                sql = f"SELECT id FROM person WHERE deleted = 0 AND {where} LIMIT 30"
                values = words
            started = time.perf_counter()
            conn.execute(sql, values).fetchall()
            best[index] = min(best[index], time.perf_counter() - started)
    conn.close()
    return best


def measure(folder: Path) -> dict[str, Any]:
    path = folder / "search.db"
    _synthetic_database(path, persons=SEARCH_PERSONS, attendees=60, proposals=0)
    url = f"sqlite:///{path}"
    name, phone = _person(path)
    with sqlite3.connect(path) as conn:
        (person_id,) = conn.execute("SELECT id FROM person WHERE full_name = ?", (name,)).fetchone()
    results: dict[str, Any] = {"name": name, "rows": []}
    for label, text in typings(name, phone).items():
        khdesk, found = _khdesk(url, text)
        bare = _bare(path, text)
        results["rows"].append(
            {
                "label": label,
                "text": text,
                "keys": len(text),
                "mean_ms": 1000 * statistics.fmean(khdesk),
                "worst_ms": 1000 * max(khdesk),
                "bare_mean_ms": 1000 * statistics.fmean(bare),
                "bare_worst_ms": 1000 * max(bare),
                "rank": found.index(person_id) + 1 if person_id in found else None,
            }
        )
    return results


def report(results: dict[str, Any]) -> str:
    lines = [
        "## The check-in search in other spellings (issue 11)",
        "",
        f"Machine: {machine()}. Every figure is one run of `python -m benchmarks.spellings`.",
        "",
        "| typed | keys | khdesk mean / worst keystroke | bare baseline mean / worst | ratio "
        "(means) | the person's rank at the last key | goal |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    met = 0
    for row in results["rows"]:
        ok = row["worst_ms"] < SEARCH_GOAL_MS
        met += ok
        lines.append(
            f"| {row['label']} («{row['text']}») | {row['keys']} | "
            f"{row['mean_ms']:.1f} / {row['worst_ms']:.1f} ms | "
            f"{row['bare_mean_ms']:.1f} / {row['bare_worst_ms']:.1f} ms | "
            f"{row['mean_ms'] / max(row['bare_mean_ms'], 1e-6):.1f} | "
            f"{row['rank'] or 'not found'} | < {SEARCH_GOAL_MS:.0f} ms: "
            f"{'met' if ok else 'missed'} |"
        )
    lines += [
        "",
        f"Goals met: {met} of {len(results['rows'])}.",
        "",
        f"The database holds {SEARCH_PERSONS:,} persons of the demo generator; the person is "
        f"«{results['name']}». Each keystroke is `PersonSearch.ranked_ids` (the operation the "
        "check-in tab runs off the GUI thread, one `PersonSearch` kept across keystrokes as the "
        "tab keeps it), best of 3 passes after a warm-up pass, timed in the process. The "
        "baseline is one bare `sqlite3` query per keystroke: the folded words through the "
        "trigram index (shorter words by a LIKE scan), 30 rows, no second spelling, no ranking. "
        "khdesk asks the index by MATCH (one look-up for both spellings of a word) and looks "
        "the persons up by rowid, where the baseline's LIKE makes SQLite check each candidate's "
        "text again: that is why khdesk, which does more, can be the quicker of the two. The "
        "workspace benchmark times the same search through the window.",
    ]
    return "\n".join(lines)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="khdesk-bench-") as folder:
        results = measure(Path(folder))
    body = report(results)
    write_section("spellings", body)
    print(body)


if __name__ == "__main__":
    main()
