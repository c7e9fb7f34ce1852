"""The one shape of every import: read a file into a preview, review it, apply it, report.

An ``Importer`` is one kind of file a meeting takes (a roster, Zoom's report, proposals). The
steps are the same for all of them and live here, once:

1. ``Importer.preview`` reads the file and decides every row (writes nothing);
2. ``Importer.review`` decides every row again, after the user corrected a row, mapped a value
   or decided a row, or against a database that changed meanwhile (writes nothing);
3. ``Importer.apply`` reviews once more and writes every importable row in the caller's
   transaction, reporting progress (raising from it cancels, and the transaction rolls back),
   and returns one ``ImportReport``.

What differs between kinds is what a subclass says: how its file is read (``read``), how a row
is decided (``check``), how an accepted row is written (``writer``), and what the window shows
and offers (``title``, ``fields``, ``options``, ``describe`` …). The window asks the importer
for these and never for its kind. How to add one: see docs/imports.md.

Nothing is left out without a word: every row not imported comes back in the report with its
reason, and ``Importer.left_out`` gives those rows with the file's own cells (as the user
corrected them), so that they can be saved as a file to fix and import again
(``khdesk.services.imports.left_out``).
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlmodel import Session

from khdesk.domain.errors import KhdeskError, Label, Message
from khdesk.domain.validation import FoldedName
from khdesk.io.tables import Table
from khdesk.services.common import meeting_for_write
from khdesk.services.recorder import Actor
from khdesk.storage.models import Meeting
from khdesk.storage.numbers import meeting_number

#: Called with (rows done, rows in all) while an import is applied; raising from it cancels the
#: import, and the caller's transaction then rolls everything back.
Progress = Callable[[int, int], None]


class Action(StrEnum):
    """What an import does with one row."""

    CREATE = "create"  # a person (or proposal) new to khdesk
    MATCH = "match"  # a known person, registered for the meeting by this import
    ATTENDING = "attending"  # a person already on the meeting's list: no second attendance
    REJECT = "reject"  # not imported; ``reason`` says why
    #: Shares a phone or e-mail with someone of another name: not imported until the user says
    #: whether it is the same person (``RosterPreview.decide``).
    DECIDE = "decide"


#: The actions of rows that an import leaves out.
NOT_IMPORTED = frozenset({Action.REJECT, Action.DECIDE})
_NOT_IMPORTED = Message("not imported")


def folded_note(what: Label, folded: FoldedName | None) -> Message | None:
    """What the window says of a name whose look-alike letters the import replaced (a Latin
    «i» among Cyrillic letters), naming the name as it will be stored; None when none was."""
    if folded is None or not folded.replaced:
        return None
    return Message(
        "{field} is imported as «{name}»: the look-alike letters {letters} were replaced.",
        field=what,
        name=folded.text,
        letters=", ".join(f"{r.typed} → {r.kept}" for r in folded.replaced),
    )


@dataclass(frozen=True)
class Rejection:
    """A row that was not imported: its line in the file and why."""

    line: int
    reason: Message

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": str(self.reason)}


@dataclass
class ImportReport:
    """What an applied import did, in the figures a user checks."""

    what: str
    meeting_id: str
    meeting_number: str
    file_name: str
    created: int = 0
    matched: int = 0
    already_attending: int = 0
    #: Every row not imported, with its reason, the undecided ones (``Action.DECIDE``) included.
    rejected: list[Rejection] = field(default_factory=list)
    #: How many of ``rejected`` were not imported only because nobody said who they are.
    undecided: int = 0

    def count(self, action: Action) -> None:
        """Count one written row under what the import did with it."""
        if action is Action.CREATE:
            self.created += 1
        elif action is Action.MATCH:
            self.matched += 1
        elif action is Action.ATTENDING:
            self.already_attending += 1

    def as_json(self) -> dict[str, Any]:
        return {
            "import": self.what,
            "meeting_id": self.meeting_id,
            "meeting": self.meeting_number,
            "file": self.file_name,
            "created": self.created,
            "matched": self.matched,
            "already_attending": self.already_attending,
            "rejected": len(self.rejected),
            "undecided": self.undecided,
            "rejections": [r.as_json() for r in self.rejected],
        }


class ImportCancelled(KhdeskError):
    """The user stopped an import while it was written; the transaction rolls back.

    Not a fault but a known outcome, so that whatever runs the import (the window's operations)
    treats it as one sentence to show rather than as a bug.
    """


class ProgressTracker:
    """How far an import that runs on another thread has got, and whether to stop it.

    Hand it to ``Importer.apply`` as ``progress``; another thread (the window's) reads
    ``percent`` and calls ``cancel``, after which the next row raises ``ImportCancelled``.
    It holds nothing but numbers and an event, so it may live on any thread.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._cancelled.is_set():
            raise ImportCancelled("the import was cancelled: nothing of the file was written.")
        # hand Python's lock to the window's thread between two rows, so that it keeps answering
        time.sleep(0)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def percent(self) -> int:
        return int(100 * self.done / max(self.total, 1))


@dataclass(frozen=True)
class Source:
    """The file's header and the cells of its rows as read, to write rows back out in the
    file's own columns (``Importer.left_out``)."""

    headers: tuple[str, ...]
    #: Which column (by the importer's key, "full_name") is at which index of ``headers``.
    columns: Mapping[str, int]
    cells: Mapping[int, tuple[str, ...]]

    @classmethod
    def of(cls, table: Table) -> Source:
        return cls(
            headers=table.headers,
            columns=dict(table.columns),
            cells={row.line: row.cells for row in table.rows},
        )


@dataclass(frozen=True)
class LeftOut:
    """A row of the file that an import leaves out: its line, its cells in the file's columns
    (with the user's corrections), and its entry (for its reason)."""

    line: int
    cells: tuple[str, ...]
    entry: ImportEntry


@dataclass(frozen=True)
class SectorWord:
    """A sector as a file writes it that no sector's name or synonym is: how many rows write it,
    and which sector they will be counted under."""

    text: str
    rows: int
    #: The sector the user chose for it, in this preview or in an earlier import (``remembered``).
    mapped: str | None
    remembered: bool
    #: The sector suggested for every row that writes it, when it is one sector for all.
    suggested: str | None
    #: How many of its rows have a suggestion (the others are not imported unless it is mapped).
    suggested_rows: int


@dataclass(kw_only=True)
class ImportEntry:
    """One row of a file (or one person of it) and what the import will do with it."""

    action: Action = Action.CREATE
    #: Why the row is rejected or waits (``REJECT``, ``DECIDE``), or a note on a match.
    reason: Message | None = None
    #: The fields the user corrected (``Importer.correct``), kept across reviews.
    corrected: set[str] = field(default_factory=set)

    @property
    def line(self) -> int:
        """The row's line in the file, as the user sees it in an editor or in Excel."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget the last decision, before the row is decided again."""
        self.action, self.reason = Action.CREATE, None

    def reject(self, reason: Message) -> None:
        self.action, self.reason = Action.REJECT, reason

    def rejection(self) -> Rejection:
        return Rejection(self.line, self.reason or _NOT_IMPORTED)

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "reason": str(self.reason) if self.reason is not None else None,
        }


E = TypeVar("E", bound=ImportEntry)


@dataclass
class ImportPreview(Generic[E]):
    """A file read and decided row by row, before anything is written.

    Subclasses add the import's options as fields (``Importer.options`` names them).
    """

    meeting_id: str
    meeting_number: str
    file_name: str
    entries: list[E] = field(default_factory=list)
    #: The file's header and cells as read, when the importer keeps them (``Source``).
    source: Source | None = None

    def entry(self, line: int) -> E:
        for entry in self.entries:
            if entry.line == line:
                return entry
        raise KeyError(line)

    def count(self, action: Action) -> int:
        return sum(1 for entry in self.entries if entry.action is action)

    def importable(self) -> bool:
        """Whether applying it now would write anything."""
        return any(entry.action not in NOT_IMPORTED for entry in self.entries)

    def imported(self) -> int:
        """How many entries applying it now would import (create, match or find on the list)."""
        return sum(1 for entry in self.entries if entry.action not in NOT_IMPORTED)

    def left_out(self) -> int:
        """How many entries applying it now would leave out (rejected or still to decide)."""
        return len(self.entries) - self.imported()

    def rejections(self) -> list[Rejection]:
        """The rows rejected, in the file's order."""
        return sorted(
            (e.rejection() for e in self.entries if e.action is Action.REJECT),
            key=lambda r: r.line,
        )

    def undecided(self) -> list[Rejection]:
        """The rows not imported until the user says who they are (``Action.DECIDE``)."""
        return sorted(
            (e.rejection() for e in self.entries if e.action is Action.DECIDE),
            key=lambda r: r.line,
        )


P = TypeVar("P", bound=ImportPreview[Any])


class OptionKind(StrEnum):
    """What kind of value an option takes, and so how the window asks for it."""

    CHECK = "check"  # yes or no
    SECTOR = "sector"  # a sector's code
    VALUE = "value"  # anything else, given by code (a time zone); never offered in the window


@dataclass(frozen=True)
class Option:
    """A choice an import takes before it is applied: a field of its preview.

    With a ``label`` the window offers it (a check box, a list of sectors); without one it is
    for the command line and for code only.
    """

    name: str
    kind: OptionKind
    label: Message | None = None


@dataclass(frozen=True)
class Field:
    """A field of a row the user may correct in the preview; ``check`` for a yes/no field,
    ``sector`` for one the window offers the sectors' names for."""

    name: str
    label: Message
    check: bool = False
    sector: bool = False


#: Writes one accepted row; made by ``Importer.writer`` for one apply.
RowWriter = Callable[[E], None]


class Importer(ABC, Generic[E, P]):
    """One kind of file a meeting imports: the steps shared by all, and the hooks that differ.

    An instance holds no state (each import's state is its preview), so one instance serves
    every window and thread.
    """

    #: The name windows and scripts pick the import by ("roster").
    name: ClassVar[str]
    #: What the report says was imported ("participants"), as the command line's JSON shows it.
    report_name: ClassVar[str]
    #: The preview this importer makes.
    preview_type: ClassVar[type[ImportPreview[Any]]]
    #: The window's title, and the file types its file chooser lists.
    title: ClassVar[Message]
    file_types: ClassVar[Message]
    #: The fields of a row the user may correct (none: rows are shown, not corrected).
    fields: ClassVar[tuple[Field, ...]] = ()
    options: ClassVar[tuple[Option, ...]] = ()
    #: Whether rows may wait for the user to say whom they are (``decidable``, ``decide``).
    decides_rows: ClassVar[bool] = False
    #: Whether words the file uses for a sector may be mapped to one (``unknown_sectors``).
    maps_sectors: ClassVar[bool] = False
    #: Whether rows are persons, matched to known ones (the report's "matched" and "already on
    #: the list" mean something), rather than records that are only ever created.
    counts_people: ClassVar[bool] = True
    #: Options the window sets when it reads the file: what a user who sees every row before
    #: anything is written may be offered (the roster's sectors suggested from organisations),
    #: and a script that imports without looking is not.
    window_options: ClassVar[Mapping[str, Any]] = {}

    # --- the steps ----------------------------------------------------------------------------
    def preview(self, session: Session, meeting_id: str, path: Path, **options: Any) -> P:
        """Read the file in ``path`` and decide every row for the meeting; writes nothing."""
        meeting = meeting_for_write(session, meeting_id, None)
        number = meeting_number(session, meeting)
        preview = cast(
            P,
            self.preview_type(meeting_id=meeting.id, meeting_number=number, file_name=path.name),
        )
        self.choose(preview, **options)
        preview.entries = self.read(session, meeting, path, preview)
        return self.review(session, preview)

    def review(self, session: Session, preview: P) -> P:
        """Decide every row again (after corrections, or against a changed database)."""
        meeting_for_write(session, preview.meeting_id, None)
        self.check(session, preview)
        return preview

    def apply(
        self,
        session: Session,
        actor: Actor,
        preview: P,
        *,
        progress: Progress | None = None,
        **options: Any,
    ) -> ImportReport:
        """Decide once more, then write every importable row in the caller's transaction.

        ``options`` are set on the preview first (the window's choices). A row rejected or
        still to decide is not written: it is reported with its reason.
        """
        self.choose(preview, **options)
        self.review(session, preview)
        write = self.writer(session, actor, preview)
        undecided = preview.undecided()
        report = ImportReport(
            what=self.report_name,
            meeting_id=preview.meeting_id,
            meeting_number=preview.meeting_number,
            file_name=preview.file_name,
            rejected=sorted(preview.rejections() + undecided, key=lambda r: r.line),
            undecided=len(undecided),
        )
        total = len(preview.entries)
        for done, entry in enumerate(preview.entries):
            if progress is not None:
                progress(done, total)
            if entry.action in NOT_IMPORTED:
                continue
            write(entry)
            report.count(entry.action)
        if progress is not None:
            progress(total, total)
        self.remember(session, preview)
        return report

    def choose(self, preview: P, **options: Any) -> None:
        """Set options on the preview, by the names in ``options``."""
        known = {option.name for option in self.options}
        for name, value in options.items():
            if name not in known:
                raise TypeError(f"the {self.name} import has no option {name!r}")
            setattr(preview, name, value)

    # --- what each kind says ------------------------------------------------------------------
    @abstractmethod
    def read(self, session: Session, meeting: Meeting, path: Path, preview: P) -> list[E]:
        """The entries of the file, not yet decided (the preview's options are set)."""

    @abstractmethod
    def check(self, session: Session, preview: P) -> None:
        """Decide every entry of the preview; writes nothing."""

    @abstractmethod
    def writer(self, session: Session, actor: Actor, preview: P) -> RowWriter[E]:
        """What writes one accepted entry, for one apply (it may keep state between rows)."""

    @abstractmethod
    def describe(self, entry: E) -> str:
        """The row as the preview lists it: the few cells that say who or what it is."""

    def shown_reason(self, entry: E) -> Message | None:
        """The reason the window shows for a row. Stored reasons name nobody, since reports
        get copied; the window may say more (whom a row shares a phone with)."""
        return entry.reason

    def value(self, entry: E, name: str) -> str | bool:
        """The value of a correctable field (``fields``) of the row."""
        raise KeyError(name)

    def correct(self, entry: E, name: str, value: str | bool) -> None:
        """Correct a field of the row; ``review`` then decides it again."""
        raise KeyError(name)

    def decidable(self, entry: E) -> bool:
        """Whether the user can say whom this row is (``decide``)."""
        return False

    def decide(self, preview: P, line: int, *, same: bool) -> None:
        """Say whether the row on ``line`` is the person it is compared with."""
        raise ValueError(f"the {self.name} import has no rows to decide")

    def unknown_sectors(self, preview: P) -> list[str]:
        """The sector words of the file khdesk does not recognise, each once."""
        return [word.text for word in self.sector_words(preview)]

    def sector_words(self, preview: P) -> list[SectorWord]:
        """The sector words of the file no sector's name or synonym is, with what they map to."""
        return []

    def map_sector(self, preview: P, text: str, code: str | None) -> None:
        """Count every row whose sector reads ``text`` under the sector ``code`` (None: no
        longer under the one chosen, nor the one remembered)."""
        raise ValueError(f"the {self.name} import maps no sectors")

    def counted_sector(self, entry: E) -> tuple[str, str] | None:
        """The sector a row will be counted under, and how it was found ("file", "mapped",
        "remembered", "suggested", "default", "fallback"); None for imports without sectors
        and for rows without one."""
        return None

    def remember(self, session: Session, preview: P) -> None:
        """Keep what the user chose in this preview for the next import (in the apply's
        transaction); by default nothing."""

    # --- the rows left out --------------------------------------------------------------------
    def lines_of(self, entry: E) -> Sequence[int]:
        """The lines of the file an entry stands for (a Zoom attendee's every join)."""
        return (entry.line,)

    def left_out(self, preview: P) -> list[LeftOut]:
        """Every row the import leaves out (rejected or still to decide), in the file's order,
        with its cells in the file's columns: the file's own, but for the fields the user
        corrected. Without a ``Source`` the cells are empty."""
        source = preview.source
        width = len(source.headers) if source is not None else 0
        rows: list[LeftOut] = []
        for entry in preview.entries:
            if entry.action not in NOT_IMPORTED:
                continue
            for line in self.lines_of(entry):
                cells = list(source.cells.get(line, ())) if source is not None else []
                cells += [""] * (width - len(cells))
                if source is not None:
                    for fixed in self.fields:
                        index = source.columns.get(fixed.name)
                        if index is None or fixed.name not in entry.corrected:
                            continue
                        value = self.value(entry, fixed.name)
                        cells[index] = ("✓" if value else "") if fixed.check else str(value)
                rows.append(LeftOut(line=line, cells=tuple(cells), entry=entry))
        return sorted(rows, key=lambda row: row.line)
