"""``khdesk prospectus``: headquarters' prospectus draft as PDF or Word (docs/prospectus.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: The languages of the prospectus (``khdesk.documents.prospectus.LANGUAGES``).
LANGUAGES = ("kk", "ru", "kk+ru", "en")


def _cmd_prospectus(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services.prospectus import check_target, require_headquarters, write_prospectus

    out = Path(args.out)
    check_target(out)
    with db.session() as session:
        require_headquarters(session)
        done = write_prospectus(session, args.lang, out)
    if done.empty:
        print(f"prospectus draft written to {out}: no proposal is accepted yet, it says so")
    else:
        print(
            f"prospectus draft written to {out}: {done.lines:,} lines from {done.proposals:,} "
            f"proposals in {done.sections:,} sections"
        )
    return 0


def register(commands: Commands, common: Parser) -> None:
    prospectus = commands.add_parser(
        "prospectus",
        parents=[common],
        help="headquarters' prospectus draft: the accepted proposals (PDF or .docx)",
    )
    prospectus.add_argument(
        "--lang", choices=LANGUAGES, default="kk+ru",
        help="kk, ru, or kk+ru: Kazakh with the Russian under it (the default)",
    )  # fmt: skip
    prospectus.add_argument(
        "--out", required=True, metavar="FILE", help="the .pdf or .docx file to write"
    )
    prospectus.set_defaults(handler=_cmd_prospectus)
