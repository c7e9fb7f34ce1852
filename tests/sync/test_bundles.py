"""Bundles between regions and headquarters: the tests of SYNC.md that khdesk passes so far."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import orjson
import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519
from sqlalchemy import text

from khdesk.domain.errors import InvalidInput
from khdesk.services import installation, participants, proposals, stats, sync
from khdesk.storage.database import Database
from khdesk.sync.bundles import BundleRejected
from tests.sync.sites import (
    Site,
    bundle_entries,
    content,
    encrypted_zip,
    export,
    forged_bundle,
    import_into,
    make_site,
    round_table,
)


def test_headquarters_counts_every_region_exactly_once_in_any_order(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    round_table(astana, people=3, ideas=2)
    round_table(almaty, people=4, ideas=5)
    first = export(astana, tmp_path / "astana-1.khb")
    round_table(astana, people=1, ideas=1)  # more work before headquarters acknowledged
    second = export(astana, tmp_path / "astana-2.khb")  # cumulative: holds the first too
    other = export(almaty, tmp_path / "almaty.khb")
    for path in (second, other, first, second, other):  # out of order, and twice
        assert import_into(hq, path).status in ("imported", "already imported")
    with hq.database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["meetings"]["by_region"] == {"71": 2, "75": 1}
    assert figures["attendances"]["present"] == 3 + 1 + 4
    assert figures["proposals"]["total"] == 2 + 1 + 5
    assert import_into(hq, first).status == "already imported"


def test_importing_in_every_order_gives_the_same_database(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, astana, almaty = network
    round_table(astana, people=2, ideas=1)
    round_table(almaty, people=2, ideas=1)
    a, b = export(astana, tmp_path / "a.khb"), export(almaty, tmp_path / "b.khb")
    for path in (b, a):
        import_into(hq, path)
    forward = content(hq)
    # a second headquarters database with the same keys, importing in the other order
    shutil.copyfile(template_db, tmp_path / "hq2.db")
    hq2 = Site(Database.open(f"sqlite:///{tmp_path / 'hq2.db'}"), hq.folder, hq.actor)
    with hq2.database.transaction() as session, hq.database.session() as source:
        for table in ("device", "meta"):
            rows = source.connection().execute(text(f"SELECT * FROM {table}")).mappings().all()
            for row in rows:
                columns = ", ".join(row.keys())
                marks = ", ".join(f":{k}" for k in row)
                session.connection().execute(
                    text(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})"), dict(row)
                )
    for path in (a, b):
        import_into(hq2, path)
    assert content(hq2) == forward
    hq2.database.close()


def test_a_deletion_wins_over_a_stale_edit_in_any_order(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    early = export(astana, tmp_path / "early.khb")
    with astana.database.transaction() as session:
        proposal_id = session.connection().execute(text("SELECT id FROM proposal")).scalar()
        proposals.delete_proposal(session, astana.actor, proposal_id)
    late = export(astana, tmp_path / "late.khb")
    import_into(hq, late)
    import_into(hq, early)  # the stale copy arrives after the deletion
    with hq.database.session() as session:
        assert session.connection().execute(text("SELECT deleted FROM proposal")).scalar() == 1


def test_a_bundle_from_an_unknown_device_is_quarantined(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, _, _ = network
    stranger = make_site(tmp_path, template_db, "stranger", "facilitator", "79")
    reference = tmp_path / "ref2.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, reference)
    with stranger.database.transaction() as session:
        sync.import_reference(session, reference)
    round_table(stranger, people=1, ideas=1)
    before = content(hq)
    result = import_into(hq, export(stranger, tmp_path / "stranger.khb"))
    assert result.status == "quarantined"
    assert "not enrolled" in str(result.reason)
    assert content(hq) == before
    stranger.database.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_damage_to_a_bundle_is_refused_and_changes_nothing(
    network: tuple[Site, Site, Site], tmp_path: Path, data: st.DataObject
) -> None:
    hq, astana, _ = network
    path = tmp_path / "original.khb"
    if not path.exists():
        round_table(astana, people=2, ideas=2)
        export(astana, path)
    original = path.read_bytes()
    kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    at = data.draw(st.integers(0, len(original) - 1))
    if kind == "flip":
        damaged = original[:at] + bytes([original[at] ^ 0x01]) + original[at + 1 :]
    elif kind == "cut":
        damaged = original[:at]
    else:
        damaged = original[:at] + b"\x00" + original[at:]
    bad = tmp_path / "damaged.khb"
    bad.write_bytes(damaged)
    before = content(hq)
    with pytest.raises(InvalidInput) as caught:
        import_into(hq, bad)
    assert str(caught.value)
    assert content(hq) == before


def test_zip_tricks_and_newer_schemas_are_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    newer = tmp_path / "newer.khb"
    newer.write_bytes(forged_bundle(hq, astana, {}, schema="9999"))
    with pytest.raises(BundleRejected, match="update headquarters"):
        import_into(hq, newer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("manifest.sig", b"")
        archive.writestr("../../etc/evil", b"x")
    with hq.database.session() as session:
        recipient = installation.get_meta(session, "hq_recipient")
    traversal = tmp_path / "traversal.khb"
    to_hq = [x25519.Recipient.from_str(recipient)]
    traversal.write_bytes(pyrage.encrypt(buffer.getvalue(), to_hq))
    with pytest.raises(BundleRejected, match="entry khdesk does not write"):
        import_into(hq, traversal)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tables/person.jsonl", b"\x00" * 50_000_000)
    bombed = tmp_path / "bomb.khb"
    bombed.write_bytes(pyrage.encrypt(bomb.getvalue(), to_hq))
    with pytest.raises(BundleRejected, match="far larger"):
        import_into(hq, bombed)


def test_a_region_cannot_send_before_it_holds_headquarters_key(
    tmp_path: Path, template_db: Path
) -> None:
    lone = make_site(tmp_path, template_db, "lone", "facilitator", "71")
    with pytest.raises(InvalidInput, match="import a reference bundle"):
        sync.export_changes(lone.database, lone.data, tmp_path / "x.khb")
    lone.database.close()


def test_an_older_reference_bundle_is_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    old, new = tmp_path / "old.khr", tmp_path / "new.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, old)
        sync.export_reference(session, hq.keys, new)
    with astana.database.transaction() as session:
        sync.import_reference(session, new)
    with (
        pytest.raises(BundleRejected, match="older than the one in use"),
        astana.database.transaction() as session,
    ):
        sync.import_reference(session, old)


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from khdesk.paths import DataFolder
from khdesk.services import sync
from khdesk.storage.database import Database

real_apply = sync._apply_batch

def apply_then_die(session, model, rows, *checks):
    # the persons and the meeting are written, then the process dies as if the power went
    result = real_apply(session, model, rows, *checks)
    if model.__tablename__ == "meeting":
        session.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return result

sync._apply_batch = apply_then_die
database = Database.open(sys.argv[1])
folder = Path(sys.argv[2])
with database.transaction() as session:
    sync.import_changes(session, Path(sys.argv[3]), DataFolder(folder))
"""


def test_an_import_killed_midway_leaves_nothing_and_then_succeeds(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    hq, astana, _ = network
    round_table(astana, people=6, ideas=6)
    bundle = export(astana, tmp_path / "big.khb")
    before = content(hq)
    hq.database.close()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, hq.database.url,
         str(hq.folder), str(bundle)],
        capture_output=True, env={**os.environ}, check=False,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr
    hq.database = Database.open(hq.database.url)
    assert content(hq) == before  # the half-applied transaction left no trace
    assert import_into(hq, bundle).status == "imported"
    with hq.database.session() as session:
        assert stats.campaign_stats(session)["attendances"]["present"] == 6


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("kind", "petition", "its kind is not one of comment, proposal"),
        ("number", "7", "not a whole number"),
        ("text", None, "text is missing"),
        ("direction_code", "D9", "its direction_code is not a code khdesk knows"),
        ("updated_at", "yesterday", "its updated_at is not a date and time"),
        ("meeting_id", "x" * 37, "its meeting_id is not a record id"),
        ("device_id", "someone-else", "its device_id is not the device that signed"),
    ],
)
def test_records_that_do_not_fit_their_columns_are_refused(
    network: tuple[Site, Site, Site], tmp_path: Path, field: str, value: object, reason: str
) -> None:
    hq, astana, _ = network
    round_table(astana, people=2, ideas=2)
    entries = bundle_entries(hq, export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    rows[-1][field] = value
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    forged = tmp_path / "forged.khb"
    forged.write_bytes(forged_bundle(hq, astana, entries))
    before = content(hq)
    with pytest.raises(BundleRejected, match=reason):
        import_into(hq, forged)
    assert content(hq) == before


def _duplicate(archive: zipfile.ZipFile) -> None:
    archive.writestr("manifest.json", b"{}")
    with pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("manifest.json", b"{}")


def _link(archive: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("attachments/" + "a" * 64)
    info.external_attr = 0o120777 << 16
    archive.writestr(info, b"/etc/passwd")


def _crowd(archive: zipfile.ZipFile) -> None:
    for index in range(100_000):
        archive.writestr(f"attachments/{index:064x}", b"")


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (_duplicate, "same entry twice"),
        (_link, "holds a link"),
        (_crowd, "more than 10,000 entries"),
    ],
)
def test_duplicate_entries_links_and_crowded_zips_are_refused(
    network: tuple[Site, Site, Site],
    tmp_path: Path,
    build: Callable[[zipfile.ZipFile], None],
    reason: str,
) -> None:
    hq, _, _ = network
    path = encrypted_zip(hq, tmp_path / "trick.khb", build)
    before = content(hq)
    with pytest.raises(BundleRejected, match=reason):
        import_into(hq, path)
    assert content(hq) == before


def test_a_bundle_from_a_laptop_before_the_check_in_search_is_upgraded(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    """Schema 0002 had no ``search_key``: headquarters makes it, and the search finds them."""
    hq, astana, _ = network
    round_table(astana, people=3, ideas=1)
    entries = bundle_entries(hq, export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/person.jsonl"].splitlines()]
    for row in rows:
        del row["search_key"]
    entries["tables/person.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    older = tmp_path / "older.khb"
    older.write_bytes(forged_bundle(hq, astana, entries, schema="0002"))
    assert import_into(hq, older).status == "imported"
    with hq.database.session() as session:
        found = participants.search_persons(session, "0001")
        assert [p.full_name for p in found] == ["Қатысушы 1"]
        assert [p.full_name for p in participants.search_persons(session, "қатысушы")] != []


def test_an_older_schema_bundle_is_upgraded_on_import(
    network: tuple[Site, Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Suppose revision 0004 had renamed a proposal's ``body`` to ``text``: a laptop still on
    0003 writes ``body``; headquarters on today's schema imports its bundle all the same."""
    hq, astana, _ = network
    round_table(astana, people=1, ideas=2)
    entries = bundle_entries(hq, export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    for row in rows:
        row["body"] = row.pop("text")
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"

    def rename_body(table: str, row: dict[str, object]) -> dict[str, object]:
        if table == "proposal" and "body" in row:
            row = {**row, "text": row["body"]}
            del row["body"]
        return row

    monkeypatch.setattr(sync, "ROW_UPGRADES", {"0004": rename_body})
    as_today = tmp_path / "today.khb"
    as_today.write_bytes(forged_bundle(hq, astana, entries, schema="0005"))
    with pytest.raises(BundleRejected, match="fields khdesk does not know: body"):
        import_into(hq, as_today)  # a 0005 bundle is not upgraded: ``body`` is unknown there
    older = tmp_path / "older.khb"
    older.write_bytes(forged_bundle(hq, astana, entries, schema="0003"))
    result = import_into(hq, older)
    assert result.status == "imported"
    with hq.database.session() as session:
        texts = sorted(
            t for (t,) in session.connection().execute(text("SELECT text FROM proposal"))
        )
    assert texts == ["Ұсыныс 0", "Ұсыныс 1"]


def test_two_importers_at_once_apply_a_bundle_exactly_once(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=20, ideas=40)
    bundle = export(astana, tmp_path / "astana.khb")
    command = [
        sys.executable,
        "-m",
        "khdesk",
        "--data-dir",
        str(hq.folder),
        "--db",
        hq.database.url,
    ]
    arguments = [*command, "bundle", "import", str(bundle), "--json"]
    importers = [
        subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    statuses = []
    for importer in importers:
        out, err = importer.communicate(timeout=120)
        assert importer.returncode == 0, err
        statuses += [result["status"] for result in json.loads(out)]
    assert sorted(statuses) == ["already imported", "imported"]
    with hq.database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["proposals"]["total"] == 40
    assert figures["attendances"]["present"] == 20


def test_the_same_version_with_other_content_is_a_collision_never_overwritten(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=2)
    real = export(astana, tmp_path / "real.khb")
    assert import_into(hq, real).collisions == 0
    entries = bundle_entries(hq, real)
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    rows[0]["text"] = "Басқа мәтін"  # same id, same version, other words
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    clash = tmp_path / "clash.khb"
    clash.write_bytes(forged_bundle(hq, astana, entries))
    result = sync.import_file(hq.database, clash, hq.data)
    assert (result.status, result.collisions) == ("imported", 1)
    assert "the stored ones were kept" in str(result.reason)
    with hq.database.session() as session:
        stored = session.connection().execute(text("SELECT text FROM proposal"))
        assert sorted(value for (value,) in stored) == ["Ұсыныс 0", "Ұсыныс 1"]
        assert [e.reason for e in sync.history(session) if e.file_name == "clash.khb"] == [
            result.reason
        ]
    assert any(p.name.endswith("clash.khb") for p in (hq.folder / "inbox" / "imported").iterdir())


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ({"seq_to": "abc"}, "manifest is damaged"),
        ({"seq_to": 2**64 - 1}, "manifest is damaged"),
        ({"version": 2**64 - 1}, "its version is not between"),
        ({"updated_at": "9999-12-31T23:59:59-01:00"}, "its updated_at is not a date and time"),
    ],
)
def test_numbers_and_dates_beyond_what_is_stored_are_refused_in_one_sentence(
    network: tuple[Site, Site, Site], tmp_path: Path, damage: dict[str, object], reason: str
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    entries = bundle_entries(hq, export(astana, tmp_path / "real.khb"))
    manifest = {k: v for k, v in damage.items() if k.startswith("seq")}
    if not manifest:
        row = orjson.loads(entries["tables/proposal.jsonl"])
        entries["tables/proposal.jsonl"] = orjson.dumps({**row, **damage}) + b"\n"
    path = tmp_path / "odd.khb"
    path.write_bytes(forged_bundle(hq, astana, entries, **manifest))
    result = sync.import_file(hq.database, path, hq.data)
    assert result.status == "rejected"
    assert reason in str(result.reason)
    assert not list((hq.folder / "inbox" / "received").iterdir())
    assert content(hq) == []


def test_a_region_cannot_change_another_regions_records(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    round_table(astana, people=1, ideas=1)
    real = export(astana, tmp_path / "astana.khb")
    assert import_into(hq, real).status == "imported"
    row = orjson.loads(bundle_entries(hq, real)["tables/proposal.jsonl"])
    takeover = {**row, "device_id": almaty.actor.device_id, "version": row["version"] + 5,
                "text": "Басқа өңірдің мәтіні"}  # fmt: skip
    path = tmp_path / "almaty.khb"
    path.write_bytes(forged_bundle(hq, almaty, {"tables/proposal.jsonl": orjson.dumps(takeover)}))
    before = content(hq)
    with pytest.raises(BundleRejected, match="names a meeting of another region"):
        import_into(hq, path)
    assert content(hq) == before


def test_an_attachment_must_hold_what_its_name_says(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    import hashlib

    hq, astana, _ = network
    genuine = hashlib.sha256(b"genuine scan").hexdigest()
    path = tmp_path / "swap.khb"
    path.write_bytes(forged_bundle(hq, astana, {f"attachments/{genuine}": b"something else"}))
    with pytest.raises(BundleRejected, match="was altered"):
        import_into(hq, path)
    assert not (hq.attachments / genuine[:2] / genuine).exists()


def test_a_zip_entry_in_an_unknown_compression_is_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, _, _ = network
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.sig", b"")
        archive.writestr("manifest.json", b"{}")
    data = bytearray(plain.getvalue())
    # the compression method of every header (local at 8, central at 10) set to 99
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + offset : start + offset + 2] = (99).to_bytes(2, "little")
            start += 4
    with hq.database.session() as session:
        recipient = installation.get_meta(session, "hq_recipient")
    assert recipient
    path = tmp_path / "method.khb"
    path.write_bytes(pyrage.encrypt(bytes(data), [x25519.Recipient.from_str(recipient)]))
    result = sync.import_file(hq.database, path, hq.data)
    assert (result.status, str(result.reason)) == (
        "rejected", "the bundle's manifest is damaged: ask the sender to export it again."
    )  # fmt: skip
