"""Qt settings a test writes kept in a folder of its own, never in the user's configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


@pytest.fixture
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """``QSettings()`` reads and writes under the test's folder while the test runs."""
    folder = tmp_path / "settings"
    for kind in _FORMATS:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield folder
    usual = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in _FORMATS:
        QSettings.setPath(kind, QSettings.Scope.UserScope, usual)
