"""Every write bumps the record's version, takes the device's next sequence number and is logged."""

from __future__ import annotations

import orjson
import pytest
from sqlmodel import col, select

from khdesk.domain.errors import ReadOnly
from khdesk.services import installation, meetings
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import ChangeLog, Device, Meeting
from tests.factories import make_meeting


def _log(database: Database, record_id: str) -> list[ChangeLog]:
    with database.session() as session:
        query = select(ChangeLog).where(ChangeLog.record_id == record_id)
        return list(session.exec(query.order_by(col(ChangeLog.seq))))


def test_a_new_record_is_version_one_and_logged_with_its_values(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    (entry,) = _log(database, meeting.id)
    with database.session() as session:
        stored = session.get(Meeting, meeting.id)
        device = session.get(Device, actor.device_id)
    assert stored is not None and device is not None
    assert (stored.version, stored.deleted) == (1, False)
    assert stored.device_id == actor.device_id
    # the record, its log entry and the device's counter agree on the sequence number
    assert entry.seq == stored.seq == meeting.seq == device.last_seq
    assert (entry.op, entry.version) == ("insert", 1)
    assert entry.actor == "Әйгерім Қасымова"
    assert orjson.loads(entry.changes or "{}")["title"] == [None, stored.title]


def test_an_edit_bumps_the_version_and_logs_old_and_new(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        meetings.update_meeting(session, actor, meeting.id, place="Қонаев, мәдениет үйі")
    with database.session() as session:
        stored = session.get(Meeting, meeting.id)
    assert stored is not None
    assert stored.version == 2
    assert stored.seq == meeting.seq + 1
    entries = _log(database, meeting.id)
    assert [e.op for e in entries] == ["insert", "update"]
    assert orjson.loads(entries[1].changes or "{}") == {
        "place": ["Астана, әкімдіктің мәжіліс залы", "Қонаев, мәдениет үйі"]
    }


def test_an_edit_that_changes_nothing_is_not_a_write(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        meetings.update_meeting(session, actor, meeting.id, title=f"  {meeting.title}  ")
    assert [e.op for e in _log(database, meeting.id)] == ["insert"]


def test_sequence_numbers_are_gapless_even_after_a_failed_write(
    database: Database, actor: Actor
) -> None:
    make_meeting(database, actor)
    with pytest.raises(ValueError), database.transaction() as session:
        meetings.create_meeting(session, actor, kind="online", date="2026-09-01", title="x")
        raise ValueError("the facilitator's laptop lost power here")
    make_meeting(database, actor)
    with database.session() as session:
        seqs = list(session.exec(select(ChangeLog.seq).order_by(col(ChangeLog.seq))))
        device = session.get(Device, actor.device_id)
    assert seqs == list(range(1, len(seqs) + 1))
    assert device is not None and device.last_seq == len(seqs)


def test_records_of_another_device_are_not_edited_here(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        installation.init_installation(session, role="facilitator", region="75", force=True)
        other = installation.require_actor(session)
    with pytest.raises(ReadOnly, match="another device"), database.transaction() as session:
        meetings.update_meeting(session, other, meeting.id, place="Алматы")


def test_a_new_identity_does_not_sign_with_the_previous_users_name(
    database: Database, actor: Actor
) -> None:
    with database.transaction() as session:
        installation.init_installation(session, role="hq", force=True)
        assert installation.require_actor(session).name is None
    # so it stays once committed: khdesk started again signs the new identity's writes with no name
    with database.session() as session:
        now = installation.require_actor(session)
        assert installation.get_meta(session, "user_name") is None
    assert now.name is None and now.device_id != actor.device_id


def test_a_change_to_a_closed_meeting_is_kept_as_an_amendment_with_its_reason(
    database: Database, actor: Actor
) -> None:
    from khdesk.services import minutes
    from khdesk.storage.models import Amendment, Decision
    from tests.factories import make_closable_meeting

    meeting = make_closable_meeting(database, actor)
    with database.transaction() as session:  # before closing: an ordinary edit
        meetings.update_meeting(session, actor, meeting.id, place="Мәжіліс залы")
        meetings.close_meeting(session, actor, meeting.id)
    with database.session() as session:
        assert session.exec(select(Amendment)).all() == []
        decision = session.exec(select(Decision)).one()
    with database.transaction() as session:
        minutes.update_decision(
            session, actor, decision.id, votes_for=9, reason="Дауыс санағанда қате кеткен"
        )
    with database.session() as session:
        (amendment,) = session.exec(select(Amendment)).all()
        stored = session.get(Decision, decision.id)
    assert stored is not None and stored.votes_for == 9
    assert (amendment.meeting_id, amendment.table_name, amendment.record_id) == (
        meeting.id, "decision", decision.id,
    )  # fmt: skip
    assert orjson.loads(amendment.changes) == {"votes_for": [10, 9]}
    assert amendment.reason == "Дауыс санағанда қате кеткен"
    assert amendment.author == actor.name
    assert amendment.device_id == actor.device_id and amendment.version == 1
