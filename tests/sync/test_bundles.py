"""Bundles between regions and headquarters: the tests of SYNC.md that khdesk passes so far."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519
from sqlalchemy import text

from khdesk.domain.errors import InvalidInput
from khdesk.paths import DataFolder
from khdesk.services import devices, installation, meetings, participants, proposals, stats, sync
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.sync.bundles import BundleRejected
from tests.factories import make_person


@dataclass
class Site:
    """One installation: its database, data folder and writer."""

    database: Database
    folder: Path
    actor: Actor

    @property
    def keys(self) -> Path:
        return self.folder / "keys"

    @property
    def attachments(self) -> Path:
        return self.folder / "attachments"

    @property
    def data(self) -> DataFolder:
        return DataFolder(self.folder)


def _site(tmp: Path, template: Path, name: str, role: str, region: str | None = None) -> Site:
    folder = tmp / name
    folder.mkdir()
    shutil.copyfile(template, folder / "khdesk.db")
    database = Database.open(f"sqlite:///{folder / 'khdesk.db'}")
    with database.transaction() as session:
        installation.init_installation(
            session, role=role, region=region, keys_dir=folder / "keys", name=name
        )
        actor = installation.require_actor(session)
    return Site(database, folder, actor)


@pytest.fixture
def network(tmp_path: Path, template_db: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Headquarters and two regions, enrolled, each region holding the reference bundle."""
    hq = _site(tmp_path, template_db, "hq", "hq")
    regions = [
        _site(tmp_path, template_db, "astana", "facilitator", "71"),
        _site(tmp_path, template_db, "almaty", "facilitator", "75"),
    ]
    reference = tmp_path / "reference.khr"
    with hq.database.transaction() as session:
        for region in regions:
            with region.database.session() as rs:
                devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, reference)
    for region in regions:
        with region.database.transaction() as session:
            sync.import_reference(session, reference)
    yield hq, regions[0], regions[1]
    for site in (hq, *regions):
        site.database.close()


def _round_table(site: Site, people: int, ideas: int) -> None:
    meeting = None
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title="Дөңгелек үстел"
        )
    for index in range(people):
        person = make_person(
            site.database, site.actor, full_name=f"Қатысушы {index}", phone=f"8701000{index:04d}"
        )
        with site.database.transaction() as session:
            participants.check_in(session, site.actor, meeting.id, person.id)
    with site.database.transaction() as session:
        for index in range(ideas):
            proposals.add_proposal(
                session, site.actor, meeting.id, text=f"Ұсыныс {index}", direction="D2"
            )


def _export(site: Site, path: Path) -> Path:
    sync.export_changes(site.database, site.data, path)
    return path


def _import(hq: Site, path: Path) -> sync.ImportResult:
    with hq.database.transaction() as session:
        return sync.import_changes(session, path, hq.data)


def _content(site: Site) -> list[tuple[object, ...]]:
    with site.database.session() as session:
        conn = session.connection()
        return [
            row
            for table in ("meeting", "person", "attendance", "proposal")
            for row in conn.execute(text(f"SELECT id, version, deleted FROM {table} ORDER BY id"))
        ]


def test_headquarters_counts_every_region_exactly_once_in_any_order(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    _round_table(astana, people=3, ideas=2)
    _round_table(almaty, people=4, ideas=5)
    first = _export(astana, tmp_path / "astana-1.khb")
    _round_table(astana, people=1, ideas=1)  # more work before headquarters acknowledged
    second = _export(astana, tmp_path / "astana-2.khb")  # cumulative: holds the first too
    other = _export(almaty, tmp_path / "almaty.khb")
    for path in (second, other, first, second, other):  # out of order, and twice
        assert _import(hq, path).status in ("imported", "already imported")
    with hq.database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["meetings"]["by_region"] == {"71": 2, "75": 1}
    assert figures["attendances"]["present"] == 3 + 1 + 4
    assert figures["proposals"]["total"] == 2 + 1 + 5
    assert _import(hq, first).status == "already imported"


def test_importing_in_every_order_gives_the_same_database(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, astana, almaty = network
    _round_table(astana, people=2, ideas=1)
    _round_table(almaty, people=2, ideas=1)
    a, b = _export(astana, tmp_path / "a.khb"), _export(almaty, tmp_path / "b.khb")
    for path in (b, a):
        _import(hq, path)
    forward = _content(hq)
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
        _import(hq2, path)
    assert _content(hq2) == forward
    hq2.database.close()


def test_a_deletion_wins_over_a_stale_edit_in_any_order(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    _round_table(astana, people=1, ideas=1)
    early = _export(astana, tmp_path / "early.khb")
    with astana.database.transaction() as session:
        proposal_id = session.connection().execute(text("SELECT id FROM proposal")).scalar()
        proposals.delete_proposal(session, astana.actor, proposal_id)
    late = _export(astana, tmp_path / "late.khb")
    _import(hq, late)
    _import(hq, early)  # the stale copy arrives after the deletion
    with hq.database.session() as session:
        assert session.connection().execute(text("SELECT deleted FROM proposal")).scalar() == 1


def test_a_bundle_from_an_unknown_device_is_quarantined(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, _, _ = network
    stranger = _site(tmp_path, template_db, "stranger", "facilitator", "79")
    reference = tmp_path / "ref2.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, reference)
    with stranger.database.transaction() as session:
        sync.import_reference(session, reference)
    _round_table(stranger, people=1, ideas=1)
    before = _content(hq)
    result = _import(hq, _export(stranger, tmp_path / "stranger.khb"))
    assert result.status == "quarantined"
    assert "not enrolled" in (result.reason or "")
    assert _content(hq) == before
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
        _round_table(astana, people=2, ideas=2)
        _export(astana, path)
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
    before = _content(hq)
    with pytest.raises(InvalidInput) as caught:
        _import(hq, bad)
    assert str(caught.value)
    assert _content(hq) == before


def _forged(
    hq: Site, astana: Site, entries: dict[str, bytes], *, schema: str = "0005", **more: object
) -> bytes:
    """A bundle signed by a real region, holding whatever the test wants, with a manifest that
    tells the truth about it (its counts, its region, the range of its records' sequence
    numbers) unless the test says otherwise in ``more``."""
    from khdesk.domain.ids import new_id
    from khdesk.sync.bundles import write_signed_zip

    counts, seqs = {}, []
    for name, data in entries.items():
        if name.startswith("tables/") and data.strip():
            rows = [orjson.loads(line) for line in data.splitlines() if line.strip()]
            counts[name.removeprefix("tables/").removesuffix(".jsonl")] = len(rows)
            seqs += [row["seq"] for row in rows if isinstance(row, dict) and "seq" in row]
    numeric = [seq for seq in seqs if isinstance(seq, int) and not isinstance(seq, bool)]
    with astana.database.session() as session:
        region = installation.local_device(session).region_kato  # type: ignore[union-attr]
    manifest = {"kind": "changes", "schema": schema, "bundle_id": new_id(),
                "device_id": astana.actor.device_id, "region": region,
                "seq_from": min(numeric, default=1), "seq_to": max(numeric, default=1),
                "counts": counts, **more}  # fmt: skip
    plain = write_signed_zip(manifest, entries, astana.keys)
    with hq.database.session() as session:
        recipient = installation.get_meta(session, "hq_recipient")
    assert recipient
    return bytes(pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient)]))


def test_zip_tricks_and_newer_schemas_are_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    newer = tmp_path / "newer.khb"
    newer.write_bytes(_forged(hq, astana, {}, schema="9999"))
    with pytest.raises(BundleRejected, match="update headquarters"):
        _import(hq, newer)
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
        _import(hq, traversal)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tables/person.jsonl", b"\x00" * 50_000_000)
    bombed = tmp_path / "bomb.khb"
    bombed.write_bytes(pyrage.encrypt(bomb.getvalue(), to_hq))
    with pytest.raises(BundleRejected, match="far larger"):
        _import(hq, bombed)


def test_a_region_cannot_send_before_it_holds_headquarters_key(
    tmp_path: Path, template_db: Path
) -> None:
    lone = _site(tmp_path, template_db, "lone", "facilitator", "71")
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
    _round_table(astana, people=6, ideas=6)
    bundle = _export(astana, tmp_path / "big.khb")
    before = _content(hq)
    hq.database.close()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, f"sqlite:///{hq.folder / 'khdesk.db'}",
         str(hq.folder), str(bundle)],
        capture_output=True, env={**os.environ}, check=False,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr
    hq.database = Database.open(f"sqlite:///{hq.folder / 'khdesk.db'}")
    assert _content(hq) == before  # the half-applied transaction left no trace
    assert _import(hq, bundle).status == "imported"
    with hq.database.session() as session:
        assert stats.campaign_stats(session)["attendances"]["present"] == 6


def _opened(hq: Site, bundle: Path) -> dict[str, bytes]:
    """The entries of a real bundle, decrypted with headquarters' identity (manifest left out)."""
    identity = x25519.Identity.from_str((hq.keys / "hq-identity.age").read_text().strip())
    plain = pyrage.decrypt(bundle.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name not in ("manifest.json", "manifest.sig")
        }


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("kind", "petition", "its kind is not one of comment, proposal"),
        ("number", "7", "not a whole number"),
        ("text", None, "text is missing"),
        ("direction_code", "D9", "its direction_code is not a code khdesk knows"),
        ("updated_at", "yesterday", "its updated_at is not a date and time"),
        ("meeting_id", "x" * 37, "its meeting_id is not a record id"),
        ("device_id", "someone-else", "another device"),
    ],
)
def test_records_that_do_not_fit_their_columns_are_refused(
    network: tuple[Site, Site, Site], tmp_path: Path, field: str, value: object, reason: str
) -> None:
    hq, astana, _ = network
    _round_table(astana, people=2, ideas=2)
    entries = _opened(hq, _export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    rows[-1][field] = value
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    forged = tmp_path / "forged.khb"
    forged.write_bytes(_forged(hq, astana, entries))
    before = _content(hq)
    with pytest.raises(BundleRejected, match=reason):
        _import(hq, forged)
    assert _content(hq) == before


def _encrypted_zip(hq: Site, path: Path, build: Callable[[zipfile.ZipFile], None]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        build(archive)
    with hq.database.session() as session:
        recipient = installation.get_meta(session, "hq_recipient")
    assert recipient
    path.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))
    return path


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
    path = _encrypted_zip(hq, tmp_path / "trick.khb", build)
    before = _content(hq)
    with pytest.raises(BundleRejected, match=reason):
        _import(hq, path)
    assert _content(hq) == before


def test_a_bundle_from_a_laptop_before_the_check_in_search_is_upgraded(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    """Schema 0002 had no ``search_key``: headquarters makes it, and the search finds them."""
    hq, astana, _ = network
    _round_table(astana, people=3, ideas=1)
    entries = _opened(hq, _export(astana, tmp_path / "real.khb"))
    rows = [orjson.loads(line) for line in entries["tables/person.jsonl"].splitlines()]
    for row in rows:
        del row["search_key"]
    entries["tables/person.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    older = tmp_path / "older.khb"
    older.write_bytes(_forged(hq, astana, entries, schema="0002"))
    assert _import(hq, older).status == "imported"
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
    _round_table(astana, people=1, ideas=2)
    entries = _opened(hq, _export(astana, tmp_path / "real.khb"))
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
    as_today.write_bytes(_forged(hq, astana, entries, schema="0005"))
    with pytest.raises(BundleRejected, match="fields khdesk does not know: body"):
        _import(hq, as_today)  # a 0005 bundle is not upgraded: ``body`` is unknown there
    older = tmp_path / "older.khb"
    older.write_bytes(_forged(hq, astana, entries, schema="0003"))
    result = _import(hq, older)
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
    _round_table(astana, people=20, ideas=40)
    bundle = _export(astana, tmp_path / "astana.khb")
    command = [sys.executable, "-m", "khdesk", "--data-dir", str(hq.folder)]
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
    _round_table(astana, people=1, ideas=2)
    real = _export(astana, tmp_path / "real.khb")
    assert _import(hq, real).collisions == 0
    entries = _opened(hq, real)
    rows = [orjson.loads(line) for line in entries["tables/proposal.jsonl"].splitlines()]
    rows[0]["text"] = "Басқа мәтін"  # same id, same version, other words
    entries["tables/proposal.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows) + b"\n"
    clash = tmp_path / "clash.khb"
    clash.write_bytes(_forged(hq, astana, entries))
    result = sync.import_file(hq.database, clash, hq.data)
    assert (result.status, result.collisions) == ("imported", 1)
    assert result.reason and "the stored ones were kept" in result.reason
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
    _round_table(astana, people=1, ideas=1)
    entries = _opened(hq, _export(astana, tmp_path / "real.khb"))
    manifest = {k: v for k, v in damage.items() if k.startswith("seq")}
    if not manifest:
        row = orjson.loads(entries["tables/proposal.jsonl"])
        entries["tables/proposal.jsonl"] = orjson.dumps({**row, **damage}) + b"\n"
    path = tmp_path / "odd.khb"
    path.write_bytes(_forged(hq, astana, entries, **manifest))
    result = sync.import_file(hq.database, path, hq.data)
    assert result.status == "rejected"
    assert result.reason and reason in result.reason
    assert not list((hq.folder / "inbox" / "received").iterdir())
    assert _content(hq) == []


def test_a_region_cannot_change_another_regions_records(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    _round_table(astana, people=1, ideas=1)
    real = _export(astana, tmp_path / "astana.khb")
    assert _import(hq, real).status == "imported"
    row = orjson.loads(_opened(hq, real)["tables/proposal.jsonl"])
    takeover = {**row, "device_id": almaty.actor.device_id, "version": row["version"] + 5,
                "text": "Басқа өңірдің мәтіні"}  # fmt: skip
    path = tmp_path / "almaty.khb"
    path.write_bytes(_forged(hq, almaty, {"tables/proposal.jsonl": orjson.dumps(takeover)}))
    before = _content(hq)
    with pytest.raises(BundleRejected, match="a meeting of another region"):
        _import(hq, path)
    assert _content(hq) == before


def test_an_attachment_must_hold_what_its_name_says(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    import hashlib

    hq, astana, _ = network
    genuine = hashlib.sha256(b"genuine scan").hexdigest()
    path = tmp_path / "swap.khb"
    path.write_bytes(_forged(hq, astana, {f"attachments/{genuine}": b"something else"}))
    with pytest.raises(BundleRejected, match="was altered"):
        _import(hq, path)
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
    assert (result.status, result.reason) == (
        "rejected", "the bundle's manifest is damaged: ask the sender to export it again."
    )  # fmt: skip
