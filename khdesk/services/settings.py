"""Settings kept in the database: what documents print (the logo, when to attach the list)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from khdesk.documents.settings import (
    LOGO_KEY,
    THRESHOLD_KEY,
    DocumentSettings,
    load_settings,
)
from khdesk.domain.errors import InvalidInput
from khdesk.storage.files import copy_whole
from khdesk.storage.models import Meta

LOGO_TYPES = (".png", ".jpg", ".jpeg")
MAX_LOGO_BYTES = 5 * 1024 * 1024


def document_settings(session: Session) -> DocumentSettings:
    return load_settings(session)


def set_logo(session: Session, data_dir: Path, source: Path | None) -> Path | None:
    """Keep a copy of ``source`` in the data folder as the documents' logo (None removes it)."""
    if source is None:
        existing = session.get(Meta, LOGO_KEY)
        if existing is not None:
            session.delete(existing)
        return None
    if not source.is_file():
        raise InvalidInput("{path} does not exist: check the path of the logo.", path=str(source))
    if source.suffix.lower() not in LOGO_TYPES:
        raise InvalidInput(
            "{name} is not a PNG or JPEG image: choose the logo as one.", name=source.name
        )
    if source.stat().st_size > MAX_LOGO_BYTES:
        raise InvalidInput(
            "{name} is larger than 5 MB: choose a smaller logo image.", name=source.name
        )
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(str(source)).getSize()
    except Exception:  # any failure to read it means the same thing to the user
        raise InvalidInput(
            "{name} cannot be read as an image: choose another file.", name=source.name
        ) from None
    target = data_dir / "documents" / f"logo{source.suffix.lower()}"
    copy_whole(source, target)
    session.merge(Meta(key=LOGO_KEY, value=str(target)))
    return target


def set_list_attached_above(session: Session, count: int) -> None:
    """Above ``count`` present, protocols say "list attached" instead of naming everyone."""
    if not 0 <= count <= 100_000:
        raise InvalidInput(
            "{count} is not a number of participants: give 0 to 100000.", count=count
        )
    session.merge(Meta(key=THRESHOLD_KEY, value=str(count)))
