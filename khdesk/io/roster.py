"""Rosters of participants read from CSV or Excel, with headers in Kazakh, Russian or English.

This module only reads: each data row becomes a ``RosterRow`` with the text of its cells. Deciding
what a row means for the database (create, match, reject) is the work of
``khdesk.services.imports``.

How to accept another header: add the word to the column's aliases below (case, spaces and
punctuation do not matter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from khdesk.domain.errors import Label, Message
from khdesk.domain.validation import MAX_LINE
from khdesk.io.tables import Column, Row, Table, read_table

FULL_NAME = Column(
    "full_name",
    (
        "ФИО", "Ф.И.О.", "Фамилия, имя, отчество", "Фамилия имя отчество", "ФИО участника",
        "Участник", "Т.А.Ә.", "ТАӘ", "Аты-жөні", "Аты жөні", "Тегі, аты, әкесінің аты",
        "Қатысушы", "Full name", "Name", "Participant", "Name and surname",
    ),
)  # fmt: skip
SURNAME = Column("surname", ("Фамилия", "Тегі", "Surname", "Last name", "Family name"))
GIVEN_NAME = Column("given_name", ("Имя", "Аты", "First name", "Given name"))
PATRONYMIC = Column("patronymic", ("Отчество", "Әкесінің аты", "Patronymic", "Middle name"))
ORGANISATION = Column(
    "organisation",
    (
        "Организация", "Название организации", "Место работы", "Ұйым", "Ұйымы",
        "Жұмыс орны", "Organisation", "Organization", "Company", "Affiliation",
    ),
)  # fmt: skip
POSITION = Column(
    "position", ("Должность", "Лауазымы", "Лауазым", "Position", "Job title", "Title", "Role")
)
SECTOR = Column("sector", ("Сектор", "Sector", "Секторы", "Категория", "Санат", "Category"))
PHONE = Column(
    "phone",
    (
        "Телефон", "Тел.", "Тел", "Мобильный телефон", "Номер телефона", "Телефон нөмірі",
        "Phone", "Phone number", "Mobile", "Tel",
    ),
)  # fmt: skip
EMAIL = Column(
    "email",
    (
        "Email", "E-mail", "Эл. почта", "Электронная почта", "Эл. пошта", "Электрондық пошта",
        "Почта", "Mail", "Email address",
    ),
)  # fmt: skip
CONSENT = Column(
    "consent",
    (
        "Согласие", "Согласие на обработку персональных данных", "Келісім",
        "Дербес деректерді өңдеуге келісім", "Consent", "Consent to data processing",
    ),
)  # fmt: skip

COLUMNS = (
    FULL_NAME, SURNAME, GIVEN_NAME, PATRONYMIC, ORGANISATION, POSITION, SECTOR, PHONE, EMAIL,
    CONSENT,
)  # fmt: skip

#: Answers that mean "yes, consent was given", compared in lower case without spaces.
CONSENT_YES = frozenset(
    {"yes", "y", "да", "д", "иә", "ия", "ие", "1", "true", "+", "x", "х", "✓", "✔", "v",
     "согласен", "согласна", "есть", "келісемін", "бар", "иә/да", "да/иә"}
)  # fmt: skip

EXPECTED_HEADERS = Label(
    "a column of names ('ФИО', 'Аты-жөні' or 'Full name'; or 'Фамилия' and 'Имя')"
)

#: The fields of a roster row a person may correct in the preview, with the words that name
#: them in a message.
FIELDS = {
    "full_name": Label("full name"),
    "organisation": Label("organisation"),
    "position": Label("position"),
    "sector": Label("sector"),
    "phone": Label("phone"),
    "email": Label("e-mail"),
}


_NAME_PARTS = frozenset({"surname", "given_name", "patronymic"})


def is_roster_header(found: frozenset[str]) -> bool:
    """A roster's header names the person: a full-name column, or surname and given name."""
    return "full_name" in found or {"surname", "given_name"} <= found


def consent_given(text: str) -> bool:
    return "".join(text.casefold().split()) in CONSENT_YES


@dataclass
class RosterRow:
    """One person as a roster row gives them: the text of the cells, ready to be corrected.

    ``oversized`` names fields whose cell was too long to keep, with the cell's length; setting
    the field through ``set`` clears the mark.
    """

    line: int
    full_name: str = ""
    organisation: str = ""
    position: str = ""
    sector: str = ""
    phone: str = ""
    email: str = ""
    consent: bool = False
    oversized: dict[str, int] = field(default_factory=dict)

    def set(self, name: str, value: str | bool) -> None:
        """Correct one field (as the preview lets a user do) before the import is applied."""
        if name == "consent":
            self.consent = bool(value)
            return
        if name not in FIELDS:
            raise KeyError(name)
        setattr(self, name, str(value))
        self.oversized.pop(name, None)

    def too_long(self) -> Message | None:
        """Why the row cannot be kept as read, when one of its cells was far too long."""
        for name, length in self.oversized.items():
            return Message(
                "the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.",
                field=FIELDS[name],
                length=length,
                limit=MAX_LINE,
            )
        return None

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "full_name": self.full_name,
            "organisation": self.organisation,
            "position": self.position,
            "sector": self.sector,
            "phone": self.phone,
            "email": self.email,
            "consent": self.consent,
        }


def _row(table: Table, row: Row) -> RosterRow:
    def cell(key: str) -> str:
        return row.cell(table.index(key))

    full_name = cell("full_name")
    if not full_name:
        # rosters that split the name keep it in the order Kazakhstan writes it: surname first
        full_name = " ".join(
            part for part in (cell("surname"), cell("given_name"), cell("patronymic")) if part
        )
    result = RosterRow(
        line=row.line,
        full_name=full_name,
        organisation=cell("organisation"),
        position=cell("position"),
        sector=cell("sector"),
        phone=cell("phone"),
        email=cell("email"),
        consent=consent_given(cell("consent")),
    )
    for key, index in table.columns.items():
        if index not in row.oversized:
            continue
        if key in FIELDS:
            result.oversized[key] = row.oversized[index]
        elif key in _NAME_PARTS:
            result.oversized["full_name"] = row.oversized[index]
        # an absurd consent cell is simply not a "yes"
    return result


def read_roster(path: Path) -> tuple[Table, list[RosterRow]]:
    """The roster in ``path``: the table as read and one ``RosterRow`` per non-empty row."""
    table = read_table(path, COLUMNS, is_header=is_roster_header, expected=EXPECTED_HEADERS)
    return table, [_row(table, row) for row in table.rows]
