"""The persons of the database a file may name, found in a few queries (rosters and Zoom)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from khdesk.io.codes import lookup_key
from khdesk.storage.models import Attendance, Person

#: How many values go into one ``IN (...)`` when looking up known persons (SQLite allows 32,766).
_CHUNK = 500


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def organisation_key(text: str | None) -> str:
    # «Мейірім», "Мейірім" and Мейірім are one organisation
    return lookup_key(text or "")


class KnownPersons:
    """The persons of the database with one of the names, phones or e-mails a file gives, and
    who of them is already on the meeting's list."""

    def __init__(
        self,
        session: Session,
        meeting_id: str,
        *,
        names: Iterable[str] = (),
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
    ) -> None:
        self.by_name: dict[str, list[Person]] = {}
        self.by_phone: dict[str, list[Person]] = {}
        self.by_email: dict[str, list[Person]] = {}
        found: dict[str, Person] = {}
        live = Person.deleted == False  # noqa: E712
        for column, values in (
            (Person.name_key, names),
            (Person.phone, phones),
            (Person.email, emails),
        ):
            unique = sorted(set(values))
            for chunk in _chunks(unique):
                for person in session.exec(select(Person).where(live, col(column).in_(chunk))):
                    found[person.id] = person
        self.found = found
        # UUIDv7 ids are time-ordered: among equals, the person known longest comes first
        for person in sorted(found.values(), key=lambda p: p.id):
            self.by_name.setdefault(person.name_key, []).append(person)
            if person.phone:
                self.by_phone.setdefault(person.phone, []).append(person)
            if person.email:
                self.by_email.setdefault(person.email, []).append(person)
        self.attending: dict[str, Attendance] = {}
        if found:
            ids = sorted(found)
            for chunk in _chunks(ids):
                query = select(Attendance).where(
                    Attendance.meeting_id == meeting_id,
                    Attendance.deleted == False,  # noqa: E712
                    col(Attendance.person_id).in_(chunk),
                )
                for attendance in session.exec(query):
                    self.attending[attendance.person_id] = attendance

    def best(self, candidates: list[Person]) -> Person | None:
        """Among persons who all fit, the one already on the list, else the one known longest."""
        for person in candidates:
            if person.id in self.attending:
                return person
        return candidates[0] if candidates else None
