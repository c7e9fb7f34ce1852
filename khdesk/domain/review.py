"""The review of a proposal at headquarters: its states, the moves between them, what each needs.

The graph is data (``MOVES``), the one place that says which move is allowed; the services
(``khdesk.services.review``), the command line and the window all ask it through
``check_move``, and docs/review.md shows it as a table (a test keeps the two equal).

A decision (accepted, merged, declined, needs clarification) may be taken straight from *new*
or from *in review*; a decided proposal is reopened (back to *in review*) before it is decided
otherwise, so that a change of mind is a step of its own in the history. *Needs clarification*
waits for the region's answer and is then decided. An accepted proposal may be moved to
another section without leaving *accepted*.

How to add a state: add it to ``ReviewStatus`` (its stored value at most 16 characters, the
column's length), give it its moves here, what it needs in ``NEEDS``, its name in ``NAMES``,
and its row in docs/review.md.
"""

from __future__ import annotations

from collections.abc import Callable

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.vocabulary import ReviewStatus

S = ReviewStatus

#: Where a proposal may go from each state. A state listed under itself may be chosen again
#: with other details (an accepted proposal moved to another section).
MOVES: dict[ReviewStatus, frozenset[ReviewStatus]] = {
    S.NEW: frozenset({S.UNDER_REVIEW, S.ACCEPTED, S.MERGED, S.DECLINED, S.NEEDS_CLARIFICATION}),
    S.UNDER_REVIEW: frozenset({S.NEW, S.ACCEPTED, S.MERGED, S.DECLINED, S.NEEDS_CLARIFICATION}),
    S.NEEDS_CLARIFICATION: frozenset({S.UNDER_REVIEW, S.ACCEPTED, S.MERGED, S.DECLINED}),
    S.ACCEPTED: frozenset({S.UNDER_REVIEW, S.ACCEPTED}),
    S.MERGED: frozenset({S.UNDER_REVIEW}),
    S.DECLINED: frozenset({S.UNDER_REVIEW}),
}

#: What a move into each state asks for: "section" (an active prospectus section), "reason"
#: (the answer the region reads), "target" (the proposal it is merged into).
NEEDS: dict[ReviewStatus, frozenset[str]] = {
    S.NEW: frozenset(),
    S.UNDER_REVIEW: frozenset(),
    S.ACCEPTED: frozenset({"section"}),
    S.MERGED: frozenset({"target"}),
    S.DECLINED: frozenset({"reason"}),
    S.NEEDS_CLARIFICATION: frozenset({"reason"}),
}

#: Each state's name in a sentence (the window translates them).
NAMES: dict[ReviewStatus, Label] = {
    S.NEW: Label("new"),
    S.UNDER_REVIEW: Label("in review"),
    S.ACCEPTED: Label("accepted"),
    S.MERGED: Label("merged"),
    S.DECLINED: Label("declined"),
    S.NEEDS_CLARIFICATION: Label("needs clarification"),
}

#: The states in the order lists, filters and counters show them.
ORDER: tuple[ReviewStatus, ...] = (
    S.NEW,
    S.UNDER_REVIEW,
    S.NEEDS_CLARIFICATION,
    S.ACCEPTED,
    S.MERGED,
    S.DECLINED,
)

#: The states in which a proposal counts as reviewed (decided).
DECIDED = frozenset({S.ACCEPTED, S.MERGED, S.DECLINED})


class MoveRefused(InvalidInput):
    """A review move the graph does not allow, or one without what its state needs."""


def status_of(value: str | None) -> ReviewStatus:
    """The state a stored value names (no review yet is *new*)."""
    return ReviewStatus(value) if value else S.NEW


def parse_status(value: str) -> ReviewStatus:
    """A state as a person types it: its stored value or its English name (declined, merged,
    in-review, needs-clarification)."""
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    for status, name in NAMES.items():
        if text in (status.value, name.replace(" ", "-")):
            return status
    raise InvalidInput(
        "unknown review status '{value}': use one of {names}.",
        value=value,
        names=", ".join(NAMES[s].replace(" ", "-") for s in ORDER),
    )


def can_move(current: ReviewStatus, target: ReviewStatus) -> bool:
    return target in MOVES[current]


def check_move(current: ReviewStatus, target: ReviewStatus, *, proposal: object) -> None:
    """Refuse, in one sentence naming ``proposal``, a move the graph does not allow."""
    if can_move(current, target):
        return
    if current == target:
        raise MoveRefused(
            "{proposal} is already {state}: nothing to change.",
            proposal=proposal,
            state=NAMES[current],
        )
    allowed = [NAMES[s] for s in ORDER if s in MOVES[current] and s != current]
    raise MoveRefused(
        "{proposal} is {state} and cannot become {target} from there: move it to {allowed} first.",
        proposal=proposal,
        state=NAMES[current],
        target=NAMES[target],
        allowed=allowed,
    )


#: Where a proposal is merged into, or None: the lookup the merge checks walk.
MergedInto = Callable[[str], str | None]


def merge_cycle(proposal_id: str, target_id: str, merged_into: MergedInto) -> bool:
    """Whether merging ``proposal_id`` into ``target_id`` would close a loop: the target, or a
    proposal it is merged into in turn, is ``proposal_id``."""
    seen: set[str] = set()
    current: str | None = target_id
    while current is not None and current not in seen:
        if current == proposal_id:
            return True
        seen.add(current)
        current = merged_into(current)
    return current is not None  # a loop already stored: refuse to add to it
