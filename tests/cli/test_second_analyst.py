"""A second analyst's workstation on headquarters' shared database: the key file written under a
passphrase typed twice, a wrong passphrase refused with nothing written, the workstation joined
with its own device, and its reviews carrying that device and the analyst's name.

On the run's PostgreSQL (a shared database is a server's); the SQLite run leaves them out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from khdesk.cli import analysts, main
from khdesk.services import review
from khdesk.sync import keys
from tests.sync.sites import Site, export, import_into, round_table

pytestmark = pytest.mark.postgres_only

PASSPHRASE = "төрт сөзден тұратын құпия фраза"
NAME = "Серік Ахметов"


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the analyst types at the passphrase prompts, in order."""
    answers: list[str] = []
    monkeypatch.setattr(analysts, "ask", lambda _prompt: answers.pop(0))
    yield answers
    assert answers == []  # every prompt the test expected was asked


def _proposal(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, str]:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.session() as session:
        (proposal,) = session.connection().execute(text("SELECT id FROM proposal")).scalars()
    return hq, proposal


def _devices(hq: Site) -> int:
    with hq.database.session() as session:
        return int(session.connection().execute(text("SELECT count(*) FROM device")).scalar_one())


def test_a_second_workstation_joins_with_the_key_file_and_reviews_as_itself(
    network: tuple[Site, Site, Site], tmp_path: Path, typed: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    hq, proposal = _proposal(network, tmp_path)
    first = ["--db", hq.database.url, "--data-dir", str(hq.folder)]
    key_file = tmp_path / "hq-keys.age"

    typed += [PASSPHRASE, PASSPHRASE + " "]  # a slip: the two differ
    assert main(["hq", "keys", "export", "--out", str(key_file), *first]) == 2
    assert "the two passphrases differ" in capsys.readouterr().err
    assert not key_file.exists()
    typed += [PASSPHRASE, PASSPHRASE]
    assert main(["hq", "keys", "export", "--out", str(key_file), *first]) == 0
    written = key_file.read_bytes()
    assert written.startswith(b"age-encryption.org/v1\n")
    signing = (hq.keys / keys.SIGNING_KEY).read_bytes()
    assert signing not in written  # never in the clear

    second = tmp_path / "second"
    join = ["init", "--role", "hq", "--join", hq.database.url, "--keys", str(key_file),
            "--name", NAME, "--data-dir", str(second)]  # fmt: skip
    devices = _devices(hq)
    typed.append("not the passphrase")
    assert main(join) == 2
    assert "the passphrase does not open this key file" in capsys.readouterr().err
    assert not (second / "keys").exists() and not (second / "workstation.json").exists()
    assert _devices(hq) == devices

    typed.append(PASSPHRASE)
    assert main(join) == 0
    capsys.readouterr()
    assert (second / "keys" / keys.SIGNING_KEY).read_bytes() == signing
    assert (second / "keys" / keys.HQ_IDENTITY).read_bytes() == (
        hq.keys / keys.HQ_IDENTITY
    ).read_bytes()
    assert not (second / "keys" / keys.RECOVERY_IDENTITY).exists()  # it belongs offline
    workstation = json.loads((second / "workstation.json").read_text(encoding="utf-8"))
    assert _devices(hq) == devices + 1
    joined = workstation["device_id"]

    # the second analyst reviews from their own data folder: the database is the one joined
    assert main(["review", "set", proposal, "--status", "under-review",
                 "--data-dir", str(second)]) == 0  # fmt: skip
    with hq.database.session() as session:
        written_review = review.review_of(session, proposal)
        assert written_review is not None
        assert (written_review.device_id, written_review.reviewer) == (joined, NAME)
        assert written_review.device_id != hq.actor.device_id
    # and the first one, as themselves, on the same database
    assert main(["review", "set", proposal, "--status", "accepted", "--section", "D2.3",
                 *first]) == 0  # fmt: skip
    with hq.database.session() as session:
        after = review.review_of(session, proposal)
        assert after is not None and after.device_id == hq.actor.device_id


def test_a_file_that_is_not_a_key_file_and_a_database_not_headquarters_are_one_sentence(
    network: tuple[Site, Site, Site], tmp_path: Path, typed: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    hq, _astana, _ = network
    bogus = tmp_path / "bogus.age"
    bogus.write_bytes(b"PK\x03\x04 not a key file")
    join = ["init", "--role", "hq", "--join", hq.database.url, "--name", NAME,
            "--data-dir", str(tmp_path / "second")]  # fmt: skip
    assert main([*join, "--keys", str(bogus)]) == 2
    assert "this file is not a khdesk key file" in capsys.readouterr().err
    assert main([*join, "--keys", str(tmp_path / "missing.age")]) == 2
    assert "does not exist" in capsys.readouterr().err
