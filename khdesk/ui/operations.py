"""Operations: the window's one way to the database, in the manner of Anki's CollectionOp.

Every read and write of the window is an operation: a plain function of the services that runs
off the GUI thread, whose result (or error) comes back on the GUI thread.

- ``read(fn, *args)``: ``fn(work, *args)`` in a read session, on a small pool of reader threads.
  Readers see the last committed state and never wait for a writer.
- ``write(fn, *args)``: ``fn(work, *args)`` in one write transaction, on the **one writer thread**,
  in the order the window asked for them. What the write changed (``Changes``, noted by the
  recorder) is announced on the signal hub, so that every view showing those records refreshes
  itself; no slot emits a hub signal by hand.
- ``job(fn, *args)``: ``fn(database, *args)`` on the writer thread for batch work that manages
  its own transactions (a bundle import, the demo); it says what it changed.
- ``background(fn, *args)``: file work with no database (copying a scan, writing a PDF).

Each returns a ``Future``: cancelling it before the operation starts (a preview the user no
longer wants) drops it. Success calls ``done(result)`` on the GUI thread; a known problem
(``KhdeskError``) calls ``failed(error)``, or by default shows its sentence in the interface's
language; anything else is a bug and goes to the crash path (``sys.excepthook``). A callback
whose ``owner`` widget is gone by then is dropped.

Never hand an operation a bound method of a widget or a function that holds one: a Qt object
whose last reference is dropped in a worker thread is destroyed there, and the process crashes.
``read``/``write`` refuse such functions. Pass module-level functions and plain values (ids,
paths, dataclasses); touch widgets only in the callbacks.

This is the only module of ``khdesk.ui`` that may import the database layer (an import-linter
contract in pyproject.toml proves it).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.services.changes import Changes
from khdesk.services.work import run_read, run_write

if TYPE_CHECKING:
    from khdesk.storage.database import Database
    from khdesk.ui.context import SignalHub

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[KhdeskError], None]


def _holds_qt_object(function: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    """True when ``function`` or ``args`` carry a Qt object into a worker thread."""
    if isinstance(getattr(function, "__self__", None), QObject):
        return True  # a bound method of a Qt object, written in Python or in C++
    for cell in getattr(function, "__closure__", None) or ():
        try:
            if isinstance(cell.cell_contents, QObject):
                return True
        except ValueError:  # an empty cell
            continue
    return any(isinstance(arg, QObject) for arg in args)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits ``arrived`` and Qt queues the call to it."""

    arrived = Signal(object)


class Operations(QObject):
    """The window's readers and its one writer over one database (see the module docstring)."""

    def __init__(self, database: Database, hub: SignalHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.hub = hub
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="khdesk-read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khdesk-write")
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._deliver)
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        # other analysts' changes on a shared PostgreSQL, announced as this window's own are
        self._heard = _Relay(self)
        self._heard.arrived.connect(self._announce_heard)
        from khdesk.services.listening import listen

        self._listener = listen(database, self._heard.arrived.emit)

    # --- what the window calls ------------------------------------------------------------------
    def read(
        self,
        function: Callable[..., T],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run a read off the GUI thread; ``done(result)`` on the GUI thread."""
        return self._submit(self._readers, run_read, function, args, done, failed, owner, False)

    def write(
        self,
        function: Callable[..., T],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run a write on the writer thread, after those asked for before it."""
        return self._submit(self._writer, run_write, function, args, done, failed, owner, True)

    def job(
        self,
        function: Callable[..., T],
        *args: Any,
        changes: Changes | None = None,
        done: Done | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run batch work ``function(database, *args)`` on the writer thread; ``changes`` says
        what it may have changed (everything, when not given)."""
        announced = changes if changes is not None else Changes(everything=True)

        def run(database: Database, fn: Callable[..., T], *rest: Any) -> tuple[T, Changes]:
            return fn(database, *rest), announced

        return self._submit(self._writer, run, function, args, done, failed, owner, True)

    def background(
        self,
        function: Callable[..., T],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run file work ``function(*args)`` (no database) off the GUI thread."""

        def run(_database: Database, fn: Callable[..., T], *rest: Any) -> T:
            return fn(*rest)

        return self._submit(self._readers, run, function, args, done, failed, owner, False)

    def idle(self) -> bool:
        """True when no operation is running or waiting to deliver its result."""
        with self._lock:
            return self._pending == 0

    def wait_for_writes(self, seconds: float = 10.0) -> None:
        """Block until every write asked for so far is committed (the crash path calls this
        before it says that what was typed is saved); raises when they take longer."""
        if self._closed:
            return
        self._writer.submit(lambda: None).result(timeout=seconds)

    def _announce_heard(self, changes: Any) -> None:
        if not self._closed:
            self.hub.announce(changes)

    def shutdown(self) -> None:
        """Finish every write asked for (nothing typed is lost), then stop the threads."""
        if self._listener is not None:
            self._listener.stop()
        self._closed = True
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)

    # --- the machinery --------------------------------------------------------------------------
    def _submit(
        self,
        pool: ThreadPoolExecutor,
        runner: Callable[..., Any],
        function: Callable[..., Any],
        args: tuple[Any, ...],
        done: Done | None,
        failed: Failed | None,
        owner: QObject | None,
        writes: bool,
    ) -> Future[Any]:
        if self._closed:  # the window is closing: nothing more is asked of the database
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        if _holds_qt_object(function, args):
            raise TypeError(
                f"{getattr(function, '__qualname__', function)} holds a Qt object: operations "
                "take plain functions and values (see khdesk.ui.operations)"
            )
        with self._lock:
            self._pending += 1
        database = self.database
        relay = self._relay

        def work() -> Any:
            outcome: tuple[str, Any]  # ("ok", result) or ("error", the exception)
            try:
                result = runner(database, function, *args)
                outcome = ("ok", result)
            except BaseException as error:  # delivered on the GUI thread, never lost here
                outcome = ("error", error)
            relay.arrived.emit((outcome, done, failed, owner, writes))
            kind, value = outcome
            if kind == "error":
                raise value
            answer: Any = value
            return answer[0] if writes else answer

        future = pool.submit(work)
        future.add_done_callback(self._on_cancelled)
        return future

    def _on_cancelled(self, future: Future[Any]) -> None:
        # an operation cancelled before it ran delivers nothing: it is no longer pending
        if future.cancelled():
            with self._lock:
                self._pending -= 1

    def _deliver(self, parcel: Any) -> None:
        (kind, value), done, failed, owner, writes = parcel
        try:
            alive = owner is None or shiboken6.isValid(owner)
            if kind == "ok":
                result = value
                if writes:
                    result, changes = value
                    if changes:
                        self.hub.announce(changes)
                if done is not None and alive:
                    done(result)
            elif isinstance(value, KhdeskError):
                if failed is not None:
                    if alive:
                        failed(value)
                elif owner is not None and alive and isinstance(owner, QWidget):
                    from khdesk.ui.widgets import show_error

                    show_error(owner.window(), value)
                else:
                    self.hub.problem.emit(value)
            else:
                sys.excepthook(type(value), value, value.__traceback__)
        finally:
            with self._lock:
                self._pending -= 1
