"""An internal error of a command: one line, a crash report with no personal data, status 70."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.running import run

NAME, PHONE, EMAIL = "Ұлжан Серікқызы", "+7 701 234 56 78", "ulzhan.serikkyzy@mail.kz"

# a real command whose service writes its meeting and then fails as a bug would
CREATE_THEN_FAIL = f"""
import sys
from khdesk import cli
from khdesk.services import meetings

create_meeting = meetings.create_meeting

def create_then_fail(*args, **kwargs):
    create_meeting(*args, **kwargs)
    raise LookupError("no seat for {NAME}, {PHONE}, {EMAIL}")

meetings.create_meeting = create_then_fail
sys.exit(cli.main(sys.argv[1:]))
"""


def test_an_internal_error_is_one_line_naming_a_report_without_personal_data(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, "init", "--role", "facilitator", "--region", "71", "--name", NAME)[0] == 0
    child = subprocess.run(
        [sys.executable, "-c", CREATE_THEN_FAIL, "meetings", "create", "--kind", "round-table",
         "--date", "2026-09-16", "--title", f"{NAME}: дөңгелек үстел", "--chair", NAME],
        capture_output=True, text=True, encoding="utf-8", check=False,
        env={**os.environ, "KHDESK_DATA_DIR": str(data_dir), "KHDESK_LOG_DIR": str(tmp_path)},
    )  # fmt: skip
    assert child.returncode == 70, child.stderr
    assert child.stdout == ""
    (line,) = child.stderr.splitlines()
    assert "nothing was saved from this command" in line
    report = Path(line.rsplit("details are in ", 1)[1])
    assert report.parent == data_dir / "crash-reports"
    text = report.read_text(encoding="utf-8")
    assert "in: khdesk meetings create" in text
    assert "LookupError: no seat for" in text
    assert "in create_then_fail" in text and "in _cmd_create" in text
    for personal in (*NAME.split(), PHONE, PHONE.replace(" ", ""), "234 56 78", EMAIL, "ulzhan"):
        assert personal not in text
    # the meeting the service had written went with the failed command
    assert json.loads(run(capsys, "meetings", "list", "--json")[1]) == []
