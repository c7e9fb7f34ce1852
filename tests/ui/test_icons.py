"""The bundled icons: every one khdesk names is there, with its licence, and draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from khdesk.paths import resources_dir
from khdesk.ui.icons import ICONS, icon

FOLDER = resources_dir() / "icons"


def _inked(image_icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> int:
    image = image_icon.pixmap(QSize(24, 24), mode).toImage()
    return sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 100)


@pytest.mark.parametrize("name", sorted(ICONS))
def test_every_icon_draws(qtbot: QtBot, name: str) -> None:
    assert (FOLDER / f"{ICONS[name]}.svg").is_file()
    assert _inked(icon(name)) > 30  # a drawing, not an empty square
    assert _inked(icon(name), QIcon.Mode.Disabled) > 30


def test_the_icons_come_with_their_licence() -> None:
    licence = (FOLDER / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Paweł Kuna" in licence
    bundled = {path.stem for path in Path(FOLDER).glob("*.svg")}
    assert bundled == set(ICONS.values())  # nothing shipped that khdesk does not use


def test_the_icons_take_the_palettes_text_colour(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette

    image = icon("people").pixmap(QSize(48, 48)).toImage()
    ink = [
        image.pixelColor(x, y)
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    ]
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    assert ink and all(colour.rgb() == text.rgb() for colour in ink)
