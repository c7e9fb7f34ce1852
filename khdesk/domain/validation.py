"""Checks of values typed by people or read from files, each failing with one plain sentence."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from khdesk.domain.errors import InvalidInput, Label, Message

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
    """An e-mail address in lower case, or None; malformed addresses are refused, and so is one
    with a letter that is not Latin (``NotLatinEmail``), naming the letter."""
    text = plain_characters(value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 254 or not text.isprintable():
        raise InvalidInput(
            "e-mail '{value}' is malformed: correct it or leave it empty.", value=shown(text)
        )
    check_email_letters(text)
    return text.lower()


class NotLatinEmail(InvalidInput):
    """An e-mail address with a letter no address of its kind may have: a Cyrillic «а» typed
    for a Latin "a" looks the same and sends the mail nowhere.

    ``letter`` is that letter and ``position`` where it stands in the address (from 1), for a
    sentence that does not repeat the address (an import's report)."""

    def __init__(self, message: str | Message, /, *, letter: str, position: int, **values: object):
        super().__init__(message, letter=letter, **values)
        self.letter = letter
        self.position = position


def email_letter_reason(error: NotLatinEmail) -> Message:
    """Why a row's e-mail is refused for a letter of another alphabet, naming the letter and
    where it stands but not the address (an import's report gets copied)."""
    if script_of(error.letter) == "cyrillic":
        return Message(
            "the e-mail has the Cyrillic letter «{letter}» at position {position}: type it in "
            "Latin letters.",
            letter=error.letter,
            position=error.position,
        )
    return Message(
        "the e-mail has the letter «{letter}» at position {position}, of another alphabet than "
        "the rest of the address: retype it.",
        letter=error.letter,
        position=error.position,
    )


#: The top-level domains written in Cyrillic: an address wholly in Cyrillic under one of them
#: (info@сайт.қаз) is a real address, not a look-alike of a Latin one.
CYRILLIC_TOP_DOMAINS = frozenset(
    {"қаз", "рф", "бел", "укр", "срб", "мкд", "мон", "бг", "рус", "ею", "москва", "дети",
     "онлайн", "сайт", "орг", "ком"}
)  # fmt: skip


def check_email_letters(text: str) -> None:
    """Refuse a letter an e-mail address cannot have where it stands: anything but a–z before
    the @ (the part mail servers read byte by byte), and in the domain a letter of another
    alphabet than the domain's (a Latin domain is plain a–z; a Cyrillic one ends in a Cyrillic
    top-level domain such as .қаз). An address still being typed is checked as far as it goes."""
    if text.isascii():
        return
    local, at, domain = text.rpartition("@")
    if not at:
        local, domain = text, ""
    for index, char in enumerate(local):
        if not char.isascii():
            _refuse_letter(char, local, index + 1)
    if domain.isascii():
        return
    cyrillic = domain.rsplit(".", 1)[-1].lower() in CYRILLIC_TOP_DOMAINS
    start = len(local) + 2
    for index, char in enumerate(domain):
        if char.isascii() and not (cyrillic and char.isalpha()):
            continue
        if cyrillic and script_of(char) == "cyrillic":
            continue
        if cyrillic and script_of(char) == "latin":
            raise NotLatinEmail(
                "the e-mail has the Latin letter «{letter}» in «{part}», whose other letters "
                "are Cyrillic: type it in Cyrillic letters.",
                letter=char,
                position=start + index,
                part=shown(domain),
            )
        _refuse_letter(char, domain, start + index)


def _refuse_letter(char: str, part: str, position: int) -> None:
    if script_of(char) == "cyrillic":
        raise NotLatinEmail(
            "the e-mail has the Cyrillic letter «{letter}» in «{part}»: type it in Latin letters.",
            letter=char,
            position=position,
            part=shown(part),
        )
    raise NotLatinEmail(
        "the e-mail has the letter «{letter}» in «{part}»: an address is typed in plain Latin "
        "letters, a to z.",
        letter=char,
        position=position,
        part=shown(part),
    )


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


# --- names typed with letters of two alphabets ---------------------------------------------------

#: Latin letters that look like Cyrillic ones, and the Cyrillic letter each stands for inside a
#: Kazakh or Russian word. A Latin "i" is the Kazakh «і» (Kazakh keyboards are often missing,
#: and people type the Latin letter that looks the same), "h" is «һ», "ə" is «ә», "ɵ" is «ө».
LATIN_LOOK_ALIKES = {
    "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "Ë": "Ё", "ë": "ё",
    "H": "Н", "h": "һ", "I": "І", "i": "і", "K": "К", "M": "М", "O": "О", "o": "о", "P": "Р",
    "p": "р", "T": "Т", "X": "Х", "x": "х", "Y": "У", "y": "у", "Ə": "Ә", "ə": "ә", "Ɵ": "Ө",
    "ɵ": "ө",
}  # fmt: skip
#: The same pairs the other way: a Cyrillic letter inside a Latin word.
CYRILLIC_LOOK_ALIKES = {cyrillic: latin for latin, cyrillic in LATIN_LOOK_ALIKES.items()}

_LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache  # a handful of letters, asked for millions of times by an import
def script_of(char: str) -> str:
    """The alphabet a letter belongs to: "latin", "cyrillic" or "other"."""
    if char.isascii():
        return "latin" if char.isalpha() else "other"
    word = unicodedata.name(char, "").split(" ", 1)[0]
    return {"LATIN": "latin", "CYRILLIC": "cyrillic"}.get(word, "other")


@dataclass(frozen=True)
class Replacement:
    """One look-alike replaced in a name: the letter as typed and the letter kept."""

    typed: str
    kept: str
    #: True when a Latin letter became a Cyrillic one, False for the other way.
    to_cyrillic: bool

    def message(self) -> Message:
        """What was replaced, as one sentence for the person who typed it."""
        if self.to_cyrillic:
            return Message(
                "The Latin letter {typed} was replaced by the Cyrillic letter {kept}.",
                typed=self.typed,
                kept=self.kept,
            )
        return Message(
            "The Cyrillic letter {typed} was replaced by the Latin letter {kept}.",
            typed=self.typed,
            kept=self.kept,
        )


@dataclass(frozen=True)
class FoldedName:
    """A name with its look-alike letters replaced, and what was replaced."""

    text: str
    #: Each letter replaced, once, in the order they stand in the name.
    replaced: tuple[Replacement, ...] = ()
    #: Words that still mix the two alphabets (their letters have no look-alike to replace).
    mixed: tuple[str, ...] = ()

    def messages(self) -> list[Message]:
        """What was replaced and what still mixes, one sentence each."""
        said = [replacement.message() for replacement in self.replaced]
        said += [
            Message(
                "«{word}» mixes Latin and Cyrillic letters: retype it in one alphabet.",
                word=shown(word),
            )
            for word in self.mixed
        ]
        return said


def _word_target(word: str, name_script: str | None = None) -> str | None:
    """The alphabet a word of two alphabets is meant in: the one whose letters have no
    look-alike in the other (л, ж; s, n), the more of them winning; for a word of look-alikes
    only («Сox»), ``name_script`` (the alphabet of the name's other words; "" to leave such a
    word undecided), else the alphabet of most of its letters. None for a word in one
    alphabet."""
    own = {"latin": 0, "cyrillic": 0}
    letters = {"latin": 0, "cyrillic": 0}
    for char in word:
        script = script_of(char)
        if script == "other":
            continue
        letters[script] += 1
        twins = LATIN_LOOK_ALIKES if script == "latin" else CYRILLIC_LOOK_ALIKES
        if char not in twins:
            own[script] += 1
    if not (letters["latin"] and letters["cyrillic"]):
        return None
    if own["latin"] == own["cyrillic"] == 0:
        if name_script is not None:
            return name_script or None
        return "cyrillic" if letters["cyrillic"] >= letters["latin"] else "latin"
    if own["latin"] == 0:
        return "cyrillic"
    if own["cyrillic"] == 0:
        return "latin"
    return "cyrillic" if own["cyrillic"] >= own["latin"] else "latin"


def _initial_target(text: str, found: re.Match[str], scripts: set[str]) -> str | None:
    """An initial («Е.») typed in the other alphabet than every other word of the name: the
    name's alphabet, when the letter has a look-alike in it."""
    word = found.group()
    if len(word) != 1 or not text.startswith(".", found.end()) or len(scripts) != 1:
        return None
    (script,) = scripts
    twins = LATIN_LOOK_ALIKES if script == "cyrillic" else CYRILLIC_LOOK_ALIKES
    return script if word in twins else None


def fold_look_alikes(text: str, *, skip_at: int | None = None) -> FoldedName:
    """``text`` with the look-alike letters of each word that mixes Latin and Cyrillic
    replaced by those of the word's alphabet ("Сейiтов" with a Latin i becomes «Сейітов»,
    "Сmith" with a Cyrillic С becomes "Smith"'s Latin C), and an initial typed in the other
    alphabet than the rest of the name too. A word wholly in Latin ("Smith") stays as it is.

    Every replacement is one letter for one, so a cursor keeps its place. ``skip_at``: the
    word that touches this position is left alone (a word still being typed)."""
    if text.isascii():
        return FoldedName(text)
    words = list(_LETTERS.finditer(text))
    # the alphabets the name's words are meant in (a word of look-alikes only says nothing),
    # for its initials and its words of look-alikes only
    whole: set[str] = set()
    for found in words:
        word = found.group()
        scripts = {script_of(char) for char in word} - {"other"}
        if len(word) > 1 and len(scripts) == 1:
            whole |= scripts
        elif len(scripts) == 2 and (meant := _word_target(word, "")):
            whole.add(meant)
    name_script = next(iter(whole)) if len(whole) == 1 else None
    chars = list(text)
    replaced: list[Replacement] = []
    mixed: list[str] = []
    for found in words:
        if skip_at is not None and found.start() <= skip_at <= found.end():
            continue
        target = _word_target(found.group(), name_script) or _initial_target(text, found, whole)
        if target is None:
            continue
        twins = LATIN_LOOK_ALIKES if target == "cyrillic" else CYRILLIC_LOOK_ALIKES
        for index in range(found.start(), found.end()):
            kept = twins.get(chars[index])
            if kept is not None:
                replacement = Replacement(chars[index], kept, target == "cyrillic")
                if replacement not in replaced:
                    replaced.append(replacement)
                chars[index] = kept
        word = "".join(chars[found.start() : found.end()])
        if _word_target(word) is not None:
            mixed.append(word)
    return FoldedName("".join(chars), tuple(replaced), tuple(mixed))


def clean_name(value: str | None, *, field: str, required: bool = False) -> str | None:
    """A person's name as ``clean_line`` tidies it, with the look-alike letters of a word that
    mixes Latin and Cyrillic replaced (``fold_look_alikes``)."""
    text = clean_line(value, field=field, required=required)
    return fold_look_alikes(text).text if text else text
