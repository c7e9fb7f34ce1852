"""Sync bundles: what a region sends to headquarters, and what headquarters sends back.

A bundle is one ZIP file: ``manifest.json`` (format, schema, device, sequence range, and the
SHA-256 and size of every other entry), ``manifest.sig`` (the sender's Ed25519 signature of the
manifest's bytes), one JSON-lines file per table under ``tables/``, reference data under
``reference/`` and attachments under ``attachments/<sha256>``. A region's bundle is then encrypted
with age to headquarters and to the recovery key (sign first, then encrypt); a reference bundle
carries only public data and is signed, not encrypted. The format is in docs/bundle-format.md.

Reading checks, in this order and before anything is written: the ZIP's entry names against an
allow-list (no paths, links or duplicates), sizes and compression ratios within limits, the
signature against the sender's known key, then every entry's hash and size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from khdesk.domain.errors import InvalidInput
from khdesk.sync import keys

FORMAT = 1
MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 200
#: What reading a damaged or foreign ZIP entry can raise: an unknown compression method, the
#: encryption flag, a broken deflate stream, a bad CRC.
UNREADABLE = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
)
ALLOWED = re.compile(
    r"^(manifest\.json|manifest\.sig|tables/[a-z]{1,32}\.jsonl|reference/[a-z]{1,32}\.json"
    r"|attachments/[0-9a-f]{64})$"
)


class BundleRejected(InvalidInput):
    """A bundle that cannot be accepted; the message says why and what to do."""


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(row, default=_plain) + b"\n" for row in rows)


def write_signed_zip(manifest: dict[str, Any], entries: dict[str, bytes], keys_dir: Path) -> bytes:
    """``entries`` zipped with a manifest of their hashes, signed (small bundles, in memory)."""
    buffer = io.BytesIO()
    writer = ZipWriter(buffer)
    for name, data in sorted(entries.items()):
        writer.add_bytes(name, data)
    writer.finish(manifest, keys_dir)
    return buffer.getvalue()


class ZipWriter:
    """Writes a bundle's ZIP entry by entry, hashing as it goes, so that a bundle of 400,000
    records never sits in memory whole; ``finish`` adds the signed manifest."""

    def __init__(self, target: Any) -> None:
        self.archive = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED)
        self.listed: dict[str, dict[str, Any]] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        self.archive.writestr(name, data)
        self.listed[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def add_lines(self, name: str, rows: Iterable[dict[str, Any]]) -> int:
        """One JSON object per line; returns how many rows were written."""
        digest, size, count = hashlib.sha256(), 0, 0
        with self.archive.open(name, "w", force_zip64=True) as entry:
            for row in rows:
                line = orjson.dumps(row, default=_plain) + b"\n"
                entry.write(line)
                digest.update(line)
                size += len(line)
                count += 1
        self.listed[name] = {"sha256": digest.hexdigest(), "size": size}
        return count

    def finish(self, manifest: dict[str, Any], keys_dir: Path) -> None:
        manifest = dict(manifest)
        manifest["format"] = FORMAT
        manifest["entries"] = dict(sorted(self.listed.items()))
        manifest_bytes = orjson.dumps(manifest, option=orjson.OPT_SORT_KEYS)
        self.archive.writestr("manifest.json", manifest_bytes)
        self.archive.writestr("manifest.sig", keys.sign(keys_dir, manifest_bytes))
        self.archive.close()


@dataclass
class SignedZip:
    """A ZIP whose structure was checked; its signature and hashes still to be verified."""

    manifest_bytes: bytes
    signature: bytes
    manifest: dict[str, Any]
    archive: zipfile.ZipFile
    names: list[str] = field(default_factory=list)

    def verify(self, public_key: str) -> None:
        if not keys.verify(public_key, self.signature, self.manifest_bytes):
            raise BundleRejected(
                "the bundle's signature does not match its sender's key: it was altered or "
                "forged; ask the sender to export it again."
            )

    def check_entries(self) -> None:
        """Every entry against the manifest's hash and size, read in chunks (nothing kept)."""
        listed = self.manifest.get("entries")
        if not isinstance(listed, dict) or set(listed) != set(self.names):
            raise BundleRejected(
                "the bundle's contents do not match its manifest: ask the sender to export "
                "it again."
            )
        for name in self.names:
            expected = listed[name]
            altered = BundleRejected(
                "the bundle's entry {name} was altered: ask the sender to export it again.",
                name=name,
            )
            if not isinstance(expected, dict):
                raise altered
            # an attachment is named by its content's hash: the name must be that hash too
            if name.startswith("attachments/") and expected.get("sha256") != name[12:]:
                raise altered
            digest, size = hashlib.sha256(), 0
            try:
                with self.archive.open(name) as entry:
                    while chunk := entry.read(1024 * 1024):
                        digest.update(chunk)
                        size += len(chunk)
            except UNREADABLE:
                raise altered from None
            if size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
                raise altered

    def entries(self) -> dict[str, bytes]:
        """Every entry, checked (for small bundles: reference data)."""
        self.check_entries()
        return {name: self.archive.read(name) for name in self.names}

    def lines(self, name: str) -> Iterator[dict[str, Any]]:
        """The JSON objects of a ``tables/`` entry, one by one."""
        with self.archive.open(name) as entry:
            for line in entry:
                if line.strip():
                    yield orjson.loads(line)

    def read(self, name: str) -> bytes:
        return self.archive.read(name)


def read_signed_zip(source: bytes | Path) -> SignedZip:
    """Check a bundle's ZIP structure within limits, without extracting anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleRejected(
            "the file is not a khdesk bundle (or it is cut short or damaged): ask the sender "
            "to export it again."
        ) from None
    if len(infos) > MAX_ENTRIES:
        raise BundleRejected(
            "the bundle holds more than {limit:,} entries: refused.", limit=MAX_ENTRIES
        )
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise BundleRejected("the bundle holds the same entry twice: refused.")
    total = 0
    for info in infos:
        if not ALLOWED.match(info.filename):
            raise BundleRejected(
                "the bundle holds an entry khdesk does not write ({name}): refused.",
                name=repr(info.filename[:60]),
            )
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise BundleRejected("the bundle holds a link: refused.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRejected("the bundle unpacks far larger than it is: refused.")
    if "manifest.json" not in names or "manifest.sig" not in names:
        raise BundleRejected("the bundle has no signed manifest: refused.")
    try:
        manifest_bytes = archive.read("manifest.json")
        signature = archive.read("manifest.sig")
        manifest = orjson.loads(manifest_bytes)
    except (*UNREADABLE, orjson.JSONDecodeError):
        raise BundleRejected(
            "the bundle's manifest is damaged: ask the sender to export it again."
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRejected(
            "the bundle was written by another khdesk version: update khdesk at both ends."
        )
    others = [n for n in names if n not in ("manifest.json", "manifest.sig")]
    return SignedZip(manifest_bytes, signature, manifest, archive, others)
