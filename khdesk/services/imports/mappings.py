"""Sector words a user mapped in an import, remembered on this laptop for the next import.

A roster writes «Банк» or «Қонақ» for a sector no reference data lists; once the user has said
which sector it is, the next roster that writes it is counted under that sector too (and the
preview says the mapping was remembered, so that the user may change it). The mappings are this
installation's own, kept in the Meta table as JSON by the folded word (``sector_key``); they are
not records and never travel to headquarters.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlmodel import Session

from khdesk.storage.models import Meta

#: The Meta key of the remembered mappings.
KEY = "import_sector_mappings"
#: The most words remembered; the oldest are forgotten first.
MOST = 1000


def remembered(session: Session) -> dict[str, str]:
    """The remembered mappings: folded sector word -> sector code (nothing when none, or when
    the stored value is not what this module writes)."""
    row = session.get(Meta, KEY)
    if row is None:
        return {}
    try:
        stored = json.loads(row.value)
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, str) and k}


def remember(session: Session, choices: Mapping[str, str | None]) -> None:
    """Remember the user's choices (a code, or None to forget the word) for the next import."""
    if not choices:
        return
    kept = remembered(session)
    for key, code in choices.items():
        kept.pop(key, None)  # a word chosen again becomes the newest
        if code:
            kept[key] = code
    newest = dict(list(kept.items())[-MOST:])
    session.merge(Meta(key=KEY, value=json.dumps(newest, ensure_ascii=False, sort_keys=False)))
