"""The proposals page's reads and writes: pages of the review's list in any order, a search
index kept in memory, rows read again by id, the detail pane, the filters' choices, and the
window's review actions as operations.

The review itself (the graph, what each state needs, bulk previews, undo, history, answer
templates) is ``khdesk.services.review``; this module only asks it, and adds what a window
scrolling through 50,000 proposals needs on top of ``review.list_proposals``: sorting by any
column, and a search whose first page does not fold every proposal's text again.

The search folds each proposal's text, author and organisation once (``khdesk.domain.names``,
the same folding as the check-in search and ``review.list_proposals``) and keeps the folded
keys of the database in memory, joined into one string, so that a word is found by the
string's own search however many proposals there are; proposals written since are folded again
before the next search (``SearchIndex.refresh``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import and_, func
from sqlmodel import col, select

from khdesk.domain import review as graph
from khdesk.domain.names import SKELETON, fold, skeleton, typed_words
from khdesk.domain.numbering import format_number
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import review
from khdesk.services.installation import get_meta
from khdesk.services.review import (
    BulkPreview,
    ProposalDetail,
    ProposalRow,
    ReviewChange,
    ReviewStep,
)
from khdesk.services.work import Work
from khdesk.storage.models import Device, Meeting, Proposal, ProposalReview

S = ReviewStatus
_WORD = re.compile(r"\w+")  # a word, as khdesk.domain.names splits them

#: The columns the list sorts by, each with the tie-breakers that make the order total.
SORTS = ("meeting", "number", "region", "kind", "text", "author", "direction", "section",
         "status", "reviewer", "reviewed")  # fmt: skip


@dataclass(frozen=True)
class ProposalQuery:
    """What the proposals page shows: its search, its filters and its order.

    ``decided`` False keeps the proposals not reviewed yet (new, in review, needs
    clarification); ``mine`` those whose reviewer is this installation's user; ``sort`` is one
    of ``SORTS``."""

    search: str = ""
    status: str | None = None
    region: str | None = None
    meeting: str | None = None
    meeting_kind: str | None = None
    kind: str | None = None
    direction: str | None = None
    section: str | None = None
    reviewer: str | None = None
    decided: bool | None = None
    mine: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "meeting"
    descending: bool = False


#: A meeting not (or no longer) known.
_NOWHERE = (dt.date.min, None, None)
#: Seconds after which a page looks again for proposals written by another program.
RECHECK = 10.0


# --- the search index ---------------------------------------------------------------------------


def search_text(text: str, author: str | None, organisation: str | None) -> str:
    """What the search looks in for one proposal, as ``review.list_proposals`` folds it."""
    folded = fold(" ".join(t for t in (text, author, organisation) if t))
    # ``skeletons`` of the same words, without folding them a second time
    return f"{folded} " + " ".join(SKELETON + skeleton(word) for word in _WORD.findall(folded))


class SearchIndex:
    """The folded keys of one database's live proposals, joined by newlines into one string.

    A word of a search is looked for in that string once (``str.find``), and each place found
    is turned into its proposal by bisecting the keys' starts: the cost follows the number of
    proposals that hold the word, not the number of proposals. Built on the first search and
    brought up to date before each one from the proposals written since (their ``updated_at``).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}
        self._stamp: tuple[int, Any] | None = None
        self._generation: Any = object()
        self._checked = 0.0
        self._since: Any = None
        self._blob = ""
        self._starts: list[int] = []
        self._ids: list[str] = []

    def refresh(self, work: Work, generation: Any = None) -> None:
        """Fold what was written since the last look, when the window says proposals changed
        (``generation``, as ``Catalogue.refresh``) or every ``RECHECK`` seconds."""
        session = work.session
        with self._lock:
            now = time.monotonic()
            if generation == self._generation and now - self._checked <= RECHECK:
                return
            self._generation, self._checked = generation, now
            stamp_row = session.exec(
                select(func.count(col(Proposal.id)), func.max(col(Proposal.updated_at)))
            ).one()
            stamp = (int(stamp_row[0]), stamp_row[1])
            if stamp == self._stamp:
                return
            query = select(*_these(
                Proposal.id, Proposal.text, Proposal.author_name, Proposal.organisation,
                Proposal.deleted,
            ))  # fmt: skip
            if self._since is not None:  # only what was written since the last look
                query = query.where(col(Proposal.updated_at) >= self._since)
            for pid, text, author, organisation, deleted in session.exec(query):
                if deleted:
                    self._keys.pop(pid, None)
                else:
                    self._keys[pid] = search_text(text, author, organisation)
            self._stamp, self._since = stamp, stamp[1]
            self._ids = list(self._keys)
            keys = [self._keys[pid] for pid in self._ids]
            self._starts, at = [], 0
            for key in keys:
                self._starts.append(at)
                at += len(key) + 1
            self._blob = "\n".join(keys)

    def matching(self, work: Work, search: str, generation: Any = None) -> set[str] | None:
        """The ids of the live proposals holding every word of ``search`` (None: no words)."""
        words = typed_words(search)
        if not words:
            return None
        self.refresh(work, generation)
        with self._lock:
            found: set[int] | None = None
            for word in sorted(words, key=lambda w: -len(w.folded)):  # the rarest first
                here = self._places(word.folded)
                if word.loose:
                    here |= self._places(word.loose)
                found = here if found is None else found & here
                if not found:
                    return set()
            return {self._ids[i] for i in found or ()}

    def _places(self, needle: str) -> set[int]:
        hits: set[int] = set()
        blob, starts = self._blob, self._starts
        at = blob.find(needle)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            hits.add(index)
            # go on from the next key: one hit per proposal is enough
            following = starts[index + 1] if index + 1 < len(starts) else len(blob)
            at = blob.find(needle, following)
        return hits


#: One index and one catalogue per database (by its address), shared by the page's readers.
_INDEXES: dict[str, SearchIndex] = {}
_SHARED_LOCK = threading.Lock()
T = TypeVar("T")


def _shared(kept: dict[str, T], work: Work, make: Callable[[], T]) -> T:
    bind = work.session.get_bind()
    key = str(getattr(bind, "url", id(bind)))
    with _SHARED_LOCK:
        found = kept.get(key)
        if found is None:
            found = kept[key] = make()
        return found


def search_index(work: Work) -> SearchIndex:
    return _shared(_INDEXES, work, SearchIndex)


def warm_search(work: Work) -> None:
    """Fold every proposal now (the page does it when it opens, before anyone searches)."""
    search_index(work).refresh(work)


# --- pages ----------------------------------------------------------------------------------------


class Catalogue:
    """What the list sorts and filters by, for every live proposal, kept in memory.

    Sorting 50,000 joined rows in the database for each page costs a third of a second; here a
    page is the first ``limit`` ids of an order kept sorted, that pass the filters, and only
    those rows are read from the database (``rows_by_id``). The proposals' part is read again
    when the window says proposals changed (``generation``) or every ``RECHECK`` seconds, from
    what was written since; the reviews' part before every page (a count and a maximum).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: proposal id -> (meeting id, number, kind, direction, section, author, text's start)
        self.proposals: dict[str, tuple[Any, ...]] = {}
        #: meeting id -> (date, region, kind)
        self.meetings: dict[str, tuple[Any, Any, Any]] = {}
        #: proposal id -> (status, reviewer, accepted section, written at)
        self.reviews: dict[str, tuple[str, str | None, str | None, Any]] = {}
        self._proposal_stamp: Any = None
        self._proposal_since: Any = None
        self._review_stamp: Any = None
        self._review_since: Any = None
        self._generation: Any = object()
        self._checked = 0.0
        self._orders: dict[str, list[str]] = {}

    def refresh(self, work: Work, generation: Any) -> None:
        session = work.session
        with self._lock:
            now = time.monotonic()
            if generation != self._generation or now - self._checked > RECHECK:
                self._generation, self._checked = generation, now
                self._refresh_proposals(session)
            stamp = tuple(
                session.exec(
                    select(func.count(col(ProposalReview.id)), func.max(ProposalReview.updated_at))
                ).one()
            )
            if stamp != self._review_stamp:
                query = select(*_these(
                    ProposalReview.proposal_id, ProposalReview.status, ProposalReview.reviewer,
                    ProposalReview.accepted_section_code, ProposalReview.updated_at,
                    ProposalReview.deleted,
                ))  # fmt: skip
                if self._review_since is not None:
                    query = query.where(col(ProposalReview.updated_at) >= self._review_since)
                for pid, status, reviewer, accepted, at, deleted in session.exec(query):
                    if deleted:
                        self.reviews.pop(pid, None)
                    else:
                        self.reviews[pid] = (status or S.NEW.value, reviewer, accepted, at)
                self._review_stamp, self._review_since = stamp, stamp[1]
                for sort in ("status", "reviewer", "reviewed"):
                    self._orders.pop(sort, None)

    def _refresh_proposals(self, session: Any) -> None:
        stamp = tuple(
            session.exec(
                select(func.count(col(Proposal.id)), func.max(col(Proposal.updated_at)))
            ).one()
        ) + tuple(
            session.exec(select(func.count(col(Meeting.id)), func.max(Meeting.updated_at))).one()
        )
        if stamp == self._proposal_stamp:
            return
        self.meetings = {
            mid: (date, region, kind)
            for mid, date, region, kind, deleted in session.exec(
                select(
                    *_these(
                        Meeting.id, Meeting.date, Meeting.region_kato, Meeting.kind, Meeting.deleted
                    )
                )
            )
            if not deleted
        }
        query = select(*_these(
            Proposal.id, Proposal.meeting_id, Proposal.number, Proposal.kind,
            Proposal.direction_code, Proposal.section_code, Proposal.author_name,
            func.substr(Proposal.text, 1, 40), Proposal.deleted,
        ))  # fmt: skip
        if self._proposal_since is not None:
            query = query.where(col(Proposal.updated_at) >= self._proposal_since)
        for pid, *values, deleted in session.exec(query):
            if deleted:
                self.proposals.pop(pid, None)
            else:
                self.proposals[pid] = tuple(values)
        self._proposal_stamp, self._proposal_since = stamp, stamp[1]
        self._orders.clear()

    def order(self, sort: str) -> list[str]:
        """The live proposals' ids sorted by ``sort`` (then by meeting date, meeting, number)."""
        with self._lock:
            found = self._orders.get(sort)
            if found is not None:
                return found
            meetings, reviews = self.meetings, self.reviews
            blank = (S.NEW.value, None, None, None)
            nowhere = (dt.date.min, "", "")

            def tie(pid: str, values: tuple[Any, ...]) -> tuple[Any, ...]:
                date = meetings.get(values[0], nowhere)[0]
                return (date, values[0], values[1], pid)

            rank = {status.value: i for i, status in enumerate(graph.ORDER)}
            first: dict[str, Any] = {
                "meeting": lambda pid, v: (),
                "number": lambda pid, v: (v[1],),
                "region": lambda pid, v: (meetings.get(v[0], nowhere)[1] or "",),
                "kind": lambda pid, v: (v[2],),
                "text": lambda pid, v: (v[6] or "",),
                "author": lambda pid, v: (v[5] or "",),
                "direction": lambda pid, v: (v[3] or "",),
                "section": lambda pid, v: (v[4] or "",),
                "status": lambda pid, v: (rank.get(reviews.get(pid, blank)[0], 0),),
                "reviewer": lambda pid, v: (reviews.get(pid, blank)[1] or "",),
                "reviewed": lambda pid, v: (str(reviews.get(pid, blank)[3] or ""),),
            }
            key = first.get(sort, first["meeting"])
            proposals = self.proposals
            found = sorted(
                proposals, key=lambda pid: (*key(pid, proposals[pid]), *tie(pid, proposals[pid]))
            )
            self._orders[sort] = found
            return found

    def keep(self, wanted: ProposalQuery, me: str | None) -> Any:
        """The filters of ``wanted`` as one test of a proposal id."""
        proposals, meetings, reviews = self.proposals, self.meetings, self.reviews
        blank = (S.NEW.value, None, None, None)
        tests: list[Any] = []
        if wanted.status:
            value = graph.parse_status(wanted.status).value
            tests.append(lambda pid: reviews.get(pid, blank)[0] == value)
        if wanted.decided is not None:
            decided = {s.value for s in graph.DECIDED}
            want = wanted.decided
            tests.append(lambda pid: (reviews.get(pid, blank)[0] in decided) == want)
        if wanted.region:
            region = wanted.region
            tests.append(lambda pid: meetings.get(proposals[pid][0], _NOWHERE)[1] == region)
        if wanted.meeting_kind:
            meeting_kind = wanted.meeting_kind
            tests.append(lambda pid: meetings.get(proposals[pid][0], _NOWHERE)[2] == meeting_kind)
        if wanted.date_from:
            since = wanted.date_from
            tests.append(lambda pid: meetings.get(proposals[pid][0], _NOWHERE)[0] >= since)
        if wanted.date_to:
            until = wanted.date_to
            tests.append(lambda pid: meetings.get(proposals[pid][0], _NOWHERE)[0] <= until)
        if wanted.meeting:
            meeting = wanted.meeting
            tests.append(lambda pid: proposals[pid][0] == meeting)
        if wanted.kind:
            kind = wanted.kind
            tests.append(lambda pid: proposals[pid][2] == kind)
        if wanted.direction:
            direction = wanted.direction
            tests.append(lambda pid: proposals[pid][3] == direction)
        if wanted.section:
            section = wanted.section
            tests.append(
                lambda pid: proposals[pid][4] == section or reviews.get(pid, blank)[2] == section
            )
        for name in (wanted.reviewer, (me or "\0") if wanted.mine else None):
            if name:
                tests.append(lambda pid, name=name: reviews.get(pid, blank)[1] == name)
        # a meeting deleted since leaves its proposals out, as the database's join does
        tests.append(lambda pid: proposals[pid][0] in meetings)
        return lambda pid: all(test(pid) for test in tests)


_CATALOGUES: dict[str, Catalogue] = {}


def catalogue(work: Work, generation: Any = None) -> Catalogue:
    """This database's catalogue, brought up to date (``generation``: see ``Catalogue``)."""
    found = _shared(_CATALOGUES, work, Catalogue)
    found.refresh(work, generation)
    return found


def _matching(work: Work, wanted: ProposalQuery, generation: Any) -> tuple[Catalogue, Any]:
    found = catalogue(work, generation)
    keep = found.keep(wanted, user_name(work) if wanted.mine else None)
    if wanted.search.strip():
        hits = search_index(work).matching(work, wanted.search, generation)
        if hits is not None:
            passes = keep
            keep = lambda pid: pid in hits and passes(pid)  # noqa: E731
    return found, keep


def proposals_page(
    work: Work, wanted: ProposalQuery, offset: int, limit: int, generation: Any = None
) -> list[ProposalRow]:
    """``limit`` proposals from ``offset`` of the list ``wanted`` asks for, in its order.

    ``generation`` is the window's count of changes to proposals it was told of: when it
    differs from the last one seen, the proposals are read again (see ``Catalogue``)."""
    found, keep = _matching(work, wanted, generation)
    order = found.order(wanted.sort)
    ids = reversed(order) if wanted.descending else iter(order)
    page: list[str] = []
    skipped = 0
    for pid in ids:
        if not keep(pid):
            continue
        if skipped < offset:
            skipped += 1
            continue
        page.append(pid)
        if len(page) >= limit:
            break
    return _in_order(rows_by_id(work, page), page)


def _in_order(rows: dict[str, ProposalRow | None], ids: Sequence[str]) -> list[ProposalRow]:
    return [row for pid in ids if (row := rows.get(pid)) is not None]


def count_proposals(work: Work, wanted: ProposalQuery, generation: Any = None) -> int:
    """How many proposals the list ``wanted`` asks for holds."""
    found, keep = _matching(work, wanted, generation)
    return sum(1 for pid in list(found.proposals) if keep(pid))


def _these(*columns: Any) -> tuple[Any, ...]:
    """Columns for a select of more than four (sqlmodel's ``select`` is typed up to four)."""
    return columns


def _columns() -> tuple[Any, ...]:
    return (
        Proposal.id, Proposal.meeting_id, Proposal.number, Proposal.kind, Proposal.text,
        Proposal.author_name, Proposal.organisation, Proposal.direction_code,
        Proposal.section_code, Meeting.region_kato, Meeting.year, Meeting.number, Device.code,
        ProposalReview.status, ProposalReview.reviewer, ProposalReview.accepted_section_code,
        ProposalReview.duplicate_of_id, ProposalReview.updated_at,
    )  # fmt: skip


def _row(values: Sequence[Any]) -> ProposalRow:
    (pid, meeting_id, number, kind, text, author, organisation, direction, section, region,
     year, meeting_number, code, status, reviewer, accepted, into, at) = values  # fmt: skip
    return ProposalRow(
        id=pid,
        meeting_id=meeting_id,
        meeting=format_number(region, year, meeting_number, code),
        region_kato=region,
        number=number,
        kind=kind,
        text=text,
        author=author,
        organisation=organisation,
        direction_code=direction,
        section_code=section,
        status=graph.status_of(status),
        reviewer=reviewer,
        accepted_section_code=accepted,
        duplicate_of_id=into,
        reviewed_at=at,
    )


def rows_by_id(work: Work, ids: Sequence[str]) -> dict[str, ProposalRow | None]:
    """The rows of ``ids`` as they are now; None for one deleted (or gone) meanwhile."""
    rows: dict[str, ProposalRow | None] = dict.fromkeys(ids)
    unique = list(dict.fromkeys(ids))
    review_on = and_(
        col(ProposalReview.proposal_id) == col(Proposal.id),
        col(ProposalReview.deleted) == False,  # noqa: E712
    )
    for start in range(0, len(unique), 500):
        query = (
            select(*_columns())
            .join(Meeting, col(Meeting.id) == col(Proposal.meeting_id))
            .outerjoin(ProposalReview, review_on)
            .join(Device, col(Device.id) == col(Meeting.device_id), isouter=True)
            .where(
                col(Proposal.id).in_(unique[start : start + 500]),
                Proposal.deleted == False,  # noqa: E712
                Meeting.deleted == False,  # noqa: E712
            )
        )
        for values in work.session.exec(query):
            rows[values[0]] = _row(values)
    return rows


# --- the detail pane ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFacts:
    """The meeting a proposal was made at, as the detail pane names it."""

    number: str
    title: str
    date: dt.date
    kind: str
    region_kato: str | None


@dataclass(frozen=True)
class DetailView:
    """Everything the detail pane shows of one proposal; ``names`` says each proposal its
    lineage mentions as a sentence would (``review.proposal_label``)."""

    detail: ProposalDetail
    meeting: MeetingFacts
    names: dict[str, Any]


def detail_view(work: Work, proposal_id: str) -> DetailView:
    """One proposal with its review, history and lineage (refused if it was deleted)."""
    session = work.session
    detail = review.proposal_detail(session, proposal_id)
    meeting = session.get(Meeting, detail.row.meeting_id)
    assert meeting is not None  # the database's foreign key
    mentioned = {*detail.lineage.into, *(a for pair in detail.lineage.merged_from for a in pair)}
    mentioned |= {entry.into for entry in detail.history if entry.into}
    names: dict[str, Any] = {}
    for other in mentioned:
        found = session.get(Proposal, other)
        if found is not None:
            names[other] = review.proposal_label(session, found)
    facts = MeetingFacts(detail.row.meeting, meeting.title, meeting.date, meeting.kind,
                         meeting.region_kato)  # fmt: skip
    return DetailView(detail, facts, names)


# --- the filters' choices -----------------------------------------------------------------------


@dataclass(frozen=True)
class FilterChoices:
    """What the filters offer besides the reference data: meetings that have proposals
    (id, number, title), the reviewers named so far, and this installation's user."""

    meetings: tuple[tuple[str, str, str], ...]
    reviewers: tuple[str, ...]
    me: str | None


def user_name(work: Work) -> str | None:
    return get_meta(work.session, "user_name")


def filter_choices(work: Work) -> FilterChoices:
    session = work.session
    having = select(Proposal.meeting_id).where(Proposal.deleted == False).distinct()  # noqa: E712
    meetings = session.exec(
        select(Meeting, Device.code)
        .join(Device, col(Device.id) == col(Meeting.device_id), isouter=True)
        .where(Meeting.deleted == False, col(Meeting.id).in_(having))  # noqa: E712
        .order_by(col(Meeting.date), col(Meeting.id))
    ).all()
    reviewers = session.exec(
        select(ProposalReview.reviewer)
        .where(ProposalReview.deleted == False, col(ProposalReview.reviewer).is_not(None))  # noqa: E712
        .distinct()
        .order_by(col(ProposalReview.reviewer))
    ).all()
    return FilterChoices(
        tuple(
            (m.id, format_number(m.region_kato, m.year, m.number, code), m.title)
            for m, code in meetings
        ),
        tuple(r for r in reviewers if r),
        user_name(work),
    )


# --- the window's review actions ----------------------------------------------------------------


def act_on_one(
    work: Work, proposal_id: str, change: ReviewChange, seen: review.Seen | None = None
) -> ReviewStep:
    """One proposal's review action (``review.set_review``), refused in one sentence, and
    refused when the review changed since the row ``seen`` was read."""
    return review.set_review(work.session, work.actor, proposal_id, change, seen=seen)


def preview_action(work: Work, ids: Sequence[str], change: ReviewChange) -> BulkPreview:
    return review.preview_bulk(work.session, ids, change)


def apply_action(work: Work, preview: BulkPreview) -> ReviewStep:
    return review.apply_bulk(work.session, work.actor, preview)


def undo_action(work: Work, step: ReviewStep) -> ReviewStep:
    return review.undo_review_step(work.session, work.actor, step)


def answer_templates(work: Work, status: str) -> list[review.AnswerTemplate]:
    return review.list_answer_templates(work.session, status)


def save_answer_template(work: Work, status: str, language: str, text: str) -> int:
    """Keep ``text`` as a new answer template for ``status`` in ``language``; its number."""
    texts = {language if language in review.LANGUAGES else "ru": text}
    return review.add_answer_template(work.session, status=status, **texts).id


__all__ = [
    "SORTS",
    "DetailView",
    "FilterChoices",
    "MeetingFacts",
    "ProposalQuery",
    "SearchIndex",
    "act_on_one",
    "answer_templates",
    "apply_action",
    "count_proposals",
    "detail_view",
    "filter_choices",
    "preview_action",
    "proposals_page",
    "rows_by_id",
    "save_answer_template",
    "search_index",
    "search_text",
    "undo_action",
    "user_name",
    "warm_search",
]
