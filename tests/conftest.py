"""Fixtures shared by every test: a fresh database per test, an initialised installation."""

from __future__ import annotations

import os
import tempfile

# Qt needs a platform before pytest-qt creates the application; offscreen needs no display.
# Its screen is a 1366x768 laptop's, the smallest khdesk's windows must fit.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(tempfile.mkdtemp(prefix="khdesk-test-screen-"), "screen.json")
    with open(_screen, "w", encoding="utf-8") as _file:
        _file.write('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, '
                    '"height": 768, "logicalDpi": 96, "dpr": 1}]}')  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# the log of every khdesk the tests start goes to a folder of the test run, not the user's
os.environ["KHDESK_LOG_DIR"] = tempfile.mkdtemp(prefix="khdesk-test-log-")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from khdesk.services import devices, installation, sync
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from tests import backends
from tests.sync.sites import Site, make_site


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head with reference data, made once and copied for each test
    (a SQLite file; on PostgreSQL also the template database, tests/backends.py)."""
    path = tmp_path_factory.mktemp("template") / "khdesk.db"
    Database.open(f"sqlite:///{path}").close()
    if backends.POSTGRES:
        backends.make_template(path)
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    """A SQLite file of its own (a test that reads or damages the file itself)."""
    target = tmp_path / "data" / "khdesk.db"
    target.parent.mkdir()
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def database(
    request: pytest.FixtureRequest, tmp_path: Path, template_db: Path
) -> Iterator[Database]:
    """The test's database: its own SQLite file, or its own database on the run's PostgreSQL."""
    if backends.POSTGRES:
        db = Database.open(backends.fresh_url(tmp_path, template_db))
    else:
        db = Database.open(f"sqlite:///{request.getfixturevalue('db_path')}")
    yield db
    db.close()
    backends.drop(db.url)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, only the tests whose database is the ``database`` fixture or a sync
    ``Site`` (the ``network`` fixture, or marked ``both_backends``) run: a test that opens a
    SQLite file of its own is SQLite's alone."""
    kept, left = [], []
    if not backends.POSTGRES:
        for item in items:
            (left if item.get_closest_marker("postgres_only") else kept).append(item)
        if left:
            config.hook.pytest_deselected(items=left)
            items[:] = kept
        return
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        uses = bool(names & {"database", "network"}) and not names & {"db_path"}
        uses = uses or any(item.get_closest_marker(m) for m in ("postgres_only", "both_backends"))
        (kept if uses and not item.get_closest_marker("sqlite_only") else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture
def actor(database: Database) -> Actor:
    """A facilitator of Astana (KATO 71) named in Kazakh."""
    with database.transaction() as session:
        installation.init_installation(
            session, role="facilitator", region="71", name="Әйгерім Қасымова"
        )
        return installation.require_actor(session)


@pytest.fixture
def network(tmp_path: Path, template_db: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Headquarters and two regions, enrolled, each region holding the reference bundle."""
    hq = make_site(tmp_path, template_db, "hq", "hq")
    regions = [
        make_site(tmp_path, template_db, "astana", "facilitator", "71"),
        make_site(tmp_path, template_db, "almaty", "facilitator", "75"),
    ]
    reference = tmp_path / "reference.khr"
    with hq.database.transaction() as session:
        for region in regions:
            with region.database.session() as rs:
                devices.enroll(session, devices.this_card(rs))
        sync.export_reference(session, hq.keys, reference)
    for region in regions:
        with region.database.transaction() as session:
            sync.import_reference(session, reference)
    yield hq, regions[0], regions[1]
    for site in (hq, *regions):
        site.database.close()
        backends.drop(site.database.url)
