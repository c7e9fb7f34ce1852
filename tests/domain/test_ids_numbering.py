"""Record ids (UUIDv7) and meeting numbers."""

from __future__ import annotations

import random
import uuid

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.domain.ids import is_uuid, new_id, uuid7_from
from khdesk.domain.numbering import CODE_ALPHABET, device_code, format_number, parse_number


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
    assert format_number("71", 2026, 3, "7QKM") == "71-7QKM-2026-003"
    assert parse_number("71-7QKM-2026-003") == ("71", "7QKM", 2026, 3)
    assert parse_number(format_number(None, 2026, 12, "AB23")) == (None, "AB23", 2026, 12)
    # meetings numbered before laptops had codes keep their numbers and are found by them
    assert format_number("71", 2026, 3) == "71-2026-003"
    assert parse_number("71-2026-003") == ("71", None, 2026, 3)
    with pytest.raises(InvalidInput, match="71-7QKM-2026-003"):
        parse_number("meeting three")


def test_a_code_typed_in_lower_case_or_in_cyrillic_look_alikes_is_the_same_code() -> None:
    assert parse_number(" 71-7qkm-2026-003 ") == ("71", "7QKM", 2026, 3)
    assert parse_number("71-7ХКМ-2026-003") == ("71", "7XKM", 2026, 3)  # Х, К, М in Cyrillic
    with pytest.raises(InvalidInput):
        parse_number("71-7QKI-2026-003")  # I is not in the alphabet (it reads as 1)


def test_a_device_code_is_four_readable_characters_from_its_key() -> None:
    keys = [f"RWQ{n:040d}" for n in range(2000)]
    codes = [device_code(key) for key in keys]
    assert all(len(code) == 4 and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert device_code(keys[0]) == device_code(keys[0] + "\n")  # the key as a card writes it
    assert len(set(codes)) > 1900  # spread over the 32**4 codes, few collide
