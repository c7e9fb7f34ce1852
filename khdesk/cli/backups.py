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
    backup.add_argument(
        "--second-place",
        metavar="DIR",
        help="copy every backup from now on, encrypted under a passphrase asked twice, to DIR "
        "(a USB stick, another drive); takes one now",
    )
    backup.add_argument(
        "--to",
        metavar="DIR",
        help="also write this backup, encrypted, to DIR (the second place's passphrase, or one "
        "asked twice)",
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
    from khdesk.sync import keys

    data = DataFolder(resolve_data_dir(args.data_dir))
    folder = data.backups
    if args.keep is not None:
        chosen = backups.parse_thinning(args.keep)
        with database.transaction() as session:
            backups.set_thinning(session, chosen)
        kept = f"{chosen.days} days, {chosen.weeks} weeks, {chosen.months} months"
        print(f"daily backups kept: {kept}")
        return 0
    if args.list:
        stem = database.path.stem if database.path is not None else None
        for item in backups.listing(folder, stem):
            counts = (
                f"meetings: {_n(item.meetings)}, persons: {_n(item.persons)}, "
                f"proposals: {_n(item.proposals)}"
            )
            print(f"{item.taken:%Y-%m-%d %H:%M}  {item.label:<16} {counts}  {item.path}")
        return 0
    if args.second_place is not None:
        passphrase = _new_passphrase()
        with database.transaction() as session:
            backups.set_second_place(
                session, data.keys, Path(args.second_place).expanduser(), passphrase
            )
    taken = backups.back_up_now(database, folder, data.keys)
    print(taken.path)
    if taken.copy is not None:
        print(taken.copy)
    if args.to is not None:
        passphrase = keys.backup_passphrase(data.keys) or _new_passphrase()
        with database.session() as session:
            print(backups.copy_to(session, taken.path, Path(args.to).expanduser(), passphrase))
    return 0


def _new_passphrase() -> str:
    from khdesk.cli.analysts import ask
    from khdesk.sync import keys

    return keys.check_new_passphrase(
        ask("A passphrase for the copies: "), ask("The same passphrase again: ")
    )


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _cmd_restore(args: argparse.Namespace, folder: DataFolder, path: Path) -> int:
    from khdesk.services import backups

    file = Path(args.file).expanduser()
    passphrase = None
    if backups.is_encrypted(file) and file.is_file():
        from khdesk.cli.analysts import ask

        passphrase = ask("The passphrase of the copies: ")
    aside = backups.restore(file, path, folder.backups, passphrase=passphrase)
    if aside is not None:
        print(f"restored {args.file}; the database it replaced is kept as {aside}")
    else:
        print(f"restored {args.file}")
    if passphrase is not None and backups.restore_signing_key(file, path, folder.keys, passphrase):
        print("this laptop's signing key was restored too: it sends as the laptop it replaces.")
    return 0
