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
    assert [(p.line, p.problem) for p in problems] == [
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
