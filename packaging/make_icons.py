"""The application icon in the sizes a build needs, drawn from resources/icons/khdesk.svg:
PNG files for the Linux desktop (16 to 256 px) and a Windows .ico holding them all.

Run by ``make dist`` (``python packaging/make_icons.py OUT_DIR``); nothing it writes is kept
in git.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[QImage]) -> bytes:
    """An .ico file of PNG images (Windows Vista and later read PNG entries)."""
    entries = [png(image) for image in images]
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory, body = b"", b""
    for image, data in zip(images, entries, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 stands for 256
        directory += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        directory += (32).to_bytes(2, "little") + len(data).to_bytes(4, "little")
        directory += offset.to_bytes(4, "little")
        offset += len(data)
        body += data
    return header + directory + body


def main(out: Path) -> None:
    QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "khdesk.svg"))
    out.mkdir(parents=True, exist_ok=True)
    images = [draw(renderer, size) for size in SIZES]
    for size, image in zip(SIZES, images, strict=True):
        (out / f"khdesk-{size}.png").write_bytes(png(image))
    (out / "khdesk.ico").write_bytes(ico(images))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
