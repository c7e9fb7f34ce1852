"""Names and e-mails checked as typed: Latin and Cyrillic look-alikes inside one word."""

from __future__ import annotations

import pytest

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.validation import (
    NotLatinEmail,
    clean_email,
    clean_name,
    fold_look_alikes,
)
from tests.messages import in_language, untranslatable

KAZAKH = {
    "The Latin letter {typed} was replaced by the Cyrillic letter {kept}.": (
        "Латын әрпі {typed} кириллица {kept} әрпіне ауыстырылды."
    ),
}


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Сейiтов Ерлан", "Сейітов Ерлан"),  # a Latin i in a Kazakh word is «і»
        ("Iлиясов Адиль", "Ілиясов Адиль"),  # a Latin capital I is «І»
        ("Aйгерім Жұмабекова", "Айгерім Жұмабекова"),
        ("Əлиева Гүлнар", "Әлиева Гүлнар"),  # ə is «ә»
        ("Тɵлеуова Дана", "Төлеуова Дана"),  # ɵ is «ө»
        ("hасанов Болат", "һасанов Болат"),  # h is «һ»
        ("Oспанов Cерік Acхатұлы", "Оспанов Серік Асхатұлы"),
        ("КAЗAKOВ МAPAT", "КАЗАКОВ МАРАТ"),  # K, M, T, P, B among Cyrillic capitals
        ("Кимли-Лi", "Кимли-Лі"),  # each part of a hyphenated name on its own
        ("Сейітов E.Б.", "Сейітов Е.Б."),  # an initial in the name's alphabet
        ("Jоhn Smith", "John Smith"),  # a Cyrillic о inside a Latin word
    ],
)
def test_look_alike_letters_inside_a_word_take_the_word_s_alphabet(typed: str, kept: str) -> None:
    folded = fold_look_alikes(typed)
    assert folded.text == kept
    assert folded.replaced
    assert len(folded.text) == len(typed)  # one letter for one: the cursor keeps its place
    assert clean_name(f"  {typed} ", field=Label("the full name")) == kept


@pytest.mark.parametrize(
    "name",
    ["Smith John", "Nursultan Nazarbayev", "Ким Елена", "Ali Смит", "Сейітов E", "Ерлан AXMET"],
)
def test_a_word_wholly_in_one_alphabet_stays_as_it_is(name: str) -> None:
    folded = fold_look_alikes(name)
    assert folded.text == name
    assert folded.replaced == () and folded.mixed == ()


def test_what_was_replaced_is_said_once_per_letter_in_the_user_s_language() -> None:
    folded = fold_look_alikes("Iлиясова Iңкәр Сейiтқызы")
    assert folded.text == "Ілиясова Іңкәр Сейітқызы"
    assert [str(message) for message in folded.messages()] == [
        "The Latin letter I was replaced by the Cyrillic letter І.",
        "The Latin letter i was replaced by the Cyrillic letter і.",
    ]
    assert in_language(folded.messages()[0], KAZAKH) == (
        "Латын әрпі I кириллица І әрпіне ауыстырылды."
    )
    latin = fold_look_alikes("Jоhn Сox")
    assert latin.text == "John Cox"
    assert [str(message) for message in latin.messages()] == [
        "The Cyrillic letter о was replaced by the Latin letter o.",
        "The Cyrillic letter С was replaced by the Latin letter C.",
    ]


def test_a_word_whose_letters_have_no_look_alike_is_named_as_mixed() -> None:
    folded = fold_look_alikes("Nурсултан Назарбаев")
    assert folded.text == "Nурсултан Назарбаев"
    assert [str(message) for message in folded.messages()] == [
        "«Nурсултан» mixes Latin and Cyrillic letters: retype it in one alphabet."
    ]


def test_the_word_being_typed_is_left_until_it_is_finished() -> None:
    assert fold_look_alikes("Сейiтов Aй", skip_at=10).text == "Сейітов Aй"
    assert fold_look_alikes("Сейiтов Aй").text == "Сейітов Ай"


@pytest.mark.parametrize(
    ("address", "sentence", "position"),
    [
        (
            "serik@mаil.kz",
            "the e-mail has the Cyrillic letter «а» in «mаil.kz»: type it in Latin letters.",
            8,
        ),
        (
            "Сerik@mail.kz",
            "the e-mail has the Cyrillic letter «С» in «Сerik»: type it in Latin letters.",
            1,
        ),
        (
            "серик@mail.kz",
            "the e-mail has the Cyrillic letter «с» in «серик»: type it in Latin letters.",
            1,
        ),
        (
            "info@сaйт.қаз",
            "the e-mail has the Latin letter «a» in «сaйт.қаз», whose other letters are "
            "Cyrillic: type it in Cyrillic letters.",
            7,
        ),
        (
            "müller@example.de",
            "the e-mail has the letter «ü» in «müller»: an address is typed in plain Latin "
            "letters, a to z.",
            2,
        ),
    ],
)
def test_an_e_mail_with_a_letter_of_another_alphabet_is_refused_naming_it(
    address: str, sentence: str, position: int
) -> None:
    with pytest.raises(NotLatinEmail) as caught:
        clean_email(address)
    assert str(caught.value) == sentence
    assert address[caught.value.position - 1] == caught.value.letter
    assert caught.value.position == position
    assert isinstance(caught.value, InvalidInput)


def test_an_address_wholly_in_cyrillic_under_a_cyrillic_domain_is_kept() -> None:
    assert clean_email("Info@Сайт.Қаз") == "info@сайт.қаз"
    assert clean_email("serik@mail.kz") == "serik@mail.kz"


def test_every_sentence_about_names_and_e_mails_can_be_translated() -> None:
    sentences = fold_look_alikes("Jоhn Сейiтов Nурсултан").messages()
    assert len(sentences) == 3
    for address in ("serik@mаil.kz", "info@сaйт.қаз", "müller@example.de"):
        with pytest.raises(NotLatinEmail) as caught:
            clean_email(address)
        sentences.append(caught.value.message)
    assert [untranslatable(sentence) for sentence in sentences] == [[]] * len(sentences)
