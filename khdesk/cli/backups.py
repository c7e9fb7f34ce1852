"""Commands: ``backup`` (take one now, list them, say how many to keep) and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from khdesk.cli.base import Commands, Parser
from khdesk.paths import DataFolder, resolve_data_dir
from khdesk.storage.database import Database


def register(commands: Commands, common: Parser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back the database up now and print the backup's path (--list: the backups kept)",
    )
    backup.add_argument(
        "--list", action="store_true", help="list the backups with their dates and contents"
    )
    backup.add_argument(
        "--keep",
        metavar="DAYS,WEEKS,MONTHS",
        help="how many of the newest days, weeks and months keep their daily backup "
        "(12,10,9 unless set)",
    )
    backup.set_defaults(handler=_cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the database (the current one is kept aside first)",
    )
    restore.add_argument(
        "file", metavar="FILE", help="the backup file (from 'khdesk backup --list')"
    )
    restore.set_defaults(handler=_cmd_restore, without_database=True)


def _cmd_backup(args: argparse.Namespace, database: Database) -> int:
    from khdesk.services import backups

    folder = DataFolder(resolve_data_dir(args.data_dir)).backups
    if args.keep is not None:
        chosen = backups.parse_thinning(args.keep)
        with database.transaction() as session:
            backups.set_thinning(session, chosen)
        print(
            f"daily backups kept: {chosen.days} days, {chosen.weeks} weeks, {chosen.months} months"
        )
        return 0
    if args.list:
        for item in backups.listing(folder):
            counts = (
                f"meetings: {_n(item.meetings)}, persons: {_n(item.persons)}, "
                f"proposals: {_n(item.proposals)}"
            )
            print(f"{item.taken:%Y-%m-%d %H:%M}  {item.label:<16} {counts}  {item.path}")
        return 0
    print(backups.back_up_now(database, folder))
    return 0


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _cmd_restore(args: argparse.Namespace, folder: DataFolder, path: Path) -> int:
    from khdesk.services import backups

    aside = backups.restore(Path(args.file).expanduser(), path, folder.backups)
    if aside is not None:
        print(f"restored {args.file}; the database it replaced is kept as {aside}")
    else:
        print(f"restored {args.file}")
    return 0
