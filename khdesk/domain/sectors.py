"""Sectors as people write them: a written sector matched to its code, or suggested from words.

A roster names a sector as its author speaks: «Әкімдік», «МИО», «госорган», «НКО»,
«волонтёры», «IT-бизнес». Every sector has its names in kk, ru and en and its synonyms
(``Sector.synonyms``, one per line, from the reference data that headquarters sends), and a
``SectorMatcher`` finds the sector any of them names, folded the way people's names are folded
(``khdesk.domain.names.name_key``: case, Kazakh letters Russian lacks, Latin look-alikes,
invisible characters), ignoring spaces and punctuation.

Where the written sector says nothing (an empty cell, a word nobody listed), ``suggest`` guesses
one from words that tell it (the organisation «Алматы облысы әкімдігі», «ТОО «Алма»»,
«ОФ «Мейірім»», «Еуразия ұлттық университеті»). A suggestion is a guess: the window shows it as
one, and the user may change it before anything is imported.

How to add a suggestion: add a pattern to the sector's list in ``_RULES`` (the strong ones say
what kind of body it is, the weak ones only hint), and a test in tests/domain/test_sectors.py.
How to add a synonym: add it to the sector's ``synonyms`` in resources/reference/sectors.csv
(headquarters can also add one in the reference bundle).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from khdesk.domain.names import name_key
from khdesk.domain.validation import ZERO_WIDTH

_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
_PATTERN_WORD = re.compile(r"[^\W_]+\*?")
#: What separates two ways of writing one sector in one cell: «НПО / гражданское общество»,
#: «МИО (акимат)», «Бизнес; МСБ».
_PARTS = re.compile(r"[/\\|,;()\[\]+&]")
_INVISIBLE = str.maketrans(dict.fromkeys(ZERO_WIDTH))
#: An abbreviation this short must be written in capitals to count as one («АО», «ИП», «ОО»):
#: in small letters it is as likely a word or part of a name.
_SHORT = 3


def sector_key(text: str) -> str:
    """The form in which a written sector is compared: folded as names are, letters and digits
    only ("Неправительственная организация" and "неправительственная  организация!" agree)."""
    return _NOT_ALNUM.sub("", name_key(text))


def synonym_lines(text: str | None) -> tuple[str, ...]:
    """The synonyms a sector's ``synonyms`` text holds, one per line, each once."""
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        if line.strip():
            seen.setdefault(line.strip(), None)
    return tuple(seen)


@dataclass(frozen=True)
class SectorNames:
    """One sector as a matcher knows it: its code, its names and its synonyms."""

    code: str
    names: tuple[str, ...]
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Word:
    """One word of a text: folded for comparison, and whether it was written in capitals."""

    key: str
    capitals: bool


def _words(text: str) -> list[_Word]:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    return [_Word(key, word.isupper()) for word in _WORD.findall(text) if (key := sector_key(word))]


@dataclass(frozen=True)
class _Pattern:
    """Words that must follow one another: each a whole word, or the start of one (``*``)."""

    words: tuple[tuple[str, bool, bool], ...]  # (folded, a prefix, an abbreviation in capitals)

    @classmethod
    def parse(cls, text: str) -> _Pattern:
        words = []
        # split as a text is split into words («IT-бизнес» is two), keeping a word's «*»
        for written in _PATTERN_WORD.findall(unicodedata.normalize("NFKC", text)):
            prefix = written.endswith("*")
            word = written.rstrip("*")
            capitals = len(word) <= _SHORT and word.isupper()
            if key := sector_key(word):
                words.append((key, prefix, capitals))
        return cls(tuple(words))

    def found_at(self, words: Sequence[_Word], *, any_case: bool) -> int | None:
        """Where in ``words`` the pattern starts first, or None."""
        size = len(self.words)
        for start in range(len(words) - size + 1):
            if all(
                _fits(words[start + offset], pattern, any_case=any_case)
                for offset, pattern in enumerate(self.words)
            ):
                return start
        return None


def _fits(word: _Word, pattern: tuple[str, bool, bool], *, any_case: bool) -> bool:
    key, prefix, capitals = pattern
    if capitals and not (word.capitals or any_case):
        return False
    return word.key.startswith(key) if prefix else word.key == key


#: Words that tell a sector, in order, by sector code: ``strong`` ones say what kind of body an
#: organisation is (a legal form, «әкімдігі», «университет»), ``weak`` ones only hint («банк»,
#: «фонд»). A pattern is words in order; ``*`` ends a word's beginning («акимат*» is «акимата»
#: too); a word of up to three capitals is an abbreviation and counts only in capitals (unless
#: the whole text is in small letters). Kazakh and Russian spellings fold together, so «әкімдік*»
#: also finds «акимдик». A code no sector has is skipped (``education``, ``health``: for when
#: headquarters adds such a sector; until then a school or a clinic is ``other``, not the state
#: body its legal form «КГУ» hints at). Where two sectors' words are found, the strong word wins,
#: then the one written first, then the longer, then the rule listed first.
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "education",
        ("мектеп*", "школ*", "гимнази*", "лицей*", "колледж*", "college*", "school*",
         "балабақша*", "детск* сад*", "университет*", "universit*", "ЖОО", "ВУЗ"),
        ("білім беру*", "образовани*"),
    ),
    (
        "health",
        ("больниц*", "аурухана*", "поликлиник*", "емхана*", "hospital*", "клиник*"),
        (),
    ),
    (
        "other",
        ("мектеп*", "школ*", "гимнази*", "лицей*", "колледж*", "college*", "school*",
         "балабақша*", "детск* сад*", "больниц*", "аурухана*", "поликлиник*", "емхана*",
         "hospital*"),
        (),
    ),
    (
        "local_gov",
        ("әкімдік*", "әкімдіг*", "акимат*", "аким", "акима", "акиму", "әкім", "әкімі",
         "әкімінің", "аппарат аким*", "әкім аппарат*", "маслихат*", "мәслихат*", "ЖАО", "МИО",
         "местн* исполнительн*", "жергілікті атқарушы*", "akimat*", "akimdik*"),
        ("управлени*", "басқарма*", "отдел", "отдела", "бөлімі", "КГУ", "КГП", "КМК", "МКҚК"),
    ),
    (
        "central_gov",
        ("министерств*", "министрлі*", "ministry*", "правительств*", "үкімет", "үкіметі",
         "администраци* президент*", "президент* әкімшілі*", "ЦГО"),
        ("департамент*", "комитет*", "РГУ", "РГП", "РМК", "агентств* по*", "агенттігі"),
    ),
    (
        "parliament",
        ("мажилис*", "мәжіліс*", "сенат*", "парламент*", "mazhilis*", "senate*"),
        (),
    ),
    (
        "intl_org",
        ("ООН", "UN", "ПРООН", "UNDP", "ЮНИСЕФ", "UNICEF", "ЮНЕСКО", "UNESCO", "ОБСЕ", "OSCE",
         "ВОЗ", "WHO", "МОТ", "ILO", "МОМ", "IOM", "УВКБ", "UNHCR", "UNFPA", "ЮНФПА",
         "БҰҰ", "ЕҚЫҰ", "EU", "ЕС", "евросоюз*", "европейск* союз*", "еуропалық одақ*",
         "международн* организаци*", "халықаралық ұйым*", "international organi*"),
        ("международн*", "халықаралық*", "international*", "посольств*", "елшілі*",
         "embassy*", "представительств*", "өкілдігі"),
    ),
    (
        "donor",
        ("USAID", "ЮСАИД", "GIZ", "JICA", "KOICA", "TIKA", "сорос*", "soros*",
         "всемирн* банк*", "дүниежүзілік банк*", "world bank", "азиатск* банк*", "ЕБРР",
         "EBRD", "АБР", "ADB", "донор*", "donor*"),
        ("грант*",),
    ),
    (
        "business",
        ("ТОО", "ЖШС", "ИП", "ЖК", "АО", "АҚ", "LLP", "LLC", "JSC", "Ltd", "КХ", "ШҚ", "ФХ",
         "ограниченн* ответственност*", "жауапкершілігі шектеулі", "акционерн* обществ*",
         "акционерлік қоғам*", "индивидуальн* предпринимател*", "жеке кәсіпкер*",
         "крестьянск* хозяйств*", "фермерск* хозяйств*", "шаруа қожалығ*",
         "палат* предпринимател*", "кәсіпкерлер палата*", "атамекен*", "НПП", "ҰКП"),
        ("банк*", "bank*", "компани*", "company*", "корпораци*", "холдинг*", "group",
         "завод*", "фабрик*", "предприяти*", "кәсіпорн*", "кәсіпорын*", "бизнес*",
         "business*", "предпринимател*", "кәсіпкер*", "магазин*", "дүкен*"),
    ),
    (
        "ngo",
        ("ОФ", "ОО", "ҚҚ", "ҚБ", "РОО", "НКО", "НПО", "ҮЕҰ", "КЕҰ", "ОЮЛ", "ЗТБ", "КФ",
         "ҚҚҰ", "NGO", "NPO", "общественн* фонд*", "общественн* объединени*",
         "общественн* организаци*", "қоғамдық қор*", "қоғамдық бірлест*", "қоғамдық ұйым*",
         "некоммерческ* организаци*", "коммерциялық емес ұйым*",
         "неправительственн* организаци*", "үкіметтік емес ұйым*",
         "объединени* юридическ* лиц*", "заңды тұлғалар* бірлест*", "корпоративн* фонд*",
         "корпоративтік қор*", "благотворительн* фонд*", "қайырымдылық қор*", "волонтер*",
         "ерікті*", "volunteer*", "public foundation*", "public association*"),
        ("фонд*", "қор", "қоры", "foundation*", "ассоциаци*", "association*", "қауымдастығ*",
         "союз*", "одағ*", "движени*", "қозғалыс*", "клуб*"),
    ),
    (
        "media",
        ("газет*", "телеканал*", "телерадио*", "радио*", "редакци*", "информационн* агентств*",
         "ақпарат* агенттіг*", "ТРК", "СМИ", "БАҚ", "медиа*", "media*", "newspaper*"),
        ("журнал", "журналы", "портал*", "издательств*", "баспа*", "news", "TV", "ТВ"),
    ),
    (
        "expert",
        ("университет*", "universit*", "институт*", "institut*", "академи*", "academ*", "НИИ",
         "ғылыми*", "научн*", "зерттеу*", "исследовательск*", "аналитическ* центр*",
         "сараптам*", "талдау орталығ*", "think tank*", "ЖОО", "ВУЗ"),
        ("эксперт*", "сарапшы*", "expert*", "analyt*", "аналитик*"),
    ),
    (
        "citizen",
        ("пенсионер*", "зейнеткер*", "безработн*", "жұмыссыз*", "частн* лиц*", "жеке тұлға*",
         "физическ* лиц*", "житель*", "жители", "тұрғын*", "самозанят*"),
        ("студент*", "student*"),
    ),
)  # fmt: skip

_STRONG, _WEAK, _SYNONYM = 0, 1, 2


class SectorMatcher:
    """The sectors of this installation, found by what a roster writes for them."""

    def __init__(self, sectors: Iterable[SectorNames]) -> None:
        self._codes: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        #: Every way to write a sector as a pattern of words, for suggestions: the rules first
        #: (in their order), then the sector's own names and synonyms as a weaker hint.
        self._patterns: list[tuple[int, int, _Pattern, str]] = []
        listed = list(sectors)
        for sector in listed:
            self._codes[sector.code.casefold()] = sector.code
            for text in (sector.code, *sector.names, *sector.synonyms):
                self._add(text, sector.code)
                # «НПО / гражданское общество»: either half alone names the sector too
                for part in _PARTS.split(text):
                    self._add(part, sector.code)
        order = 0
        for code, strong, weak in _RULES:
            if code not in self._codes.values():
                continue
            for strength, patterns in ((_STRONG, strong), (_WEAK, weak)):
                for text in patterns:
                    self._patterns.append((strength, order, _Pattern.parse(text), code))
                    order += 1
        for sector in listed:
            for text in (*sector.names, *sector.synonyms):
                for part in (text, *_PARTS.split(text)):
                    pattern = _Pattern.parse(part)
                    if pattern.words:
                        self._patterns.append((_SYNONYM, order, pattern, sector.code))
                        order += 1
        self._patterns.sort(key=lambda found: found[:2])

    def _add(self, text: str, code: str) -> None:
        key = sector_key(text)
        if key:
            # the first sector to claim a spelling keeps it (the reference order)
            self._by_key.setdefault(key, code)

    @property
    def codes(self) -> list[str]:
        return list(self._codes.values())

    def find(self, text: str) -> str | None:
        """The sector ``text`` names (its code, a name, a synonym, or parts of them that all
        name one sector: «МИО (акимат)»); None when it names none for certain."""
        text = text.strip()
        if not text:
            return None
        if (code := self._codes.get(text.casefold())) is not None:
            return code
        if (code := self._by_key.get(sector_key(text))) is not None:
            return code
        named = {
            self._by_key[key]
            for part in _PARTS.split(text)
            if (key := sector_key(part)) and key in self._by_key
        }
        return named.pop() if len(named) == 1 else None

    def suggest(self, text: str | None) -> str | None:
        """The sector the words of ``text`` (an organisation's name, or a sector written in
        words no sector lists) hint at, or None when they hint at none."""
        if not text or not text.strip():
            return None
        words = _words(text)
        if not words:
            return None
        any_case = not any(ch.isupper() for ch in text)
        best: tuple[int, int, int, int] | None = None
        found: str | None = None
        for strength, order, pattern, code in self._patterns:
            if best is not None and strength > best[0]:
                break  # the patterns come strongest first: a weaker one can no longer win
            at = pattern.found_at(words, any_case=any_case)
            if at is None:
                continue
            # at one place, the pattern of more words says more («үкіметтік емес ұйым»)
            rank = (strength, at, -len(pattern.words), order)
            if best is None or rank < best:
                best, found = rank, code
        return found
