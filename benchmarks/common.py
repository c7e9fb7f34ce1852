"""Helpers for benchmarks: timing, machine description, and writing results into docs/."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def best_of(repeats: int, action: Callable[[], object]) -> float:
    """The shortest of ``repeats`` timings of ``action`` in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, measured {dt.date.today().isoformat()}"
    )


def write_section(name: str, body: str) -> None:
    """Replace the section between ``<!-- name -->`` markers in docs/performance.md."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Performance\n"
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.DOTALL)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else f"{text}\n{block}\n"
    DOCS.write_text(text, encoding="utf-8")
