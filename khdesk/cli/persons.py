"""``khdesk persons find``: the check-in's search over the persons known here."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group, print_json

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: the languages whose alphabetical order puts equal matches in order
ORDER_LANGUAGES = ("kk", "ru")


def _cmd_find(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import participants

    with db.session() as session:
        found = participants.search_persons(
            session, args.text, limit=args.limit, language=args.lang
        )
        rows = [
            {
                "id": p.id,
                "full_name": p.full_name,
                "organisation": p.organisation,
                "position": p.position,
                "sector": p.sector_code,
                "phone": p.phone,
                "email": p.email,
            }
            for p in found
        ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no one matches: try fewer letters, or another word of the name.")
        return 0
    for rank, row in enumerate(rows, start=1):
        organisation = f"  {row['organisation']}" if row["organisation"] else ""
        print(f"{rank:>3}  {row['id']}  {row['full_name']}{organisation}")
    return 0


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(commands, "persons", common=common, help="find the persons known here")
    find = actions.add_parser(
        "find",
        parents=[common],
        help="search persons as the check-in does (any spelling, a phone however typed), "
        "best match first",
    )
    find.add_argument("text", metavar="TEXT", help="words of a name, an organisation, a phone")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--limit", type=int, default=30, help="the most persons shown (30)")
    find.add_argument(
        "--lang",
        choices=ORDER_LANGUAGES,
        default="kk",
        help="whose alphabetical order equal matches follow (kk)",
    )
    find.set_defaults(handler=_cmd_find)
