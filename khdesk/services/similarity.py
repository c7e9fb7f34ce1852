"""Proposals that say nearly the same thing, across regions, meetings, kinds and languages.

Headquarters keeps, beside the proposals, what the comparison needs (migration 0009): each
proposal's sketch (``ProposalSketch``: a fingerprint of the words it was read from) and its
MinHash bands (``ProposalBand``), and the pairs found similar with their score
(``SimilarPair``). ``refresh`` brings them up to date incrementally: a proposal new or changed
since the last pass is sketched and compared with those sharing a band with it, old or new; one
deleted leaves its pairs; the rest is not read again. It runs after every bundle import at
headquarters and before the similar lists are read. How texts are compared, and why these
parameters: ``khdesk.domain.similarity`` and docs/similarity.md.

A cluster is a group of proposals joined by similar pairs (``clusters``); the review merges one
with "keep this one, merge the others into it" (``merge_into``, one step the review can undo),
and a proposal merged keeps its link to the one it was merged into (its review's
``duplicate_of_id``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
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


def refresh(session: Session, progress: Callable[[int, int], None] | None = None) -> Pass:
    """Bring the similar pairs up to date with the proposals (in the caller's transaction).

    ``progress(done, total)`` is called now and then with the proposals sketched so far."""
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
    grams: dict[str, frozenset[str]] = {}
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    sketches: list[dict[str, Any]] = []
    bands: list[dict[str, Any]] = []
    order = sorted(fresh)
    for done, proposal_id in enumerate(order, start=1):
        body = fresh[proposal_id]
        shingles = grams[proposal_id] = sim.shingles(body)
        sketches.append({"p": proposal_id, "f": sim.fingerprint(body)})
        signature = sim.signature(shingles, hasher)
        if signature is not None:
            for band, key in enumerate(sim.band_keys(signature)):
                buckets[band, key].append(proposal_id)
                bands.append({"b": band, "k": key, "p": proposal_id})
        if progress is not None and done % 1000 == 0:
            progress(done, len(order))
    # the candidates: every two fresh proposals in one bucket, and each fresh one with the
    # proposals already sketched in its buckets
    candidates: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) > 1:
            for i, first in enumerate(members):
                for second in members[i + 1 :]:
                    candidates.add((first, second) if first < second else (second, first))
    if sketched and fresh:
        keys = list(buckets)
        for part in _in_chunks(keys):
            values: dict[str, Any] = {}
            clauses = []
            for n, (band, key) in enumerate(part):
                values[f"b{n}"], values[f"k{n}"] = band, key
                clauses.append(f"(band = :b{n} AND bucket = :k{n})")
            where = " OR ".join(clauses)
            found_in = connection.execute(
                sql_text(f"SELECT band, bucket, proposal_id FROM proposalband WHERE {where}"),
                values,
            )
            for band, key, other in found_in:
                for first in buckets[band, key]:
                    if other != first and other not in fresh:
                        candidates.add((first, other) if first < other else (other, first))
    for proposal_id in {pid for pair in candidates for pid in pair} - set(grams):
        grams[proposal_id] = sim.shingles(live[proposal_id][0])
    found = []
    for first, second in candidates:
        value = sim.score(grams[first], grams[second])
        if value >= sim.THRESHOLD:
            found.append({"a": first, "o": second, "s": round(value, 4)})
    for statement, rows in (
        ("INSERT INTO proposalsketch (proposal_id, fingerprint) VALUES (:p, :f)", sketches),
        ("INSERT INTO proposalband (band, bucket, proposal_id) VALUES (:b, :k, :p)", bands),
        ("INSERT INTO similarpair (proposal_id, other_id, score) VALUES (:a, :o, :s)", found),
    ):
        for part in _in_chunks(rows):
            connection.execute(sql_text(statement), list(part))
    total = connection.execute(sql_text("SELECT count(*) FROM similarpair")).scalar_one()
    if progress is not None:
        progress(len(order), len(order))
    return Pass(
        sketched=len(fresh), removed=len(gone) + len(changed), pairs=int(total),
        compared=len(candidates),
    )  # fmt: skip


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
    in (an empty list when it has no similar proposal)."""
    pairs = _pairs(session)
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second, _score in pairs:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for pair in pairs:
        groups[root(pair[0])].append(pair)
    if proposal_id is not None:
        if proposal_id not in parent:
            return []
        groups = {root(proposal_id): groups[root(proposal_id)]}
    result = []
    for group in groups.values():
        degree: Counter[str] = Counter()
        best: dict[str, float] = {}
        for first, second, value in group:
            for member in (first, second):
                degree[member] += 1
                best[member] = max(best.get(member, 0.0), value)
        members = _describe(session, best)
        members.sort(key=lambda m: (-degree[m.proposal_id], -m.score, m.proposal_id))
        result.append(
            Cluster(tuple(members), tuple(sorted(group, key=lambda p: (-p[2], p[0], p[1]))))
        )
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
