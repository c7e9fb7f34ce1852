"""Messages of the services appear in the interface's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from khdesk.domain.errors import InvalidInput
from khdesk.domain.validation import clean_email, clean_line
from khdesk.ui.i18n import install_language
from khdesk.ui.messages import translated


def _error(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize(("language", "word"), [("kk", "Атауы"), ("ru", "Название")])
def test_validation_messages_are_translated_with_their_values(
    qtbot: QtBot, language: str, word: str
) -> None:
    install_language(language)
    empty = translated(_error(lambda: clean_line(" ", field="title", required=True)))
    email = translated(_error(lambda: clean_email("inkar@")))
    assert word.casefold() in empty.casefold()
    assert "inkar@" in email
    assert "malformed" not in email


def test_unknown_messages_pass_through_and_english_stays_english(qtbot: QtBot) -> None:
    assert translated("something new happened.") == "something new happened."
    message = _error(lambda: clean_email("inkar@"))
    assert translated(message) == message
