"""Proposals and comments received at a meeting, and questions to speakers with their answers."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.validation import clean_line, clean_text
from khdesk.domain.vocabulary import ProposalKind, QuestionStatus
from khdesk.services.changes import note_record
from khdesk.services.common import (
    get_live,
    meeting_for_write,
    optional_item,
    optional_person,
    require_direction,
    require_section,
)
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Proposal, Question, Section

# What the messages call each field (the window translates them).
_PROPOSAL_TEXT = Label("the proposal's text")
_QUESTION = Label("the question")
_ANSWER = Label("the answer")
_LINE_FIELDS = {
    "author_name": Label("the author"),
    "organisation": Label("the organisation"),
    "asker_name": Label("the asker"),
    "addressee": Label("the addressee"),
}


def _proposal_kind(value: str) -> str:
    try:
        return ProposalKind(value).value
    except ValueError:
        raise InvalidInput(
            "unknown kind '{value}': use proposal or comment.", value=value
        ) from None


def add_proposal(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    text: str,
    direction: str,
    kind: str = ProposalKind.PROPOSAL,
    section: str | None = None,
    author_name: str | None = None,
    author_person_id: str | None = None,
    organisation: str | None = None,
    agenda_item_id: str | None = None,
    reason: str | None = None,
) -> Proposal:
    """A proposal or comment, numbered in the order the meeting received it."""
    meeting_for_write(session, meeting_id, reason)
    direction_code = require_direction(session, direction)
    number = session.exec(
        select(func.max(Proposal.number)).where(Proposal.meeting_id == meeting_id)
    ).one()
    proposal = Proposal(
        meeting_id=meeting_id,
        agenda_item_id=optional_item(session, agenda_item_id, meeting_id),
        number=int(number or 0) + 1,
        kind=_proposal_kind(kind),
        text=clean_text(text, field=_PROPOSAL_TEXT, required=True) or "",
        author_person_id=optional_person(session, author_person_id),
        author_name=clean_line(author_name, field=_LINE_FIELDS["author_name"]),
        organisation=clean_line(organisation, field=_LINE_FIELDS["organisation"]),
        direction_code=direction_code,
        section_code=section_code(session, section, direction_code),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(proposal, reason=reason)


def section_code(
    session: Session, section: str | None, direction: str, *, kept: str | None = None
) -> str | None:
    """The section to file a proposal under: one of ``direction``, and in use unless it is
    ``kept``, the section the proposal is filed under already (retiring a section does not
    force its proposals to be filed anew)."""
    found = require_section(session, section, direction)
    if found is None:
        return None
    if not found.active and found.code != kept:
        raise InvalidInput(
            "section {code} is retired: choose an active section of the prospectus.",
            code=found.code,
        )
    return found.code


def update_proposal(
    session: Session, actor: Actor, proposal_id: str, *, reason: str | None = None, **changes: Any
) -> Proposal:
    proposal = get_live(session, Proposal, proposal_id, what=Label("proposal"))
    meeting_for_write(session, proposal.meeting_id, reason)
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "text":
            clean[field] = clean_text(value, field=_PROPOSAL_TEXT, required=True)
        elif field == "kind":
            clean[field] = _proposal_kind(value)
        elif field in ("author_name", "organisation"):
            clean[field] = clean_line(value, field=_LINE_FIELDS[field])
        elif field == "direction_code":
            clean[field] = require_direction(session, value)
        elif field == "section_code":
            clean[field] = value or None
        elif field == "author_person_id":
            clean[field] = optional_person(session, value)
        elif field == "agenda_item_id":
            clean[field] = optional_item(session, value, proposal.meeting_id)
        else:
            raise InvalidInput("'{field}' is not part of a proposal.", field=field)
    direction = clean.get("direction_code", proposal.direction_code)
    if "section_code" in clean or "direction_code" in clean:
        section = clean.get("section_code", proposal.section_code)
        found = require_section(session, section, None)
        if "direction_code" in clean and "section_code" not in clean and found:
            # a new direction drops a section that belonged to the old one
            section = section if found.direction_code == direction else None
        elif found and section == proposal.section_code and direction == proposal.direction_code:
            # neither changed: the proposal stays with its section, which may have moved
            direction = found.direction_code
        clean["direction_code"] = direction
        clean["section_code"] = section_code(
            session, section, direction, kept=proposal.section_code
        )
    Recorder(session, actor).update(proposal, clean, reason=reason)
    return proposal


def follow_moved_sections(session: Session, actor: Actor) -> int:
    """Give every proposal filed under a section that moved to another direction its section's
    direction; returns how many changed.

    A proposal's direction is its section's direction whenever it has a section. This
    installation's own proposals change through the ``Recorder`` (so the change travels in the
    next bundle), in closed meetings too: it is the reference that moved, not the protocol.
    Headquarters also holds the regions' proposals, which only their device may change: their
    stored direction follows in place (an import checks a region's bundle the same way,
    ``sync.records.TableCheck``), and the region's own update replaces it when it arrives."""
    moved = session.exec(
        select(Proposal, Section.direction_code)
        .join(Section, col(Section.code) == Proposal.section_code)
        .where(Proposal.direction_code != Section.direction_code)
    ).all()
    recorder = Recorder(session, actor)
    changed = 0
    for proposal, direction in moved:
        if proposal.device_id != actor.device_id:
            proposal.direction_code = direction
            session.add(proposal)
            note_record(session, "proposal", proposal.meeting_id)
        elif proposal.deleted:
            continue  # not recorded again: headquarters files a deleted one as it arrives
        else:
            recorder.update(proposal, {"direction_code": direction})
        changed += 1
    session.flush()
    return changed


def delete_proposal(
    session: Session, actor: Actor, proposal_id: str, *, reason: str | None = None
) -> None:
    proposal = get_live(session, Proposal, proposal_id, what=Label("proposal"))
    meeting_for_write(session, proposal.meeting_id, reason)
    Recorder(session, actor).delete(proposal, reason=reason)


def proposals(session: Session, meeting_id: str, *, direction: str | None = None) -> list[Proposal]:
    query = select(Proposal).where(
        Proposal.meeting_id == meeting_id,
        Proposal.deleted == False,  # noqa: E712
    )
    if direction:
        query = query.where(Proposal.direction_code == direction)
    return list(session.exec(query.order_by(col(Proposal.number))))


def add_question(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    text: str,
    addressee: str | None = None,
    asker_name: str | None = None,
    asker_person_id: str | None = None,
    answer: str | None = None,
    agenda_item_id: str | None = None,
    reason: str | None = None,
) -> Question:
    """A question to a speaker; it is answered when an answer is given."""
    meeting_for_write(session, meeting_id, reason)
    answer_text = clean_text(answer, field=_ANSWER)
    question = Question(
        meeting_id=meeting_id,
        agenda_item_id=optional_item(session, agenda_item_id, meeting_id),
        asker_person_id=optional_person(session, asker_person_id),
        asker_name=clean_line(asker_name, field=_LINE_FIELDS["asker_name"]),
        addressee=clean_line(addressee, field=_LINE_FIELDS["addressee"]),
        text=clean_text(text, field=_QUESTION, required=True) or "",
        answer=answer_text,
        status=(QuestionStatus.ANSWERED if answer_text else QuestionStatus.OPEN).value,
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(question, reason=reason)


def update_question(
    session: Session, actor: Actor, question_id: str, *, reason: str | None = None, **changes: Any
) -> Question:
    """Edit a question; giving an answer marks it answered unless a status is given."""
    question = get_live(session, Question, question_id, what=Label("question"))
    meeting_for_write(session, question.meeting_id, reason)
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "text":
            clean[field] = clean_text(value, field=_QUESTION, required=True)
        elif field == "answer":
            clean[field] = clean_text(value, field=_ANSWER)
        elif field in ("addressee", "asker_name"):
            clean[field] = clean_line(value, field=_LINE_FIELDS[field])
        elif field == "status":
            try:
                clean[field] = QuestionStatus(value).value
            except ValueError:
                raise InvalidInput(
                    "unknown status '{value}': use open, answered or withdrawn.", value=value
                ) from None
        elif field == "asker_person_id":
            clean[field] = optional_person(session, value)
        elif field == "agenda_item_id":
            clean[field] = optional_item(session, value, question.meeting_id)
        else:
            raise InvalidInput("'{field}' is not part of a question.", field=field)
    if "answer" in clean and "status" not in clean:
        clean["status"] = (
            QuestionStatus.ANSWERED if clean["answer"] else QuestionStatus.OPEN
        ).value
    Recorder(session, actor).update(question, clean, reason=reason)
    return question


def delete_question(
    session: Session, actor: Actor, question_id: str, *, reason: str | None = None
) -> None:
    question = get_live(session, Question, question_id, what=Label("question"))
    meeting_for_write(session, question.meeting_id, reason)
    Recorder(session, actor).delete(question, reason=reason)
