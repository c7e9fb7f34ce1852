"""UI tests start in English (the source language) unless they choose another."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from khdesk.ui.i18n import install_language


@pytest.fixture(autouse=True)
def english(qtbot: QtBot) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")
