"""Zoom's report with an e-mail typed with a letter of another alphabet: the row is refused
naming the letter and where it stands, never the address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from khdesk.io.zoom import read_zoom_report
from tests.io.files import write_csv

ALMATY = dt.timezone(dt.timedelta(hours=5))
HEADER = ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)"]


def _row(name: str, email: str) -> list[str]:
    return [name, email, "09/16/2026 10:01:23 AM", "09/16/2026 10:30:00 AM", "29"]


def test_an_e_mail_with_a_cyrillic_letter_is_refused_naming_the_letter(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            HEADER,
            _row("Оспанов Серік", "serik@mаil.kz"),  # a Cyrillic «а» in the domain
            _row("Жұмабекова Іңкәр", "іnkar@mail.kz"),  # a Kazakh «і» before the @
            _row("Иванова Анна", "anna@mail.kz"),
            _row("Петров Павел", "pavel@"),
        ],
    )
    (anna,), problems = read_zoom_report(path, zone=ALMATY)
    assert anna.email == "anna@mail.kz"
    assert [(p.line, str(p.problem)) for p in problems] == [
        (2, "the e-mail has the Cyrillic letter «а» at position 8: type it in Latin letters."),
        (3, "the e-mail has the Cyrillic letter «і» at position 1: type it in Latin letters."),
        # an address malformed in Latin letters keeps the sentence it had
        (5, "the e-mail is malformed: correct it or leave it empty."),
    ]
    # the report gets copied around: the address is not in it
    assert not any("mаil" in str(p.problem) or "nkar" in str(p.problem) for p in problems)


def test_a_letter_of_neither_alphabet_is_named_too(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "zoom.csv", [HEADER, _row("Müller Jana", "jana@müller.de")])
    attendees, (problem,) = read_zoom_report(path, zone=ALMATY)
    assert attendees == []
    assert str(problem.problem) == (
        "the e-mail has the letter «ü» at position 7, of another alphabet than the rest of the "
        "address: retype it."
    )
