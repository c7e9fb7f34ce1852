"""Record ids (UUIDv7) and meeting numbers."""

from __future__ import annotations

import random
import uuid

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.domain.ids import is_uuid, new_id, uuid7_from
from khdesk.domain.numbering import format_number, parse_number


def test_new_ids_are_version_7_and_grow_with_time() -> None:
    ids = [new_id() for _ in range(50)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)


def test_synthetic_ids_are_valid_and_repeatable() -> None:
    first = uuid7_from(1_700_000_000_000, random.Random(5))
    again = uuid7_from(1_700_000_000_000, random.Random(5))
    parsed = uuid.UUID(first)
    assert first == again
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert int(parsed.hex[:12], 16) == 1_700_000_000_000


def test_is_uuid() -> None:
    assert is_uuid(new_id())
    assert not is_uuid("71-2026-003")


def test_meeting_numbers_round_trip() -> None:
    assert format_number("71", 2026, 3) == "71-2026-003"
    assert parse_number("71-2026-003") == ("71", 2026, 3)
    assert parse_number(format_number(None, 2026, 12)) == (None, 2026, 12)
    with pytest.raises(InvalidInput, match="71-2026-003"):
        parse_number("meeting three")
