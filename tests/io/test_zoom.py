"""Zoom's participants report: both shapes, rejoins, times in Zoom's formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.io.zoom import parse_zoom_time, read_zoom_report
from tests.io.files import write_csv

ALMATY = dt.timezone(dt.timedelta(hours=5))
SUMMARY = [
    ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
     "Participants"],
    ["812 3456 7890", "Дөңгелек үстел", "09/16/2026 10:00:00 AM", "09/16/2026 12:00:00 PM",
     "host@example.kz", "120", "3"],
    [],
]  # fmt: skip
PARTICIPANTS = [
    ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
     "Guest"],
    ["Жұмабекова Іңкәр", "", "09/16/2026 10:01:23 AM", "09/16/2026 10:30:00 AM", "29", "Yes"],
    ["Host (Серік Оспанов)", "host@example.kz", "09/16/2026 09:58:00 AM",
     "09/16/2026 12:00:00 PM", "122", "No"],
    ["ЖҰМАБЕКОВА  іңкәр", "", "09/16/2026 10:35:00 AM", "09/16/2026 11:50:00 AM", "75", "Yes"],
    ["Host (Серік Оспанов)", "HOST@example.kz", "09/16/2026 12:01:00 PM",
     "09/16/2026 12:05:00 PM", "4", "No"],
]  # fmt: skip


def utc(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 9, 16, hour, minute, second, tzinfo=ALMATY).astimezone(dt.UTC)


@pytest.mark.parametrize("with_summary", [True, False])
def test_rejoins_make_one_attendee_with_first_join_and_last_leave(
    tmp_path: Path, with_summary: bool
) -> None:
    rows = [*SUMMARY, *PARTICIPANTS] if with_summary else PARTICIPANTS
    path = write_csv(tmp_path / "participants.csv", rows)
    attendees, problems = read_zoom_report(path, zone=ALMATY)
    assert problems == []
    inkar, host = attendees
    first = 4 if with_summary else 1
    assert inkar.lines == [first + 1, first + 3]
    assert (inkar.name, inkar.email) == ("Жұмабекова Іңкәр", None)
    assert (inkar.joined, inkar.left) == (utc(10, 1, 23), utc(11, 50))
    assert (host.name, host.other_name, host.email) == ("Host", "Серік Оспанов", "host@example.kz")
    assert (host.joined, host.left) == (utc(9, 58), utc(12, 5))


def test_the_plain_variant_and_russian_headers(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            [
                "Имя (исходное имя)",
                "Эл. почта пользователя",
                "Время входа",
                "Время выхода",
                "Продолжительность (минуты)",
            ],
            ["Иванова Анна", "anna@example.kz", "16.09.2026 10:00:00", "16.09.2026 10:45:00", "45"],
        ],
        separator=";",
    )
    (anna,), problems = read_zoom_report(path, zone=ALMATY)
    assert problems == []
    assert (anna.name, anna.email, anna.joined, anna.left) == (
        "Иванова Анна",
        "anna@example.kz",
        utc(10, 0),
        utc(10, 45),
    )


def test_unusable_rows_are_reported_with_their_lines(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Name", "User Email", "Join Time", "Leave Time", "Duration (Minutes)"],
            ["Anna", "anna@", "2026-09-16 10:00:00", "2026-09-16 10:10:00", "10"],
            ["Pavel", "", "yesterday", "", ""],
            ["", "", "2026-09-16 10:00:00", "", ""],
            ["Vera", "", "2026-09-16 11:00:00", "2026-09-16 10:00:00", ""],
            ["Oleg", "", "2026-09-16 11:00:00", "", "15"],
        ],
    )
    (oleg,), problems = read_zoom_report(path, zone=ALMATY)
    assert [(p.line, str(p.problem)) for p in problems] == [
        (2, "the e-mail is malformed: correct it or leave it empty."),
        (3, "'yesterday' is not a time: Zoom writes 09/16/2026 10:01:23 AM."),
        (4, "no name and no e-mail: Zoom's row names nobody."),
        (5, "the leave time is earlier than the join time: correct one of them."),
    ]
    assert oleg.left == utc(11, 15)  # no leave time: the join plus the duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09/16/2026 10:01:23 AM", (10, 1, 23)),
        ("09/16/2026 12:05:00 AM", (0, 5, 0)),
        ("09/16/2026 12:05:00 PM", (12, 5, 0)),
        ("09/16/2026 01:05 PM", (13, 5, 0)),
        ("2026-09-16 10:01:23", (10, 1, 23)),
        ("2026-09-16T10:01:23", (10, 1, 23)),
        ("16.09.2026 22:01", (22, 1, 0)),
    ],
)
def test_zoom_time_formats(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_zoom_time(text, zone=ALMATY) == utc(*expected)


@pytest.mark.parametrize("text", ["13/45/2026 10:00:00", "09/16/2026 13:00:00 PM", "10:00"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_zoom_time(text, zone=ALMATY)


def test_a_report_without_the_participants_header_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "zoom.csv", SUMMARY[:2])
    with pytest.raises(InvalidInput, match="Name \\(Original Name\\),User Email,Join Time"):
        read_zoom_report(path)


# --- the one-row export: the meeting's columns repeated on every row ------------------------------

ONE_ROW_HEADER = [
    "Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
    "Participants", "Name (Original Name)", "User Email", "Join Time", "Leave Time",
    "Duration (Minutes)", "Guest", "In Waiting Room",
]  # fmt: skip
MEETING = ["812 3456 7890", "Дөңгелек үстел", "09/16/2026 10:00:00 AM", "09/16/2026 12:00:00 PM",
           "host@example.kz", "120", "5"]  # fmt: skip


def one_row(
    name: str, email: str, joined: str, left: str, minutes: str, waiting: str = "No"
) -> list[str]:
    """A row of the one-row export on 16 September: the meeting's cells, then the person's."""
    day = "09/16/2026 "
    return [*MEETING, name, email, day + joined, day + left if left else "", minutes, "Yes",
            waiting]  # fmt: skip


def test_the_one_row_export_reads_each_participant_not_the_host(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "participants.csv",
        [
            ONE_ROW_HEADER,
            one_row("Серік Оспанов", "host@example.kz", "09:58:00 AM", "12:00:00 PM", "122"),
            one_row("Иванова Анна", "anna@example.kz", "10:01:00 AM", "11:00:00 AM", "59"),
            one_row("Petrov Pavel", "pavel@example.kz", "10:02:00 AM", "11:30:00 AM", "88"),
            one_row("Ли Вера", "", "10:05:00 AM", "11:45:00 AM", "100"),
            one_row("Ким Олег", "oleg@example.kz", "10:10:00 AM", "10:50:00 AM", "40"),
        ],
    )
    attendees, problems = read_zoom_report(path, zone=ALMATY, meeting_date=dt.date(2026, 9, 16))
    assert problems == []
    assert [(a.name, a.email, a.joined, a.left) for a in attendees] == [
        ("Серік Оспанов", "host@example.kz", utc(9, 58), utc(12, 0)),
        ("Иванова Анна", "anna@example.kz", utc(10, 1), utc(11, 0)),
        ("Petrov Pavel", "pavel@example.kz", utc(10, 2), utc(11, 30)),
        ("Ли Вера", None, utc(10, 5), utc(11, 45)),
        ("Ким Олег", "oleg@example.kz", utc(10, 10), utc(10, 50)),
    ]


def test_the_participants_duration_is_theirs_not_the_meetings(tmp_path: Path) -> None:
    row = one_row("Иванова Анна", "anna@example.kz", "10:01:00 AM", "", "30")
    path = write_csv(tmp_path / "participants.csv", [ONE_ROW_HEADER, row])
    (anna,), _ = read_zoom_report(path, zone=ALMATY)
    assert anna.left == utc(10, 31)  # her 30 minutes, not the meeting's 120


# --- the waiting room ----------------------------------------------------------------------------


def test_the_waiting_room_is_not_attendance_and_waiting_is_not_arrival(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "participants.csv",
        [
            ONE_ROW_HEADER,
            one_row("Иванова Анна", "anna@example.kz", "09:50:00 AM", "10:02:00 AM", "12", "Yes"),
            one_row("Иванова Анна", "anna@example.kz", "10:02:00 AM", "11:00:00 AM", "58"),
            one_row("Ли Вера", "", "09:55:00 AM", "12:00:00 PM", "125", "Yes"),
        ],
    )
    (anna,), problems = read_zoom_report(path, zone=ALMATY)
    assert (anna.lines, anna.joined, anna.left) == ([3], utc(10, 2), utc(11, 0))
    assert [(p.line, p.name, str(p.problem)) for p in problems] == [
        (4, "Ли Вера", "only in the waiting room: Zoom never admitted this person, so they are "
         "not counted as present.")
    ]  # fmt: skip


def test_the_waiting_room_column_in_russian(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Имя (исходное имя)", "Время входа", "Время выхода", "В зале ожидания"],
            ["Иванова Анна", "16.09.2026 09:50:00", "16.09.2026 10:00:00", "Да"],
            ["Иванова Анна", "16.09.2026 10:00:00", "16.09.2026 10:45:00", "Нет"],
        ],
        separator=";",
    )
    (anna,), problems = read_zoom_report(path, zone=ALMATY)
    assert (problems, anna.joined) == ([], utc(10, 0))


# --- who a row is: rejoins without an e-mail, devices -------------------------------------------


@pytest.mark.parametrize("email_first", [True, False])
def test_a_rejoin_without_the_email_is_the_same_participant(
    tmp_path: Path, email_first: bool
) -> None:
    with_email = ["Иванова Анна", "anna@example.kz", "2026-09-16 10:00:00", "2026-09-16 10:30:00"]
    without = ["ИВАНОВА  Анна\u200b", "", "2026-09-16 10:40:00", "2026-09-16 11:30:00"]
    rows = [with_email, without] if email_first else [without, with_email]
    path = write_csv(
        tmp_path / "zoom.csv", [["Name", "User Email", "Join Time", "Leave Time"], *rows]
    )
    (anna,), problems = read_zoom_report(path, zone=ALMATY)
    assert problems == []
    assert (anna.lines, anna.email) == ([2, 3], "anna@example.kz")
    assert (anna.joined, anna.left) == (utc(10, 0), utc(11, 30))


def test_namesakes_with_two_emails_are_not_guessed_between(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Name", "User Email", "Join Time"],
            ["Ли Вера", "vera1@example.kz", "2026-09-16 10:00:00"],
            ["Ли Вера", "vera2@example.kz", "2026-09-16 10:01:00"],
            ["Ли Вера", "", "2026-09-16 10:02:00"],
        ],
    )
    attendees, _ = read_zoom_report(path, zone=ALMATY)
    assert [(a.lines, a.email) for a in attendees] == [
        ([2], "vera1@example.kz"),
        ([3], "vera2@example.kz"),
        ([4], None),
    ]


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("iPhone (Серік Болат)", "Серік Болат"),
        ("Samsung SM-A515F (Серік Болат)", "Серік Болат"),
        ("Galaxy A51 (Серік Болат)", "Серік Болат"),
        ("Серік Болат (iPhone)", "Серік Болат"),
        ("Серік's iPhone", "Серік"),
        ("Серік’s Galaxy S21", "Серік"),
        ("Host (Серік Болат)", "Host"),
    ],
)
def test_a_device_name_gives_way_to_the_persons_name(tmp_path: Path, shown: str, name: str) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [["Name (Original Name)", "Join Time"], [shown, "2026-09-16 10:00:00"]],
    )
    (attendee,), _ = read_zoom_report(path, zone=ALMATY)
    assert attendee.name == name


def test_a_device_alone_names_nobody(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Name (Original Name)", "User Email", "Join Time"],
            ["iPhone", "", "2026-09-16 10:00:00"],
            ["Samsung SM-A515F", "", "2026-09-16 10:01:00"],
            ["iPad", "serik@example.kz", "2026-09-16 10:02:00"],
            ["Серік Болат", "serik@example.kz", "2026-09-16 10:30:00"],
        ],
    )
    (serik,), problems = read_zoom_report(path, zone=ALMATY)
    # two different people would have been one "iphone": each is left for a check-in by hand
    assert [(p.line, str(p.problem)) for p in problems] == [
        (2, "Zoom names this person only by a device ('iPhone'), with no e-mail: check them in "
         "by hand in the meeting's participants."),
        (3, "Zoom names this person only by a device ('Samsung SM-A515F'), with no e-mail: check "
         "them in by hand in the meeting's participants."),
    ]  # fmt: skip
    assert (serik.name, serik.lines, serik.device_only) == ("Серік Болат", [4, 5], False)


# --- dates: the order the file uses, and the meeting's date --------------------------------------


def zoom_file(tmp_path: Path, *times: tuple[str, str]) -> Path:
    rows = [[f"Person {i}", joined, left] for i, (joined, left) in enumerate(times, start=1)]
    return write_csv(tmp_path / "zoom.csv", [["Name", "Join Time", "Leave Time"], *rows])


def test_slashed_dates_are_read_day_first_when_the_file_writes_them_so(tmp_path: Path) -> None:
    path = zoom_file(
        tmp_path,
        ("13/09/2026 10:00:00", "13/09/2026 11:00:00"),
        ("05/09/2026 10:00:00", "05/09/2026 11:00:00"),
    )
    attendees, problems = read_zoom_report(path, zone=ALMATY)
    assert problems == []
    assert [a.joined.date() for a in attendees] == [dt.date(2026, 9, 13), dt.date(2026, 9, 5)]
    # and against the meeting of the 13th, the 5th of September is a row to reject, not 9 May
    _, problems = read_zoom_report(path, zone=ALMATY, meeting_date=dt.date(2026, 9, 13))
    assert [(p.line, str(p.problem)) for p in problems] == [
        (3, "the join is on 2026-09-05, not on the meeting's date 2026-09-13: check that the "
         "report is this meeting's.")
    ]  # fmt: skip


def test_slashed_dates_are_month_first_when_the_file_says_so_or_cannot_tell(
    tmp_path: Path,
) -> None:
    month_first = zoom_file(tmp_path, ("09/13/2026 10:00:00", ""), ("09/05/2026 10:00:00", ""))
    attendees, _ = read_zoom_report(month_first, zone=ALMATY)
    assert [a.joined.date() for a in attendees] == [dt.date(2026, 9, 13), dt.date(2026, 9, 5)]
    cannot_tell = zoom_file(tmp_path, ("05/09/2026 10:00:00", "05/09/2026 11:00:00"))
    (person,), _ = read_zoom_report(cannot_tell, zone=ALMATY)
    assert person.joined.date() == dt.date(2026, 5, 9)  # Zoom's US order
    # unless only day first puts the dates on the meeting's date
    (person,), problems = read_zoom_report(
        cannot_tell, zone=ALMATY, meeting_date=dt.date(2026, 9, 5)
    )
    assert (problems, person.joined.date()) == ([], dt.date(2026, 9, 5))


def test_a_file_that_writes_dates_both_ways_is_refused(tmp_path: Path) -> None:
    path = zoom_file(tmp_path, ("13/09/2026 10:00:00", ""), ("09/14/2026 10:00:00", ""))
    with pytest.raises(InvalidInput) as refused:
        read_zoom_report(path, zone=ALMATY)
    assert str(refused.value) == (
        "zoom.csv writes dates day first (line 2) and month first (line 3): export the report "
        "from Zoom again."
    )


def test_a_session_past_midnight_keeps_its_late_joins_and_other_days_are_rejected(
    tmp_path: Path,
) -> None:
    path = zoom_file(
        tmp_path,
        ("2026-09-16 23:00:00", "2026-09-17 00:40:00"),  # the session runs past midnight
        ("2026-09-17 00:10:00", "2026-09-17 00:30:00"),  # joins while it runs: counted
        ("2026-09-17 01:00:00", "2026-09-17 01:10:00"),  # after everyone left: another session
        ("2026-09-15 23:50:00", "2026-09-16 00:10:00"),  # the day before
        ("2026-09-16 22:00:00", "2026-09-18 09:00:00"),  # leaves two days later
    )
    attendees, problems = read_zoom_report(path, zone=ALMATY, meeting_date=dt.date(2026, 9, 16))
    assert [a.line for a in attendees] == [2, 3]
    assert [(p.line, str(p.problem)) for p in problems] == [
        (4, "the join is on 2026-09-17, not on the meeting's date 2026-09-16: check that the "
         "report is this meeting's."),
        (5, "the join is on 2026-09-15, not on the meeting's date 2026-09-16: check that the "
         "report is this meeting's."),
        (6, "the leave time is on 2026-09-18, more than a day after the meeting's date "
         "2026-09-16: correct it."),
    ]  # fmt: skip
