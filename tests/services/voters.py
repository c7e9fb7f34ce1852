"""A room of people checked in, for tests of decisions and their votes."""

from __future__ import annotations

from khdesk.services import participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database


def check_in_people(
    database: Database, actor: Actor, meeting_id: str, count: int, *, mode: str = "in-person"
) -> list[str]:
    """Check ``count`` new people in to the meeting; returns their attendances' ids."""
    attendances = []
    with database.transaction() as session:
        for index in range(1, count + 1):
            person = participants.add_person(
                session, actor, full_name=f"Қатысушы {mode} {index:03d}", sector="ngo"
            )
            attendance = participants.check_in(session, actor, meeting_id, person.id, mode=mode)
            attendances.append(attendance.id)
    return attendances
