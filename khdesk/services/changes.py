"""What a unit of work changed, noted in its session as the records are written (and, on a
shared PostgreSQL, told to the other analysts' windows: ``khdesk.storage.notices``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from khdesk.storage import notices

_KEY = "khdesk.changes"


@dataclass
class Changes:
    """What one unit of work wrote: the tables, and the meetings whose records it touched."""

    tables: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)
    #: A bulk write (the demo, a bundle import): anything may have changed.
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def touches(self, *tables: str) -> bool:
        return self.everything or bool(self.tables.intersection(tables))

    def touches_meeting(self, meeting_id: str) -> bool:
        return self.everything or meeting_id in self.meetings


def changes_of(session: Session) -> Changes:
    """The changes noted in ``session`` so far."""
    found = session.info.get(_KEY)
    if not isinstance(found, Changes):
        found = Changes()
        session.info[_KEY] = found
    return found


def note_record(session: Session, table: str, meeting_id: str | None) -> None:
    """Note that a record of ``table`` (of the meeting ``meeting_id``) was written."""
    changes = changes_of(session)
    new = table not in changes.tables or bool(meeting_id and meeting_id not in changes.meetings)
    changes.tables.add(table)
    if meeting_id:
        changes.meetings.add(meeting_id)
    if new:
        notices.send(session.connection(), table=table, meeting=meeting_id, everything=False)


def note_everything(session: Session) -> None:
    """Note a bulk write: the window reloads everything it shows."""
    changes = changes_of(session)
    if not changes.everything:
        notices.send(session.connection(), table=None, meeting=None, everything=True)
    changes.everything = True
