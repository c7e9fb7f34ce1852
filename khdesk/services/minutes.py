"""Agenda and minutes in the protocol's form: items with HEARD, SPOKE and DECIDED with votes."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from khdesk.domain.errors import InvalidInput, Label, Message
from khdesk.domain.validation import check_count, clean_line, clean_name, clean_text
from khdesk.services.common import get_live, meeting_for_write, optional_person
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import AgendaItem, Attendance, Decision, Speech

# What the messages call each field (the window translates them).
_ITEM_TITLE = Label("the agenda item")
_RAPPORTEUR = Label("the rapporteur")
_HEARD = Label("the text under HEARD")
_SPEAKER = Label("the speaker")
_SPEECH = Label("the speech")
_DECISION = Label("the decision")
_DOCUMENT_TITLE = Label("the document's title")


def _next_position(session: Session, model: Any, parent_field: str, parent_id: str) -> int:
    column = getattr(model, parent_field)
    query = select(func.max(model.position)).where(column == parent_id)
    return int(session.exec(query).one() or 0) + 1


def add_agenda_item(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    title: str,
    rapporteur: str | None = None,
    rapporteur_person_id: str | None = None,
    heard: str | None = None,
    reason: str | None = None,
) -> AgendaItem:
    """A new agenda item at the end of the meeting's agenda."""
    meeting_for_write(session, meeting_id, reason)
    item = AgendaItem(
        meeting_id=meeting_id,
        position=_next_position(session, AgendaItem, "meeting_id", meeting_id),
        title=clean_line(title, field=_ITEM_TITLE, required=True) or "",
        rapporteur=clean_name(rapporteur, field=_RAPPORTEUR),
        rapporteur_person_id=optional_person(session, rapporteur_person_id),
        heard=clean_text(heard, field=_HEARD),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(item, reason=reason)


def update_agenda_item(
    session: Session, actor: Actor, item_id: str, *, reason: str | None = None, **changes: Any
) -> AgendaItem:
    item = get_live(session, AgendaItem, item_id, what=Label("agenda item"))
    meeting_for_write(session, item.meeting_id, reason)
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "title":
            clean[field] = clean_line(value, field=_ITEM_TITLE, required=True)
        elif field == "rapporteur":
            clean[field] = clean_name(value, field=_RAPPORTEUR)
        elif field == "heard":
            clean[field] = clean_text(value, field=_HEARD)
        elif field == "rapporteur_person_id":
            clean[field] = optional_person(session, value)
        elif field == "position":
            clean[field] = int(value)
        else:
            raise InvalidInput("'{field}' is not part of an agenda item.", field=field)
    Recorder(session, actor).update(item, clean, reason=reason)
    return item


def delete_agenda_item(
    session: Session, actor: Actor, item_id: str, *, reason: str | None = None
) -> None:
    item = get_live(session, AgendaItem, item_id, what=Label("agenda item"))
    meeting_for_write(session, item.meeting_id, reason)
    Recorder(session, actor).delete(item, reason=reason)


def agenda(session: Session, meeting_id: str) -> list[AgendaItem]:
    query = (
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted == False)  # noqa: E712
        .order_by(col(AgendaItem.position))
    )
    return list(session.exec(query))


def add_speech(
    session: Session,
    actor: Actor,
    item_id: str,
    *,
    speaker: str,
    text: str | None = None,
    person_id: str | None = None,
    reason: str | None = None,
) -> Speech:
    """A speaker under SPOKE on an agenda item."""
    item = get_live(session, AgendaItem, item_id, what=Label("agenda item"))
    meeting_for_write(session, item.meeting_id, reason)
    speech = Speech(
        agenda_item_id=item.id,
        position=_next_position(session, Speech, "agenda_item_id", item.id),
        person_id=optional_person(session, person_id),
        speaker=clean_name(speaker, field=_SPEAKER, required=True) or "",
        text=clean_text(text, field=_SPEECH),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(speech, reason=reason)


def update_speech(
    session: Session, actor: Actor, speech_id: str, *, reason: str | None = None, **changes: Any
) -> Speech:
    speech = get_live(session, Speech, speech_id, what=Label("speech"))
    item = get_live(session, AgendaItem, speech.agenda_item_id, what=Label("agenda item"))
    meeting_for_write(session, item.meeting_id, reason)
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "speaker":
            clean[field] = clean_name(value, field=_SPEAKER, required=True)
        elif field == "text":
            clean[field] = clean_text(value, field=_SPEECH)
        elif field == "person_id":
            clean[field] = optional_person(session, value)
        else:
            raise InvalidInput("'{field}' is not part of a speech.", field=field)
    Recorder(session, actor).update(speech, clean, reason=reason)
    return speech


def _votes(changes: dict[str, Any]) -> dict[str, Any]:
    labels = {
        "votes_for": Label("votes for"),
        "votes_against": Label("votes against"),
        "votes_abstained": Label("abstentions"),
    }
    return {
        field: check_count(changes[field], field=label)
        for field, label in labels.items()
        if field in changes
    }


VOTE_FIELDS = ("votes_for", "votes_against", "votes_abstained")


def present_count(session: Session, meeting_id: str) -> int:
    """How many people the meeting's attendance has present: in person and online alike (an
    online or hybrid meeting counts everyone who joined), and those who left early too, as the
    protocol counts them."""
    query = (
        select(func.count())
        .select_from(Attendance)
        .where(
            Attendance.meeting_id == meeting_id,
            Attendance.present == True,  # noqa: E712
            Attendance.deleted == False,  # noqa: E712
        )
    )
    return int(session.exec(query).one())


def total_votes(record: Any) -> int:
    """For, against and abstained together (a count left empty counts as none)."""
    return sum(getattr(record, field, None) or 0 for field in VOTE_FIELDS)


def votes_beyond_present(votes: int, present: int) -> Message | None:
    """Why a vote of ``votes`` cannot be recorded with ``present`` people present (None when it
    can): nobody votes who is not there. The decision form shows the same sentence."""
    if votes <= present:
        return None
    return Message(
        "{votes} votes, but {present} people are present: "
        "correct the votes or check in those who voted.",
        votes=votes,
        present=present,
    )


def check_votes_still_fit(session: Session, meeting_id: str) -> None:
    """Refuse a change of a closed meeting's attendance that leaves a recorded vote with more
    votes than people present: the protocol is signed, and its close check list will not run
    again to catch it. Call it after the change, in the same transaction."""
    decisions = session.exec(
        select(Decision).where(
            Decision.meeting_id == meeting_id,
            Decision.deleted == False,  # noqa: E712
        )
    ).all()
    largest = max((total_votes(decision) for decision in decisions), default=0)
    present = present_count(session, meeting_id)
    if largest > present:
        raise InvalidInput(
            "a decision of this meeting has {votes} votes, and only {present} people would "
            "be present: amend the votes first, then this attendance.",
            votes=largest,
            present=present,
        )


def _check_votes(session: Session, meeting_id: str, votes: dict[str, int | None]) -> None:
    problem = votes_beyond_present(
        sum(v or 0 for v in votes.values()), present_count(session, meeting_id)
    )
    if problem is not None:
        raise InvalidInput(problem)


def add_decision(
    session: Session,
    actor: Actor,
    item_id: str,
    *,
    text: str,
    votes_for: int | None = None,
    votes_against: int | None = None,
    votes_abstained: int | None = None,
    document_title: str | None = None,
    reason: str | None = None,
) -> Decision:
    """A decision under DECIDED on an agenda item, with its vote."""
    item = get_live(session, AgendaItem, item_id, what=Label("agenda item"))
    meeting_for_write(session, item.meeting_id, reason)
    votes = _votes(
        {
            "votes_for": votes_for,
            "votes_against": votes_against,
            "votes_abstained": votes_abstained,
        }
    )
    _check_votes(session, item.meeting_id, votes)
    decision = Decision(
        meeting_id=item.meeting_id,
        agenda_item_id=item.id,
        position=_next_position(session, Decision, "agenda_item_id", item.id),
        text=clean_text(text, field=_DECISION, required=True) or "",
        document_title=clean_line(document_title, field=_DOCUMENT_TITLE),
        device_id=actor.device_id,
        seq=0,
        **votes,
    )
    return Recorder(session, actor).add(decision, reason=reason)


def update_decision(
    session: Session, actor: Actor, decision_id: str, *, reason: str | None = None, **changes: Any
) -> Decision:
    decision = get_live(session, Decision, decision_id, what=Label("decision"))
    meeting_for_write(session, decision.meeting_id, reason)
    clean = _votes(changes)
    for field, value in changes.items():
        if field == "text":
            clean[field] = clean_text(value, field=_DECISION, required=True)
        elif field == "document_title":
            clean[field] = clean_line(value, field=_DOCUMENT_TITLE)
        elif field not in clean:
            raise InvalidInput("'{field}' is not part of a decision.", field=field)
    if any(field in clean for field in VOTE_FIELDS):
        # the vote as it will stand, with the counts not changed now as they are
        _check_votes(
            session,
            decision.meeting_id,
            {field: clean.get(field, getattr(decision, field)) for field in VOTE_FIELDS},
        )
    Recorder(session, actor).update(decision, clean, reason=reason)
    return decision


def delete_decision(
    session: Session, actor: Actor, decision_id: str, *, reason: str | None = None
) -> None:
    decision = get_live(session, Decision, decision_id, what=Label("decision"))
    meeting_for_write(session, decision.meeting_id, reason)
    Recorder(session, actor).delete(decision, reason=reason)
