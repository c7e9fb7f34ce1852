"""Correcting persons: editing, merging two records of one person, removing one added by mistake;
read back in a session of their own, and a merge as headquarters receives it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import col, select

from khdesk.domain.errors import InvalidInput, ReadOnly
from khdesk.services import meetings, minutes, participants, persons, proposals
from khdesk.services.installation import require_actor
from khdesk.services.recorder import Actor
from khdesk.services.work import run_read
from khdesk.storage.database import Database
from khdesk.storage.models import (
    AgendaItem,
    Amendment,
    Attendance,
    ChangeLog,
    Person,
    Proposal,
    Question,
    Speech,
)
from tests.factories import make_closable_meeting, make_meeting, make_person
from tests.sync.sites import Site, export, import_into

NINE = dt.datetime(2026, 9, 16, 9, 0, tzinfo=dt.UTC)
TEN = dt.datetime(2026, 9, 16, 10, 0, tzinfo=dt.UTC)


def _two_records(database: Database, actor: Actor) -> tuple[Person, Person]:
    """One woman imported twice: with a phone and consent, and in capitals without them."""
    full = make_person(database, actor)  # Жұмабекова Іңкәр Серікқызы, ОФ «Мейірім», consent
    short = make_person(
        database, actor, full_name="ЖҰМАБЕКОВА Инкар", organisation=None, position="Төраға",
        sector="other", phone=None, email=None, consent=False,
    )  # fmt: skip
    return full, short


def test_a_person_is_corrected_and_contacts_need_consent(database: Database, actor: Actor) -> None:
    person = make_person(database, actor, consent=False, phone=None, email=None)
    with database.transaction() as session:
        persons.edit_person(
            session, actor, person.id, full_name="Жұмабекова Іңкәр", organisation="ҚҚ «Шаңырақ»",
            position="Директор", sector_code="business",
        )  # fmt: skip
    with pytest.raises(InvalidInput, match="only with consent"), database.transaction() as s:
        persons.edit_person(s, actor, person.id, phone="+7 701 000 00 01")
    with database.transaction() as session:
        persons.edit_person(
            session, actor, person.id, consent=True, consent_method="verbal",
            phone="8 701 000 00 01",
        )  # fmt: skip
    with database.session() as session:
        stored = session.get(Person, person.id)
        found = participants.search_persons(session, "шаңырақ")
    assert stored is not None
    assert (stored.full_name, stored.organisation, stored.position, stored.sector_code) == (
        "Жұмабекова Іңкәр", "ҚҚ «Шаңырақ»", "Директор", "business",
    )  # fmt: skip
    assert (stored.consent, stored.consent_method, stored.phone) == (True, "verbal", "+77010000001")
    assert [p.id for p in found] == [person.id]


def test_merging_keeps_every_attendance_and_authorship(database: Database, actor: Actor) -> None:
    full, short = _two_records(database, actor)
    both = make_meeting(database, actor, title="Екеуі де келген")
    only_short = make_meeting(database, actor, title="Тек біреуі")
    with database.transaction() as session:
        participants.register(session, actor, both.id, full.id)  # registered, did not come
        participants.check_in(session, actor, both.id, short.id, at=TEN)
        participants.check_in(session, actor, only_short.id, short.id, at=NINE)
        item = minutes.add_agenda_item(
            session, actor, only_short.id, title="Проспект", rapporteur_person_id=short.id
        )
        minutes.add_speech(session, actor, item.id, speaker="Жұмабекова", person_id=short.id)
        proposals.add_proposal(
            session, actor, only_short.id, text="Ұсыныс", direction="D2",
            author_person_id=short.id,
        )  # fmt: skip
        proposals.add_question(session, actor, only_short.id, text="Сұрақ?",
                               asker_person_id=short.id)  # fmt: skip
    with database.transaction() as session:
        persons.merge_persons(session, actor, full.id, short.id, take={"position"})

    with database.session() as session:
        kept = session.get(Person, full.id)
        gone = session.get(Person, short.id)
        live = session.exec(select(Attendance).where(Attendance.deleted == False)).all()  # noqa: E712
        authors = {
            "proposal": session.exec(select(Proposal.author_person_id)).all(),
            "speech": session.exec(select(Speech.person_id)).all(),
            "question": session.exec(select(Question.asker_person_id)).all(),
            "rapporteur": session.exec(select(AgendaItem.rapporteur_person_id)).all(),
        }
        logged = session.exec(select(ChangeLog.record_id).where(ChangeLog.op == "delete")).all()
    assert kept is not None and gone is not None
    # the kept record keeps its name, contacts and consent, and took the other's position
    assert (kept.full_name, kept.position, kept.phone, kept.consent) == (
        "Жұмабекова Іңкәр Серікқызы", "Төраға", "+77012345678", True,
    )  # fmt: skip
    assert (gone.deleted, gone.merged_into_id) == (True, full.id)
    # one attendance per meeting, both the kept person's, present where either was
    assert sorted((a.meeting_id, a.person_id, a.present, a.arrived_at) for a in live) == sorted(
        [(both.id, full.id, True, TEN), (only_short.id, full.id, True, NINE)]
    )
    assert all(names == [full.id] for names in authors.values()), authors
    assert short.id in logged  # the tombstone is in the change log, so it travels


def test_two_attendances_of_one_meeting_keep_the_earliest_arrival(
    database: Database, actor: Actor
) -> None:
    full, short = _two_records(database, actor)
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, full.id, at=TEN)
        participants.check_in(session, actor, meeting.id, short.id, at=NINE)
    with database.transaction() as session:
        persons.merge_persons(session, actor, short.id, full.id, take={"full_name", "consent"})
    with database.session() as session:
        (attendance,) = session.exec(
            select(Attendance).where(Attendance.deleted == False)  # noqa: E712
        ).all()
        kept = session.get(Person, short.id)
    assert (attendance.person_id, attendance.present, attendance.arrived_at) == (
        short.id, True, NINE,
    )  # fmt: skip
    # the name and the consent (with the contacts it allows) came from the other record
    assert kept is not None
    assert (kept.full_name, kept.consent, kept.phone) == (full.full_name, True, "+77012345678")
    with database.session() as session:
        found = [p.id for p in participants.search_persons(session, "мейірім")]
    assert found == []  # the organisation was not taken: the kept record had none


def test_a_merge_that_touches_a_closed_meeting_needs_a_reason(
    database: Database, actor: Actor
) -> None:
    full, short = _two_records(database, actor)
    meeting = make_closable_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, short.id)
        meetings.close_meeting(session, actor, meeting.id)
    with (
        pytest.raises(ReadOnly, match="1 closed meetings: give a reason"),
        database.transaction() as session,
    ):
        persons.merge_persons(session, actor, full.id, short.id)
    with database.transaction() as session:
        persons.merge_persons(session, actor, full.id, short.id, reason="Бір адам екі рет")
    with database.session() as session:
        amendments = session.exec(select(Amendment)).all()
        moved = session.exec(
            select(Attendance).where(col(Attendance.person_id).in_([full.id, short.id]))
        ).all()
    assert [(a.person_id, a.present) for a in moved] == [(full.id, True)]
    assert [(a.table_name, a.reason) for a in amendments] == [("attendance", "Бір адам екі рет")]


def test_removing_a_person(database: Database, actor: Actor) -> None:
    author = make_person(database, actor, full_name="Оспанов Серік")
    mistake = make_person(database, actor, full_name="seit", consent=False)
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, mistake.id)
        proposals.add_proposal(
            session, actor, meeting.id, text="Ұсыныс", direction="D2", author_person_id=author.id
        )
    with pytest.raises(InvalidInput, match="named in 1 proposals"), database.transaction() as s:
        persons.remove_person(s, actor, author.id)
    with database.transaction() as session:
        persons.remove_person(session, actor, mistake.id)
    with database.session() as session:
        left = session.exec(select(Person.full_name).where(Person.deleted == False)).all()  # noqa: E712
        attendance = session.exec(select(Attendance)).one()
    assert left == ["Оспанов Серік"]
    assert attendance.deleted


def test_what_the_dialogs_read_about_a_person(database: Database, actor: Actor) -> None:
    person = make_person(database, actor)
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        participants.check_in(session, actor, meeting.id, person.id)
        proposals.add_proposal(
            session, actor, meeting.id, text="Ұсыныс", direction="D2", author_person_id=person.id
        )
    found = run_read(database, persons.links, person.id)
    assert (found.owned, found.attendances, found.present, found.proposals) == (True, 1, 1, 1)
    assert found.authored == 1 and found.closed_meetings == 0


def test_a_merge_travels_to_headquarters(network: tuple[Site, Site, Site], tmp_path: Path) -> None:
    hq, astana, _almaty = network
    full, short = _two_records(astana.database, astana.actor)
    first = make_meeting(astana.database, astana.actor, title="Бірінші")
    second = make_meeting(astana.database, astana.actor, title="Екінші")
    with astana.database.transaction() as session:
        participants.check_in(session, astana.actor, first.id, full.id)
        participants.check_in(session, astana.actor, second.id, short.id)
    import_into(hq, export(astana, tmp_path / "before.khb"))
    with astana.database.transaction() as session:
        persons.merge_persons(session, astana.actor, full.id, short.id)
    result = import_into(hq, export(astana, tmp_path / "after.khb"))
    assert result.status == "imported", result.reason

    with hq.database.session() as session:
        live = session.exec(select(Person).where(Person.deleted == False)).all()  # noqa: E712
        tombstone = session.get(Person, short.id)
        attended = session.exec(
            select(Attendance.meeting_id).where(
                Attendance.person_id == full.id,
                Attendance.deleted == False,  # noqa: E712
                Attendance.present == True,  # noqa: E712
            )
        ).all()
    assert [p.full_name for p in live] == ["Жұмабекова Іңкәр Серікқызы"]
    assert sorted(attended) == sorted([first.id, second.id])
    assert tombstone is not None and (tombstone.deleted, tombstone.merged_into_id) == (
        True, full.id,
    )  # fmt: skip
    # headquarters cannot change a region's person: the sentence says why
    with (
        pytest.raises(ReadOnly, match="written on another device"),
        hq.database.transaction() as session,
    ):
        persons.edit_person(session, require_actor(session), full.id, position="x")
