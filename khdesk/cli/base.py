"""What every command group shares: the parser class, the handler's shape, the options, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeAlias

if TYPE_CHECKING:
    from khdesk.storage.database import Database

EXIT_USAGE = 2
EXIT_BUG = 70

#: A command: it gets the parsed arguments and the open database, and returns the exit status.
Handler: TypeAlias = "Callable[[argparse.Namespace, Database], int]"
#: The subcommands of ``khdesk`` (or of a group such as ``khdesk meetings``).
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"

MEETING_HELP = "the meeting's id or number (71-2026-003)"


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with the way forward."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help').\n")


def global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """``--db`` and ``--data-dir``, given before the command or after it."""
    default: Any = None if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--db", metavar="URL", default=default, help="database URL or SQLite file (env KHDESK_DB)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder for the database, backups and attachments (env KHDESK_DATA_DIR)",
    )


def add_group(commands: Commands, name: str, *, common: Parser, help: str) -> Commands:
    """A command with actions of its own (``khdesk NAME ACTION``); the action is required."""
    group = commands.add_parser(name, parents=[common], help=help)
    return group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", parser_class=Parser, required=True
    )


def choices(values: Any) -> list[str]:
    """The values of an enum (or any iterable of them) as ``choices``, in their order."""
    return [str(value) for value in values]


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def print_counts(
    title: str,
    counts: dict[str, int],
    names: dict[str, str] | None = None,
    out: TextIO | None = None,
) -> None:
    """A title, then one line per key: the key, its name when known, and the count."""
    out = out or sys.stdout
    print(title, file=out)
    width = max((len(k) for k in counts), default=0)
    for key, count in counts.items():
        label = f"{key:<{width}}  {names.get(key, '')}" if names else key
        print(f"  {label:<60} {count:>9,}", file=out)
