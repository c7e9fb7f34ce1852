"""A closed meeting's amendments as its protocol lists them: when, by whom, why, what changed.

The recorder keeps an ``Amendment`` beside every change made with a reason, that is to a closed
meeting: the record's table and id, and the change as ``{field: [old, new]}``. They travel with
the meeting, so headquarters prints the same section. Here they become words a reader of the
protocol understands: what was changed is named as the protocol shows it ("Decision 2 of item
1"), each field by its label in the document's language, each value as the protocol prints it.

The changes one person made for one reason in one sitting are one entry, and each record they
touched is one line with the net change of each field: the minutes' autosave writes a corrected
text several times while it is typed, and the reader needs where it started and where it ended.
A record added and removed within one sitting leaves no line. Contacts are never printed (the
recorder keeps no value of them anyway), nor ids and other fields no reader knows.

How to add a field or a table: name the field's term in ``FIELDS`` (the term itself goes into
``resources/reference/protocol-terms.csv`` in kk, ru and en), say in ``_value`` how its value
reads if it is a code, and in ``_subject`` how a record of a new table is named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from sqlmodel import Session, col, select

from khdesk.documents.labels import label
from khdesk.storage.models import (
    AgendaItem,
    Amendment,
    Attachment,
    Attendance,
    Decision,
    Person,
    Proposal,
    Question,
    Speech,
    SyncRecord,
)

if TYPE_CHECKING:
    from khdesk.documents.data import ProtocolData

#: Amendments further apart than this are separate sittings, even for the same reason.
SITTING = dt.timedelta(hours=1)

#: The fields a reader is shown, per table, and the protocol term that names each; any other
#: field (ids, positions of records in lists, hashes, contacts) is not printed.
FIELDS: dict[str, dict[str, str]] = {
    "meeting": {
        "title": "field_title", "kind": "field_kind", "format": "field_format", "date": "date",
        "starts_at": "field_starts_at", "ends_at": "field_ends_at", "place": "place",
        "link": "field_link", "chair": "chair", "secretary": "secretary", "notes": "field_notes",
        "status": "field_status", "closed_at": "field_closed_at",
    },
    "agendaitem": {
        "title": "field_title", "rapporteur": "rapporteur", "heard": "heard",
        "position": "field_position", "rapporteur_person_id": "field_person",
    },
    "speech": {"speaker": "field_speaker", "text": "field_speech", "person_id": "field_person"},
    "decision": {
        "text": "field_decision", "votes_for": "field_votes_for",
        "votes_against": "field_votes_against", "votes_abstained": "field_votes_abstained",
        "document_title": "adopted",
    },
    "proposal": {
        "kind": "field_kind", "text": "field_text", "author_name": "author",
        "organisation": "field_organisation", "direction_code": "field_direction",
        "section_code": "section", "author_person_id": "field_person",
    },
    "question": {
        "text": "question", "answer": "answer", "asker_name": "asked_by", "addressee": "to",
        "status": "field_status", "asker_person_id": "field_person",
    },
    "attendance": {
        "present": "field_present", "mode": "field_mode", "arrived_at": "field_arrived_at",
        "left_at": "field_left_at", "sector_code": "field_sector", "person_id": "field_person",
    },
    "attachment": {"file_name": "field_file_name", "description": "field_description"},
}  # fmt: skip

#: Fields that only a new record has all at once: a change of none but new values with one of
#: them is the record being added.
_PARENTS = frozenset({"meeting_id", "agenda_item_id", "proposal_id", "person_id"})
#: Fields that hold a person's id (a merge of two persons moves them): shown by the name.
_PERSONS = frozenset({"person_id", "author_person_id", "asker_person_id", "rapporteur_person_id"})
#: Counts the protocol prints as 0 when they are empty (beside a vote for): empty and 0 are
#: the same to its reader.
_ZERO_WHEN_EMPTY = frozenset({"votes_against", "votes_abstained"})
_MODELS: dict[str, type[SyncRecord]] = {
    model.__tablename__: model  # type: ignore[misc]
    for model in (AgendaItem, Speech, Decision, Proposal, Question, Attendance, Attachment)
}


@dataclass(frozen=True)
class FieldChange:
    """One field of a record: its value before and after (as the recorder kept them)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Subject:
    """How the protocol names a record: a term with its numbers ("amend_decision", {number: 2,
    item: 1}), and the words people typed that name it, which stay as they were typed in every
    language (a removed decision's text, a speaker's name)."""

    term: str
    numbers: dict[str, Any] = field(default_factory=dict)
    quote: str | None = None
    name: str | None = None

    def words(self, language: str) -> str:
        named = label(self.term, language).format(**self.numbers)
        if self.quote:
            named += f" «{self.quote}»"
        if self.name:
            named += f" ({self.name})"
        return named


@dataclass(frozen=True)
class RecordChange:
    """What one sitting did to one record."""

    table: str
    subject: Subject
    #: "changed", "added", "removed" or "restored"
    action: str
    fields: list[FieldChange]


@dataclass(frozen=True)
class AmendmentEntry:
    """One sitting of amendments: one person, one reason, the records changed."""

    at: dt.datetime  # in UTC
    author: str | None
    reason: str
    records: list[RecordChange] = field(default_factory=list)

    def local_time(self) -> str:
        """When, in this computer's time zone, as papers in Kazakhstan write it."""
        return self.at.astimezone().strftime("%d.%m.%Y %H:%M")


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite gives back the UTC times it was given without their zone
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _sittings(rows: list[Amendment]) -> list[list[Amendment]]:
    sittings: list[list[Amendment]] = []
    for row in rows:
        last = sittings[-1][-1] if sittings else None
        if (
            last is not None
            and (last.reason, last.author) == (row.reason, row.author)
            and _utc(row.amended_at) - _utc(last.amended_at) <= SITTING
        ):
            sittings[-1].append(row)
        else:
            sittings.append([row])
    return sittings


class _Net:
    """The net change of one record over a sitting."""

    def __init__(self) -> None:
        self.added = False
        self.fields: dict[str, list[Any]] = {}

    def absorb(self, changes: dict[str, list[Any]]) -> None:
        if not self.fields and all(old is None for old, _new in changes.values()):
            self.added = self.added or bool(_PARENTS & changes.keys())
        for name, (before, after) in changes.items():
            old, new = (before or 0, after or 0) if name in _ZERO_WHEN_EMPTY else (before, after)
            if name in self.fields:
                self.fields[name][1] = new
            else:
                self.fields[name] = [old, new]

    def outcome(self, table: str) -> tuple[str, list[FieldChange]] | None:
        """The action and the fields a reader is shown; None when nothing is left to show."""
        shown = FIELDS.get(table, {})
        deleted = self.fields.get("deleted")
        if self.added:
            if deleted is not None and deleted[1]:
                return None  # added and removed again
            values = [
                FieldChange(name, None, new)
                for name, (_old, new) in self.fields.items()
                # a new record's person is named by its own fields (the speaker, the author)
                if name in shown and name not in _PERSONS and new not in (None, "", False)
            ]
            return "added", values
        changed = [
            FieldChange(name, old, new)
            for name, (old, new) in self.fields.items()
            if name in shown and old != new
        ]
        if deleted is not None and deleted[0] != deleted[1]:
            return ("removed", []) if deleted[1] else ("restored", changed)
        return ("changed", changed) if changed else None


class _Numbers:
    """How the protocol numbers the records it prints."""

    def __init__(self, data: ProtocolData) -> None:
        self.items = {item.id: item.position for item in data.items}
        self.decisions = {
            decision.id: (number, item.position)
            for item in data.items
            for number, decision in enumerate(item.decisions, start=1)
        }
        running = [p.id for _direction, group in data.proposals for p in group]
        self.proposals = {proposal_id: n for n, proposal_id in enumerate(running, start=1)}
        self.questions = {q.id: n for n, q in enumerate(data.questions, start=1)}


def _short(value: str | None, limit: int = 60) -> str:
    """A record's text, shortened to name it (a removed record is no longer printed above)."""
    line = " ".join((value or "").split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return f"{cut}…"


def _item_ref(session: Session, numbers: _Numbers, item_id: str) -> str:
    if item_id in numbers.items:
        return str(numbers.items[item_id])
    item = session.get(AgendaItem, item_id)
    return f"«{_short(item.title if item else '')}»"


def _subject(session: Session, numbers: _Numbers, table: str, record_id: str) -> Subject:
    """The record as the protocol's reader finds it: by its number where the protocol numbers
    it, otherwise (it was removed) by a few words of its text."""
    if table == "meeting":
        return Subject("amend_meeting")
    model = _MODELS.get(table)
    record: Any = session.get(model, record_id) if model is not None else None
    if isinstance(record, AgendaItem):
        if record_id in numbers.items:
            return Subject("amend_item", {"item": numbers.items[record_id]})
        return Subject("amend_item_removed", quote=_short(record.title))
    if isinstance(record, Speech):
        item = _item_ref(session, numbers, record.agenda_item_id)
        return Subject("amend_speech", {"item": item}, name=record.speaker)
    if isinstance(record, Decision):
        if record_id in numbers.decisions:
            number, item_number = numbers.decisions[record_id]
            return Subject("amend_decision", {"number": number, "item": item_number})
        item = _item_ref(session, numbers, record.agenda_item_id)
        return Subject("amend_decision_removed", {"item": item}, quote=_short(record.text))
    if isinstance(record, Proposal):
        kind = "comment" if record.kind == "comment" else "proposal"
        if record_id in numbers.proposals:
            return Subject(f"amend_{kind}", {"number": numbers.proposals[record_id]})
        return Subject(f"amend_{kind}_removed", quote=_short(record.text))
    if isinstance(record, Question):
        if record_id in numbers.questions:
            return Subject("amend_question", {"number": numbers.questions[record_id]})
        return Subject("amend_question_removed", quote=_short(record.text))
    if isinstance(record, Attendance):
        person = session.get(Person, record.person_id)
        return Subject("amend_attendance", name=person.full_name if person else None)
    if isinstance(record, Attachment):
        return Subject("amend_attachment", quote=record.file_name)
    return Subject("amend_record", name=table)


def _named(session: Session, change: FieldChange) -> FieldChange:
    """A person's id as their name (the record stays even once merged into another)."""
    if change.field not in _PERSONS:
        return change

    def name(person_id: Any) -> str | None:
        person = session.get(Person, person_id) if person_id else None
        return person.full_name if person is not None else None

    return FieldChange(change.field, name(change.old), name(change.new))


def load_amendments(session: Session, data: ProtocolData) -> list[AmendmentEntry]:
    """The meeting's amendments, oldest first, one entry per sitting (see the module)."""
    rows = list(
        session.exec(
            select(Amendment)
            .where(Amendment.meeting_id == data.meeting.id, Amendment.deleted == False)  # noqa: E712
            # ids grow with time: amendments of the same moment keep the order they were made
            .order_by(col(Amendment.amended_at), col(Amendment.id))
        )
    )
    numbers = _Numbers(data)
    entries = []
    for sitting in _sittings(rows):
        nets: dict[tuple[str, str], _Net] = {}
        for row in sitting:
            changes = orjson.loads(row.changes)
            if isinstance(changes, dict):
                nets.setdefault((row.table_name, row.record_id), _Net()).absorb(changes)
        records = []
        for (table, record_id), net in nets.items():
            outcome = net.outcome(table)
            if outcome is None:
                continue
            subject = _subject(session, numbers, table, record_id)
            fields = [_named(session, change) for change in outcome[1]]
            records.append(RecordChange(table, subject, outcome[0], fields))
        if records:
            first = sitting[0]
            entries.append(
                AmendmentEntry(_utc(first.amended_at), first.author, first.reason, records)
            )
    return entries


# --- in words -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentText:
    """One entry as the protocol prints it: a heading, the reason, a line per record."""

    heading: str
    reason: str
    lines: list[str]


def _moment(value: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return _utc(moment).astimezone().strftime("%d.%m.%Y %H:%M")


def _value(name: str, value: Any, language: str, data: ProtocolData) -> str:
    """A value as the protocol prints it, in ``language``: what people typed in quotes, so that
    the reader sees where each begins and ends (a place has commas of its own)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return label("yes" if value else "no", language)
    text = str(value)
    if name == "date":
        try:
            return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
        except ValueError:
            return text
    if name in ("starts_at", "ends_at"):
        return text[:5]
    if name in ("arrived_at", "left_at", "closed_at"):
        return _moment(text)
    if name in ("kind", "format", "status", "mode"):
        vocabulary = "format" if name == "mode" else name
        try:
            return label(f"value_{vocabulary}_{text}", language)
        except KeyError:
            return text
    if name == "sector_code":
        return data.sector_names.get(text, text)
    if name == "direction_code":
        return f"{text}. {data.direction_names.get(text, '')}".rstrip(". ")
    if name == "section_code":
        return f"{text} {data.section_names.get(text, '')}".strip()
    if isinstance(value, int | float):
        return text
    return f"«{text}»"


def amendment_text(
    entry: AmendmentEntry, number: int, language: str, data: ProtocolData
) -> AmendmentText:
    """Entry ``number`` of the amendments section in ``language``."""
    heading = (
        f"{number}. {entry.local_time()}. {label('amend_author', language)}: {entry.author or '—'}"
    )
    was, now = label("amend_was", language), label("amend_now", language)
    lines = []
    for record in entry.records:
        subject = record.subject.words(language)
        fields = [
            (
                label(FIELDS[record.table][change.field], language),
                _value(change.field, change.old, language, data),
                _value(change.field, change.new, language, data),
            )
            for change in record.fields
        ]
        if record.action == "added":
            said = "; ".join(f"{name}: {new}" for name, _old, new in fields)
            added = label("amend_added", language)
            lines.append(f"{subject}: {added}" + (f". {said}" if said else ""))
        elif record.action == "removed":
            lines.append(f"{subject}: {label('amend_removed', language)}")
        else:
            said = "; ".join(f"{name}: {was} {old}, {now} {new}" for name, old, new in fields)
            if record.action == "restored":
                said = label("amend_restored", language) + (f"; {said}" if said else "")
            lines.append(f"{subject}: {said}")
    return AmendmentText(heading, f"{label('amend_reason', language)}: {entry.reason}", lines)
