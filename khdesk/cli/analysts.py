"""``khdesk hq keys export`` and ``khdesk init --role hq --join URL --keys FILE``: another
analyst's workstation on headquarters' shared database (docs/postgresql.md).

The key file carries headquarters' private keys encrypted under a passphrase that is asked on
the terminal (twice when it is chosen), never taken from the command line and never stored."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group
from khdesk.domain.errors import InvalidInput
from khdesk.paths import DataFolder, Workstation, resolve_data_dir

if TYPE_CHECKING:
    from khdesk.storage.database import Database


def ask(prompt: str) -> str:
    """A passphrase typed on the terminal, not shown (the tests put their own here)."""
    return getpass.getpass(prompt)


def _cmd_keys_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.domain.vocabulary import Role
    from khdesk.services import installation
    from khdesk.storage.files import write_whole
    from khdesk.sync import keys

    with db.session() as session:
        device = installation.local_device(session)
    if device is None or device.role != Role.HQ.value:
        raise InvalidInput(
            "only a headquarters installation has headquarters' keys to export: run this on "
            "headquarters' workstation."
        )
    folder = DataFolder(resolve_data_dir(args.data_dir))
    chosen = keys.check_new_passphrase(
        ask("A passphrase for the key file: "), ask("The same passphrase again: ")
    )
    write_whole(Path(args.out), keys.export_hq_keys(folder.keys, chosen))
    print(
        f"headquarters' keys written to {args.out}, encrypted under the passphrase: give the "
        "file and, separately, the passphrase to the analyst who joins"
    )
    return 0


def join(args: argparse.Namespace, db: Database) -> int:
    """``khdesk init --role hq --join URL --keys FILE`` (``init`` hands over here)."""
    from khdesk.domain.vocabulary import Role
    from khdesk.services import installation
    from khdesk.storage.database import shown
    from khdesk.sync import keys

    if args.role != Role.HQ.value:
        raise InvalidInput("only headquarters joins a shared database: use --role hq.")
    if args.db is None or "://" not in args.db or args.db.startswith("sqlite"):
        raise InvalidInput(
            "--join takes the URL of headquarters' shared database "
            "(postgresql://analyst@server/khdesk)."
        )
    path = Path(args.keys)
    if not path.is_file():
        raise InvalidInput("the key file {path} does not exist: give the file 'khdesk hq keys "
                           "export' wrote.", path=str(path))  # fmt: skip
    data = path.read_bytes()[: keys.KEY_FILE_MAX_BYTES + 1]
    keys.check_key_file(data)
    hq_keys = keys.read_hq_keys(data, ask("The key file's passphrase: "))
    folder = DataFolder(resolve_data_dir(args.data_dir))
    if Workstation.read(folder.root).device_id is not None:
        raise InvalidInput(
            "this data folder is already a workstation of a shared database: join from a new "
            "data folder (--data-dir)."
        )
    with db.transaction() as session:
        device = installation.join_headquarters(session, hq_keys, name=args.name)
        keys.write_hq_keys(folder.keys, hq_keys)
    Workstation(shown(db.url), device.id).write(folder.root)
    print(f"joined headquarters' database as device {device.id} ({device.name or 'no name'})")
    return 0


def register(commands: Commands, common: Parser) -> None:
    hq = add_group(commands, "hq", common=common, help="headquarters' workstations")
    keys = hq.add_parser("keys", parents=[common], help="headquarters' keys")
    actions = keys.add_subparsers(
        dest="keys_command", metavar="ACTION", parser_class=Parser, required=True
    )
    export = actions.add_parser(
        "export", parents=[common],
        help="write headquarters' keys into a file for another analyst, under a passphrase",
    )  # fmt: skip
    export.add_argument("--out", required=True, metavar="FILE", help="the key file to write")
    export.set_defaults(handler=_cmd_keys_export)
