"""Proposals that say nearly the same thing, across regions, meetings, kinds and languages.

Headquarters keeps, beside the proposals, what the comparison needs (migration 0009): each
proposal's sketch (``ProposalSketch``: a fingerprint of its text, its MinHash bands and its
packed signature) and the pairs found similar with their score (``SimilarPair``). ``refresh``
brings them up to date incrementally: a proposal new or changed since the last pass is sketched
and compared with those sharing a band with it, old or new; one deleted leaves its pairs; the
rest is not read again. It runs after every batch of bundle imports at headquarters and when the
review's pages are shown. How texts are compared, and why these parameters:
``khdesk.domain.similarity`` and docs/similarity.md.

A cluster is a star of similar proposals: the one with the most similar ones and those of them
not yet in a cluster (``clusters``); the review merges one with "keep this one, merge the others
into it" (``merge_into``, one step the review can undo), and a proposal merged keeps its link
to the one it was merged into (its review's ``duplicate_of_id``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import struct
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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


def _rows(session: Session, statement: str) -> Iterator[tuple[Any, ...]]:
    """The rows of a statement without parameters, straight from the driver's cursor: a pass
    reads every proposal and every sketch, and a row object for each costs more than reading."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement)
        while rows := cursor.fetchmany(CHUNK):
            yield from rows
    finally:
        cursor.close()


def _live_proposals(session: Session) -> dict[str, str]:
    # NOT p.deleted: read in the table's order (most proposals are live), not by an index
    rows = _rows(session, "SELECT p.id, p.text FROM proposal p WHERE NOT p.deleted")
    return {row[0]: row[1] or "" for row in rows}


def _fingerprints(session: Session) -> dict[str, str]:
    return dict(_rows(session, "SELECT proposal_id, fingerprint FROM proposalsketch"))


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
            f"DELETE FROM proposalsketch WHERE proposal_id IN ({marks})",
        ):
            connection.execute(sql_text(statement), names)


def _stored_bands(session: Session) -> Iterator[tuple[Any, ...]]:
    return _rows(session, "SELECT proposal_id, bands, packed, grams FROM proposalsketch")


def _keys(bands: bytes) -> tuple[int, ...]:
    return struct.unpack(f">{len(bands) // 8}q", bands)


def refresh(session: Session, progress: Callable[[int, int], None] | None = None) -> Pass:
    """Bring the similar pairs up to date with the proposals (in the caller's transaction).

    Each proposal new or changed is compared with the proposals that share a band with it:
    the fresh ones among themselves, and each with those sketched before. ``progress(done,
    total)`` is called now and then with the proposals done so far."""
    live = _live_proposals(session)
    sketched = _fingerprints(session)
    gone = sorted(set(sketched) - set(live))
    fresh: dict[str, str] = {}
    changed: list[str] = []
    for proposal_id, body in live.items():
        stored = sketched.get(proposal_id)
        if stored is None or stored != sim.fingerprint(body):
            fresh[proposal_id] = body
            if stored is not None:
                changed.append(proposal_id)
    _forget(session, gone + sorted(changed))
    sketcher = sim.Sketcher()
    # the proposals of the pass by number: the fresh ones first, in id order, then the old ones
    # their buckets hold; each one's n-grams as the sorted 64-bit hashes its sketch stores (an
    # old one's read only when it comes close to a fresh one)
    ids = sorted(fresh)
    grams: list[array[int] | None] = []
    packed: list[int] = []
    keys_of: list[list[int]] = []
    # each band's buckets: a key and the proposals (by number) whose band has it
    buckets: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in range(sim.BANDS)]
    steps = 2 * len(ids)
    for index, proposal_id in enumerate(ids):
        hashed = array("Q", sorted(sketcher.hashes(fresh[proposal_id])))
        grams.append(hashed)
        signature = sim.signature_of(hashed)
        keys = [] if signature is None else sim.band_keys(signature)
        packed.append(0 if signature is None else sim.packed(signature))
        keys_of.append(keys)
        for band, key in enumerate(keys):
            buckets[band][key].append(index)
        if progress is not None and index % 1000 == 999:
            progress(index + 1, steps)
    fresh_count = len(ids)
    old: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in range(sim.BANDS)]
    stored_grams: dict[int, bytes] = {}
    if sketched and fresh:
        for proposal_id, bands, signed_bytes, gram_bytes in _stored_bands(session):
            if proposal_id in fresh:
                continue
            index = -1
            # (zip: a sketch of other parameters was forgotten above, and never has more bands)
            for band, key in zip(range(sim.BANDS), _keys(bands), strict=False):
                if key in buckets[band]:
                    if index < 0:
                        # its n-grams are read only if its packed signature is close enough
                        index = len(ids)
                        ids.append(proposal_id)
                        grams.append(None)
                        stored_grams[index] = gram_bytes
                        packed.append(int.from_bytes(signed_bytes, "little"))
                    old[band][key].append(index)
    found: list[tuple[str, str, float]] = []
    compared = 0
    least, threshold, width = sim.MIN_AGREEING, sim.THRESHOLD, sim.BINS
    for index in range(fresh_count):
        if progress is not None and index % 1000 == 999:
            progress(fresh_count + index + 1, steps)
        # the candidates: the fresh ones after this one in its buckets (a bucket lists them in
        # order, so each pair of fresh ones meets once) and the old ones in its buckets, gathered
        # by set operations rather than one by one
        pools: list[Sequence[int]] = []
        for band, key in enumerate(keys_of[index]):
            bucket = buckets[band][key]
            start = bisect.bisect_right(bucket, index)
            if start < len(bucket):
                pools.append(bucket[start:])
            olds = old[band].get(key)
            if olds:
                pools.append(olds)
        if not pools:
            continue
        candidates = set().union(*pools)
        compared += len(candidates)
        mine_packed = packed[index]
        # scored only when the packed signatures agree in enough bins (a zero byte of their
        # difference is a bin that agrees)
        close = [
            other
            for other in candidates
            if (mine_packed ^ packed[other]).to_bytes(width, "little").count(0) >= least
        ]
        if not close:
            continue
        mine = frozenset(grams[index] or ())
        size = len(mine)
        for other in close:
            theirs = grams[other]
            if theirs is None:
                # an old one's n-grams, read once it first comes close (kept as an array: a
                # set each would take several times the memory)
                theirs = grams[other] = array("Q", stored_grams.pop(other))
            # (an array makes its numbers as they are read, side by side in memory: quicker
            # than a tuple's scattered ones)
            common = len(mine.intersection(theirs))
            value = common / (size + len(theirs) - common)
            if value >= threshold:
                first, second = sorted((ids[index], ids[other]))
                found.append((first, second, round(value, 4)))
    _write(session, ids[:fresh_count], fresh, keys_of, packed, grams, found)
    total = session.connection().execute(sql_text("SELECT count(*) FROM similarpair"))
    if progress is not None:
        progress(steps, steps)
    return Pass(
        sketched=len(fresh), removed=len(gone) + len(changed), pairs=int(total.scalar_one()),
        compared=compared,
    )  # fmt: skip


def _write(
    session: Session,
    order: Sequence[str],
    fresh: Mapping[str, str],
    keys_of: Sequence[Sequence[int]],
    packed: Sequence[int],
    hashes: Sequence[array[int] | None],
    found: Sequence[tuple[str, str, float]],
) -> None:
    """The sketches and pairs of a pass, a chunk of rows per statement."""
    connection = session.connection()
    for start in range(0, len(order), CHUNK):
        connection.execute(
            sql_text(
                "INSERT INTO proposalsketch (proposal_id, fingerprint, bands, packed, grams) "
                "VALUES (:p, :f, :b, :s, :g)"
            ),
            [
                {
                    "p": order[n],
                    "f": sim.fingerprint(fresh[order[n]]),
                    "b": b"".join(key.to_bytes(8, "big", signed=True) for key in keys_of[n]),
                    "s": packed[n].to_bytes(sim.BINS, "little"),
                    "g": (hashes[n] or array("Q")).tobytes(),
                }
                for n in range(start, min(start + CHUNK, len(order)))
            ],
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
            # the pairs first, each proposal looked up by id (CROSS JOIN keeps SQLite to that
            # order: left to itself it walks every two proposals)
            "SELECT s.proposal_id, s.other_id, s.score FROM similarpair s "
            "CROSS JOIN proposal a CROSS JOIN proposal b "
            "WHERE a.id = s.proposal_id AND b.id = s.other_id "
            "AND a.deleted = false AND b.deleted = false"
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
