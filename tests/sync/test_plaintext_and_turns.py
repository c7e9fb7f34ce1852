"""Plaintext never reaches the destination and never outlives its process; readers never wait
for a writer, and a bundle another importer is applying is never refused."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khdesk.services import stats, sync
from khdesk.storage.files import SCRATCH_PREFIX, FileLock, scratch_folder, sweep_scratch
from tests.sync.sites import Site, bundle_manifest, export, round_table

AGE_HEADER = b"age-encryption.org/v1"
NAME = "Қатысушы 0".encode()


def _khdesk(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "khdesk", "--data-dir", str(folder), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _files_holding_plaintext(folder: Path) -> list[Path]:
    """Files under ``folder`` that hold an unencrypted ZIP or a participant's name."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if data.startswith(b"PK") or NAME in data:
                found.append(path)
    return found


def test_an_export_puts_only_the_encrypted_bundle_on_the_stick(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    _, astana, _ = network
    round_table(astana, people=2, ideas=1)
    stick = tmp_path / "stick"
    export(astana, stick / "astana.khb")
    assert [p.name for p in stick.iterdir()] == ["astana.khb"]
    assert (stick / "astana.khb").read_bytes().startswith(AGE_HEADER)
    assert not list(astana.data.scratch.iterdir())


KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
import pyrage
from khdesk.paths import DataFolder
from khdesk.services import sync
from khdesk.storage.database import Database

def die(source, target, recipients):
    # the plaintext ZIP is complete and the encryption begins: the power goes
    os.kill(os.getpid(), signal.SIGKILL)

sync.pyrage.encrypt_io = die
folder = DataFolder(Path(sys.argv[1]))
sync.export_changes(Database.open(sys.argv[2]), folder, Path(sys.argv[3]))
"""


def test_a_killed_export_leaves_no_plaintext_and_the_next_start_removes_its_scratch(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    _, astana, _ = network
    round_table(astana, people=2, ideas=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    url = astana.database.url
    child = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(astana.folder), url, str(stick / "a.khb")],
        capture_output=True, check=False,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr
    assert _files_holding_plaintext(stick) == []
    assert not (stick / "a.khb").exists()
    left = list(astana.data.scratch.iterdir())
    assert len(left) == 1 and left[0].name.startswith(SCRATCH_PREFIX)
    # the next start of khdesk, for whatever command, removes what the dead process left
    assert _khdesk(astana.folder, "bundle", "history").returncode == 0
    assert not list(astana.data.scratch.iterdir())


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from khdesk.paths import DataFolder
from khdesk.services import sync
from khdesk.storage.database import Database

real_apply = sync._apply_batch

def apply_then_die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

sync._apply_batch = apply_then_die
folder = DataFolder(Path(sys.argv[1]))
sync.import_file(Database.open(sys.argv[2]), Path(sys.argv[3]), folder)
"""


def test_a_killed_import_leaves_its_plaintext_only_until_the_next_start(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=2, ideas=1)
    bundle = export(astana, tmp_path / "astana.khb")
    # what an older khdesk left in the inbox after a killed import
    legacy = hq.data.inbox / "khdesk-decrypted-abc123"
    legacy.mkdir(parents=True)
    (legacy / "bundle.zip").write_bytes(b"PK\x03\x04" + NAME)
    url = hq.database.url
    child = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(hq.folder), url, str(bundle)],
        capture_output=True, check=False,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr
    assert _files_holding_plaintext(hq.data.scratch) != []  # the decrypted bundle, for now
    hq.data.prepare()  # what every start does
    assert _files_holding_plaintext(hq.folder) == []
    assert not legacy.exists()
    result = sync.import_file(hq.database, bundle, hq.data)
    assert result.status == "imported"


SWEEP = """
import sys
from pathlib import Path
from khdesk.storage.files import sweep_scratch
print(sweep_scratch(Path(sys.argv[1])))
"""


def test_a_scratch_folder_in_use_is_left_alone_by_another_process(tmp_path: Path) -> None:
    parent = tmp_path / "scratch"
    with scratch_folder(parent) as folder:
        (folder / "bundle.zip").write_bytes(b"secret")
        swept = subprocess.run(
            [sys.executable, "-c", SWEEP, str(parent)], capture_output=True, text=True, check=True
        )
        assert swept.stdout.strip() == "0"
        assert (folder / "bundle.zip").exists()
    assert not folder.exists()
    assert sweep_scratch(parent) == 0


HOLD_WRITE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE meta SET value = value WHERE key = 'reference_version'")
print("holding", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
"""


@pytest.mark.sqlite_only  # SQLite's own write lock, held by a sqlite3 connection
def test_reading_never_waits_for_a_writer(network: tuple[Site, Site, Site]) -> None:
    hq, _, _ = network
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(hq.folder / "khdesk.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "holding"
        figures = _khdesk(hq.folder, "stats", "--json")
        assert figures.returncode == 0, figures.stderr
        assert json.loads(figures.stdout)["meetings"]["total"] == 0
        assert _khdesk(hq.folder, "bundle", "history").returncode == 0
        assert _khdesk(hq.folder, "device", "list").returncode == 0
    finally:
        writer.communicate("\n", timeout=30)


def test_a_bundle_another_importer_is_applying_is_not_refused(
    network: tuple[Site, Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, astana, _ = network
    round_table(astana, people=3, ideas=2)
    bundle = export(astana, tmp_path / "astana.khb")
    # another importer holds this bundle's turn: the lock named by a hash of its id
    bundle_id = str(bundle_manifest(hq, bundle)["bundle_id"])
    digest = hashlib.sha256(bundle_id.encode()).hexdigest()[:32]
    (hq.data.inbox / "locks").mkdir(parents=True)
    other = FileLock(hq.data.inbox / "locks" / f"{digest}.lock")
    assert other.acquire()
    monkeypatch.setattr(sync, "PATIENT_BUSY_TIMEOUT_MS", 300)
    try:
        result = sync.import_file(hq.database, bundle, hq.data)
    finally:
        other.release()
    assert result.status == "busy"
    assert "another khdesk is importing this bundle right now" in str(result.reason)
    with hq.database.session() as session:
        assert sync.history(session) == []
        assert stats.campaign_stats(session)["proposals"]["total"] == 0
    assert not list((hq.data.inbox / "received").iterdir())
    assert not (hq.data.inbox / "rejected").exists()
    assert sync.import_file(hq.database, bundle, hq.data).status == "imported"
    assert os.listdir(hq.data.inbox / "locks") == []
