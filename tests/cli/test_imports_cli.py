"""The import commands as scripts use them: summaries, every rejected line, exit statuses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.running import one_line_error, run
from tests.io.files import write_csv


@pytest.fixture
def meeting(capsys: pytest.CaptureFixture[str]) -> str:
    """The number of a fresh round table in Astana."""
    run(capsys, "init", "--role", "facilitator", "--region", "71")
    code, _, _ = run(
        capsys, "meetings", "create", "--kind", "round-table", "--date", "2026-09-16",
        "--title", "Дөңгелек үстел",
    )  # fmt: skip
    assert code == 0
    _, out, _ = run(capsys, "meetings", "list", "--json")
    (listed,) = json.loads(out)
    assert re.fullmatch(r"71-[2-9A-HJ-NP-Z]{4}-2026-001", listed["number"])
    return str(listed["number"])


def roster(tmp_path: Path, *rows: list[str]) -> Path:
    return write_csv(
        tmp_path / "roster.csv",
        [["ФИО", "Организация", "Сектор", "Телефон", "Согласие"], *rows],
        separator=";",
        encoding="cp1251",
    )


def test_a_clean_roster_exits_0_and_a_second_run_finds_everyone_attending(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str
) -> None:
    path = roster(
        tmp_path, ["Иванова Анна", "Добро", "НПО", "", ""], ["Петров", "", "other", "", ""]
    )
    code, out, _ = run(capsys, "participants", "import", meeting, str(path))
    assert code == 0
    assert out.strip() == (
        f"roster.csv into meeting {meeting}: 2 created, 0 matched, 0 already attending, 0 rejected."
    )
    code, out, _ = run(capsys, "participants", "import", meeting, str(path), "--present")
    assert code == 0
    assert "0 created, 0 matched, 2 already attending, 0 rejected." in out


def test_rejected_rows_are_listed_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str
) -> None:
    path = roster(
        tmp_path,
        ["Иванова Анна", "Добро", "НПО", "", ""],
        ["", "Добро", "НПО", "", ""],
        ["Ли Вера", "", "Банк", "", ""],
        ["Ким Олег", "", "business", "123", "да"],
    )
    code, out, _ = run(capsys, "participants", "import", meeting, str(path))
    assert code == 1
    assert out.splitlines() == [
        f"roster.csv into meeting {meeting}: 1 created, 0 matched, 0 already attending, "
        "3 rejected.",
        "line 3: no name: type the person's full name, or leave the row out.",
        "line 4: unknown sector 'Банк': write a sector's code or name from the list, "
        "or map it to one.",
        "line 5: the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.",
    ]
    code, out, _ = run(
        capsys, "participants", "import", meeting, str(path), "--unknown-sector", "other", "--json"
    )
    report = json.loads(out)
    assert code == 1
    # Ли Вера is new under "other"; Иванова is on the list since the first run
    assert (report["created"], report["already_attending"], report["rejected"]) == (1, 1, 2)
    assert [r["line"] for r in report["rejections"]] == [3, 5]
    assert report["meeting"] == meeting


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["71-2026-009", "{roster}"], "no meeting numbered 71-2026-009"),
        (["not-a-meeting", "{roster}"], "is neither a meeting id nor a meeting number"),
        (["{meeting}", "{missing}"], "there is no file"),
        (["{meeting}", "{pdf}"], "is not a CSV or Excel file"),
        (["{meeting}", "{roster}", "--unknown-sector", "bank"], "unknown sector 'bank'"),
    ],
)
def test_bad_input_is_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    meeting: str,
    args: list[str],
    message: str,
) -> None:
    files = {
        "roster": str(roster(tmp_path, ["Иванова Анна", "", "ngo", "", ""])),
        "missing": str(tmp_path / "missing.csv"),
        "pdf": str(tmp_path / "scan.pdf"),
        "meeting": meeting,
    }
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "participants", "import", *[a.format(**files) for a in args])
    assert code == 2
    assert out == ""
    assert message in one_line_error(err)


def test_a_closed_meeting_is_refused_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    from khdesk.services import installation, meetings, minutes
    from khdesk.storage.database import Database

    run(capsys, "init", "--role", "facilitator", "--region", "71")
    database = Database.open(f"sqlite:///{data_dir / 'khdesk.db'}")
    try:
        with database.transaction() as session:
            actor = installation.require_actor(session)
            meeting = meetings.create_meeting(
                session, actor, kind="round-table", date="2026-09-16", title="T",
                chair="Төраға", secretary="Хатшы",
            )  # fmt: skip
            item = minutes.add_agenda_item(session, actor, meeting.id, title="Бір")
            minutes.add_decision(session, actor, item.id, text="Қолдау.")
            meetings.close_meeting(session, actor, meeting.id)
    finally:
        database.close()
    path = roster(tmp_path, ["Иванова Анна", "", "ngo", "", ""])
    code, _, err = run(capsys, "participants", "import", meeting.id, str(path))
    assert code == 2
    assert "closed and read-only" in one_line_error(err)


def test_zoom_import(capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str) -> None:
    path = write_csv(
        tmp_path / "participants.csv",
        [
            ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
             "Participants"],
            ["812 3456 7890", "T", "09/16/2026 10:00:00 AM", "09/16/2026 12:00:00 PM", "", "120",
             "2"],
            [],
            ["Name (Original Name)", "User Email", "Join Time", "Leave Time",
             "Duration (Minutes)", "Guest"],
            ["Иванова Анна", "anna@example.kz", "09/16/2026 10:01:00 AM",
             "09/16/2026 10:30:00 AM", "29", "Yes"],
            ["Иванова Анна", "anna@example.kz", "09/16/2026 10:40:00 AM",
             "09/16/2026 11:30:00 AM", "50", "Yes"],
            ["Петров", "", "never", "", "", "Yes"],
        ],
    )  # fmt: skip
    code, out, _ = run(capsys, "attendance", "import-zoom", meeting, str(path), "--sector", "ngo")
    assert code == 1
    assert out.splitlines() == [
        f"participants.csv into meeting {meeting}: 1 created, 0 matched, 0 already attending, "
        "1 rejected.",
        "line 7: 'never' is not a time: Zoom writes 09/16/2026 10:01:23 AM.",
    ]
    code, out, _ = run(capsys, "attendance", "import-zoom", meeting, str(path), "--json")
    assert json.loads(out)["already_attending"] == 1
    code, _, err = run(capsys, "attendance", "import-zoom", meeting, str(path), "--sector", "x")
    assert code == 2
    assert "unknown sector 'x'" in one_line_error(err)


def test_proposals_import(capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str) -> None:
    path = write_csv(
        tmp_path / "proposals.csv",
        [
            ["Мәтін", "Түрі", "Бағыт", "Бөлім"],
            ["Ауыл мектептеріне жабдық", "ұсыныс", "D1", "D1.1"],
            ["Курстар", "ескерту", "Formal and non-formal education", ""],
        ],
    )
    code, out, _ = run(capsys, "proposals", "import", meeting, str(path))
    assert code == 0
    assert out.strip() == f"proposals.csv into meeting {meeting}: 2 created, 0 rejected."
    bad = write_csv(tmp_path / "more.csv", [["Text", "Direction"], ["Ok", "D6"], ["Nope", "D7"]])
    code, out, _ = run(capsys, "proposals", "import", meeting, str(bad), "--json")
    report = json.loads(out)
    assert code == 1
    assert (report["created"], report["rejections"]) == (
        1,
        [{"line": 3, "reason": "unknown direction 'D7': write D1 to D6 or the direction's name."}],
    )
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["proposals"]["total"] == 3


def test_rows_sharing_a_phone_with_another_name_are_reported_as_not_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str
) -> None:
    first = roster(tmp_path, ["Оспанов Серік", "Акимат", "local_gov", "8 727 271 00 00", "да"])
    assert run(capsys, "participants", "import", meeting, str(first))[0] == 0
    # a colleague on the office's phone: not merged into Оспанов, and not silently dropped
    second = write_csv(
        tmp_path / "colleagues.csv",
        [
            ["ФИО", "Организация", "Сектор", "Телефон", "Согласие"],
            ["Сейітова Дана", "Акимат", "local_gov", "+7 727 271-00-00", "да"],
            ["Оспанов С.", "", "local_gov", "87272710000", "да"],
        ],
    )
    code, out, _ = run(capsys, "participants", "import", meeting, str(second))
    assert code == 1
    assert out.splitlines() == [
        f"colleagues.csv into meeting {meeting}: 0 created, 0 matched, 1 already attending, "
        "1 rejected.",
        "line 2: shares its phone with a known person of another name: say in the window's "
        "import preview whether this is the same person, or correct the name or the phone in "
        "the file.",
    ]
    code, out, _ = run(capsys, "participants", "import", meeting, str(second), "--json")
    report = json.loads(out)
    assert (code, report["undecided"], report["rejected"]) == (1, 1, 1)
    assert "727" not in out  # the phone itself is not in the report


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "ФИО;Сектор\r\nИванова Анна;ngo\r\n".encode() + b"\xd0\xff\r\n",
            "roster.csv is UTF-8 text with a damaged byte on line 3",
        ),
        (
            "ФИО;Сектор\r\nЖ?мабекова И?кар;ngo\r\n".encode("cp1251"),
            "roster.csv has lost its Kazakh letters (line 2 has «?» inside a word)",
        ),
        (
            'ФИО;Организация\r\nИванова Анна;"Добро\r\nПетров;Алма\r\n'.encode(),
            "roster.csv has an unclosed quote on line 2",
        ),
    ],
)
def test_a_file_no_encoding_or_quoting_reads_cleanly_is_refused_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str, content: bytes, message: str
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "participants", "import", meeting, str(path))
    assert (code, out) == (2, "")
    assert message in one_line_error(err)
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["persons"] == 0  # nothing of the file was written
