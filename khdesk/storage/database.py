"""The database: one engine per installation, short sessions, migrations applied at opening.

Opening a database (``Database.open``) checks that the file is a khdesk database, refuses one
written by a newer khdesk, copies the file to ``backups/`` before any migration, upgrades it, and
loads the reference data on first start. SQLite runs in WAL mode with foreign keys on, durable
commits (``synchronous=FULL``) and a busy timeout, so that a crash loses no committed write.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlmodel import Session

from khdesk.domain.errors import Message, StorageProblem

#: Where a session keeps this workstation's device (``Database.device_id``).
WORKSTATION_DEVICE = "khdesk.device"
#: The Alembic head this version of khdesk writes. A test keeps it equal to the migrations' head.
SCHEMA_REVISION = "0012"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
#: How long a batch job (a bundle import) waits for another writer to finish: a national
#: bundle takes about a minute to apply, and waiting is better than refusing a good file.
PATIENT_BUSY_TIMEOUT_MS = 15 * 60 * 1000


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
    # failing midway when a read transaction tries to become a write transaction. Readers never
    # take it: in WAL mode they read the last committed state while a writer works.
    options = conn.get_execution_options()
    mode = options.get("khdesk_begin", "DEFERRED")
    conn.exec_driver_sql(
        f"PRAGMA busy_timeout = {int(options.get('khdesk_busy_ms', BUSY_TIMEOUT_MS))}"
    )
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


# SQLite's primary result codes (https://sqlite.org/rescode.html) that a user can act on.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
#: Below this much free space an input/output error is most likely a full disk.
_NEARLY_FULL_BYTES = 64 * 1024 * 1024

_BUSY = Message(
    "the database {where} is busy in another khdesk or program: close it and try again."
)
_DAMAGED = Message(
    "the database {where} is damaged: khdesk did not change it; restore it from backups/ or "
    "move it aside to start a new one."
)
#: What each result code means for the user, and what to do about it.
_MEANINGS = {
    SQLITE_BUSY: _BUSY,
    SQLITE_LOCKED: _BUSY,
    SQLITE_FULL: Message(
        "the database {where} cannot grow because the disk is full: free some space and try again."
    ),
    SQLITE_READONLY: Message(
        "the database {where} is read-only: give khdesk write permission or copy it somewhere "
        "writable."
    ),
    SQLITE_PERM: Message(
        "the database {where} may not be written: give khdesk write permission or copy it "
        "somewhere writable."
    ),
    SQLITE_CANTOPEN: Message(
        "the database {where} cannot be opened: check that its folder exists and may be written."
    ),
    SQLITE_CORRUPT: _DAMAGED,
    SQLITE_NOTADB: _DAMAGED,
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind a database error, or None for other errors."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def shown(url: str) -> str:
    """A database URL as khdesk shows it: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _postgres_problem(where: object, exc: BaseException) -> StorageProblem | None:
    """The one sentence for what PostgreSQL (or libpq, before a connection) refused, told apart
    by its SQLSTATE; None for an error that is not PostgreSQL's."""
    orig = getattr(exc, "orig", None) or exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    state = getattr(orig, "sqlstate", None)
    detail = " ".join(str(orig).split())[:300]
    where = shown(str(where))
    if state is None or state.startswith("08") or state.startswith("28"):
        return StorageProblem(
            "khdesk cannot connect to the PostgreSQL database {where} ({detail}): check that "
            "the server runs and accepts this computer, and that the user and its password "
            "(in ~/.pgpass) are right, then try again.",
            where=where,
            detail=detail,
        )
    if "pg_trgm" in detail or (state == "42501" and "extension" in detail):
        return StorageProblem(
            "the database {where} needs PostgreSQL's pg_trgm extension for its searches and "
            "khdesk could not create it ({detail}): ask the server's administrator to install "
            "postgresql-contrib and run CREATE EXTENSION pg_trgm in this database, then try "
            "again.",
            where=where,
            detail=detail,
        )
    if state == "42501":
        return StorageProblem(
            "the PostgreSQL role khdesk connects as may not do this in {where} ({detail}): "
            "give it the rights docs/postgresql.md lists, then try again.",
            where=where,
            detail=detail,
        )
    return None


def storage_problem(where: object, exc: BaseException) -> StorageProblem | None:
    """The one-sentence problem behind a database error, told apart by SQLite's result code
    (or PostgreSQL's SQLSTATE), or None when it is not one a user can act on."""
    postgres = _postgres_problem(where, exc)
    if postgres is not None:
        return postgres
    code = sqlite_code(exc)
    path = where if isinstance(where, Path) else None
    if code == SQLITE_IOERR:
        if _disk_nearly_full(path):
            code = SQLITE_FULL
        else:
            return StorageProblem(
                "the drive that holds the database {where} failed to read or write (an "
                "input/output error): check the drive, and copy the database elsewhere if it "
                "happens again.",
                where=str(where),
            )
    meaning = _MEANINGS.get(code) if code is not None else None
    return StorageProblem(meaning.template, where=str(where)) if meaning else None


def with_driver(url: str) -> str:
    """``url`` with khdesk's driver for its back end: a PostgreSQL URL as libpq writes it
    (``postgresql://…``, ``postgres://…``) is read through psycopg 3."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def libpq_url(url: str) -> str:
    """A PostgreSQL URL as libpq and its tools (pg_dump) take it: no SQLAlchemy driver name."""
    return "postgresql://" + url.split("://", 1)[1]


class Database:
    """One khdesk database: its engine, and sessions for reading and for writing."""

    def __init__(self, url: str) -> None:
        url = with_driver(url)
        self.url = url
        #: This workstation's own device, when several share the database (``khdesk init
        #: --join``); None: the database's local device is this installation's.
        self.device_id: str | None = None
        try:
            parsed = make_url(url)
            self.path = sqlite_path(url)
            # Bound values (names, phones) never appear in error messages or crash reports.
            self.engine: Engine = create_engine(url, hide_parameters=True)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StorageProblem(
                "khdesk cannot use the database URL '{url}' ({reason}): give a SQLite file "
                "path, or a URL whose driver is installed.",
                url=shown(url),
                reason=exc.__class__.__name__,
            ) from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_sqlite)
        self._writer = self.engine.execution_options(khdesk_begin="IMMEDIATE")
        self._patient_writer = self.engine.execution_options(
            khdesk_begin="IMMEDIATE", khdesk_busy_ms=PATIENT_BUSY_TIMEOUT_MS
        )

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
            # asked first in a read, so that opening never waits for another writer
            with database.session() as session:
                loaded = reference.is_loaded(session)
            if not loaded:
                with database.transaction() as session:
                    reference.load_if_empty(session)
        except DBAPIError as exc:
            database.close()
            raise storage_problem(path or url, exc) or exc from None
        except BaseException:
            database.close()
            raise
        return database

    def session(self) -> Session:
        """A session for reading (and for writes that cannot conflict, such as tests' set-up);
        it knows this workstation's device when several share the database (``device_id``)."""
        return self._session(self.engine)

    def _session(self, engine: Engine) -> Session:
        session = Session(engine, expire_on_commit=False)
        if self.device_id is not None:
            session.info[WORKSTATION_DEVICE] = self.device_id
        return session

    @contextmanager
    def transaction(self, *, patient: bool = False) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        A database that is locked, full, read-only or damaged becomes a ``StorageProblem``
        sentence. A ``patient`` transaction (a batch job) waits far longer for another writer.
        """
        engine = self._patient_writer if patient else self._writer
        with self._session(engine) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
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
                "the folder of the database {path} does not exist: create it or choose another "
                "--db.",
                path=str(path),
            )
        return
    if path.is_dir():
        raise StorageProblem(
            "the database path {path} is a folder: point --db at a file.", path=str(path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageProblem(
            "cannot read the database {path} ({reason}): check its permissions.",
            path=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    if header and header != SQLITE_HEADER:
        raise StorageProblem(
            "{path} is not a khdesk database (damaged, or another kind of file): restore it "
            "from backups/ or move it aside to start a new one.",
            path=str(path),
        )


def pg_dump_program() -> Path | None:
    """PostgreSQL's pg_dump on this computer (on the PATH, or the newest of Debian's), or None."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1] if versions else None


def backup_postgres(url: str, backups_dir: Path, *, label: str) -> Path:
    """A ``pg_dump --format=custom`` of the database at ``url`` in ``backups_dir``, whole or
    absent (written under a temporary name, renamed when pg_dump succeeded). The password, if
    any, comes from libpq's own places (~/.pgpass, a service file, PGPASSWORD), never from
    khdesk."""
    program = pg_dump_program()
    where = make_url(url).render_as_string(hide_password=True)
    if program is None:
        raise StorageProblem(
            "khdesk backs up the database {where} before it upgrades its schema, but "
            "PostgreSQL's pg_dump is not installed here: install the PostgreSQL client tools "
            "(on Debian and Ubuntu: apt-get install postgresql-client), or take a backup with "
            "'pg_dump --format=custom' yourself and start khdesk with KHDESK_PG_BACKED_UP=1.",
            where=where,
        )
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = make_url(url).database or "khdesk"
    target = backups_dir / f"{name}-{label}-{stamp}.pgdump"
    partial = target.with_name(f".{target.name}.partial")
    result = subprocess.run(
        [str(program), "--format=custom", f"--file={partial}", libpq_url(url)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageProblem(
            "khdesk could not back up the database {where} before upgrading its schema "
            "(pg_dump: {detail}); nothing was changed: take a backup with "
            "'pg_dump --format=custom' and start khdesk with KHDESK_PG_BACKED_UP=1.",
            where=where,
            detail=" ".join(result.stderr.split())[-200:] or f"exit {result.returncode}",
        )
    os.replace(partial, target)
    return target


def backup_sqlite(path: Path, backups_dir: Path, *, label: str) -> Path:
    """A checked copy of the live database (with its WAL) in ``backups_dir``
    (``khdesk.storage.backups.take``)."""
    from khdesk.storage import backups

    return backups.take(path, backups_dir, label=label)
