"""The test of the Debian package (``make test-deb``): it is installed with ``dpkg -i``, the
installed ``khdesk`` runs from the PATH, a reference bundle given to it as a file manager gives
it (``khdesk FILE.khr``) is imported, the desktop knows the bundle file types; then the package
is purged, and the user's data is still there.

It installs into this machine's ``/opt`` and ``/usr``, so it needs root (or ``sudo`` without a
password); it refuses to run where khdesk is installed already, and purges what it installed
whatever happens. Missing libraries the package depends on are installed with apt-get first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_deb import DEPENDS, deb_path


def _root() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0:
        return ["sudo", "-n"]
    sys.exit("the package test installs into /opt and /usr: run it as root or with sudo")


def _as_root(*command: str) -> None:
    result = subprocess.run([*_root(), *command], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and result.stdout.endswith(" installed")


def _khdesk(home: Path, data: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # the default data folder under $HOME, whatever this shell says
    ours = ("KHDESK_DATA_DIR", "KHDESK_DB", "KHDESK_LOG_DIR", "XDG_DATA_HOME", "XDG_STATE_HOME")
    environment = {key: value for key, value in os.environ.items() if key not in ours}
    environment |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        ["khdesk", "--data-dir", data, *args] if data else ["khdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
        cwd=home,
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    if result.returncode != 0:
        sys.exit(f"{' '.join(result.args)} failed ({result.returncode}):\n"
                 f"{result.stdout}\n{result.stderr}")  # fmt: skip
    return result.stdout


def _check_installed(home: Path) -> None:
    assert shutil.which("khdesk") == "/usr/bin/khdesk", shutil.which("khdesk")
    assert Path("/opt/khdesk/khdesk").is_file()
    version = _ok(_khdesk(home, "", "--version"))
    assert version.startswith("khdesk "), version
    # the desktop entry, its icon and the file types, registered by dpkg's triggers
    assert Path("/usr/share/applications/khdesk.desktop").is_file()
    assert Path("/usr/share/icons/hicolor/16x16/apps/khdesk.png").is_file()
    for kind in ("changes", "reference"):
        assert Path(f"/usr/share/mime/application/x-khdesk-{kind}.xml").is_file(), kind
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if cache.exists():  # written where desktop-file-utils is installed
        assert "application/x-khdesk-reference=khdesk.desktop" in cache.read_text()


def _open_a_reference_bundle(home: Path) -> None:
    """Headquarters and a region on this machine, each with its own folder; the region opens the
    reference bundle as a file manager's double click does, and can then send."""
    hq, region = str(home / "hq"), ""  # the region uses the default data folder under $HOME
    _ok(_khdesk(home, hq, "init", "--role", "hq", "--name", "Орталық аппарат"))
    _ok(_khdesk(home, region, "init", "--role", "facilitator", "--region", "71",
                "--name", "Ұлжан Әбенова"))  # fmt: skip
    card = home / "astana.card"
    _ok(_khdesk(home, region, "device", "card", "--out", str(card)))
    _ok(_khdesk(home, hq, "device", "enroll", str(card)))
    reference = home / "Жүктеулер" / "ref.khr"
    reference.parent.mkdir()
    _ok(_khdesk(home, hq, "reference", "export", "--out", str(reference)))
    before = _khdesk(home, region, "bundle", "export", "--out", str(home / "before.khb"))
    assert before.returncode != 0, "a region sent before it had the reference bundle"
    _ok(_khdesk(home, region, str(reference), KHDESK_QUIT_AFTER_START="1"))
    _ok(_khdesk(home, region, "bundle", "export", "--out", str(home / "after.khb")))


def main() -> None:
    deb = deb_path()
    if not deb.exists():
        sys.exit(f"no {deb.name} in dist: run make deb first")
    if _installed("khdesk"):
        sys.exit("khdesk is installed on this machine already: the package test would replace it")
    missing = [package for package in DEPENDS if not _installed(package)]
    if missing:
        _as_root("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing)
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        try:
            _as_root("dpkg", "-i", str(deb))
            _check_installed(home)
            _open_a_reference_bundle(home)
        finally:
            _as_root("dpkg", "--purge", "khdesk")
        assert not Path("/opt/khdesk").exists() and shutil.which("khdesk") is None
        assert not Path("/usr/share/mime/application/x-khdesk-changes.xml").exists()
        # the user's data stays: the database and keys in their folders
        data = home / ".local" / "share" / "khdesk"
        assert (data / "khdesk.db").is_file() and (home / "hq" / "khdesk.db").is_file()
        assert any((data / "keys").iterdir())
    print(f"{deb.name}: installed, ran, opened a bundle, purged; the user's data stayed")


if __name__ == "__main__":
    main()
