"""Rows whose stored search key holds every word looked for, on either back end.

The person and proposal tables keep a folded ``search_key`` (``khdesk.domain.names``,
``khdesk.domain.proposal_search``) with a trigram index over it: on SQLite an FTS5 table with
the trigram tokenizer (``person_fts``, ``proposal_fts``: migrations 0004 and 0008, kept in step
by triggers), on PostgreSQL a GIN index of pg_trgm's ``gin_trgm_ops`` (``ix_person_search_trgm``,
``ix_proposal_search_trgm``), which answers ``LIKE '%…%'``. Services say what they look for, each
word as the spellings any of which will do, and get SQL conditions back; the SQL that differs
between the back ends is written here only.

A word is looked up in the index when each of its spellings has at least ``TRIGRAM`` letters;
shorter words are checked with ``LIKE`` on the rows the index found (or on every row when no
word could be looked up).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

#: The trigram indexes find a substring of this many characters or more.
TRIGRAM = 3

#: The tables with a ``search_key`` and a trigram index over it.
SEARCHED = frozenset({"person", "proposal"})

#: One word looked for: its spellings, any one of which the key must hold.
Spellings = Sequence[str]

_ESCAPE = str.maketrans({"/": "//", "%": "/%", "_": "/_"})


def indexable(spellings: Spellings) -> bool:
    """Whether the trigram index can find every spelling of a word (and so the word)."""
    return all(len(part) >= TRIGRAM and not {"%", "_"} & set(part) for part in spellings)


def _phrase(part: str) -> str:
    return '"' + part.replace('"', '""') + '"'


@dataclass
class Narrowing:
    """SQL conditions on a searched table (to be joined with AND) and their values.

    ``few`` is set when the rows found were looked up first and are no more than the number
    asked for (the condition then names them), ``nothing`` when none was found."""

    conditions: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    few: bool = False
    nothing: bool = False

    @property
    def sql(self) -> str:
        return " AND ".join(self.conditions)


def _needed(spellings: Spellings) -> list[str]:
    """The spellings worth looking for: a key holding one that contains another spelling holds
    that one too (``фц`` and its skeleton ``#фц``: ``фц`` alone says the same)."""
    unique = list(dict.fromkeys(spellings))
    return [s for s in unique if not any(other != s and other in s for other in unique)]


def _holding(
    table: str, words: Sequence[Spellings], prefix: str, values: dict[str, Any], *, server: bool
) -> list[str]:
    """A condition per word: the key holds one of its spellings. ``LIKE`` is what the GIN
    index answers on PostgreSQL (``server``); a word it cannot look up is read in every row,
    where ``strpos`` takes half the time of ``LIKE`` there."""
    conditions = []
    for i, spellings in enumerate(words):
        scanned = server and not indexable(spellings)
        names = []
        for j, part in enumerate(spellings):
            name = f"{prefix}{i}_{j}"
            if scanned:
                values[name] = part
                names.append(f"strpos({table}.search_key, :{name}) > 0")
            else:
                values[name] = f"%{part.translate(_ESCAPE)}%"
                names.append(f"{table}.search_key LIKE :{name} ESCAPE '/'")
        conditions.append("(" + " OR ".join(names) + ")")
    return conditions


def narrowing(
    connection: Connection,
    table: str,
    words: Sequence[Spellings],
    *,
    prefix: str = "w",
    few: int | None = None,
) -> Narrowing:
    """Conditions on ``table`` (``person`` or ``proposal``) keeping the rows whose
    ``search_key`` holds every word in one of its spellings; ``prefix`` names the values.

    With ``few``, on SQLite, the rows the index finds are looked up first, up to ``few`` and
    one more: when there are no more than ``few`` of them, the condition names them
    (``Narrowing.few``), which lets the caller sort them rather than walk the whole table in
    order, and ``Narrowing.nothing`` says that none was found."""
    if table not in SEARCHED:
        raise ValueError(f"no search key in {table}")
    found = Narrowing()
    words = [_needed(w) for w in words]
    sqlite = connection.dialect.name == "sqlite"
    looked_up = [w for w in words if indexable(w)]
    checked = [w for w in words if not indexable(w)]
    if sqlite and looked_up:
        _fts(connection, table, looked_up, prefix, found, few)
    elif not sqlite:
        # PostgreSQL: the GIN index answers LIKE itself, and its planner weighs it against
        # walking the list in order (looking the rows up first, as on SQLite, is slower there)
        checked = words
    found.conditions.extend(_holding(table, checked, f"{prefix}c", found.values, server=not sqlite))
    return found


def _fts(
    connection: Connection,
    table: str,
    words: Sequence[Spellings],
    prefix: str,
    found: Narrowing,
    few: int | None,
) -> None:
    """SQLite: one MATCH of the FTS5 table, a word's spellings as alternatives (two LIKE
    look-ups of the index take half again as long as one MATCH saying "this or that")."""
    match = " AND ".join(
        "(" + " OR ".join(_phrase(part) for part in spellings) + ")" for spellings in words
    )
    index = f"{table}_fts"
    if few is not None:
        rowids = [
            int(number)
            for (number,) in connection.execute(
                text(f"SELECT rowid FROM {index} WHERE {index} MATCH :match LIMIT :n"),
                {"match": match, "n": few + 1},
            )
        ]
        if len(rowids) <= few:
            found.few, found.nothing = True, not rowids
            # whole numbers read from the index: written into the SQL as they are
            found.conditions.append(f"{table}.rowid IN ({', '.join(map(str, rowids)) or 'NULL'})")
            return
    found.values[f"{prefix}_match"] = match
    found.conditions.append(
        f"{table}.rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH :{prefix}_match)"
    )


__all__ = ["SEARCHED", "TRIGRAM", "Narrowing", "Spellings", "indexable", "narrowing"]
