"""Running slow work off the GUI thread and bringing the result back to it.

``run_in_background`` hands a plain function to a worker thread through the running qasync loop
and awaits it; the GUI stays responsive meanwhile. Never touch a widget from the function: only
from the code after the ``await``.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

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
