"""Tables as people keep them: encodings, separators, Excel, line numbers and clear refusals."""

from __future__ import annotations

import codecs
import os
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
    assert str(bad.too_long()) == (
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


# --- what is not a file, or is more than khdesk reads ---------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "roster.csv"
    os.mkfifo(pipe)
    # opening a pipe that nobody writes to would wait forever: the refusal comes first
    with pytest.raises(InvalidInput, match=r"roster\.csv is not a file but a device or a pipe"):
        read_roster(pipe)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_rather_than_read_forever() -> None:
    with pytest.raises(InvalidInput, match="is not a file but a device or a pipe"):
        read_roster(Path("/dev/zero"))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc here")
def test_reading_stops_at_the_limit_even_when_the_size_is_not_known_beforehand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # /proc's files say they are empty and are not: only counting what is read can tell
    assert Path("/proc/self/status").stat().st_size == 0
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 64)
    with pytest.raises(InvalidInput, match=r"status is over 0 MB; khdesk imports files of at most"):
        read_roster(Path("/proc/self/status"))


def test_a_workbook_that_unpacks_to_far_more_than_it_holds_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [["Full name"], *[["Anna"]] * 50])
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 2000)
    with pytest.raises(InvalidInput, match=r"roster\.xlsx unpacks to .* at most 0 MB unpacked"):
        read_roster(path)


# --- encodings: the whole file decides, and a file no encoding reads cleanly is refused ----------


def test_a_utf8_file_with_one_damaged_byte_is_refused_at_that_line(tmp_path: Path) -> None:
    good = write_csv(tmp_path / "roster.csv", [HEADER, *ROWS, ["Жұмабекова Іңкәр"]]).read_bytes()
    damaged = good.replace("Петров Павел".encode(), "П".encode() + b"\xff" + "авел".encode())
    for name, data in (("plain.csv", damaged), ("bom.csv", codecs.BOM_UTF8 + damaged)):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InvalidInput) as refused:
            read_roster(path)
        # not read as Windows-1251, which would have stored every name as «Р–Т±» nonsense
        assert str(refused.value) == (
            f"{name} is UTF-8 text with a damaged byte on line 3: correct that line, or save the "
            "file again as CSV UTF-8, and import it."
        )


def test_kazakh_letters_lost_to_question_marks_are_refused_at_the_first_such_line(
    tmp_path: Path,
) -> None:
    rows = [
        ["ФИО", "Организация", "Согласие"],
        ["Иванова Анна", "ОФ Добро", "да"],
        ["Жұмабекова Іңкәр", "«Мейірім» ҚҚ", "иә"],
        ["Ақылбек Серік", "", "иә"],
    ]
    # what Excel writes when it saves Kazakh text as "CSV (comma delimited)" in Windows-1251
    path = tmp_path / "roster.csv"
    path.write_bytes(
        write_csv(tmp_path / "utf8.csv", rows).read_text("utf-8").encode("cp1251", "replace")
    )
    assert "Ж?мабекова" in path.read_text("cp1251")
    with pytest.raises(InvalidInput) as refused:
        read_roster(path)
    assert str(refused.value) == (
        "roster.csv has lost its Kazakh letters (line 3 has «?» inside a word): it was saved in a "
        "codepage without them; save the table as CSV UTF-8 or .xlsx and import that."
    )


def test_a_question_mark_after_a_word_is_a_question_not_a_lost_letter(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "roster.csv", [["ФИО", "Должность"], ["Иванова Анна", "Кто?"]], encoding="cp1251"
    )
    _, (row,) = read_roster(path)
    assert row.position == "Кто?"


def test_kazakh_codepage_files_are_read_with_their_kazakh_letters(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "roster.csv",
        [["Аты-жөні", "Ұйым", "Келісім"], ["Жұмабекова Іңкәр", "«Мейірім» ҚҚ", "иә"]],
        separator=";",
        encoding="kz1048",
    )
    _, (row,) = read_roster(path)
    assert (row.full_name, row.organisation, row.consent) == (
        "Жұмабекова Іңкәр",
        "«Мейірім» ҚҚ",
        True,
    )


def test_a_file_in_a_codepage_khdesk_does_not_read_is_refused(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "roster.csv", [HEADER, ["Иванова Анна", "Добро", "НПО"]], encoding="cp866"
    )
    with pytest.raises(InvalidInput) as refused:
        read_roster(path)
    assert str(refused.value) == (
        "roster.csv is in an encoding khdesk does not read (line 1 has letters that neither "
        "Kazakh nor Russian uses): save it as CSV UTF-8 and import it again."
    )


# --- quotes --------------------------------------------------------------------------------------


def test_an_unclosed_quote_is_refused_at_its_line_instead_of_swallowing_the_rows_after_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "ФИО;Организация;Сектор\r\n"
        "Иванова Анна;ОФ «Добро»;ngo\r\n"
        'Петров Павел;"ТОО Ромашка;business\r\n'
        "Ли Вера;Акимат;local_gov\r\n"
        "Ким Олег;;other\r\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as refused:
        read_roster(path)
    assert str(refused.value) == (
        "roster.csv has an unclosed quote on line 3 that runs the lines after it into one cell: "
        "correct the quotes on that line, or save the file again from a spreadsheet, and import "
        "it."
    )


@pytest.mark.parametrize(
    "later",
    [
        # the "closing" quote is inside a cell
        'Ли Вера;Акимат «Жол»" филиал;local_gov\r\n',
        # it closes a cell, but what the cell holds are whole rows
        'Ли Вера;Акимат;local_gov\r\nАхметов Ерлан;ТОО «Алма»";business\r\n',
    ],
)
def test_a_stray_quote_closed_by_another_one_lines_later_is_refused_too(
    tmp_path: Path, later: str
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        'ФИО;Организация;Сектор\r\nПетров Павел;"ТОО Ромашка;business\r\n'
        + later
        + "Ким Олег;;other\r\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput, match="unclosed quote on line 2"):
        read_roster(path)


def test_quotes_as_spreadsheets_write_them_are_read(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "ФИО,Организация,Сектор\r\n"
        '"Иванова, Анна","ОФ ""Добро""\r\nфилиал, Астана",ngo\r\n'
        'Петров Павел,"ТОО ""Алма""",business\r\n'
        'Ли Вера,"Акимат" района,local_gov\r\n',
        encoding="utf-8",
    )
    _, rows = read_roster(path)
    assert [(row.line, row.full_name, row.organisation) for row in rows] == [
        (2, "Иванова, Анна", 'ОФ "Добро"\r\nфилиал, Астана'),
        (4, "Петров Павел", 'ТОО "Алма"'),
        (5, "Ли Вера", "Акимат района"),
    ]


def test_the_apostrophe_that_keeps_a_formula_from_running_is_dropped(tmp_path: Path) -> None:
    """khdesk saves the rows it left out with «'» before = + - @, so that a spreadsheet shows
    them as text; the file read again gives the cells as they were."""
    path = write_csv(
        tmp_path / "fixed.csv",
        [
            ["ФИО", "Организация", "Телефон", "Согласие", "Причина"],
            ["Ли Вера", "'=SUM(A1)", "'+7 701 000 00 01", "'+", "'-"],
            ["'Алма", "'@home", "'", "''+", "ok"],
        ],
        separator=";",
    )
    _table, (first, second) = read_roster(path)
    assert (first.organisation, first.phone, first.consent) == (
        "=SUM(A1)",
        "+7 701 000 00 01",
        True,
    )
    # an apostrophe before anything else is the user's own
    assert (second.full_name, second.organisation, second.phone) == ("'Алма", "@home", "'")
    assert not second.consent
