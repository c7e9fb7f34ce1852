"""The campaign in figures, each defined once: the dashboard, ``khdesk stats``, the exports and
the summary PDF all read them from here (docs/figures.md says in words what each one counts).

Every figure is a function of a session and a ``Filters`` value. What is counted is decided by
two predicates shared by all of them and by the exports (``khdesk.services.exports``):

* a *counted meeting* is a meeting that is not deleted and matches the filters (date range,
  region, kind; with a direction, only meetings that received a counted proposal in it);
* a *counted proposal* is a proposal that is not deleted, of a counted meeting, and in the
  filter's direction.

Each figure is a few aggregate queries over indexes (timed in benchmarks/figures.py, results in
docs/performance.md); what is left to Python is reshaping a few hundred rows.

How to add a figure: write ``figure_name(session, filters)`` returning plain JSON-ready values
over the two predicates, add it to ``FIGURES``, define it in docs/figures.md, show it in
``campaign_stats`` (and so in ``stats --json``), in the summary (``khdesk.documents.summary``)
and in the agreement test (tests/services/test_stats_agree.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.sql.elements import TextClause
from sqlmodel import Session

from khdesk.domain.errors import InvalidInput
from khdesk.domain.vocabulary import MeetingKind, ReviewStatus
from khdesk.storage.planner import distinct_in_index_order

#: The key of meetings that belong to no single region, and of proposals filed under no section.
NATIONAL_KEY = "national"


@dataclass(frozen=True)
class Filters:
    """What the figures are narrowed to; a field left as None does not narrow anything.

    ``region`` is a KATO code (or ``NATIONAL_KEY`` for the meetings of no single region),
    ``kind`` a meeting kind, ``direction`` a direction code; the dates bound the meeting's date,
    both ends included.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region: str | None = None
    kind: str | None = None
    direction: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in {k.value for k in MeetingKind}:
            raise InvalidInput(
                "unknown meeting kind '{kind}': use one of {kinds}.",
                kind=self.kind,
                kinds=", ".join(MeetingKind),
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInput(
                "the period ends ({end}) before it starts ({start}): swap the two dates.",
                start=self.date_from.isoformat(),
                end=self.date_to.isoformat(),
            )

    def as_json(self) -> dict[str, str]:
        """The filters that narrow something, as text (for ``stats --json`` and the exports)."""
        return {
            key: value.isoformat() if isinstance(value, dt.date) else str(value)
            for key, value in asdict(self).items()
            if value is not None
        }


NO_FILTERS = Filters()


# --- the two predicates --------------------------------------------------------------------------


def counted_meetings(filters: Filters, alias: str = "m") -> tuple[str, dict[str, Any]]:
    """The SQL condition on meeting ``alias`` that makes it a counted meeting, and its values."""
    where = [f"{alias}.deleted = false"]
    values: dict[str, Any] = {}
    if filters.date_from is not None:
        where.append(f"{alias}.date >= :date_from")
        values["date_from"] = filters.date_from
    if filters.date_to is not None:
        where.append(f"{alias}.date <= :date_to")
        values["date_to"] = filters.date_to
    if filters.region == NATIONAL_KEY:
        where.append(f"{alias}.region_kato IS NULL")
    elif filters.region is not None:
        where.append(f"{alias}.region_kato = :region")
        values["region"] = filters.region
    if filters.kind is not None:
        where.append(f"{alias}.kind = :kind")
        values["kind"] = filters.kind
    if filters.direction is not None:
        # a meeting "in" a direction is one that received a counted proposal in it
        where.append(
            f"{alias}.id IN (SELECT dp.meeting_id FROM proposal dp "
            "WHERE dp.deleted = false AND dp.direction_code = :direction)"
        )
        values["direction"] = filters.direction
    return " AND ".join(where), values


def counted_proposals(filters: Filters, alias: str = "p") -> tuple[str, dict[str, Any]]:
    """The SQL condition on proposal ``alias`` that makes it a counted proposal, and its values."""
    # the proposal's own direction says it all: its meeting need not be looked at for it
    meetings, values = counted_meetings(replace(filters, direction=None))
    where = (
        f"{alias}.deleted = false "
        f"AND {alias}.meeting_id IN (SELECT m.id FROM meeting m WHERE {meetings})"
    )
    if filters.direction is not None:
        where += f" AND {alias}.direction_code = :direction"
        values["direction"] = filters.direction
    return where, values


#: The review a proposal stands under: its newest live review record (ids grow with time), or
#: none. Joined as ``r`` by the review figure and the proposals export.
LATEST_REVIEW_JOIN = (
    "LEFT JOIN (SELECT proposal_id, max(id) AS id FROM proposalreview WHERE deleted = false "
    "GROUP BY proposal_id) lr ON lr.proposal_id = {proposal}.id "
    "LEFT JOIN proposalreview r ON r.id = lr.id"
)


def review_statuses() -> list[str]:
    """The review statuses in their order, read from the vocabulary as it is now."""
    return [status.value for status in ReviewStatus]


def unreviewed_status() -> str:
    """The status of a proposal that has no review yet."""
    return ReviewStatus.NEW.value


def query(sql: str, values: Mapping[str, Any]) -> TextClause:
    """``sql`` with its dates bound as dates (SQLite and PostgreSQL compare them alike)."""
    clause = text(sql)
    # a query that reads every record (no meeting looked at) is handed the dates it has no use for
    dates = [
        bindparam(key, type_=Date)
        for key in ("date_from", "date_to")
        if key in values and f":{key}" in sql
    ]
    return clause.bindparams(*dates) if dates else clause


def _rows(session: Session, sql: str, values: Mapping[str, Any]) -> list[Any]:
    return list(session.connection().execute(query(sql, values), dict(values)))


def _key(value: object) -> str:
    return NATIONAL_KEY if value is None else str(value)


def _nested(rows: Iterable[Any]) -> dict[str, dict[str, int]]:
    result: dict[str, dict[str, int]] = {}
    for outer, inner, count in rows:
        result.setdefault(_key(outer), {})[_key(inner)] = int(count)
    return result


def _flat(rows: Iterable[Any]) -> dict[str, int]:
    return dict(sorted((_key(key), int(count)) for key, count in rows))


# --- the figures ---------------------------------------------------------------------------------


def meetings_by_region_and_kind(session: Session, filters: Filters) -> dict[str, dict[str, int]]:
    """Counted meetings per region (KATO code, or ``NATIONAL_KEY``), then per meeting kind."""
    where, values = counted_meetings(filters)
    return _nested(
        _rows(
            session,
            f"SELECT m.region_kato, m.kind, count(*) FROM meeting m WHERE {where} "
            "GROUP BY m.region_kato, m.kind ORDER BY m.region_kato, m.kind",
            values,
        )
    )


def _split(session: Session, where: str, values: Mapping[str, Any]) -> tuple[int, int]:
    """How many meetings ``where`` counts, and how many it leaves out (deleted ones among them)."""
    split = dict(
        _rows(
            session,
            f"SELECT CASE WHEN m.id IN (SELECT m.id FROM meeting m WHERE {where}) THEN 1 ELSE 0 "
            "END, count(*) FROM meeting m GROUP BY 1",
            values,
        )
    )
    return int(split.get(1, 0)), int(split.get(0, 0))


def _over_counted_meetings(
    session: Session,
    filters: Filters,
    *,
    everything: str,
    within: str,
    values: Mapping[str, Any] | None = None,
) -> list[tuple[Any, ...]]:
    """The rows ``(key..., count)`` of ``within`` over the counted meetings' records.

    ``everything`` counts every live record over a covering index (no meeting looked at);
    ``within`` counts the records of the meetings ``{meetings}`` selects, reading each of them.
    Whichever side is smaller is read: the counted meetings' records, or all records less those
    of the meetings not counted (deleted ones among them), so that no filter reads more than
    half the records one by one.
    """
    meetings_filter = replace(filters, direction=None) if values is not None else filters
    where, bound = counted_meetings(meetings_filter)
    bound = bound | dict(values or {})
    counted, others = _split(session, where, bound)
    if counted <= others:
        chosen = f"SELECT m.id FROM meeting m WHERE {where}"
        return [tuple(row) for row in _rows(session, within.format(meetings=chosen), bound)]
    totals: dict[tuple[Any, ...], int] = {}
    for *key, count in _rows(session, everything, bound):
        totals[tuple(key)] = int(count)
    if others:
        left_out = (
            "SELECT x.id FROM meeting x "
            f"WHERE x.id NOT IN (SELECT m.id FROM meeting m WHERE {where})"
        )
        for *key, count in _rows(session, within.format(meetings=left_out), bound):
            totals[tuple(key)] -= int(count)
    return [(*key, count) for key, count in totals.items() if count]


def attendances_by_sector(session: Session, filters: Filters) -> dict[str, int]:
    """Present, live attendances of counted meetings, per the sector the person came under."""
    return _flat(
        _over_counted_meetings(
            session,
            filters,
            everything="SELECT a.sector_code, count(*) FROM attendance a "
            "WHERE a.deleted = false AND a.present = true GROUP BY a.sector_code",
            # grouped by an expression, so that the planner reads the attendances of the meetings
            # (ix_attendance_figures) rather than all of them in sector order
            # (the same expression selected: PostgreSQL groups only by what it selects)
            within="SELECT a.sector_code || '', count(*) FROM attendance a "
            "WHERE a.deleted = false AND a.present = true AND a.meeting_id IN ({meetings}) "
            "GROUP BY a.sector_code || ''",
        )
    )


def _per_meeting(group: str, where: str, counted: str) -> str:
    """``counted`` (a count of one meeting m's records) for each meeting ``where`` selects, with
    ``group`` of the meeting beside it: the caller sums them per group.

    Each count is one range of a covering index read on its own, so no sorter ever sees every
    record; CROSS JOIN-free, the plan does not depend on what SQLite guesses without
    statistics."""
    return f"SELECT {group}, ({counted}) FROM meeting m WHERE {where}"


#: The present, live attendances of meeting m (a range of ix_attendance_figures).
PRESENT_AT_MEETING = (
    "SELECT count(*) FROM attendance a WHERE a.deleted = false AND a.present = true "
    "AND a.meeting_id = m.id"
)


def _summed(rows: Iterable[Any]) -> list[tuple[Any, int]]:
    totals: dict[Any, int] = {}
    for key, count in rows:
        totals[key] = totals.get(key, 0) + int(count or 0)
    return [(key, count) for key, count in totals.items() if count]


def attendances_by_meeting_kind(session: Session, filters: Filters) -> dict[str, int]:
    """Present, live attendances of counted meetings, per meeting kind."""
    where, values = counted_meetings(filters)
    return _flat(_summed(_rows(session, _per_meeting("m.kind", where, PRESENT_AT_MEETING), values)))


_MERGED = "mp.deleted = true AND mp.merged_into_id IS NOT NULL"


def _any_merged(session: Session) -> bool:
    # there are few merged records, and none at all most of the time, when the plain query is
    # enough (ix_person_merged holds only them)
    return bool(_rows(session, f"SELECT 1 FROM person mp WHERE {_MERGED} LIMIT 1", {}))


def counted_participants(session: Session, filters: Filters) -> tuple[str, dict[str, Any]]:
    """The SQL condition on person ``p`` that makes them a participant: live, and present at
    least once at a counted meeting, themselves or through a record merged into them."""
    where, values = counted_meetings(filters)
    present = (
        "SELECT a.person_id FROM attendance a WHERE a.deleted = false AND a.present = true "
        f"AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE {where})"
    )
    persons = f"p.id IN ({present})"
    if _any_merged(session):
        persons = (
            f"({persons} OR p.id IN (SELECT mp.merged_into_id FROM person mp "
            f"WHERE {_MERGED} AND mp.id IN ({present})))"
        )
    return f"p.deleted = false AND {persons}", values


def participants_by_sector(session: Session, filters: Filters) -> dict[str, int]:
    """Persons present at least once at a counted meeting, each counted once, under their own
    sector; an attendance of a person merged into another counts for the one kept.

    The same persons as ``counted_participants``, found the quicker way for the filter: with
    most meetings counted, every live person (in sector order, ix_person_sector) is looked up
    among the attendances (ix_attendance_by_person), less those who came only to a meeting not
    counted; with few, the counted meetings' attendees are collected first and looked up."""
    where, values = counted_meetings(filters)
    counted, others = _split(session, where, values)
    merged = _any_merged(session)
    if counted <= others:
        present = (
            "SELECT a.person_id AS id FROM meeting m CROSS JOIN attendance a "
            f"WHERE {where} AND a.deleted = false AND a.present = true AND a.meeting_id = m.id"
        )
        if merged:
            present = (
                f"{present} UNION SELECT mp.merged_into_id FROM meeting m CROSS JOIN "
                f"attendance a CROSS JOIN person mp WHERE {where} AND a.deleted = false "
                "AND a.present = true AND a.meeting_id = m.id AND mp.id = a.person_id "
                f"AND {_MERGED}"
            )
        else:
            present = f"SELECT DISTINCT x.id FROM ({present}) x"
        return _flat(
            _rows(
                session,
                f"SELECT p.sector_code, count(*) FROM ({present}) x CROSS JOIN person p "
                "WHERE p.id = x.id AND p.deleted = false GROUP BY p.sector_code",
                values,
            )
        )
    # a person counts when one of their own attendances, or one of a record merged into them,
    # is present, live and (with ``{meetings}``) at one of those meetings
    came = (
        "EXISTS (SELECT 1 FROM attendance a WHERE a.deleted = false AND a.present = true "
        "AND a.person_id = p.id{meetings})"
    )
    if merged:
        came = (
            f"({came} OR EXISTS (SELECT 1 FROM person mp CROSS JOIN attendance a "
            f"WHERE mp.merged_into_id = p.id AND {_MERGED} AND a.deleted = false "
            "AND a.present = true AND a.person_id = mp.id{meetings}))"
        )
    totals = dict(
        _rows(
            session,
            "SELECT p.sector_code, count(*) FROM person p WHERE p.deleted = false "
            f"AND {came.format(meetings='')} GROUP BY p.sector_code",
            {},
        )
    )
    if others:
        # less those who came to a meeting left out and to none of the others: the few who
        # came to one left out are looked up one by one
        left_out = (
            "SELECT x.id FROM meeting x "
            f"WHERE x.id NOT IN (SELECT m.id FROM meeting m WHERE {where})"
        )
        candidates = (
            "SELECT a.person_id AS id FROM meeting x CROSS JOIN attendance a "
            f"WHERE x.id IN ({left_out}) AND a.deleted = false AND a.present = true "
            "AND a.meeting_id = x.id"
        )
        if merged:
            candidates = (
                f"{candidates} UNION SELECT mp.merged_into_id FROM person mp "
                f"WHERE {_MERGED} AND mp.id IN ({candidates})"
            )
        else:
            candidates = f"SELECT DISTINCT c.id FROM ({candidates}) c"
        counted_only = f" AND a.meeting_id NOT IN ({left_out})"
        for sector, count in _rows(
            session,
            f"SELECT p.sector_code, count(*) FROM ({candidates}) c CROSS JOIN person p "
            f"WHERE p.id = c.id AND p.deleted = false AND NOT {came.format(meetings=counted_only)} "
            "GROUP BY p.sector_code",
            values,
        ):
            totals[sector] -= int(count)
    return _flat((sector, count) for sector, count in totals.items() if count)


def _identity_rows(session: Session) -> tuple[int, int]:
    """How many identity rows there are, and how many live persons (equal after each
    ``identities.refresh``: every live person has a row and no one else has)."""
    rows = _rows(
        session,
        "SELECT (SELECT count(*) FROM personidentity), "
        "(SELECT count(*) FROM person WHERE deleted = false)",
        {},
    )
    return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)


def unique_persons(session: Session, filters: Filters) -> int:
    """Persons present at a counted meeting, each person counted once across regions and
    meetings: the participants (``counted_participants``: a record merged into another counts
    for the one kept) counted by the person they are (their ``personidentity``, computed by
    ``khdesk.services.identities``), a record with no identity yet as itself (and every record,
    where identities were never worked out).

    With most meetings counted and the identities current, it is counted from the attendances
    themselves, with a few corrections (``_unique_from_attendances``); with few meetings, their
    participants are gathered first and their identities looked up."""
    identities, persons = _identity_rows(session)
    if not identities:  # never worked out (a region's laptop, a demo): each record is itself
        return sum(participants_by_sector(session, filters).values())
    where, values = counted_meetings(filters)
    counted, others = _split(session, where, values)
    if counted <= others or identities != persons:
        participant, values = counted_participants(session, filters)
        sql = (
            "SELECT count(DISTINCT coalesce(i.identity_id, p.id)) FROM person p "
            f"LEFT JOIN personidentity i ON i.person_id = p.id WHERE {participant}"
        )
        return int(session.connection().execute(query(sql, values), values).scalar_one())
    return _unique_from_attendances(session, where, values, left_out=others > 0)


def _one(session: Session, sql: str, values: Mapping[str, Any]) -> int:
    return int(_rows(session, sql, values)[0][0] or 0)


def _unique_from_attendances(
    session: Session, where: str, values: Mapping[str, Any], *, left_out: bool
) -> int:
    """The unique persons when most meetings are counted and every live person has their
    identity: the records present at a counted meeting, counted along the covering index of
    attendances in record order (one pass, no look-up per record), then put right with what is
    few:

    - less the records among them that are not live (deleted ones, and those merged into
      another);
    - plus the records kept by a merge that came only through a record merged into them;
    - less, in each identity of several records, those present beyond the first.
    """
    counted_meeting = (
        f" AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE {where})" if left_out else ""
    )
    # the distinct records read off ix_attendance_by_person in its order (on both back ends)
    attending = (
        "SELECT count(*) FROM (SELECT DISTINCT a.person_id FROM attendance a "
        f"WHERE a.deleted = false AND a.present = true{counted_meeting}) x"
    )
    came = (
        "EXISTS (SELECT 1 FROM attendance a WHERE a.deleted = false AND a.present = true "
        f"AND a.person_id = {{who}}{counted_meeting})"
    )
    not_live = f"SELECT count(*) FROM person d WHERE d.deleted = true AND {came.format(who='d.id')}"
    with distinct_in_index_order(session.connection()):
        total = _one(session, attending, values)
    total -= _one(session, not_live, values)
    if _any_merged(session):
        # kept records present only through a record merged into them
        through = (
            "SELECT count(DISTINCT mp.merged_into_id) FROM person mp CROSS JOIN person k "
            f"WHERE {_MERGED} AND k.id = mp.merged_into_id AND k.deleted = false "
            f"AND {came.format(who='mp.id')} AND NOT {came.format(who='k.id')}"
        )
        total += _one(session, through, values)
        present = (
            f"({came.format(who='i.person_id')} OR EXISTS (SELECT 1 FROM person mp WHERE "
            f"mp.merged_into_id = i.person_id AND {_MERGED} AND {came.format(who='mp.id')}))"
        )
    else:
        present = came.format(who="i.person_id")
    # identities of several records: those whose identity is another record's id, and the
    # records of those identities that are present
    shared = (
        "SELECT i.identity_id, count(*) FROM personidentity i WHERE i.identity_id IN "
        "(SELECT s.identity_id FROM personidentity s WHERE s.person_id <> s.identity_id) "
        f"AND {present} GROUP BY i.identity_id"
    )
    total -= sum(int(count) - 1 for _identity, count in _rows(session, shared, values))
    return total


def _proposals_over_counted_meetings(
    session: Session, filters: Filters, columns: str
) -> list[tuple[Any, ...]]:
    """Counted proposals grouped by ``columns`` of the proposal (over ix_proposal_stats)."""
    direction = "" if filters.direction is None else "AND p.direction_code = :direction "
    values = {} if filters.direction is None else {"direction": filters.direction}
    # grouped by expressions (see attendances_by_sector), selected as grouped
    grouped = ", ".join(f"{column} || ''" for column in columns.split(", "))
    return _over_counted_meetings(
        session,
        filters,
        everything=f"SELECT {columns}, count(*) FROM proposal p WHERE p.deleted = false "
        f"{direction}GROUP BY {columns}",
        # NOT p.deleted rather than p.deleted = false: the planner then reads the meetings'
        # proposals (ix_proposal_meeting) instead of every live one
        within=f"SELECT {grouped}, count(*) FROM proposal p WHERE NOT p.deleted {direction}"
        f"AND p.meeting_id IN ({{meetings}}) GROUP BY {grouped}",
        values=values,
    )


def proposals_by_direction_and_section(
    session: Session, filters: Filters
) -> dict[str, dict[str, int]]:
    """Counted proposals and comments per direction, then per section (``NATIONAL_KEY``: none)."""
    rows = _proposals_over_counted_meetings(session, filters, "p.direction_code, p.section_code")
    return _nested(sorted(rows, key=lambda row: (_key(row[0]), _key(row[1]))))


def proposals_by_kind(session: Session, filters: Filters) -> dict[str, int]:
    """Counted proposals and comments per kind (proposal, comment)."""
    return _flat(_proposals_over_counted_meetings(session, filters, "p.kind"))


def review_progress(session: Session, filters: Filters) -> dict[str, dict[str, int]]:
    """Counted proposals per section (as filed), then per review status; every status of the
    vocabulary is there (0 when none), a proposal with no review counts as new, and a status
    the vocabulary no longer has is kept under its own name rather than dropped.

    Counted in two parts over indexes alone: the counted proposals per section, all new to
    begin with (as the proposals figure counts them); then the live reviews with their
    proposals looked up by id (ix_proposal_by_id), which move those proposals from new to their
    status. A proposal has one review (its id is made from the proposal's); only when another
    program wrote a second one is each review checked to be its proposal's newest."""
    twice = _rows(
        session,
        "SELECT 1 FROM proposalreview r WHERE r.deleted = false GROUP BY r.proposal_id "
        "HAVING count(*) > 1 LIMIT 1",
        {},
    )
    newest = (
        " AND NOT EXISTS (SELECT 1 FROM proposalreview n WHERE n.deleted = false "
        "AND n.proposal_id = r.proposal_id AND n.id > r.id)"
        if twice
        else ""
    )
    direction = "" if filters.direction is None else " AND p.direction_code = :direction"
    values = {} if filters.direction is None else {"direction": filters.direction}
    # the reviews first, each proposal looked up by its id; ``|| ''`` keeps SQLite from
    # trying each counted meeting against the proposal's index instead
    reviewed = (
        "SELECT p.section_code, r.status, count(*) FROM proposalreview r CROSS JOIN proposal p "
        f"WHERE r.deleted = false{newest} AND p.id = r.proposal_id AND p.deleted = false"
        f"{direction}{{within}} GROUP BY p.section_code, r.status"
    )
    rows = _over_counted_meetings(
        session,
        filters,
        everything=reviewed.format(within=""),
        within=reviewed.format(within=" AND p.meeting_id || '' IN ({meetings})"),
        values=values,
    )
    statuses = review_statuses()
    result: dict[str, dict[str, int]] = {}
    # grouped as ix_proposal_stats is ordered (a section is under one direction), so that no
    # sorter sees every proposal
    filed = _proposals_over_counted_meetings(session, filters, "p.direction_code, p.section_code")
    for _, section, count in sorted(filed, key=lambda row: _key(row[1])):
        per_status = result.setdefault(_key(section), dict.fromkeys(statuses, 0))
        per_status[unreviewed_status()] += int(count)
    for section, status, count in rows:
        per_status = result[_key(section)]
        per_status[unreviewed_status()] -= int(count)
        per_status[str(status)] = per_status.get(str(status), 0) + int(count)
    return result


def review_totals(progress: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """The review progress of all sections together, per status."""
    totals = dict.fromkeys(review_statuses(), 0)
    for per_status in progress.values():
        for status, count in per_status.items():
            totals[status] = totals.get(status, 0) + count
    return totals


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts ``day``'s week: the key of the activity figure."""
    return day - dt.timedelta(days=day.weekday())


def activity_by_week(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per week (its Monday) from the first counted meeting's to the last one's, weeks without
    any included: counted meetings, their present attendances and their counted proposals."""
    where, values = counted_meetings(filters)
    weeks: dict[dt.date, dict[str, int]] = {}

    def add(rows: Iterable[Any], what: str) -> None:
        for day, count in rows:
            when = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
            per_week = weeks.setdefault(
                week_of(when), {"meetings": 0, "attendances": 0, "proposals": 0}
            )
            per_week[what] += int(count or 0)

    add(
        _rows(
            session, f"SELECT m.date, count(*) FROM meeting m WHERE {where} GROUP BY m.date", values
        ),
        "meetings",
    )
    add(
        _summed(_rows(session, _per_meeting("m.date", where, PRESENT_AT_MEETING), values)),
        "attendances",
    )
    # a proposal belongs to its meeting's day; each meeting's proposals a range of
    # ix_proposal_figures
    meetings, bound = counted_meetings(replace(filters, direction=None))
    direction = ""
    if filters.direction is not None:
        direction = " AND p.direction_code = :direction"
        bound["direction"] = filters.direction
    proposals = (
        "SELECT count(*) FROM proposal p WHERE p.deleted = false AND p.meeting_id = m.id"
        + direction
    )
    add(_summed(_rows(session, _per_meeting("m.date", meetings, proposals), bound)), "proposals")
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    result = []
    week = first
    while week <= last:
        counts = weeks.get(week, {"meetings": 0, "attendances": 0, "proposals": 0})
        result.append({"week": week.isoformat(), **counts})
        week += dt.timedelta(days=7)
    return result


def persons_on_record(session: Session, filters: Filters = NO_FILTERS) -> int:
    """Live persons (a person merged into another is deleted, so not among them); the register,
    not narrowed by the filters."""
    del filters
    return int(
        session.connection()
        .execute(text("SELECT count(*) FROM person WHERE deleted = false"))
        .scalar_one()
    )


def questions(session: Session, filters: Filters) -> int:
    """Live questions put at counted meetings."""
    where, values = counted_meetings(filters)
    sql = (
        "SELECT count(*) FROM question q WHERE q.deleted = false "
        f"AND q.meeting_id IN (SELECT m.id FROM meeting m WHERE {where})"
    )
    return int(session.connection().execute(query(sql, values), values).scalar_one())


def adopted_documents(session: Session, filters: Filters) -> int:
    """Live decisions of counted meetings that adopt a document."""
    where, values = counted_meetings(filters)
    sql = (
        "SELECT count(*) FROM decision d WHERE d.deleted = false AND d.document_title IS NOT NULL "
        f"AND d.meeting_id IN (SELECT m.id FROM meeting m WHERE {where})"
    )
    return int(session.connection().execute(query(sql, values), values).scalar_one())


#: Every figure by name, as the dashboard asks for them and the benchmark times them.
FIGURES: dict[str, Callable[[Session, Filters], Any]] = {
    "meetings_by_region_and_kind": meetings_by_region_and_kind,
    "attendances_by_sector": attendances_by_sector,
    "attendances_by_meeting_kind": attendances_by_meeting_kind,
    "participants_by_sector": participants_by_sector,
    "unique_persons": unique_persons,
    "proposals_by_direction_and_section": proposals_by_direction_and_section,
    "proposals_by_kind": proposals_by_kind,
    "review_progress": review_progress,
    "activity_by_week": activity_by_week,
    "persons_on_record": persons_on_record,
    "questions": questions,
    "adopted_documents": adopted_documents,
}
#: The names the data-core benchmark times (it predates the filters): every figure, unfiltered.
QUERIES = FIGURES


def run_query(session: Session, name: str) -> Any:
    """The figure ``name`` with no filters."""
    return FIGURES[name](session, NO_FILTERS)


def _sums(nested: Mapping[str, Mapping[str, int]]) -> tuple[dict[str, int], dict[str, int]]:
    """The totals of a two-level count per outer key and per inner key."""
    outer = {key: sum(inner.values()) for key, inner in nested.items()}
    inner_totals: dict[str, int] = {}
    for inner in nested.values():
        for key, count in inner.items():
            inner_totals[key] = inner_totals.get(key, 0) + count
    return outer, dict(sorted(inner_totals.items()))


def campaign_stats(session: Session, filters: Filters = NO_FILTERS) -> dict[str, Any]:
    """Every figure of ``khdesk stats``, as plain JSON-ready values."""
    meetings = meetings_by_region_and_kind(session, filters)
    by_region, by_kind = _sums(meetings)
    by_sector = attendances_by_sector(session, filters)
    participants = participants_by_sector(session, filters)
    proposals = proposals_by_direction_and_section(session, filters)
    by_direction, by_section = _sums(proposals)
    progress = review_progress(session, filters)
    return {
        "filters": filters.as_json(),
        "meetings": {
            "total": sum(by_region.values()),
            "by_kind": by_kind,
            "by_region": by_region,
            "by_region_and_kind": meetings,
        },
        "persons": persons_on_record(session, filters),
        "attendances": {
            "present": sum(by_sector.values()),
            "by_sector": by_sector,
            "by_meeting_kind": attendances_by_meeting_kind(session, filters),
        },
        "participants": {"total": sum(participants.values()), "by_sector": participants},
        "unique_persons": unique_persons(session, filters),
        "proposals": {
            "total": sum(by_direction.values()),
            "by_kind": proposals_by_kind(session, filters),
            "by_direction": by_direction,
            "by_section": by_section,
            "by_direction_and_section": proposals,
        },
        "review": {
            "statuses": review_statuses(),
            "by_status": review_totals(progress),
            "by_section": progress,
        },
        "activity_by_week": activity_by_week(session, filters),
        "questions": questions(session, filters),
        "adopted_documents": adopted_documents(session, filters),
    }
