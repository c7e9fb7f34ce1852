"""The database: one engine per installation, short sessions, migrations applied at opening.

Opening a database (``Database.open``) checks that the file is a khdesk database, refuses one
written by a newer khdesk, copies the file to ``backups/`` before any migration, upgrades it, and
loads the reference data on first start. SQLite runs in WAL mode with foreign keys on, durable
commits (``synchronous=FULL``) and a busy timeout, so that a crash loses no committed write.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session

from khdesk.domain.errors import StorageProblem

#: The Alembic head this version of khdesk writes. A test keeps it equal to the migrations' head.
SCHEMA_REVISION = "0005"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Transactions are begun by the "begin" hook below, not by the sqlite3 module.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers queue on the busy timeout instead of
    # failing midway when a read transaction tries to become a write transaction.
    mode = conn.get_execution_options().get("khdesk_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


#: What SQLite's messages mean for the user, and what to do about it.
_SQLITE_PROBLEMS = (
    ("locked", "is busy in another khdesk or program: close it and try again"),
    ("disk is full", "cannot grow because the disk is full: free some space and try again"),
    ("full", "cannot grow because the disk is full: free some space and try again"),
    ("readonly", "is read-only: give khdesk write permission or copy it somewhere writable"),
    ("read-only", "is read-only: give khdesk write permission or copy it somewhere writable"),
    ("unable to open", "cannot be opened: check that its folder exists and may be written"),
    ("malformed", "is damaged: restore it from backups/ or move it aside to start a new one"),
    ("not a database", "is damaged: restore it from backups/ or move it aside to start a new one"),
)


def storage_problem(where: object, exc: BaseException) -> StorageProblem | None:
    """The one-sentence problem behind a database error, or None when it is not one of them."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for clue, meaning in _SQLITE_PROBLEMS:
        if clue in text:
            return StorageProblem(f"the database {where} {meaning}.")
    return None


class Database:
    """One khdesk database: its engine, and sessions for reading and for writing."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            parsed = make_url(url)
            self.path = sqlite_path(url)
            # Bound values (names, phones) never appear in error messages or crash reports.
            self.engine: Engine = create_engine(url, hide_parameters=True)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StorageProblem(
                f"khdesk cannot use the database URL '{url}' ({exc.__class__.__name__}): "
                "give a SQLite file path, or a URL whose driver is installed."
            ) from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_sqlite)
        self._writer = self.engine.execution_options(khdesk_begin="IMMEDIATE")

    @classmethod
    def open(cls, url: str, *, backups_dir: Path | None = None) -> Database:
        """Check, migrate and prepare the database at ``url`` (see the module docstring)."""
        from khdesk.storage import migrate, reference

        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
        database = cls(url)
        try:
            migrate.upgrade(database, backups_dir=backups_dir)
            with database.transaction() as session:
                reference.load_if_empty(session)
        except OperationalError as exc:
            database.close()
            raise storage_problem(path or url, exc) or exc from None
        except BaseException:
            database.close()
            raise
        return database

    def session(self) -> Session:
        """A session for reading (and for writes that cannot conflict, such as tests' set-up)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        A database that is locked, full or read-only becomes a ``StorageProblem`` sentence.
        """
        with Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise storage_problem(self.path or self.url, exc) or exc from None
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a SQLite database."""
    if not path.exists():
        if not path.parent.is_dir():
            raise StorageProblem(
                f"the folder of the database {path} does not exist: create it or choose "
                "another --db."
            )
        return
    if path.is_dir():
        raise StorageProblem(f"the database path {path} is a folder: point --db at a file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageProblem(
            f"cannot read the database {path} ({exc.strerror}): check its permissions."
        ) from None
    if header and header != SQLITE_HEADER:
        raise StorageProblem(
            f"{path} is not a khdesk database (damaged, or another kind of file): "
            "restore it from backups/ or move it aside to start a new one."
        )


def backup_sqlite(path: Path, backups_dir: Path, *, label: str) -> Path:
    """Copy the live database (with its WAL) to ``backups_dir`` with SQLite's backup API."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{path.stem}-{label}-{stamp}{path.suffix or '.db'}"
    counter = 1
    while target.exists():
        counter += 1
        target = backups_dir / f"{path.stem}-{label}-{stamp}-{counter}{path.suffix or '.db'}"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target
