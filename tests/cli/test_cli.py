"""The command line as scripts use it: names, outputs, exit statuses and one-line errors."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from khdesk import __version__
from khdesk.documents.labels import LANGUAGES
from khdesk.domain.vocabulary import MeetingFormat, MeetingKind, MeetingStatus, Role
from khdesk.services.demo import SCALES
from khdesk.storage.database import SCHEMA_REVISION
from tests.cli.running import one_line_error, run


def test_version_names_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"khdesk {__version__} (schema {SCHEMA_REVISION})"


@pytest.mark.parametrize(
    ("command", "option", "values"),
    [
        (["init"], "--role", list(Role)),
        (["meetings", "create"], "--kind", list(MeetingKind)),
        (["meetings", "create"], "--format", list(MeetingFormat)),
        (["meetings", "list"], "--kind", list(MeetingKind)),
        (["meetings", "list"], "--status", list(MeetingStatus)),
        (["demo"], "--scale", list(SCALES)),
        (["protocol"], "--lang", list(LANGUAGES)),
        (["attendance-sheet"], "--lang", list(LANGUAGES)),
        (["proposals-register"], "--lang", list(LANGUAGES)),
        (["questions-register"], "--lang", list(LANGUAGES)),
    ],
)
def test_the_help_offers_every_value_khdesk_knows(
    capsys: pytest.CaptureFixture[str], command: list[str], option: str, values: list[str]
) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert f"{option} {{{','.join(values)}}}" in out


def test_init_creates_the_identity_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--role", "facilitator", "--region", "71", "--name", "Ұлжан")
    assert code == 0
    assert out.startswith("initialised as facilitator for region 71; device ")
    code, _, err = run(capsys, "init", "--role", "hq")
    assert code == 2
    assert "add --force" in one_line_error(err)
    code, out, _ = run(capsys, "init", "--role", "hq", "--force")
    assert (code, out.startswith("initialised as hq")) == (0, True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["init", "--role", "facilitator", "--region", "99"], "unknown region code '99'"),
        (["init", "--role", "facilitator"], "add --region"),
        (["init", "--role", "mayor"], "invalid choice: 'mayor'"),
        (["init"], "required: --role"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_init_is_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in one_line_error(err)


def test_meetings_create_prints_the_id_and_list_shows_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "init", "--role", "facilitator", "--region", "75")
    code, out, _ = run(
        capsys, "meetings", "create", "--kind", "round-table", "--date", "2026-09-16",
        "--title", "Алматы: дөңгелек үстел", "--place", "Әл-Фараби даңғылы, 1",
    )  # fmt: skip
    meeting_id = out.strip()
    assert code == 0
    assert len(meeting_id) == 36
    code, out, _ = run(capsys, "meetings", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["id"] == meeting_id
    # the region, this laptop's own code (two laptops of Almaty never print the same number),
    # the year and the laptop's sequence
    assert re.fullmatch(r"75-[2-9A-HJ-NP-Z]{4}-2026-001", listed["number"])
    assert listed["title"] == "Алматы: дөңгелек үстел"
    assert listed["status"] == "draft"
    code, out, _ = run(capsys, "meetings", "list")
    assert listed["number"] in out and "Алматы: дөңгелек үстел" in out


def test_meetings_list_on_an_empty_database_says_how_to_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "meetings", "list")
    assert code == 0
    assert "khdesk meetings create" in out
    assert json.loads(run(capsys, "meetings", "list", "--json")[1]) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "16.09.2026"], "'16.09.2026' is not a date"),
        (["--date", "2026-09-16", "--region", "00"], "unknown region code '00'"),
        (["--date", "2026-09-16", "--start", "9"], "'9' is not a time"),
        (["--date", "2026-09-16", "--title", " "], "title is empty"),
    ],
)
def test_bad_meeting_input_is_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "init", "--role", "hq")
    base = ["meetings", "create", "--kind", "online", "--title", "Онлайн"]
    code, out, err = run(capsys, *base, *args)
    assert code == 2
    assert out == ""
    assert message in one_line_error(err)
    assert json.loads(run(capsys, "meetings", "list", "--json")[1]) == []


def test_writing_before_init_says_how_to_initialise(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "meetings", "create", "--kind", "online", "--date", "2026-09-16", "--title", "x"
    )
    assert code == 2
    assert "khdesk init" in one_line_error(err)


def test_demo_then_stats_shows_the_seed_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo")
    assert code == 0
    assert "64 meetings" in out and "592 proposals" in out
    assert "initialised as headquarters" in err
    code, out, _ = run(capsys, "stats", "--json")
    figures = json.loads(out)
    assert code == 0
    assert figures["meetings"]["by_kind"] == {"online": 43, "plenary": 1, "round-table": 20}
    assert figures["attendances"]["by_meeting_kind"] == {"online": 1173, "round-table": 1197}
    assert figures["persons"] == 2370
    assert figures["proposals"]["total"] == 592
    assert len(figures["proposals"]["by_section"]) == 42
    assert figures["adopted_documents"] == 2
    code, out, _ = run(capsys, "stats")
    assert "Proposals and comments: 592" in out
    assert "NGO / civil society" in out
    code, _, err = run(capsys, "demo")
    assert code == 2
    assert "already holds 64 meetings" in one_line_error(err)


def test_global_options_work_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert run(capsys, "--db", str(first), "init", "--role", "hq")[0] == 0
    assert run(capsys, "init", "--role", "hq", "--db", f"sqlite:///{second}")[0] == 0
    assert first.exists() and second.exists()


def test_an_unwritable_data_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "--data-dir", str(blocker / "khdesk"), "stats")
    assert code == 2
    message = one_line_error(err)
    assert "cannot write to the data folder" in message
    assert "--data-dir" in message


def test_a_corrupt_database_is_named_and_moved_aside_untouched(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "demo")
    path = data_dir / "khdesk.db"
    damaged = path.read_bytes()
    damaged = damaged[:100] + os.urandom(3000) + damaged[3100:]
    path.write_bytes(damaged)
    digest = hashlib.sha256(damaged).hexdigest()
    code, out, err = run(capsys, "stats")
    assert code == 2
    assert out == ""
    assert str(path) in one_line_error(err)
    (aside,) = (data_dir / "damaged").iterdir()
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == digest


def test_the_console_entry_point_runs_as_a_program(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "khdesk", "stats", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "KHDESK_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meetings"]["total"] == 0
    assert (data_dir / "khdesk.db").exists()


def test_output_is_utf8_where_the_console_cannot_hold_kazakh(data_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "khdesk", "init", "--role", "facilitator", "--region", "71"],
        env={**os.environ, "KHDESK_DATA_DIR": str(data_dir)},
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "KHDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "cp1251"}
    create = [sys.executable, "-m", "khdesk", "meetings", "create", "--kind", "online"]
    subprocess.run(
        [*create, "--date", "2026-09-16", "--title", "Қазақстан халқына"],
        env=env,
        check=True,
        capture_output=True,
    )
    listed = subprocess.run(
        [sys.executable, "-m", "khdesk", "meetings", "list"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert "Қазақстан халқына" in listed.stdout.decode("utf-8")


def test_filters_that_match_nothing_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "meetings", "list", "--kind", "plenary")
    assert code == 0
    assert "no meetings match" in out
    code, _, err = run(capsys, "meetings", "list", "--region", "99")
    assert code == 2
    assert "unknown region code '99'" in one_line_error(err)


def test_protocol_and_attendance_sheet_commands(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "demo")
    out_file = tmp_path / "out" / "protocol.pdf"
    code, out, _ = run(capsys, "protocol", "79-2026-001", "--lang", "kk+ru", "--out", str(out_file))
    assert code == 0
    assert "fingerprint" in out
    assert out_file.stat().st_size > 10_000
    sheet = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, "attendance-sheet", "79-2026-001", "--blank", "--out", str(sheet))
    assert code == 0 and sheet.exists()
    for args, message in (
        (["protocol", "99-2026-009", "--out", str(out_file)], "no meeting numbered 99-2026-009"),
        (["protocol", "79-2026-001", "--lang", "de", "--out", str(out_file)], "invalid choice"),
        (["protocol", "79-2026-001", "--out", str(tmp_path / "p.odt")], ".pdf or .docx"),
        (["protocol", "79-2026-001", "--out", str(sheet / "x.pdf")], "cannot write"),
    ):
        code, _, err = run(capsys, *args)
        assert code == 2
        assert message in one_line_error(err)


def test_device_card_enroll_list_and_revoke(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    region, hq = ["--data-dir", str(tmp_path / "region")], ["--data-dir", str(tmp_path / "hq")]
    assert run(capsys, *region, "init", "--role", "facilitator", "--region", "79")[0] == 0
    code, out, _ = run(capsys, *hq, "init", "--role", "hq")
    assert code == 0 and "recovery key" in out
    card = tmp_path / "card.json"
    code, out, _ = run(capsys, *region, "device", "card", "--out", str(card))
    fingerprint = out.strip().rsplit("fingerprint ", 1)[1]
    code, out, _ = run(capsys, *hq, "device", "enroll", str(card))
    assert code == 0 and "enrolled" in out and fingerprint in out
    code, out, _ = run(capsys, *hq, "device", "list", "--json")
    listed = [d for d in json.loads(out) if not d["local"]]
    assert [(d["region"], d["status"], d["fingerprint"]) for d in listed] == [
        ("79", "active", fingerprint)
    ]
    assert run(capsys, *hq, "device", "revoke", listed[0]["id"])[0] == 0
    code, _, err = run(capsys, *hq, "device", "enroll", str(card))
    assert code == 2 and "was revoked" in one_line_error(err)
    code, _, err = run(capsys, *region, "device", "enroll", str(card))
    assert code == 2 and "at headquarters" in one_line_error(err)


def test_reference_and_bundles_from_a_region_to_headquarters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    region, hq = ["--data-dir", str(tmp_path / "region")], ["--data-dir", str(tmp_path / "hq")]
    run(capsys, *hq, "init", "--role", "hq")
    run(capsys, *region, "init", "--role", "facilitator", "--region", "79")
    card, reference = tmp_path / "card.json", tmp_path / "ref.khr"
    run(capsys, *region, "device", "card", "--out", str(card))
    code, _, err = run(capsys, *region, "bundle", "export", "--out", str(tmp_path / "x.khb"))
    assert code == 2 and "reference bundle" in one_line_error(err)
    run(capsys, *hq, "device", "enroll", str(card))
    assert run(capsys, *hq, "reference", "export", "--out", str(reference))[0] == 0
    assert run(capsys, *region, "reference", "import", str(reference))[0] == 0
    run(capsys, *region, "meetings", "create", "--kind", "round-table", "--date", "2026-10-01",
        "--title", "Шымкент")  # fmt: skip
    inbox = tmp_path / "inbox"
    assert run(capsys, *region, "bundle", "export", "--out", str(inbox / "a.khb"))[0] == 0
    (inbox / "junk.khb").write_bytes(b"not a bundle")
    code, out, _ = run(capsys, *hq, "bundle", "import", str(inbox), "--json")
    results = {r["file"]: r for r in json.loads(out)}
    assert code == 1  # one file was refused
    assert results["a.khb"]["status"] == "imported"
    assert results["junk.khb"]["status"] == "rejected"
    kept = tmp_path / "hq" / "inbox"
    assert list((kept / "rejected").glob("*junk.khb.reason.txt"))
    assert [p.name.endswith("-a.khb") for p in (kept / "imported").iterdir()] == [True]
    # the sender's files are copied into the inbox, never moved or changed
    assert (inbox / "junk.khb").read_bytes() == b"not a bundle"
    assert (inbox / "a.khb").exists()
    code, out, _ = run(capsys, *hq, "bundle", "import", str(inbox / "a.khb"))
    assert code == 0 and "already imported" in out
    assert len(list((kept / "imported").iterdir())) == 1
    code, out, _ = run(capsys, *hq, "stats", "--json")
    assert json.loads(out)["meetings"]["by_region"] == {"79": 1}
    code, out, _ = run(capsys, *hq, "bundle", "history", "--json")
    received = {(e["file_name"], e["status"]): e["reason"] for e in json.loads(out)}
    assert set(received) == {("a.khb", "imported"), ("junk.khb", "rejected")}
    assert "cannot be decrypted" in received[("junk.khb", "rejected")]
    code, out, _ = run(capsys, *hq, "bundle", "import", str(inbox / "junk.khb"))
    assert code == 1
    assert out.startswith("junk.khb: rejected (") and "cannot be decrypted" in out
    code, out, _ = run(capsys, *region, "bundle", "history")
    assert code == 0 and " written " in out and "acknowledged" not in out
    # headquarters' next reference bundle acknowledges what it received
    assert run(capsys, *hq, "reference", "export", "--out", str(reference))[0] == 0
    assert run(capsys, *region, "reference", "import", str(reference))[0] == 0
    code, out, _ = run(capsys, *region, "bundle", "history")
    assert " acknowledged " in out and "a.khb" in out
