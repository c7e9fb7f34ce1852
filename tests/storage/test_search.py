"""The search of stored keys (khdesk.storage.search) finds the same rows on SQLite and on
PostgreSQL: words the trigram index looks up, words too short for it, spellings as
alternatives, and LIKE's own characters taken as typed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from khdesk.domain.names import typed_words
from khdesk.services import participants
from khdesk.services.recorder import Actor
from khdesk.storage import search
from khdesk.storage.database import Database

NAMES = {
    "qasym": ("Қасымов Ерлан", "ТОО «Жол-50%»"),
    "kasym": ("Касымова Айгерим", "ТОО «Жол-500»"),
    "omar": ("Омаров Нұрлан", "АО «Алаш_Қала»"),
    "ilyas": ("Ильясов Фёдор", None),
}


@pytest.fixture
def people(database: Database, actor: Actor) -> dict[str, str]:
    ids = {}
    with database.transaction() as session:
        for key, (name, organisation) in NAMES.items():
            person = participants.add_person(
                session, actor, full_name=name, organisation=organisation
            )
            ids[person.id] = key
    return ids


def _found(database: Database, typed: str, **options: int) -> tuple[set[str], search.Narrowing]:
    words = [participants.spellings(word) for word in typed_words(typed)]
    with database.session() as session:
        connection = session.connection()
        found = search.narrowing(connection, "person", words, **options)
        sql = f"SELECT id FROM person WHERE {found.sql or 'true'}"
        return {str(row[0]) for row in connection.execute(text(sql), found.values)}, found


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Қасым", {"qasym", "kasym"}),  # looked up in the index, in either spelling
        ("Касым", {"qasym", "kasym"}),
        ("Нурлан", {"omar"}),
        ("Қасым ерлан", {"qasym"}),  # every word
        ("ов", {"qasym", "kasym", "omar", "ilyas"}),  # too short for the index: every row read
        ("фё", {"ilyas"}),
        ("фц", set()),
        ("50%", {"qasym"}),  # % as typed, not "anything"
        ("Алаш_", {"omar"}),  # _ as typed
        ("ш_к", {"omar"}),
        ("ш%к", set()),
        ("л%", set()),
        ("велосипед", set()),
    ],
)
def test_the_rows_found_hold_every_word(
    database: Database, people: dict[str, str], typed: str, expected: set[str]
) -> None:
    found, _narrowing = _found(database, typed)
    assert {people[i] for i in found} == expected
    # and what the search means (khdesk.domain.names: Typed.found_in) says the same
    with database.session() as session:
        keys = dict(session.connection().execute(text("SELECT id, search_key FROM person")).all())
    words = typed_words(typed)
    assert found == {i for i, key in keys.items() if all(w.found_in(key) for w in words)}


def test_a_few_rows_found_are_named_and_none_found_says_so(
    database: Database, people: dict[str, str]
) -> None:
    both, first = _found(database, "Қасым", few=2)
    over, second = _found(database, "Қасым", few=1)
    none, third = _found(database, "велосипед", few=2)
    assert {people[i] for i in both} == {people[i] for i in over} == {"qasym", "kasym"}
    assert none == set()
    if database.engine.dialect.name == "sqlite":  # PostgreSQL's planner is left to choose
        assert (first.few, second.few, third.few, third.nothing) == (True, False, True, True)
    else:
        assert not any((first.few, second.few, third.few, third.nothing))


def test_only_a_table_with_a_search_key_is_searched(database: Database) -> None:
    with database.session() as session, pytest.raises(ValueError, match="meeting"):
        search.narrowing(session.connection(), "meeting", [["x"]])


def test_a_spelling_that_holds_another_is_not_looked_for_twice(database: Database) -> None:
    # a key holding «#фц» holds «фц»: one condition says both (every row is read for it)
    with database.session() as session:
        found = search.narrowing(session.connection(), "person", [["фц", "#фц"]])
    assert [value.strip("%") for value in found.values.values()] == ["фц"]
