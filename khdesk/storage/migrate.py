"""Applying Alembic migrations at start-up, with a backup first and a refusal of newer databases.

How to add a migration: change ``models.py``, run ``alembic revision --autogenerate --rev-id NNNN
-m "..."`` against a scratch database at head, read and tidy the result (a new NOT NULL column on a
table with rows needs a server default), and raise ``SCHEMA_REVISION`` in ``database.py``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from khdesk.domain.errors import DamagedDatabase, StorageProblem
from khdesk.storage.database import (
    SCHEMA_REVISION,
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    Database,
    backup_postgres,
    backup_sqlite,
    shown,
    sqlite_code,
    storage_problem,
)

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How many problems the integrity check at opening lists at most.
MAX_PROBLEMS = 100


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """What Alembic compares with the model: not the trigram indexes of the check-in search and
    of the review's (migrations 0004 and 0008), SQLite's own virtual tables with shadow tables,
    kept outside the model."""
    return not (
        type_ == "table" and bool(name) and str(name).startswith(("person_fts", "proposal_fts"))
    )


def current_revision(database: Database) -> str | None:
    """The revision the database is at, or None for a new, empty database.

    Raises ``StorageProblem`` for a database that cannot be read or holds tables not khdesk's.
    A SQLite file is inspected read-only, so that a file khdesk refuses stays byte for byte as
    it was.
    """
    if database.path is not None:
        return _sqlite_file_revision(database)
    try:
        with database.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            version = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
    except DatabaseError as exc:
        raise _unreadable(database, exc) from None
    return _check_tables(database, tables, version)


def _sqlite_file_revision(database: Database) -> str | None:
    path = database.path
    assert path is not None
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Reading a WAL database creates its -wal and -shm files; a file khdesk goes on to refuse
    # should be left as it was found, so files the probe created are removed again.
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    created = not wal.exists() and not shm.exists()
    try:
        return _probe_revision(database, path)
    finally:
        # only while the log is still empty: a writer that opened the file meanwhile keeps it
        if created and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)


def _probe_revision(database: Database, path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            # before anything is written: a damaged file must not be written to, or worse
            problems = [row[0] for row in conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        problem = _unreadable(database, exc)
        if sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise DamagedDatabase(problem.message, path=path) from None
        raise problem from None
    if problems != ["ok"]:
        log.error("the database failed its integrity check: %d problems", len(problems))
        count = f"{len(problems)}+" if len(problems) >= MAX_PROBLEMS else str(len(problems))
        raise DamagedDatabase(
            "the database {path} is damaged (SQLite's integrity check found {count} problems): "
            "khdesk did not change it; restore it from backups/ or move it aside to start a new "
            "one.",
            path=path,
            count=count,
        )
    return _check_tables(database, tables, version[0] if version else None)


def _check_tables(database: Database, tables: set[str], version: str | None) -> str | None:
    if version is None and tables - {"alembic_version"}:
        raise StorageProblem(
            "{where} holds tables that are not khdesk's: point --db at a khdesk database or a "
            "new file.",
            where=str(database.path or shown(database.url)),
        )
    return version


def _unreadable(database: Database, exc: Exception) -> StorageProblem:
    known = storage_problem(database.path or database.url, exc)
    if known is not None:
        return known
    orig = getattr(exc, "orig", None)
    detail = str(orig if orig is not None else exc)
    return StorageProblem(
        "the database {where} cannot be read ({detail}): restore it from backups/ or move it "
        "aside to start a new one.",
        where=str(database.path or shown(database.url)),
        detail=detail,
    )


def _alembic_config(database: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def known_revisions(database: Database) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(database))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(
    database: Database, *, backups_dir: Path | None = None, target: str = "head"
) -> Path | None:
    """Bring the database to ``target``; returns the backup taken, if any."""
    current = current_revision(database)
    if current == SCHEMA_REVISION and target == "head":
        return None  # the common case: nothing to do, and Alembic is not even imported
    if current is not None and current not in known_revisions(database):
        raise StorageProblem(
            "this database was written by a newer khdesk (schema {current}; this one knows up "
            "to {known}): install the newer khdesk to open it.",
            current=current,
            known=SCHEMA_REVISION,
        )
    backup = None
    if current is not None and database.path is not None:
        backups_dir = backups_dir or database.path.parent / "backups"
        backup = backup_sqlite(database.path, backups_dir, label=f"schema-{current}")
        log.info("database backed up before migration from schema %s", current)
    elif current is not None and not database.is_sqlite:
        if os.environ.get("KHDESK_PG_BACKED_UP") == "1":
            log.info("database upgraded from schema %s after a backup taken by hand", current)
        elif backups_dir is None:
            raise StorageProblem(
                "khdesk backs up the database before it upgrades its schema and has no backups "
                "folder for it: give one with --data-dir."
            )
        else:
            backup = backup_postgres(database.url, backups_dir, label=f"schema-{current}")
            log.info("database backed up with pg_dump before migration from schema %s", current)

    from alembic import command

    config = _alembic_config(database)
    try:
        with database.engine.connect() as conn:
            raw = conn.connection.driver_connection if database.is_sqlite else None
            if raw is not None:
                # SQLite rebuilds tables to alter them; foreign keys are checked after, not during.
                raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    config.attributes["connection"] = conn
                    command.upgrade(config, target)
                    if raw is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise StorageProblem(
                            "the migration left broken references and was rolled back: "
                            "report this with the backup in backups/."
                        )
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")
    except DatabaseError as exc:
        raise _unreadable(database, exc) from None
    return backup
