"""Zoom's participants report (CSV) read as one attendee per person, however often they joined.

Zoom exports the participants table in three shapes: alone; with "Show unique users" off and the
meeting details on, a summary block first::

    Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
    812 3456 7890,Round table,09/16/2026 10:00:00 AM,...
    <blank line>
    Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
    ...

or as one table whose every row repeats the meeting's columns before the participant's own::

    Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,
        Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,...

The header of the participants table is found wherever it is, and a participant's columns are
the ones after the name column (the first "User Email" of the one-row shape is the host's), so
the three shapes read the same. Each join is a row; the joins of one person (same e-mail, or the
same name when Zoom has no e-mail for a join) become one ``ZoomAttendee`` with the first join and
the last leave. Rows of the waiting room are not attendance. Dates written with slashes are read
in the order the file uses (see ``slash_dates_day_first``), and every time is checked against the
meeting's date.

How to accept another language of Zoom's interface: add its headers to the columns below.
How to recognise another device name: add its first word to ``_DEVICE``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from khdesk.domain.errors import InvalidInput, Label, Message
from khdesk.domain.names import name_key
from khdesk.domain.validation import MAX_LINE, NotLatinEmail, clean_email, email_letter_reason
from khdesk.io.tables import Column, Row, Table, header_key, read_table

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
WAITING = Column(
    "waiting",
    (
        "In Waiting Room", "Waiting Room", "В зале ожидания", "В комнате ожидания",
        "Зал ожидания", "Комната ожидания", "Күту залында", "Күту бөлмесінде",
    ),
)  # fmt: skip
COLUMNS = (NAME, EMAIL, JOINED, LEFT, DURATION, WAITING)
EXPECTED_HEADERS = Label(
    "the participants' header 'Name (Original Name),User Email,Join Time,Leave Time'"
)
#: The words that name a cell of a join in a message.
_CELLS = {
    "name": Label("name"),
    "email": Label("e-mail"),
    "joined": Label("joined"),
    "left": Label("left"),
}

#: What the waiting-room column says for a row spent in the waiting room.
_YES = frozenset({"yes", "да", "иә", "true", "1"})

_STAMP = re.compile(
    r"^(\d{1,4})([/.-])(\d{1,2})[/.-](\d{1,4}),?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*([AaPp]\.?[Mm]\.?)?$"
)
_RENAMED = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
#: The names phones and computers give themselves, which Zoom shows when a person did not type
#: theirs: "iPhone", "Samsung SM-A515F", "Galaxy A51", "DESKTOP-7H3K2P".
_DEVICE = re.compile(
    r"^(?:(?:iphone|ipad|ipod|android|samsung|galaxy|redmi|xiaomi|huawei|honor|oppo|vivo|realme"
    r"|poco|pixel|nokia|tecno|infinix|oneplus|motorola|lenovo|macbook|imac|phone|mobile|tablet"
    r"|айфон|телефон|смартфон|планшет)(?![^\W\d_])|(?:desktop|laptop)-|sm-[a-z]\d)",
    re.IGNORECASE,
)
# "Серік's iPhone": the owner's name, then the device
_POSSESSIVE = re.compile(r"^(.*\S)\s*['’‘`]s\s+(\S.*)$")


def is_zoom_header(found: frozenset[str]) -> bool:
    """The participants' header names the person and the join time (the summary's does not)."""
    return {"name", "joined"} <= found


def parse_zoom_time(
    text: str, *, zone: dt.tzinfo | None = None, day_first: bool = False
) -> dt.datetime:
    """A time as Zoom writes it ("09/16/2026 10:01:23 AM", "2026-09-16 10:01:23",
    "16.09.2026 10:01:23"), in ``zone`` (this computer's zone by default), returned in UTC.

    A date with slashes or dashes is month first (Zoom's US form) unless ``day_first``; a date
    with dots is always day first. AM/PM is read here rather than by ``strptime`` so that the
    result does not depend on the locale the application runs in.
    """
    match = _STAMP.match(text.strip())
    if not match:
        raise InvalidInput("'{text}' is not a time: Zoom writes 09/16/2026 10:01:23 AM.", text=text)
    first, separator, second, third, hour, minute, second_of_minute, half = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif separator == "." or day_first:
        day, month, year = int(first), int(second), int(third)
    else:  # Zoom's US form month/day/year
        month, day, year = int(first), int(second), int(third)
    hours = int(hour)
    if half:
        if not 1 <= hours <= 12:
            raise InvalidInput(
                "'{text}' is not a time: the hour of an AM/PM time is 1 to 12.", text=text
            )
        hours = hours % 12 + (12 if half[0] in "Pp" else 0)
    try:
        naive = dt.datetime(year, month, day, hours, int(minute), int(second_of_minute or 0))
    except ValueError:
        raise InvalidInput(
            "'{text}' is not a real date and time: check the day and the month.", text=text
        ) from None
    local = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


def slash_dates_day_first(
    dates: Iterable[tuple[int, str]], *, file_name: str, meeting_date: dt.date | None = None
) -> bool:
    """Whether the file writes dates such as 05/09/2026 day first, judged from all its join and
    leave times.

    A date whose first number is over 12 says day first, one whose second is over 12 says month
    first; a file that says both is refused. When no date tells, the meeting's date does if only
    one order puts the dates on it (or the night after); else it is Zoom's US month first.
    ``dates`` are (line, text) pairs.
    """
    day_first_line = month_first_line = None
    undecided: list[tuple[int, int, int]] = []
    for line, text in dates:
        match = _STAMP.match(text.strip())
        if match is None or match.group(2) == "." or len(match.group(1)) == 4:
            continue
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if first > 12 >= second:
            day_first_line = day_first_line or line
        elif second > 12 >= first:
            month_first_line = month_first_line or line
        elif first <= 12 and second <= 12:
            undecided.append((first, second, year))
    if day_first_line is not None and month_first_line is not None:
        raise InvalidInput(
            "{file} writes dates day first (line {day_first}) and month first (line "
            "{month_first}): export the report from Zoom again.",
            file=file_name,
            day_first=day_first_line,
            month_first=month_first_line,
        )
    if day_first_line is not None or month_first_line is not None:
        return day_first_line is not None
    if meeting_date is None or not undecided:
        return False
    nights = (meeting_date, meeting_date + dt.timedelta(days=1))

    def fits(order: str) -> bool:
        for first, second, year in undecided:
            day, month = (first, second) if order == "day" else (second, first)
            try:
                if dt.date(year, month, day) not in nights:
                    return False
            except ValueError:
                return False
        return True

    return fits("day") and not fits("month")


def _is_device(text: str) -> bool:
    return _DEVICE.match(text.strip()) is not None


def _owner(text: str) -> str | None:
    """The person a Zoom name names: "Серік's iPhone" is Серік; "iPhone" is nobody."""
    possessive = _POSSESSIVE.match(text)
    if possessive and _is_device(possessive.group(2)):
        return possessive.group(1)
    return None if _is_device(text) else text


def person_name(raw: str, *, renamed_header: bool) -> tuple[str, str | None, bool]:
    """The name a Zoom row gives a person, another name for them, and whether the row names
    only a device.

    "iPhone (Серік Болат)" and "Samsung SM-A515F (Серік Болат)" are Серік Болат (the device
    took the name shown and the account's own name is in brackets); "Серік Болат (iPhone)" too.
    Under the header "Name (Original Name)" a name in brackets is the account's name before the
    person renamed themselves: both are kept, to be tried in turn.
    """
    text = raw.strip()
    bracket = _RENAMED.match(text)
    if bracket is None:
        owner = _owner(text)
        return (text, None, True) if owner is None else (owner, None, False)
    outer, inner = bracket.group(1).strip(), bracket.group(2).strip()
    outer_owner, inner_owner = _owner(outer), _owner(inner)
    if outer_owner is None and inner_owner is None:
        return text, None, True
    if outer_owner is None or inner_owner is None:
        return outer_owner or inner_owner or text, None, False
    if renamed_header:
        return outer_owner, inner_owner, False
    return text, None, False


@dataclass
class ZoomJoin:
    """One row of the report: one join of one person, or why the row cannot be used."""

    line: int
    name: str = ""
    other_name: str | None = None
    email: str | None = None
    joined: dt.datetime | None = None
    left: dt.datetime | None = None
    problem: Message | None = None
    #: A row of time spent in the waiting room: who it was, but no attendance.
    waiting: bool = False
    #: Zoom shows only a device's name ("iPhone") for this row.
    device_only: bool = False

    def name_keys(self) -> list[str]:
        keys = [name_key(self.name)] if self.name and not self.device_only else []
        if self.other_name:
            keys.append(name_key(self.other_name))
        return keys


@dataclass
class ZoomAttendee:
    """One person of the report: all their joins, the first join and the last leave."""

    lines: list[int]
    name: str
    other_name: str | None
    email: str | None
    joined: dt.datetime
    left: dt.datetime | None = None
    #: No join of this person carries a person's name, only a device's.
    device_only: bool = False

    @property
    def line(self) -> int:
        return self.lines[0]


@dataclass
class _Reading:
    """How this file's cells are read: the zone of its times and the order of its dates."""

    zone: dt.tzinfo | None
    day_first: bool
    renamed_header: bool


def _join(table: Table, row: Row, reading: _Reading) -> ZoomJoin:
    join = ZoomJoin(line=row.line)
    for key in ("name", "email", "joined", "left"):
        index = table.index(key)
        if index is not None and index in row.oversized:
            join.problem = Message(
                "the {cell} cell is {length:,} characters long.",
                cell=_CELLS[key],
                length=row.oversized[index],
            )
            return join
    join.waiting = header_key(row.cell(table.index("waiting"))) in _YES
    join.name, join.other_name, join.device_only = person_name(
        row.cell(table.index("name")), renamed_header=reading.renamed_header
    )
    if len(join.name) > MAX_LINE:
        join.problem = Message(
            "the name is {length:,} characters long; at most {limit}.",
            length=len(join.name),
            limit=MAX_LINE,
        )
        return join
    try:
        join.email = clean_email(row.cell(table.index("email")))
    except NotLatinEmail as error:
        join.problem = email_letter_reason(error)  # which letter, and where: not the address
        return join
    except InvalidInput:
        join.problem = Message("the e-mail is malformed: correct it or leave it empty.")
        return join
    if not join.name and not join.email:
        join.problem = Message("no name and no e-mail: Zoom's row names nobody.")
        return join
    if join.waiting:
        return join  # the time in the waiting room is not an arrival: it is not read
    if join.device_only and not join.email:
        join.problem = Message(
            "Zoom names this person only by a device ('{device}'), with no e-mail: check them "
            "in by hand in the meeting's participants.",
            device=join.name,
        )
        return join
    joined_text = row.cell(table.index("joined"))
    left_text = row.cell(table.index("left"))
    try:
        if not joined_text:
            join.problem = Message("no join time: the row says nothing about when the person came.")
            return join
        join.joined = parse_zoom_time(joined_text, zone=reading.zone, day_first=reading.day_first)
        if left_text:
            join.left = parse_zoom_time(left_text, zone=reading.zone, day_first=reading.day_first)
        elif (minutes := row.cell(table.index("duration"))).isdigit():
            join.left = join.joined + dt.timedelta(minutes=int(minutes))
    except InvalidInput as error:
        join.problem = error.message
        return join
    if join.left is not None and join.left < join.joined:
        join.problem = Message("the leave time is earlier than the join time: correct one of them.")
    return join


def _check_dates(joins: list[ZoomJoin], meeting_date: dt.date, zone: dt.tzinfo | None) -> None:
    """Reject the joins that are not on the meeting's date, allowing for a session that runs
    past midnight: a join after midnight counts while someone who came before it is still on."""

    def local_date(moment: dt.datetime) -> dt.date:
        return (moment.astimezone(zone) if zone is not None else moment.astimezone()).date()

    next_day = meeting_date + dt.timedelta(days=1)
    timed = [j for j in joins if j.problem is None and j.joined is not None]
    ran_until = max(
        (
            j.left
            for j in timed
            if j.joined is not None
            and j.left is not None
            and local_date(j.joined) == meeting_date
            and local_date(j.left) <= next_day
        ),
        default=None,
    )
    for join in timed:
        assert join.joined is not None  # timed holds only joins with a time
        joined_on = local_date(join.joined)
        # after midnight, while someone who came on the meeting's date is still on
        still_running = joined_on == next_day and ran_until is not None and join.joined <= ran_until
        if joined_on != meeting_date and not still_running:
            join.problem = Message(
                "the join is on {day}, not on the meeting's date {meeting_day}: check that the "
                "report is this meeting's.",
                day=joined_on.isoformat(),
                meeting_day=meeting_date.isoformat(),
            )
        elif join.left is not None and local_date(join.left) > next_day:
            join.problem = Message(
                "the leave time is on {day}, more than a day after the meeting's date "
                "{meeting_day}: correct it.",
                day=local_date(join.left).isoformat(),
                meeting_day=meeting_date.isoformat(),
            )


def _person_keys(joins: list[ZoomJoin]) -> list[str]:
    """Who each join is: its e-mail; else the e-mail of the joins with the same name (a rejoin
    without an e-mail is the same person), when that name has one; else the name."""
    emails_of_name: dict[str, set[str]] = {}
    for join in joins:
        if join.email:
            for key in join.name_keys():
                emails_of_name.setdefault(key, set()).add(join.email)
    keys = []
    for join in joins:
        if join.email:
            keys.append(f"email:{join.email}")
            continue
        key = f"name:{name_key(join.name)}"
        for name in join.name_keys():
            emails = emails_of_name.get(name, set())
            if len(emails) == 1:  # a name two addresses share is not guessed between
                key = f"email:{next(iter(emails))}"
                break
        keys.append(key)
    return keys


def group_joins(joins: list[ZoomJoin]) -> tuple[list[ZoomAttendee], list[ZoomJoin]]:
    """One attendee per person among the usable joins, in the order they first joined the file,
    and a refusal for each person seen only in the waiting room."""
    known = [join for join in joins if join.problem is None]
    attendees: dict[str, ZoomAttendee] = {}
    waited: dict[str, ZoomJoin] = {}
    for join, key in zip(known, _person_keys(known), strict=True):
        if join.waiting or join.joined is None:
            waited.setdefault(key, join)
            continue
        attendee = attendees.get(key)
        if attendee is None:
            attendees[key] = ZoomAttendee(
                lines=[join.line],
                name=join.name or (join.email or ""),
                other_name=join.other_name,
                email=join.email,
                joined=join.joined,
                left=join.left,
                device_only=join.device_only,
            )
            continue
        attendee.lines.append(join.line)
        attendee.joined = min(attendee.joined, join.joined)
        if join.left is not None:
            attendee.left = join.left if attendee.left is None else max(attendee.left, join.left)
        attendee.email = attendee.email or join.email
        if attendee.device_only and not join.device_only and join.name:
            # a person's own name, from another join, is better than "iPhone"
            attendee.name, attendee.other_name = join.name, join.other_name
            attendee.device_only = False
    never_admitted = [
        ZoomJoin(
            line=join.line,
            name=join.name,
            email=join.email,
            problem=Message(
                "only in the waiting room: Zoom never admitted this person, so they are not "
                "counted as present."
            ),
        )
        for key, join in waited.items()
        if key not in attendees
    ]
    return list(attendees.values()), never_admitted


def read_zoom_report(
    path: Path, *, zone: dt.tzinfo | None = None, meeting_date: dt.date | None = None
) -> tuple[list[ZoomAttendee], list[ZoomJoin]]:
    """The attendees of a Zoom participants report, and the rows that could not be used.

    With ``meeting_date``, a join on another day (but for a session that runs past midnight) is
    such a row, and the date tells the order of the file's dates when nothing else does.
    """
    table = read_table(
        path, COLUMNS, is_header=is_zoom_header, expected=EXPECTED_HEADERS, after="name"
    )
    date_cells = [
        (row.line, row.cell(table.index(key))) for row in table.rows for key in ("joined", "left")
    ]
    name_index = table.index("name")
    reading = _Reading(
        zone=zone,
        day_first=slash_dates_day_first(date_cells, file_name=path.name, meeting_date=meeting_date),
        renamed_header=name_index is not None and "(" in table.headers[name_index],
    )
    joins = [_join(table, row, reading) for row in table.rows]
    if meeting_date is not None:
        _check_dates(joins, meeting_date, zone)
    attendees, never_admitted = group_joins(joins)
    problems = [join for join in joins if join.problem] + never_admitted
    return attendees, sorted(problems, key=lambda join: join.line)
