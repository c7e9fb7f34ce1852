"""Agenda, HEARD / SPOKE / DECIDED with votes, proposals, and questions with answers."""

from __future__ import annotations

import pytest

from khdesk.domain.errors import InvalidInput, NotFound
from khdesk.services import minutes, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Decision, Proposal, Question, Speech
from tests.factories import make_meeting
from tests.services.voters import check_in_people


def test_minutes_in_the_protocol_form(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    check_in_people(database, actor, meeting.id, 30)
    with database.transaction() as session:
        first = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        second = minutes.add_agenda_item(
            session, actor, meeting.id, title="Әртүрлі", rapporteur="Ержан Төлеуов"
        )
        minutes.update_agenda_item(session, actor, first.id, heard="Проспект таныстырылды.")
        speech = minutes.add_speech(session, actor, first.id, speaker="Сәуле Байжанова")
        minutes.update_speech(session, actor, speech.id, text="Ауыл мектептерін қолдау керек.")
        decision = minutes.add_decision(
            session, actor, first.id, text="Қолдау.", votes_for=25, votes_against=2
        )
        minutes.update_decision(session, actor, decision.id, votes_abstained=3)
    with database.session() as session:
        agenda = minutes.agenda(session, meeting.id)
        stored = session.get(Decision, decision.id)
        spoke = session.get(Speech, speech.id)
    assert [(i.position, i.title) for i in agenda] == [(1, "Қор проспектісі"), (2, "Әртүрлі")]
    assert [i.id for i in agenda] == [first.id, second.id]
    assert agenda[0].heard == "Проспект таныстырылды."
    assert (agenda[0].rapporteur, agenda[1].rapporteur) == (None, "Ержан Төлеуов")
    assert spoke is not None and spoke.agenda_item_id == first.id
    assert (spoke.position, spoke.speaker, spoke.text) == (
        1,
        "Сәуле Байжанова",
        "Ауыл мектептерін қолдау керек.",
    )
    assert stored is not None
    assert (stored.votes_for, stored.votes_against, stored.votes_abstained) == (25, 2, 3)


def test_negative_votes_are_refused(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Мәселе")
    with pytest.raises(InvalidInput, match="votes against is -4"), database.transaction() as s:
        minutes.add_decision(s, actor, item.id, text="Қолдау.", votes_against=-4)


def test_proposals_are_numbered_and_their_section_belongs_to_the_direction(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        first = proposals.add_proposal(
            session, actor, meeting.id, text="Ауыл мектептерін жабдықтау", direction="D1",
            section="D1.1", author_name="Ақмарал Сейітова",
        )  # fmt: skip
        second = proposals.add_proposal(
            session, actor, meeting.id, text="Ескерту", direction="D3", kind="comment"
        )
    assert (first.number, second.number) == (1, 2)
    assert second.kind == "comment"
    with pytest.raises(InvalidInput, match="belongs to direction D1"), database.transaction() as s:
        proposals.add_proposal(s, actor, meeting.id, text="x", direction="D2", section="D1.1")
    with pytest.raises(InvalidInput, match="D1 to D6"), database.transaction() as s:
        proposals.add_proposal(s, actor, meeting.id, text="x", direction="D9")
    # the meeting keeps the two proposals as numbered, and nothing of the refused ones
    with database.session() as session:
        stored = proposals.proposals(session, meeting.id)
    assert [
        (p.id, p.number, p.kind, p.direction_code, p.section_code, p.author_name) for p in stored
    ] == [
        (first.id, 1, "proposal", "D1", "D1.1", "Ақмарал Сейітова"),
        (second.id, 2, "comment", "D3", None, None),
    ]


def test_moving_a_proposal_to_another_direction_drops_a_section_of_the_old_one(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        proposal = proposals.add_proposal(
            session, actor, meeting.id, text="Ұсыныс", direction="D1", section="D1.2"
        )
        proposals.update_proposal(session, actor, proposal.id, direction_code="D4")
    with database.session() as session:
        stored = session.get(Proposal, proposal.id)
    assert stored is not None
    assert (stored.direction_code, stored.section_code) == ("D4", None)


def test_a_deleted_proposal_is_a_tombstone(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        proposal = proposals.add_proposal(session, actor, meeting.id, text="Ұсыныс", direction="D5")
        proposals.delete_proposal(session, actor, proposal.id)
    with database.session() as session:
        stored = session.get(Proposal, proposal.id)
        assert proposals.proposals(session, meeting.id) == []
        with pytest.raises(NotFound):
            proposals.update_proposal(session, actor, proposal.id, text="Өзгерту")
    assert stored is not None and stored.deleted and stored.version == 2


def test_questions_are_answered(database: Database, actor: Actor) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        question = proposals.add_question(
            session, actor, meeting.id, text="Өтінімді қалай беруге болады?", addressee="Спикер"
        )
        assert question.status == "open"
        proposals.update_question(session, actor, question.id, answer="Қордың сайты арқылы.")
    assert question.status == "answered"
    assert question.version == 2
    with database.session() as session:
        stored = session.get(Question, question.id)
    assert stored is not None
    assert (stored.status, stored.answer, stored.version) == (
        "answered",
        "Қордың сайты арқылы.",
        2,
    )
    assert (stored.text, stored.addressee) == ("Өтінімді қалай беруге болады?", "Спикер")


def test_references_to_missing_or_foreign_records_are_refused(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    other = make_meeting(database, actor, date="2026-10-01")
    with database.transaction() as session:
        foreign_item = minutes.add_agenda_item(session, actor, other.id, title="Басқа")
    with pytest.raises(NotFound, match="no person"), database.transaction() as session:
        proposals.add_proposal(
            session, actor, meeting.id, text="x", direction="D1", author_person_id="nobody"
        )
    with pytest.raises(InvalidInput, match="another meeting"), database.transaction() as session:
        proposals.add_question(session, actor, meeting.id, text="?", agenda_item_id=foreign_item.id)


def test_names_typed_with_latin_look_alikes_are_stored_in_cyrillic(
    database: Database, actor: Actor
) -> None:
    from khdesk.services import meetings as meeting_service

    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(
            session, actor, meeting.id, title="Қор туралы", rapporteur="Сейiтов Ерлан"
        )
        speech = minutes.add_speech(session, actor, item.id, speaker="Әлiбек Сейiтов", text="Иә.")
        meeting_service.update_meeting(session, actor, meeting.id, chair="Оспанов Серiк")
    with database.session() as session:
        from khdesk.storage.models import AgendaItem, Meeting, Speech

        assert session.get(AgendaItem, item.id).rapporteur == "Сейітов Ерлан"  # type: ignore[union-attr]
        assert session.get(Speech, speech.id).speaker == "Әлібек Сейітов"  # type: ignore[union-attr]
        assert session.get(Meeting, meeting.id).chair == "Оспанов Серік"  # type: ignore[union-attr]
