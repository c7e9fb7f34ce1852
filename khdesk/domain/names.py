"""People's names: keys for matching the same person across spellings, and alphabetical order.

Kazakh and Russian spellings of one name differ in the letters Russian lacks (Қ/К, Ә/А, Ү/У …),
so the matching key folds each Kazakh letter onto its nearest Russian one, and the Latin look-alikes
that creep into typed text (ə, ɵ, i) onto the Cyrillic letters they imitate. Characters that show
nothing (a zero-width space pasted from a messenger) are dropped and compatibility forms
(fullwidth ＡＢＣ, ligatures) folded by NFKC, so that a name looks the same as it matches.
"""

from __future__ import annotations

import re
import unicodedata

from khdesk.domain.validation import ZERO_WIDTH

_FOLD = str.maketrans(
    {
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
        "һ": "х", "і": "и", "ё": "е", "й": "и",
        # Latin look-alikes typed by mistake
        "ə": "а", "ɵ": "о", "i": "и", "a": "а", "e": "е", "o": "о", "c": "с", "p": "р",
        "x": "х", "k": "к", "m": "м", "t": "т", "h": "н", "b": "в", "y": "у",
    }
)  # fmt: skip

#: The 42 letters of the Kazakh Cyrillic alphabet in collation order (CLDR "kk").
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: The Russian alphabet in its order.
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


_INVISIBLE = str.maketrans(dict.fromkeys(ZERO_WIDTH))
_WORD = re.compile(r"\w+")


def name_key(name: str) -> str:
    """A key equal for spellings of one name that differ in case, spacing, Kazakh letters,
    invisible characters or fullwidth forms."""
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name.translate(_INVISIBLE))
    return " ".join(name.casefold().translate(_FOLD).replace("-", " ").split())


def names_agree(first: str, second: str) -> bool:
    """Whether two names may be one person's: every word of the shorter is a word of the longer,
    in any order, an initial ("С.") standing for any word that begins with it.

    "Оспанов С." and "Асхат" agree with "Оспанов Серік Асхатұлы"; "Сейітова Дана" and
    "Оспанов Серік" do not. Used where something else (a phone, an e-mail) already says the two
    are one person and only a plainly different name should stop that.
    """
    words_a, words_b = _WORD.findall(name_key(first)), _WORD.findall(name_key(second))
    if not words_a or not words_b:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    unmatched: list[str] = []
    unused = list(longer)
    for word in shorter:  # whole words first, so that an initial cannot take a word's match
        if word in unused:
            unused.remove(word)
        else:
            unmatched.append(word)
    for word in unmatched:
        found = next(
            (
                other
                for other in unused
                if (len(word) == 1 and other.startswith(word))
                or (len(other) == 1 and word.startswith(other))
            ),
            None,
        )
        if found is None:
            return False
        unused.remove(found)
    return True


def search_key(
    full_name: str,
    organisation: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> str:
    """What the check-in search looks in: name, organisation and e-mail folded as ``name_key``
    does (so that a typed word, folded the same way, is found in any of them), and the phone's
    digits."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    parts = (name_key(full_name), name_key(organisation or ""), name_key(email or ""), digits)
    return " ".join(part for part in parts if part)


def _collation_table(alphabet: str) -> dict[str, int]:
    return {letter: index for index, letter in enumerate(alphabet)}


_KK_ORDER = _collation_table(KAZAKH_ALPHABET)
# Russian order places the Kazakh letters right after their base letter, as Russian-language
# registers in Kazakhstan do.
_RU_ORDER = _collation_table("аәбвгғдеёжзиійкқлмнңоөпрстуұүфхһцчшщъыьэюя")
_LATIN_BASE = 1000


def sort_key(text: str, language: str = "kk") -> tuple[int, ...]:
    """A key that sorts names in the alphabetical order of ``language`` ("kk" or "ru"),
    not by code point (which would put Қ after Я)."""
    order = _KK_ORDER if language == "kk" else _RU_ORDER
    key: list[int] = []
    for char in text.casefold():
        if char in order:
            key.append(order[char])
        elif char.isspace():
            key.append(-1)
        else:
            key.append(_LATIN_BASE + ord(char))
    return tuple(key)
