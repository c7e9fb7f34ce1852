"""The log and crash reports: what went wrong and where, with no personal data in them.

khdesk never logs a person's name, phone or e-mail on purpose; this module makes sure none gets
in by accident either. Every log line and every crash report passes through ``scrub``, which
replaces e-mail addresses, phone numbers, quoted values, words in any non-Latin script (Kazakh
and Russian names, organisations, texts), names written in Latin letters ("Inkar Zhumabekova":
two or more capitalised words in a row) and the user's home folder. A crash report keeps what a
developer needs: the versions, the exception's type, the frames (file, line, function, the line
of code), and its message scrubbed; for a ``KhdeskError`` only its template, which holds no
values. Local variables are never written.

The log lives in the user's log folder (``~/.local/state/khdesk/log`` on Linux, or
``KHDESK_LOG_DIR``), in files that rotate; crash reports in the data folder's ``crash-reports/``.
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
#: moves the log elsewhere (tests, a portable installation)
LOG_DIR_VARIABLE = "KHDESK_LOG_DIR"

_EMAIL = re.compile(r"[^\s@<>()\"',;]+@[^\s@<>()\"',;]+")
# a phone: at least seven digits, with the separators people write between them
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»|“[^”\n]*”")
# a word with a letter outside ASCII: Kazakh and Russian names, organisations and texts
_FOREIGN_WORD = re.compile(r"[\w-]*[^\x00-\x7f\W][\w-]*")
# a name in Latin letters: two or more capitalised words in a row ("Inkar Zhumabekova",
# "ZHUMABEKOVA Inkar"); code and Python's messages rarely look like that
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z'-]*[a-z][A-Za-z'-]*(?:[ \t]+[A-Z][A-Za-z'-]+)+\b|"
                         r"\b[A-Z]{2,}(?:[ \t]+[A-Z][a-z][A-Za-z'-]*)+\b")  # fmt: skip


def _home() -> str:
    return os.path.expanduser("~")


def _without_home(text: str) -> str:
    home = _home().rstrip("/\\")
    if not home or home in ("/", "~"):
        return text
    # Windows spells one folder with either slash and in any case
    spellings = {home, home.replace("\\", "/")}
    flags = re.IGNORECASE if os.name == "nt" else 0
    pattern = "|".join(re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    return re.sub(pattern, "~", text, flags=flags)


def scrub(text: str) -> str:
    """``text`` without anything that may be personal data (see the module docstring)."""
    text = _without_home(text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _QUOTED.sub("'…'", text)
    text = _FOREIGN_WORD.sub("…", text)
    text = _LATIN_NAME.sub("…", text)
    return _PHONE.sub("<number>", text)


class ScrubbingFormatter(logging.Formatter):
    """Formats a record as usual, with its message and traceback scrubbed (its time is not).

    A record logged with ``extra={"scrubbed": True}`` holds only text that ``scrub`` has already
    seen (a crash's frames, see ``traceback_text``): scrubbing it again would blank the file names
    Python quotes.
    """

    def format(self, record: logging.LogRecord) -> str:
        original = record.msg, record.args, record.exc_text
        message = record.getMessage()
        if not getattr(record, "scrubbed", False):
            message = scrub(message)
        # the traceback another handler formatted first is cached on the record, unscrubbed
        record.msg, record.args, record.exc_text = message, None, None
        try:
            return super().format(record)
        finally:
            record.msg, record.args, record.exc_text = original

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return scrub(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return scrub(super().formatStack(stack_info))


def log_folder() -> Path:
    """The folder of khdesk's log: ``KHDESK_LOG_DIR``, or the user's log folder."""
    chosen = os.environ.get(LOG_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir("khdesk", appauthor=False))


def _khdesk_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "khdesk", False)]


def log_file() -> Path | None:
    """The file khdesk logs to now, or None when logging is not configured."""
    for handler in _khdesk_handlers():
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def stop_logging() -> None:
    """Close khdesk's log file (the end of a test; nothing else needs it)."""
    root = logging.getLogger()
    for handler in _khdesk_handlers():
        root.removeHandler(handler)
        handler.close()
        level = getattr(handler, "khdesk_previous_level", None)
        if level is not None:
            root.setLevel(level)


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send khdesk's log to rotating files in ``folder`` (the user's log folder by default);
    returns the log file, or None when the folder cannot be written (khdesk then runs without
    a log rather than not at all)."""
    folder = folder or log_folder()
    root = logging.getLogger()
    previous = root.level
    for handler in _khdesk_handlers():
        previous = getattr(handler, "khdesk_previous_level", previous)
    stop_logging()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.khdesk = True  # type: ignore[attr-defined]
    handler.khdesk_previous_level = previous  # type: ignore[attr-defined]
    handler.setFormatter(
        ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s")
    )
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return folder / LOG_FILE


def versions() -> dict[str, str]:
    """What a developer needs to know of the installation, and nothing about its user."""
    try:
        from khdesk.storage.database import SCHEMA_REVISION
    except Exception:  # a report is still worth writing when the storage layer is what broke
        SCHEMA_REVISION = "?"  # noqa: N806

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


def _frame_lines(frames: traceback.StackSummary) -> list[str]:
    lines = []
    for frame in frames:
        lines.append(f'  File "{scrub(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {scrub(frame.line.strip())}")
    return lines


def traceback_text(error: BaseException, tb: TracebackType | None = None) -> str:
    """The exception, what led to it and its frames, scrubbed: what the log keeps of a crash."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        lines += _frame_lines(
            traceback.extract_tb(tb if item is error and tb else item.__traceback__)
        )
        lines.append(describe(item))
    return "\n".join(lines)


def report_text(
    error: BaseException,
    tb: TracebackType | None = None,
    *,
    where: str = "khdesk",
    stack: traceback.StackSummary | None = None,
) -> str:
    """The crash report of ``error``: versions, the exception and its frames, scrubbed.

    ``stack`` is where the Python code was when something other than an exception stopped
    khdesk (Qt's fatal message): it is written before the exception.
    """
    lines = [f"khdesk crash report, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}"]
    lines.append(f"in: {scrub(where)}")
    lines += [f"{name}: {value}" for name, value in versions().items()]
    lines.append("")
    if stack:
        lines.append("Python was here:")
        lines += _frame_lines(stack)
    lines.append(traceback_text(error, tb))
    return "\n".join(lines) + "\n"


def write_crash_report(
    folder: Path,
    error: BaseException,
    tb: TracebackType | None = None,
    *,
    where: str = "khdesk",
    stack: traceback.StackSummary | None = None,
) -> Path | None:
    """Write the report of ``error`` into ``folder`` (whole or not at all); its path, or None
    when it could not be written."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"crash-{stamp}.txt"
    try:
        from khdesk.storage.files import write_whole

        text = report_text(error, tb, where=where, stack=stack)
        write_whole(target, text.encode("utf-8"))
    except Exception:  # a report that cannot be written must not hide the crash itself
        logging.getLogger(__name__).exception("the crash report could not be written")
        return None
    # the name is khdesk's own (a time stamp); scrubbed, it would read as a phone number
    logging.getLogger(__name__).error(
        "crash report written: %s", target.name, extra={"scrubbed": True}
    )
    return target
