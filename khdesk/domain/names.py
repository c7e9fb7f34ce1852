"""People's names: keys for matching one person across spellings, and alphabetical order.

Kazakh and Russian spellings of one name differ in more than the letters Russian lacks: Russian
writes Қ as К or Х (Қазақстан, Казахстан), Ө as О or У (Төлеуова, Тулеуова), drops the short
vowels Kazakh puts between consonants (Ыбыраева, Ибраева), adds soft signs (Гүлнар, Гульнар),
and names come typed in Latin letters (the Kazakh Latin alphabet of 2021, passport
transliterations). Three keys, from strict to loose, say how close a spelling is:

- ``fold``: the letters folded so that the two orthographies and Latin typing meet (the check-in
  search looks for a typed word inside it; a hyphen joins, Ким-Ли and Кимли);
- ``name_key``: the fold, less the short и/і/ы Kazakh inserts between consonants: equal for the
  Kazakh and Russian spellings of one name, and what says "the same name" (walk-in warnings,
  imports' matching);
- ``skeleton``: a word's first letter and its consonants, Х as Қ (Қарағанды and Караганда,
  Түркістан and Туркестан, Қазақстан and Казахстан): the search's loosest match, only at the
  start of a word, and the walk-in's "sounds like someone known".

Characters that show nothing (a zero-width space pasted from a messenger) are dropped and
compatibility forms (fullwidth ＡＢＣ, ligatures) folded by NFKC. ``sort_key`` and
``collation_key`` put names in CLDR's Kazakh or Russian alphabetical order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from khdesk.domain.validation import ZERO_WIDTH

#: The 42 letters of the Kazakh Cyrillic alphabet in collation order (CLDR "kk").
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: The Russian alphabet in its order.
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

_INVISIBLE = str.maketrans(dict.fromkeys(ZERO_WIDTH))
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zß-ÿĀ-ɏə]")

# Latin letters inside a Cyrillic word are look-alikes typed by mistake (a Latin "с" in «Сeрік»)
_LOOK_ALIKES = str.maketrans(
    {
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к",
        "m": "м", "t": "т", "h": "н", "b": "в", "i": "і", "ə": "ә", "ɵ": "ө", "ı": "і",
    }
)  # fmt: skip

# A word in Latin letters is a transliteration: the Kazakh Latin alphabet of 2021 (ä ğ ı ñ ö ş
# ū ü ç q j) and the passport's (zh kh sh ch ts y), digraphs before single letters
_LATIN_DIGRAPHS = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"),
                   ("ts", "ц"), ("gh", "ғ"))  # fmt: skip
_LATIN_LETTERS = str.maketrans(
    {
        "a": "а", "ä": "ә", "b": "б", "c": "с", "ç": "ч", "d": "д", "e": "е", "é": "е",
        "f": "ф", "g": "г", "ğ": "ғ", "h": "х", "ı": "ы", "i": "і", "j": "ж", "k": "к",
        "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ",
        "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "v": "в",
        "w": "у", "x": "х", "y": "ы", "z": "з", "ə": "ә", "ɵ": "ө",
    }
)  # fmt: skip

# Letters the two orthographies (and transliteration) interchange fall together; the soft and
# hard signs and the hyphen of a double name (Ким-Ли, Кимли) vanish; я, ю are и + a vowel, so
# that «Ильясов» (ль-я) and «Ілиясов» (лі-я) fold alike
_FOLD = str.maketrans(
    {
        "ә": "а", "ғ": "г", "қ": "к", "һ": "х", "ң": "н",
        "о": "у", "ө": "у", "ұ": "у", "ү": "у", "і": "и", "ы": "и", "й": "и",
        "ё": "е", "э": "е", "я": "иа", "ю": "иу", "ь": "", "ъ": "", "-": "", "'": "",
        "\u2019": "", "\u02bc": "",
    }
)  # fmt: skip
_VOWELS = frozenset("аеиу")
_DOUBLED_VOWEL = re.compile(r"([аеиу])\1+")
# the short и (і, ы) Kazakh writes between two consonants and Russian leaves out
# (and the и of a passport's "ye" after a vowel: Ibrayeva)
_SHORT_VOWEL = re.compile(r"(?<=[^\Wаеиу\d_])и(?=[^\Wаеиу\d_])|(?<=[ау])и(?=е)")


def _prepared(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    return text.casefold()


def _cyrillic_word(word: str) -> str:
    if not _LATIN.search(word):
        return word
    if _CYRILLIC.search(word):
        return word.translate(_LOOK_ALIKES)
    for latin, cyrillic in _LATIN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(_LATIN_LETTERS)


def _single(word: str) -> str:
    # a vowel doubled by folding written once (Сейітқали: сеиит); not in a short word (ТОО)
    return _DOUBLED_VOWEL.sub(r"\1", word) if len(word) > 3 else word


def pieces(text: str) -> list[str]:
    """``text`` cut at its spaces, each piece as ``fold_piece`` takes it (``fold`` is the
    pieces folded, one by one)."""
    return _prepared(text).split()


#: the words of proposals and names repeat: an import folds each distinct one once
@functools.lru_cache(maxsize=1 << 16)
def fold_piece(piece: str) -> str:
    """One of ``pieces``'s pieces folded (it may come out empty: a lone hyphen)."""
    return _single(_cyrillic_word(piece).translate(_FOLD))


def fold(text: str) -> str:
    """``text`` with Kazakh, Russian and Latin spellings of a word brought together, word by
    word: "Қазақстан", "Казахстан" and "Qazaqstan" all give "казакстан"."""
    folded = (fold_piece(piece) for piece in pieces(text))
    return " ".join(word for word in folded if word)


def name_key(name: str) -> str:
    """A key equal for the spellings of one name: case, spacing, Kazakh or Russian or Latin
    letters, invisible characters, fullwidth forms ("Ыбыраева Гүлнар", "Ибраева Гульнар",
    "Ibrayeva Gulnar")."""
    # a hyphen as a space: «Сейітов-Ғалым» typed «Сейітов Ғалым» (the search joins them instead)
    return " ".join(_SHORT_VOWEL.sub("", word) for word in fold(name.replace("-", " ")).split())


# Russian writes Қ as К or as Х (Қазақстан, Казахстан): alike in a skeleton, not in a name key
# (КХ, a peasant farm, is not ҚҚ, a public fund)
_SKELETON_LETTERS = str.maketrans({"х": "к"})


@functools.lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A folded word's first letter and its consonants: "караганди" and "караганда" give
    "кргнд", "казахстан" and "казакстан" "кзкстн"."""
    if not word:
        return ""
    consonants = "".join(ch for ch in word[1:] if ch not in _VOWELS and ch.isalpha())
    return (word[0] + consonants).translate(_SKELETON_LETTERS)


def _loose(word: str) -> str:
    # only a word of letters: «serik@» is the start of an e-mail, not a name that sounds alike
    bone = skeleton(word) if word.isalpha() else ""
    # a lone letter's skeleton would match every word that starts with it
    return SKELETON + bone if len(bone) >= 2 else ""


@dataclass(frozen=True)
class Typed:
    """One word typed into a search, at each strictness: ``exact`` as typed (case folded),
    ``folded`` (``fold``) and ``loose`` (``SKELETON`` and its skeleton, or "" when the word is too
    short for one to mean anything). A phone typed in any spelling (8 701 …, +7 (701) …) is one
    word of its digits, an 8 in front read as 7."""

    exact: str
    folded: str
    loose: str

    def found_in(self, key: str) -> bool:
        """Whether a ``search_key`` (or a text folded as one) holds this word."""
        return self.folded in key or (bool(self.loose) and self.loose in key)

    def narrows(self, earlier: Typed) -> bool:
        """True when whatever holds this word holds ``earlier`` too."""
        return earlier.folded in self.folded and (
            not self.loose or (bool(earlier.loose) and self.loose.startswith(earlier.loose))
        )


_LOOKS_LIKE_PHONE = re.compile(r"^\+?[\d\s()+.-]*\d[\d\s()+.-]*$")


def typed_words(text: str) -> list[Typed]:
    """The words of a search as ``Typed`` (a phone's +, brackets and dashes dropped)."""
    text = _prepared(text).strip()
    if _LOOKS_LIKE_PHONE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits.startswith("8") and not text.startswith("+"):
            digits = "7" + digits[1:]
        return [Typed(digits, digits, "")]
    found = []
    for word in text.split():
        folded = fold(word).strip("+()")
        if folded:
            found.append(Typed(word.strip("+()"), folded, _loose(folded)))
    return found


def text_matches(search: str, text: str) -> bool:
    """Whether every word of ``search`` is in ``text`` in any of the spellings ``Typed`` allows
    (the meetings' search: "караганда" finds «Қарағанды облысы»)."""
    words = typed_words(search)
    key = f"{fold(text)} {skeletons(text)}"
    return all(word.found_in(key) for word in words)


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


#: Separates the parts of a ``search_key``; no folded text holds it.
PART = " | "
#: Marks the skeleton of a word in a ``search_key``, so that a skeleton matches a word's start.
SKELETON = "#"


def skeletons(text: str) -> str:
    """The skeletons of ``text``'s words, each after ``SKELETON``: what a loose match looks in."""
    return " ".join(SKELETON + skeleton(word) for word in _WORD.findall(fold(text)))


def search_key(
    full_name: str,
    organisation: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> str:
    """What the check-in search looks in, in parts joined by ``PART``: the name folded, the
    name's skeletons (these two always first), the organisation folded and its skeletons, the
    e-mail folded, and the phone's digits."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    organisation = organisation or ""
    parts = (
        fold(full_name),
        skeletons(full_name),
        fold(organisation),
        skeletons(organisation),
        fold(email or ""),
        digits,
    )
    return PART.join(parts)


# --- alphabetical order ---------------------------------------------------------------------------
#
# A multi-level key as CLDR's collation has it: first the letters (primary), then their marks
# (secondary: ё after е in Russian), then their case (tertiary: lower case first). Spaces and
# hyphens weigh alike and least, then punctuation, digits, the Cyrillic alphabet of the
# language, and then Latin letters; "Ким Ли" and "Ким-Ли" sort together, before "Кимли".

_RU_ALPHABET = "аәбвгғдежзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя"  # ICU's ru, ё a variant of е
_PUNCTUATION = "_,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_SPACE, _PUNCT, _DIGIT, _CYRL, _LATN, _OTHER = 1, 10, 60, 100, 200, 400
_PRIMARY = {
    language: {letter: _CYRL + index for index, letter in enumerate(alphabet)}
    for language, alphabet in (("kk", KAZAKH_ALPHABET), ("ru", _RU_ALPHABET))
}
_SECONDARY = {"ru": {"ё": ("е", 2)}, "kk": {}}
_LATIN_ORDER = {
    letter: _LATN + 2 * index for index, letter in enumerate("abcdefghijklmnopqrstuvwxyz")
}
_LATIN_ORDER["ı"] = _LATIN_ORDER["i"] + 1  # dotless i is a letter of its own, after i
_MAX_WEIGHT = 0xD000 - 0x30  # a key's characters stay below the surrogates


@functools.cache  # letters times the two languages
def _weights(char: str, language: str) -> tuple[int, int, int]:
    lower = char.lower()
    tertiary = 2 if lower != char else 1
    primary = _PRIMARY[language]
    if lower in _SECONDARY[language]:
        base, secondary = _SECONDARY[language][lower]
        return primary[base], secondary, tertiary
    if lower in primary:
        return primary[lower], 1, tertiary
    if char.isspace() or char in "-\u2010\u2011\u2012\u2013\u2014":
        return _SPACE, 1, 1
    if lower in _LATIN_ORDER:
        return _LATIN_ORDER[lower], 1, tertiary
    if char.isdigit():
        return _DIGIT + unicodedata.digit(char, 0), 1, tertiary
    decomposed = unicodedata.normalize("NFD", lower) or lower
    base, marks = decomposed[0], decomposed[1:]
    if marks and (base in primary or base in _LATIN_ORDER):
        weight = primary.get(base) or _LATIN_ORDER[base]
        return weight, 1 + min(sum(ord(mark) - 0x2FF for mark in marks), 0xFF), tertiary
    if char in _PUNCTUATION:
        return _PUNCT + _PUNCTUATION.index(char), 1, 1
    if not char.isalnum():
        return _PUNCT + len(_PUNCTUATION), 1, 1
    return min(_OTHER + ord(lower), _MAX_WEIGHT), 1, tertiary


def sort_key(text: str, language: str = "kk") -> tuple[int, ...]:
    """A key that sorts names in the alphabetical order of ``language`` ("kk" or "ru", CLDR's
    collations), not by code point (which would put Қ after Я)."""
    language = language if language in _PRIMARY else "kk"
    clean = " ".join(unicodedata.normalize("NFC", text.translate(_INVISIBLE)).split())
    levels = [_weights(char, language) for char in clean]
    primary = tuple(weights[0] for weights in levels)
    secondary = tuple(weights[1] for weights in levels)
    tertiary = tuple(weights[2] for weights in levels)
    return (*primary, 0, *secondary, 0, *tertiary)


def collation_key(text: str, language: str = "kk") -> str:
    """``sort_key`` as text whose plain (binary) order is the same: what a database column
    stores so that an index can walk names in alphabetical order."""
    return "".join(chr(0x30 + weight) for weight in sort_key(text, language))


def stored_keys(
    full_name: str,
    organisation: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> dict[str, str]:
    """The keys a person's record stores beside their details: ``name_key``, ``search_key``,
    and ``order_kk`` and ``order_ru``, the name's ``collation_key`` in each language."""
    return {
        "name_key": name_key(full_name),
        "search_key": search_key(full_name, organisation, phone, email),
        "order_kk": collation_key(full_name, "kk"),
        "order_ru": collation_key(full_name, "ru"),
    }


#: The mark an erased person's pseudonym begins with (``services.rights``).
PSEUDONYM_MARK = "× "


def pseudonym(person_id: str) -> str:
    """The name an erased person is shown by, the same for every copy of the record: the mark
    and eight digits from the id (digits, which no spelling of a name changes)."""
    tail = "".join(c for c in person_id.lower() if c in "0123456789abcdef")[-6:] or "0"
    return f"{PSEUDONYM_MARK}{int(tail, 16):08d}"


def is_erased_name(full_name: str, person_id: str) -> bool:
    return full_name == pseudonym(person_id)
