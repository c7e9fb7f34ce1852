"""Attachments: scans and photos kept with a meeting, stored once per content in the data folder."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
from pathlib import Path

from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput
from khdesk.domain.validation import clean_line
from khdesk.services.common import get_live, meeting_for_write
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Attachment

#: The largest file khdesk keeps as an attachment (a multi-page scan fits comfortably).
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


def stored_path(store: Path, sha256: str) -> Path:
    """Where the file with this content lives inside the attachments folder."""
    return store / sha256[:2] / sha256


def store_file(source: Path, store: Path) -> tuple[str, int]:
    """Copy ``source`` into ``store`` under its SHA-256 (once per content); returns (sha, size).

    The copy is written to a temporary name, flushed and renamed, so that a crash never leaves a
    half-copied file under the final name. This is file work: run it off the GUI thread.
    """
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"cannot read {source} ({exc.strerror}): choose another file.") from None
    if not source.is_file():
        raise InvalidInput(f"{source} is not a file: choose a scan or a photo.")
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            f"{source.name} is {size // (1024 * 1024)} MB; attachments may be at most "
            f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB: scan it at a lower resolution."
        )
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = stored_path(store, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with source.open("rb") as reader, partial.open("wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
            writer.flush()
            os.fsync(writer.fileno())
        partial.replace(target)
    return sha, size


def add_attachment(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    file_name: str,
    sha256: str,
    size: int,
    description: str | None = None,
    reason: str | None = None,
) -> Attachment:
    """Record a file already stored by ``store_file`` as an attachment of the meeting."""
    meeting_for_write(session, meeting_id, reason)
    media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    attachment = Attachment(
        meeting_id=meeting_id,
        file_name=clean_line(file_name, field="file name", required=True) or "",
        media_type=media_type,
        sha256=sha256,
        size=size,
        description=clean_line(description, field="description"),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(attachment, reason=reason)


def delete_attachment(
    session: Session, actor: Actor, attachment_id: str, *, reason: str | None = None
) -> None:
    attachment = get_live(session, Attachment, attachment_id, what="attachment")
    meeting_for_write(session, attachment.meeting_id, reason)
    Recorder(session, actor).delete(attachment, reason=reason)


def attachments(session: Session, meeting_id: str) -> list[Attachment]:
    query = select(Attachment).where(
        Attachment.meeting_id == meeting_id,
        Attachment.deleted == False,  # noqa: E712
    )
    return list(session.exec(query.order_by(col(Attachment.updated_at))))
