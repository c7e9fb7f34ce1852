"""Reference codes (sectors, directions, sections) found by their code or by any of their names.

Files name a sector "НПО", "ҮЕҰ / азаматтық қоғам" or "ngo"; a direction "D2", "Д2" or its name
in Kazakh, Russian or English. The comparison ignores case, spacing, punctuation, the Kazakh
letters Russian lacks and Latin letters typed in place of Cyrillic look-alikes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from khdesk.domain.names import name_key
from khdesk.io.tables import header_key
from khdesk.storage.models import Direction, Section, Sector

# "D2", "d 2", "Д2" (Cyrillic), "D2.3": the codes of directions and sections as people type them
_DIRECTION_CODE = re.compile(r"^\s*[DdДд]\s*\.?\s*(\d+)\s*$")
_SECTION_CODE = re.compile(r"^\s*[DdДд]\s*\.?\s*(\d+)\s*[.,]\s*(\d+)\s*$")


def lookup_key(text: str) -> str:
    """The form in which a code or a name is compared."""
    return header_key(name_key(text))


class CodeLookup:
    """The codes of one reference table, found by the code itself or by any of its names."""

    def __init__(self, entries: Iterable[tuple[str, Sequence[str]]]) -> None:
        self._codes: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        for code, names in entries:
            self._codes[code.casefold()] = code
            for text in (code, *names):
                self._add(text, code)
                # "НПО / гражданское общество": either half alone names the sector too
                if "/" in text:
                    for part in text.split("/"):
                        self._add(part, code)

    def _add(self, text: str, code: str) -> None:
        key = lookup_key(text)
        if key:
            self._by_key.setdefault(key, code)

    def find(self, text: str) -> str | None:
        """The code named by ``text``, or None when nothing is named that way."""
        text = text.strip()
        if not text:
            return None
        if (code := self._codes.get(text.casefold())) is not None:
            return code
        section = _SECTION_CODE.match(text)
        if section:
            return self._codes.get(f"d{section.group(1)}.{section.group(2)}")
        direction = _DIRECTION_CODE.match(text)
        if direction:
            return self._codes.get(f"d{direction.group(1)}")
        return self._by_key.get(lookup_key(text))

    @property
    def codes(self) -> list[str]:
        return list(self._codes.values())


def sector_lookup(session: Session) -> CodeLookup:
    rows = session.exec(select(Sector).order_by(col(Sector.position)))
    return CodeLookup((s.code, (s.name_kk, s.name_ru, s.name_en)) for s in rows)


def direction_lookup(session: Session) -> CodeLookup:
    rows = session.exec(select(Direction).order_by(col(Direction.position)))
    return CodeLookup((d.code, (d.name_kk, d.name_ru, d.name_en)) for d in rows)


def section_lookup(session: Session) -> tuple[CodeLookup, dict[str, str]]:
    """Sections by code or name, and the direction each section belongs to."""
    rows = list(session.exec(select(Section).where(Section.active == True)))  # noqa: E712
    lookup = CodeLookup((s.code, (s.name_kk, s.name_ru, s.name_en)) for s in rows)
    return lookup, {s.code: s.direction_code for s in rows}
