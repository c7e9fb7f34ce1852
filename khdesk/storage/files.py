"""Files khdesk writes: whole or absent, and temporary plaintext that never outlives its process.

Every file khdesk writes (a protocol, a bundle, a device card, a copy in the inbox) goes to a
temporary name beside its target, is flushed to disk and only then renamed over the target, so a
full disk, a pulled USB stick or a killed process leaves either the old file or the new one,
never a truncated one under the final name.

Decrypted bundles and the plaintext of a bundle being written live in *scratch folders* inside
the data folder (``scratch``). Each holds a lock for as long as its process works in it; a scratch
folder whose lock nobody holds belongs to a process that died, and ``sweep_scratch`` removes it
at the next start.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from khdesk.domain.errors import StorageProblem

if TYPE_CHECKING:
    from khdesk.paths import DataFolder

#: The name every scratch folder starts with.
SCRATCH_PREFIX = "khdesk-scratch-"
_LOCK_NAME = ".lock"
#: A scratch folder without a lock file is a start that died before it could lock: it is old
#: enough to remove after this many seconds.
_UNLOCKED_GRACE_S = 60.0


def file_problem(path: Path, exc: OSError, *, doing: str = "write") -> StorageProblem:
    """The one sentence for an operating-system error on ``path`` (``doing`` is "write" or
    "read"), and what to do about it."""
    code = exc.errno
    reading = doing == "read"
    where = {"file": path.name, "folder": str(path.parent), "path": str(path)}
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageProblem(
            "the disk that holds {folder} is full, so {file} was not written: free some space "
            "or choose another drive.",
            **where,
        )
    if code == errno.EFBIG:
        return StorageProblem(
            "{file} is larger than the drive that holds {folder} allows (a FAT32 USB stick "
            "takes at most 4 GB in one file): choose another drive.",
            **where,
        )
    if code == errno.EROFS:
        return StorageProblem(
            "{folder} is on a read-only drive: choose another folder or drive.", **where
        )
    if code in (errno.EACCES, errno.EPERM):
        if reading:
            return StorageProblem(
                "khdesk may not read {path}: ask for permission to it, or copy it elsewhere.",
                **where,
            )
        return StorageProblem(
            "khdesk may not write {path}: choose another folder, or ask for permission to it.",
            **where,
        )
    if code == errno.ENAMETOOLONG:
        return StorageProblem(
            "the name {name}… is too long for this drive: choose a shorter name.",
            name=path.name[:40],
        )
    if code == errno.ENOENT:
        if reading:
            return StorageProblem(
                "there is no file {path}: check the name and the folder.", **where
            )
        return StorageProblem("the folder {folder} does not exist: choose another folder.", **where)
    if code == errno.EISDIR:
        return StorageProblem("{path} is a folder: choose a file.", **where)
    if code == errno.EIO:
        return StorageProblem(
            "the drive that holds {folder} failed to read or write (an input/output error): "
            "check the drive, or choose another one.",
            **where,
        )
    reason = exc.strerror or exc.__class__.__name__
    if reading:
        return StorageProblem(
            "cannot read {path} ({reason}): check that it exists and that you may read it.",
            reason=reason,
            **where,
        )
    return StorageProblem(
        "cannot write {path} ({reason}): choose another folder or drive.", reason=reason, **where
    )


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle for a folder)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def partial_name(path: Path) -> Path:
    """The temporary name beside ``path`` under which it is written."""
    return path.with_name(f".{path.name}.{secrets.token_hex(3)}.partial")


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A handle to write ``path`` whole: the content lands under the name only once it was all
    written and flushed; on any error the temporary file is removed, an existing file at
    ``path`` is left as it was, and an ``OSError`` becomes a ``StorageProblem`` sentence."""
    partial = partial_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise file_problem(path, exc) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    sync_folder(path.parent)


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, whole or not at all."""
    with replacing(path) as handle:
        handle.write(data)


def copy_whole(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target``, whole or not at all (read errors name the source)."""
    try:
        reader = source.open("rb")
    except OSError as exc:
        raise file_problem(source, exc, doing="read") from None
    with reader, replacing(target) as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)


# --- locks and scratch folders -------------------------------------------------------------------


class FileLock:
    """An exclusive lock on a file, held by this process until ``release`` (or its death).

    The operating system releases it when the process ends however it ends, which is what lets
    another process tell a live owner from a dead one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: BinaryIO | None = None

    def acquire(self, *, wait_s: float = 0.0) -> bool:
        """Take the lock, trying for up to ``wait_s`` seconds; False when another holds it."""
        handle = self.path.open("a+b")
        deadline = time.monotonic() + wait_s
        while True:
            if _try_lock(handle):
                self._handle = handle
                return True
            if time.monotonic() >= deadline:
                handle.close()
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - the tests run on Linux
    import msvcrt

    def _try_lock(handle: BinaryIO) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: BinaryIO) -> None:
        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: BinaryIO) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: BinaryIO) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class ScratchFolder:
    """A private folder in ``parent`` for plaintext while this process works with it, locked
    until ``remove`` (or the process's death, after which ``sweep_scratch`` removes it)."""

    def __init__(self, parent: Path) -> None:
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.path = Path(os.path.realpath(parent)) / f"{SCRATCH_PREFIX}{secrets.token_hex(8)}"
            self.path.mkdir(mode=0o700)
            self._lock = FileLock(self.path / _LOCK_NAME)
            self._lock.acquire()
        except OSError as exc:
            raise file_problem(parent / SCRATCH_PREFIX, exc) from None

    def remove(self) -> None:
        self._lock.release()
        shutil.rmtree(self.path, ignore_errors=True)


@contextlib.contextmanager
def scratch_folder(parent: Path) -> Iterator[Path]:
    """A ``ScratchFolder`` for a ``with`` block; removed afterwards, on every path."""
    folder = ScratchFolder(parent)
    try:
        yield folder.path
    finally:
        folder.remove()


def sweep_scratch(parent: Path) -> int:
    """Remove the scratch folders in ``parent`` left by processes that died; returns how many.

    A folder whose lock another process holds is in use and stays.
    """
    removed = 0
    try:
        candidates = [p for p in parent.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    except OSError:
        return 0
    for folder in candidates:
        lock_file = folder / _LOCK_NAME
        if not lock_file.exists():
            try:
                fresh = time.time() - folder.stat().st_mtime < _UNLOCKED_GRACE_S
            except OSError:
                continue
            if fresh:
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
            continue
        try:
            lock = FileLock(lock_file)
            if not lock.acquire():
                continue  # its process is alive and working in it
        except OSError:
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()
        removed += 1
    return removed


#: Where khdesk 0.x decrypted bundles before scratch folders existed (a killed import left them).
_OLD_DECRYPTED_PREFIX = "khdesk-decrypted-"


def sweep_plaintext(folder: DataFolder) -> int:
    """Remove every temporary plaintext a dead process left in the data folder: scratch
    folders nobody holds, decrypted bundles of older khdesk versions, and the copies of
    attachments handed to a viewer last time. Returns how many were removed."""
    removed = sweep_scratch(folder.scratch)
    with contextlib.suppress(OSError):
        for old in folder.inbox.iterdir():
            if old.name.startswith(_OLD_DECRYPTED_PREFIX) and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
                removed += 1
    if folder.opened.is_dir():
        shutil.rmtree(folder.opened, ignore_errors=True)
    return removed
