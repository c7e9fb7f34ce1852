"""What a record in a bundle may hold: every field checked as the window checks a typed value.

A bundle is input: a stolen laptop or a buggy khdesk can sign anything. So every value of every
record is checked here as strictly as the services check what a person types
(``khdesk.domain.validation``): its type, whether it may be empty, its length, its characters, its
vocabulary, its range. What ties records together (a meeting's region, a decision's agenda item,
numbers that must be unique) is checked against the bundle and the database by ``RecordChecks``
before anything of a batch is written. What headquarters can compute itself (a person's matching
keys) it computes rather than trusts.

A record that fails refuses the whole bundle with one sentence that names the table, the record
and the field, but never quotes the value: values may be personal data, and refusals are kept in
the sync history.

How to add a column to a synced table: give it a rule in ``RULES`` (a test fails for a column
that has none), describe its limits in docs/bundle-format.md, and if it refers to another record,
add it to ``REFERENCES``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from khdesk.domain.errors import InvalidInput, Message
from khdesk.domain.filenames import MAX_ATTACHMENT_BYTES, is_display_name
from khdesk.domain.names import is_erased_name, stored_keys
from khdesk.domain.proposal_search import proposal_search_key
from khdesk.domain.validation import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_LINE,
    MAX_TEXT,
    NotLatinEmail,
    clean_email,
    clean_line,
    clean_name,
    clean_phone,
    clean_text,
)
from khdesk.domain.vocabulary import (
    AmendmentAction,
    AttendanceMode,
    ConsentMethod,
    DocumentKind,
    ErasureKind,
    MatchBasis,
    MatchDecision,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    ProposalKind,
    QuestionStatus,
    ReviewStatus,
)
from khdesk.sync.bundles import BundleRejected

#: The largest count of votes or people a record may hold.
MAX_COUNT = 1_000_000
#: The largest number of a meeting, an agenda position or a proposal.
MAX_NUMBER = 999_999
#: The years a moment recorded by a laptop's clock may fall in; field laptops' clocks are often
#: wrong, so this is wider than the years a person may type as a meeting's date.
FIRST_CLOCK_YEAR, LAST_CLOCK_YEAR = 1970, LAST_YEAR
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")
_REGION = re.compile(r"^\d{2}$")
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,16}$")
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
#: Control characters other than tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Problem(ValueError):
    """One field's value is not acceptable; its message says why, without the value."""

    def __init__(self, template: str | Message, /, **values: Any) -> None:
        self.message = template if isinstance(template, Message) else Message(template, **values)
        super().__init__(str(self.message))


def is_record_id(value: object) -> bool:
    """True for an id as khdesk writes them: a UUID in lower-case canonical form."""
    return isinstance(value, str) and bool(_UUID.match(value))


# --- one field ----------------------------------------------------------------------------------

#: Turns a value from a bundle into the value the database stores, or raises ``Problem``.
Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class Known:
    """The reference codes this database knows, which records may name."""

    regions: frozenset[str]
    sectors: frozenset[str]
    directions: frozenset[str]
    #: section code -> its direction
    sections: dict[str, str]
    #: section code -> every direction it was published under (a moved section keeps its code)
    former_directions: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """How one column is checked: a kind, whether it may be empty, and the kind's details."""

    kind: str
    required: bool = True
    low: int = 0
    high: int = MAX_COUNT
    choices: type[enum.StrEnum] | None = None
    known: str | None = None  # for codes: "regions", "sectors", "directions", "sections"
    limit: int = MAX_LINE  # for lines: the most characters
    #: for lines: a person's name, whose look-alike letters are replaced as the window does
    person_name: bool = False


def _line(*, required: bool = False) -> Rule:
    return Rule("line", required)


def _name(*, required: bool = False) -> Rule:
    return Rule("line", required, person_name=True)


def _text(*, required: bool = False) -> Rule:
    return Rule("text", required)


def _id(*, required: bool = True) -> Rule:
    return Rule("id", required)


def _number(low: int = 1, high: int = MAX_NUMBER) -> Rule:
    return Rule("whole", True, low, high)


def _count() -> Rule:
    return Rule("whole", False, 0, MAX_COUNT)


def _moment(*, required: bool = False) -> Rule:
    return Rule("moment", required)


def _choice(vocabulary: type[enum.StrEnum], *, required: bool = True) -> Rule:
    return Rule("choice", required, choices=vocabulary)


def _code(known: str, *, required: bool = True) -> Rule:
    return Rule("code", required, known=known)


_IDENTITY = {
    "id": _id(),
    "version": _number(1, 2**62),
    "device_id": _id(),
    "seq": _number(1, 2**62),
    "deleted": Rule("flag"),
    "updated_at": _moment(required=True),
}

#: Every column of every synced table, with its rule.
RULES: dict[str, dict[str, Rule]] = {
    "person": {
        **_IDENTITY,
        "full_name": _name(required=True),
        "name_key": Rule("computed", False),
        "search_key": Rule("computed", False),
        "order_kk": Rule("computed", False),
        "order_ru": Rule("computed", False),
        "organisation": _line(),
        "position": _line(),
        "sector_code": _code("sectors"),
        "phone": Rule("phone", False),
        "email": Rule("email", False),
        "region_kato": _code("regions", required=False),
        "consent": Rule("flag"),
        "consent_at": _moment(),
        "consent_method": _choice(ConsentMethod, required=False),
        "merged_into_id": _id(required=False),
        "contacts_erased_at": _moment(),
        "erased_at": _moment(),
    },
    "meeting": {
        **_IDENTITY,
        "number": _number(),
        "year": Rule("whole", True, FIRST_YEAR, LAST_YEAR),
        "region_kato": _code("regions", required=False),
        "kind": _choice(MeetingKind),
        "format": _choice(MeetingFormat),
        "title": _line(required=True),
        "date": Rule("day"),
        "starts_at": Rule("clock", False),
        "ends_at": Rule("clock", False),
        "place": _line(),
        "link": _line(),
        "chair": _name(),
        "secretary": _name(),
        "status": _choice(MeetingStatus),
        "closed_at": _moment(),
        "notes": _text(),
    },
    "attendance": {
        **_IDENTITY,
        "meeting_id": _id(),
        "person_id": _id(),
        "sector_code": _code("sectors"),
        "present": Rule("flag"),
        "mode": _choice(AttendanceMode),
        "arrived_at": _moment(),
        "left_at": _moment(),
    },
    "agendaitem": {
        **_IDENTITY,
        "meeting_id": _id(),
        "position": _number(),
        "title": _line(required=True),
        "rapporteur": _name(),
        "rapporteur_person_id": _id(required=False),
        "heard": _text(),
    },
    "speech": {
        **_IDENTITY,
        "agenda_item_id": _id(),
        "position": _number(),
        "person_id": _id(required=False),
        "speaker": _name(required=True),
        "text": _text(),
    },
    "decision": {
        **_IDENTITY,
        "meeting_id": _id(),
        "agenda_item_id": _id(),
        "position": _number(),
        "text": _text(required=True),
        "votes_for": _count(),
        "votes_against": _count(),
        "votes_abstained": _count(),
        "document_title": _line(),
    },
    "proposal": {
        **_IDENTITY,
        "meeting_id": _id(),
        "agenda_item_id": _id(required=False),
        "number": _number(),
        "kind": _choice(ProposalKind),
        "text": _text(required=True),
        "author_person_id": _id(required=False),
        "author_name": _name(),
        "organisation": _line(),
        "direction_code": _code("directions"),
        "section_code": _code("sections", required=False),
        "search_key": Rule("computed", False),
    },
    "proposalreview": {
        **_IDENTITY,
        "proposal_id": _id(),
        "status": _choice(ReviewStatus),
        "reviewer": _line(),
        "note": _text(),
        "duplicate_of_id": _id(required=False),
        "accepted_section_code": _code("sections", required=False),
    },
    "personmatch": {
        **_IDENTITY,
        "person_id": _id(),
        "other_id": _id(),
        "basis": _choice(MatchBasis),
        "decision": _choice(MatchDecision),
        "reviewer": _line(),
    },
    "question": {
        **_IDENTITY,
        "meeting_id": _id(),
        "agenda_item_id": _id(required=False),
        "asker_person_id": _id(required=False),
        "asker_name": _name(),
        "addressee": _name(),
        "text": _text(required=True),
        "answer": _text(),
        "status": _choice(QuestionStatus),
    },
    "textamendment": {
        **_IDENTITY,
        "meeting_id": _id(),
        "document_id": _id(),
        "version_number": _number(),
        "paragraph_id": _id(required=False),
        "action": _choice(AmendmentAction),
        "language": Rule("language"),
        "line_from": Rule("whole", False, 1, MAX_NUMBER),
        "line_to": Rule("whole", False, 1, MAX_NUMBER),
        "text_kk": _text(),
        "text_ru": _text(),
        "proposer_person_id": _id(required=False),
        "proposer_name": _name(),
        "votes_for": _count(),
        "votes_against": _count(),
        "votes_abstained": _count(),
    },
    "attachment": {
        **_IDENTITY,
        "meeting_id": _id(),
        "file_name": Rule("file_name"),
        "media_type": Rule("media_type"),
        "sha256": Rule("sha256"),
        "size": Rule("whole", True, 0, MAX_ATTACHMENT_BYTES),
        "description": _line(),
    },
    "amendment": {
        **_IDENTITY,
        "meeting_id": _id(),
        "table_name": Rule("amended_table"),
        "record_id": _id(),
        "changes": Rule("changes"),
        "reason": _text(required=True),
        "author": _line(),
        "amended_at": _moment(required=True),
    },
}

#: The tables whose records belong to a meeting, and so may be amended after it closed.
AMENDED_TABLES = frozenset(
    {"meeting", "attendance", "agendaitem", "speech", "decision", "proposal", "question",
     "attachment"}
)  # fmt: skip
#: The most fields one amendment names.
MAX_AMENDED_FIELDS = 32

#: The tables a region's device writes; headquarters' own records (reviews) never come from one.
REGION_TABLES = frozenset(RULES) - {"proposalreview", "personmatch"}

#: Columns that name another synced record: (table, column) -> the table it names.
REFERENCES: dict[tuple[str, str], str] = {
    ("attendance", "meeting_id"): "meeting",
    ("attendance", "person_id"): "person",
    ("agendaitem", "meeting_id"): "meeting",
    ("agendaitem", "rapporteur_person_id"): "person",
    ("speech", "agenda_item_id"): "agendaitem",
    ("speech", "person_id"): "person",
    ("decision", "meeting_id"): "meeting",
    ("decision", "agenda_item_id"): "agendaitem",
    ("proposal", "meeting_id"): "meeting",
    ("proposal", "agenda_item_id"): "agendaitem",
    ("proposal", "author_person_id"): "person",
    ("proposalreview", "proposal_id"): "proposal",
    ("proposalreview", "duplicate_of_id"): "proposal",
    ("personmatch", "person_id"): "person",
    ("personmatch", "other_id"): "person",
    ("question", "meeting_id"): "meeting",
    ("question", "agenda_item_id"): "agendaitem",
    ("question", "asker_person_id"): "person",
    ("attachment", "meeting_id"): "meeting",
    ("person", "merged_into_id"): "person",
    ("amendment", "meeting_id"): "meeting",
    ("textamendment", "meeting_id"): "meeting",
    ("textamendment", "proposer_person_id"): "person",
}


def _cleaned(
    cleaner: Callable[..., str | None], name: str, limit: int
) -> Callable[[str], str | None]:
    """A line or a text tidied as the services tidy a typed one (outer and doubled spaces), or
    a ``Problem`` where the services would refuse it (too long, control characters)."""

    def clean(value: str) -> str | None:
        if len(value) > limit:
            raise Problem(
                "its {name} is {length:,} characters long; khdesk keeps {limit:,}",
                name=name,
                length=len(value),
                limit=limit,
            )
        try:
            return cleaner(value, field=name)
        except InvalidInput:
            raise Problem(
                "its {name} holds control characters or bytes that are not text", name=name
            ) from None

    return clean


def _contact(cleaner: Callable[[str], str | None], name: str) -> Callable[[str], str | None]:
    """A phone or an e-mail as the services store it, or a ``Problem`` for a malformed one (an
    e-mail with a letter of another alphabet, such as a Cyrillic «а» in «mаil.kz», is refused
    as the window refuses it, naming the letter and its place but not the address)."""

    def clean(value: str) -> str | None:
        try:
            return cleaner(value)
        except NotLatinEmail as error:
            raise Problem(
                "its {name} has the letter «{letter}» of another alphabet at position {position}",
                name=name,
                letter=error.letter,
                position=error.position,
            ) from None
        except InvalidInput:
            raise Problem("its {name} is malformed", name=name) from None

    return clean


def _matching(pattern: re.Pattern[str], problem: Message) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.match(value):
            raise Problem(problem)
        return value

    return check


def _one_of(
    name: str, allowed: frozenset[str], problem: Message | None = None
) -> Callable[[str], str]:
    listed = Message(
        "its {name} is not one of {values}", name=name, values=", ".join(sorted(allowed))
    )

    def check(value: str) -> str:
        if value not in allowed:
            raise Problem(problem or listed)
        return value

    return check


def _text_check(name: str, rule: Rule, known: Known) -> Callable[[str], str | None]:
    """The check of a text-valued column of ``rule``'s kind."""
    kind = rule.kind
    if kind == "id":
        return _matching(_UUID, Message("its {name} is not a record id", name=name))
    if kind == "line":
        # a name's look-alike letters are replaced, as the window replaces them when typed
        return _cleaned(clean_name if rule.person_name else clean_line, name, rule.limit)
    if kind == "text":
        return _cleaned(clean_text, name, MAX_TEXT)
    if kind == "phone":
        return _contact(clean_phone, name)
    if kind == "email":
        return _contact(clean_email, name)
    if kind == "sha256":
        return _matching(_SHA256, Message("its {name} is not a SHA-256 in hex", name=name))
    if kind == "media_type":
        return _matching(
            _MEDIA_TYPE, Message("its {name} is not a media type such as image/png", name=name)
        )
    if kind == "file_name":

        def file_name(value: str) -> str:
            if not is_display_name(value):
                raise Problem(
                    "its {name} is a path, or holds characters a file name may not", name=name
                )
            return value

        return file_name
    if kind == "choice":
        assert rule.choices is not None
        return _one_of(name, frozenset(member.value for member in rule.choices))
    if kind == "amended_table":
        return _one_of(name, AMENDED_TABLES)
    if kind == "language":
        return _one_of(name, frozenset(("kk", "ru")))
    if kind == "changes":
        return _changes_check(name)
    if kind == "synonyms":
        return _synonyms_check(name)
    if kind == "region_code":
        return _matching(_REGION, Message("its {name} is not a two-digit KATO code", name=name))
    if kind == "reference_code":
        return _matching(
            _CODE, Message("its {name} is not a code of letters, digits and dots", name=name)
        )
    if kind == "code":
        values = getattr(known, rule.known or "")
        unknown = Message("its {name} is not a code khdesk knows", name=name)
        return _one_of(name, frozenset(values), unknown)
    raise TypeError(f"no check for the kind {kind}")


def _changes_check(name: str) -> Callable[[str], str]:
    """An amendment's changes: a JSON object of at most ``MAX_AMENDED_FIELDS`` fields, each
    ``[old, new]`` of text, numbers, true/false or null, stored as khdesk writes it."""
    damaged = Message("its {name} is not a list of fields with their old and new values", name=name)

    def scalar(value: Any) -> bool:
        if isinstance(value, str):
            return len(value) <= MAX_TEXT and not _CONTROL.search(value)
        return value is None or isinstance(value, bool | int | float)

    def check(value: str) -> str:
        if len(value) > 5 * MAX_TEXT:  # two texts' old and new values, and the names
            raise Problem(damaged)
        try:
            changes = json.loads(value)
        except ValueError:
            raise Problem(damaged) from None
        if not isinstance(changes, dict) or not 0 < len(changes) <= MAX_AMENDED_FIELDS:
            raise Problem(damaged)
        for field_name, pair in changes.items():
            if not _FIELD.match(field_name) or not isinstance(pair, list) or len(pair) != 2:
                raise Problem(damaged)
            if not all(scalar(side) for side in pair):
                raise Problem(damaged)
        return json.dumps(changes, ensure_ascii=False, sort_keys=True)

    return check


#: The most synonyms a sector may have, and the longest one.
MAX_SYNONYMS, MAX_SYNONYM = 200, 100


def _synonyms_check(name: str) -> Callable[[str], str | None]:
    """A sector's synonyms: lines of text, each a short phrase, tidied as the services would."""
    too_many = Message(
        "its {name} holds more than {most} lines or one longer than {limit} characters",
        name=name,
        most=MAX_SYNONYMS,
        limit=MAX_SYNONYM,
    )

    def check(value: str) -> str | None:
        lines = value.split("\n")
        if len(lines) > MAX_SYNONYMS or any(len(line) > MAX_SYNONYM for line in lines):
            raise Problem(too_many)
        kept = []
        for line in lines:
            try:
                cleaned = clean_line(line, field=name)
            except InvalidInput:
                raise Problem(
                    "its {name} holds control characters or bytes that are not text", name=name
                ) from None
            if cleaned and cleaned not in kept:
                kept.append(cleaned)
        return "\n".join(kept) or None

    return check


def _converter(name: str, rule: Rule, known: Known, sqlite: bool) -> Convert:
    """The check of one column, turning a JSON value into what the database stores (for SQLite
    the strings SQLAlchemy itself writes for dates and times)."""
    kind = rule.kind
    if kind == "computed":
        return lambda value: value
    if kind == "flag":

        def flag(value: Any) -> Any:
            if not isinstance(value, bool):
                raise Problem("its {name} is not true or false", name=name)
            return value

        return flag
    if kind == "whole":

        def whole(value: Any) -> Any:
            if value is None:
                if rule.required:
                    raise Problem("its {name} is missing", name=name)
                return None
            if not isinstance(value, int) or isinstance(value, bool):
                raise Problem("its {name} is not a whole number", name=name)
            if not rule.low <= value <= rule.high:
                raise Problem(
                    "its {name} is not between {low} and {high}",
                    name=name,
                    low=_n(rule.low),
                    high=_n(rule.high),
                )
            return value

        return whole
    if kind in ("moment", "day", "clock"):
        return _moment_converter(name, rule, kind, sqlite)
    check = _text_check(name, rule, known)

    def text(value: Any) -> Any:
        if value is None:
            if rule.required:
                raise Problem("its {name} is missing", name=name)
            return None
        if not isinstance(value, str):
            raise Problem("its {name} is not text", name=name)
        stored = check(value) if value else None
        if stored is None and rule.required:
            raise Problem("its {name} is empty", name=name)
        return stored

    return text


def _n(number: int) -> str:
    """A bound as a message writes it: 2026, 1,000,000."""
    return f"{number:,}" if abs(number) >= 10_000 else str(number)


def _moment_converter(name: str, rule: Rule, kind: str, sqlite: bool) -> Convert:
    first, last = (FIRST_YEAR, LAST_YEAR) if kind == "day" else (FIRST_CLOCK_YEAR, LAST_CLOCK_YEAR)
    what = {
        "moment": Message("its {name} is not a date and time"),
        "day": Message("its {name} is not a date"),
        "clock": Message("its {name} is not a time of day"),
    }[kind].template

    def convert(value: Any) -> Any:
        if value is None:
            if rule.required:
                raise Problem("its {name} is missing", name=name)
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise Problem(what, name=name)
        try:
            if kind == "moment":
                moment = dt.datetime.fromisoformat(value)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=dt.UTC)  # the format's rule: no offset is UTC
                moment = moment.astimezone(dt.UTC)
                year = moment.year
                stored: Any = moment.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else moment
            elif kind == "day":
                day = dt.date.fromisoformat(value)
                year = day.year
                stored = day.isoformat() if sqlite else day
            else:
                clock = dt.time.fromisoformat(value)
                if clock.tzinfo is not None:
                    raise ValueError("a time of day has no zone")
                return clock.strftime("%H:%M:%S.%f") if sqlite else clock
        except (ValueError, OverflowError):
            raise Problem(what, name=name) from None
        if not first <= year <= last:
            raise Problem(
                "its {name} is in the year {year}, outside {first}-{last}",
                name=name,
                year=year,
                first=first,
                last=last,
            )
        return stored

    return convert


# --- one record --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """Who sent the bundle and what its manifest says it covers."""

    device_id: str
    region: str | None
    seq_from: int
    seq_to: int


def refusal(table: str, record_id: object, problem: Message) -> BundleRejected:
    """The sentence that refuses a bundle over one record's field."""
    if is_record_id(record_id):
        return BundleRejected(
            "the bundle was refused and nothing of it imported: {table} {id} is invalid "
            "({problem}); ask the region to send a new bundle, with an updated khdesk if it "
            "happens again.",
            table=table,
            id=record_id,
            problem=problem,
        )
    return BundleRejected(
        "the bundle was refused and nothing of it imported: a {table} record is invalid "
        "({problem}); ask the region to send a new bundle, with an updated khdesk if it happens "
        "again.",
        table=table,
        problem=problem,
    )


class TableCheck:
    """Checks one table's records from one bundle and turns each into a row for the database."""

    def __init__(
        self, table: str, columns: Sequence[str], known: Known, sender: Sender, *, sqlite: bool
    ) -> None:
        rules = RULES.get(table)
        if rules is None or set(rules) != set(columns):
            raise TypeError(f"the table {table} has columns without a rule in RULES")
        self.table = table
        self.columns = list(columns)
        self.sender = sender
        self.known = known
        self._converters = [_converter(n, rules[n], known, sqlite) for n in self.columns]
        self._allowed = frozenset(self.columns)
        self._at = {name: index for index, name in enumerate(self.columns)}

    def row(self, record: Any) -> tuple[Any, ...]:
        """The record as the database's row, or ``BundleRejected`` naming what is wrong."""
        if not isinstance(record, dict):
            raise BundleRejected(
                "the bundle was refused and nothing of it imported: a line of {table} is not a "
                "record; ask the region to send a new bundle.",
                table=self.table,
            )
        record_id = record.get("id")
        unknown = set(record) - self._allowed
        if unknown:
            fields = ", ".join(sorted(str(u)[:32] for u in unknown)[:3])
            problem = Message("it has fields khdesk does not know: {fields}", fields=fields)
            raise refusal(self.table, record_id, problem)
        if record.get("device_id") != self.sender.device_id:
            raise refusal(
                self.table,
                record_id,
                Message("its device_id is not the device that signed the bundle"),
            )
        try:
            values = [c(record.get(n)) for c, n in zip(self._converters, self.columns, strict=True)]
            self._whole_record(values)
        except Problem as problem:
            raise refusal(self.table, record_id, problem.message) from None
        return tuple(values)

    def _get(self, values: list[Any], name: str) -> Any:
        return values[self._at[name]]

    def _whole_record(self, values: list[Any]) -> None:
        """What ties a record's fields together, and what headquarters computes itself."""
        seq = self._get(values, "seq")
        if not self.sender.seq_from <= seq <= self.sender.seq_to:
            raise Problem("its seq is outside the range of sequence numbers the manifest covers")
        at = self._at
        if self.table == "person":
            full_name = self._get(values, "full_name")
            organisation = self._get(values, "organisation")
            phone, email = self._get(values, "phone"), self._get(values, "email")
            if not self._get(values, "consent"):
                for name in ("phone", "email", "consent_at", "consent_method"):
                    if self._get(values, name) is not None:
                        raise Problem("its {name} is kept although consent is false", name=name)
            if self._get(values, "erased_at") is not None:
                if not is_erased_name(full_name, self._get(values, "id")):
                    raise Problem("it was erased but its name is not the pseudonym")
                for name in ("organisation", "position", "consent_at"):
                    if self._get(values, name) is not None:
                        raise Problem("its {name} is kept although it was erased", name=name)
            merged_into = self._get(values, "merged_into_id")
            if merged_into is not None:
                if merged_into == self._get(values, "id"):
                    raise Problem("its merged_into_id names the person itself")
                if not self._get(values, "deleted"):
                    raise Problem("it is merged into another person but not deleted")
            for column, key in stored_keys(full_name, organisation, phone, email).items():
                values[at[column]] = key
        elif self.table == "meeting":
            if _year_of(self._get(values, "date")) != self._get(values, "year"):
                raise Problem("its year is not the year of its date")
            if self._get(values, "region_kato") != self.sender.region:
                raise Problem("its region_kato is not the region of its device")
            start, end = self._get(values, "starts_at"), self._get(values, "ends_at")
            if start is not None and end is not None and end <= start:
                raise Problem("its ends_at is not after its starts_at")
        elif self.table == "attendance":
            arrived, left = self._get(values, "arrived_at"), self._get(values, "left_at")
            if arrived is not None and left is not None and left < arrived:
                raise Problem("its left_at is before its arrived_at")
        elif self.table == "amendment":
            table = self._get(values, "table_name")
            fields = set(json.loads(self._get(values, "changes")))
            if fields - (set(RULES[table]) - (set(_IDENTITY) - {"deleted"})):
                raise Problem("its changes name fields its table_name does not have")
        elif self.table == "textamendment":
            self._text_amendment(values)
        elif self.table == "proposal":
            values[at["search_key"]] = proposal_search_key(
                self._get(values, "text") or "",
                self._get(values, "author_name"),
                self._get(values, "organisation"),
            )
            section = self._get(values, "section_code")
            its = self.known.sections.get(section) if section is not None else None
            if section is not None and its != self._get(values, "direction_code"):
                # a region that has not imported the reference bundle that moved the section
                # still files it under the direction it had: stored under the one it has now
                if self._get(values, "direction_code") not in self.known.former_directions.get(
                    section, ()
                ):
                    raise Problem("its section_code belongs to another direction")
                values[at["direction_code"]] = its

    def _text_amendment(self, values: list[Any]) -> None:
        action = self._get(values, "action")
        worded = [self._get(values, f"text_{language}") for language in ("kk", "ru")]
        if action == AmendmentAction.DELETE:
            if any(worded):
                raise Problem("it deletes a paragraph but gives a new wording")
        elif not self._get(values, f"text_{self._get(values, 'language')}"):
            raise Problem("it gives no wording in its language")
        if action != AmendmentAction.ADD and self._get(values, "paragraph_id") is None:
            raise Problem("it changes a paragraph but names none")
        if any(len(words or "") > MAX_PARAGRAPH_CHARACTERS for words in worded):
            raise Problem("its wording is longer than a paragraph may be")
        first, last = self._get(values, "line_from"), self._get(values, "line_to")
        if (first is None) != (last is None) or (first is not None and last < first):
            raise Problem("its line_from and line_to are not a range of lines")


def _year_of(day: Any) -> int:
    return int(day[:4]) if isinstance(day, str) else int(day.year)


# --- records together ---------------------------------------------------------------------------

#: Asks the database: (SQL whose ``{ids}`` stands for a list of ``len(ids)`` parameters, the ids,
#: then any parameters that come before them) -> rows.
Lookup = Callable[..., list[tuple[Any, ...]]]


@dataclass
class RecordChecks:
    """What ties one bundle's records to each other and to the database: every reference names a
    record that exists and belongs to the sender's region; an agenda item is of the record's own
    meeting; meeting and proposal numbers are not given twice."""

    sender: Sender
    lookup: Lookup
    _meeting_numbers: dict[tuple[int, int], str] = field(default_factory=dict)
    _proposal_numbers: dict[tuple[str, int], str] = field(default_factory=dict)

    def batch(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Check a batch of rows (already checked one by one) before it is written."""
        at = {name: index for index, name in enumerate(columns)}
        meetings = self._meetings(table, at, rows)
        items = self._items(table, at, rows)
        for row in rows:
            record_id = row[at["id"]]
            try:
                self._row(table, at, row, meetings, items)
            except Problem as problem:
                raise refusal(table, record_id, problem.message) from None
        self._persons(table, at, rows)
        if table == "meeting":
            self._unique_meeting_numbers(at, rows)
        elif table == "proposal":
            self._unique_proposal_numbers(at, rows)
        elif table == "textamendment":
            self._amended_versions(at, rows)

    def _meetings(
        self, table: str, at: dict[str, int], rows: Sequence[tuple[Any, ...]]
    ) -> dict[str, str | None]:
        if "meeting_id" not in at:
            return {}
        ids = sorted({row[at["meeting_id"]] for row in rows})
        found = self.lookup("SELECT id, region_kato FROM meeting WHERE id IN ({ids})", ids)
        return {str(mid): region for mid, region in found}

    def _items(
        self, table: str, at: dict[str, int], rows: Sequence[tuple[Any, ...]]
    ) -> dict[str, tuple[str, str | None]]:
        if "agenda_item_id" not in at:
            return {}
        ids = sorted({row[at["agenda_item_id"]] for row in rows} - {None})
        found = self.lookup(
            "SELECT a.id, a.meeting_id, m.region_kato FROM agendaitem a "
            "JOIN meeting m ON m.id = a.meeting_id WHERE a.id IN ({ids})",
            ids,
        )
        return {str(iid): (str(mid), region) for iid, mid, region in found}

    def _row(
        self,
        table: str,
        at: dict[str, int],
        row: tuple[Any, ...],
        meetings: dict[str, str | None],
        items: dict[str, tuple[str, str | None]],
    ) -> None:
        region = self.sender.region
        if "meeting_id" in at:
            meeting_id = row[at["meeting_id"]]
            if meeting_id not in meetings:
                raise Problem("its meeting_id names no meeting")
            if meetings[meeting_id] != region:
                raise Problem("its meeting_id names a meeting of another region")
        if "agenda_item_id" in at and (item_id := row[at["agenda_item_id"]]) is not None:
            if item_id not in items:
                raise Problem("its agenda_item_id names no agenda item")
            item_meeting, item_region = items[item_id]
            if item_region != region:
                raise Problem("its agenda_item_id names an agenda item of another region")
            if "meeting_id" in at and item_meeting != row[at["meeting_id"]]:
                raise Problem("its agenda_item_id names an item of another meeting")

    def _persons(self, table: str, at: dict[str, int], rows: Sequence[tuple[Any, ...]]) -> None:
        for (name, column), target in REFERENCES.items():
            if name != table or target != "person":
                continue
            wanted = {row[at[column]] for row in rows} - {None}
            if table == "person":  # a person merged into another of the same bundle
                wanted -= {row[at["id"]] for row in rows}
            if not wanted:
                continue
            found = {str(r[0]) for r in self.lookup("SELECT id FROM person WHERE id IN ({ids})",
                                                    sorted(wanted))}  # fmt: skip
            if table == "person":
                found |= {row[at["id"]] for row in rows}
            for row in rows:
                if row[at[column]] is not None and row[at[column]] not in found:
                    raise refusal(
                        table, row[at["id"]], Message("its {column} names no person", column=column)
                    )

    def _amended_versions(self, at: dict[str, int], rows: Sequence[tuple[Any, ...]]) -> None:
        """An amendment names a version headquarters published, and a paragraph of it."""
        ids = sorted({row[at["document_id"]] for row in rows})
        found = self.lookup(
            "SELECT document_id, number, paragraphs FROM documentversion "
            "WHERE document_id IN ({ids})",
            ids,
        )
        paragraphs = {
            (str(document_id), int(number)): {p["id"] for p in json.loads(text)}
            for document_id, number, text in found
        }
        for row in rows:
            its = paragraphs.get((row[at["document_id"]], row[at["version_number"]]))
            if its is None:
                problem = Message("its document_id and version_number name no published version")
            elif row[at["paragraph_id"]] is not None and row[at["paragraph_id"]] not in its:
                problem = Message("its paragraph_id is not a paragraph of that version")
            else:
                continue
            raise refusal("textamendment", row[at["id"]], problem)

    def _unique_meeting_numbers(self, at: dict[str, int], rows: Sequence[tuple[Any, ...]]) -> None:
        ids = [row[at["id"]] for row in rows]
        for row in rows:
            key = (row[at["year"]], row[at["number"]])
            earlier = self._meeting_numbers.setdefault(key, row[at["id"]])
            if earlier != row[at["id"]]:
                raise refusal("meeting", row[at["id"]], Message("another meeting has its number"))
        taken = self.lookup(
            "SELECT id, year, number FROM meeting WHERE device_id = {param} AND id NOT IN ({ids})",
            ids,
            self.sender.device_id,
        )
        for other_id, year, number in taken:
            mine = self._meeting_numbers.get((year, number))
            if mine is not None and mine != other_id:
                raise refusal(
                    "meeting", mine, Message("another meeting of its device has its number")
                )

    def _unique_proposal_numbers(self, at: dict[str, int], rows: Sequence[tuple[Any, ...]]) -> None:
        for row in rows:
            key = (row[at["meeting_id"]], row[at["number"]])
            earlier = self._proposal_numbers.setdefault(key, row[at["id"]])
            if earlier != row[at["id"]]:
                raise refusal(
                    "proposal",
                    row[at["id"]],
                    Message("another proposal of its meeting has its number"),
                )
        meeting_ids = sorted({row[at["meeting_id"]] for row in rows})
        stored = self.lookup(
            "SELECT id, meeting_id, number FROM proposal WHERE meeting_id IN ({ids})", meeting_ids
        )
        for other_id, meeting_id, number in stored:
            mine = self._proposal_numbers.get((meeting_id, number))
            if mine is not None and mine != other_id:
                raise refusal(
                    "proposal", mine, Message("another proposal of its meeting has its number")
                )


# --- reference data, from headquarters to a region ---------------------------------------------

_NAMES = {f"name_{language}": _line(required=True) for language in ("kk", "ru", "en")}
_POSITION = _number()
REFERENCE_RULES: dict[str, dict[str, Rule]] = {
    "region": {
        "kato": Rule("region_code"),
        "kind": Rule("line", limit=16),
        **_NAMES,
        **{f"center_{language}": _line() for language in ("kk", "ru", "en")},
    },
    "direction": {"code": Rule("reference_code"), "position": _POSITION, **_NAMES},
    "section": {
        "code": Rule("reference_code"),
        "direction_code": Rule("reference_code"),
        "theme": Rule("line", False, limit=32),
        "position": _POSITION,
        **_NAMES,
        "active": Rule("flag"),
    },
    "sector": {
        "code": Rule("reference_code"),
        "position": _POSITION,
        **_NAMES,
        "synonyms": Rule("synonyms", False),
    },
}
_NOTHING_KNOWN = Known(frozenset(), frozenset(), frozenset(), {})


def reference_rows(table: str, rows: Any) -> list[dict[str, Any]]:
    """The rows of one reference table from a reference bundle, checked field by field and
    tidied; ``BundleRejected`` names the table, the row and the field that is wrong."""
    rules = REFERENCE_RULES[table]
    converters = {
        name: _converter(name, rule, _NOTHING_KNOWN, False) for name, rule in rules.items()
    }
    if not isinstance(rows, list):
        raise BundleRejected(
            "the reference bundle's {table} list is damaged: refused.", table=table
        )
    checked = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) - set(rules):
            raise BundleRejected(
                "the reference bundle's {table} row {number} is not one khdesk knows: refused.",
                table=table,
                number=number,
            )
        try:
            checked.append({name: convert(row.get(name)) for name, convert in converters.items()})
        except Problem as problem:
            raise BundleRejected(
                "the reference bundle's {table} row {number} is invalid ({problem}): refused; "
                "ask headquarters for a new one.",
                table=table,
                number=number,
                problem=problem.message,
            ) from None
    return checked


# --- reviews, from headquarters to the installation whose proposals they are -----------------

#: A review as a region receives it (``services.review.bundle_reviews``): nothing personal.
REVIEW_RULES: dict[str, Rule] = {
    "id": _id(),
    "version": _number(1, 2**62),
    "proposal_id": _id(),
    "status": _choice(ReviewStatus),
    "accepted_section_code": _code("sections", required=False),
    "answer": _text(),
    "updated_at": _moment(required=True),
}
#: What a merge went into: that meeting's number and the proposal's number there.
_INTO_RULES: dict[str, Rule] = {
    "meeting": Rule("line", limit=32),
    "number": _number(),
}


def review_rows(
    data: bytes | None, device_id: str, sections: frozenset[str]
) -> list[dict[str, Any]]:
    """The reviews of ``device_id``'s proposals in a reference bundle's entry of reviews (an
    object: device id -> its reviews), checked as strictly as a region's records are at
    headquarters (no entry: none); ``BundleRejected`` names the review and the field that is
    wrong, never its value."""
    if data is None:
        return []
    damaged = BundleRejected("the reference bundle's list of reviews is damaged: refused.")
    try:
        by_device = json.loads(data)
    except ValueError:
        raise damaged from None
    if not isinstance(by_device, dict) or not all(
        is_record_id(key) and isinstance(value, list) for key, value in by_device.items()
    ):
        raise damaged
    rows = by_device.get(device_id, [])
    known = Known(frozenset(), frozenset(), frozenset(), dict.fromkeys(sections, ""))
    converters = {name: _converter(name, rule, known, False) for name, rule in REVIEW_RULES.items()}
    into_converters = {n: _converter(n, r, known, False) for n, r in _INTO_RULES.items()}
    checked = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) - {*REVIEW_RULES, "into"}:
            raise BundleRejected(
                "the reference bundle's review {number} is not one khdesk knows: refused.",
                number=number,
            )
        try:
            values = {name: convert(row.get(name)) for name, convert in converters.items()}
            values["updated_at"] = values["updated_at"].isoformat()
            values["into"] = _review_into(row.get("into"), into_converters)
            _whole_review(values)
        except Problem as problem:
            raise BundleRejected(
                "the reference bundle's review {number} is invalid ({problem}): refused; ask "
                "headquarters for a new one.",
                number=number,
                problem=problem.message,
            ) from None
        checked.append(values)
    if len({row["proposal_id"] for row in checked}) != len(checked):
        raise BundleRejected("the reference bundle reviews a proposal twice: refused.")
    return checked


def _review_into(value: Any, converters: dict[str, Convert]) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != set(converters):
        raise Problem("its into is not a proposal's meeting and number")
    return {name: convert(value.get(name)) for name, convert in converters.items()}


def _whole_review(values: dict[str, Any]) -> None:
    status = values["status"]
    if (status == ReviewStatus.ACCEPTED) != (values["accepted_section_code"] is not None):
        raise Problem("its accepted_section_code does not go with its status")
    if (status == ReviewStatus.MERGED) != (values["into"] is not None):
        raise Problem("its into does not go with its status")


def erasure_rows(data: bytes | None, most: int) -> list[tuple[str, ErasureKind]]:
    """The register of erasures in a reference bundle (a JSON array of ``{"person_id": id,
    "kind": "erase" | "withdraw"}``; no entry: none), checked whole before any is applied."""
    if data is None:
        return []
    damaged = BundleRejected("the reference bundle's list of erased persons is damaged: refused.")
    try:
        rows = json.loads(data)
    except ValueError:
        raise damaged from None
    if not isinstance(rows, list) or len(rows) > most:
        raise damaged
    kinds = {kind.value: kind for kind in (ErasureKind.ERASE, ErasureKind.WITHDRAW)}
    checked: dict[str, ErasureKind] = {}
    for row in rows:
        if not (
            isinstance(row, dict)
            and set(row) == {"person_id", "kind"}
            and is_record_id(row["person_id"])
            and row["kind"] in kinds
            and row["person_id"] not in checked
        ):
            raise damaged
        checked[row["person_id"]] = kinds[row["kind"]]
    return list(checked.items())


#: The most versions of documents a reference bundle carries, and paragraphs a version holds.
MAX_DOCUMENT_VERSIONS = 1_000
MAX_VERSION_PARAGRAPHS = 300
MAX_PARAGRAPH_CHARACTERS = 5_000


def document_rows(
    data: bytes | None, fingerprint: Callable[[str, str, str, list[dict[str, str]]], str]
) -> list[dict[str, Any]]:
    """The published versions of the campaign's documents in a reference bundle (no entry:
    none), each checked field by field and against its fingerprint, before any is kept."""
    if data is None:
        return []
    damaged = BundleRejected(
        "the reference bundle's list of documents is damaged: refused; ask headquarters for a "
        "new one."
    )
    try:
        rows = json.loads(data)
    except ValueError:
        raise damaged from None
    if not isinstance(rows, list) or len(rows) > MAX_DOCUMENT_VERSIONS:
        raise damaged
    fields = {"id", "document_id", "number", "kind", "title_kk", "title_ru", "paragraphs",
              "fingerprint", "published_at"}  # fmt: skip
    kinds = {kind.value for kind in DocumentKind}
    seen: set[tuple[str, int]] = set()
    checked = []
    for row in rows:
        if not (
            isinstance(row, dict)
            and set(row) == fields
            and is_record_id(row["id"])
            and is_record_id(row["document_id"])
            and isinstance(row["number"], int)
            and not isinstance(row["number"], bool)
            and 1 <= row["number"] <= 10_000
            and row["kind"] in kinds
            and all(
                isinstance(row[t], str) and 0 < len(row[t]) <= MAX_LINE and "\n" not in row[t]
                for t in ("title_kk", "title_ru")
            )
            and isinstance(row["paragraphs"], list)
            and 0 < len(row["paragraphs"]) <= MAX_VERSION_PARAGRAPHS
            and all(_version_paragraph(p) for p in row["paragraphs"])
            and isinstance(row["fingerprint"], str)
            and isinstance(row["published_at"], str)
            and (row["document_id"], row["number"]) not in seen
        ):
            raise damaged
        try:
            dt.datetime.fromisoformat(row["published_at"])
        except ValueError:
            raise damaged from None
        printed = fingerprint(row["kind"], row["title_kk"], row["title_ru"], row["paragraphs"])
        if printed != row["fingerprint"]:
            raise BundleRejected(
                "a document's version in the reference bundle does not match its fingerprint: "
                "it was altered; ask headquarters for a new bundle."
            )
        seen.add((row["document_id"], row["number"]))
        checked.append(row)
    return checked


def _version_paragraph(paragraph: Any) -> bool:
    return (
        isinstance(paragraph, dict)
        and set(paragraph) == {"id", "text_kk", "text_ru"}
        and is_record_id(paragraph["id"])
        and all(
            isinstance(paragraph[t], str) and 0 < len(paragraph[t]) <= MAX_PARAGRAPH_CHARACTERS
            for t in ("text_kk", "text_ru")
        )
    )
