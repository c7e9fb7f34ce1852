"""The Qt start-up check names the Debian package behind a missing library."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.ui import qt_check

LOADER_OUTPUT = (
    "ImportError: libEGL.so.1: cannot open shared object file: No such file or directory\n"
    'qt.core.library: "/x/libqxcb.so" cannot load: libxkbcommon.so.0: cannot open shared object '
    "file: No such file or directory\n"
)


def test_missing_libraries_are_read_from_loader_messages() -> None:
    assert qt_check.missing_libraries(LOADER_OUTPUT) == ["libEGL.so.1", "libxkbcommon.so.0"]


def test_advice_names_the_debian_packages() -> None:
    advice = qt_check.advice(["libEGL.so.1", "libxkbcommon.so.0"])
    assert "sudo apt-get install libegl1 libxkbcommon0" in advice


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    assert "xvfb-run" in (qt_check.check() or "")


def test_qt_starts_here_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_check.check() is None


def test_the_readme_installs_every_package_qt_check_knows() -> None:
    """A new user on a bare machine runs the README's one line and meets no missing library."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (line,) = [row for row in readme.splitlines() if row.startswith("sudo apt-get install lib")]
    assert set(line.split()[3:]) == set(qt_check.DEBIAN_PACKAGES.values())
