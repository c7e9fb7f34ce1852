"""Keeps ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0's wheels return ``None`` from every method that returns nothing
(``setObjectName``, ``QTimer.singleShot``, ``setText`` …) and ``True`` from ``Signal.emit``
without adding the reference that Python 3.11 expects; from Python 3.12 on these objects are
immortal (PEP 683), so the missing reference does no harm there. On 3.11 each such call takes one
reference away: after a few thousand calls ``None``'s count reaches zero and the process stops
with "Fatal Python error: none_dealloc", at a random moment of a facilitator's day or while the
interpreter exits.

``keep_alive()`` gives these objects what 3.12 gives them: a reference count so high that no
number of missing references can bring it to zero. They are never freed anyway, so nothing else
changes. It is called when ``khdesk.ui`` is first imported, before any Qt call; on Python 3.12
and later, or on an interpreter that does not lay objects out as CPython 3.11 does, it does
nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys

#: A count no day's work can bring to zero, far from the 64-bit limit either way.
HIGH = 1 << 60
SINGLETONS = (None, True, False, NotImplemented, Ellipsis)


def needed() -> bool:
    """True on an interpreter whose singletons are mortal and whose layout this module knows."""
    return (
        platform.python_implementation() == "CPython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")  # a debug build has other fields first
        and ctypes.sizeof(ctypes.c_ssize_t) == ctypes.sizeof(ctypes.c_void_p)
    )


def keep_alive() -> bool:
    """Raise the reference counts of the singletons once; True when it did."""
    if not needed():
        return False
    for value in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt: a PyObject's first field
        if count.value < HIGH:
            count.value += HIGH
    return True
