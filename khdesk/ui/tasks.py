"""Running slow work off the GUI thread and bringing the result back to it, and collecting
garbage on the GUI thread only.

``run_in_background`` hands a plain function to a worker thread through the running qasync loop
and awaits it; the GUI stays responsive meanwhile. Never touch a widget from the function: only
from the code after the ``await``.

Python's cyclic garbage collector runs in whichever thread happens to allocate when its counters
fill up. Garbage often holds Qt wrappers (a closed dialog and the lambdas connected to it), and a
Qt object destroyed from a worker thread crashes the process, at random, mostly on a busy
machine. So the automatic collector is off (``collect_on_the_gui_thread``) and a timer of the
GUI thread collects instead, as Anki does.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="khdesk-work")


async def run_in_background(function: Callable[..., T], *args: Any) -> T:
    """Run ``function(*args)`` in a worker thread; returns its result on the GUI thread."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor, function, *args)


def start(coroutine: Any) -> asyncio.Task[Any] | None:
    """Schedule a coroutine from a slot; without a running loop (tests) it is run to the end."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is not None:
        return loop.create_task(coroutine)
    asyncio.run(coroutine)
    return None


def settle_after_start_up() -> None:
    """Move everything built at start-up out of the garbage collector's sight.

    Qt's wrappers, SQLAlchemy's tables and the reference data live as long as the application;
    a full collection that walks them all holds Python's lock long enough to freeze the window
    (measured: 100-160 ms during an import). Frozen, later collections walk only new objects.
    """
    gc.freeze()


#: How often the GUI thread collects the garbage that reference counting cannot free.
COLLECT_EVERY_MS = 5_000


class _GuiCollector(QObject):
    """A timer of the GUI thread that runs the garbage collector there."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, interval=COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)

    def collect(self) -> int:
        return gc.collect()


_collector: _GuiCollector | None = None


def collect_on_the_gui_thread() -> None:
    """Turn the automatic collector off and collect on the GUI thread instead (call on the GUI
    thread, once the QApplication exists)."""
    global _collector  # noqa: PLW0603 (one collector per process)
    gc.disable()
    if _collector is None:
        _collector = _GuiCollector()
        _collector.timer.start()


def collect_now() -> int:
    """Collect garbage now, on the calling (GUI) thread: after a window or dialog closed."""
    return gc.collect()
