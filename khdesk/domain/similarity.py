"""How alike two proposals' texts are, whatever the language, the spelling and the word order.

A text is read as the check-in search reads a name (``khdesk.domain.names.fold``): case, the
Kazakh letters and their Russian and Latin spellings brought together, so «Қазақстан»,
«Казакстан» and «Qazaqstan» are one word. The words every proposal uses (и, для, және, үшін,
and the openings: «Предлагаем», «Просим рассмотреть возможность», «ұсынамыз», «қажет») are left
out. What remains is cut into character n-grams inside each word (``shingles``), so a typo, another
ending of a word or another word order changes few of them. Two texts' ``score`` is the Jaccard
similarity of their n-grams: the share of n-grams they have in common.

Comparing every proposal with every other is too slow for fifty thousand of them, so each
text's n-grams also give a MinHash ``signature`` (one-permutation hashing: one hash per n-gram,
the least in each of ``BINS`` bins): the chance that two signatures agree in a bin is their
Jaccard similarity. The signature is cut into ``BANDS`` bands (``band_keys``); texts that agree
in a whole band are compared by ``score``, and those at ``THRESHOLD`` or more are similar. The
parameters were chosen from the planted families of the demo (docs/similarity.md).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Hashable, Iterable

from khdesk.domain.names import fold, fold_piece, pieces

#: Characters of an n-gram: four letters inside a word (the word padded with a space each side).
NGRAM = 4
#: MinHash bins, cut into bands of ``ROWS`` bins each.
BINS = 64
ROWS = 5
BANDS = BINS // ROWS
#: Written into every sketch's fingerprint: a sketch made with other parameters (another
#: ``ROWS``, other stop words) is made again at the next pass.
SKETCH_VERSION = 2
#: Two texts at this Jaccard similarity of their n-grams or more say nearly the same thing.
THRESHOLD = 0.65

_MASK = (1 << 64) - 1
_BIN_BITS = BINS.bit_length() - 1
_WORD = re.compile(r"\w+")

# Words of no weight in a proposal, in Russian and Kazakh, written as ``fold`` writes them (so
# «үшін» is «ушин»): conjunctions, prepositions and postpositions, pronouns, and the openings and
# closings proposals are written with.
_RUSSIAN = """
и в во на по с со к ко о об обо от до из за для при без над под про через у а но или либо
же ли не ни что чтобы как так также тоже это этот эта эти этого этой том тот та те все всех
всем его ее их мы вы они он она оно наш наша наше наши свой свои каждый каждой каждом более
менее очень предлагаем предлагается предлагаю просим прошу рассмотреть возможность
рекомендуем рекомендуется необходимо нужно надо считаем считаю важным важно следует
"""
_KAZAKH = """
және мен бен пен да де та те үшін бойынша туралы арқылы сияқты немесе бірақ әр әрбір барлық
осы бұл сол ол олар біз сіз өз өзі ең тағы да ғана қажет қажетті ұсынамыз ұсынылады
ұсынамын ұсыныс мүмкіндігін мүмкіндігі қарастыруды қарастыру сұраймыз сұраймын маңызды
деп санаймыз есептейміз керек тиіс
"""
STOP_WORDS = frozenset(fold(word) for word in (_RUSSIAN + _KAZAKH).split())


def words(text: str) -> list[str]:
    """The folded words of ``text`` that carry its meaning (no stop words, no single letters)."""
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in STOP_WORDS]


def _grams_of(word: str) -> list[str]:
    padded = f" {word} "
    if len(padded) <= NGRAM:
        return [padded]
    return [padded[i : i + NGRAM] for i in range(len(padded) - NGRAM + 1)]


def shingles(text: str) -> frozenset[str]:
    """The character n-grams of ``text``'s meaningful words, each word padded with spaces."""
    grams: set[str] = set()
    for word in words(text):
        grams.update(_grams_of(word))
    return frozenset(grams)


def fingerprint(text: str) -> str:
    """A short hash of ``text`` as it is stored: a pass sketches again only the proposals whose
    text changed since (hashing is quick; reading the words is not)."""
    return hashlib.blake2b(f"{SKETCH_VERSION}\n{text}".encode(), digest_size=12).hexdigest()


def score(first: frozenset[Hashable], second: frozenset[Hashable]) -> float:
    """The Jaccard similarity of two sets of n-grams (0 when either is empty); the n-grams
    may stand as numbers, one per n-gram."""
    if not first or not second:
        return 0.0
    common = len(first & second)
    return common / (len(first) + len(second) - common)


class Hasher:
    """64-bit hashes of n-grams, remembered: a national pass meets the same n-grams again and
    again."""

    def __init__(self) -> None:
        self._known: dict[str, int] = {}

    def __call__(self, gram: str) -> int:
        value = self._known.get(gram)
        if value is None:
            digest = hashlib.blake2b(gram.encode(), digest_size=8).digest()
            value = self._known[gram] = int.from_bytes(digest, "big")
        return value


class Sketcher:
    """The n-gram hashes of many texts, each space-separated piece of text read once: a
    national pass meets the same words again and again, so a piece's hashes are remembered
    (up to ``REMEMBERED`` pieces; then forgotten and learnt again). ``hashes(text)`` equals
    the hashes of ``shingles(text)``."""

    REMEMBERED = 400_000

    def __init__(self) -> None:
        self._hasher = Hasher()
        self._pieces: dict[str, tuple[int, ...]] = {}

    def _piece(self, piece: str) -> tuple[int, ...]:
        hashes: set[int] = set()
        for word in _WORD.findall(fold_piece(piece)):
            if len(word) > 1 and word not in STOP_WORDS:
                hashes.update(map(self._hasher, _grams_of(word)))
        return tuple(hashes)

    def hashes(self, text: str) -> set[int]:
        found: set[int] = set()
        known = self._pieces
        for piece in pieces(text):
            got = known.get(piece)
            if got is None:
                if len(known) >= self.REMEMBERED:
                    known.clear()
                got = known[piece] = self._piece(piece)
            found.update(got)
        return found


def signature(grams: Iterable[str], hasher: Hasher) -> list[int] | None:
    """The MinHash signature of a set of n-grams, ``BINS`` values (None for no n-grams)."""
    return signature_of(hasher(gram) for gram in grams)


def signature_of(hashes: Iterable[int]) -> list[int] | None:
    """The MinHash signature of a set of n-grams given by their 64-bit hashes.

    One hash per n-gram: its low bits choose the bin, the rest is the value, and each bin keeps
    its least. An empty bin takes the value of the next bin that has one, shifted by the distance,
    so that two sets with much in common fill their empty bins alike."""
    bins: list[int | None] = [None] * BINS
    for value in hashes:
        slot = value & (BINS - 1)
        rest = value >> _BIN_BITS
        held = bins[slot]
        if held is None or rest < held:
            bins[slot] = rest
    if all(held is None for held in bins):
        return None
    filled: list[int] = [0] * BINS
    # walked backwards twice round the circle, so that each slot knows the nearest bin after it
    # that has a value, and how far it is
    nearest, distance = 0, 0
    for step in range(2 * BINS - 1, -1, -1):
        found = bins[step % BINS]
        if found is None:
            distance += 1
        else:
            nearest, distance = found, 0
        if step < BINS:
            filled[step] = (nearest + distance * 0x9E3779B97F4A7C15) & _MASK
    return filled


def packed(values: list[int]) -> int:
    """The low byte of each of a signature's values, in one number (``agreeing`` reads it)."""
    return int.from_bytes(bytes(value & 0xFF for value in values), "little")


#: Candidates whose packed signatures agree in fewer bins than this are not scored: their
#: estimated similarity is under 0.5, two and a half standard errors under ``THRESHOLD``
#: (two values' low bytes agree by chance once in 256).
MIN_AGREEING = math.ceil(BINS * (0.5 + 0.5 / 256))


def agreeing(first: int, second: int) -> int:
    """In how many bins two ``packed`` signatures agree (their bytes equal: a zero byte of the
    two numbers' difference)."""
    return (first ^ second).to_bytes(BINS, "little").count(0)


def band_keys(values: list[int]) -> list[int]:
    """The signature's ``BANDS`` bands, each as one signed 64-bit key (a database's BIGINT)."""
    whole = b"".join(value.to_bytes(8, "big") for value in values)
    width = 8 * ROWS
    digests = (
        hashlib.blake2b(whole[start : start + width], digest_size=8).digest()
        for start in range(0, BANDS * width, width)
    )
    return [int.from_bytes(digest, "big", signed=True) for digest in digests]


__all__ = [
    "BANDS",
    "BINS",
    "MIN_AGREEING",
    "NGRAM",
    "ROWS",
    "SKETCH_VERSION",
    "STOP_WORDS",
    "THRESHOLD",
    "Hasher",
    "Sketcher",
    "agreeing",
    "band_keys",
    "fingerprint",
    "packed",
    "score",
    "shingles",
    "signature",
    "signature_of",
    "words",
]
