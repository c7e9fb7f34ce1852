"""Proposals and comments collected on paper or by other channels, imported into a meeting.

Each accepted row becomes a proposal of the meeting, numbered in the file's order after the
meeting's own; its author is linked to the meeting's attendee when exactly one has that name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from khdesk.domain.errors import InvalidInput, Label, Message
from khdesk.domain.names import name_key
from khdesk.domain.validation import FoldedName, clean_line, clean_text, fold_look_alikes
from khdesk.io.codes import CodeLookup, direction_lookup, section_lookup
from khdesk.io.proposals_file import ProposalRow, proposal_kind, read_proposals
from khdesk.services import participants
from khdesk.services import proposals as proposal_records
from khdesk.services.imports.pipeline import (
    Action,
    Field,
    ImportEntry,
    Importer,
    ImportPreview,
    RowWriter,
    Source,
    folded_note,
)
from khdesk.services.recorder import Actor
from khdesk.services.reference import section_directions
from khdesk.storage.models import Meeting, Section

_CLEANED = {
    "text": Label("the text"),
    "author": Label("the author"),
    "organisation": Label("the organisation"),
}


@dataclass
class ProposalEntry(ImportEntry):
    """One row of a proposals file and what the import will do with it."""

    row: ProposalRow
    kind: str | None = None
    direction_code: str | None = None
    section_code: str | None = None
    #: The meeting's attendee who wrote it, when the author's name names exactly one.
    author_person_id: str | None = None
    text: str | None = None
    author: str | None = None
    organisation: str | None = None
    #: The author's name with its look-alike letters replaced, when the file's had any.
    folded: FoldedName | None = None

    @property
    def line(self) -> int:
        return self.row.line

    def reset(self) -> None:
        super().reset()
        self.kind = self.direction_code = self.section_code = self.author_person_id = None
        self.folded = None

    def as_json(self) -> dict[str, Any]:
        return {
            **self.row.as_json(),
            **super().as_json(),
            "kind_code": self.kind,
            "direction_code": self.direction_code,
            "section_code": self.section_code,
            "author_person_id": self.author_person_id,
        }


@dataclass
class ProposalsPreview(ImportPreview[ProposalEntry]):
    """A proposals file read and checked row by row, before anything is written."""


class ProposalsImporter(Importer[ProposalEntry, ProposalsPreview]):
    """Proposals and comments from a file, each checked against the directions and sections."""

    name = "proposals"
    report_name = "proposals"
    preview_type = ProposalsPreview
    title = Message("Import proposals")
    file_types = Message("Proposals (*.csv *.xlsx);;All files (*)")
    counts_people = False
    fields = (
        Field("text", Message("Text")),
        Field("kind", Message("Kind")),
        Field("author", Message("Author")),
        Field("organisation", Message("Organisation")),
        Field("direction", Message("Direction")),
        Field("section", Message("Section")),
    )

    def read(
        self, session: Session, meeting: Meeting, path: Path, preview: ProposalsPreview
    ) -> list[ProposalEntry]:
        table, rows = read_proposals(path)
        preview.source = Source.of(table)
        return [ProposalEntry(row=row) for row in rows]

    def check(self, session: Session, preview: ProposalsPreview) -> None:
        directions = direction_lookup(session)
        sections, direction_of_section = section_lookup(session)
        filing = _Filing(
            find_section=sections.find,
            direction_of_section=direction_of_section,
            # named to say they are retired, instead of "unknown"
            find_retired=CodeLookup(
                (s.code, (s.name_kk, s.name_ru, s.name_en))
                for s in session.exec(select(Section).where(Section.active == False))  # noqa: E712
            ).find,
            published=section_directions(session),
        )
        authors: dict[str, list[str]] = {}
        for _attendance, person in participants.attendances(session, preview.meeting_id):
            authors.setdefault(person.name_key, []).append(person.id)
        for entry in preview.entries:
            entry.reset()
            reason = _check_row(entry, directions.find, filing)
            if reason is not None:
                entry.reject(reason)
                continue
            same_name = authors.get(name_key(entry.author or ""), []) if entry.author else []
            if len(same_name) == 1:
                entry.author_person_id = same_name[0]

    def writer(
        self, session: Session, actor: Actor, preview: ProposalsPreview
    ) -> RowWriter[ProposalEntry]:
        def write(entry: ProposalEntry) -> None:
            proposal_records.add_proposal(
                session,
                actor,
                preview.meeting_id,
                text=entry.text or "",
                kind=entry.kind or "proposal",
                direction=entry.direction_code or "",
                section=entry.section_code,
                author_name=entry.author,
                author_person_id=entry.author_person_id,
                organisation=entry.organisation,
            )

        return write

    def describe(self, entry: ProposalEntry) -> str:
        row = entry.row
        return " · ".join(part for part in (row.text[:120], row.author, row.direction) if part)

    def shown_reason(self, entry: ProposalEntry) -> Message | None:
        """The reason, or for a row whose author's name had look-alike letters, the name as it
        will be stored."""
        if entry.reason is None and entry.action is not Action.REJECT:
            return folded_note(_CLEANED["author"], entry.folded)
        return entry.reason

    def value(self, entry: ProposalEntry, name: str) -> str | bool:
        if name not in {f.name for f in self.fields}:
            raise KeyError(name)
        value: str = getattr(entry.row, name)
        return value

    def correct(self, entry: ProposalEntry, name: str, value: str | bool) -> None:
        entry.row.set(name, str(value))
        entry.corrected.add(name)


PROPOSALS = ProposalsImporter()


@dataclass(frozen=True)
class _Filing:
    """The sections a row may be filed under, and what else a file may name."""

    find_section: Callable[[str], str | None]
    #: section code -> its direction (sections in use)
    direction_of_section: dict[str, str]
    find_retired: Callable[[str], str | None]
    #: section code -> every direction it was published under (``reference.section_directions``)
    published: dict[str, frozenset[str]]


def _check_row(
    entry: ProposalEntry, find_direction: Callable[[str], str | None], filing: _Filing
) -> Message | None:
    """Check and clean one row's values; the reason it is rejected, or None."""
    row = entry.row
    if (problem := row.too_long()) is not None:
        return problem
    try:
        entry.text = clean_text(row.text, field=_CLEANED["text"])
        entry.author = clean_line(row.author, field=_CLEANED["author"])
        if entry.author:
            # a Latin «i» among Cyrillic letters, as the window's name fields replace it
            entry.folded = fold_look_alikes(entry.author)
            entry.author = entry.folded.text
        entry.organisation = clean_line(row.organisation, field=_CLEANED["organisation"])
    except InvalidInput as error:
        return error.message
    if not entry.text:
        return Message("no text: type the proposal or comment, or leave the row out.")
    kind = proposal_kind(row.kind)
    if kind is None:
        return Message(
            "unknown kind '{kind}': write proposal or comment "
            "(предложение / замечание, ұсыныс / ескерту).",
            kind=row.kind,
        )
    entry.kind = kind.value
    section = None
    direction_of_section = filing.direction_of_section
    if row.section.strip():
        section = filing.find_section(row.section)
        if section is None and (retired := filing.find_retired(row.section)) is not None:
            # the sentence (and so its translation) of ``proposals.section_code``
            return Message(
                "section {code} is retired: choose an active section of the prospectus.",
                code=retired,
            )
        if section is None:
            return Message(
                "unknown prospectus section '{section}': write a code such as D2.3.",
                section=row.section,
            )
    direction = find_direction(row.direction) if row.direction.strip() else None
    if row.direction.strip() and direction is None:
        return Message(
            "unknown direction '{direction}': write D1 to D6 or the direction's name.",
            direction=row.direction,
        )
    if section is not None and (
        direction is None or direction in filing.published.get(section, frozenset())
    ):
        # a section names its direction; a file written before the section moved names the
        # direction it had, and the proposal goes where the section is now
        direction = direction_of_section[section]
    if direction is None:
        return Message("no direction: write D1 to D6 or the direction's name.")
    if section is not None and direction_of_section[section] != direction:
        # the sentence (and so its translation) of ``require_section``
        return Message(
            "section {code} belongs to direction {its}, not {direction}: "
            "pick a section of the same direction.",
            code=section,
            its=direction_of_section[section],
            direction=direction,
        )
    entry.direction_code, entry.section_code = direction, section
    return None
