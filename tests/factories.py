"""Small factories for tests: a meeting with what a protocol needs, a person, a roster."""

from __future__ import annotations

from typing import Any

from khdesk.services import meetings, minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting, Person


def make_meeting(database: Database, actor: Actor, **overrides: Any) -> Meeting:
    fields: dict[str, Any] = {
        "kind": "round-table",
        "date": "2026-09-16",
        "title": "Дөңгелек үстел: қордың проспектісі",
        "place": "Астана, әкімдіктің мәжіліс залы",
        "chair": "Нұрлан Әбдірахманов",
        "secretary": "Гүлнар Үсенова",
    }
    fields.update(overrides)
    with database.transaction() as session:
        return meetings.create_meeting(session, actor, **fields)


def make_person(database: Database, actor: Actor, **overrides: Any) -> Person:
    fields: dict[str, Any] = {
        "full_name": "Жұмабекова Іңкәр Серікқызы",
        "organisation": "ОФ «Мейірім»",
        "sector": "ngo",
        "phone": "8 701 234 56 78",
        "email": "Inkar@Example.kz",
        "consent": True,
        "consent_method": "paper",
    }
    fields.update(overrides)
    with database.transaction() as session:
        return participants.add_person(session, actor, **fields)


def make_closable_meeting(database: Database, actor: Actor) -> Meeting:
    """A meeting with chair, secretary, ten present, an agenda item and a decision voted by
    them: ready to close."""
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        for index in range(1, 11):
            voter = participants.add_person(
                session, actor, full_name=f"Дауыс берген қатысушы {index:02d}", sector="ngo"
            )
            participants.check_in(session, actor, meeting.id, voter.id)
        item = minutes.add_agenda_item(
            session, actor, meeting.id, title="Қор проспектісі туралы", rapporteur="Серік Оспанов"
        )
        minutes.add_decision(session, actor, item.id, text="Ұсыныстарды қолдау.", votes_for=10)
    return meeting
