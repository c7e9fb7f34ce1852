"""Files khdesk writes are whole or absent, and every fault is named for what it is."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from khdesk.domain.errors import StorageProblem
from khdesk.services import devices, installation, sync
from khdesk.storage import files
from khdesk.storage.database import Database, storage_problem
from tests.factories import make_closable_meeting
from tests.sync.sites import Site, export, round_table


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every flush to disk from here on fails as on a full disk (what a USB stick does when the
    last block is taken)."""

    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_a_protocol_written_over_a_good_one_on_a_full_disk_leaves_the_good_one(
    database: Database, actor: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khdesk.documents.protocol import write_protocol

    meeting = make_closable_meeting(database, actor)
    out = tmp_path / "out"
    with database.session() as session:
        write_protocol(session, meeting.id, "kk", out / "protocol.pdf")
    before = _listing(out)
    _full_disk(monkeypatch)
    with (
        pytest.raises(StorageProblem, match=r"is full, so protocol\.pdf was not written"),
        database.session() as session,
    ):
        write_protocol(session, meeting.id, "kk", out / "protocol.pdf")
    assert _listing(out) == before  # the good file, byte for byte, and no partial beside it
    with pytest.raises(StorageProblem, match="is full"), database.session() as session:
        write_protocol(session, meeting.id, "kk", out / "new.pdf")
    assert _listing(out) == before  # no empty file under the new name either


def test_a_device_card_on_a_full_disk_leaves_no_empty_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.transaction() as session:
        installation.init_installation(
            session, role="facilitator", region="71", keys_dir=tmp_path / "keys"
        )
    _full_disk(monkeypatch)
    with pytest.raises(StorageProblem, match="is full"), database.session() as session:
        devices.write_card(session, tmp_path / "stick" / "card.json")
    assert list((tmp_path / "stick").iterdir()) == []


def test_a_bundle_on_a_full_stick_is_one_sentence_and_no_file(
    network: tuple[Site, Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, astana, _ = network
    round_table(astana, people=2, ideas=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    _full_disk(monkeypatch)
    with pytest.raises(StorageProblem, match=r"is full, so astana\.khb was not written"):
        export(astana, stick / "astana.khb")
    assert list(stick.iterdir()) == []
    assert not list(astana.data.scratch.iterdir())
    with astana.database.session() as session:
        assert sync.history(session) == []  # nothing was sent, so nothing is in the history


FULL_STICK = """
import errno, sys
from khdesk import cli
from khdesk.storage import files

def no_space(_descriptor):
    raise OSError(errno.ENOSPC, "No space left on device")

files.os.fsync = no_space
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_command_line_on_a_full_stick_says_so_in_one_line(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    _, astana, _ = network
    round_table(astana, people=3, ideas=3)
    stick = tmp_path / "stick"
    stick.mkdir()
    good = stick / "astana.khb"
    export(astana, good)
    before = _listing(stick)
    child = subprocess.run(
        [sys.executable, "-c", FULL_STICK, "--data-dir", str(astana.folder), "bundle", "export",
         "--out", str(good)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert child.returncode == 2, child.stderr
    assert child.stderr.count("\n") == 1, child.stderr  # one line: no traceback after it
    assert "is full, so astana.khb was not written" in child.stderr
    assert _listing(stick) == before


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (13, "cannot grow because the disk is full"),
        (5, "is busy in another khdesk or program"),
        (8, "is read-only"),
        (11, "is damaged: khdesk did not change it"),
        (26, "is damaged: khdesk did not change it"),
        (14, "cannot be opened"),
        (10, "failed to read or write (an input/output error)"),
        (778, "failed to read or write (an input/output error)"),  # SQLITE_IOERR_WRITE
    ],
)
def test_database_faults_are_told_apart_by_sqlites_code(code: int, words: str) -> None:
    error = sqlite3.OperationalError("a message khdesk does not read")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    problem = storage_problem(Path("/data/khdesk.db"), error)
    assert problem is not None and words in str(problem)


def test_an_input_output_error_on_a_nearly_full_disk_is_a_full_disk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096)
    )
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10  # type: ignore[attr-defined]
    problem = storage_problem(Path("/data/khdesk.db"), error)
    assert problem is not None and "disk is full" in str(problem)


def _damage(path: Path) -> None:
    """Overwrite pages of a database in use, as a failing drive does: the first pages of the
    meetings and the persons (pages on the free list would go unnoticed, rightly), and pages in
    the middle of the file."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('meeting', 'person')"
        )]  # fmt: skip
    connection.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for root in roots:  # the page's header: what kind of page it is, where its cells are
            handle.seek((root - 1) * page_size)
            handle.write(b"\xee" * 16)
        for start in range(size // 3, size - page_size, page_size * 3):
            handle.seek(start + 100)
            handle.write(os.urandom(600))


def test_a_damaged_database_is_moved_aside_before_anything_is_written(
    database: Database, actor: Any, db_path: Path, tmp_path: Path
) -> None:
    for _ in range(3):
        make_closable_meeting(database, actor)
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    child = subprocess.run(
        [sys.executable, "-m", "khdesk", "--db", str(db_path), "--data-dir", str(tmp_path / "d"),
         "meetings", "create", "--kind", "online", "--date", "2026-09-16", "--title", "Жаңа"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert child.returncode == 2, child.stderr
    assert "is damaged; khdesk moved it to" in child.stderr
    assert "without changing it" in child.stderr
    # beside it, on its own drive, with its WAL
    (aside,) = (db_path.parent / "damaged").glob("*.db")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before


def test_a_cut_bundle_and_a_bundle_with_a_long_name_are_named_as_such(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=2, ideas=1)
    bundle = export(astana, tmp_path / "astana.khb")
    cut = tmp_path / "cut.khb"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    result = sync.import_file(hq.database, cut, hq.data)
    assert result.status == "rejected"
    assert str(result.reason) == (
        "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this "
        "headquarters; ask the region to export it again."
    )
    long_name = tmp_path / ("Түркістан облысы " * 7 + ".khb")  # 230 bytes of 255
    assert len(long_name.name.encode()) > 220
    shutil.copyfile(bundle, long_name)
    result = sync.import_file(hq.database, long_name, hq.data)
    assert result.status == "imported", result.reason
    with hq.database.session() as session:
        shown = [entry.file_name for entry in sync.history(session)]
    assert any(name.startswith("Түркістан облысы") for name in shown)
    assert all(len(p.name) < 100 for p in (hq.data.inbox / "imported").iterdir())


def test_what_is_not_a_regular_file_is_refused_at_once(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, _, _ = network
    fifo = tmp_path / "bundle.khb"
    os.mkfifo(fifo)
    result = sync.import_file(hq.database, fifo, hq.data)  # opening it would wait forever
    assert result.status == "rejected"
    assert "is not a file khdesk can read as a bundle" in str(result.reason)
