"""A throwaway PostgreSQL server for one test run.

``python -m tests.postgres COMMAND...`` finds PostgreSQL's server programs (Debian's
``postgresql`` package, installed with apt-get when they are missing and this is root), makes a
cluster with ``initdb`` in a temporary folder, starts it listening on a Unix socket in that
folder only (no TCP port), creates the test database with the ``pg_trgm`` extension available,
runs COMMAND with ``KHDESK_TEST_POSTGRES`` set to the database's URL, then stops the server and
removes the folder, also when COMMAND fails or the run is interrupted. Its exit status is
COMMAND's.

``make test`` runs pytest this way; the tests that need the server (``tests/pg``) read the URL
from ``KHDESK_TEST_POSTGRES`` and fail, not skip, when a run that should have a server has none.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DATABASE = "khdesk_test"
SUPERUSER = "postgres"


def _programs() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(versions[-1]).parent if versions else None


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _install() -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit(
            "PostgreSQL's server programs are missing: install them with "
            "'sudo apt-get install -y postgresql' and run make test again."
        )
    print("installing PostgreSQL for the tests (apt-get install postgresql)", file=sys.stderr)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # a fresh machine may have no package lists yet
    subprocess.run(["apt-get", "update", "-q"], check=False, env=environment,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
        check=True, env=environment, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def _interrupted(*_: object) -> None:
    raise KeyboardInterrupt


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    # initdb and the server refuse to run as root: as root they run as the postgres user
    return ["runuser", "-u", owner, "--", *command] if owner else command


@contextmanager
def server() -> Iterator[str]:
    """A running throwaway server; yields its test database's URL. A SIGTERM (a killed run)
    ends it as an interruption does, so that the server is stopped and removed."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupted)
    programs = _programs()
    if programs is None:
        _install()
        programs = _programs()
        if programs is None:
            raise SystemExit("PostgreSQL was installed but initdb is still not found.")
    owner = None
    if os.geteuid() == 0:
        owner = SUPERUSER
        pwd.getpwnam(owner)  # the package makes this user
    folder = Path(tempfile.mkdtemp(prefix="khdesk-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    if owner:
        entry = pwd.getpwnam(owner)
        for path in (folder, socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    started = False
    try:
        subprocess.run(
            _as_owner([str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER,
                       "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
                      owner),
            check=True, **quiet,
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{socket_dir}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        subprocess.run(
            _as_owner([str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
                       "-o", options, "-w", "start"], owner),
            check=True, **quiet,
        )  # fmt: skip
        started = True
        subprocess.run(
            [str(programs / "createdb"), "-h", str(socket_dir), "-U", SUPERUSER, DATABASE],
            check=True, **quiet,
        )  # fmt: skip
        yield f"postgresql+psycopg://{SUPERUSER}@/{DATABASE}?host={socket_dir}"
    finally:
        if started:
            subprocess.run(
                _as_owner([str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate",
                           "-w", "stop"], owner),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m tests.postgres COMMAND...", file=sys.stderr)
        return 2
    with server() as url:
        try:
            environment = {**os.environ, "KHDESK_TEST_POSTGRES": url}
            return subprocess.run(argv, check=False, env=environment).returncode
        except KeyboardInterrupt:
            return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
