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
import datetime as dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import passphrase as passphrase_age
from pyrage import x25519

from khdesk.domain.errors import InvalidInput, StorageProblem
from khdesk.domain.filenames import display_name
from khdesk.domain.validation import clean_line
from khdesk.storage.files import file_problem

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


def _unwritable(keys_dir: Path, exc: OSError) -> StorageProblem:
    return StorageProblem(
        "cannot write the keys into {folder} ({reason}): check the data folder.",
        folder=str(keys_dir),
        reason=exc.strerror or exc.__class__.__name__,
    )


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
        raise _unwritable(keys_dir, exc) from None
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
            "this installation's signing key {path} is missing or damaged: restore the data "
            "folder from its backup, or initialise again with 'khdesk init --force'.",
            path=str(path),
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
        shown = display_name(path.name)
        not_a_card = InvalidInput(
            "{file} is not a device card: ask the facilitator for the file that 'khdesk device "
            "card' writes.",
            file=shown,
        )
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                raise not_a_card
            with path.open("rb") as handle:
                raw = handle.read(MAX_CARD_BYTES + 1)
        except OSError as exc:
            raise file_problem(path, exc, doing="read") from None
        if len(raw) > MAX_CARD_BYTES:
            raise InvalidInput("{file} is too large to be a device card.", file=shown)
        try:
            data: Any = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise not_a_card from None
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise not_a_card
        if data.get("version") != CARD_VERSION:
            raise InvalidInput(
                "{file} is a card of another khdesk version: update khdesk.", file=shown
            )
        card = _card_of(data, shown)
        if data.get("fingerprint") != card.fingerprint:
            raise InvalidInput(
                "{file} has been altered (its fingerprint does not match its key): do not enrol "
                "it; ask the facilitator for the card again.",
                file=shown,
            )
        return card


_CARD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CARD_REGION = re.compile(r"^\d{2}$")
#: The longest name a card may give its user.
MAX_CARD_NAME = 120


def _card_of(data: dict[str, Any], file_name: str) -> DeviceCard:
    """The card's fields, each checked as strictly as the window checks a typed value."""
    damaged = InvalidInput("{file} is a damaged device card: ask for it again.", file=file_name)
    device_id, role, region = data.get("device_id"), data.get("role"), data.get("region")
    name, public_key = data.get("name"), data.get("public_key")
    if not (isinstance(device_id, str) and _CARD_ID.match(device_id)):
        raise damaged
    if role not in ("facilitator", "hq"):
        raise damaged
    if region is not None and not (isinstance(region, str) and _CARD_REGION.match(region)):
        raise damaged
    if name is not None:
        if not isinstance(name, str) or len(name) > MAX_CARD_NAME:
            raise damaged
        try:
            name = clean_line(name, field="the card's name")
        except InvalidInput:
            raise damaged from None
    if not isinstance(public_key, str) or len(public_key) != 44:
        raise damaged
    try:
        raw = base64.b64decode(public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise damaged from None
    return DeviceCard(device_id, role, region, name, public_key)


# --- headquarters' keys for another analyst's workstation --------------------------------------

#: What a key file holds, and its limits (a key file is input like any other file).
KEY_FILE_FORMAT = "khdesk-hq-keys"
KEY_FILE_MAX_BYTES = 64 * 1024
MIN_PASSPHRASE = 12


def check_new_passphrase(first: str, second: str) -> str:
    """The passphrase typed twice for a key file, or the sentence that refuses it."""
    if first != second:
        raise InvalidInput("the two passphrases differ: type the same passphrase twice.")
    if len(first) < MIN_PASSPHRASE:
        raise InvalidInput(
            "the passphrase is too short: choose one of at least {least} characters (a few words).",
            least=MIN_PASSPHRASE,
        )
    return first


#: The passphrase of the backups' copies in the second place, kept so that the daily copy is
#: made without asking (readable by the user only, as the keys are).
BACKUP_PASSPHRASE = "backup-copies.passphrase"


def store_backup_passphrase(keys_dir: Path, passphrase: str) -> None:
    try:
        _write_private(keys_dir / BACKUP_PASSPHRASE, passphrase.encode())
    except OSError as exc:
        raise _unwritable(keys_dir, exc) from None


def backup_passphrase(keys_dir: Path) -> str | None:
    """The stored passphrase of the second place's copies, or None when none was chosen."""
    try:
        return (keys_dir / BACKUP_PASSPHRASE).read_bytes().decode()
    except (OSError, UnicodeDecodeError):
        return None


#: The signing key's encrypted copy in the second place of the backups (``services.backups``).
SIGNING_KEY_COPY = "device-signing.key.age"
MAX_KEY_COPY_BYTES = 64 * 1024


def signing_key_copy(keys_dir: Path, passphrase: str) -> bytes:
    """This installation's signing key, encrypted under the backups' passphrase, so that a
    laptop restored from the second place signs its bundles as the one it replaces."""
    raw = signing_key(keys_dir).private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return bytes(passphrase_age.encrypt(_b64(raw).encode(), passphrase))


def install_signing_key_copy(keys_dir: Path, data: bytes, passphrase: str, public_key: str) -> bool:
    """Install the signing key a copy holds, once it is the private half of ``public_key`` (the
    restored database's own device); False when this installation has that key already. A
    different key in its place is kept beside it, never overwritten."""
    wrong = InvalidInput(
        "the signing key beside the copy does not belong to the restored database: enrol "
        "this laptop again (Sync → This laptop's card…)."
    )
    if len(data) > MAX_KEY_COPY_BYTES or not data.startswith(b"age-encryption.org/v1"):
        raise wrong
    try:
        plain = passphrase_age.decrypt(data, passphrase)
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(plain, validate=True))
    except pyrage.DecryptError:
        raise InvalidInput(
            "the passphrase does not open the signing key beside the copy: type the passphrase "
            "chosen for the second place of the backups."
        ) from None
    except Exception:  # not age, not base64, not a key
        raise wrong from None
    public = _b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    if public != public_key:
        raise wrong
    path = keys_dir / SIGNING_KEY
    if path.exists():
        try:
            if signing_key(keys_dir).private_bytes(
                Encoding.Raw, PrivateFormat.Raw, NoEncryption()
            ) == key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()):
                return False
        except StorageProblem:
            pass
        # this laptop's own key (an installation made before the restore) stays beside it
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.replace(path.with_name(f"{SIGNING_KEY}.replaced-{stamp}"))
    _write_private(
        path, _b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())).encode()
    )
    return True


def export_hq_keys(keys_dir: Path, passphrase: str) -> bytes:
    """Headquarters' signing key and age identity, encrypted under ``passphrase`` (age's
    scrypt passphrase encryption): the key file another analyst's workstation joins with. The
    recovery identity is never in it (it belongs offline)."""
    try:
        signing = (keys_dir / SIGNING_KEY).read_text(encoding="ascii").strip()
        identity = (keys_dir / HQ_IDENTITY).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise StorageProblem(
            "headquarters' keys are not in {folder}: export the key file on the workstation "
            "that was initialised as headquarters.",
            folder=str(keys_dir),
        ) from None
    words = {"format": KEY_FILE_FORMAT, "version": 1, "signing": signing, "identity": identity}
    return bytes(passphrase_age.encrypt(json.dumps(words).encode(), passphrase))


@dataclass(frozen=True)
class HqKeys:
    """Headquarters' private keys as a key file brought them, checked."""

    signing: str  # base64 of the raw Ed25519 private key
    identity: str  # the age X25519 identity (AGE-SECRET-KEY-1…)

    @property
    def signing_public(self) -> str:
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.signing))
        return _b64(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def recipient(self) -> str:
        return str(x25519.Identity.from_str(self.identity).to_public())


def _not_a_key_file() -> InvalidInput:
    return InvalidInput(
        "this file is not a khdesk key file: export it again with 'khdesk hq keys export'."
    )


def check_key_file(data: bytes) -> None:
    """Refuse, before any passphrase is asked, a file that cannot be a key file: a key file is
    an age file encrypted under a passphrase (its scrypt stanza), and small."""
    if (
        len(data) > KEY_FILE_MAX_BYTES
        or not data.startswith(b"age-encryption.org/v1\n")
        or b"\n-> scrypt " not in data[:512]
    ):
        raise _not_a_key_file()


def read_hq_keys(data: bytes, passphrase: str) -> HqKeys:
    """The keys of a key file, or one sentence: a wrong passphrase, or a file that is not one."""
    not_a_key_file = _not_a_key_file()
    check_key_file(data)
    try:
        plain = passphrase_age.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise InvalidInput(
            "the passphrase does not open this key file: type the passphrase chosen when it was "
            "exported."
        ) from None
    except Exception:  # not age at all, or age of another kind
        raise not_a_key_file from None
    try:
        words = json.loads(plain)
        if words.get("format") != KEY_FILE_FORMAT or words.get("version") != 1:
            raise ValueError
        keys = HqKeys(str(words["signing"]), str(words["identity"]))
        if len(base64.b64decode(keys.signing, validate=True)) != 32:
            raise ValueError
        keys.signing_public  # noqa: B018 - both halves must parse
        keys.recipient  # noqa: B018
    except (ValueError, KeyError, TypeError, AttributeError, pyrage.IdentityError):
        raise not_a_key_file from None
    return keys


def write_hq_keys(keys_dir: Path, keys: HqKeys) -> None:
    """Put headquarters' keys into this workstation's ``keys_dir`` (readable by the user only);
    refused when the folder already holds keys of an installation."""
    if (keys_dir / SIGNING_KEY).exists() or (keys_dir / HQ_IDENTITY).exists():
        raise InvalidInput(
            "this data folder already holds an installation's keys ({folder}): join from a new "
            "data folder (--data-dir).",
            folder=str(keys_dir),
        )
    try:
        _write_private(keys_dir / SIGNING_KEY, keys.signing.encode())
        _write_private(keys_dir / HQ_IDENTITY, keys.identity.encode())
    except OSError as exc:
        raise _unwritable(keys_dir, exc) from None
