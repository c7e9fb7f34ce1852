"""Matching one person's name across spellings, and sorting names alphabetically."""

from __future__ import annotations

import pytest

from khdesk.domain.names import KAZAKH_ALPHABET, name_key, names_agree, sort_key
from khdesk.paths import reference_dir


def test_kazakh_and_russian_spellings_of_one_name_match() -> None:
    assert name_key("Қасымов  Нұрлан") == name_key("касымов нурлан")
    assert name_key("Әбдірахманов Ілияс") == name_key("Абдирахманов Илияс")
    assert name_key("Сейітов-Ғалым") == name_key("сейитов галым")


def test_latin_look_alikes_typed_by_mistake_still_match() -> None:
    # Latin ə and i instead of Cyrillic ә and і
    assert name_key("Əлібек Iлияс") == name_key("Әлібек Ілияс")


def test_different_people_do_not_match() -> None:
    assert name_key("Оспанов Серік") != name_key("Оспанова Серік")


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_a_name_with_an_invisible_character_is_the_same_name(invisible: str) -> None:
    assert name_key(f"Сері{invisible}к Оспанов") == name_key("Серік Оспанов")
    assert name_key(f"{invisible}Серік{invisible} Оспанов") == name_key("Серік Оспанов")


def test_fullwidth_letters_and_digits_are_the_same_name() -> None:
    assert name_key("ＡＮＮＡ Ｉｖａｎｏｖａ") == name_key("Anna Ivanova")
    assert name_key("Группа １２") == name_key("группа 12")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Оспанов С.", "Оспанов Серік"),
        ("Оспанов Серік", "Оспанов С."),
        ("Асхат", "Нұрланов Асхат"),
        ("Серік Оспанов", "ОСПАНОВ Серик"),
        ("Оспанов С. А.", "Оспанов Серік Асхатұлы"),
    ],
)
def test_shorter_spellings_of_a_name_agree(first: str, second: str) -> None:
    assert names_agree(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Сейітова Дана", "Оспанов Серік"),
        ("Иванова Анна", "Иванова Мария"),
        ("Оспанов А.", "Оспанов Серік"),
        ("", "Оспанов Серік"),
    ],
)
def test_different_names_do_not_agree(first: str, second: str) -> None:
    assert not names_agree(first, second)


def test_the_alphabet_matches_the_reference_collation_order() -> None:
    lines = (reference_dir() / "kazakh.txt").read_text(encoding="utf-8").splitlines()
    lower = next(line for line in lines if line.startswith("а "))
    assert "".join(lower.split()) == KAZAKH_ALPHABET
    assert len(KAZAKH_ALPHABET) == 42


def test_kazakh_order_puts_each_kazakh_letter_after_its_base_letter() -> None:
    names = ["Ұлан", "Үміт", "Уәлиев", "Қайрат", "Кенже", "Әсел", "Арман", "Яна"]
    ordered = sorted(names, key=lambda n: sort_key(n, "kk"))
    assert ordered == ["Арман", "Әсел", "Кенже", "Қайрат", "Уәлиев", "Ұлан", "Үміт", "Яна"]
    # code-point order would have put every Kazakh letter after Я
    assert sorted(names)[-1] != "Яна"


def test_russian_order_is_the_russian_alphabet() -> None:
    names = ["Ёлкин", "Елин", "Жуков", "Иванов", "Ісаев", "Йода"]
    assert sorted(names, key=lambda n: sort_key(n, "ru")) == [
        "Елин", "Ёлкин", "Жуков", "Иванов", "Ісаев", "Йода",
    ]  # fmt: skip
