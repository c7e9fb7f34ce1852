"""Headquarters' review of proposals: moves along the graph, bulk moves with a preview, undo,
history, answer templates, the list of proposals, and the reviews a region receives.

A proposal has at most one review, a ``ProposalReview`` owned by headquarters' device (its id is
made from the proposal's, ``review_id_for``, so that two analysts reviewing one proposal at once
cannot give it two); no review is *new*. Every change of it goes through the ``Recorder``, so
the change log is its history (``review_history``). The moves and what each state needs are
``khdesk.domain.review``; docs/review.md describes them for users.

The shape of a review action, for the command line and the window alike::

    preview = preview_bulk(session, ids, ReviewChange(status="accepted", section="D2.3"))
    preview.summary          # «37 proposals will be accepted into D2.3.»
    preview.refused          # each refused proposal with its one sentence
    step = apply_bulk(session, actor, preview)   # all or nothing; the step is plain data
    undo_review_step(session, actor, step)       # takes it back, if nothing changed since

``set_review`` and ``review_proposals`` do the same for proposals named directly, refusing
(with the first refusal's sentence) if any of them cannot move. Only headquarters reviews: on a
region's installation every write here refuses in one sentence.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import and_, func, or_, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.selectable import Join
from sqlmodel import Session, col, select

from khdesk.domain import review as graph
from khdesk.domain.errors import (
    ChangedMeanwhile,
    InvalidInput,
    Label,
    Message,
    NotFound,
    NotInitialised,
    ReadOnly,
)
from khdesk.domain.proposal_search import search_words
from khdesk.domain.review import MoveRefused
from khdesk.domain.validation import clean_line, clean_text
from khdesk.domain.vocabulary import ReviewStatus, Role
from khdesk.services.installation import get_meta, local_device, set_meta, user_name
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import ChangeLog, Meeting, Proposal, ProposalReview, Section
from khdesk.storage.numbers import device_codes, meeting_number, numbered
from khdesk.storage.search import narrowing

S = ReviewStatus
#: The review's fields a move sets (and an undo puts back).
FIELDS = ("status", "reviewer", "note", "duplicate_of_id", "accepted_section_code")
_BLANK: dict[str, Any] = dict.fromkeys(FIELDS) | {"status": S.NEW.value}
# the review of a proposal has an id made from the proposal's: one per proposal, by the key
_REVIEW_NAMESPACE = uuid.UUID("5b0b8a52-3c51-4d0e-9a61-6f2f3f0c7e21")

_REASON = Label("the reason")
_NOTE = Label("the note")
_REVIEWER = Label("the reviewer")


def review_id_for(proposal_id: str) -> str:
    """The id of ``proposal_id``'s review (whoever writes it first)."""
    return str(uuid.uuid5(_REVIEW_NAMESPACE, proposal_id))


# --- who may review ---------------------------------------------------------------------------


def require_headquarters(session: Session) -> None:
    """Refuse on a region's installation: reviews are headquarters' records."""
    device = local_device(session)
    if device is None:
        raise NotInitialised("this installation has no identity yet: run 'khdesk init' first.")
    if device.role != Role.HQ:
        raise ReadOnly(
            "proposals are reviewed at headquarters: this region's installation shows the "
            "reviews it receives in the reference bundle but does not change them."
        )


# --- what an action asks ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewChange:
    """One review action, for one proposal or a selection.

    ``status`` moves along the graph and takes what the state needs: ``section`` to accept,
    ``into`` (a proposal id) to merge, ``reason`` (or an answer ``template`` in ``language``)
    to decline or ask for clarification. ``section`` alone moves accepted proposals to another
    section; ``reviewer`` alone assigns them; ``note`` alone replaces their note. A move records
    its reason and note as the review's note (the reason first) and the actor's name as its
    reviewer unless ``reviewer`` names another.
    """

    status: str | None = None
    section: str | None = None
    into: str | None = None
    reason: str | None = None
    note: str | None = None
    reviewer: str | None = None
    template: int | None = None
    language: str = "ru"


@dataclass(frozen=True)
class PlannedReview:
    """What an action will do to one proposal: its review's fields before and after."""

    proposal_id: str
    proposal: Message
    review_id: str
    #: the review's version when planned; None when the proposal has no review yet
    version: int | None
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class Refusal:
    """A proposal an action leaves alone, and why, in one sentence."""

    proposal_id: str
    problem: Message
    #: the proposal does not exist (or no longer does), rather than refusing the move
    missing: bool = False


@dataclass(frozen=True)
class BulkPreview:
    """What ``apply_bulk`` will do: the proposals that move and those refused, with reasons."""

    change: ReviewChange
    moves: tuple[PlannedReview, ...]
    refused: tuple[Refusal, ...]
    summary: Message

    def as_json(self) -> dict[str, Any]:
        return {
            "summary": str(self.summary),
            "moves": [m.proposal_id for m in self.moves],
            "refused": [
                {"proposal": r.proposal_id, "problem": str(r.problem)} for r in self.refused
            ],
        }


@dataclass(frozen=True)
class StepEntry:
    """One review as an action left it: enough to take the action back."""

    proposal_id: str
    review_id: str
    before: dict[str, Any]
    #: the review's version right after the action; an undo refuses if it changed since
    version: int


@dataclass(frozen=True)
class ReviewStep:
    """One review action as written (single or bulk), for ``undo_review_step``."""

    entries: tuple[StepEntry, ...]
    summary: Message

    @property
    def proposal_ids(self) -> list[str]:
        return [entry.proposal_id for entry in self.entries]


# --- one proposal's review ----------------------------------------------------------------------


def review_of(session: Session, proposal_id: str) -> ProposalReview | None:
    """``proposal_id``'s live review, or None (the proposal is *new*)."""
    found = session.get(ProposalReview, review_id_for(proposal_id))
    if found is None:  # a review written before ids were made from the proposal's
        found = session.exec(
            select(ProposalReview)
            .where(ProposalReview.proposal_id == proposal_id)
            .order_by(col(ProposalReview.id))
        ).first()
    return found if found is not None and not found.deleted else None


def status_of(session: Session, proposal_id: str) -> ReviewStatus:
    review = review_of(session, proposal_id)
    return graph.status_of(review.status if review else None)


def proposal_label(session: Session, proposal: Proposal) -> Message:
    """A proposal as a sentence names it: its number in its meeting, and the meeting's number."""
    meeting = session.get(Meeting, proposal.meeting_id)
    where = meeting_number(session, meeting) if meeting is not None else proposal.meeting_id
    return Message("proposal {number} of meeting {meeting}", number=proposal.number, meeting=where)


def _proposal(session: Session, proposal_id: str) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(
            "no proposal with id {id}: check the id ('khdesk proposals list' shows them).",
            id=proposal_id,
        )
    if proposal.deleted:
        raise NotFound(
            "{proposal} was deleted by its region in the meantime: it cannot be reviewed; "
            "refresh the list.",
            proposal=proposal_label(session, proposal),
        )
    return proposal


def _fields(review: ProposalReview | None) -> dict[str, Any]:
    if review is None:
        return dict(_BLANK)
    return {name: getattr(review, name) for name in FIELDS}


def _active_section(session: Session, code: str) -> str:
    section = session.get(Section, code.strip())
    if section is None:
        raise InvalidInput(
            "unknown prospectus section '{code}': use a code such as D2.3.", code=code
        )
    if not section.active:
        raise InvalidInput(
            "section {code} is retired: choose an active section of the prospectus.",
            code=section.code,
        )
    return section.code


def _merged_into(session: Session) -> graph.MergedInto:
    def lookup(proposal_id: str) -> str | None:
        review = review_of(session, proposal_id)
        if review is None or review.status != S.MERGED:
            return None
        return review.duplicate_of_id

    return lookup


def _target(session: Session, proposal: Proposal, into: str | None, label: Message) -> str:
    if not into:
        raise MoveRefused(
            "merging {proposal} needs the proposal it goes into: give its id (--into).",
            proposal=label,
        )
    target_id = into.strip()
    if target_id == proposal.id:
        raise MoveRefused("{proposal} cannot be merged into itself.", proposal=label)
    target = _proposal(session, target_id)
    target_label = proposal_label(session, target)
    if status_of(session, target.id) == S.MERGED:
        raise MoveRefused(
            "{target} is itself merged into another proposal: merge {proposal} into that one.",
            target=target_label,
            proposal=label,
        )
    if graph.merge_cycle(proposal.id, target.id, _merged_into(session)):
        raise MoveRefused(
            "merging {proposal} into {target} would make a loop of merges: choose another "
            "proposal.",
            proposal=label,
            target=target_label,
        )
    return target.id


def _reason(session: Session, change: ReviewChange) -> str | None:
    if change.template is not None:
        return answer_text(session, change.template, change.language)
    return clean_text(change.reason, field=_REASON)


def _plan_one(
    session: Session, proposal_id: str, change: ReviewChange, actor_name: str | None
) -> PlannedReview:
    """What ``change`` does to one proposal, or the error that refuses it (one sentence)."""
    proposal = _proposal(session, proposal_id)
    label = proposal_label(session, proposal)
    review = review_of(session, proposal.id)
    before = _fields(review)
    current = graph.status_of(before["status"])
    after = dict(before)
    reviewer = clean_line(change.reviewer, field=_REVIEWER)
    note = clean_text(change.note, field=_NOTE)
    if change.status:
        target = graph.parse_status(change.status)
        graph.check_move(current, target, proposal=label)
        needs = graph.NEEDS[target]
        after.update(dict(_BLANK), status=target.value, reviewer=reviewer or actor_name)
        if "section" in needs:
            if not change.section:
                raise MoveRefused(
                    "accepting {proposal} needs the prospectus section it goes into "
                    "(--section D2.3).",
                    proposal=label,
                )
            after["accepted_section_code"] = _active_section(session, change.section)
        if "target" in needs:
            after["duplicate_of_id"] = _target(session, proposal, change.into, label)
        reason = _reason(session, change)
        if "reason" in needs and not reason:
            if target == S.DECLINED:
                raise MoveRefused(
                    "declining {proposal} needs a reason the region will read: write it "
                    "(--reason) or choose an answer template.",
                    proposal=label,
                )
            raise MoveRefused(
                "asking for clarification of {proposal} needs the question the region will "
                "read: write it (--reason) or choose an answer template.",
                proposal=label,
            )
        after["note"] = "\n\n".join(text for text in (reason, note) if text) or None
        if after["reviewer"] is None:
            after["reviewer"] = before["reviewer"]
        if current == target == S.ACCEPTED and (
            after["accepted_section_code"] == before["accepted_section_code"]
        ):
            raise MoveRefused(
                "{proposal} is already accepted into {code}: nothing to change.",
                proposal=label,
                code=before["accepted_section_code"],
            )
    elif change.section:
        if current != S.ACCEPTED:
            raise MoveRefused(
                "{proposal} is {state}, not accepted: accept it into a section instead.",
                proposal=label,
                state=graph.NAMES[current],
            )
        after["accepted_section_code"] = _active_section(session, change.section)
        if after == before:
            raise MoveRefused(
                "{proposal} is already in section {code}: nothing to change.",
                proposal=label,
                code=after["accepted_section_code"],
            )
        after["reviewer"] = reviewer or actor_name or before["reviewer"]
    elif reviewer:
        after["reviewer"] = reviewer
    elif note:
        after["note"] = note
    else:
        raise InvalidInput(
            "say what the review changes: a status, a section, a reviewer or a note."
        )
    return PlannedReview(
        proposal_id=proposal.id,
        proposal=label,
        review_id=review.id if review is not None else review_id_for(proposal.id),
        version=review.version if review is not None else None,
        before=before,
        after=after,
    )


def _summary(change: ReviewChange, count: int, session: Session) -> Message:
    one = count == 1
    if change.status:
        target = graph.parse_status(change.status)
        if target == S.ACCEPTED:
            if one:
                return Message(
                    "1 proposal will be accepted into {section}.", section=change.section
                )
            return Message(
                "{count} proposals will be accepted into {section}.",
                count=count,
                section=change.section,
            )
        if target == S.MERGED:
            into = session.get(Proposal, (change.into or "").strip())
            what = proposal_label(session, into) if into is not None else change.into
            if one:
                return Message("1 proposal will be merged into {target}.", target=what)
            return Message(
                "{count} proposals will be merged into {target}.", count=count, target=what
            )
        if one:
            return Message("1 proposal will become {state}.", state=graph.NAMES[target])
        return Message(
            "{count} proposals will become {state}.", count=count, state=graph.NAMES[target]
        )
    if change.section:
        if one:
            return Message("1 proposal will move to {section}.", section=change.section)
        return Message(
            "{count} proposals will move to {section}.", count=count, section=change.section
        )
    if change.reviewer:
        if one:
            return Message("1 proposal will be assigned to {name}.", name=change.reviewer)
        return Message(
            "{count} proposals will be assigned to {name}.", count=count, name=change.reviewer
        )
    if one:
        return Message("1 proposal will get the note.")
    return Message("{count} proposals will get the note.", count=count)


def _actor_name(session: Session) -> str | None:
    return user_name(session)


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))


def preview_bulk(session: Session, ids: Sequence[str], change: ReviewChange) -> BulkPreview:
    """What ``change`` would do to each of ``ids``: the moves, and the refusals with their
    sentences (a deleted proposal, an unknown or retired section, a move the graph does not
    allow). Nothing is written."""
    require_headquarters(session)
    if not _unique(ids):
        raise InvalidInput("no proposals are selected: select those the action is for.")
    name = _actor_name(session)
    moves, refused = [], []
    for proposal_id in _unique(ids):
        try:
            moves.append(_plan_one(session, proposal_id, change, name))
        except (InvalidInput, NotFound) as problem:
            missing = isinstance(problem, NotFound)
            refused.append(Refusal(proposal_id, problem.message, missing))
    return BulkPreview(change, tuple(moves), tuple(refused), _summary(change, len(moves), session))


def _version(session: Session, review_id: str) -> int | None:
    row = (
        session.connection()
        .execute(text("SELECT version FROM proposalreview WHERE id = :id"), {"id": review_id})
        .first()
    )
    return None if row is None else int(row[0])


def _changed_meanwhile(session: Session, move: PlannedReview) -> MoveRefused:
    """The sentence for a review another analyst saved first: who, and to what."""
    return _changed_by_another(session, move.proposal, move.review_id)


def _changed_by_another(session: Session, proposal: Message, review_id: str) -> MoveRefused:
    row = (
        session.connection()
        .execute(
            text("SELECT status, reviewer FROM proposalreview WHERE id = :id"), {"id": review_id}
        )
        .first()
    )
    status = graph.status_of(row[0] if row else None)
    return MoveRefused(
        "{proposal} was changed meanwhile by {who}: it is now {state}; nothing was changed, "
        "look at it again.",
        proposal=proposal,
        who=(row[1] if row and row[1] else Label("another analyst")),
        state=graph.NAMES[status],
    )


def _write(session: Session, actor: Actor, moves: Sequence[PlannedReview]) -> list[StepEntry]:
    recorder = Recorder(session, actor)
    entries = []
    for move in moves:
        review = session.get(ProposalReview, move.review_id)
        try:
            if review is None:
                # in a savepoint: when another analyst wrote the first review at the same
                # moment, the database refuses this one and what they wrote can still be read
                with session.begin_nested():
                    review = recorder.add(
                        ProposalReview(
                            id=move.review_id,
                            proposal_id=move.proposal_id,
                            device_id=actor.device_id,
                            seq=0,
                            **move.after,
                        )
                    )
            else:
                recorder.update(review, move.after)
        except (ChangedMeanwhile, IntegrityError):
            raise _changed_meanwhile(session, move) from None
        entries.append(StepEntry(move.proposal_id, review.id, move.before, review.version))
    return entries


def apply_bulk(session: Session, actor: Actor, preview: BulkPreview) -> ReviewStep:
    """Do what ``preview`` said, in the caller's transaction, and return what undo needs.

    Every planned proposal is checked again first: if one was deleted, reviewed by someone else
    or its section retired since the preview, the whole action refuses in one sentence and
    nothing is written. The refused proposals of the preview are left alone."""
    require_headquarters(session)
    if not preview.moves:
        if preview.refused:
            raise MoveRefused(
                "none of the selected proposals can take this action: {problem}",
                problem=preview.refused[0].problem,
            )
        raise InvalidInput("no proposals are selected: select those the action is for.")
    name = actor.name or _actor_name(session)
    moves = []
    for planned in preview.moves:
        try:
            now = _plan_one(session, planned.proposal_id, preview.change, name)
        except MoveRefused:
            if _version(session, planned.review_id) != planned.version:
                raise _changed_meanwhile(session, planned) from None
            raise
        if now.version != planned.version:
            raise _changed_meanwhile(session, planned)
        moves.append(now)
    return ReviewStep(tuple(_write(session, actor, moves)), preview.summary)


def review_proposals(
    session: Session, actor: Actor, ids: Sequence[str], change: ReviewChange
) -> ReviewStep:
    """Apply ``change`` to every one of ``ids`` or to none: the first refusal is raised."""
    preview = preview_bulk(session, ids, change)
    if preview.refused:
        first = preview.refused[0]
        kind = NotFound if first.missing else MoveRefused
        if len(preview.refused) == 1:
            raise kind(first.problem)
        raise kind(
            "{problem} ({more} more of the proposals are refused too; nothing was changed)",
            problem=first.problem,
            more=len(preview.refused) - 1,
        )
    return apply_bulk(session, actor, preview)


@dataclass(frozen=True)
class Seen:
    """What the analyst saw of a proposal's review when they chose an action: when it last
    changed (None: it had no review yet)."""

    reviewed_at: dt.datetime | None


def set_review(
    session: Session,
    actor: Actor,
    proposal_id: str,
    change: ReviewChange,
    *,
    seen: Seen | None = None,
) -> ReviewStep:
    """Apply ``change`` to one proposal, or refuse in one sentence; with ``seen``, refused
    also when the review changed since the analyst saw it (another analyst saved first)."""
    if seen is not None:
        current = review_of(session, proposal_id)
        if (current.updated_at if current else None) != seen.reviewed_at:
            proposal = _proposal(session, proposal_id)
            raise _changed_by_another(
                session, proposal_label(session, proposal), review_id_for(proposal_id)
            )
    return review_proposals(session, actor, [proposal_id], change)


def undo_review_step(session: Session, actor: Actor, step: ReviewStep) -> ReviewStep:
    """Take back ``step`` exactly, every review of it or none; refused in one sentence if one of
    them changed since. The undo is itself a step in each proposal's history."""
    require_headquarters(session)
    moves = []
    for entry in step.entries:
        review = session.get(ProposalReview, entry.review_id)
        proposal = session.get(Proposal, entry.proposal_id)
        label = (
            proposal_label(session, proposal)
            if proposal is not None
            else Message("proposal {id}", id=entry.proposal_id)
        )
        if review is None or review.version != entry.version:
            raise MoveRefused(
                "{proposal} was reviewed again since: the action cannot be undone as a whole, "
                "change it by hand.",
                proposal=label,
            )
        target = entry.before.get("duplicate_of_id")
        if target and graph.merge_cycle(entry.proposal_id, target, _merged_into(session)):
            raise MoveRefused(
                "undoing would merge {proposal} into a loop of merges: change it by hand.",
                proposal=label,
            )
        moves.append(
            PlannedReview(
                entry.proposal_id,
                label,
                review.id,
                review.version,
                _fields(review),
                dict(entry.before),
            )
        )
    summary = Message("the review action was undone ({what})", what=step.summary)
    return ReviewStep(tuple(_write(session, actor, moves)), summary)


# --- history and lineage ----------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One write of a proposal's review: who, when, and the review as it left it."""

    at: dt.datetime
    actor: str | None
    device_id: str
    version: int
    status: ReviewStatus
    previous: ReviewStatus
    section: str | None
    into: str | None
    reviewer: str | None
    note: str | None
    changed: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "device": self.device_id,
            "version": self.version,
            "status": self.status.value,
            "previous": self.previous.value,
            "section": self.section,
            "into": self.into,
            "reviewer": self.reviewer,
            "note": self.note,
            "changed": list(self.changed),
        }


def review_history(session: Session, proposal_id: str) -> list[HistoryEntry]:
    """Who decided what about ``proposal_id`` and when, oldest first, from the change log."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(
            "no proposal with id {id}: check the id ('khdesk proposals list' shows them).",
            id=proposal_id,
        )
    review_ids = set(
        session.exec(select(ProposalReview.id).where(ProposalReview.proposal_id == proposal_id))
    )
    if not review_ids:
        return []
    logged = session.exec(
        select(ChangeLog)
        .where(ChangeLog.table_name == "proposalreview", col(ChangeLog.record_id).in_(review_ids))
        .order_by(col(ChangeLog.at), col(ChangeLog.seq))
    )
    state = dict(_BLANK)
    entries = []
    for change in logged:
        values = orjson.loads(change.changes) if change.changes else {}
        previous = graph.status_of(state["status"])
        for name in FIELDS:
            if name in values:
                state[name] = values[name][1]
        entries.append(
            HistoryEntry(
                at=change.at,
                actor=change.actor,
                device_id=change.device_id,
                version=change.version,
                status=graph.status_of(state["status"]),
                previous=previous,
                section=state["accepted_section_code"],
                into=state["duplicate_of_id"],
                reviewer=state["reviewer"],
                note=state["note"],
                changed=tuple(name for name in FIELDS if name in values),
            )
        )
    return entries


@dataclass(frozen=True)
class Lineage:
    """Where a proposal was merged into (the chain, nearest first) and what was merged into it
    (every original, however indirectly, as (proposal, the proposal it was merged into))."""

    into: tuple[str, ...]
    merged_from: tuple[tuple[str, str], ...]


def lineage(session: Session, proposal_id: str) -> Lineage:
    into = []
    seen = {proposal_id}
    lookup = _merged_into(session)
    current = lookup(proposal_id)
    while current is not None and current not in seen:
        into.append(current)
        seen.add(current)
        current = lookup(current)
    originals: list[tuple[str, str]] = []
    frontier = [proposal_id]
    visited = {proposal_id}
    while frontier:
        rows = session.exec(
            select(ProposalReview.proposal_id, ProposalReview.duplicate_of_id).where(
                col(ProposalReview.duplicate_of_id).in_(frontier),
                ProposalReview.status == S.MERGED.value,
                ProposalReview.deleted == False,  # noqa: E712
            )
        ).all()
        frontier = []
        for original, target in rows:
            if original not in visited and target is not None:
                visited.add(original)
                originals.append((original, target))
                frontier.append(original)
    return Lineage(tuple(into), tuple(originals))


# --- the list of proposals ------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalRow:
    """A proposal as the review lists it, with its review."""

    id: str
    meeting_id: str
    meeting: str
    region_kato: str | None
    number: int
    kind: str
    text: str
    author: str | None
    organisation: str | None
    direction_code: str
    section_code: str | None
    status: ReviewStatus
    reviewer: str | None
    accepted_section_code: str | None
    duplicate_of_id: str | None
    reviewed_at: dt.datetime | None

    def as_json(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values["status"] = self.status.value
        values["reviewed_at"] = self.reviewed_at.isoformat() if self.reviewed_at else None
        return values


def list_proposals(
    session: Session,
    *,
    search: str | None = None,
    status: str | None = None,
    region: str | None = None,
    meeting: str | None = None,
    kind: str | None = None,
    direction: str | None = None,
    section: str | None = None,
    reviewer: str | None = None,
    decided: bool | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[ProposalRow]:
    """Live proposals with their reviews, by meeting date, meeting and number.

    ``search`` finds every word in the text, author or organisation in any spelling the
    check-in search allows (``khdesk.domain.names.text_matches``), looked for in the stored
    ``Proposal.search_key`` by the database; ``status`` is a state's
    value or name; ``section`` matches the section a proposal was filed under or accepted into;
    ``reviewer`` the review's reviewer ("reviewed by me" is the user's name); ``decided`` False
    keeps those not reviewed yet (new, in review, needs clarification), True the decided ones.
    ``offset`` and ``limit`` give a page.
    """
    review_on = and_(
        col(ProposalReview.proposal_id) == col(Proposal.id),
        col(ProposalReview.deleted) == False,  # noqa: E712
    )
    current = func.coalesce(col(ProposalReview.status), S.NEW.value)
    found = _search_conditions(session, search)
    if found.nothing:
        return []
    # a few proposals found are looked up and sorted; otherwise the list is walked in order
    join = Join if found.few else _InOrder
    meetings_and_proposals = join(
        Meeting.__table__,  # type: ignore[attr-defined]  # SQLModel's table
        Proposal.__table__,  # type: ignore[attr-defined]
        col(Meeting.id) == col(Proposal.meeting_id),
    )
    query = (
        select(Proposal, Meeting, ProposalReview)
        .select_from(meetings_and_proposals)
        .outerjoin(ProposalReview, review_on)
        # NOT deleted, which no index answers, when the few proposals found are looked up
        .where(text("NOT proposal.deleted") if found.few else Proposal.deleted == False)  # noqa: E712
        .order_by(col(Meeting.date), col(Meeting.id), col(Proposal.number), col(Proposal.id))
    )
    if status:
        query = query.where(current == graph.parse_status(status).value)
    if decided is not None:
        values = [s.value for s in graph.DECIDED]
        query = query.where(current.in_(values) if decided else current.not_in(values))
    if region:
        query = query.where(Meeting.region_kato == region.strip())
    if meeting:
        query = query.where(Proposal.meeting_id == meeting.strip())
    if kind:
        query = query.where(Proposal.kind == kind.strip())
    if direction:
        query = query.where(Proposal.direction_code == direction.strip())
    if section:
        code = section.strip()
        query = query.where(
            or_(
                col(Proposal.section_code) == code,
                col(ProposalReview.accepted_section_code) == code,
            )
        )
    if reviewer:
        query = query.where(ProposalReview.reviewer == reviewer.strip())
    for condition in found.conditions:
        query = query.where(condition)
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    found_rows: list[tuple[Proposal, Meeting, ProposalReview | None]] = []
    seen = set()
    for proposal, where, review in session.exec(query):
        if proposal.id in seen:  # a second review of one proposal (written by another program)
            continue
        seen.add(proposal.id)
        found_rows.append((proposal, where, review))
        if limit is not None and len(found_rows) >= limit:
            break
    codes = device_codes(session, (where for _p, where, _r in found_rows))
    return [_row(proposal, where, review, codes) for proposal, where, review in found_rows]


class _InOrder(Join):
    """A join that SQLite runs in the order written (``CROSS JOIN``): the meetings walked by
    date (ix_meeting_in_order), each one's proposals beside it, so that a page of the list (of
    a search too) stops once it is full instead of sorting every proposal first. Other
    databases get a plain join and their own planner."""

    inherit_cache = True


@compiles(_InOrder, "sqlite")
def _cross_join(join: _InOrder, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    return (
        f"{compiler.process(join.left, **kw)} CROSS JOIN {compiler.process(join.right, **kw)} "
        f"ON {compiler.process(join.onclause, **kw)}"
    )


#: Up to this many proposals found by the trigram index are looked up by rowid and sorted;
#: more are found walking the list in its order, where a page fills up quickly.
FEW_FOUND = 2000


@dataclass(frozen=True)
class _Search:
    """A search as conditions on ``Proposal``, and whether the proposals found are few."""

    conditions: list[Any]
    few: bool = False
    nothing: bool = False


def _search_conditions(session: Session, search: str | None) -> _Search:
    """Conditions on ``Proposal`` that keep the proposals whose stored ``search_key`` holds
    every word of ``search`` in one of its spellings (``Typed.found_in``), looked for through
    the trigram index (``khdesk.storage.search``)."""
    words = [[w.folded, w.loose] if w.loose else [w.folded] for w in search_words(search)]
    if not words:
        return _Search([])
    found = narrowing(session.connection(), "proposal", words, few=FEW_FOUND)
    return _Search(
        [text(found.sql).bindparams(**found.values)], few=found.few, nothing=found.nothing
    )


def _row(
    proposal: Proposal,
    meeting: Meeting,
    review: ProposalReview | None,
    codes: dict[str, str | None],
) -> ProposalRow:
    return ProposalRow(
        id=proposal.id,
        meeting_id=meeting.id,
        meeting=numbered(meeting, codes),
        region_kato=meeting.region_kato,
        number=proposal.number,
        kind=proposal.kind,
        text=proposal.text,
        author=proposal.author_name,
        organisation=proposal.organisation,
        direction_code=proposal.direction_code,
        section_code=proposal.section_code,
        status=graph.status_of(review.status if review else None),
        reviewer=review.reviewer if review else None,
        accepted_section_code=review.accepted_section_code if review else None,
        duplicate_of_id=review.duplicate_of_id if review else None,
        reviewed_at=review.updated_at if review else None,
    )


@dataclass(frozen=True)
class ProposalDetail:
    """What the detail pane shows of one proposal: the row, its review's history, its lineage."""

    row: ProposalRow
    history: tuple[HistoryEntry, ...]
    lineage: Lineage


def proposal_detail(session: Session, proposal_id: str) -> ProposalDetail:
    """One proposal with its review, history and lineage (refused if it was deleted)."""
    proposal = _proposal(session, proposal_id)
    meeting = session.get(Meeting, proposal.meeting_id)
    assert meeting is not None  # the database's foreign key
    return ProposalDetail(
        _row(proposal, meeting, review_of(session, proposal.id), device_codes(session, [meeting])),
        tuple(review_history(session, proposal.id)),
        lineage(session, proposal.id),
    )


# --- answer templates -------------------------------------------------------------------------

_TEMPLATES = "answer_templates"
LANGUAGES = ("kk", "ru", "en")
#: The states an answer template is written for.
TEMPLATE_STATES = (S.DECLINED, S.NEEDS_CLARIFICATION)


@dataclass(frozen=True)
class AnswerTemplate:
    """A reusable answer to a region: for declining or for asking a clarification."""

    id: int
    status: ReviewStatus
    texts: dict[str, str] = field(default_factory=dict)

    def text(self, language: str) -> str:
        """The text in ``language``, else in the first language that has one."""
        for code in (language, *LANGUAGES):
            if self.texts.get(code):
                return self.texts[code]
        return ""

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status.value, "texts": dict(self.texts)}


def _stored_templates(session: Session) -> dict[str, Any]:
    raw = get_meta(session, _TEMPLATES)
    try:
        stored = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError:
        stored = {}
    if not isinstance(stored, dict) or not isinstance(stored.get("templates"), list):
        stored = {"next": 1, "templates": []}
    return stored


def _template(data: dict[str, Any]) -> AnswerTemplate:
    return AnswerTemplate(int(data["id"]), ReviewStatus(data["status"]), dict(data["texts"]))


def list_answer_templates(session: Session, status: str | None = None) -> list[AnswerTemplate]:
    """The answer templates, oldest first; only those for ``status`` when given."""
    wanted = graph.parse_status(status) if status else None
    found = [_template(t) for t in _stored_templates(session)["templates"]]
    return [t for t in found if wanted is None or t.status == wanted]


def add_answer_template(
    session: Session, *, status: str, kk: str = "", ru: str = "", en: str = ""
) -> AnswerTemplate:
    """A new answer template for declining or for a clarification, in one to three languages."""
    require_headquarters(session)
    state = graph.parse_status(status)
    if state not in TEMPLATE_STATES:
        raise InvalidInput(
            "answer templates are for declining and for asking a clarification, not for {state}.",
            state=graph.NAMES[state],
        )
    texts = {
        code: clean_text(value, field=Label("the answer")) or ""
        for code, value in (("kk", kk), ("ru", ru), ("en", en))
    }
    if not any(texts.values()):
        raise InvalidInput("the answer template is empty: write its text in at least one language.")
    stored = _stored_templates(session)
    template = AnswerTemplate(int(stored.get("next", 1)), state, texts)
    stored["templates"].append(template.as_json())
    stored["next"] = template.id + 1
    set_meta(session, _TEMPLATES, orjson.dumps(stored).decode())
    return template


def remove_answer_template(session: Session, template_id: int) -> None:
    require_headquarters(session)
    stored = _stored_templates(session)
    kept = [t for t in stored["templates"] if t.get("id") != template_id]
    if len(kept) == len(stored["templates"]):
        raise NotFound(
            "no answer template numbered {id}: the list of templates shows their numbers.",
            id=template_id,
        )
    stored["templates"] = kept
    set_meta(session, _TEMPLATES, orjson.dumps(stored).decode())


def answer_text(session: Session, template_id: int, language: str) -> str:
    for template in list_answer_templates(session):
        if template.id == template_id:
            return template.text(language)
    raise NotFound(
        "no answer template numbered {id}: the list of templates shows their numbers.",
        id=template_id,
    )


# --- reviews in the reference bundle -----------------------------------------------------------

_RECEIVED = "received_reviews"


#: The reference bundle's entry of reviews. Under ``reference/``, where a laptop of an older
#: khdesk accepts (and ignores) an entry it does not know.
REVIEWS_ENTRY = "reference/reviews.json"


def _answer(review: ProposalReview) -> str | None:
    """The review's note when its state asks the region for nothing less (the reason of a
    decline, the question of a clarification); otherwise the note is headquarters' own."""
    status = graph.status_of(review.status)
    return review.note if "reason" in graph.NEEDS.get(status, frozenset()) else None


def bundle_reviews(session: Session) -> dict[str, bytes]:
    """The reference bundle's entry of reviews, ``REVIEWS_ENTRY``: for every device whose
    proposals headquarters has reviewed (by its id), the list of those reviews.

    The reference bundle is signed, not encrypted, and every laptop receives every region's
    reviews: a review carries what the region needs and nothing personal. Its state, its
    section, the answer the region reads (``_answer``), its time, and for a merge the meeting
    number and number of the proposal it went into (which may be another region's), never the
    reviewer's name, headquarters' own note, or another region's text or author."""
    rows = session.exec(
        select(ProposalReview, Proposal.device_id)
        .join(Proposal, col(Proposal.id) == col(ProposalReview.proposal_id))
        .where(ProposalReview.deleted == False, ProposalReview.status != S.NEW.value)  # noqa: E712
        .order_by(col(ProposalReview.proposal_id))
    ).all()
    by_device: dict[str, list[dict[str, Any]]] = {}
    for review, device_id in rows:
        into = None
        if review.duplicate_of_id and (target := session.get(Proposal, review.duplicate_of_id)):
            meeting = session.get(Meeting, target.meeting_id)
            into = {
                "meeting": meeting_number(session, meeting) if meeting else "",
                "number": target.number,
            }
        by_device.setdefault(device_id, []).append(
            {
                "id": review.id,
                "version": review.version,
                "proposal_id": review.proposal_id,
                "status": review.status,
                "accepted_section_code": review.accepted_section_code,
                "answer": _answer(review),
                "updated_at": review.updated_at.isoformat(),
                "into": into,
            }
        )
    return {REVIEWS_ENTRY: orjson.dumps(by_device)}


@dataclass(frozen=True)
class ReceivedReview:
    """Headquarters' review of one of this installation's proposals, as the region reads it."""

    proposal_id: str
    meeting_id: str
    number: int
    status: ReviewStatus
    #: the reason of a decline or the question of a clarification
    answer: str | None
    section: str | None
    #: what it was merged into: that meeting's number and the proposal's number there
    into_meeting: str | None
    into_number: int | None
    reviewed_at: dt.datetime


def keep_received_reviews(session: Session, rows: list[dict[str, Any]]) -> int:
    """Keep the checked reviews of a reference bundle (``records.review_rows``) in place of the
    last ones, those of proposals this installation holds; returns how many were kept."""
    ids = [row["proposal_id"] for row in rows]
    held = set(session.exec(select(Proposal.id).where(col(Proposal.id).in_(ids)))) if ids else set()
    kept = [row for row in rows if row["proposal_id"] in held]
    set_meta(session, _RECEIVED, orjson.dumps(kept).decode())
    return len(kept)


def received_reviews(session: Session, meeting_id: str | None = None) -> list[ReceivedReview]:
    """What became of this installation's proposals (of ``meeting_id`` when given), from the
    last reference bundle; a proposal not listed is still *new* at headquarters."""
    raw = get_meta(session, _RECEIVED)
    found = []
    for row in orjson.loads(raw) if raw else []:
        proposal = session.get(Proposal, row["proposal_id"])
        if proposal is None or (meeting_id is not None and proposal.meeting_id != meeting_id):
            continue
        into = row.get("into") or {}
        found.append(
            ReceivedReview(
                proposal_id=proposal.id,
                meeting_id=proposal.meeting_id,
                number=proposal.number,
                status=ReviewStatus(row["status"]),
                answer=row.get("answer"),
                section=row["accepted_section_code"],
                into_meeting=into.get("meeting"),
                into_number=into.get("number"),
                reviewed_at=dt.datetime.fromisoformat(row["updated_at"]),
            )
        )
    return sorted(found, key=lambda r: (r.meeting_id, r.number))


__all__ = [
    "AnswerTemplate",
    "BulkPreview",
    "HistoryEntry",
    "Lineage",
    "MoveRefused",
    "PlannedReview",
    "ProposalDetail",
    "ProposalRow",
    "ReceivedReview",
    "Refusal",
    "ReviewChange",
    "ReviewStep",
    "StepEntry",
    "add_answer_template",
    "answer_text",
    "apply_bulk",
    "bundle_reviews",
    "keep_received_reviews",
    "lineage",
    "list_answer_templates",
    "list_proposals",
    "preview_bulk",
    "proposal_detail",
    "received_reviews",
    "remove_answer_template",
    "require_headquarters",
    "review_history",
    "review_id_for",
    "review_of",
    "review_proposals",
    "set_review",
    "status_of",
    "undo_review_step",
]
