"""Sectors as people write them: every spelling of a sector found, and a sector suggested from
an organisation's name, as the bundled reference data gives them."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from khdesk.domain.sectors import SectorMatcher, SectorNames, sector_key, synonym_lines
from khdesk.paths import reference_dir
from khdesk.storage.reference import synonyms_text


def bundled_sectors() -> list[SectorNames]:
    with (reference_dir() / "sectors.csv").open(encoding="utf-8", newline="") as handle:
        return [
            SectorNames(
                code=row["code"],
                names=(row["name_kk"], row["name_ru"], row["name_en"]),
                synonyms=synonym_lines(synonyms_text(row["synonyms"])),
            )
            for row in csv.DictReader(handle)
        ]


@pytest.fixture(scope="module")
def matcher() -> SectorMatcher:
    return SectorMatcher(bundled_sectors())


# the spellings that rejected rows of real rosters, and others as common
@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Әкімдік", "local_gov"), ("Акимат", "local_gov"), ("ЖАО", "local_gov"),
        ("МИО", "local_gov"), ("госорган", "local_gov"), ("мәслихат", "local_gov"),
        ("Маслихат", "local_gov"), ("АКИМАТ", "local_gov"), ("МИО (акимат)", "local_gov"),
        ("Жергілікті атқарушы орган", "local_gov"), ("местный исполнительный орган", "local_gov"),
        ("үкіметтік емес ұйым", "ngo"), ("НКО", "ngo"), ("неправительственная организация", "ngo"),
        ("общественность", "ngo"), ("волонтёры", "ngo"), ("Волонтеры", "ngo"),
        ("еріктілер", "ngo"), ("НПО", "ngo"), ("ҮЕҰ", "ngo"), ("гражданское общество", "ngo"),
        ("НПО / гражданское общество", "ngo"), ("ngo", "ngo"), ("NGO", "ngo"),
        ("IT-бизнес", "business"), ("IT бизнес", "business"), ("it-бизнес", "business"),
        ("кәсіпкер", "business"), ("МСБ", "business"), ("Бизнес", "business"),
        ("Министерство", "central_gov"), ("ЦГО", "central_gov"), ("Мажилис", "parliament"),
        ("БАҚ", "media"), ("СМИ", "media"), ("журналист", "media"), ("Сарапшы", "expert"),
        ("учёный", "expert"), ("ученый", "expert"), ("ООН", "intl_org"), ("Донор", "donor"),
        ("житель", "citizen"), ("Азамат", "citizen"), ("Басқа", "other"), ("прочее", "other"),
        # Latin letters typed for Cyrillic look-alikes, invisible characters pasted with a word
        ("MИO", "local_gov"), ("Акима\u200bт", "local_gov"),
    ],
)  # fmt: skip
def test_every_spelling_names_its_sector(matcher: SectorMatcher, written: str, code: str) -> None:
    assert matcher.find(written) == code


@pytest.mark.parametrize("written", ["", "  ", "Гость", "Қонақ", "Бизнес / НПО", "Банк"])
def test_a_word_no_sector_lists_or_two_sectors_at_once_names_none(
    matcher: SectorMatcher, written: str
) -> None:
    assert matcher.find(written) is None


def test_no_spelling_belongs_to_two_sectors() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for sector in bundled_sectors():
        for text in (sector.code, *sector.names, *sector.synonyms):
            owners[sector_key(text)].add(sector.code)
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}


def test_every_sector_has_synonyms_in_kazakh_russian_and_english() -> None:
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    for sector in bundled_sectors():
        synonyms = sector.synonyms
        english = [s for s in synonyms if s.isascii()]
        kazakh = [s for s in synonyms if kazakh_letters & set(s)]
        russian = [s for s in synonyms if not s.isascii() and not kazakh_letters & set(s)]
        assert english and kazakh and russian, sector.code


@pytest.mark.parametrize(
    ("organisation", "code"),
    [
        ("Алматы облысы әкімдігі", "local_gov"), ("Акимат г. Алматы", "local_gov"),
        ("Аппарат акима Бостандыкского района", "local_gov"),
        ("Аудан әкімінің аппараты", "local_gov"),
        ("Маслихат г. Астаны", "local_gov"), ("Управление образования", "local_gov"),
        ("ТОО «Алма-Сервис»", "business"), ("ИП Белова", "business"),
        ("АО «Казахтелеком»", "business"), ("ЖШС «Нұр Тех»", "business"),
        ("ЖК Иманғалиев", "business"), ("АҚ «Қазпошта»", "business"),
        ("TOO Alma", "business"), ("тоо алма", "business"), ("«Алтын Дән» ШҚ", "business"),
        ("ОФ «Аманат»", "ngo"), ("ОО «Добро»", "ngo"), ("«Мейірім» ҚҚ", "ngo"),
        ("«Жастар» ҚБ", "ngo"),
        ("РОО «Союз женщин»", "ngo"), ("НКО «Центр развития»", "ngo"),
        ("Благотворительный фонд «Шапагат»", "ngo"), ("Үкіметтік емес ұйым «Жастар»", "ngo"),
        # the legal form says more than a word of the name
        ("ОФ «Бизнес-леди»", "ngo"), ("ТОО «Научный центр»", "business"),
        ("Еуразия ұлттық университеті", "expert"), ("Университет «Туран»", "expert"),
        ("Министерство юстиции РК", "central_gov"), ("Мажилис Парламента РК", "parliament"),
        ("Представительство ПРООН", "intl_org"), ("Газета «Вечерний Алматы»", "media"),
        ("USAID", "donor"), ("Пенсионер", "citizen"),
        # no education sector: a school is "other", not the state body its form «КГУ» hints at
        ("КГУ «Школа-гимназия №12»", "other"), ("№12 мектеп-гимназия", "other"),
    ],
)  # fmt: skip
def test_an_organisations_name_suggests_its_sector(
    matcher: SectorMatcher, organisation: str, code: str
) -> None:
    assert matcher.suggest(organisation) == code


@pytest.mark.parametrize(
    "organisation",
    # a surname that starts like «аким», an abbreviation in small letters inside a name, nothing
    ["Акимжанов Серік", "Ип Ман", "Ао Лин", "", "Иванов", "«Болашақ»"],
)
def test_a_name_that_tells_nothing_suggests_nothing(
    matcher: SectorMatcher, organisation: str
) -> None:
    assert matcher.suggest(organisation) is None


def test_a_sector_headquarters_adds_takes_its_words() -> None:
    """With an education sector, a school and a university are education."""
    sectors = [
        *bundled_sectors(),
        SectorNames("education", ("Білім беру", "Образование", "Education")),
    ]
    matcher = SectorMatcher(sectors)
    assert matcher.suggest("КГУ «Школа-гимназия №12»") == "education"
    assert matcher.suggest("Еуразия ұлттық университеті") == "education"
    assert matcher.find("образование") == "education"
    # without it the same words suggest what exists
    assert SectorMatcher(bundled_sectors()).suggest("Еуразия ұлттық университеті") == "expert"


def test_a_synonym_headquarters_sends_is_understood_at_once() -> None:
    sectors = [
        SectorNames(s.code, s.names, (*s.synonyms, "Банкир")) if s.code == "business" else s
        for s in bundled_sectors()
    ]
    assert SectorMatcher(sectors).find("банкир") == "business"
