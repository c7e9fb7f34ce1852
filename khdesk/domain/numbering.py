"""Meeting numbers: one sequence per region and year, shown as KATO-YEAR-NNN."""

from __future__ import annotations

import re

from khdesk.domain.errors import InvalidInput

NATIONAL = "00"  # the code shown for a meeting that belongs to no single region
_NUMBER = re.compile(r"^(\d{2})-(\d{4})-(\d{1,6})$")


def format_number(region_kato: str | None, year: int, number: int) -> str:
    """The meeting number as people write it, e.g. ``71-2026-003``."""
    return f"{region_kato or NATIONAL}-{year}-{number:03d}"


def parse_number(text: str) -> tuple[str | None, int, int]:
    """Split ``71-2026-003`` into (region or None, year, number)."""
    match = _NUMBER.match(text.strip())
    if not match:
        raise InvalidInput(
            "'{text}' is neither a meeting id nor a meeting number like 71-2026-003.", text=text
        )
    region, year, number = match.groups()
    return (None if region == NATIONAL else region), int(year), int(number)


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))
