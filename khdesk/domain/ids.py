"""Record identities: UUIDv7 strings, time-ordered so that indexes stay compact."""

from __future__ import annotations

import random

import uuid_utils


def new_id() -> str:
    """A fresh UUIDv7 as its canonical 36-character string."""
    return str(uuid_utils.uuid7())


def uuid7_from(timestamp_ms: int, rng: random.Random) -> str:
    """A UUIDv7 with the given millisecond timestamp and random bits drawn from ``rng``.

    Synthetic data uses this so that the same seed gives the same ids on every run.
    """
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (timestamp_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= rand_a << 64
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def is_uuid(text: str) -> bool:
    """True when ``text`` is a UUID in canonical or compact form."""
    try:
        uuid_utils.UUID(text)
    except ValueError:
        return False
    return True
