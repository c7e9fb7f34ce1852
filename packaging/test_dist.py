"""The smoke test of the one-folder build (``make test-dist``): the built program, not the
source, answers ``--version``, opens its window offscreen and quits, and writes a protocol in
Kazakh whose letters are in the PDF; the folder's size is printed against its goal.

Each step runs ``dist/khdesk/khdesk`` in a fresh data folder and fails with what it printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "dist" / "khdesk" / ("khdesk.exe" if os.name == "nt" else "khdesk")
#: The folder's goal (a bare PySide6 window packed the same way is 181 MB).
GOAL_MB = 150


def run(data: Path, *args: str, **env: str) -> str:
    result = subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "KHDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", **env},
    )
    if result.returncode != 0:
        sys.exit(f"dist/khdesk/khdesk {' '.join(args)} failed ({result.returncode}):\n"
                 f"{result.stdout}\n{result.stderr}")  # fmt: skip
    return result.stdout


def size_mb(folder: Path) -> float:
    # a link (PyInstaller links a library's other names to it) takes no room of its own
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1024 / 1024


def main() -> None:
    if not PROGRAM.exists():
        sys.exit("no build in dist/khdesk: run make dist first")
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        version = run(data, "--version")
        assert version.startswith("khdesk "), version
        run(data, "init", "--role", "facilitator", "--region", "71", "--name", "Ұлжан Әбенова")
        run(data, "demo")
        meetings = json.loads(run(data, "meetings", "list", "--json"))
        closed = [m for m in meetings if m["status"] == "closed"] or meetings
        protocol = Path(scratch) / "protocol.pdf"
        run(data, "protocol", closed[0]["id"], "--lang", "kk", "--out", str(protocol))
        reader = PdfReader(protocol)
        text = "".join(page.extract_text() for page in reader.pages)
        fonts = {
            str(font.get_object().get("/BaseFont"))
            for page in reader.pages
            for font in page["/Resources"]["/Font"].values()
        }
        # the letters are drawn with the font the build carries, not a system one
        assert any("PTSans" in name for name in fonts), f"fonts of the protocol: {fonts}"
        missing = [letter for letter in "ҚҰ" if letter not in text]
        assert not missing, f"the protocol lacks the letters {missing}"
        assert "ХАТТАМА" in text.upper(), "the protocol has no title in Kazakh"
        # the window: it opens on the database, fills itself, and quits as asked
        run(data, KHDESK_QUIT_AFTER_START="1")
    size = size_mb(PROGRAM.parent)
    verdict = "met" if size < GOAL_MB else "missed"
    print(f"dist/khdesk: {version.strip()}; window, protocol with Kazakh letters: ok; "
          f"{size:.0f} MB (goal under {GOAL_MB} MB: {verdict})")  # fmt: skip


if __name__ == "__main__":
    main()
