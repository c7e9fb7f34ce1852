"""``khdesk protocol``, ``attendance-sheet``, ``proposals-register``, ``questions-register`` and
``settings``: the documents a meeting prints, and what they print."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, choices
from khdesk.documents.labels import LANGUAGES
from khdesk.documents.settings import BILINGUAL_LAYOUTS
from khdesk.domain.errors import InvalidInput
from khdesk.paths import resolve_data_dir

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: The directions are reference data (headquarters publishes them) and have no enum; their six
#: codes are listed here as the services' messages name them ("use D1 to D6").
DIRECTIONS = ("D1", "D2", "D3", "D4", "D5", "D6")


def _cmd_protocol(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.protocol import write_protocol
    from khdesk.documents.protocol_docx import write_protocol_docx
    from khdesk.services import meetings

    out = Path(args.out)
    writers = {".pdf": write_protocol, ".docx": write_protocol_docx}
    writer = writers.get(out.suffix.lower())
    if writer is None:
        raise InvalidInput(
            "cannot write '{name}': give the protocol a .pdf or .docx file name.", name=out.name
        )
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = writer(session, meeting.id, args.lang, out, bilingual=args.bilingual)
    print(f"protocol {data.number} written to {out} (fingerprint {data.fingerprint()})")
    return 0


def _cmd_attendance_sheet(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.registers import write_attendance_sheet
    from khdesk.services import meetings

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("cannot write '{name}': give the sheet a .pdf file name.", name=out.name)
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = write_attendance_sheet(
            session, meeting.id, args.lang, out, blank=args.blank, contacts=args.contacts
        )
    print(f"attendance sheet of {data.number} written to {out}")
    return 0


def _cmd_proposals_register(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.registers import write_proposals_register
    from khdesk.services import meetings

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(
            "cannot write '{name}': give the register a .pdf file name.", name=out.name
        )
    with db.session() as session:
        meeting_id = meetings.find_meeting(session, args.meeting).id if args.meeting else None
        count = write_proposals_register(
            session,
            out,
            language=args.lang,
            meeting_id=meeting_id,
            region=args.region,
            direction=args.direction,
            section=args.section,
        )
    print(f"register of {count:,} proposals and comments written to {out}")
    return 0


def _cmd_questions_register(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.registers import write_questions_register
    from khdesk.services import meetings

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(
            "cannot write '{name}': give the register a .pdf file name.", name=out.name
        )
    with db.session() as session:
        meeting_id = meetings.find_meeting(session, args.meeting).id if args.meeting else None
        count = write_questions_register(
            session, out, language=args.lang, meeting_id=meeting_id, region=args.region
        )
    print(f"register of {count:,} questions written to {out}")
    return 0


def _cmd_settings(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import settings

    data_dir = resolve_data_dir(args.data_dir)
    with db.transaction() as session:
        if args.logo:
            settings.set_logo(session, data_dir, Path(args.logo))
        if args.no_logo:
            settings.set_logo(session, data_dir, None)
        if args.list_attached_above is not None:
            settings.set_list_attached_above(session, args.list_attached_above)
        current = settings.document_settings(session)
    print(f"logo: {current.logo or 'none'}")
    print(f"list attached above: {current.list_attached_above} present")
    return 0


def register(commands: Commands, common: Parser) -> None:
    languages = choices(LANGUAGES)
    protocol = commands.add_parser("protocol", parents=[common], help="a meeting's protocol (PDF)")
    protocol.add_argument("meeting", metavar="MEETING", help="the meeting's id or number")
    protocol.add_argument("--lang", choices=languages, default="kk")
    protocol.add_argument(
        "--bilingual", choices=choices(BILINGUAL_LAYOUTS), default=None,
        help="kk+ru: Kazakh and Russian in parallel columns (the default) or one after the other",
    )  # fmt: skip
    protocol.add_argument(
        "--out", required=True, metavar="FILE", help="the .pdf or .docx file to write"
    )
    protocol.set_defaults(handler=_cmd_protocol)

    sheet = commands.add_parser(
        "attendance-sheet", parents=[common], help="a meeting's attendance sheet (PDF)"
    )
    sheet.add_argument("meeting", metavar="MEETING", help="the meeting's id or number")
    sheet.add_argument("--blank", action="store_true", help="the roster and empty rows, to sign")
    sheet.add_argument(
        "--contacts",
        action="store_true",
        help="print the phones and e-mails of those who consented (left out by default)",
    )
    sheet.add_argument("--lang", choices=languages, default="kk")
    sheet.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    sheet.set_defaults(handler=_cmd_attendance_sheet)

    register = commands.add_parser(
        "proposals-register", parents=[common], help="the register of proposals (PDF)"
    )
    scope = register.add_mutually_exclusive_group()
    scope.add_argument("--meeting", metavar="M", help="one meeting (id or number)")
    scope.add_argument("--region", metavar="KATO", help="one region")
    scope.add_argument("--direction", choices=choices(DIRECTIONS))
    scope.add_argument("--section", metavar="CODE", help="one prospectus section, e.g. D2.3")
    register.add_argument("--lang", choices=languages, default="kk")
    register.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    register.set_defaults(handler=_cmd_proposals_register)

    questions = commands.add_parser(
        "questions-register", parents=[common], help="questions to speakers and answers (PDF)"
    )
    where = questions.add_mutually_exclusive_group()
    where.add_argument("--meeting", metavar="M", help="one meeting (id or number)")
    where.add_argument("--region", metavar="KATO", help="one region")
    questions.add_argument("--lang", choices=languages, default="kk")
    questions.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    questions.set_defaults(handler=_cmd_questions_register)

    settings = commands.add_parser(
        "settings", parents=[common], help="what documents print (logo, list threshold)"
    )
    logo = settings.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="a PNG or JPEG printed above protocols")
    logo.add_argument("--no-logo", action="store_true", help="print protocols without a logo")
    settings.add_argument(
        "--list-attached-above",
        type=int,
        metavar="N",
        help='above N present, protocols say "list attached" (default 40)',
    )
    settings.set_defaults(handler=_cmd_settings)
