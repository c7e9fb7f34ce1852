"""Keys of an installation, and device cards: who may send bundles to headquarters.

Every installation signs what it sends with its own Ed25519 key. Headquarters also holds an age
(X25519) identity, to which regions encrypt their bundles, and writes a second, recovery identity
that is meant to be moved offline: bundles are encrypted to both, so a lost headquarters key does
not lose the regions' work. Private keys live in the data folder's ``keys/`` (readable by the
user only); public keys live in the database.

A device card is the public half of a device, as a small JSON file that travels to headquarters;
its fingerprint is read aloud over the phone to confirm that the card is the device's own.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import x25519

from khdesk.domain.errors import InvalidInput, StorageProblem

SIGNING_KEY = "device-signing.key"
HQ_IDENTITY = "hq-identity.age"
RECOVERY_IDENTITY = "recovery-identity.age"
CARD_FORMAT = "khdesk-device-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 16 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _write_private(path: Path, data: bytes) -> None:
    """Write a private key readable by the user only, never half-written."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


@dataclass(frozen=True)
class InstallationKeys:
    """The public halves of the keys an installation made (the private ones stay in ``keys/``)."""

    signing_public: str
    hq_recipient: str | None = None
    recovery_recipient: str | None = None
    recovery_file: Path | None = None


def create_keys(keys_dir: Path, *, headquarters: bool) -> InstallationKeys:
    """Make this installation's keys in ``keys_dir``; headquarters also makes its age identities."""
    try:
        signing = Ed25519PrivateKey.generate()
        raw = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        _write_private(keys_dir / SIGNING_KEY, _b64(raw).encode())
        public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        if not headquarters:
            return InstallationKeys(signing_public=_b64(public))
        identity = x25519.Identity.generate()
        recovery = x25519.Identity.generate()
        _write_private(keys_dir / HQ_IDENTITY, str(identity).encode())
        _write_private(keys_dir / RECOVERY_IDENTITY, str(recovery).encode())
    except OSError as exc:
        raise StorageProblem(
            f"cannot write the keys into {keys_dir} ({exc.strerror}): check the data folder."
        ) from None
    return InstallationKeys(
        signing_public=_b64(public),
        hq_recipient=str(identity.to_public()),
        recovery_recipient=str(recovery.to_public()),
        recovery_file=keys_dir / RECOVERY_IDENTITY,
    )


def signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    path = keys_dir / SIGNING_KEY
    try:
        raw = base64.b64decode(path.read_bytes())
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (OSError, ValueError):
        raise StorageProblem(
            f"this installation's signing key {path} is missing or damaged: restore the data "
            "folder from its backup, or initialise again with 'khdesk init --force'."
        ) from None


def sign(keys_dir: Path, data: bytes) -> bytes:
    return signing_key(keys_dir).sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` over ``data`` was made with the private half of ``public_key``."""
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(device_id: str, public_key: str) -> str:
    """Sixteen hex digits in four groups, to read aloud: the device and its key together."""
    digest = hashlib.sha256(f"{device_id}:{public_key}".encode()).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class DeviceCard:
    """The public half of a device, as it travels to headquarters for enrolment."""

    device_id: str
    role: str
    region: str | None
    name: str | None
    public_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.device_id, self.public_key)

    def to_json(self) -> bytes:
        return orjson.dumps(
            {
                "format": CARD_FORMAT,
                "version": CARD_VERSION,
                "device_id": self.device_id,
                "role": self.role,
                "region": self.region,
                "name": self.name,
                "public_key": self.public_key,
                "fingerprint": self.fingerprint,
            },
            option=orjson.OPT_INDENT_2,
        )

    @classmethod
    def read(cls, path: Path) -> DeviceCard:
        """A card from its file; anything else, or a card whose fingerprint does not match its
        key (an edited card), is refused in one sentence."""
        try:
            if path.stat().st_size > MAX_CARD_BYTES:
                raise InvalidInput(f"{path.name} is too large to be a device card.")
            data: Any = orjson.loads(path.read_bytes())
        except OSError as exc:
            raise InvalidInput(f"cannot read {path} ({exc.strerror}): check the path.") from None
        except orjson.JSONDecodeError:
            raise InvalidInput(
                f"{path.name} is not a device card: ask the facilitator for the file that "
                "'khdesk device card' writes."
            ) from None
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise InvalidInput(
                f"{path.name} is not a device card: ask the facilitator for the file that "
                "'khdesk device card' writes."
            )
        if data.get("version") != CARD_VERSION:
            raise InvalidInput(f"{path.name} is a card of another khdesk version: update khdesk.")
        try:
            card = cls(
                device_id=str(data["device_id"]),
                role=str(data["role"]),
                region=data.get("region"),
                name=data.get("name"),
                public_key=str(data["public_key"]),
            )
            Ed25519PublicKey.from_public_bytes(base64.b64decode(card.public_key))
        except (KeyError, ValueError):
            raise InvalidInput(f"{path.name} is a damaged device card: ask for it again.") from None
        if data.get("fingerprint") != card.fingerprint:
            raise InvalidInput(
                f"{path.name} has been altered (its fingerprint does not match its key): "
                "do not enrol it; ask the facilitator for the card again."
            )
        return card
