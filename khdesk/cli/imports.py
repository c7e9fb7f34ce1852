"""``khdesk participants import``, ``attendance import-zoom`` and ``proposals import``.

Each import writes the valid rows, lists every rejected row with its line and reason, and exits 1
when any row was rejected.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli import review
from khdesk.cli.base import MEETING_HELP, Commands, Parser, add_group, print_json

if TYPE_CHECKING:
    from khdesk.services.imports import ImportReport
    from khdesk.storage.database import Database


def _print_import(report: ImportReport, *, as_json: bool) -> int:
    """The summary of an import, every rejected row, and 1 when any row was rejected."""
    if as_json:
        print_json(report.as_json())
    else:
        figures = [f"{report.created} created"]
        if report.what != "proposals":
            figures += [
                f"{report.matched} matched",
                f"{report.already_attending} already attending",
            ]
        figures.append(f"{len(report.rejected)} rejected")
        print(f"{report.file_name} into meeting {report.meeting_number}: {', '.join(figures)}.")
        for rejection in report.rejected:
            print(f"line {rejection.line}: {rejection.reason}")
    return 1 if report.rejected else 0


def _cmd_participants_import(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import imports, installation, meetings

    with db.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.find_meeting(session, args.meeting)
        preview = imports.preview_roster(
            session, meeting.id, Path(args.file), unknown_sector=args.unknown_sector
        )
        report = imports.apply_roster(session, actor, preview, present=args.present)
    return _print_import(report, as_json=args.json)


def _cmd_attendance_import_zoom(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import imports, installation, meetings

    with db.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.find_meeting(session, args.meeting)
        preview = imports.preview_zoom(session, meeting.id, Path(args.file), sector=args.sector)
        report = imports.apply_zoom(session, actor, preview)
    return _print_import(report, as_json=args.json)


def _cmd_proposals_import(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import imports, installation, meetings

    with db.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.find_meeting(session, args.meeting)
        preview = imports.preview_proposals(session, meeting.id, Path(args.file))
        report = imports.apply_proposals(session, actor, preview)
    return _print_import(report, as_json=args.json)


def register(commands: Commands, common: Parser) -> None:
    # sector codes are reference data (headquarters may add one), so they are checked by the
    # import against the database, not listed here as choices
    people = add_group(commands, "participants", common=common, help="a meeting's participants")
    roster = people.add_parser(
        "import", parents=[common], help="import a roster (CSV or Excel) into a meeting"
    )
    roster.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    roster.add_argument("file", metavar="FILE", help="the roster: .csv or .xlsx")
    roster.add_argument(
        "--present", action="store_true", help="mark everyone as attended (a signed sheet)"
    )
    roster.add_argument(
        "--unknown-sector",
        metavar="CODE",
        help="count rows with an unrecognised sector under this sector instead of rejecting them",
    )
    roster.add_argument("--json", action="store_true", help="print a JSON report")
    roster.set_defaults(handler=_cmd_participants_import)

    attendance = add_group(commands, "attendance", common=common, help="a meeting's attendance")
    zoom = attendance.add_parser(
        "import-zoom", parents=[common], help="import Zoom's participants report (CSV)"
    )
    zoom.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    zoom.add_argument("file", metavar="FILE", help="Zoom's participants report")
    zoom.add_argument(
        "--sector",
        metavar="CODE",
        default="other",
        help="the sector of people new to khdesk (default other)",
    )
    zoom.add_argument("--json", action="store_true", help="print a JSON report")
    zoom.set_defaults(handler=_cmd_attendance_import_zoom)

    ideas = add_group(commands, "proposals", common=common, help="a meeting's proposals")
    ideas_import = ideas.add_parser(
        "import", parents=[common], help="import proposals and comments (CSV or Excel)"
    )
    ideas_import.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    ideas_import.add_argument("file", metavar="FILE", help="the proposals: .csv or .xlsx")
    ideas_import.add_argument("--json", action="store_true", help="print a JSON report")
    ideas_import.set_defaults(handler=_cmd_proposals_import)
    review.add_proposals_list(ideas, common)
