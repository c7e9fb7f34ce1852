"""Checks that Qt can start here, and names the missing system package when it cannot.

Run as ``python -m khdesk.ui.qt_check`` (``make run`` and ``make test`` do): it imports nothing of
khdesk beyond this file and the package's standard-library start (``khdesk/ui/singletons.py``),
so it works even when PySide6 itself fails to load.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

#: Shared libraries Qt loads, and the Debian package that provides each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
_MISSING = re.compile(r"(lib[\w.+-]+\.so[.\d]*): cannot open shared object file")
_PROBE = (
    "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication(sys.argv[:1])\n"
)


def missing_libraries(output: str) -> list[str]:
    """The shared libraries that ``output`` (a loader or Qt message) says could not be opened."""
    return sorted(set(_MISSING.findall(output)))


def advice(libraries: list[str]) -> str:
    packages = sorted(
        {DEBIAN_PACKAGES.get(lib, f"the package that provides {lib}") for lib in libraries}
    )
    return (
        f"Qt cannot start because {', '.join(libraries)} is missing: install it with "
        f"'sudo apt-get install {' '.join(packages)}' and try again."
    )


def _no_display() -> str | None:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (
        sys.platform.startswith("linux")
        and not platform
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        return (
            "there is no display to open a window on: start khdesk from a desktop session, "
            "or under 'xvfb-run make run' on a machine without a screen."
        )
    return None


def quick_check() -> str | None:
    """The checks that cost nothing at start-up: a display, and Qt's libraries importing."""
    problem = _no_display()
    if problem:
        return problem
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        libraries = missing_libraries(str(exc))
        return advice(libraries) if libraries else f"Qt cannot be loaded ({exc})."
    return None


def check() -> str | None:
    """None when Qt starts; otherwise one sentence that says what is wrong and what to do.

    This starts Qt in a child process (its plugins abort the process they fail in), so it is
    run by ``make run`` and ``make test`` before the application, not at every start.
    """
    problem = _no_display()
    if problem:
        return problem
    env = dict(os.environ, QT_DEBUG_PLUGINS="1")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode == 0:
        return None
    output = result.stdout + result.stderr
    libraries = missing_libraries(output)
    if libraries:
        return advice(libraries)
    last = [line for line in output.strip().splitlines() if line.strip()][-1:] or ["no output"]
    return f"Qt cannot start ({last[0].strip()}): see README.md, 'System packages'."


def main() -> int:
    problem = check()
    if problem:
        print(f"khdesk: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
