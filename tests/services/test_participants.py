"""Persons, consent, registration and check-in."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from khdesk.domain.errors import InvalidInput, ReadOnly
from khdesk.services import meetings, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Amendment, Attendance, ChangeLog, Meeting, Person
from tests.factories import make_closable_meeting, make_meeting, make_person


def test_contacts_are_kept_only_with_consent(database: Database, actor: Actor) -> None:
    with_consent = make_person(database, actor)
    without = make_person(
        database, actor, full_name="Оспанов Серік", consent=False, phone="87011112233"
    )
    assert (with_consent.phone, with_consent.email) == ("+77012345678", "inkar@example.kz")
    assert with_consent.consent_at is not None and with_consent.consent_method == "paper"
    assert (without.phone, without.email, without.consent_at) == (None, None, None)
    # what the database keeps: the contacts and the consent of the one who gave it, nothing of
    # the other's, so the check-in search does not find him by the phone he gave
    with database.session() as session:
        kept = session.get(Person, with_consent.id)
        not_kept = session.get(Person, without.id)
        found_by_phone = participants.search_persons(session, "701 111 22 33")
    assert kept is not None and not_kept is not None
    assert (kept.phone, kept.email) == ("+77012345678", "inkar@example.kz")
    assert kept.consent and kept.consent_at is not None and kept.consent_method == "paper"
    assert (not_kept.phone, not_kept.email) == (None, None)
    assert (not_kept.consent, not_kept.consent_at, not_kept.consent_method) == (False, None, None)
    assert found_by_phone == []


def test_withdrawing_consent_erases_the_contacts(database: Database, actor: Actor) -> None:
    person = make_person(database, actor)
    with database.transaction() as session:
        participants.update_person(session, actor, person.id, consent=False)
    with database.session() as session:
        stored = session.get(Person, person.id)
        history = " ".join(
            entry.changes or ""
            for entry in session.exec(select(ChangeLog).where(ChangeLog.record_id == person.id))
        )
    assert stored is not None
    assert (stored.phone, stored.email, stored.consent) == (None, None, False)
    assert stored.version == 2
    # the change log says that contacts changed, never what they were
    assert "701" not in history and "inkar" not in history.lower()
    assert '"phone"' in history


def test_a_malformed_contact_is_refused_and_nothing_is_stored(
    database: Database, actor: Actor
) -> None:
    with pytest.raises(InvalidInput, match="e-mail 'inkar@' is malformed"):
        make_person(database, actor, email="inkar@")
    with database.session() as session:
        assert session.exec(select(Person)).all() == []


def test_similar_persons_are_found_across_spellings_and_contacts(
    database: Database, actor: Actor
) -> None:
    person = make_person(database, actor)
    with database.session() as session:
        by_name = participants.similar_persons(session, full_name="жумабекова  инкар серикқызы")
        by_phone = participants.similar_persons(session, phone="+7 (701) 234-56-78")
        by_email = participants.similar_persons(session, email="INKAR@example.kz")
        nobody = participants.similar_persons(session, full_name="Ким Ольга", phone="12")
    assert [p.id for p in by_name] == [person.id]
    assert [p.id for p in by_phone] == [person.id]
    assert [p.id for p in by_email] == [person.id]
    assert nobody == []


def test_check_in_registers_once_records_arrival_and_starts_the_meeting(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    arrival = dt.datetime(2026, 9, 16, 9, 45, tzinfo=dt.UTC)
    with database.transaction() as session:
        participants.register(session, actor, meeting.id, person.id)
        participants.check_in(session, actor, meeting.id, person.id, at=arrival)
        participants.check_in(session, actor, meeting.id, person.id)  # a second key press
    with database.session() as session:
        (attendance,) = session.exec(select(Attendance)).all()
        stored = session.get(Meeting, meeting.id)
    assert attendance.present
    assert attendance.arrived_at == arrival
    assert attendance.sector_code == "ngo"
    assert stored is not None and stored.status == "in-progress"


def test_undo_check_in_and_check_out(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        attendance = participants.check_in(session, actor, meeting.id, person.id)
        participants.check_out(session, actor, attendance.id)
    with database.session() as session:
        left = session.get(Attendance, attendance.id)
    assert left is not None and left.left_at is not None
    with database.transaction() as session:
        participants.undo_check_in(session, actor, attendance.id)
    with database.session() as session:
        undone = session.get(Attendance, attendance.id)
    assert undone is not None
    assert (undone.present, undone.arrived_at, undone.left_at) == (False, None, None)
    with pytest.raises(InvalidInput, match="not checked in"), database.transaction() as session:
        participants.check_out(session, actor, attendance.id)


def test_an_unregistered_person_comes_back_as_the_same_attendance(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        attendance = participants.register(session, actor, meeting.id, person.id)
        participants.unregister(session, actor, attendance.id)
    with database.session() as session:
        assert participants.attendances(session, meeting.id) == []
    with database.transaction() as session:
        again = participants.register(session, actor, meeting.id, person.id)
    assert again.id == attendance.id
    assert again.version == 3
    # the meeting lists the person again, through the one stored attendance, restored
    with database.session() as session:
        listed = participants.attendances(session, meeting.id)
        rows = session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)).all()
    assert [(a.id, a.version, p.id) for a, p in listed] == [(attendance.id, 3, person.id)]
    assert [(a.id, a.deleted) for a in rows] == [(attendance.id, False)]


def test_the_check_in_search_finds_any_part_of_a_name_organisation_phone_or_email(
    database: Database, actor: Actor
) -> None:
    person = make_person(database, actor)  # Жұмабекова Іңкәр Серікқызы, ОФ «Мейірім»
    make_person(
        database,
        actor,
        full_name="Оспанов Серік",
        email="serik@example.kz",
        phone="87779990011",
        organisation="ТОО «Береке»",
    )
    with database.session() as session:

        def names(text: str) -> list[str]:
            return [p.full_name for p in participants.PersonSearch().search(session, text)]

        assert names("жумабекова") == [person.full_name]  # the start of the name
        assert names("ИНКАР") == [person.full_name]  # a given name, another spelling
        assert names("мейірім") == [person.full_name]  # the organisation
        assert names("234 56") == [person.full_name]  # digits of the phone
        assert names("serik@") == ["Оспанов Серік"]  # the e-mail
        assert sorted(names("серик")) == sorted([person.full_name, "Оспанов Серік"])
        assert names("нет такого") == []
    with database.transaction() as session:
        participants.update_person(session, actor, person.id, organisation="ҚҚ «Шаңырақ»")
    with database.session() as session:
        assert participants.search_persons(session, "мейірім") == []
        assert [p.id for p in participants.search_persons(session, "шаңырақ")] == [person.id]


def test_the_type_ahead_narrows_what_it_found(database: Database, actor: Actor) -> None:
    """Each keystroke sees exactly the persons that match what is typed by then, whether the
    search narrows what it found before or starts anew."""
    people = {
        "inkar": ("Жұмабекова Іңкәр Серікқызы", "ОФ «Мейірім»"),
        "serik": ("Серіков Болат", "ОФ «Мейірім»"),
        "dana": ("Сейтова Дана", "ТОО «Береке»"),
        "berik": ("Берікұлы Серік", "Әкімдік"),
    }
    for name, organisation in people.values():
        make_person(database, actor, full_name=name, organisation=organisation, phone=None,
                    email=None)  # fmt: skip
    search = participants.PersonSearch()

    def names(text: str) -> list[str]:
        with database.session() as session:
            return sorted(p.full_name for p in search.search(session, text))

    def ranked(text: str) -> list[str]:
        with database.session() as session:
            return [p.full_name for p in search.search(session, text)]

    assert names("мейір") == sorted([people["inkar"][0], people["serik"][0]])
    # the organisation's word first; «Берікұлы» only sounds alike (Б, Р, К), after it
    assert ranked("береке") == [people["dana"][0], people["berik"][0]]
    assert names("мейірім серік") == sorted([people["inkar"][0], people["serik"][0]])
    assert names("мейірім серікқ") == [people["inkar"][0]]  # narrowed: Болат drops out
    # asked anew: not a narrowing of the last; «Береке» of Дана's organisation only sounds alike
    assert ranked("берік") == [people["berik"][0], people["dana"][0]]
    assert names("серік") == sorted([people["inkar"][0], people["serik"][0], people["berik"][0]])
    make_person(database, actor, full_name="Серікбаев Ерлан", organisation=None, phone=None,
                email=None)  # fmt: skip
    search.forget()  # a walk-in was added: the next keystroke asks the database again
    assert "Серікбаев Ерлан" in names("серік")


def test_the_best_match_comes_first(database: Database, actor: Actor) -> None:
    """«серік» used to select «Әбдірахманов Дәулет Серікұлы»: first in the alphabet among the
    names that hold it anywhere. A whole word of the name wins, then a word that starts with
    it, then one that holds it inside, then the organisation; a phone typed whole wins over all."""
    for name, organisation, phone in (
        ("Әбдірахманов Дәулет Серікұлы", "ТОО «Серіктестік»", None),
        ("Әбілова Айгүл", "ЖШС «Серік және К»", None),
        ("Бексерікова Дана", None, None),
        ("Серіков Болат", None, None),
        ("Оспанов Серік", None, None),
        ("Ахметов Ерлан", None, "87015550011"),
    ):
        make_person(database, actor, full_name=name, organisation=organisation, phone=phone,
                    email=None, consent=phone is not None)  # fmt: skip
    with database.session() as session:

        def names(text: str) -> list[str]:
            return [p.full_name for p in participants.PersonSearch().search(session, text)]

        assert names("серік") == [
            "Оспанов Серік",  # the whole word
            "Серіков Болат",  # a word starts with it: the surname first
            "Әбдірахманов Дәулет Серікұлы",
            "Бексерікова Дана",  # inside a word
            "Әбілова Айгүл",  # only in the organisation
        ]
        assert names("серік дәулет")[0] == "Әбдірахманов Дәулет Серікұлы"
        # among equal matches, someone on the meeting's list who has not come yet wins
        (daulet,) = participants.search_persons(session, "дәулет")
        expected = participants.PersonSearch().search(
            session, "серік", expected=frozenset({daulet.id})
        )
        assert [p.full_name for p in expected][:3] == [
            "Оспанов Серік",  # a whole word still beats the start of one
            "Әбдірахманов Дәулет Серікұлы",
            "Серіков Болат",
        ]
        assert names("8 701 555 00 11") == ["Ахметов Ерлан"]  # exact, in another spelling
        assert names("+7 (701) 555-00-11") == ["Ахметов Ерлан"]


def test_check_in_steps_say_what_they_did_and_are_taken_back_exactly(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor, full_name="Иванов Сергей Петрович")
    arrival = dt.datetime(2026, 9, 16, 9, 58, tzinfo=dt.UTC)

    def attendance() -> tuple[bool, dt.datetime | None, bool]:
        with database.session() as session:
            found = session.exec(select(Attendance)).one()
            return found.present, found.arrived_at, found.deleted

    with database.transaction() as session:
        first = participants.arrive(session, actor, meeting.id, person.id, at=arrival)
    assert (first.kind, first.short_name, first.arrived_at) == ("check-in", "Иванов С.П.", arrival)
    with database.transaction() as session:  # Enter again: nothing changes, and it says so
        again = participants.arrive(session, actor, meeting.id, person.id)
    assert (again.kind, again.arrived_at, again.changed) == ("already", arrival, False)
    assert attendance() == (True, arrival, False)

    # an un-check taken back puts back the very arrival time
    with database.transaction() as session:
        absent = participants.mark_absent(session, actor, first.attendance_id)
    assert attendance() == (False, None, False)
    with database.transaction() as session:
        participants.take_back(session, actor, absent)
    assert attendance() == (True, arrival, False)

    # the first check-in is not taken back over what came since (the un-check and its undo)
    with (
        pytest.raises(InvalidInput, match="changed after that step"),
        database.transaction() as session,
    ):
        participants.take_back(session, actor, first)
    assert attendance() == (True, arrival, False)
    # a removal from the list taken back: the same attendance, as it was
    with database.transaction() as session:
        removed = participants.remove_attendance(session, actor, first.attendance_id)
    assert attendance() == (True, arrival, True)
    with database.transaction() as session:
        participants.take_back(session, actor, removed)
    assert attendance() == (True, arrival, False)

    # a check-in taken back when nothing came since: no attendance, as before it
    other = make_person(database, actor, full_name="Оспанов Серік")
    with database.transaction() as session:
        step = participants.arrive(session, actor, meeting.id, other.id)
        participants.take_back(session, actor, step)
    with database.session() as session:
        assert [p.id for _a, p in participants.attendances(session, meeting.id)] == [person.id]


def test_a_walk_in_taken_back_leaves_no_trace_but_the_change_log(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    fields = {"full_name": "seit", "sector": "other"}
    with database.transaction() as session:
        step = participants.walk_in(session, actor, meeting.id, fields)
    assert (step.kind, step.person_created, step.before) == ("walk-in", True, None)
    with database.transaction() as session:
        participants.take_back(session, actor, step)
    with database.session() as session:
        assert participants.attendances(session, meeting.id) == []
        assert participants.search_persons(session, "seit") == []
        person = session.get(Person, step.person_id)
    assert person is not None and person.deleted


def test_a_check_in_of_someone_registered_is_taken_back_to_registered(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        participants.register(session, actor, meeting.id, person.id)
        step = participants.arrive(session, actor, meeting.id, person.id)
    with database.transaction() as session:
        participants.take_back(session, actor, step)
    with database.session() as session:
        (listed,) = participants.attendances(session, meeting.id)
    assert (listed[0].present, listed[0].arrived_at, listed[0].deleted) == (False, None, False)


def test_a_check_in_taken_back_does_not_come_back_with_a_later_registration(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        step = participants.arrive(session, actor, meeting.id, person.id)
        participants.take_back(session, actor, step)
    with database.transaction() as session:  # the roster imported afterwards lists them
        participants.register(session, actor, meeting.id, person.id)
    with database.session() as session:
        ((attendance, _person),) = participants.attendances(session, meeting.id)
    assert (attendance.present, attendance.arrived_at) == (False, None)


def test_an_attendance_of_a_closed_meeting_is_removed_only_as_an_amendment(
    database: Database, actor: Actor
) -> None:
    meeting = make_closable_meeting(database, actor)
    person = make_person(database, actor, full_name="seit", consent=False)
    with database.transaction() as session:
        attendance = participants.register(session, actor, meeting.id, person.id)
        meetings.close_meeting(session, actor, meeting.id)
    with pytest.raises(ReadOnly, match="closed and read-only"), database.transaction() as s:
        participants.remove_attendance(s, actor, attendance.id)
    with database.transaction() as session:
        participants.remove_attendance(
            session, actor, attendance.id, reason="Тіркеу кезінде қате енгізілген"
        )
    with database.session() as session:
        stored = session.get(Attendance, attendance.id)
        amendments = session.exec(select(Amendment.record_id, Amendment.reason)).all()
    assert stored is not None and stored.deleted
    assert amendments == [(attendance.id, "Тіркеу кезінде қате енгізілген")]
