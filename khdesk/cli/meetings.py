"""``khdesk meetings create`` and ``meetings list``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group, choices, print_json
from khdesk.domain.vocabulary import MeetingFormat, MeetingKind, MeetingStatus

if TYPE_CHECKING:
    from khdesk.storage.database import Database


def _cmd_create(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation, meetings

    with db.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.create_meeting(
            session,
            actor,
            kind=args.kind,
            date=args.date,
            title=args.title,
            region=args.region,
            place=args.place,
            meeting_format=args.format,
            starts_at=args.start,
            ends_at=args.end,
            chair=args.chair,
            secretary=args.secretary,
        )
    print(meeting.id)
    return 0


def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import meetings

    with db.session() as session:
        rows = meetings.list_meetings(
            session, status=args.status, kind=args.kind, region=args.region, search=args.search
        )
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    if not rows:
        filtered = any((args.status, args.kind, args.region, args.search))
        print(
            "no meetings match: change or drop the filters."
            if filtered
            else "no meetings yet: create one with 'khdesk meetings create'."
        )
        return 0
    for row in rows:
        print(f"{row.number:<14} {row.date}  {row.kind:<11} {row.status:<11} {row.title}")
    return 0


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(commands, "meetings", common=common, help="create and list meetings")
    create = actions.add_parser("create", parents=[common], help="create a meeting")
    create.add_argument("--kind", required=True, choices=choices(MeetingKind))
    create.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--title", required=True)
    create.add_argument("--region", metavar="KATO")
    create.add_argument("--place")
    create.add_argument("--format", choices=choices(MeetingFormat))
    create.add_argument("--start", metavar="HH:MM")
    create.add_argument("--end", metavar="HH:MM")
    create.add_argument("--chair")
    create.add_argument("--secretary")
    create.set_defaults(handler=_cmd_create)

    listing = actions.add_parser("list", parents=[common], help="list meetings")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--status", choices=choices(MeetingStatus))
    listing.add_argument("--kind", choices=choices(MeetingKind))
    listing.add_argument("--region", metavar="KATO")
    listing.add_argument("--search", metavar="TEXT")
    listing.set_defaults(handler=_cmd_list)
