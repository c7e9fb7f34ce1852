"""Meeting numbers: short, readable, and unique in the whole country.

A number reads ``71-7QKM-2026-003``: the region's KATO code (``00`` for a national meeting),
the four-character code of the laptop that created the meeting, the year, and the laptop's own
sequence for that region and year. The laptop's code is made from its public key, so a laptop
numbers its meetings on its own, offline, and two laptops of one region never print the same
number; a reinstalled laptop has a new key and so a new code. Headquarters refuses to enrol a
card whose code another device of the same region already has (about one chance in 23,000 for a
region of ten laptops); that laptop is set up again and gets a new key.

Meetings created before laptops had codes keep their old numbers (``71-2026-003``).
"""

from __future__ import annotations

import hashlib
import re

from khdesk.domain.errors import InvalidInput

NATIONAL = "00"  # the code shown for a meeting that belongs to no single region
#: 32 characters no one confuses: digits 2-9 and Latin capitals without I and O.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 4
#: Cyrillic capitals that look like Latin ones, as someone may type a code on a Russian or
#: Kazakh keyboard.
_LOOKALIKES = str.maketrans("АВЕКМНРСТХ", "ABEKMHPCTX")
_NUMBER = re.compile(r"^(\d{2})-(?:([2-9A-HJ-NP-Z]{4})-)?(\d{4})-(\d{1,6})$")


def device_code(public_key: str) -> str:
    """The four-character code of the device whose public key (as its card writes it) this is."""
    digest = int.from_bytes(hashlib.sha256(public_key.strip().encode()).digest()[:4], "big")
    code = ""
    for _ in range(CODE_LENGTH):
        digest, index = divmod(digest, len(CODE_ALPHABET))
        code += CODE_ALPHABET[index]
    return code


def format_number(region_kato: str | None, year: int, number: int, code: str | None = None) -> str:
    """The meeting number as people write it, e.g. ``71-7QKM-2026-003``."""
    region = region_kato or NATIONAL
    if code:
        return f"{region}-{code}-{year}-{number:03d}"
    return f"{region}-{year}-{number:03d}"


def parse_number(text: str) -> tuple[str | None, str | None, int, int]:
    """Split ``71-7QKM-2026-003`` into (region or None, code or None, year, number)."""
    match = _NUMBER.match(_normalised(text))
    if not match:
        raise InvalidInput(
            "'{text}' is neither a meeting id nor a meeting number like 71-7QKM-2026-003.",
            text=text,
        )
    region, code, year, number = match.groups()
    return (None if region == NATIONAL else region), code, int(year), int(number)


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER.match(_normalised(text)))


def _normalised(text: str) -> str:
    return text.strip().upper().translate(_LOOKALIKES)
