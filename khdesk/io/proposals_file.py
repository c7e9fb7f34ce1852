"""Proposals and comments collected on paper or by other channels, read from CSV or Excel.

Each row gives the text, its kind (proposal or comment, in any of the three languages), the
author and organisation, the direction (D1..D6 or its name) and optionally a prospectus section.
This module reads and recognises the kind; directions and sections are checked against the
reference tables by ``khdesk.services.imports``.

How to accept another word for a kind: add it to ``KIND_WORDS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from khdesk.domain.errors import Label, Message
from khdesk.domain.validation import MAX_LINE, MAX_TEXT
from khdesk.domain.vocabulary import ProposalKind
from khdesk.io.tables import Column, Row, Table, header_key, read_table

TEXT = Column(
    "text",
    (
        "Текст", "Текст предложения", "Содержание", "Предложение / замечание", "Мәтін",
        "Ұсыныс мәтіні", "Мазмұны", "Text", "Proposal text", "Proposal", "Content",
    ),
)  # fmt: skip
KIND = Column("kind", ("Вид", "Тип", "Түрі", "Kind", "Type"))
AUTHOR = Column("author", ("Автор", "Авторы", "ФИО автора", "Author", "Submitted by", "ФИО"))
ORGANISATION = Column(
    "organisation",
    ("Организация", "Ұйым", "Ұйымы", "Organisation", "Organization", "Affiliation"),
)
DIRECTION = Column("direction", ("Направление", "Бағыт", "Бағыты", "Direction"))
SECTION = Column(
    "section",
    ("Раздел", "Раздел проспекта", "Бөлім", "Проспект бөлімі", "Section", "Prospectus section"),
)
COLUMNS = (TEXT, KIND, AUTHOR, ORGANISATION, DIRECTION, SECTION)
EXPECTED_HEADERS = Label("the columns 'Text' (Текст, Мәтін) and 'Direction' (Направление, Бағыт)")

#: Words for the kinds of a proposal in Kazakh, Russian and English.
KIND_WORDS = {
    ProposalKind.PROPOSAL: (
        "proposal", "suggestion", "предложение", "предложения", "ұсыныс", "ұсыныстар",
    ),
    ProposalKind.COMMENT: (
        "comment", "remark", "замечание", "замечания", "комментарий", "ескерту", "ескертпе",
        "пікір",
    ),
}  # fmt: skip
_KINDS = {header_key(word): kind for kind, words in KIND_WORDS.items() for word in words}

#: The fields of a proposal row a person may correct in the preview, with the words that name
#: them in a message.
FIELDS = {
    "text": Label("text"),
    "kind": Label("kind"),
    "author": Label("author"),
    "organisation": Label("organisation"),
    "direction": Label("direction"),
    "section": Label("section"),
}


def is_proposals_header(found: frozenset[str]) -> bool:
    """A header with the text column and either a direction or a section (which implies one)."""
    return "text" in found and bool({"direction", "section"} & found)


def proposal_kind(text: str) -> ProposalKind | None:
    """The kind a cell names; an empty cell means a proposal; None for a word not known."""
    if not text.strip():
        return ProposalKind.PROPOSAL
    return _KINDS.get(header_key(text))


@dataclass
class ProposalRow:
    """One proposal as a row of the file gives it, ready to be corrected in the preview."""

    line: int
    text: str = ""
    kind: str = ""
    author: str = ""
    organisation: str = ""
    direction: str = ""
    section: str = ""
    oversized: dict[str, int] = field(default_factory=dict)

    def set(self, name: str, value: str) -> None:
        """Correct one field before the import is applied."""
        if name not in FIELDS:
            raise KeyError(name)
        setattr(self, name, value)
        self.oversized.pop(name, None)

    def too_long(self) -> Message | None:
        """Why the row cannot be kept as read, when one of its cells was far too long."""
        for name, length in self.oversized.items():
            return Message(
                "the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.",
                field=FIELDS[name],
                length=length,
                limit=MAX_TEXT if name == "text" else MAX_LINE,
            )
        return None

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "text": self.text,
            "kind": self.kind,
            "author": self.author,
            "organisation": self.organisation,
            "direction": self.direction,
            "section": self.section,
        }


def _row(table: Table, row: Row) -> ProposalRow:
    result = ProposalRow(line=row.line)
    for key in FIELDS:
        index = table.index(key)
        if index is None:
            continue
        if index in row.oversized:
            result.oversized[key] = row.oversized[index]
        else:
            setattr(result, key, row.cell(index))
    return result


def read_proposals(path: Path) -> tuple[Table, list[ProposalRow]]:
    """The proposals in ``path``: the table as read and one ``ProposalRow`` per non-empty row."""
    table = read_table(path, COLUMNS, is_header=is_proposals_header, expected=EXPECTED_HEADERS)
    return table, [_row(table, row) for row in table.rows]
