"""Votes never exceed the people present: the decision refuses them, and the closing checklist
names every decision whose vote no longer fits (someone checked out after it)."""

from __future__ import annotations

import pytest

from khdesk.domain.errors import InvalidInput, Message
from khdesk.services import meetings, minutes, participants
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Decision, Meeting
from tests.factories import make_meeting
from tests.services.voters import check_in_people


def _meeting_with_item(database: Database, actor: Actor, **overrides: object) -> tuple[str, str]:
    meeting = make_meeting(database, actor, **overrides)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
    return meeting.id, item.id


def test_a_vote_beyond_those_present_is_refused_with_both_numbers(
    database: Database, actor: Actor
) -> None:
    meeting_id, item_id = _meeting_with_item(database, actor)
    check_in_people(database, actor, meeting_id, 11)
    with pytest.raises(InvalidInput) as caught, database.transaction() as session:
        minutes.add_decision(
            session, actor, item_id, text="Қолдау.", votes_for=10, votes_against=3,
            votes_abstained=1,
        )  # fmt: skip
    assert str(caught.value) == (
        "14 votes, but 11 people are present: correct the votes or check in those who voted."
    )
    with database.session() as session:
        assert minutes.present_count(session, meeting_id) == 11
        assert session.get(Meeting, meeting_id) is not None
        assert [d for d in session.exec(_decisions(meeting_id))] == []  # nothing was written
    # eleven votes of eleven present are a vote
    with database.transaction() as session:
        decision = minutes.add_decision(
            session, actor, item_id, text="Қолдау.", votes_for=8, votes_against=2,
            votes_abstained=1,
        )  # fmt: skip
    # a correction of one count is checked against the others as they stand
    with (
        pytest.raises(InvalidInput, match="12 votes, but 11 people") as again,
        database.transaction() as session,
    ):
        minutes.update_decision(session, actor, decision.id, votes_for=9)
    assert again.value.message == Message(
        "{votes} votes, but {present} people are present: "
        "correct the votes or check in those who voted.",
        votes=12,
        present=11,
    )
    with database.session() as session:
        stored = session.get(Decision, decision.id)
    assert stored is not None and (stored.votes_for, stored.votes_against) == (8, 2)


def test_everyone_present_online_votes_too(database: Database, actor: Actor) -> None:
    meeting_id, item_id = _meeting_with_item(database, actor, meeting_format="hybrid")
    check_in_people(database, actor, meeting_id, 3)
    check_in_people(database, actor, meeting_id, 4, mode="online")
    with database.transaction() as session:
        minutes.add_decision(session, actor, item_id, text="Қолдау.", votes_for=7)
    with pytest.raises(InvalidInput, match="8 votes, but 7 people"), database.transaction() as s:
        minutes.add_decision(s, actor, item_id, text="Тағы.", votes_for=7, votes_abstained=1)


def test_someone_checked_out_after_the_vote_keeps_the_meeting_open(
    database: Database, actor: Actor
) -> None:
    meeting_id, item_id = _meeting_with_item(database, actor)
    attendances = check_in_people(database, actor, meeting_id, 11)
    with database.transaction() as session:
        second_item = minutes.add_agenda_item(session, actor, meeting_id, title="Әртүрлі")
        minutes.add_decision(session, actor, item_id, text="Бірінші.", votes_for=5)
        decision = minutes.add_decision(
            session, actor, second_item.id, text="Екінші.", votes_for=9, votes_against=2
        )
        minutes.add_decision(session, actor, second_item.id, text="Үшінші.", votes_for=11)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.chair
        assert meetings.closing_checklist(session, meeting) == []
    # two leave for good: their check-in is taken back
    with database.transaction() as session:
        for attendance_id in attendances[:2]:
            participants.undo_check_in(session, actor, attendance_id)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        missing = meetings.closing_checklist(session, meeting)
    assert [str(entry) for entry in missing] == [
        "a vote that fits those present for decision 1 of item 2: 11 votes, but 9 people "
        "are present; correct the votes or check in those who voted",
        "a vote that fits those present for decision 2 of item 2: 11 votes, but 9 people "
        "are present; correct the votes or check in those who voted",
    ]
    assert all(isinstance(entry, Message) for entry in missing)  # the window translates them
    with pytest.raises(InvalidInput) as caught, database.transaction() as session:
        meetings.close_meeting(session, actor, meeting_id)
    assert str(caught.value).startswith(
        "the meeting cannot be closed yet: the protocol needs a vote that fits those present "
        "for decision 1 of item 2: 11 votes"
    )
    assert "decision 2 of item 2" in str(caught.value)
    # the decision's text can still be corrected; its vote only to what fits
    with database.transaction() as session:
        minutes.update_decision(session, actor, decision.id, text="Екінші, түзетілген.")
        minutes.update_decision(session, actor, decision.id, votes_for=7)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert [str(e) for e in meetings.closing_checklist(session, meeting)] == [
            "a vote that fits those present for decision 2 of item 2: 11 votes, but 9 people "
            "are present; correct the votes or check in those who voted"
        ]
    # the two come back and are checked in again: every vote fits
    with database.session() as session:
        people = {a.id: a.person_id for a, _ in participants.attendances(session, meeting_id)}
    with database.transaction() as session:
        for attendance_id in attendances[:2]:
            participants.check_in(session, actor, meeting_id, people[attendance_id])
    with database.transaction() as session:
        closed = meetings.close_meeting(session, actor, meeting_id)
    assert closed.status == "closed"


def test_a_decision_without_a_vote_needs_nobody_present(database: Database, actor: Actor) -> None:
    meeting_id, item_id = _meeting_with_item(database, actor)
    with database.transaction() as session:
        decision = minutes.add_decision(session, actor, item_id, text="Ақпаратты назарға алу.")
    with pytest.raises(InvalidInput, match="1 votes, but 0 people"), database.transaction() as s:
        minutes.update_decision(s, actor, decision.id, votes_abstained=1)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meetings.closing_checklist(session, meeting) == []


def _decisions(meeting_id: str):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    return select(Decision).where(Decision.meeting_id == meeting_id)


def test_an_amendment_that_would_leave_more_votes_than_present_is_refused(
    database: Database, actor: Actor
) -> None:
    from khdesk.storage.models import Attendance
    from tests.factories import make_closable_meeting

    meeting = make_closable_meeting(database, actor)  # ten present, ten votes for
    with database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
        voter = participants.attendances(session, meeting.id)[0][0]
    reason = "Тіркеу кезінде қате енгізілген"
    for change in (participants.mark_absent, participants.remove_attendance):
        with pytest.raises(InvalidInput) as caught, database.transaction() as session:
            change(session, actor, voter.id, reason=reason)
        assert str(caught.value) == (
            "a decision of this meeting has 10 votes, and only 9 people would be present: "
            "amend the votes first, then this attendance."
        )
    with database.session() as session:
        stored = session.get(Attendance, voter.id)
        assert stored is not None and stored.present and not stored.deleted
        assert minutes.present_count(session, meeting.id) == 10
    # once the votes are amended, the attendance can be
    with database.transaction() as session:
        (decision,) = session.exec(_decisions(meeting.id)).all()
        minutes.update_decision(session, actor, decision.id, votes_for=9, reason=reason)
        participants.mark_absent(session, actor, voter.id, reason=reason)
    with database.session() as session:
        assert minutes.present_count(session, meeting.id) == 9
