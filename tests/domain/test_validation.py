"""Checks of typed values: each refusal is one sentence naming the value and the fix."""

from __future__ import annotations

import datetime as dt

import pytest

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.validation import (
    MAX_LINE,
    check_count,
    clean_email,
    clean_line,
    clean_phone,
    clean_text,
    parse_date,
    parse_time,
)
from tests.messages import in_language

RUSSIAN = {
    "{field} is empty: type it in.": "{field}: поле пустое, заполните его.",
    "{field} '{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-16.": (
        "{field} «{value}» не дата: пишите ГГГГ-ММ-ДД, например 2026-09-16."
    ),
    "{field} is {length:,} characters long; shorten it to at most {limit:,}.": (
        "{field}: {length:,} знаков; сократите до {limit:,}."
    ),
    "{field} is {count}; a count cannot be negative.": (
        "{field}: {count}; число не может быть меньше нуля."
    ),
    "e-mail '{value}' is malformed: correct it or leave it empty.": (
        "адрес «{value}» написан с ошибкой: исправьте его или оставьте пустым."
    ),
    "the title": "название",
    "the date": "дата",
    "the organisation": "организация",
    "votes for": "голоса «за»",
}


def test_dates_are_read_as_year_month_day() -> None:
    assert parse_date(" 2026-09-16 ") == dt.date(2026, 9, 16)


@pytest.mark.parametrize("text", ["16.09.2026", "2026-02-30", "", "tomorrow"])
def test_a_bad_date_names_the_value_and_the_format(text: str) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM-DD") as caught:
        parse_date(text)
    assert f"'{text}'" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_times_are_read_as_hours_and_minutes() -> None:
    assert parse_time("10:30") == dt.time(10, 30)
    with pytest.raises(InvalidInput, match="HH:MM"):
        parse_time("25:00")


def test_lines_are_tidied_and_empty_ones_refused_only_when_required() -> None:
    assert clean_line("  Қасымов   Ерлан ", field=Label("the name")) == "Қасымов Ерлан"
    assert clean_line("   ", field=Label("the place")) is None
    with pytest.raises(InvalidInput, match="the title is empty"):
        clean_line("  ", field=Label("the title"), required=True)


def test_a_huge_cell_is_refused_with_its_length() -> None:
    with pytest.raises(InvalidInput, match="shorten it") as caught:
        clean_line("Қ" * (10 * 1024 * 1024), field=Label("the organisation"))
    assert f"at most {MAX_LINE}" in str(caught.value)


def test_phones_are_normalised_to_international_form() -> None:
    assert clean_phone("8 (701) 234-56-78") == "+77012345678"
    assert clean_phone("+7 701 234 56 78") == "+77012345678"
    assert clean_phone("7012345678") == "+77012345678"
    assert clean_phone("") is None
    with pytest.raises(InvalidInput, match="phone '12-34' is malformed"):
        clean_phone("12-34")


def test_emails_are_lower_cased_and_malformed_ones_refused() -> None:
    assert clean_email(" Aigerim@Mail.KZ ") == "aigerim@mail.kz"
    assert clean_email(None) is None
    with pytest.raises(InvalidInput, match="e-mail 'aigerim@mail' is malformed"):
        clean_email("aigerim@mail")


def test_counts_cannot_be_negative() -> None:
    assert check_count(0, field=Label("votes for")) == 0
    assert check_count(None, field=Label("votes for")) is None
    with pytest.raises(InvalidInput, match="votes for is -1"):
        check_count(-1, field=Label("votes for"))


@pytest.mark.parametrize("text", ["20260916", "2026-W38-3", "0001-01-01", "2026-09-16\nx"])
def test_only_plain_dates_in_plausible_years_are_accepted(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert "\n" not in str(caught.value)


def test_times_with_an_offset_are_refused() -> None:
    with pytest.raises(InvalidInput, match="HH:MM"):
        parse_time("10:00+05:00")


@pytest.mark.parametrize("text", ["a\x1b[31mred", "bad \udcff bytes", "nul\x00"])
def test_control_characters_and_broken_encodings_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_line(text, field=Label("the title"))
    assert str(caught.value).startswith("the title holds")


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_invisible_characters_are_dropped_from_what_is_kept(invisible: str) -> None:
    name = f"Жұмабекова{invisible} Іңкәр"
    assert clean_line(name, field=Label("the full name")) == "Жұмабекова Іңкәр"
    assert (
        clean_text(f"{invisible}Ауыл мектептері{invisible}", field=Label("the text"))
        == "Ауыл мектептері"
    )
    assert clean_line(invisible, field=Label("the place")) is None  # nothing visible is nothing
    assert clean_email(f"inkar{invisible}@example.kz") == "inkar@example.kz"


def test_fullwidth_letters_and_digits_are_folded_but_signs_people_wrote_are_kept() -> None:
    assert clean_line("ＡＢＣ　Ｃｏｍｐａｎｙ", field=Label("the organisation")) == "ABC Company"
    assert clean_phone("＋７ ７０１ ２３４ ５６ ７８") == "+77012345678"
    assert (
        clean_line("Мектеп №５ «Болашақ» ½", field=Label("the organisation"))
        == "Мектеп №5 «Болашақ» ½"
    )
    # a letter typed as a base letter and a combining mark is stored as the one letter
    assert clean_line("Сеи\u0306тов", field=Label("the full name")) == "Сейтов"


def test_a_refusal_is_shown_in_the_window_s_language_with_the_field_s_name() -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_line("  ", field=Label("the title"), required=True)
    assert in_language(caught.value, RUSSIAN) == "название: поле пустое, заполните его."
    with pytest.raises(InvalidInput) as caught:
        parse_date("завтра")
    assert in_language(caught.value, RUSSIAN) == (
        "дата «завтра» не дата: пишите ГГГГ-ММ-ДД, например 2026-09-16."
    )
    with pytest.raises(InvalidInput) as caught:
        clean_line("Қ" * 1200, field=Label("the organisation"))
    assert in_language(caught.value, RUSSIAN) == "организация: 1,200 знаков; сократите до 500."
    with pytest.raises(InvalidInput) as caught:
        check_count(-2, field=Label("votes for"))
    assert in_language(caught.value, RUSSIAN) == "голоса «за»: -2; число не может быть меньше нуля."


def test_what_was_typed_is_quoted_as_it_is_in_any_language() -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_email("Айгерім@mail")
    assert in_language(caught.value, RUSSIAN) == (
        "адрес «Айгерім@mail» написан с ошибкой: исправьте его или оставьте пустым."
    )


def test_a_column_name_from_a_file_is_shown_as_it_is() -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_line(" ", field="ФИО", required=True)
    assert str(caught.value) == "ФИО is empty: type it in."
    assert in_language(caught.value, RUSSIAN | {"ФИО": "не то"}) == (
        "ФИО: поле пустое, заполните его."
    )
