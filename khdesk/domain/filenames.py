"""File names from outside (an attachment's, a bundle's): kept to be shown, never used as paths.

A name that came from a file chooser, a bundle or a roster may hold folders (``../``, ``C:\\``),
control characters, or a name Windows reserves (``CON``, ``LPT1``). khdesk shows such a name to
people, but every file it writes or opens gets a path khdesk made itself.
"""

from __future__ import annotations

import re
import unicodedata

#: The longest name khdesk keeps to show (most file systems allow 255 bytes).
MAX_NAME = 120
_SEPARATORS = re.compile(r"[/\\]")
_DRIVE = re.compile(r"^[A-Za-z]:")
# characters Windows does not allow in a name, and control characters anywhere
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "clock$"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)


def display_name(name: str, *, fallback: str = "file") -> str:
    """``name`` as it may be shown and stored: the last part of a path, without a drive, control
    or invisible characters, or characters Windows forbids; a reserved Windows name gets a
    leading underscore; at most ``MAX_NAME`` characters, keeping the ending."""
    text = unicodedata.normalize("NFC", name)
    text = _SEPARATORS.split(text)[-1]
    text = _DRIVE.sub("", text)
    text = _FORBIDDEN.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if not text:
        return fallback
    if text.partition(".")[0].casefold() in _RESERVED:
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, dot, ending = text.rpartition(".")
        if dot and 0 < len(ending) <= 10:
            text = stem[: MAX_NAME - len(ending) - 1].rstrip(" .") + "." + ending
        else:
            text = text[:MAX_NAME].rstrip(" .")
    return text


def is_display_name(name: str) -> bool:
    """True when ``name`` is already what ``display_name`` makes of it."""
    return bool(name) and display_name(name, fallback="") == name


#: The largest file khdesk keeps as an attachment (a multi-page scan fits comfortably).
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
