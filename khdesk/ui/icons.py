"""The window's icons: a subset of Tabler Icons (MIT, ``resources/icons/``), drawn as SVG in the
palette's text colour, so they follow a dark or a high-contrast theme and grey out when disabled.

How to add one: copy the outline SVG from Tabler Icons into ``resources/icons/`` (keep its name),
then add a line to ``ICONS`` naming what it stands for; ``tests/ui/test_icons.py`` renders every
entry.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from khdesk.paths import resources_dir

log = logging.getLogger(__name__)

#: What an icon stands for -> its file in resources/icons (Tabler's name, without ``.svg``).
ICONS = {
    "new-meeting": "calendar-plus",
    "open": "folder-open",
    "back": "arrow-left",
    "people": "users",
    "find": "search",
    "documents": "file-text",
    "document-settings": "file-settings",
    "send": "send",
    "import-bundles": "inbox",
    "reference-import": "file-import",
    "reference-export": "file-export",
    "enrol": "id-badge-2",
    "device-card": "device-laptop",
    "history": "history",
    "settings": "settings",
    "language": "language",
    "help": "help-circle",
    "shortcuts": "keyboard",
    "about": "info-circle",
    "copy": "copy",
    "quit": "door-exit",
    "add": "plus",
    "edit": "pencil",
    "delete": "trash",
    "attach": "paperclip",
    "cancel": "x",
    "back-up": "database-export",
    "backups": "restore",
    "retention": "hourglass",
    "app": "khdesk",  # khdesk's own, in its colours (resources/icons/README.md)
}


def icons_dir() -> str:
    return str(resources_dir() / "icons")


@cache
def _svg(file_name: str) -> bytes:
    path = resources_dir() / "icons" / f"{file_name}.svg"
    try:
        return path.read_bytes()
    except OSError as error:  # a broken installation: the action keeps its text
        log.error("icon %s cannot be read: %s", file_name, error.strerror)
        return b""


class _SvgIconEngine(QIconEngine):
    """One SVG icon, drawn at any size in the colour of the palette's text for its mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = {
            QIcon.Mode.Disabled: QPalette.ColorGroup.Disabled,
            QIcon.Mode.Active: QPalette.ColorGroup.Active,
        }.get(mode, QPalette.ColorGroup.Normal)
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        colour = palette.color(group, role).name().encode()
        return QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", colour)))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg)


def icon(name: str) -> QIcon:
    """The icon that stands for ``name`` (a key of ``ICONS``); an empty icon when its file is
    missing, so an action still shows its text."""
    svg = _svg(ICONS[name])
    if not svg:
        return QIcon()
    return QIcon(_SvgIconEngine(svg))
