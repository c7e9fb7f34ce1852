"""Checks of values typed by people or read from files, each failing with one plain sentence."""

from __future__ import annotations

import datetime as dt
import re

from khdesk.domain.errors import InvalidInput

#: The longest free text khdesk keeps in one field (a long speech in the minutes fits easily).
MAX_TEXT = 100_000
#: The longest short field (a name, an organisation, a title, a place).
MAX_LINE = 500

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_KEEP = re.compile(r"[^\d+]")


def parse_date(value: str, *, field: str = "date") -> dt.date:
    """A calendar date written as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"{field} '{value}' is not a date: write it as YYYY-MM-DD, for example 2026-09-16."
        ) from None


def parse_time(value: str, *, field: str = "time") -> dt.time:
    """A time of day written as HH:MM."""
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"{field} '{value}' is not a time: write it as HH:MM, e.g. 10:30."
        ) from None


def clean_line(value: str | None, *, field: str, required: bool = False) -> str | None:
    """A one-line text with spacing tidied; None when empty and not required."""
    text = " ".join((value or "").split())
    if not text:
        if required:
            raise InvalidInput(f"{field} is empty: type it in.")
        return None
    if len(text) > MAX_LINE:
        raise InvalidInput(
            f"{field} is {len(text):,} characters long; shorten it to at most {MAX_LINE}."
        )
    return text


def clean_text(value: str | None, *, field: str, required: bool = False) -> str | None:
    """A multi-line text with outer spacing removed; None when empty and not required."""
    text = (value or "").strip()
    if not text:
        if required:
            raise InvalidInput(f"{field} is empty: type it in.")
        return None
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            f"{field} is {len(text):,} characters long; shorten it to at most {MAX_TEXT:,}."
        )
    return text


def clean_email(value: str | None) -> str | None:
    """An e-mail address in lower case, or None; malformed addresses are refused."""
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 254:
        raise InvalidInput(f"e-mail '{text}' is malformed: correct it or leave it empty.")
    return text.lower()


def clean_phone(value: str | None) -> str | None:
    """A phone number reduced to digits with an optional leading +; Kazakh 8-numbers become +7."""
    text = (value or "").strip()
    if not text:
        return None
    digits = _PHONE_KEEP.sub("", text)
    plus = digits.startswith("+")
    digits = digits.replace("+", "")
    if not 10 <= len(digits) <= 15:
        raise InvalidInput(
            f"phone '{text}' is malformed: write it as +7 7XX XXX XX XX or leave it empty."
        )
    if not plus and len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]
    elif not plus and len(digits) == 10:
        digits = "7" + digits
    return "+" + digits


def check_count(value: int | None, *, field: str) -> int | None:
    """A count of votes or people: a whole number, zero or more."""
    if value is None:
        return None
    if value < 0:
        raise InvalidInput(f"{field} is {value}; a count cannot be negative.")
    return value
