"""Zoom's participants report (CSV) read as one attendee per person, however often they joined.

Zoom exports either the participants table alone or, with "Show unique users" off and the
meeting details on, a summary block first::

    Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
    812 3456 7890,Round table,09/16/2026 10:00:00 AM,...
    <blank line>
    Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
    ...

The header of the participants table is found wherever it is, so both shapes read the same.
Each join is a row; the joins of one person (same e-mail, or the same name when Zoom has no e-mail)
become one ``ZoomAttendee`` with the first join and the last leave.

How to accept another language of Zoom's interface: add its headers to the columns below.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from khdesk.domain.errors import InvalidInput
from khdesk.domain.names import name_key
from khdesk.domain.validation import MAX_LINE, clean_email
from khdesk.io.tables import Column, Row, Table, read_table

NAME = Column(
    "name",
    (
        "Name (Original Name)", "Name", "Participant", "Display name", "Имя (исходное имя)",
        "Имя (настоящее имя)", "Имя (оригинальное имя)", "Имя", "Участник",
    ),
)  # fmt: skip
EMAIL = Column(
    "email",
    (
        "User Email", "Email", "E-mail", "Эл. почта пользователя", "Электронная почта пользователя",
        "Адрес электронной почты пользователя", "Адрес электронной почты", "Электронная почта",
        "Эл. почта",
    ),
)  # fmt: skip
JOINED = Column(
    "joined",
    ("Join Time", "Join", "Время входа", "Время присоединения", "Время подключения"),
)
LEFT = Column(
    "left",
    ("Leave Time", "Leave", "Время выхода", "Время ухода", "Время отключения"),
)
DURATION = Column(
    "duration",
    ("Duration (Minutes)", "Duration", "Продолжительность (минуты)", "Продолжительность"),
)
COLUMNS = (NAME, EMAIL, JOINED, LEFT, DURATION)
EXPECTED_HEADERS = "the participants' header 'Name (Original Name),User Email,Join Time,Leave Time'"

_STAMP = re.compile(
    r"^(\d{1,4})([/.-])(\d{1,2})[/.-](\d{1,4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*([AaPp]\.?[Mm]\.?)?$"
)
_RENAMED = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


def is_zoom_header(found: frozenset[str]) -> bool:
    """The participants' header names the person and the join time (the summary's does not)."""
    return {"name", "joined"} <= found


def parse_zoom_time(text: str, *, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A time as Zoom writes it ("09/16/2026 10:01:23 AM", "2026-09-16 10:01:23",
    "16.09.2026 10:01:23"), in ``zone`` (this computer's zone by default), returned in UTC.

    AM/PM is read here rather than by ``strptime`` so that the result does not depend on the
    locale the application runs in.
    """
    match = _STAMP.match(text.strip())
    if not match:
        raise InvalidInput(f"'{text}' is not a time: Zoom writes 09/16/2026 10:01:23 AM.")
    first, separator, second, third, hour, minute, second_of_minute, half = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif separator == ".":
        day, month, year = int(first), int(second), int(third)
    else:  # Zoom's US form month/day/year
        month, day, year = int(first), int(second), int(third)
    hours = int(hour)
    if half:
        if not 1 <= hours <= 12:
            raise InvalidInput(f"'{text}' is not a time: the hour of an AM/PM time is 1 to 12.")
        hours = hours % 12 + (12 if half[0] in "Pp" else 0)
    try:
        naive = dt.datetime(year, month, day, hours, int(minute), int(second_of_minute or 0))
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a real date and time: check the day and the month."
        ) from None
    local = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


@dataclass
class ZoomJoin:
    """One row of the report: one join of one person, or why the row cannot be used."""

    line: int
    name: str = ""
    other_name: str | None = None
    email: str | None = None
    joined: dt.datetime | None = None
    left: dt.datetime | None = None
    problem: str | None = None

    def key(self) -> str:
        """Who this is: the e-mail when Zoom has one, otherwise the name in any spelling."""
        return f"email:{self.email}" if self.email else f"name:{name_key(self.name)}"


@dataclass
class ZoomAttendee:
    """One person of the report: all their joins, the first join and the last leave."""

    lines: list[int]
    name: str
    other_name: str | None
    email: str | None
    joined: dt.datetime
    left: dt.datetime | None = None

    @property
    def line(self) -> int:
        return self.lines[0]


def _join(table: Table, row: Row, zone: dt.tzinfo | None) -> ZoomJoin:
    join = ZoomJoin(line=row.line)
    for key in ("name", "email", "joined", "left"):
        index = table.index(key)
        if index is not None and index in row.oversized:
            join.problem = f"the {key} cell is {row.oversized[index]:,} characters long."
            return join
    raw_name = row.cell(table.index("name"))
    renamed = _RENAMED.match(raw_name)
    if renamed and table.index("name") is not None and "(" in table.headers[table.columns["name"]]:
        # "Name (Original Name)": the name shown in the meeting, then the account's own name
        join.name, join.other_name = renamed.group(1), renamed.group(2).strip()
    else:
        join.name = raw_name
    if len(join.name) > MAX_LINE:
        join.problem = f"the name is {len(join.name):,} characters long; at most {MAX_LINE}."
        return join
    try:
        join.email = clean_email(row.cell(table.index("email")))
    except InvalidInput:
        join.problem = "the e-mail is malformed: correct it or leave it empty."
        return join
    if not join.name and not join.email:
        join.problem = "no name and no e-mail: Zoom's row names nobody."
        return join
    joined_text = row.cell(table.index("joined"))
    left_text = row.cell(table.index("left"))
    try:
        if not joined_text:
            join.problem = "no join time: the row says nothing about when the person came."
            return join
        join.joined = parse_zoom_time(joined_text, zone=zone)
        if left_text:
            join.left = parse_zoom_time(left_text, zone=zone)
        elif (minutes := row.cell(table.index("duration"))).isdigit():
            join.left = join.joined + dt.timedelta(minutes=int(minutes))
    except InvalidInput as error:
        join.problem = str(error)
        return join
    if join.left is not None and join.left < join.joined:
        join.problem = "the leave time is earlier than the join time: correct one of them."
    return join


def group_joins(joins: list[ZoomJoin]) -> list[ZoomAttendee]:
    """One attendee per person among the usable joins, in the order they first joined the file."""
    attendees: dict[str, ZoomAttendee] = {}
    for join in joins:
        if join.problem or join.joined is None:
            continue
        key = join.key()
        attendee = attendees.get(key)
        if attendee is None:
            attendees[key] = ZoomAttendee(
                lines=[join.line],
                name=join.name or (join.email or ""),
                other_name=join.other_name,
                email=join.email,
                joined=join.joined,
                left=join.left,
            )
            continue
        attendee.lines.append(join.line)
        attendee.joined = min(attendee.joined, join.joined)
        if join.left is not None:
            attendee.left = join.left if attendee.left is None else max(attendee.left, join.left)
    return list(attendees.values())


def read_zoom_report(
    path: Path, *, zone: dt.tzinfo | None = None
) -> tuple[list[ZoomAttendee], list[ZoomJoin]]:
    """The attendees of a Zoom participants report, and the rows that could not be used."""
    table = read_table(path, COLUMNS, is_header=is_zoom_header, expected=EXPECTED_HEADERS)
    joins = [_join(table, row, zone) for row in table.rows]
    return group_joins(joins), [join for join in joins if join.problem]
