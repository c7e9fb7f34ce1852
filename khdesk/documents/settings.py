"""What a secretary sets once for every document: the foundation's logo, when to attach the list,
how a Kazakh and Russian protocol puts its two languages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from khdesk.storage.models import Meta

LOGO_KEY = "documents.logo"
THRESHOLD_KEY = "documents.list_attached_above"
DEFAULT_THRESHOLD = 40
BILINGUAL_KEY = "documents.bilingual"
#: How a kk+ru protocol puts its languages: Kazakh and Russian in parallel columns (Kazakh on
#: the left), or the whole Kazakh text followed by the whole Russian text.
BILINGUAL_LAYOUTS = ("columns", "sequence")


@dataclass(frozen=True)
class DocumentSettings:
    """The settings documents follow (stored in the database's ``meta`` table)."""

    #: An image printed above the protocol's heading; None for none.
    logo: Path | None = None
    #: Above this many present, the protocol says "list attached" instead of naming everyone.
    list_attached_above: int = DEFAULT_THRESHOLD
    #: One of ``BILINGUAL_LAYOUTS``: parallel columns unless a secretary chose otherwise.
    bilingual: str = "columns"


def load_settings(session: Session) -> DocumentSettings:
    logo = session.get(Meta, LOGO_KEY)
    threshold = session.get(Meta, THRESHOLD_KEY)
    bilingual = session.get(Meta, BILINGUAL_KEY)
    layout = bilingual.value if bilingual else None
    logo_path = Path(logo.value) if logo and logo.value else None
    return DocumentSettings(
        logo=logo_path if logo_path and logo_path.is_file() else None,
        list_attached_above=int(threshold.value) if threshold else DEFAULT_THRESHOLD,
        bilingual=layout if layout in BILINGUAL_LAYOUTS else "columns",
    )
