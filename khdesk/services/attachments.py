"""Attachments: scans and photos kept with a meeting, stored once per content in the data folder."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from pathlib import Path

from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, Label
from khdesk.domain.filenames import MAX_ATTACHMENT_BYTES, display_name
from khdesk.domain.validation import clean_line
from khdesk.services.common import get_live, meeting_for_write
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.files import copy_whole
from khdesk.storage.models import Attachment

_CHUNK = _MB = 1024 * 1024


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
        raise InvalidInput(
            "cannot read {path} ({reason}): choose another file.",
            path=str(source),
            reason=exc.strerror,
        ) from None
    if not source.is_file():
        raise InvalidInput("{path} is not a file: choose a scan or a photo.", path=str(source))
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            "{name} is {size} MB; attachments may be at most {limit} MB: "
            "scan it at a lower resolution.",
            name=source.name,
            size=size // _MB,
            limit=MAX_ATTACHMENT_BYTES // _MB,
        )
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = stored_path(store, sha)
    if not target.exists():
        copy_whole(source, target)
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
    name = display_name(clean_line(file_name, field=Label("the file name"), required=True) or "")
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(
        meeting_id=meeting_id,
        file_name=name,
        media_type=media_type,
        sha256=sha256,
        size=size,
        description=clean_line(description, field=Label("the description")),
        device_id=actor.device_id,
        seq=0,
    )
    return Recorder(session, actor).add(attachment, reason=reason)


def delete_attachment(
    session: Session, actor: Actor, attachment_id: str, *, reason: str | None = None
) -> None:
    attachment = get_live(session, Attachment, attachment_id, what=Label("attachment"))
    meeting_for_write(session, attachment.meeting_id, reason)
    Recorder(session, actor).delete(attachment, reason=reason)


def get_attachment(session: Session, attachment_id: str) -> Attachment:
    return get_live(session, Attachment, attachment_id, what=Label("attachment"))


def attachments(session: Session, meeting_id: str) -> list[Attachment]:
    query = select(Attachment).where(
        Attachment.meeting_id == meeting_id,
        Attachment.deleted == False,  # noqa: E712
    )
    return list(session.exec(query.order_by(col(Attachment.updated_at))))


#: What the system's viewer may be handed, by media type, with the ending it gets: documents and
#: pictures only, never anything a system would run (a .bat or .exe from a bundle).
VIEWABLE = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "text/plain": ".txt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
}


def viewable_copy(attachment: Attachment, store: Path, opened: Path) -> Path:
    """A copy of the attachment's file for the system's viewer, at a path khdesk makes itself
    (the stored name is for people to read, never a path): ``opened/<id>/<name><ending>``,
    where the ending comes from the media type. A type the viewer should not be handed is
    refused in one sentence: save it instead and look at it with care."""
    ending = VIEWABLE.get(attachment.media_type)
    if ending is None:
        raise InvalidInput(
            "khdesk does not open files of the type {media_type}: save a copy and "
            "open it with a program you trust.",
            media_type=attachment.media_type,
        )
    stem = re.sub(r"[^\w-]+", "_", Path(attachment.file_name).stem).strip("_")[:60] or "file"
    target = opened / attachment.id / f"{stem}{ending}"
    copy_whole(stored_path(store, attachment.sha256), target)
    return target
