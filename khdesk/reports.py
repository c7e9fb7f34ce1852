"""The log and crash reports: what went wrong and where, with no personal data in them.

khdesk never logs a person's name, phone or e-mail on purpose; this module makes sure none gets
in by accident either. Every log line and every crash report passes through ``scrub``, which
replaces e-mail addresses, phone numbers, quoted values, words in any non-Latin script (Kazakh
and Russian names, organisations, texts) and the user's home folder. A crash report keeps what a
developer needs: the versions, the exception's type, the frames (file, line, function, the line
of code), and its message scrubbed; for a ``KhdeskError`` only its template, which holds no
values.

The log lives in the user's log folder (``~/.local/state/khdesk/log`` on Linux), in files that
rotate; crash reports in the data folder's ``crash-reports/``.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import platform
import re
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from khdesk import __version__

LOG_FILE = "khdesk.log"
LOG_BYTES, LOG_FILES = 1024 * 1024, 5

_EMAIL = re.compile(r"[^\s@<>()\"',;]+@[^\s@<>()\"',;]+")
# a phone: at least seven digits, with the separators people write between them
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»|“[^”\n]*”")
# a word with a letter outside ASCII: Kazakh and Russian names, organisations and texts
_FOREIGN_WORD = re.compile(r"[\w-]*[^\x00-\x7f\W][\w-]*")


def _home() -> str:
    return os.path.expanduser("~")


def scrub(text: str) -> str:
    """``text`` without anything that may be personal data (see the module docstring)."""
    home = _home()
    if home and home != "/":
        text = text.replace(home, "~")
    text = _EMAIL.sub("<e-mail>", text)
    text = _QUOTED.sub("'…'", text)
    text = _FOREIGN_WORD.sub("…", text)
    return _PHONE.sub("<number>", text)


class ScrubbingFormatter(logging.Formatter):
    """Formats a record as usual, with its message and traceback scrubbed (its time is not)."""

    def format(self, record: logging.LogRecord) -> str:
        original = record.msg, record.args
        record.msg, record.args = scrub(record.getMessage()), None
        try:
            return super().format(record)
        finally:
            record.msg, record.args = original

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return scrub(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return scrub(super().formatStack(stack_info))


def log_folder() -> Path:
    """The user's log folder for khdesk."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("khdesk", appauthor=False))


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send khdesk's log to rotating files in ``folder`` (the user's log folder by default);
    returns the log file, or None when the folder cannot be written (khdesk then runs without
    a log rather than not at all)."""
    folder = folder or log_folder()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "khdesk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.khdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(
        ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    return folder / LOG_FILE


def versions() -> dict[str, str]:
    """What a developer needs to know of the installation, and nothing about its user."""
    from khdesk.storage.database import SCHEMA_REVISION

    found = {
        "khdesk": __version__,
        "schema": SCHEMA_REVISION,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        found["qt"] = str(getattr(qt, "qVersion", lambda: "?")())
        found["pyside6"] = str(getattr(sys.modules.get("PySide6"), "__version__", "?"))
    return found


def describe(error: BaseException) -> str:
    """The exception's type and message, the message scrubbed (a KhdeskError's template)."""
    from khdesk.domain.errors import KhdeskError

    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    if isinstance(error, KhdeskError):
        return f"{kind}: {error.message.template}"
    text = " ".join(str(error).split())
    return f"{kind}: {scrub(text)}" if text else kind


def report_text(
    error: BaseException, tb: TracebackType | None = None, *, where: str = "khdesk"
) -> str:
    """The crash report of ``error``: versions, the exception and its frames, scrubbed."""
    lines = [f"khdesk crash report, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}"]
    lines.append(f"in: {where}")
    lines += [f"{name}: {value}" for name, value in versions().items()]
    lines.append("")
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        frames = traceback.extract_tb(tb if item is error and tb else item.__traceback__)
        for frame in frames:
            lines.append(f'  File "{scrub(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {scrub(frame.line.strip())}")
        lines.append(describe(item))
    return "\n".join(lines) + "\n"


def write_crash_report(
    folder: Path, error: BaseException, tb: TracebackType | None = None, *, where: str = "khdesk"
) -> Path | None:
    """Write the report of ``error`` into ``folder`` (whole or not at all); its path, or None
    when it could not be written."""
    from khdesk.storage.files import write_whole

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"crash-{stamp}.txt"
    try:
        write_whole(target, report_text(error, tb, where=where).encode("utf-8"))
    except Exception:  # a report that cannot be written must not hide the crash itself
        logging.getLogger(__name__).exception("the crash report could not be written")
        return None
    logging.getLogger(__name__).error("crash report written: %s", target.name)
    return target
