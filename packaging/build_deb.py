"""The Debian package (``make deb``): the one-folder build in ``/opt/khdesk``, ``khdesk`` on the
PATH, a desktop entry, the icon in every size, AppStream metadata, and the bundle file types
``.khb`` and ``.khr`` (opening one starts its import).

``python packaging/build_deb.py`` reads ``dist/khdesk`` (``make dist``) and ``build/icons``, and
writes ``dist/khdesk_VERSION_ARCH.deb`` whole or not at all. The desktop entry and the AppStream
metadata are checked first (``desktop-file-validate`` when it is there, ``appstreamcli
validate --no-net`` always): a file either refuses stops the build.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khdesk import __version__  # noqa: E402
from khdesk.ui.qt_check import DEBIAN_PACKAGES  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
APP_ID = "kz.qazaqstanhalqyna.khdesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: What the program needs of the system beyond its folder: the libraries Qt's xcb platform
#: loads (khdesk/ui/qt_check.py knows them), fonts, and the desktop's file-type database.
DEPENDS = sorted({*DEBIAN_PACKAGES.values(), "fontconfig", "shared-mime-info"})


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_path(arch: str | None = None) -> Path:
    return ROOT / "dist" / f"khdesk_{__version__}_{arch or architecture()}.deb"


def _check(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} refused it:\n{result.stdout}\n{result.stderr}")


def _tree(stage: Path) -> int:
    """Lay the package's files out under ``stage``; returns their size in KiB."""
    program = ROOT / "dist" / "khdesk"
    if not (program / "khdesk").exists():
        sys.exit("no build in dist/khdesk: run make dist first")
    shutil.copytree(program, stage / "opt" / "khdesk", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "khdesk").symlink_to("/opt/khdesk/khdesk")
    share = stage / "usr" / "share"
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy(LINUX / "khdesk.desktop", applications / "khdesk.desktop")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(ROOT / "build" / "icons" / f"khdesk-{size}.png", target / "khdesk.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "khdesk.svg", scalable / "khdesk.svg")
    mime = share / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy(LINUX / "khdesk-mime.xml", mime / "khdesk.xml")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    today = dt.date.today().isoformat()
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(
        text.replace("@VERSION@", __version__).replace("@DATE@", today), encoding="utf-8"
    )
    files = [p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) // 1024


def _control(stage: Path, arch: str, size_kib: int) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: khdesk\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: Qazaqstan Halqyna foundation <khdesk@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Section: office\n"
        f"Priority: optional\n"
        f"Description: offline desk for the round tables of Qazaqstan Halqyna\n"
        f" Facilitators register and check in participants, keep the minutes, capture\n"
        f" proposals and questions, record decisions and votes, and print protocols in\n"
        f" Kazakh and Russian, with no network; the laptop then writes a signed,\n"
        f" encrypted bundle for headquarters.\n",
        encoding="utf-8",
    )


def main() -> Path:
    arch = architecture()
    target = deb_path(arch)
    work = ROOT / "build" / "deb"
    shutil.rmtree(work, ignore_errors=True)
    stage = work / "root"
    stage.mkdir(parents=True)
    size = _tree(stage)
    _control(stage, arch, size)
    desktop = stage / "usr" / "share" / "applications" / "khdesk.desktop"
    if shutil.which("desktop-file-validate"):
        _check("desktop-file-validate", str(desktop))
    _check(
        "appstreamcli",
        "validate",
        "--no-net",
        "--pedantic",
        str(stage / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"),
    )
    partial = target.with_name(f".{target.name}.partial")
    # gzip: xz takes minutes over the Qt libraries on two cores, for 15% less
    built = subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        partial.unlink(missing_ok=True)
        sys.exit(f"dpkg-deb failed:\n{built.stdout}\n{built.stderr}")
    os.replace(partial, target)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1024 / 1024:.0f} MB")
    return target


if __name__ == "__main__":
    main()
