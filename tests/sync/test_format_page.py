"""docs/bundle-format.md is enough to write a bundle: another program, written from the page
alone, sends headquarters a device card and a bundle that headquarters imports."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import uuid
import zipfile
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from khdesk.services import devices, installation, participants, stats, sync
from khdesk.sync import records
from khdesk.sync.keys import DeviceCard
from tests.sync.sites import Site

PAGE = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


class OtherWriter:
    """A region's program that is not khdesk: it knows only what the format page says."""

    def __init__(self, region: str) -> None:
        self.key = Ed25519PrivateKey.generate()
        raw = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public_key = base64.b64encode(raw).decode()
        self.device_id = str(uuid.uuid4())
        self.region = region
        self.seq = 0

    def card(self, path: Path) -> Path:
        digest = hashlib.sha256(f"{self.device_id}:{self.public_key}".encode()).hexdigest()
        fingerprint = " ".join(digest[:16].upper()[i : i + 4] for i in range(0, 16, 4))
        card = {"format": "khdesk-device-card", "version": 1, "device_id": self.device_id,
                "role": "facilitator", "region": self.region, "name": "Басқа бағдарлама",
                "public_key": self.public_key, "fingerprint": fingerprint}  # fmt: skip
        path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
        return path

    def record(self, **fields: object) -> dict[str, object]:
        self.seq += 1
        return {"id": str(uuid.uuid4()), "version": 1, "device_id": self.device_id,
                "seq": self.seq, "deleted": False,
                "updated_at": "2026-10-01T05:00:00", **fields}  # no offset: UTC  # fmt: skip

    def bundle(self, tables: dict[str, list[dict[str, object]]], recipients: list[str]) -> bytes:
        entries = {
            f"tables/{name}.jsonl": b"".join(
                json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows
            )
            for name, rows in tables.items()
        }
        manifest = {
            "format": 1, "kind": "changes", "schema": "0005", "bundle_id": str(uuid.uuid4()),
            "device_id": self.device_id, "region": self.region, "seq_from": 1,
            "seq_to": self.seq, "counts": {name: len(rows) for name, rows in tables.items()},
            "entries": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        for name, data in entries.items()},
        }  # fmt: skip
        manifest_bytes = json.dumps(manifest).encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", manifest_bytes)
            archive.writestr("manifest.sig", self.key.sign(manifest_bytes))
            for name, data in entries.items():
                archive.writestr(name, data)
        keys = [x25519.Recipient.from_str(r) for r in recipients]
        return bytes(pyrage.encrypt(buffer.getvalue(), keys))


def test_a_program_written_from_the_page_sends_a_bundle_headquarters_imports(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, _, _ = network
    other = OtherWriter("79")
    with hq.database.transaction() as session:
        devices.enroll(session, DeviceCard.read(other.card(tmp_path / "card.json")))
        recipients = [
            str(installation.get_meta(session, "hq_recipient")),
            str(installation.get_meta(session, "recovery_recipient")),
        ]
    person = other.record(
        full_name="Жанар Төлеуова", organisation="ҚҚ «Жарқын»", position=None,
        sector_code="ngo", phone="+77021234567", email="zhanar@example.kz", region_kato="79",
        consent=True, consent_at="2026-10-01T05:00:00+00:00", consent_method="paper",
    )  # fmt: skip
    meeting = other.record(
        number=1, year=2026, region_kato="79", kind="round-table", format="in-person",
        title="Дөңгелек үстел", date="2026-10-01", starts_at="10:00", ends_at="12:30:00",
        place="Шымкент", link=None, chair=None, secretary=None, status="closed",
        closed_at="2026-10-01T08:00:00+00:00", notes=None,
    )  # fmt: skip
    attendance = other.record(
        meeting_id=meeting["id"], person_id=person["id"], sector_code="ngo", present=True,
        mode="in-person", arrived_at="2026-10-01T05:02:00+05:00", left_at=None,
    )  # fmt: skip
    proposal = other.record(
        meeting_id=meeting["id"], agenda_item_id=None, number=1, kind="proposal",
        text="Ауыл мектептеріне қолдау.", author_person_id=person["id"], author_name=None,
        organisation=None, direction_code="D2", section_code="D2.1",
    )  # fmt: skip
    tables = {"person": [person], "meeting": [meeting], "attendance": [attendance],
              "proposal": [proposal]}  # fmt: skip
    path = tmp_path / "other.khb"
    path.write_bytes(other.bundle(tables, recipients))
    result = sync.import_file(hq.database, path, hq.data)
    assert result.status == "imported", result.reason
    assert result.counts == {"person": 1, "meeting": 1, "attendance": 1, "proposal": 1}
    with hq.database.session() as session:
        figures = stats.campaign_stats(session)
        found = participants.search_persons(session, "төлеуова")  # its keys, computed here
    assert figures["meetings"]["by_region"] == {"79": 1}
    assert figures["attendances"]["present"] == 1
    assert [p.full_name for p in found] == ["Жанар Төлеуова"]


def _documented_fields() -> dict[str, set[str]]:
    """Every field the page's tables list, by table (``### `table` `` headings)."""
    fields: dict[str, set[str]] = {}
    table = "identity"
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### `(\w+)`", line)
        if heading:
            table = heading.group(1)
        elif line.startswith("| `") and table:
            first = line.split("|")[1]
            fields.setdefault(table, set()).update(re.findall(r"`(\w+)`", first))
    return fields


def test_the_page_lists_every_field_headquarters_checks() -> None:
    documented = _documented_fields()
    identity = documented["identity"]
    for table, rules in records.RULES.items():
        if table not in records.REGION_TABLES:
            continue
        assert table in documented, f"the page has no section for {table}"
        listed = documented[table] | identity
        missing = set(rules) - listed
        assert not missing, f"the page does not list {table}: {sorted(missing)}"
        assert documented[table] <= set(rules), f"the page lists fields {table} does not have"
