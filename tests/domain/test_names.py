"""Matching one person's name across spellings, and sorting names alphabetically."""

from __future__ import annotations

from khdesk.domain.names import KAZAKH_ALPHABET, name_key, sort_key
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
