"""The command line: the same services as the GUI, for scripts and for people at a terminal.

Every command opens the database (migrating it if needed), does one thing, and exits 0 on success,
2 with one line on stderr for anything the user can fix, and 70 for a bug: one line that says
nothing of the command was saved and where its crash report is (the data folder's
``crash-reports/``, with no names, phones or e-mails in it).

The commands live in one module per group, each with a ``register(commands, common)`` that adds
its subcommands: ``campaign`` (init, demo, stats), ``meetings``, ``persons`` (find,
duplicates, decide),
``imports`` (participants, attendance, proposals), ``documents`` (protocol, attendance sheet,
registers, settings), ``sync`` (device, reference, bundle), ``review`` (review set, review
history, and ``proposals list`` and ``proposals similar`` in the group ``imports`` makes) and
``prospectus``; ``base`` holds what they share.

How to add a command: write ``_cmd_name(args, db) -> int`` in the module of its group, add its
parser in that module's ``register`` with ``set_defaults(handler=_cmd_name)`` (a new group is a
new module whose ``register`` is listed in ``GROUPS``), take every ``choices`` from the enums of
``khdesk.domain.vocabulary`` (or from the code that defines the values), raise a ``KhdeskError``
with a template and values for what the user can fix, import services inside the handler (the
parser is built before the window opens), list it in the README's table, and test it in
``tests/cli``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk import __version__
from khdesk.cli import (
    analysts,
    backups,
    campaign,
    campaign_documents,
    documents,
    exports,
    imports,
    meetings,
    persons,
    prospectus,
    review,
    sync,
)
from khdesk.cli.base import EXIT_BUG, EXIT_USAGE, Commands, Handler, Parser, global_options
from khdesk.domain.errors import DamagedDatabase, KhdeskError
from khdesk.paths import DataFolder, Workstation, resolve_data_dir, resolve_database_url

if TYPE_CHECKING:
    from khdesk.storage.database import Database

__all__ = ["EXIT_BUG", "EXIT_USAGE", "build_parser", "main"]

#: The command groups, in the order ``khdesk --help`` lists them.
GROUPS: tuple[Callable[[Commands, Parser], None], ...] = (
    campaign.register,
    meetings.register,
    persons.register,
    imports.register,
    documents.register,
    campaign_documents.register,
    sync.register,
    review.register,
    exports.register,
    prospectus.register,
    analysts.register,
    backups.register,
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="khdesk",
        description="khdesk: the offline desk for the round tables of «Қазақстан халқына». "
        "Without a command it opens the application.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    global_options(parser, defaults=True)
    # the same options after the command; there they override nothing unless given
    common = Parser(add_help=False)
    global_options(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for register in GROUPS:
        register(commands, common)
    return parser


def _command_words(args: argparse.Namespace) -> str:
    """The command as the crash report names it (``meetings create``): its words, never its
    values, which may be a person's name."""
    action = getattr(args, f"{args.command}_command", None)
    return " ".join(word for word in (args.command, action) if word)


@contextlib.contextmanager
def _log_off_the_terminal() -> Iterator[None]:
    # Where no log is kept, logging's last resort would print the report's own log line to
    # stderr, after the one line this command prints.
    logger = logging.getLogger("khdesk.reports")
    if logger.hasHandlers():
        yield
        return
    quiet = logging.NullHandler()
    logger.addHandler(quiet)
    try:
        yield
    finally:
        logger.removeHandler(quiet)


def _report_bug(error: BaseException, args: argparse.Namespace, data_dir: Path | None) -> int:
    """Write the crash report of ``error`` and say in one line where it is."""
    from khdesk import reports

    where = f"khdesk {_command_words(args)}"
    report = None
    if data_dir is not None:
        with _log_off_the_terminal():
            report = reports.write_crash_report(
                DataFolder(data_dir).crash_reports, error, error.__traceback__, where=where
            )
    if report is None:  # no data folder to write it to: the report itself, scrubbed as well
        details = reports.report_text(error, error.__traceback__, where=where)
        print(
            f"khdesk: internal error, nothing was saved from this command; details follow:\n"
            f"{details}",
            file=sys.stderr,
            end="",
        )
    else:
        print(
            f"khdesk: internal error, nothing was saved from this command; details are in {report}",
            file=sys.stderr,
        )
    return EXIT_BUG


def _database_where(args: argparse.Namespace, data_dir: Path | None) -> object:
    """The database as a message names it: its file, or its URL without a password."""
    from sqlalchemy.engine import make_url

    from khdesk.storage.database import sqlite_path

    url = resolve_database_url(args.db, data_dir or Path("."))
    return sqlite_path(url) or make_url(url).render_as_string(hide_password=True)


def _utf8_output() -> None:
    # Kazakh letters must print even where the console's encoding cannot hold them (a Windows
    # console redirected to a file): such output is written as UTF-8 instead of failing.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            reconfigure(encoding="utf-8", errors="replace")


def _open(url: str, folder: DataFolder) -> Database:
    """The database, opened for a command; a damaged SQLite file is moved aside and the
    sentence names the backup to restore."""
    from khdesk.services import backups
    from khdesk.storage.database import Database

    try:
        return Database.open(url, backups_dir=folder.backups)
    except DamagedDatabase as damaged:
        if damaged.path is None:
            raise
        recovery = backups.set_aside(damaged, folder.backups)
        raise backups.recovery_problem(recovery, damaged) from None


def _without_database(args: argparse.Namespace, folder: DataFolder, url: str) -> int:
    """A command that works on the database's file while nothing has it open (restore)."""
    from khdesk.storage.database import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise KhdeskError(
            "'khdesk {command}' works on a SQLite database file; a PostgreSQL database is "
            "restored with pg_restore from a backup pg_dump wrote.",
            command=args.command,
        )
    handler: Callable[[argparse.Namespace, DataFolder, Path], int] = args.handler
    return handler(args, folder, path)


#: The files the window opens when given one (a file manager's double click): bundles.
OPENED_SUFFIXES = (".khb", ".khr")


def _file_to_open(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], str | None]:
    """A bundle named with no command, as a file manager passes it (``khdesk FILE.khb``): the
    arguments without it, and the file; a command's own file arguments are left alone."""
    commands: set[str] = set()
    for action in parser._actions:  # argparse keeps its subcommands there
        if isinstance(action, argparse._SubParsersAction):
            commands |= set(action.choices)
    if commands & set(argv):
        return argv, None
    files = [word for word in argv if word.lower().endswith(OPENED_SUFFIXES)]
    if len(files) != 1:
        return argv, None
    rest = list(argv)
    rest.remove(files[0])
    return rest, files[0]


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    arguments, opened = _file_to_open(parser, list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(arguments)
    if args.version:
        from khdesk.storage.database import SCHEMA_REVISION

        print(f"khdesk {__version__} (schema {SCHEMA_REVISION})")
        return 0
    if args.command is None:
        from khdesk import app

        return app.main(
            data_dir=args.data_dir, database=args.db, opening=Path(opened) if opened else None
        )
    # the database layer is imported only for a command: the window opens before it (app.py)
    from sqlalchemy.exc import DBAPIError

    from khdesk.reports import configure_logging
    from khdesk.storage.database import storage_problem

    # the log goes to the user's log folder, never to the terminal, and holds no personal data
    configure_logging()
    data_dir: Path | None = None
    try:
        data_dir = DataFolder(resolve_data_dir(args.data_dir)).prepare().root
        url = resolve_database_url(args.db, data_dir)
        if getattr(args, "without_database", False):
            return _without_database(args, DataFolder(data_dir), url)
        database = _open(url, DataFolder(data_dir))
        # a workstation that joined a shared database writes as its own device there
        database.device_id = Workstation.read(data_dir).device_on(database)
        try:
            handler: Handler = args.handler
            return handler(args, database)
        finally:
            database.close()
    except KhdeskError as error:
        # one line, whatever the user typed into the values it quotes
        print(f"khdesk: {' '.join(str(error).split())}", file=sys.stderr)
        return error.exit_code
    except DBAPIError as exc:
        # a fault of the database met while reading (a damaged page, a vanished drive)
        problem = storage_problem(_database_where(args, data_dir), exc)
        if problem is None:
            return _report_bug(exc, args, data_dir)
        print(f"khdesk: {problem}", file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        print("khdesk: interrupted; nothing of this command was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`khdesk stats | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return _report_bug(exc, args, data_dir)
