"""Installations for sync tests: a site (database, data folder, writer) and what it does."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
import pyrage
from pyrage import x25519
from sqlalchemy import text

from khdesk.paths import DataFolder
from khdesk.services import installation, meetings, participants, proposals, sync
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from tests import backends
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


def make_site(tmp: Path, template: Path, name: str, role: str, region: str | None = None) -> Site:
    folder = tmp / name
    folder.mkdir()
    # headquarters on the run's PostgreSQL when there is one; a region is a laptop's SQLite file
    database = Database.open(backends.fresh_url(folder, template, shared=role == "hq"))
    with database.transaction() as session:
        installation.init_installation(
            session, role=role, region=region, keys_dir=folder / "keys", name=name
        )
        actor = installation.require_actor(session)
    return Site(database, folder, actor)


def round_table(site: Site, people: int, ideas: int) -> None:
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


def export(site: Site, path: Path) -> Path:
    sync.export_changes(site.database, site.data, path)
    return path


def import_into(hq: Site, path: Path) -> sync.ImportResult:
    with hq.database.transaction() as session:
        return sync.import_changes(session, path, hq.data)


def content(site: Site) -> list[tuple[object, ...]]:
    with site.database.session() as session:
        conn = session.connection()
        return [
            row
            for table in ("meeting", "person", "attendance", "proposal")
            for row in conn.execute(text(f"SELECT id, version, deleted FROM {table} ORDER BY id"))
        ]


def forged_bundle(
    hq: Site, astana: Site, entries: dict[str, bytes], *, schema: str = "0005", **more: object
) -> bytes:
    """A bundle signed by a real region, holding whatever the test wants, with a manifest that
    tells the truth about it (its counts, its region, the range of its records' sequence
    numbers, ignoring numbers no laptop reaches) unless the test says otherwise in ``more``."""
    from khdesk.domain.ids import new_id
    from khdesk.sync.bundles import write_signed_zip

    counts, seqs = {}, []
    for name, data in entries.items():
        if name.startswith("tables/") and data.strip():
            rows = [orjson.loads(line) for line in data.splitlines() if line.strip()]
            counts[name.removeprefix("tables/").removesuffix(".jsonl")] = len(rows)
            seqs += [row["seq"] for row in rows if isinstance(row, dict) and "seq" in row]
    # the range a laptop's records could have: a test's out-of-range seq stays out of range
    numeric = [s for s in seqs if isinstance(s, int) and not isinstance(s, bool) and 0 < s < 10**6]
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


def bundle_entries(hq: Site, bundle: Path) -> dict[str, bytes]:
    """The entries of a real bundle, decrypted with headquarters' identity (manifest left out)."""
    identity = x25519.Identity.from_str((hq.keys / "hq-identity.age").read_text().strip())
    plain = pyrage.decrypt(bundle.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name not in ("manifest.json", "manifest.sig")
        }


def encrypted_zip(hq: Site, path: Path, build: Callable[[zipfile.ZipFile], None]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        build(archive)
    with hq.database.session() as session:
        recipient = installation.get_meta(session, "hq_recipient")
    assert recipient
    path.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))
    return path


def published_document(hq: Site, regions: Sequence[Site], folder: Path) -> str:
    """A Declaration headquarters published and ``regions`` received; returns its id."""
    from khdesk.services import campaign_documents

    with hq.database.transaction() as session:
        document = campaign_documents.create_document(
            session, kind="declaration", title_kk="Декларация", title_ru="Декларация",
            paragraphs_kk=["Ауыл мектептерін қолдаймыз.", "Атаулы қолдау."],
            paragraphs_ru=["Поддерживаем сельские школы.", "Адресная поддержка."],
        ).id  # fmt: skip
        campaign_documents.publish(session, document)
        sync.export_reference(session, hq.keys, folder / "reference-with-document.khr")
    for region in regions:
        with region.database.transaction() as session:
            sync.import_reference(session, folder / "reference-with-document.khr")
    return document


def full_meeting(site: Site, document: str | None = None) -> str:
    """A round table with one of every record a bundle carries (an amendment to ``document``
    too, when one is given); returns the meeting's id."""
    from khdesk.services import attachments, minutes

    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title="Дөңгелек үстел",
            starts_at="10:00", ends_at="12:00", chair="Ә. Сейітов", secretary="Г. Үсенова",
        )  # fmt: skip
    speaker = make_person(site.database, site.actor, full_name="Серік Болат", phone="87011112233")
    quiet = make_person(site.database, site.actor, full_name="Ғалым Нұров", consent=False)
    scan = site.folder / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    sha, size = attachments.store_file(scan, site.attachments)
    with site.database.transaction() as session:
        for person in (speaker, quiet):
            participants.check_in(session, site.actor, meeting.id, person.id)
        item = minutes.add_agenda_item(session, site.actor, meeting.id, title="Проспект")
        minutes.add_speech(session, site.actor, item.id, speaker="Серік Болат", text="Сөз.")
        minutes.add_decision(session, site.actor, item.id, text="Қолдау.", votes_for=2)
        proposals.add_proposal(
            session, site.actor, meeting.id, text="Ұсыныс", direction="D2", section="D2.1",
            agenda_item_id=item.id, author_person_id=speaker.id,
        )  # fmt: skip
        proposals.add_question(session, site.actor, meeting.id, text="Сұрақ?", answer="Жауап.")
        attachments.add_attachment(
            session, site.actor, meeting.id, file_name="Қол қойылған парақ.png", sha256=sha,
            size=size,
        )  # fmt: skip
        if document is not None:
            from khdesk.services import document_amendments

            version = document_amendments.version_of(session, document)
            document_amendments.record_amendment(
                session, site.actor, meeting.id, document_id=document, action="replace",
                language="kk", paragraph_id=document_amendments.paragraph_at(version, 2),
                lines=(2, 2), text_kk="Атаулы қолдауды күшейтеміз.", text_ru="Усилим поддержку.",
                proposer_name="Серік Болат", proposer_person_id=speaker.id, votes_for=2,
            )  # fmt: skip
    with site.database.transaction() as session:  # closed, then corrected: an amendment
        meetings.close_meeting(session, site.actor, meeting.id)
        meetings.update_meeting(
            session, site.actor, meeting.id, place="Мәжіліс залы, 2-қабат",
            reason="Залдың қабаты қате жазылған",
        )  # fmt: skip
    return meeting.id


def records_of(entries: dict[str, bytes], table: str) -> list[dict[str, object]]:
    data = entries.get(f"tables/{table}.jsonl", b"")
    return [orjson.loads(line) for line in data.splitlines() if line.strip()]


def with_records(
    entries: dict[str, bytes], table: str, rows: list[dict[str, object]]
) -> dict[str, bytes]:
    lines = b"".join(orjson.dumps(row) + b"\n" for row in rows)
    return {**entries, f"tables/{table}.jsonl": lines}


def bundle_manifest(hq: Site, bundle: Path) -> dict[str, object]:
    """The manifest of a real bundle, decrypted with headquarters' identity."""
    identity = x25519.Identity.from_str((hq.keys / "hq-identity.age").read_text().strip())
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(bundle.read_bytes(), [identity]))) as archive:
        manifest: dict[str, object] = orjson.loads(archive.read("manifest.json"))
    return manifest
