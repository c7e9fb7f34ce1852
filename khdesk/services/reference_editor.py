"""Headquarters' editor of the reference data: directions, sections and regions' names.

Only headquarters edits; the regions receive what it publishes in the next reference bundle
(``services.sync.export_reference``, whose version only grows) and apply it whole. A section is
never deleted once it may have been filed under: it is *retired* (``Section.active = False``),
so that the proposals filed under it keep it and show it as retired, while the review refuses to
accept anything into it (``services.review``). Codes never change, since proposals and reviews
refer to them; a section that moves to another direction keeps its code.

Every edit returns an ``Edit``: what the row was before and after. ``undo`` puts the row back
as long as that edit has not been published (the reference version it was made under is still
the current one) and nobody changed the row since.

How to add an editable field: check it in ``_names`` (or a checker of its own), put it in
``_FIELDS`` so that an ``Edit`` keeps it, and show it in ``reference_tables``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label, NotFound
from khdesk.domain.validation import clean_line, shown
from khdesk.domain.vocabulary import Role
from khdesk.services import proposals, stats, sync
from khdesk.services.changes import note_record
from khdesk.services.installation import get_meta, local_device, require_actor, set_meta
from khdesk.storage.models import Direction, Proposal, ProposalReview, Region, Section

#: The longest name a direction, a section or a region may have (menus and tables show it).
MAX_NAME = 200
LANGUAGES = ("kk", "ru", "en")
_NAME_FIELDS = {
    "kk": Label("the Kazakh name"),
    "ru": Label("the Russian name"),
    "en": Label("the English name"),
}
#: A direction's code: a Latin letter, then up to seven letters or digits (D7).
_DIRECTION_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")
#: A section's code: groups of letters or digits joined by dots, a letter first (D7.1).
_SECTION_CODE = re.compile(r"^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)+$")
MAX_SECTION_CODE = 16
#: The reference version the last edit followed: edits are unpublished while it is current.
EDITED_UNDER = "reference_edited_under"

_MODELS: dict[str, Any] = {"direction": Direction, "section": Section, "region": Region}
_FIELDS = {
    "direction": ("code", "position", "name_kk", "name_ru", "name_en"),
    "section": ("code", "direction_code", "position", "name_kk", "name_ru", "name_en", "active"),
    "region": ("kato", "name_kk", "name_ru", "name_en"),
}


@dataclass(frozen=True)
class Edit:
    """One edit of the reference data: the row before (None: the edit added it) and after, the
    sections' order before it when it changed, and the reference version it was made under."""

    table: str
    code: str
    before: dict[str, Any] | None
    after: dict[str, Any]
    version: int
    #: The position of every section before the edit, when it changed them.
    positions: dict[str, int] | None = None
    #: What the edit did, for the window's Undo (add, rename, move, retire, reinstate).
    action: str = "rename"


@dataclass(frozen=True)
class DirectionRow:
    code: str
    names: dict[str, str]


@dataclass(frozen=True)
class SectionRow:
    code: str
    direction: str
    names: dict[str, str]
    active: bool
    #: Counted proposals filed under it (``stats.proposals_by_direction_and_section``).
    proposals: int


@dataclass(frozen=True)
class RegionRow:
    kato: str
    names: dict[str, str]


@dataclass(frozen=True)
class ReferenceTables:
    """The reference data as the editor shows it, and where publishing stands."""

    directions: list[DirectionRow] = field(default_factory=list)
    sections: list[SectionRow] = field(default_factory=list)
    regions: list[RegionRow] = field(default_factory=list)
    version: int = 1
    #: True when something was edited since the last reference bundle was written.
    unpublished: bool = False


# --- checks ------------------------------------------------------------------------------------


def require_headquarters(session: Session) -> None:
    """Refuse anywhere but at headquarters."""
    device = local_device(session)
    if device is None or device.role != Role.HQ:
        raise InvalidInput(
            "reference data is edited at headquarters only: this installation receives it in "
            "headquarters' reference bundle (Sync → Import a reference bundle…)."
        )


def _names(names: dict[str, str | None]) -> dict[str, str]:
    """The three names as stored: each required, on one line, at most ``MAX_NAME`` long."""
    clean: dict[str, str] = {}
    for language in LANGUAGES:
        label = _NAME_FIELDS[language]
        text = clean_line(names.get(language), field=label, required=True)
        assert text is not None
        if len(text) > MAX_NAME:
            raise InvalidInput(
                "{field} is {length:,} characters long; shorten it to at most {limit:,}.",
                field=label,
                length=len(text),
                limit=MAX_NAME,
            )
        clean[f"name_{language}"] = text
    return clean


def _code(value: str | None) -> str:
    code = clean_line(value, field=Label("the code"), required=True)
    assert code is not None
    return code.upper()


def direction_code(session: Session, value: str | None) -> str:
    """A new direction's code, checked: its form, and that no direction has it yet."""
    code = _code(value)
    if not _DIRECTION_CODE.match(code):
        raise InvalidInput(
            "'{code}' is not a direction's code: type a Latin letter and up to seven letters "
            "or digits, such as D7.",
            code=shown(code),
        )
    if session.get(Direction, code) is not None:
        raise InvalidInput(
            "direction {code} exists already: choose another code, or rename that direction.",
            code=code,
        )
    return code


def section_code(session: Session, value: str | None) -> str:
    """A new section's code, checked: its form, and that no section (retired ones too) has it."""
    code = _code(value)
    if len(code) > MAX_SECTION_CODE or not _SECTION_CODE.match(code):
        raise InvalidInput(
            "'{code}' is not a section's code: type letters or digits joined by dots, a Latin "
            "letter first and at most {limit} characters, such as D7.1.",
            code=shown(code),
            limit=MAX_SECTION_CODE,
        )
    existing = session.get(Section, code)
    if existing is not None:
        if not existing.active:
            raise InvalidInput(
                "section {code} exists already and is retired: choose another code, or "
                "reinstate that section.",
                code=code,
            )
        raise InvalidInput(
            "section {code} exists already: choose another code, or rename that section.",
            code=code,
        )
    return code


def _direction(session: Session, code: str | None) -> Direction:
    found = session.get(Direction, (code or "").strip().upper())
    if found is None:
        raise NotFound(
            "there is no direction '{code}': pick one of the list.", code=shown(code or "")
        )
    return found


def _section(session: Session, code: str | None) -> Section:
    found = session.get(Section, (code or "").strip().upper())
    if found is None:
        raise NotFound(
            "there is no section '{code}': pick one of the list.", code=shown(code or "")
        )
    return found


def _region(session: Session, kato: str | None) -> Region:
    found = session.get(Region, (kato or "").strip())
    if found is None:
        raise NotFound(
            "there is no region with the KATO code '{code}': pick one of the list.",
            code=shown(kato or ""),
        )
    return found


# --- edits -------------------------------------------------------------------------------------


def _version(session: Session) -> int:
    return int(get_meta(session, "reference_version") or 1)


def _fields(table: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _FIELDS[table]}


def _positions(session: Session) -> dict[str, int]:
    return dict(session.exec(select(Section.code, Section.position)).all())


def _renumber(session: Session, last: str | None = None) -> None:
    """Number the sections 1, 2 … in their directions' order, ``last`` at its direction's end."""
    order = dict(session.exec(select(Direction.code, Direction.position)).all())
    sections = list(session.exec(select(Section)).all())
    sections.sort(key=lambda s: (order.get(s.direction_code, 0), s.code == last, s.position))
    for position, section in enumerate(sections, start=1):
        if section.position != position:
            section.position = position
            session.add(section)


def _edited(session: Session, table: str) -> None:
    note_record(session, table, None)
    set_meta(session, EDITED_UNDER, str(_version(session)))


def add_direction(session: Session, *, code: str, names: dict[str, str | None]) -> Edit:
    """A new direction, after the others."""
    require_headquarters(session)
    clean_code = direction_code(session, code)
    clean = _names(names)
    positions = session.exec(select(Direction.position)).all()
    row = Direction(code=clean_code, position=max(positions, default=0) + 1, **clean)
    session.add(row)
    session.flush()
    _edited(session, "direction")
    return Edit("direction", clean_code, None, _fields("direction", row), _version(session),
                action="add")  # fmt: skip


def add_section(
    session: Session, *, code: str, direction: str, names: dict[str, str | None]
) -> Edit:
    """A new section, at the end of its direction's sections."""
    require_headquarters(session)
    parent = _direction(session, direction)
    clean_code = section_code(session, code)
    clean = _names(names)
    before = _positions(session)
    row = Section(
        code=clean_code,
        direction_code=parent.code,
        position=max(before.values(), default=0) + 1,
        active=True,
        **clean,
    )
    session.add(row)
    session.flush()
    _renumber(session, last=clean_code)
    session.flush()
    _edited(session, "section")
    return Edit("section", clean_code, None, _fields("section", row), _version(session),
                positions=before, action="add")  # fmt: skip


def rename(session: Session, *, table: str, code: str, names: dict[str, str | None]) -> Edit:
    """New names in kk, ru and en for a direction, a section or a region (``table``)."""
    require_headquarters(session)
    finders = {"direction": _direction, "section": _section, "region": _region}
    if table not in finders:
        raise InvalidInput("only directions, sections and regions are renamed here.")
    row = finders[table](session, code)
    clean = _names(names)
    before = _fields(table, row)
    for name, value in clean.items():
        setattr(row, name, value)
    session.add(row)
    session.flush()
    _edited(session, table)
    key = str(before["kato"] if table == "region" else before["code"])
    return Edit(table, key, before, _fields(table, row), _version(session))


def move_section(session: Session, *, code: str, direction: str) -> Edit:
    """File a section under another direction (at its end); its code and proposals stay."""
    require_headquarters(session)
    row = _section(session, code)
    target = _direction(session, direction)
    if row.direction_code == target.code:
        raise InvalidInput(
            "section {code} is under direction {direction} already: pick another direction.",
            code=row.code,
            direction=target.code,
        )
    before, positions = _fields("section", row), _positions(session)
    row.direction_code = target.code
    session.add(row)
    session.flush()
    _renumber(session, last=row.code)
    session.flush()
    proposals.follow_moved_sections(session, require_actor(session))
    _edited(session, "section")
    return Edit("section", row.code, before, _fields("section", row), _version(session),
                positions=positions, action="move")  # fmt: skip


def set_section_active(session: Session, *, code: str, active: bool) -> Edit:
    """Retire a section (``active=False``: it stays, with what was filed under it) or bring a
    retired one back."""
    require_headquarters(session)
    row = _section(session, code)
    if row.active == active:
        if active:
            raise InvalidInput("section {code} is in use already: nothing to reinstate.",
                               code=row.code)  # fmt: skip
        raise InvalidInput("section {code} is retired already.", code=row.code)
    before = _fields("section", row)
    row.active = active
    session.add(row)
    session.flush()
    _edited(session, "section")
    return Edit("section", row.code, before, _fields("section", row), _version(session),
                action="reinstate" if active else "retire")  # fmt: skip


def _referred(session: Session, table: str, code: str) -> bool:
    """True when a proposal, a review or a section refers to the direction or section."""
    if table == "direction":
        checks: list[Any] = [
            select(Section.code).where(Section.direction_code == code),
            select(Proposal.id).where(Proposal.direction_code == code),
        ]
    else:
        checks = [
            select(Proposal.id).where(Proposal.section_code == code),
            select(ProposalReview.id).where(ProposalReview.accepted_section_code == code),
        ]
    return any(session.exec(check.limit(1)).first() is not None for check in checks)


def undo(session: Session, edit: Edit) -> Edit:
    """Put back what ``edit`` changed, unless it was published since or the row changed again."""
    require_headquarters(session)
    if edit.version != _version(session):
        raise InvalidInput(
            "this change went out in reference bundle version {version}: the regions have it, "
            "so change it again instead of undoing it.",
            version=edit.version,
        )
    model = _MODELS[edit.table]
    row = session.get(model, edit.code)
    if row is None or _fields(edit.table, row) != edit.after:
        raise InvalidInput(
            "{code} was changed again since: undo the later change first.", code=edit.code
        )
    if edit.before is None:
        if _referred(session, edit.table, edit.code):
            raise InvalidInput(
                "{code} is in use now (proposals or sections refer to it): retire or rename "
                "it instead of undoing its addition.",
                code=edit.code,
            )
        session.delete(row)
    else:
        for name, value in edit.before.items():
            setattr(row, name, value)
        session.add(row)
    session.flush()
    if edit.positions is not None:
        for section in session.exec(select(Section)):
            position = edit.positions.get(section.code)
            if position is not None and section.position != position:
                section.position = position
                session.add(section)
        session.flush()
    if edit.action == "move":
        proposals.follow_moved_sections(session, require_actor(session))
    _edited(session, edit.table)
    return edit


# --- reading and publishing --------------------------------------------------------------------


def _row_names(row: Any) -> dict[str, str]:
    return {language: getattr(row, f"name_{language}") for language in LANGUAGES}


def reference_tables(session: Session) -> ReferenceTables:
    """Directions, sections (with their proposals) and regions, in the reference order."""
    filed = stats.proposals_by_direction_and_section(session, stats.NO_FILTERS)
    per_section: dict[str, int] = {}
    for sections in filed.values():
        for code, count in sections.items():
            per_section[code] = per_section.get(code, 0) + count
    version = _version(session)
    return ReferenceTables(
        directions=[
            DirectionRow(d.code, _row_names(d))
            for d in session.exec(select(Direction).order_by(col(Direction.position)))
        ],
        sections=[
            SectionRow(
                s.code, s.direction_code, _row_names(s), s.active, per_section.get(s.code, 0)
            )
            for s in session.exec(select(Section).order_by(col(Section.position)))
        ],
        regions=[
            RegionRow(r.kato, _row_names(r))
            for r in session.exec(select(Region).order_by(col(Region.kato)))
        ],
        version=version,
        unpublished=get_meta(session, EDITED_UNDER) == str(version),
    )


def publish(session: Session, keys_dir: Path, path: Path) -> int:
    """Write the next reference bundle to ``path``; returns its version (one more than the
    last). The edits made before it can no longer be undone: the regions will have them."""
    require_headquarters(session)
    return sync.export_reference(session, keys_dir, path)
