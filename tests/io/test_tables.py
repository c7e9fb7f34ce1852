"""Tables as people keep them: encodings, separators, Excel, line numbers and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.io import tables
from khdesk.io.roster import read_roster
from tests.io.files import write_csv, write_xlsx

HEADER = ["ФИО", "Организация", "Сектор", "Телефон", "Email", "Согласие"]
ROWS = [
    ["Иванова Анна Петровна", "ОФ «Добро»", "НПО", "8 701 111 22 33", "anna@example.kz", "да"],
    ["Петров Павел", 'ТОО "Ромашка"', "Бизнес", "", "", "нет"],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_every_encoding_and_separator_reads_the_same(
    tmp_path: Path, encoding: str, separator: str
) -> None:
    path = write_csv(
        tmp_path / "roster.csv", [HEADER, *ROWS], separator=separator, encoding=encoding
    )
    table, rows = read_roster(path)
    assert table.header_line == 1
    assert [row.line for row in rows] == [2, 3]
    first, second = rows
    assert first.full_name == "Иванова Анна Петровна"
    assert first.organisation == "ОФ «Добро»"
    assert (first.sector, first.phone, first.email, first.consent) == (
        "НПО",
        "8 701 111 22 33",
        "anna@example.kz",
        True,
    )
    assert second.organisation == 'ТОО "Ромашка"'
    assert second.consent is False


def test_kazakh_letters_survive_utf8_with_bom(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "roster.csv",
        [["Аты-жөні", "Ұйым"], ["Жұмабекова Іңкәр", "«Мейірім» ҚҚ"]],
        encoding="utf-8-sig",
    )
    _, (row,) = read_roster(path)
    assert (row.full_name, row.organisation) == ("Жұмабекова Іңкәр", "«Мейірім» ҚҚ")


def test_a_title_above_the_header_and_a_multiline_cell_keep_the_lines_the_user_sees(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "roster.csv",
        [
            ["Список участников круглого стола, 16.09.2026"],
            [],
            HEADER,
            ["Иванова Анна", "ОФ «Добро»\nфилиал в Астане", "ngo", "", "", ""],
            [],
            ["Петров Павел", "", "business", "", "", ""],
        ],
        separator=";",
    )
    table, rows = read_roster(path)
    assert table.header_line == 3
    assert [row.line for row in rows] == [4, 7]
    assert rows[0].organisation == "ОФ «Добро»\nфилиал в Астане"


def test_excel_rows_carry_their_spreadsheet_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["Қатысушылар тізімі"],
            ["Т.А.Ә.", "Ұйым", "Сектор", "Телефон", "Келісім"],
            ["Жұмабекова Іңкәр", "Мейірім", "ngo", 87012345678, "иә"],
            [],
            ["Оспанов Серік", None, "business", None, True],
        ],
        start_row=2,
    )
    table, rows = read_roster(path)
    assert table.header_line == 3
    assert [row.line for row in rows] == [4, 6]
    assert rows[0].phone == "87012345678"  # a number in Excel, not 87012345678.0
    assert rows[0].consent and rows[1].consent


def test_a_workbook_renamed_to_csv_is_still_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [["Full name"], ["Anna Ivanova"]])
    renamed = path.rename(tmp_path / "roster.csv")
    _, (row,) = read_roster(renamed)
    assert row.full_name == "Anna Ivanova"


def test_excel_hint_line_names_the_separator(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("sep=;\nName;Organisation\nAnna, Ivanova;Dobro, LLP\n", encoding="utf-8")
    _, (row,) = read_roster(path)
    assert (row.line, row.full_name, row.organisation) == (3, "Anna, Ivanova", "Dobro, LLP")


def test_a_ten_megabyte_cell_is_that_rows_problem(tmp_path: Path) -> None:
    huge = "x" * (10 * 1024 * 1024)
    path = write_csv(
        tmp_path / "roster.csv",
        [["Name", "Organisation"], ["Anna", huge], ["Pavel", "Dobro"]],
    )
    _, (bad, good) = read_roster(path)
    assert bad.organisation == ""
    assert bad.too_long() == (
        "the organisation cell is 10,485,760 characters long; shorten it to at most 500."
    )
    assert good.too_long() is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty.csv is empty"),
        ("blank.csv", b"\r\n  \r\n", "blank.csv is empty"),
        ("notes.csv", "просто текст\nещё\n".encode(), "no header row khdesk recognises"),
        ("scan.pdf", b"%PDF-1.4 ...", "is not a CSV or Excel file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Excel (.xls)"),
        ("broken.xlsx", b"not a zip at all", "is not a valid Excel workbook"),
        ("fake.xlsx", b"PK\x03\x04garbage", "is not an Excel workbook khdesk can read"),
        ("binary.csv", b"\x00\x01\x02Name", "is not a text table"),
    ],
)
def test_files_that_cannot_be_used_are_refused_in_one_sentence(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        read_roster(path)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"x" * (2 * 1024 * 1024))
    with pytest.raises(InvalidInput, match=r"big.csv is 2.0 MB; khdesk imports files of at most 1"):
        read_roster(path)


def test_a_missing_file_and_a_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="there is no file"):
        read_roster(tmp_path / "missing.csv")
    with pytest.raises(InvalidInput, match="is a folder"):
        read_roster(tmp_path)


@pytest.mark.parametrize(
    "header",
    [
        ["ФИО", "Организация", "Должность", "Сектор", "Телефон", "Электронная почта", "Согласие"],
        ["Т.А.Ә.", "Ұйым", "Лауазымы", "Сектор", "Телефон", "Эл. пошта", "Келісім"],
        ["Full name", "Organization", "Position", "Sector", "Phone", "E-mail", "Consent"],
        [" full  NAME ", "ORGANISATION", "position", "SECTOR", "phone", "EMAIL", "consent"],
        ["Аты-жөні", "Организация", "Лауазымы", "Sector", "Тел.", "Email", "Келісім"],
    ],
)
def test_headers_in_kazakh_russian_and_english(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(
        tmp_path / "roster.csv",
        [header, ["Ана", "Ұйым", "Төраға", "ngo", "87010000000", "a@b.kz", "yes"]],
    )
    _, (row,) = read_roster(path)
    assert (row.full_name, row.organisation, row.position, row.sector) == (
        "Ана",
        "Ұйым",
        "Төраға",
        "ngo",
    )
    assert (row.phone, row.email, row.consent) == ("87010000000", "a@b.kz", True)


def test_split_name_columns_make_one_full_name(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "roster.csv",
        [["Фамилия", "Имя", "Отчество"], ["Иванова", "Анна", "Петровна"], ["Ли", "Вера", ""]],
    )
    _, rows = read_roster(path)
    assert [row.full_name for row in rows] == ["Иванова Анна Петровна", "Ли Вера"]


@pytest.mark.parametrize(
    ("answer", "given"),
    [("да", True), ("Иә", True), ("YES", True), ("1", True), ("+", True), ("true", True),
     ("нет", False), ("жоқ", False), ("", False), ("0", False)],
)  # fmt: skip
def test_consent_answers(tmp_path: Path, answer: str, given: bool) -> None:
    path = write_csv(tmp_path / "roster.csv", [["Name", "Consent"], ["Anna", answer]])
    _, (row,) = read_roster(path)
    assert row.consent is given
