"""Stand-ins for the window's translations, to see a refusal as a Kazakh or Russian user does."""

from __future__ import annotations

from functools import cache

from khdesk.domain.errors import KhdeskError, Message
from khdesk.ui.collect_texts import collect


def _message(what: KhdeskError | Message) -> Message:
    return what.message if isinstance(what, KhdeskError) else what


def in_language(what: KhdeskError | Message, translations: dict[str, str]) -> str:
    """``what`` as the window shows it with ``translations`` (English text -> translated text)
    loaded: the sentence's template and each of its labels are looked up, the values are not.

    A sentence whose values were baked into it, or a field name that is not a label, stays
    English here, as it would in the window.
    """
    return _message(what).render(lambda text, _context: translations.get(text, text))


@cache
def _collected() -> frozenset[tuple[str, str]]:
    found, _violations = collect()
    return frozenset((item.context, item.text) for item in found)


def untranslatable(what: KhdeskError | Message) -> list[tuple[str, str]]:
    """The (context, text) pairs the window looks up to show ``what`` that ``make
    translations`` does not collect from the code: no translation of them can exist."""
    looked_up: list[tuple[str, str]] = []

    def record(text: str, context: str) -> str:
        looked_up.append((context, text))
        return text

    _message(what).render(record)
    return [pair for pair in looked_up if pair not in _collected()]
