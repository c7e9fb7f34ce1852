"""Headquarters' database on PostgreSQL: migrated from the first revision with a pg_dump backup
first, a newer schema refused, the searches over pg_trgm's index, libpq's URLs taken as typed.

These run on the throwaway server of ``make test`` (``KHDESK_TEST_BACKEND=postgresql``); the
SQLite run leaves them out (tests/conftest.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import make_url, text

from khdesk.domain.errors import StorageProblem
from khdesk.services import installation, persons
from khdesk.storage import migrate
from khdesk.storage.database import SCHEMA_REVISION, Database, libpq_url, pg_dump_program
from tests import backends
from tests.factories import make_person

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def empty_url() -> Iterator[str]:
    """A database on the server with nothing in it (no template)."""
    url = backends.empty_database()
    yield url
    backends.drop(url)


def test_an_old_schema_is_backed_up_with_pg_dump_then_upgraded(
    empty_url: str, tmp_path: Path
) -> None:
    database = Database(empty_url)
    migrate.upgrade(database, target="0008")
    database.close()
    backups = tmp_path / "backups"
    opened = Database.open(empty_url, backups_dir=backups)
    try:
        with opened.session() as session:
            assert migrate.current_revision(opened) == SCHEMA_REVISION
            # the tables of 0009 are there
            session.connection().execute(text("SELECT count(*) FROM proposalsketch")).scalar()
    finally:
        opened.close()
    (dump,) = backups.iterdir()
    assert dump.name.endswith("-schema-0008-" + dump.name.split("-schema-0008-")[1])
    assert dump.suffix == ".pgdump"
    program = pg_dump_program()
    assert program is not None
    listing = subprocess.run(
        [str(program.with_name("pg_restore")), "--list", str(dump)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "TABLE public proposal" in listing


def test_without_pg_dump_nothing_is_upgraded_and_the_sentence_says_how(
    empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(empty_url)
    migrate.upgrade(database, target="0008")
    database.close()
    monkeypatch.setattr("khdesk.storage.database.pg_dump_program", lambda: None)
    with pytest.raises(StorageProblem, match="pg_dump is not installed") as refused:
        Database.open(empty_url, backups_dir=tmp_path / "backups")
    assert "apt-get install postgresql-client" in str(refused.value)
    again = Database(empty_url)
    assert migrate.current_revision(again) == "0008"
    again.close()


def test_a_database_of_a_newer_khdesk_is_refused(database: Database) -> None:
    with database.transaction() as session:
        session.connection().execute(text("UPDATE alembic_version SET version_num = '9999'"))
    url = database.url
    database.close()
    with pytest.raises(StorageProblem, match="newer khdesk"):
        Database.open(url)


def test_the_search_uses_the_trigram_index_and_finds_inside_words(database: Database) -> None:
    with database.session() as session:
        indexes = set(
            session.connection()
            .execute(text("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'"))
            .scalars()
        )
    assert indexes == {"ix_person_search_trgm", "ix_proposal_search_trgm"}
    with database.transaction() as session:
        installation.init_installation(session, role="hq")
        actor = installation.require_actor(session)
    make_person(database, actor, full_name="Әйгерім Қасымова", organisation="Жастар ҚБ")
    make_person(database, actor, full_name="Серік Ахметов")
    with database.session() as session:
        found = persons.people_page(SimpleNamespace(session=session), "сымов", None, 20)
        # a short word, under the index's three letters, is looked for all the same
        short = persons.people_page(SimpleNamespace(session=session), "ах", None, 20)
    assert [p.full_name for p in found] == ["Әйгерім Қасымова"]
    assert [p.full_name for p in short] == ["Серік Ахметов"]


def test_a_url_as_libpq_writes_it_is_read_through_psycopg(database: Database) -> None:
    typed = libpq_url(database.url)
    assert typed.startswith("postgresql://")
    other = Database.open(typed)
    try:
        assert other.url.startswith("postgresql+psycopg://")
        with other.session() as session:
            assert session.connection().execute(text("SELECT 1")).scalar() == 1
    finally:
        other.close()


def test_an_unreachable_server_is_one_sentence_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://analyst:s3cret-word@/khdesk?host={tmp_path / 'no-server-here'}"
    with pytest.raises(StorageProblem) as refused:
        Database.open(url, backups_dir=tmp_path / "backups")
    sentence = str(refused.value)
    assert sentence.startswith("khdesk cannot connect to the PostgreSQL database")
    assert "check that the server runs" in sentence
    assert "s3cret-word" not in sentence


@pytest.fixture
def plain_role() -> Iterator[str]:
    """A login role with no rights of its own, and a database it may only connect to."""
    name = backends.empty_database()
    database = make_url(name).database
    backends.admin("DROP ROLE IF EXISTS khdesk_plain")
    backends.admin("CREATE ROLE khdesk_plain LOGIN")
    backends.admin(f"GRANT CONNECT ON DATABASE {database} TO khdesk_plain")
    yield name
    backends.drop(name)
    backends.admin("DROP ROLE IF EXISTS khdesk_plain")


def test_a_role_without_rights_is_told_what_to_give_it(plain_role: str, tmp_path: Path) -> None:
    url = make_url(plain_role).set(username="khdesk_plain").render_as_string(hide_password=False)
    with pytest.raises(StorageProblem) as refused:
        Database.open(url, backups_dir=tmp_path / "backups")
    sentence = str(refused.value)
    assert sentence.startswith("the PostgreSQL role khdesk connects as may not do this")
    assert "docs/postgresql.md" in sentence


def test_a_role_that_may_not_create_pg_trgm_is_told_how_to_get_it(
    plain_role: str, tmp_path: Path
) -> None:
    database = make_url(plain_role).database
    # it may make tables, but not extensions (CREATE on the database itself is not given)
    backends.admin(f"ALTER DATABASE {database} OWNER TO postgres")
    backends.admin_in(database, "GRANT CREATE, USAGE ON SCHEMA public TO khdesk_plain")
    url = make_url(plain_role).set(username="khdesk_plain").render_as_string(hide_password=False)
    with pytest.raises(StorageProblem) as refused:
        Database.open(url, backups_dir=tmp_path / "backups")
    sentence = str(refused.value)
    assert "needs PostgreSQL's pg_trgm extension" in sentence
    assert "CREATE EXTENSION pg_trgm" in sentence
