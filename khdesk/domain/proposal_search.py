"""The folded key a proposal is searched by: its text, author and organisation, folded as the
check-in search folds names (``khdesk.domain.names``), so that «Казахстан» finds «Қазақстан»."""

from __future__ import annotations

from khdesk.domain.names import Typed, fold, skeletons, typed_words


def proposal_search_key(text: str, author: str | None, organisation: str | None) -> str:
    """What the review's search looks in for one proposal: the words of its text, author and
    organisation folded (``fold``), then their skeletons (``skeletons``); a typed word is found
    in it exactly when ``khdesk.domain.names.text_matches`` finds it in the three together."""
    words = " ".join(part for part in (text, author, organisation) if part)
    return f"{fold(words)} {skeletons(words)}"


def search_words(search: str | None) -> list[Typed]:
    """The words of a search of proposals (none for an empty one)."""
    return typed_words(search) if search else []


__all__ = ["proposal_search_key", "search_words"]
