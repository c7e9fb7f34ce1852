"""Meetings: numbering, editing, finding, listing, and closing (then read-only but amendable)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from khdesk.domain import numbering
from khdesk.domain.errors import InvalidInput, Label, NotFound, ReadOnly
from khdesk.services import installation, meetings, minutes, participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import ChangeLog, Meeting
from tests.factories import make_closable_meeting, make_meeting, make_person
from tests.messages import in_language


def test_meetings_are_numbered_per_region_and_year(database: Database, actor: Actor) -> None:
    first = make_meeting(database, actor)
    second = make_meeting(database, actor, date="2026-10-01", kind="online")
    next_year = make_meeting(database, actor, date="2027-01-20")
    assert (first.region_kato, first.number) == ("71", 1)  # the facilitator's region
    assert (second.region_kato, second.number) == ("71", 2)
    assert next_year.number == 1
    with database.transaction() as session:
        installation.init_installation(session, role="hq", force=True)
        hq = installation.require_actor(session)
    other_region = make_meeting(database, hq, region="75")
    plenary = make_meeting(database, hq, kind="plenary", region=None)
    assert (other_region.region_kato, other_region.number) == ("75", 1)
    assert (plenary.region_kato, plenary.number) == (None, 1)
    # the numbers are those the database keeps, and a meeting is found again by its number
    with database.session() as session:
        stored = {m.id: (m.region_kato, m.year, m.number) for m in session.exec(select(Meeting))}
        for meeting_id, (region, year, number) in stored.items():
            ref = numbering.format_number(region, year, number)
            assert meetings.find_meeting(session, ref).id == meeting_id
    assert stored == {
        first.id: ("71", 2026, 1),
        second.id: ("71", 2026, 2),
        next_year.id: ("71", 2027, 1),
        other_region.id: ("75", 2026, 1),
        plenary.id: (None, 2026, 1),
    }


def test_a_facilitator_records_only_the_meetings_of_their_region(
    database: Database, actor: Actor
) -> None:
    with pytest.raises(InvalidInput, match="records the meetings of region 71"):
        make_meeting(database, actor, region="75")


def test_a_meeting_is_found_by_id_or_by_number(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.session() as session:
        assert meetings.find_meeting(session, meeting.id).id == meeting.id
        assert meetings.find_meeting(session, "71-2026-001").id == meeting.id
        with pytest.raises(NotFound, match="71-2026-009"):
            meetings.find_meeting(session, "71-2026-009")


def test_online_meetings_default_to_the_online_format(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor, kind="online", place=None)
    assert meeting.format == "online"
    with database.session() as session:
        stored = session.get(Meeting, meeting.id)
    assert stored is not None
    assert (stored.kind, stored.format, stored.place) == ("online", "online", None)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "workshop"}, "round-table, online or plenary"),
        ({"date": "16/09/2026"}, "YYYY-MM-DD"),
        ({"title": "   "}, "the title is empty"),
        ({"region": "99"}, "unknown region code '99'"),
        ({"starts_at": "12:00", "ends_at": "10:00"}, "ends before it starts"),
    ],
)
def test_bad_meeting_details_are_refused(
    database: Database, actor: Actor, changes: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        make_meeting(database, actor, **changes)
    with database.session() as session:
        assert session.exec(select(Meeting)).all() == []


def test_listing_filters_and_searches(database: Database, actor: Actor) -> None:
    make_meeting(database, actor, title="Дөңгелек үстел Қостанай")
    make_meeting(database, actor, kind="online", title="Онлайн-сессия НПО")
    with database.session() as session:
        assert [r.title for r in meetings.list_meetings(session, kind="online")] == [
            "Онлайн-сессия НПО"
        ]
        assert len(meetings.list_meetings(session, search="Қостанай")) == 1
        # case and Kazakh letters are folded, as people type them
        assert len(meetings.list_meetings(session, search="дөңгелек")) == 1
        assert len(meetings.list_meetings(session, search="ДОНГЕЛЕК")) == 1
        assert meetings.list_meetings(session, search="50%") == []
        with pytest.raises(InvalidInput, match="unknown region code '99'"):
            meetings.list_meetings(session, region="99")
        assert len(meetings.list_meetings(session, status="closed")) == 0


RUSSIAN = {
    "the meeting cannot be closed yet: add {missing} to the protocol first.": (
        "заседание ещё нельзя закрыть: сначала внесите в протокол {missing}."
    ),
    "the chair": "председателя",
    "the secretary": "секретаря",
    "an agenda item": "вопрос повестки",
    "a decision": "решение",
    "{field} '{value}' is not a time: write it as HH:MM, e.g. 10:30.": (
        "{field} «{value}» не время: пишите ЧЧ:ММ, например 10:30."
    ),
    "the start time": "начало",
    "the end time": "окончание",
    "no {what} with id {id}: check the id (list them to see it).": (
        "нет записи «{what}» с id {id}: проверьте id (он виден в списке)."
    ),
    "meeting": "заседание",
}


def test_closing_lists_what_the_protocol_lacks(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor, chair=None, secretary=None)
    with database.session() as session:
        missing = meetings.closing_checklist(session, meeting)
    assert missing == ["the chair", "the secretary", "an agenda item", "a decision"]
    # each item is a label: the window translates it, in the checklist and in the refusal
    assert all(isinstance(item, Label) for item in missing)
    with (
        pytest.raises(InvalidInput, match="add the chair, the secretary") as caught,
        database.transaction() as session,
    ):
        meetings.close_meeting(session, actor, meeting.id)
    assert in_language(caught.value, RUSSIAN) == (
        "заседание ещё нельзя закрыть: сначала внесите в протокол "
        "председателя, секретаря, вопрос повестки, решение."
    )


def test_refusals_name_the_time_and_the_record_in_the_window_s_language(
    database: Database, actor: Actor
) -> None:
    with pytest.raises(InvalidInput, match="the start time '9' is not a time") as caught:
        make_meeting(database, actor, starts_at="9")
    assert in_language(caught.value, RUSSIAN) == (
        "начало «9» не время: пишите ЧЧ:ММ, например 10:30."
    )
    meeting = make_meeting(database, actor)
    with pytest.raises(InvalidInput) as caught, database.transaction() as session:
        meetings.update_meeting(session, actor, meeting.id, ends_at="half past")
    assert in_language(caught.value, RUSSIAN).startswith("окончание «half past» не время")
    with pytest.raises(NotFound, match="no meeting with id") as caught, database.session() as s:
        meetings.close_meeting(s, actor, "01900000-0000-7000-8000-000000000000")
    assert in_language(caught.value, RUSSIAN) == (
        "нет записи «заседание» с id 01900000-0000-7000-8000-000000000000: "
        "проверьте id (он виден в списке)."
    )


def test_a_closed_meeting_is_read_only(database: Database, actor: Actor) -> None:
    meeting = make_closable_meeting(database, actor)
    person = make_person(database, actor)
    with database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
    attempts = [
        lambda s: meetings.update_meeting(s, actor, meeting.id, place="Басқа жер"),
        lambda s: minutes.add_agenda_item(s, actor, meeting.id, title="Тағы бір мәселе"),
        lambda s: proposals.add_proposal(s, actor, meeting.id, text="Ұсыныс", direction="D2"),
        lambda s: proposals.add_question(s, actor, meeting.id, text="Сұрақ?"),
        lambda s: participants.check_in(s, actor, meeting.id, person.id),
    ]
    for attempt in attempts:
        with (
            pytest.raises(ReadOnly, match="closed and read-only"),
            database.transaction() as session,
        ):
            attempt(session)
    with database.session() as session:
        stored = session.get(Meeting, meeting.id)
        assert stored is not None and stored.status == "closed"
        assert minutes.agenda(session, meeting.id)[0].title == "Қор проспектісі туралы"
        assert len(minutes.agenda(session, meeting.id)) == 1


def test_a_closed_meeting_is_amended_with_a_reason(database: Database, actor: Actor) -> None:
    meeting = make_closable_meeting(database, actor)
    with database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
    with database.transaction() as session:
        meetings.update_meeting(
            session,
            actor,
            meeting.id,
            secretary="Гүлнар Үсенова-Ким",
            reason="the secretary's name was misspelt",
        )
    with database.session() as session:
        entry = session.exec(
            select(ChangeLog).where(ChangeLog.record_id == meeting.id, ChangeLog.op == "amend")
        ).one()
        stored = session.get(Meeting, meeting.id)
    assert entry.reason == "the secretary's name was misspelt"
    assert stored is not None and stored.secretary == "Гүлнар Үсенова-Ким"
    assert stored.status == "closed"


def test_a_meeting_cannot_be_closed_twice(database: Database, actor: Actor) -> None:
    meeting = make_closable_meeting(database, actor)
    with database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
    with pytest.raises(ReadOnly, match="already closed"), database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
