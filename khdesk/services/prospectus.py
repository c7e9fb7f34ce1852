"""The prospectus draft: headquarters' accepted proposals, grouped and numbered as the
foundation's prospectus is, each line traceable to the proposals and regions it came from.

What makes a line: a live proposal whose review (its newest live review record) is *accepted*.
It goes under the section it was accepted into (``ProposalReview.accepted_section_code``, or its
own section when the review names none), and so under that section's direction as the reference
data files it now; one accepted without any section goes last in its own direction, under «no
section». A proposal *merged* into another is folded under the proposal its chain of merges ends
at (A into B, B into C: A and B under C): it is not a line of its own, and its region counts
with the line. A merged proposal whose chain ends at a proposal that is not accepted (declined,
still in review, deleted by its region) is in no line at all. Proposals of deleted meetings are
left out, as the figures leave them out.

Order and numbers: directions and sections in the order of the reference data
(``Direction.position``, ``Section.position``; retired sections too, when something was accepted
into them before they were retired), the lines of a section by their meeting's date, the meeting
and the proposal's number in it. Numbers are hierarchical and have no gaps: the second direction
that has lines is 2, its third section with lines 2.3, that section's fifth line 2.3.5. (The
section's code, D2.3, is printed beside its name: the number follows the document, the code the
reference data.)

This module reads the review; ``khdesk.documents.prospectus`` and ``prospectus_docx`` lay it out
(``write_prospectus`` writes the file, PDF or Word by its suffix).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from khdesk.documents.prospectus import check_language, prospectus_outline, write_outline_pdf
from khdesk.documents.prospectus_docx import write_outline_docx
from khdesk.domain.errors import InvalidInput, NotInitialised
from khdesk.domain.numbering import format_number
from khdesk.domain.vocabulary import ReviewStatus, Role
from khdesk.services.installation import local_device
from khdesk.services.stats import LATEST_REVIEW_JOIN, NATIONAL_KEY
from khdesk.storage.models import Direction, Region, Section

#: The languages reference names are read in.
NAME_LANGUAGES = ("kk", "ru", "en")

_ROWS = (
    "SELECT p.id, p.deleted, m.deleted, p.meeting_id, p.number, p.kind, p.text, p.organisation, "
    "p.direction_code, p.section_code, m.region_kato, m.date, m.year, m.number, dv.code, "
    "r.status, r.duplicate_of_id, r.accepted_section_code "
    "FROM proposal p JOIN meeting m ON m.id = p.meeting_id "
    "LEFT JOIN device dv ON dv.id = m.device_id "
    + LATEST_REVIEW_JOIN.format(proposal="p")
    + " WHERE r.status IN (:accepted, :merged)"
)


@dataclass(frozen=True)
class Original:
    """One proposal as the annex traces it: where it was made and by whose organisation."""

    proposal_id: str
    meeting_id: str
    #: the meeting's number as people write it (71-7QKM-2026-003)
    meeting: str
    date: dt.date
    #: the meeting's region (KATO code); None for a national meeting
    region: str | None
    #: the proposal's number in its meeting
    number: int
    organisation: str | None
    #: folded into the line by a merge (False: the line's own accepted proposal)
    merged: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "proposal": self.proposal_id,
            "meeting_id": self.meeting_id,
            "meeting": self.meeting,
            "date": self.date.isoformat(),
            "region": self.region,
            "number": self.number,
            "organisation": self.organisation,
            "merged": self.merged,
        }


def _regions(originals: Iterator[Original]) -> dict[str | None, int]:
    """How many proposals each region gave, most first (then by code; national last)."""
    counts = Counter(original.region for original in originals)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0] is None, item[0] or "")))


@dataclass(frozen=True)
class Line:
    """One line of the prospectus: an accepted proposal and every proposal merged into it."""

    number: str
    proposal_id: str
    kind: str
    #: the accepted proposal's text, as it was typed
    text: str
    #: the accepted proposal first, then those merged into it, in the order they were made
    originals: tuple[Original, ...]

    @property
    def merged(self) -> tuple[Original, ...]:
        return tuple(original for original in self.originals if original.merged)

    @property
    def regions(self) -> dict[str | None, int]:
        return _regions(iter(self.originals))

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "proposal": self.proposal_id,
            "kind": self.kind,
            "text": self.text,
            "proposals": len(self.originals),
            "regions": _json_regions(self.regions),
            "originals": [original.as_json() for original in self.originals],
        }


def _json_regions(regions: dict[str | None, int]) -> dict[str, int]:
    return {NATIONAL_KEY if code is None else code: count for code, count in regions.items()}


@dataclass(frozen=True)
class SectionPart:
    """A section of the prospectus with its lines; ``code`` None holds the proposals of its
    direction accepted with no section."""

    number: str
    code: str | None
    #: the section's name in kk, ru and en (empty for «no section»)
    names: dict[str, str]
    active: bool
    lines: tuple[Line, ...]

    @property
    def proposals(self) -> int:
        """The proposals behind the section's lines, those merged into them included."""
        return sum(len(line.originals) for line in self.lines)

    @property
    def regions(self) -> dict[str | None, int]:
        return _regions(original for line in self.lines for original in line.originals)

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "code": self.code,
            "names": self.names,
            "active": self.active,
            "proposals": self.proposals,
            "regions": _json_regions(self.regions),
            "lines": [line.as_json() for line in self.lines],
        }


@dataclass(frozen=True)
class DirectionPart:
    """A direction of the prospectus with its sections."""

    number: str
    code: str
    names: dict[str, str]
    sections: tuple[SectionPart, ...]

    @property
    def lines(self) -> int:
        return sum(len(section.lines) for section in self.sections)

    @property
    def proposals(self) -> int:
        return sum(section.proposals for section in self.sections)

    @property
    def regions(self) -> dict[str | None, int]:
        return _regions(
            original
            for section in self.sections
            for line in section.lines
            for original in line.originals
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "code": self.code,
            "names": self.names,
            "proposals": self.proposals,
            "regions": _json_regions(self.regions),
            "sections": [section.as_json() for section in self.sections],
        }


@dataclass(frozen=True)
class Prospectus:
    """The whole draft: its directions, and the names of the regions it cites."""

    directions: tuple[DirectionPart, ...]
    #: every region's name in kk, ru and en, by KATO code
    region_names: dict[str, dict[str, str]]
    as_of: dt.datetime

    def lines(self) -> Iterator[Line]:
        for direction in self.directions:
            for section in direction.sections:
                yield from section.lines

    @property
    def sections(self) -> tuple[SectionPart, ...]:
        return tuple(section for direction in self.directions for section in direction.sections)

    @property
    def empty(self) -> bool:
        return not self.directions

    @property
    def proposals(self) -> int:
        return sum(direction.proposals for direction in self.directions)

    @property
    def regions(self) -> dict[str | None, int]:
        return _regions(original for line in self.lines() for original in line.originals)

    def as_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "lines": sum(1 for _ in self.lines()),
            "proposals": self.proposals,
            "regions": _json_regions(self.regions),
            "directions": [direction.as_json() for direction in self.directions],
        }


@dataclass(frozen=True)
class _Row:
    proposal_id: str
    live: bool
    kind: str
    text: str
    direction: str
    section: str | None
    status: str
    into: str | None
    original: Original

    @property
    def order(self) -> tuple[dt.date, str, int, str]:
        return (self.original.date, self.original.meeting, self.original.number, self.proposal_id)


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _read_rows(session: Session) -> list[_Row]:
    found = session.connection().execute(
        text(_ROWS),
        {"accepted": ReviewStatus.ACCEPTED.value, "merged": ReviewStatus.MERGED.value},
    )
    rows = []
    for (pid, deleted, meeting_deleted, meeting_id, number, kind, words, organisation,
         direction, section, region, date, year, meeting_number, code,
         status, into, accepted_section) in found:  # fmt: skip
        original = Original(
            proposal_id=pid,
            meeting_id=meeting_id,
            meeting=format_number(region, int(year), int(meeting_number), code),
            date=_day(date),
            region=region,
            number=int(number),
            organisation=organisation,
            merged=status != ReviewStatus.ACCEPTED.value,
        )
        rows.append(
            _Row(
                proposal_id=pid,
                live=not deleted and not meeting_deleted,
                kind=kind,
                text=words or "",
                direction=direction,
                section=accepted_section or section,
                status=status,
                into=into,
                original=original,
            )
        )
    return rows


def _final_targets(rows: list[_Row]) -> dict[str, str]:
    """Each merged proposal's last proposal along its chain of merges (cycles end where they
    close)."""
    into = {
        row.proposal_id: row.into
        for row in rows
        if row.status == ReviewStatus.MERGED.value and row.into
    }
    final = {}
    for start, target in into.items():
        seen = {start}
        current = target
        while current in into and current not in seen:
            seen.add(current)
            current = into[current]
        final[start] = current
    return final


def _names(row: Direction | Section) -> dict[str, str]:
    return {language: getattr(row, f"name_{language}") for language in NAME_LANGUAGES}


def build_prospectus(session: Session, *, as_of: dt.datetime | None = None) -> Prospectus:
    """The prospectus as the review stands now (one read of the database)."""
    rows = _read_rows(session)
    accepted = {
        row.proposal_id: row
        for row in rows
        if row.live and row.status == ReviewStatus.ACCEPTED.value
    }
    folded: dict[str, list[Original]] = {}
    targets = _final_targets(rows)
    live_merged = [row for row in rows if row.live and row.status == ReviewStatus.MERGED.value]
    for row in sorted(live_merged, key=lambda r: r.order):
        target = targets.get(row.proposal_id)
        if target in accepted:
            folded.setdefault(target, []).append(row.original)

    directions = list(session.exec(select(Direction).order_by(col(Direction.position))).all())
    sections = list(
        session.exec(select(Section).order_by(col(Section.position), col(Section.code))).all()
    )
    known_sections = {section.code: section for section in sections}
    # each accepted proposal under (direction, section or None)
    placed: dict[tuple[str, str | None], list[_Row]] = {}
    for row in accepted.values():
        section = known_sections.get(row.section) if row.section else None
        key = (section.direction_code, section.code) if section else (row.direction, None)
        placed.setdefault(key, []).append(row)

    parts: list[DirectionPart] = []
    direction_codes = [direction.code for direction in directions]
    # a direction no longer in the reference data (never the case today) goes last
    for code in sorted({d for d, _s in placed} - set(direction_codes)):
        direction_codes.append(code)
    by_code = {direction.code: direction for direction in directions}
    for direction_code in direction_codes:
        keys: list[str | None] = [s.code for s in sections if (direction_code, s.code) in placed]
        if (direction_code, None) in placed:
            keys.append(None)
        if not keys:
            continue
        direction_number = str(len(parts) + 1)
        section_parts = []
        for index, section_code in enumerate(keys, start=1):
            section_number = f"{direction_number}.{index}"
            ordered = sorted(placed[(direction_code, section_code)], key=lambda r: r.order)
            lines = tuple(
                Line(
                    number=f"{section_number}.{position}",
                    proposal_id=row.proposal_id,
                    kind=row.kind,
                    text=row.text,
                    originals=(row.original, *folded.get(row.proposal_id, ())),
                )
                for position, row in enumerate(ordered, start=1)
            )
            section = known_sections.get(section_code) if section_code else None
            section_parts.append(
                SectionPart(
                    number=section_number,
                    code=section_code,
                    names=_names(section) if section else dict.fromkeys(NAME_LANGUAGES, ""),
                    active=section.active if section else True,
                    lines=lines,
                )
            )
        direction = by_code.get(direction_code)
        parts.append(
            DirectionPart(
                number=direction_number,
                code=direction_code,
                names=(
                    _names(direction)
                    if direction
                    else dict.fromkeys(NAME_LANGUAGES, direction_code)
                ),
                sections=tuple(section_parts),
            )
        )
    regions = {
        region.kato: {language: getattr(region, f"name_{language}") for language in NAME_LANGUAGES}
        for region in session.exec(select(Region)).all()
    }
    return Prospectus(
        directions=tuple(parts),
        region_names=regions,
        as_of=as_of or dt.datetime.now().astimezone(),
    )


def require_headquarters(session: Session) -> None:
    """Refuse on a region's installation, which reviews nothing: the prospectus is made of
    headquarters' review."""
    device = local_device(session)
    if device is None:
        raise NotInitialised("this installation has no identity yet: run 'khdesk init' first.")
    if device.role != Role.HQ:
        raise InvalidInput(
            "the prospectus draft is written at headquarters, from its review of the "
            "proposals: this region's installation reviews none."
        )


@dataclass(frozen=True)
class Written:
    """What a prospectus file holds, for the sentence that says it was written."""

    path: Path
    lines: int
    proposals: int
    sections: int

    @property
    def empty(self) -> bool:
        return self.lines == 0


def written(prospectus: Prospectus, path: Path) -> Written:
    return Written(
        path, sum(1 for _ in prospectus.lines()), prospectus.proposals, len(prospectus.sections)
    )


#: The files the prospectus is written as, by their suffix.
WRITERS = {".pdf": write_outline_pdf, ".docx": write_outline_docx}


def check_target(path: Path) -> None:
    """Refuse a file name whose suffix is neither .pdf nor .docx (in one sentence)."""
    if path.suffix.lower() not in WRITERS:
        raise InvalidInput(
            "cannot write '{name}': give the prospectus a .pdf or .docx file name.",
            name=path.name,
        )


def write_file(prospectus: Prospectus, language: str, path: Path) -> Written:
    """Write ``prospectus`` to ``path``, as PDF or Word by its suffix, whole or not at all."""
    check_target(path)
    outline = prospectus_outline(prospectus, check_language(language))
    WRITERS[path.suffix.lower()](outline, path)
    return written(prospectus, path)


def write_prospectus(
    session: Session, language: str, path: Path, *, as_of: dt.datetime | None = None
) -> Written:
    """Write the prospectus draft as the review stands now to ``path`` (.pdf or .docx)."""
    check_target(path)
    check_language(language)
    return write_file(build_prospectus(session, as_of=as_of), language, path)
