"""``khdesk backup`` and ``khdesk restore``, and a damaged database met by a command."""

from __future__ import annotations

import re
import shlex
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from khdesk.storage.database import Database
from tests.cli.running import one_line_error, run

pytestmark = pytest.mark.sqlite_only


def _meetings(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(capsys, "meetings", "list")
    assert code == 0, err
    return out


def _start(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "init", "--role", "facilitator", "--region", "71", "--name", "Ұлжан")
    assert code == 0, err
    code, _, err = run(
        capsys, "meetings", "create", "--kind", "round-table", "--date", "2026-09-16",
        "--title", "Ауылдық мектептер", "--place", "Қостанай",
    )  # fmt: skip
    assert code == 0, err


def test_backup_prints_its_path_and_list_says_what_it_holds(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _start(capsys)
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    path = Path(out.strip())
    assert path.parent == data_dir / "backups" and path.is_file()
    code, out, _ = run(capsys, "backup", "--list")
    assert code == 0
    (line,) = out.splitlines()
    assert "manual" in line and str(path) in line
    assert "meetings: 1, persons: 0, proposals: 0" in line


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _start(capsys)
    _, out, _ = run(capsys, "backup")
    backup = out.strip()
    run(capsys, "meetings", "create", "--kind", "round-table", "--date", "2026-09-17",
        "--title", "Әлеуметтік қорғау", "--place", "Арқалық")  # fmt: skip
    assert "Әлеуметтік қорғау" in _meetings(capsys)
    code, out, err = run(capsys, "restore", backup)
    assert code == 0, err
    assert "before-restore" in out
    listed = _meetings(capsys)
    assert "Ауылдық мектептер" in listed and "Әлеуметтік қорғау" not in listed


def test_restore_is_refused_while_the_database_is_open(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _start(capsys)
    _, out, _ = run(capsys, "backup")
    other = Database.open(f"sqlite:///{data_dir / 'khdesk.db'}")  # the window, say
    try:
        with other.session() as session:
            session.connection()
            code, _, err = run(capsys, "restore", out.strip())
    finally:
        other.close()
    assert code == 2
    assert "is open in another khdesk or program: close it" in one_line_error(err)


def test_restore_of_a_missing_file_says_where_backups_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "restore", "nowhere.db")
    assert code == 2
    assert "there is no backup file nowhere.db" in one_line_error(err)


def test_a_truncated_database_is_set_aside_and_the_command_to_restore_is_named(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _start(capsys)
    run(capsys, "backup")
    path = data_dir / "khdesk.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])  # a copy that stopped part-way
    assert pages > 3
    code, _, err = run(capsys, "meetings", "list")
    assert code == 2
    line = one_line_error(err)
    assert "is damaged; khdesk moved it to" in line and "meetings: 1," in line
    (aside,) = (data_dir / "damaged").iterdir()
    assert aside.read_bytes() == data[: len(data) * 2 // 3]  # moved, not changed
    command = re.search(r"'(khdesk restore .+)'", line)
    assert command is not None
    code, _, err = run(capsys, *shlex.split(command[1])[1:])
    assert code == 0, err
    assert "Ауылдық мектептер" in _meetings(capsys)


def test_keep_sets_how_many_daily_backups_stay(capsys: pytest.CaptureFixture[str]) -> None:
    _start(capsys)
    code, out, _ = run(capsys, "backup", "--keep", "5,4,3")
    assert code == 0 and "5 days, 4 weeks, 3 months" in out
    code, _, err = run(capsys, "backup", "--keep", "5,0,3")
    assert code == 2
    assert "give three whole numbers of at least 1" in one_line_error(err)


def _passphrases(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    answers = iter(typed)
    monkeypatch.setattr("khdesk.cli.analysts.ask", lambda _prompt: next(answers))


WORDS = "ақ бидай алтын дала"


def _second_place(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> tuple[Path, tuple[int, str, str]]:
    """A started laptop whose backups go to a USB stick too; the stick and what it said."""
    _start(capsys)
    stick = tmp_path / "stick"
    stick.mkdir()
    _passphrases(monkeypatch, WORDS, WORDS)
    return stick, run(capsys, "backup", "--second-place", str(stick))


def test_a_second_place_gets_an_encrypted_copy_that_restores_elsewhere(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = WORDS
    stick, (code, out, err) = _second_place(capsys, monkeypatch, tmp_path)
    assert code == 0, err
    local, copy = (Path(line) for line in out.splitlines())
    assert local.parent == data_dir / "backups"
    # in this laptop's own folder, named by its device's code (a stick may go round)
    assert copy.parent.parent == stick.resolve() and re.fullmatch(r"khdesk-\w{4}", copy.parent.name)
    files = [p for p in stick.rglob("*") if p.is_file()]
    # the copy, and the signing key for a laptop restored from it: nothing in plain
    assert sorted(p.name.removeprefix(local.name) for p in files) == [
        ".age", "device-signing.key.age"
    ]  # fmt: skip
    assert "Ауылдық".encode() not in copy.read_bytes()
    # the next backup is copied without asking
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    assert len(list(copy.parent.glob("*.db.age"))) == 2
    # the laptop is lost: a new one restores the copy from the stick with the passphrase
    monkeypatch.setenv("KHDESK_DATA_DIR", str(tmp_path / "new-laptop"))
    _passphrases(monkeypatch, "не тот пароль")
    code, _, err = run(capsys, "restore", str(copy))
    assert code == 2
    assert "the passphrase does not open" in one_line_error(err)
    _passphrases(monkeypatch, words)
    code, out, err = run(capsys, "restore", str(copy))
    assert code == 0, err
    assert "signing key was restored too" in out
    assert "Ауылдық мектептер" in _meetings(capsys)


def test_a_second_place_that_is_not_plugged_in_is_said_after_the_backup(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick, _said = _second_place(capsys, monkeypatch, tmp_path)
    stick.rename(tmp_path / "unplugged")
    code, _, err = run(capsys, "backup")
    assert code == 2
    assert "the backup was taken, but the second place" in one_line_error(err)
    assert len(list((data_dir / "backups").iterdir())) == 2


def test_a_short_or_mistyped_passphrase_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _start(capsys)
    _passphrases(monkeypatch, "қысқа", "қысқа")
    code, _, err = run(capsys, "backup", "--second-place", str(tmp_path))
    assert code == 2 and "too short" in one_line_error(err)
    _passphrases(monkeypatch, "ақ бидай алтын дала", "ақ бидай алтын далa")
    code, _, err = run(capsys, "backup", "--second-place", str(tmp_path))
    assert code == 2 and "differ" in one_line_error(err)
