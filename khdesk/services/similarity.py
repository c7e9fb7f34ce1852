"""Proposals that say nearly the same thing, across regions, meetings, kinds and languages.

Headquarters keeps, beside the proposals, what the comparison needs (migration 0009): each
proposal's sketch (``ProposalSketch``: a fingerprint of the words it was read from) and its
MinHash bands (``ProposalBand``), and the pairs found similar with their score
(``SimilarPair``). ``refresh`` brings them up to date incrementally: a proposal new or changed
since the last pass is sketched and compared with those sharing a band with it, old or new; one
deleted leaves its pairs; the rest is not read again. It runs after every bundle import at
headquarters and before the similar lists are read. How texts are compared, and why these
parameters: ``khdesk.domain.similarity`` and docs/similarity.md.

A cluster is a star of similar proposals: the one with the most similar ones and those of them
not yet in a cluster (``clusters``); the review merges one with "keep this one, merge the others
into it" (``merge_into``, one step the review can undo),
and a proposal merged keeps its link to the one it was merged into (its review's
``duplicate_of_id``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session

from khdesk.domain import similarity as sim
from khdesk.domain.errors import InvalidInput
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import review
from khdesk.services.recorder import Actor

#: Rows written or looked up per statement.
CHUNK = 500


@dataclass(frozen=True)
class Pass:
    """What one ``refresh`` did."""

    sketched: int  # proposals new or changed, sketched and compared
    removed: int  # proposals deleted (or changed) whose pairs were dropped
    pairs: int  # similar pairs there are now
    compared: int  # candidate pairs whose texts were compared


@dataclass(frozen=True)
class Neighbour:
    """A proposal similar to another, as the review lists it."""

    proposal_id: str
    score: float
    text: str
    region_kato: str | None
    meeting_number: str | None
    meeting_date: dt.date | None
    status: str
    section_code: str | None


@dataclass(frozen=True)
class Cluster:
    """A group of near-duplicates: its proposals (the most connected first) and every similar
    pair among them with its score."""

    members: tuple[Neighbour, ...]
    pairs: tuple[tuple[str, str, float], ...]

    @property
    def regions(self) -> list[str]:
        return sorted({m.region_kato for m in self.members if m.region_kato})


@dataclass(frozen=True)
class SectionSuggestion:
    """The section that a proposal's similar accepted proposals share."""

    section_code: str
    accepted: int  # similar accepted proposals in that section
    of: int  # similar accepted proposals in all


def _live_proposals(session: Session) -> dict[str, tuple[str, str | None]]:
    rows = session.connection().execute(
        sql_text(
            "SELECT p.id, p.text, s.fingerprint FROM proposal p "
            "LEFT JOIN proposalsketch s ON s.proposal_id = p.id WHERE p.deleted = false"
        )
    )
    return {row[0]: (row[1] or "", row[2]) for row in rows}


def _in_chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _forget(session: Session, ids: Sequence[str]) -> None:
    connection = session.connection()
    for part in _in_chunks(ids):
        names = {f"i{n}": value for n, value in enumerate(part)}
        marks = ", ".join(f":{name}" for name in names)
        for statement in (
            f"DELETE FROM similarpair WHERE proposal_id IN ({marks}) OR other_id IN ({marks})",
            f"DELETE FROM proposalband WHERE proposal_id IN ({marks})",
            f"DELETE FROM proposalsketch WHERE proposal_id IN ({marks})",
        ):
            connection.execute(sql_text(statement), names)


def _sketched_ids(session: Session) -> set[str]:
    rows = session.connection().execute(sql_text("SELECT proposal_id FROM proposalsketch"))
    return {row[0] for row in rows}


class _Grams:
    """Each proposal's n-grams as numbers, one number per n-gram met (so a national pass holds
    every n-gram once, not once per proposal), and its packed signature."""

    def __init__(self, texts: dict[str, tuple[str, str | None]], hasher: sim.Hasher) -> None:
        self._texts = texts
        self._hasher = hasher
        self._numbers: dict[str, int] = {}
        self._grams: dict[str, tuple[int, ...]] = {}
        self._packed: dict[str, int] = {}

    def add(self, proposal_id: str, grams: frozenset[str], signature: list[int] | None) -> None:
        numbers = self._numbers
        self._grams[proposal_id] = tuple(numbers.setdefault(g, len(numbers)) for g in grams)
        self._packed[proposal_id] = 0 if signature is None else sim.packed(signature)

    def grams(self, proposal_id: str) -> tuple[int, ...]:
        if proposal_id not in self._grams:
            self._read(proposal_id)
        return self._grams[proposal_id]

    def packed(self, proposal_id: str) -> int:
        if proposal_id not in self._packed:
            self._read(proposal_id)
        return self._packed[proposal_id]

    def _read(self, proposal_id: str) -> None:
        grams = sim.shingles(self._texts[proposal_id][0])
        self.add(proposal_id, grams, sim.signature(grams, self._hasher))


def _old_buckets(
    session: Session, keys: Sequence[tuple[int, int]], fresh: Mapping[str, object]
) -> dict[tuple[int, int], list[str]]:
    """The proposals sketched before that are in the buckets ``keys``."""
    found: dict[tuple[int, int], list[str]] = defaultdict(list)
    connection = session.connection()
    for part in _in_chunks(keys):
        values: dict[str, Any] = {}
        clauses = []
        for n, (band, key) in enumerate(part):
            values[f"b{n}"], values[f"k{n}"] = band, key
            clauses.append(f"(band = :b{n} AND bucket = :k{n})")
        where = " OR ".join(clauses)
        for band, key, other in connection.execute(
            sql_text(f"SELECT band, bucket, proposal_id FROM proposalband WHERE {where}"), values
        ):
            if other not in fresh:
                found[band, key].append(other)
    return found


def refresh(session: Session, progress: Callable[[int, int], None] | None = None) -> Pass:
    """Bring the similar pairs up to date with the proposals (in the caller's transaction).

    Each proposal new or changed is compared with the proposals that share a band with it:
    the fresh ones among themselves, and each with those sketched before. ``progress(done,
    total)`` is called now and then with the proposals done so far."""
    live = _live_proposals(session)
    sketched = _sketched_ids(session)
    gone = sorted(sketched - set(live))
    fresh: dict[str, str] = {}
    changed: list[str] = []
    for proposal_id, (body, stored) in live.items():
        if stored is None or stored != sim.fingerprint(body):
            fresh[proposal_id] = body
            if stored is not None:
                changed.append(proposal_id)
    _forget(session, gone + sorted(changed))
    connection = session.connection()
    hasher = sim.Hasher()
    known = _Grams(live, hasher)
    order = sorted(fresh)
    steps = 2 * len(order)
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    keys_of: dict[str, list[int]] = {}
    for done, proposal_id in enumerate(order, start=1):
        shingles = sim.shingles(fresh[proposal_id])
        signature = sim.signature(shingles, hasher)
        known.add(proposal_id, shingles, signature)
        keys = keys_of[proposal_id] = [] if signature is None else sim.band_keys(signature)
        for band, key in enumerate(keys):
            buckets[band, key].append(proposal_id)
        if progress is not None and done % 1000 == 0:
            progress(done, steps)
    old = _old_buckets(session, list(buckets), fresh) if sketched and fresh else {}
    found: list[tuple[str, str, float]] = []
    compared = 0
    for done, proposal_id in enumerate(order, start=1):
        mine = frozenset(known.grams(proposal_id))
        mine_packed = known.packed(proposal_id)
        seen: set[str] = {proposal_id}
        for band, key in enumerate(keys_of[proposal_id]):
            # a fresh one meets each fresh one after it in the order once, and every old one
            for other in (*buckets[band, key], *old.get((band, key), ())):
                if other in seen or (other in fresh and other < proposal_id):
                    continue
                seen.add(other)
                compared += 1
                if sim.agreeing(mine_packed, known.packed(other)) < sim.MIN_AGREEING:
                    continue
                theirs = known.grams(other)
                common = len(mine.intersection(theirs))
                value = common / (len(mine) + len(theirs) - common)
                if value >= sim.THRESHOLD:
                    first, second = sorted((proposal_id, other))
                    found.append((first, second, round(value, 4)))
        if progress is not None and done % 1000 == 0:
            progress(len(order) + done, steps)
    _write(session, order, fresh, keys_of, found)
    total = connection.execute(sql_text("SELECT count(*) FROM similarpair")).scalar_one()
    if progress is not None:
        progress(steps, steps)
    return Pass(
        sketched=len(fresh), removed=len(gone) + len(changed), pairs=int(total), compared=compared
    )


def _write(
    session: Session,
    order: Sequence[str],
    fresh: Mapping[str, str],
    keys_of: Mapping[str, Sequence[int]],
    found: Sequence[tuple[str, str, float]],
) -> None:
    """The sketches, bands and pairs of a pass, a chunk of rows per statement."""
    connection = session.connection()
    for part in _in_chunks(order):
        connection.execute(
            sql_text("INSERT INTO proposalsketch (proposal_id, fingerprint) VALUES (:p, :f)"),
            [{"p": pid, "f": sim.fingerprint(fresh[pid])} for pid in part],
        )
        rows = [
            {"b": band, "k": key, "p": pid} for pid in part for band, key in enumerate(keys_of[pid])
        ]
        if rows:
            connection.execute(
                sql_text(
                    "INSERT INTO proposalband (band, bucket, proposal_id) VALUES (:b, :k, :p)"
                ),
                rows,
            )
    for pairs in _in_chunks(found):
        connection.execute(
            sql_text("INSERT INTO similarpair (proposal_id, other_id, score) VALUES (:a, :o, :s)"),
            [{"a": a, "o": o, "s": value} for a, o, value in pairs],
        )


_LATEST_REVIEW = (
    "(SELECT r.status FROM proposalreview r WHERE r.proposal_id = p.id AND r.deleted = false "
    "ORDER BY r.id DESC LIMIT 1)"
)
_ACCEPTED_SECTION = (
    "(SELECT r.accepted_section_code FROM proposalreview r WHERE r.proposal_id = p.id "
    "AND r.deleted = false ORDER BY r.id DESC LIMIT 1)"
)


def _describe(session: Session, scores: dict[str, float]) -> list[Neighbour]:
    found: list[Neighbour] = []
    ids = sorted(scores)
    for part in _in_chunks(ids):
        names = {f"i{n}": value for n, value in enumerate(part)}
        marks = ", ".join(f":{name}" for name in names)
        rows = session.connection().execute(
            sql_text(
                "SELECT p.id, p.text, m.region_kato, m.number, m.date, "
                f"{_LATEST_REVIEW}, coalesce({_ACCEPTED_SECTION}, p.section_code) "
                "FROM proposal p JOIN meeting m ON m.id = p.meeting_id "
                f"WHERE p.id IN ({marks}) AND p.deleted = false"
            ),
            names,
        )
        for pid, body, region, number, held, status, section in rows:
            date = dt.date.fromisoformat(held[:10]) if isinstance(held, str) else held
            found.append(
                Neighbour(
                    pid, scores[pid], body or "", region, None if number is None else str(number),
                    date, status or ReviewStatus.NEW.value, section,
                )
            )  # fmt: skip
    found.sort(key=lambda n: (-n.score, n.proposal_id))
    return found


def similar_to(session: Session, proposal_id: str) -> list[Neighbour]:
    """The proposals similar to ``proposal_id``, the most similar first."""
    rows = session.connection().execute(
        sql_text(
            "SELECT other_id, score FROM similarpair WHERE proposal_id = :p "
            "UNION ALL SELECT proposal_id, score FROM similarpair WHERE other_id = :p"
        ),
        {"p": proposal_id},
    )
    return _describe(session, {other: float(score) for other, score in rows})


def _pairs(session: Session) -> list[tuple[str, str, float]]:
    rows = session.connection().execute(
        sql_text(
            "SELECT s.proposal_id, s.other_id, s.score FROM similarpair s "
            "JOIN proposal a ON a.id = s.proposal_id JOIN proposal b ON b.id = s.other_id "
            "WHERE a.deleted = false AND b.deleted = false"
        )
    )
    return [(first, second, float(score)) for first, second, score in rows]


def clusters(session: Session, *, proposal_id: str | None = None) -> list[Cluster]:
    """Every group of near-duplicates (the largest first), or only the one ``proposal_id`` is
    in (an empty list when it has no similar proposal).

    A group is a star: the proposal with the most similar ones not yet in a group, and those
    of them not yet in one. So every proposal of a group is similar to its first one, the one
    the review would keep, and a chain of proposals each a little like the next (A like B, B like
    C, A not like C) never becomes one group. A member's score is its similarity to the first."""
    pairs = _pairs(session)
    near: dict[str, dict[str, float]] = defaultdict(dict)
    for first, second, value in pairs:
        near[first][second] = value
        near[second][first] = value
    placed: set[str] = set()
    stars: list[tuple[str, list[str]]] = []
    for centre in sorted(near, key=lambda pid: (-len(near[pid]), pid)):
        if centre in placed:
            continue
        members = [other for other in near[centre] if other not in placed]
        if not members:
            continue
        placed.add(centre)
        placed.update(members)
        stars.append((centre, members))
    if proposal_id is not None:
        stars = [star for star in stars if proposal_id == star[0] or proposal_id in star[1]]
    result = []
    for centre, members in stars:
        scores = {other: near[centre][other] for other in members}
        described = _describe(session, {centre: 1.0, **scores})
        described.sort(key=lambda m: (m.proposal_id != centre, -m.score, m.proposal_id))
        inside = {centre, *members}
        star_pairs = sorted(
            (
                (first, second, value)
                for first in inside
                for second, value in near[first].items()
                if second in inside and first < second
            ),
            key=lambda p: (-p[2], p[0], p[1]),
        )
        result.append(Cluster(tuple(described), tuple(star_pairs)))
    result.sort(key=lambda c: (-len(c.members), c.members[0].proposal_id if c.members else ""))
    return result


def suggest_section(session: Session, proposal_id: str) -> SectionSuggestion | None:
    """The section most of ``proposal_id``'s similar accepted proposals are in, when the
    proposal has no section or another one; never applied here (the analyst decides)."""
    accepted = [
        n.section_code
        for n in similar_to(session, proposal_id)
        if n.status == ReviewStatus.ACCEPTED.value and n.section_code
    ]
    if not accepted:
        return None
    (code, count), *_ = Counter(accepted).most_common(1)
    own = (
        session.connection()
        .execute(
            sql_text(
                f"SELECT coalesce({_ACCEPTED_SECTION}, p.section_code) FROM proposal p "
                "WHERE p.id = :p"
            ),
            {"p": proposal_id},
        )
        .scalar_one_or_none()
    )
    if own == code:
        return None
    return SectionSuggestion(code, count, len(accepted))


def merge_into(
    session: Session, actor: Actor, keep_id: str, others: Sequence[str]
) -> review.ReviewStep:
    """Keep ``keep_id`` and merge ``others`` into it, as one step of the review (its undo
    takes every merge of it back); each merged proposal's review names the one kept."""
    rest = [pid for pid in dict.fromkeys(others) if pid != keep_id]
    if not rest:
        raise InvalidInput("Choose at least one other proposal to merge into the one kept.")
    change = review.ReviewChange(status=ReviewStatus.MERGED, into=keep_id)
    return review.review_proposals(session, actor, rest, change)


__all__ = [
    "Cluster",
    "Neighbour",
    "Pass",
    "SectionSuggestion",
    "clusters",
    "merge_into",
    "refresh",
    "similar_to",
    "suggest_section",
]
