"""The retention setting: contacts of persons not seen for its months are erased, the others'
kept; and what the acts refuse."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from khdesk.domain.errors import InvalidInput, NotFound
from khdesk.services import meetings, participants, rights
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import ChangeLog, Person


def _came(database: Database, actor: Actor, day: str, name: str, phone: str) -> str:
    with database.transaction() as session:
        meeting = meetings.create_meeting(
            session, actor, kind="round-table", date=day, title="Дөңгелек үстел"
        )
        person = participants.add_person(
            session, actor, full_name=name, sector="ngo", phone=phone, consent=True,
            consent_method="paper",
        )  # fmt: skip
        participants.check_in(session, actor, meeting.id, person.id)
        return person.id


def test_contacts_of_persons_not_seen_for_the_retention_months_are_erased(
    database: Database, actor: Actor
) -> None:
    old = _came(database, actor, "2025-06-01", "Әлібекова Гүлнар", "8 701 000 00 01")
    recent = _came(database, actor, "2026-11-20", "Нұрланов Ерлан", "8 701 000 00 02")
    today = dt.date(2026, 12, 3)
    with database.transaction() as session:
        # no retention set: everyone's contacts are kept
        assert rights.apply_retention(session, actor, today=today).persons == 0
        rights.set_retention_months(session, 12)
        act = rights.apply_retention(session, actor, today=today)
    assert act.persons == 1
    with database.session() as session:
        gone, kept = session.get(Person, old), session.get(Person, recent)
        assert gone is not None and kept is not None
        assert (gone.phone, gone.full_name, gone.consent) == (None, "Әлібекова Гүлнар", True)
        assert gone.contacts_erased_at is not None
        assert kept.phone == "+77010000002"
        entry = session.exec(
            select(ChangeLog).where(ChangeLog.record_id == old, ChangeLog.op == "expire")
        ).one()
        assert "0000001" not in (entry.changes or "") and entry.reason
    with database.transaction() as session:  # a second pass has nothing left to do
        assert rights.apply_retention(session, actor, today=today).persons == 0


def test_the_retention_setting_is_checked(database: Database, actor: Actor) -> None:
    with database.transaction() as session:
        for wrong in (0, -1, 121):
            with pytest.raises(InvalidInput, match="from 1 to 120 months"):
                rights.set_retention_months(session, wrong or -5)
        rights.set_retention_months(session, 24)
        assert rights.retention_months(session) == 24
        rights.set_retention_months(session, None)
        assert rights.retention_months(session) is None


def test_erasing_twice_or_an_unknown_person_is_one_sentence(
    database: Database, actor: Actor
) -> None:
    person = _came(database, actor, "2026-11-20", "Нұрланов Ерлан", "8 701 000 00 02")
    with database.transaction() as session:
        rights.erase_person(session, actor, person)
    with database.transaction() as session:
        with pytest.raises(InvalidInput, match="erased already"):
            rights.erase_person(session, actor, person)
        with pytest.raises(InvalidInput, match="erased already"):
            rights.withdraw_consent(session, actor, person)
        with pytest.raises(NotFound, match="no person with id"):
            rights.erase_person(session, actor, "01900000-0000-7000-8000-000000000000")
