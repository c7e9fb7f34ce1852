"""The check-in search, the People page, the meetings' search and the walk-in's warning find a
name however it is spelled, the spelling as typed first, and list people alphabetically."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from khdesk.services import imports, meetings, participants, persons
from khdesk.services.imports import Action
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from tests.domain.test_name_spellings import PAIRS
from tests.factories import make_meeting, make_person
from tests.io.files import write_csv


def _add(database: Database, actor: Actor, *names: str) -> None:
    for name in names:
        make_person(database, actor, full_name=name, phone=None, email=None, consent=False,
                    organisation=None)  # fmt: skip


def _found(database: Database, text: str, language: str = "kk") -> list[str]:
    with database.session() as session:
        return [p.full_name for p in participants.search_persons(session, text, language=language)]


@pytest.mark.parametrize(("typed", "stored"), PAIRS + [(b, a) for a, b in PAIRS[:-2]])
def test_the_check_in_search_finds_each_spelling_by_the_other(
    database: Database, actor: Actor, typed: str, stored: str
) -> None:
    _add(database, actor, f"{stored} Асхат", "Оспанов Серік")
    assert _found(database, typed) == [f"{stored} Асхат"]


def test_the_spelling_as_typed_comes_before_another(database: Database, actor: Actor) -> None:
    _add(database, actor, "Әділ Серік", "Адиль Серік", "Ыбыраева Дана", "Ибраева Дана")
    assert _found(database, "Адиль") == ["Адиль Серік", "Әділ Серік"]
    assert _found(database, "Әділ") == ["Әділ Серік", "Адиль Серік"]
    assert _found(database, "Ибраева") == ["Ибраева Дана", "Ыбыраева Дана"]
    assert _found(database, "Ыбыраева") == ["Ыбыраева Дана", "Ибраева Дана"]


@pytest.mark.parametrize("typed", ["8 701 234 56 78", "+7 (701) 234-56-78", "7012345678"])
def test_a_phone_is_found_however_it_is_typed(database: Database, actor: Actor, typed: str) -> None:
    make_person(database, actor, phone="+77012345678")
    make_person(database, actor, full_name="Оспанов Серік", phone="+77019999999", email=None)
    assert _found(database, typed)[0] == "Жұмабекова Іңкәр Серікқызы"


def test_the_walk_in_warning_finds_a_known_person_spelled_otherwise(
    database: Database, actor: Actor
) -> None:
    _add(database, actor, "Ыбыраева Гүлнар", "Ким-Ли Анна", "Оспанов Серік")
    with database.session() as session:

        def similar(name: str) -> list[str]:
            return [p.full_name for p in participants.similar_persons(session, full_name=name)]

        assert similar("Ибраева Гульнар") == ["Ыбыраева Гүлнар"]
        assert similar("Гульнар Ибраева") == ["Ыбыраева Гүлнар"]
        assert similar("Кимли Анна") == ["Ким-Ли Анна"]
        assert similar("Ibrayeva Gulnar") == ["Ыбыраева Гүлнар"]
        assert similar("Сейітова Дана") == []


def test_the_meetings_search_finds_a_place_spelled_the_russian_way(
    database: Database, actor: Actor
) -> None:
    make_meeting(database, actor, title="Қарағанды облысының дөңгелек үстелі", place="Қарағанды")
    make_meeting(database, actor, title="Түркістан: жастар саясаты", place="Түркістан")
    with database.session() as session:

        def titles(text: str) -> list[str]:
            return [row.title for row in meetings.list_meetings(session, search=text)]

        assert titles("Караганда") == ["Қарағанды облысының дөңгелек үстелі"]
        assert titles("туркестан") == ["Түркістан: жастар саясаты"]
        assert titles("turkistan") == ["Түркістан: жастар саясаты"]


NAMES = ["Яна Ким", "Smith John", "Ұлан Серік", "Үміт Дана", "Уәли Бек", "Әсел Нұр", "Арман Ақ",
         "Ыбырай Ер", "Ілияс Ер", "Ёлкин Иван", "Елкин Пётр", "Еркин Асан", "Ким-Ли Анна",
         "Кимли Анна", "Ким Ли"]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", ["Арман Ақ", "Әсел Нұр", "Елкин Пётр", "Еркин Асан", "Ёлкин Иван", "Ким Ли",
                "Ким-Ли Анна", "Кимли Анна", "Уәли Бек", "Ұлан Серік", "Үміт Дана", "Ыбырай Ер",
                "Ілияс Ер", "Яна Ким", "Smith John"]),
        ("ru", ["Арман Ақ", "Әсел Нұр", "Ёлкин Иван", "Елкин Пётр", "Еркин Асан", "Ілияс Ер",
                "Ким Ли", "Ким-Ли Анна", "Кимли Анна", "Уәли Бек", "Үміт Дана", "Ұлан Серік",
                "Ыбырай Ер", "Яна Ким", "Smith John"]),
    ],
)  # fmt: skip
def test_the_people_page_lists_people_alphabetically_page_after_page(
    database: Database, actor: Actor, language: str, expected: list[str]
) -> None:
    _add(database, actor, *NAMES)
    shown: list[str] = []
    after = None
    with database.session() as session:
        work = SimpleNamespace(session=session)
        while True:
            page = persons.people_page(work, "", after, 4, language)
            shown += [p.full_name for p in page]
            if len(page) < 4:
                break
            last = page[-1]
            after = (last.order_ru if language == "ru" else last.order_kk, last.id)
        assert shown == expected
        assert persons.count_people(work, "") == len(NAMES)
        found = persons.people_page(work, "Кимли", None, 10, language)
        assert [p.full_name for p in found] == ["Ким-Ли Анна", "Кимли Анна"]


def test_equal_matches_come_in_the_interfaces_alphabetical_order(
    database: Database, actor: Actor
) -> None:
    _add(database, actor, "Ёлкин Дана", "Еркин Дана", "Елкин Дана")
    assert _found(database, "дана", "kk") == ["Елкин Дана", "Еркин Дана", "Ёлкин Дана"]
    assert _found(database, "дана", "ru") == ["Елкин Дана", "Ёлкин Дана", "Еркин Дана"]


def test_a_roster_spelling_a_known_name_the_russian_way_matches_the_known_person(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    known = make_person(database, actor, full_name="Ыбыраева Гүлнар", organisation="Әкімдік",
                        phone=None, email=None)  # fmt: skip
    other = make_person(database, actor, full_name="Әбдірахманова Әсел", organisation="ОФ «Аманат»",
                        phone=None, email=None)  # fmt: skip
    meeting = make_meeting(database, actor)
    path = write_csv(
        tmp_path / "roster.csv",
        [
            ["Т.А.Ә.", "Ұйым", "Лауазымы", "Сектор", "Телефон", "Эл. пошта", "Келісім"],
            ["Ибраева Гульнар", "Акимдик", "", "local_gov", "", "", ""],
            ["Абдрахманова Асель", "ОФ «Аманат»", "", "ngo", "", "", ""],
            ["Ibrayeva Gulnar", "Basqa", "", "ngo", "", "", ""],  # another organisation
        ],
        separator=";",
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert [(e.action, e.person_id) for e in preview.entries] == [
        (Action.MATCH, known.id),
        (Action.MATCH, other.id),
        (Action.CREATE, None),
    ]
