"""Checks of values typed by people or read from files, each failing with one plain sentence."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from khdesk.domain.errors import InvalidInput, Label

#: The longest free text khdesk keeps in one field (a long speech in the minutes fits easily).
MAX_TEXT = 100_000
#: The longest short field (a name, an organisation, a title, a place).
MAX_LINE = 500
#: Dates outside these years are typing mistakes, not meetings.
FIRST_YEAR, LAST_YEAR = 2000, 2100

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_KEEP = re.compile(r"[^\d+]")
# Control characters (terminal escapes, NUL …); a multi-line text may keep tabs and newlines.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Characters that show nothing: a name pasted with one of them is still the same name.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_ZERO_WIDTH = str.maketrans(dict.fromkeys(ZERO_WIDTH))
# Fullwidth Latin letters, digits and signs (ＡＢＣ, １２３) and halfwidth forms, as Asian input
# methods type them. Only this block is folded by NFKC: NFKC of the whole text would also turn
# «№» into "No" and «½» into "1⁄2", which are what people wrote.
_WIDTH_FORMS = re.compile(r"[\u3000\uff01-\uffef]+")


def plain_characters(text: str) -> str:
    """``text`` without zero-width characters, composed (NFC), fullwidth forms folded (NFKC)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text.translate(_DROP_ZERO_WIDTH))
    return _WIDTH_FORMS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)


def shown(value: str, limit: int = 40) -> str:
    """A value quoted in a message: on one line and cut short, so the message stays one line."""
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Every check below names the value by ``field``: a ``Label`` ("the title"), which the window
# translates, or a plain column name from a file ("ФИО"), which is shown as it is.


def parse_date(value: str, *, field: str = Label("the date")) -> dt.date:
    """A calendar date written as YYYY-MM-DD, in a plausible year."""
    try:
        day = dt.datetime.strptime(value.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise InvalidInput(
            "{field} '{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-16.",
            field=field,
            value=shown(value),
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(
            "{field} {day} is not in the years {first}-{last}: check the year.",
            field=field,
            day=day.isoformat(),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return day


def parse_time(value: str, *, field: str = Label("the time")) -> dt.time:
    """A time of day written as HH:MM."""
    try:
        return dt.datetime.strptime(value.strip(), "%H:%M").time()
    except ValueError:
        raise InvalidInput(
            "{field} '{value}' is not a time: write it as HH:MM, e.g. 10:30.",
            field=field,
            value=shown(value),
        ) from None


def _check_characters(text: str, field: str, control: re.Pattern[str]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            "{field} holds bytes that are not text (a wrong encoding): retype it, or save "
            "the file as UTF-8.",
            field=field,
        ) from None
    if control.search(text):
        raise InvalidInput(
            "{field} holds control characters: retype it as plain text.", field=field
        )


def clean_line(value: str | None, *, field: str, required: bool = False) -> str | None:
    """A one-line text with spacing tidied and invisible or fullwidth characters made plain
    (``plain_characters``); None when empty and not required."""
    text = " ".join(plain_characters(value or "").split())
    if not text:
        if required:
            raise InvalidInput("{field} is empty: type it in.", field=field)
        return None
    _check_characters(text, field, _CONTROL_IN_LINE)
    if len(text) > MAX_LINE:
        raise InvalidInput(
            "{field} is {length:,} characters long; shorten it to at most {limit:,}.",
            field=field,
            length=len(text),
            limit=MAX_LINE,
        )
    return text


def clean_text(value: str | None, *, field: str, required: bool = False) -> str | None:
    """A multi-line text with outer spacing removed and invisible or fullwidth characters made
    plain (``plain_characters``); None when empty and not required."""
    text = plain_characters(value or "").strip()
    if not text:
        if required:
            raise InvalidInput("{field} is empty: type it in.", field=field)
        return None
    _check_characters(text, field, _CONTROL_IN_TEXT)
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            "{field} is {length:,} characters long; shorten it to at most {limit:,}.",
            field=field,
            length=len(text),
            limit=MAX_TEXT,
        )
    return text


def clean_email(value: str | None) -> str | None:
    """An e-mail address in lower case, or None; malformed addresses are refused."""
    text = plain_characters(value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 254 or not text.isprintable():
        raise InvalidInput(
            "e-mail '{value}' is malformed: correct it or leave it empty.", value=shown(text)
        )
    return text.lower()


def clean_phone(value: str | None) -> str | None:
    """A phone number reduced to digits with an optional leading +; Kazakh 8-numbers become +7."""
    text = plain_characters(value or "").strip()
    if not text:
        return None
    digits = _PHONE_KEEP.sub("", text)
    plus = digits.startswith("+")
    digits = digits.replace("+", "")
    if not 10 <= len(digits) <= 15:
        raise InvalidInput(
            "phone '{value}' is malformed: write it as +7 7XX XXX XX XX or leave it empty.",
            value=shown(text),
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
        raise InvalidInput(
            "{field} is {count}; a count cannot be negative.", field=field, count=value
        )
    return value
