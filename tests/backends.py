"""The database behind a test: a SQLite file (the default), or a database of its own on the
throwaway PostgreSQL server of the run (``tests/postgres.py``) when ``KHDESK_TEST_BACKEND`` is
``postgresql``.

On PostgreSQL the migrations run once, into a template database; each test's database is a
copy of it (``CREATE DATABASE … TEMPLATE``), as each SQLite test copies a migrated file.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from khdesk.storage.database import Database

BACKEND = os.environ.get("KHDESK_TEST_BACKEND", "sqlite")
POSTGRES = BACKEND == "postgresql"
TEMPLATE = "khdesk_template"
_numbers = itertools.count(1)


def server_url() -> str:
    url = os.environ.get("KHDESK_TEST_POSTGRES")
    if not url:
        raise RuntimeError(
            "KHDESK_TEST_BACKEND=postgresql needs a server: run the tests as "
            "'python -m tests.postgres pytest …' (make test does)"
        )
    return url


def _url_of(name: str) -> str:
    return make_url(server_url()).set(database=name).render_as_string(hide_password=False)


def admin(statement: str) -> None:
    """One statement as the server's superuser, outside a transaction."""
    _autocommit(server_url(), statement)


def admin_in(database: str, statement: str) -> None:
    """One statement as the superuser in ``database``."""
    _autocommit(_url_of(database), statement)


def _autocommit(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def make_template(sqlite_template: Path) -> None:
    """The migrated template every test's database is copied from (made once per run)."""
    if POSTGRES:
        admin(f"DROP DATABASE IF EXISTS {TEMPLATE}")
        admin(f"CREATE DATABASE {TEMPLATE}")
        Database.open(_url_of(TEMPLATE)).close()
    else:
        Database.open(f"sqlite:///{sqlite_template}").close()


def drop(url: str) -> None:
    """Remove a test's database from the run's server (nothing to do for a SQLite file)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.database not in (None, TEMPLATE):
        admin(f"DROP DATABASE IF EXISTS {parsed.database} WITH (FORCE)")


def empty_database() -> str:
    """A new, empty database on the run's server (nothing migrated)."""
    name = f"khdesk_{os.getpid()}_{next(_numbers)}_empty"
    admin(f"CREATE DATABASE {name}")
    return _url_of(name)


def fresh_url(folder: Path, sqlite_template: Path, *, shared: bool = True) -> str:
    """A new database for one test or site: a copy of the template (on the run's server when
    ``shared``: a region's laptop stays a SQLite file)."""
    if POSTGRES and shared:
        name = f"khdesk_{os.getpid()}_{next(_numbers)}"
        admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return _url_of(name)
    target = folder / "khdesk.db"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"
