"""The command line: the same services as the GUI, for scripts and for people at a terminal.

Every command opens the database (migrating it if needed), does one thing, and exits 0 on success,
2 with one line on stderr for anything the user can fix, and 70 with a crash report for a bug.

How to add a command: write ``_cmd_name(args, db) -> int``, register it in ``build_parser`` with
``set_defaults(handler=_cmd_name)``, and test it in ``tests/cli``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from sqlalchemy.exc import DBAPIError

from khdesk import __version__
from khdesk.domain.errors import InvalidInput, KhdeskError
from khdesk.paths import DataFolder, resolve_data_dir, resolve_database_url
from khdesk.storage.database import SCHEMA_REVISION, Database, sqlite_path, storage_problem

if TYPE_CHECKING:
    from khdesk.services.imports import ImportReport

EXIT_USAGE = 2
EXIT_BUG = 70
Handler = Callable[[argparse.Namespace, Database], int]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line with the way forward."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help').\n")


# --- commands -----------------------------------------------------------------------------------


def _cmd_init(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation

    with db.transaction() as session:
        device = installation.init_installation(
            session,
            role=args.role,
            region=args.region,
            name=args.name,
            force=args.force,
            keys_dir=resolve_data_dir(args.data_dir) / "keys",
        )
    where = f" for region {device.region_kato}" if device.region_kato else ""
    print(f"initialised as {device.role}{where}; device {device.id}")
    if device.role == "hq":
        print(
            "the recovery key is in keys/recovery-identity.age in the data folder: copy it to "
            "offline storage (a safe, not this computer) and delete it here."
        )
    return 0


def _cmd_meetings_create(args: argparse.Namespace, db: Database) -> int:
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


def _cmd_meetings_list(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import meetings

    with db.session() as session:
        rows = meetings.list_meetings(
            session, status=args.status, kind=args.kind, region=args.region, search=args.search
        )
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
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


def _cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import demo, installation

    def progress(stage: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"  {stage}: {count:,}", file=sys.stderr)

    started = time.perf_counter()
    with db.transaction() as session:
        if installation.local_device(session) is None:
            installation.init_installation(
                session, role="hq", keys_dir=resolve_data_dir(args.data_dir) / "keys"
            )
            print(
                "khdesk: this installation had no identity; it is now initialised as headquarters "
                "(use 'khdesk init --force' to change that).",
                file=sys.stderr,
            )
        actor = installation.require_actor(session)
        written = demo.write_campaign(
            session, actor, scale=args.scale, seed=args.seed, progress=progress
        )
    elapsed = time.perf_counter() - started
    print(
        f"demo campaign '{args.scale}' written in {elapsed:.1f} s: "
        f"{written['meeting']:,} meetings, {written['person']:,} persons, "
        f"{written['attendance']:,} attendances, {written['proposal']:,} proposals and comments."
    )
    return 0


def _names(db: Database, table: str, key: str) -> dict[str, str]:
    from sqlalchemy import text

    with db.session() as session:
        rows = session.connection().execute(text(f"SELECT {key}, name_en FROM {table}"))
        return {str(code): str(name) for code, name in rows}


def _print_counts(
    title: str,
    counts: dict[str, int],
    names: dict[str, str] | None = None,
    out: TextIO | None = None,
) -> None:
    out = out or sys.stdout
    print(title, file=out)
    width = max((len(k) for k in counts), default=0)
    for key, count in counts.items():
        label = f"{key:<{width}}  {names.get(key, '')}" if names else key
        print(f"  {label:<60} {count:>9,}", file=out)


def _cmd_protocol(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.protocol import write_protocol
    from khdesk.documents.protocol_docx import write_protocol_docx
    from khdesk.services import meetings

    out = Path(args.out)
    writers = {".pdf": write_protocol, ".docx": write_protocol_docx}
    writer = writers.get(out.suffix.lower())
    if writer is None:
        raise InvalidInput(
            f"cannot write '{out.name}': give the protocol a .pdf or .docx file name."
        )
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = writer(session, meeting.id, args.lang, out)
    print(f"protocol {data.number} written to {out} (fingerprint {data.fingerprint()})")
    return 0


def _cmd_attendance_sheet(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.protocol import write_attendance_sheet
    from khdesk.services import meetings

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"cannot write '{out.name}': give the sheet a .pdf file name.")
    with db.session() as session:
        meeting = meetings.find_meeting(session, args.meeting)
        data = write_attendance_sheet(session, meeting.id, args.lang, out, blank=args.blank)
    print(f"attendance sheet of {data.number} written to {out}")
    return 0


def _cmd_proposals_register(args: argparse.Namespace, db: Database) -> int:
    from khdesk.documents.registers import write_proposals_register
    from khdesk.services import meetings

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"cannot write '{out.name}': give the register a .pdf file name.")
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
        raise InvalidInput(f"cannot write '{out.name}': give the register a .pdf file name.")
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


def _cmd_device_card(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import devices

    with db.session() as session:
        card = devices.write_card(session, Path(args.out))
    print(f"device card written to {args.out}; fingerprint {card.fingerprint}")
    return 0


def _cmd_device_enroll(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import devices
    from khdesk.sync.keys import DeviceCard

    card = DeviceCard.read(Path(args.card))
    with db.transaction() as session:
        device, new = devices.enroll(session, card)
    state = "enrolled" if new else "already enrolled"
    print(f"device {device.id} ({device.region_kato or 'no region'}) {state}; "
          f"fingerprint {card.fingerprint}: confirm it with the facilitator by phone.")  # fmt: skip
    return 0


def _cmd_device_list(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import devices

    with db.session() as session:
        rows = devices.list_devices(session)
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        mark = " (this installation)" if row.local else ""
        print(f"{row.id}  {row.role:<11} {row.region or '—':<3} {row.status:<8} "
              f"{row.fingerprint or 'no key'}{mark}")  # fmt: skip
    return 0


def _cmd_device_revoke(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import devices

    with db.transaction() as session:
        device = devices.revoke(session, args.device)
    print(f"device {device.id} revoked: its further bundles will be quarantined.")
    return 0


def _cmd_reference_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    keys_dir = resolve_data_dir(args.data_dir) / "keys"
    with db.transaction() as session:
        version = sync.export_reference(session, keys_dir, Path(args.out))
    print(f"reference bundle version {version} written to {args.out}")
    return 0


def _cmd_reference_import(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    with db.transaction() as session:
        version = sync.import_reference(session, Path(args.file))
    print(f"reference bundle version {version} imported")
    return 0


def _cmd_bundle_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    try:
        counts = sync.export_changes(
            db, DataFolder(resolve_data_dir(args.data_dir)), Path(args.out)
        )
    except sync.NothingToSend as nothing:
        print(f"khdesk: {nothing}; no bundle was written.")
        return 0
    print(f"bundle of {sum(counts.values()):,} records written to {args.out}")
    return 0


def _bundle_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".khb")
        else:
            found.append(path)
    return found


def _cmd_bundle_import(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    folder = DataFolder(resolve_data_dir(args.data_dir))
    results = []
    for path in _bundle_files(args.paths):
        results.append(sync.import_file(db, path, folder))
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            counts = ", ".join(f"{k} {v}" for k, v in r.counts.items())
            detail = "; ".join(part for part in (counts, r.reason) if part)
            print(f"{r.file}: {r.status}" + (f" ({detail})" if detail else ""))
    ok = all(r.status in sync.DONE for r in results)
    return 0 if ok and results else 1


def _cmd_bundle_history(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    with db.session() as session:
        entries = sync.history(session)
    if args.json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("no bundles written or received yet.")
    for e in entries:
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if e.status in ("rejected", "quarantined"):
            print(f"{when}  {e.direction:<3} {e.status:<12} {e.file_name}: {e.reason}")
            continue
        print(f"{when}  {e.direction:<3} {e.status:<12} changes {e.seq_from}-{e.seq_to}"
              f"  {e.records:,} records  {e.file_name}")  # fmt: skip
    return 0


def _cmd_stats(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import stats

    with db.session() as session:
        figures = stats.campaign_stats(session)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    meetings, attendances, proposals = (
        figures["meetings"],
        figures["attendances"],
        figures["proposals"],
    )
    regions = _names(db, "region", "kato") | {stats.NATIONAL_KEY: "(no single region)"}
    print(f"Meetings: {meetings['total']:,}")
    _print_counts("  by kind:", meetings["by_kind"])
    _print_counts("  by region:", meetings["by_region"], regions)
    print(f"Persons: {figures['persons']:,}")
    print(f"Attendances (present): {attendances['present']:,}")
    _print_counts("  by sector:", attendances["by_sector"], _names(db, "sector", "code"))
    _print_counts("  by meeting kind:", attendances["by_meeting_kind"])
    print(f"Proposals and comments: {proposals['total']:,}")
    _print_counts("  by kind:", proposals["by_kind"])
    _print_counts("  by direction:", proposals["by_direction"], _names(db, "direction", "code"))
    sections = _names(db, "section", "code") | {stats.NATIONAL_KEY: "(no section)"}
    _print_counts("  by section:", proposals["by_section"], sections)
    print(f"Questions: {figures['questions']:,}")
    print(f"Adopted documents: {figures['adopted_documents']:,}")
    return 0


def _print_import(report: ImportReport, *, as_json: bool) -> int:
    """The summary of an import, every rejected row, and 1 when any row was rejected."""
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
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


# --- the parser ---------------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="khdesk",
        description="khdesk: the offline desk for the round tables of «Қазақстан халқына». "
        "Without a command it opens the application.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    _global_options(parser, defaults=True)
    common = _Parser(add_help=False)
    _global_options(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", parents=[common], help="create this installation's identity")
    init.add_argument("--role", required=True, choices=["facilitator", "hq"])
    init.add_argument("--region", metavar="KATO", help="two-digit KATO code (facilitators)")
    init.add_argument("--name", help="the name of the person using this installation")
    init.add_argument("--force", action="store_true", help="replace an existing identity")
    init.set_defaults(handler=_cmd_init)

    meetings = commands.add_parser("meetings", parents=[common], help="create and list meetings")
    meeting_commands = meetings.add_subparsers(
        dest="meetings_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    create = meeting_commands.add_parser("create", parents=[common], help="create a meeting")
    create.add_argument("--kind", required=True, choices=["round-table", "online", "plenary"])
    create.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--title", required=True)
    create.add_argument("--region", metavar="KATO")
    create.add_argument("--place")
    create.add_argument("--format", choices=["in-person", "online", "hybrid"])
    create.add_argument("--start", metavar="HH:MM")
    create.add_argument("--end", metavar="HH:MM")
    create.add_argument("--chair")
    create.add_argument("--secretary")
    create.set_defaults(handler=_cmd_meetings_create)
    listing = meeting_commands.add_parser("list", parents=[common], help="list meetings")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--status", choices=["draft", "in-progress", "closed"])
    listing.add_argument("--kind", choices=["round-table", "online", "plenary"])
    listing.add_argument("--region", metavar="KATO")
    listing.add_argument("--search", metavar="TEXT")
    listing.set_defaults(handler=_cmd_meetings_list)

    demo = commands.add_parser("demo", parents=[common], help="fill the database with demo data")
    demo.add_argument("--scale", choices=["seed", "national"], default="seed")
    demo.add_argument("--seed", type=int, default=1, metavar="N", help="random seed (default 1)")
    demo.set_defaults(handler=_cmd_demo)

    stats = commands.add_parser("stats", parents=[common], help="the campaign in figures")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=_cmd_stats)

    device = commands.add_parser("device", parents=[common], help="device keys and enrolment")
    device_commands = device.add_subparsers(
        dest="device_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    card = device_commands.add_parser("card", parents=[common], help="write this device's card")
    card.add_argument("--out", required=True, metavar="FILE")
    card.set_defaults(handler=_cmd_device_card)
    enroll = device_commands.add_parser("enroll", parents=[common], help="enrol a device's card")
    enroll.add_argument("card", metavar="CARD")
    enroll.set_defaults(handler=_cmd_device_enroll)
    device_list = device_commands.add_parser("list", parents=[common], help="known devices")
    device_list.add_argument("--json", action="store_true")
    device_list.set_defaults(handler=_cmd_device_list)
    revoke = device_commands.add_parser("revoke", parents=[common], help="revoke a device")
    revoke.add_argument("device", metavar="ID")
    revoke.set_defaults(handler=_cmd_device_revoke)

    reference = commands.add_parser(
        "reference", parents=[common], help="reference bundles from headquarters"
    )
    reference_commands = reference.add_subparsers(
        dest="reference_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    ref_export = reference_commands.add_parser("export", parents=[common])
    ref_export.add_argument("--out", required=True, metavar="FILE")
    ref_export.set_defaults(handler=_cmd_reference_export)
    ref_import = reference_commands.add_parser("import", parents=[common])
    ref_import.add_argument("file", metavar="FILE")
    ref_import.set_defaults(handler=_cmd_reference_import)
    bundle = commands.add_parser("bundle", parents=[common], help="bundles of changes")
    bundle_commands = bundle.add_subparsers(
        dest="bundle_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    bundle_export = bundle_commands.add_parser("export", parents=[common])
    bundle_export.add_argument("--out", required=True, metavar="FILE", help="e.g. region.khb")
    bundle_export.set_defaults(handler=_cmd_bundle_export)
    bundle_import = bundle_commands.add_parser("import", parents=[common])
    bundle_import.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    bundle_import.add_argument("--json", action="store_true")
    bundle_import.set_defaults(handler=_cmd_bundle_import)
    history = bundle_commands.add_parser(
        "history", parents=[common], help="what was sent, received"
    )
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=_cmd_bundle_history)

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

    languages = ["kk", "ru", "en", "kk+ru"]
    protocol = commands.add_parser("protocol", parents=[common], help="a meeting's protocol (PDF)")
    protocol.add_argument("meeting", metavar="MEETING", help="the meeting's id or number")
    protocol.add_argument("--lang", choices=languages, default="kk")
    protocol.add_argument(
        "--out", required=True, metavar="FILE", help="the .pdf or .docx file to write"
    )
    protocol.set_defaults(handler=_cmd_protocol)
    sheet = commands.add_parser(
        "attendance-sheet", parents=[common], help="a meeting's attendance sheet (PDF)"
    )
    sheet.add_argument("meeting", metavar="MEETING", help="the meeting's id or number")
    sheet.add_argument("--blank", action="store_true", help="the roster and empty rows, to sign")
    sheet.add_argument("--lang", choices=languages, default="kk")
    sheet.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    sheet.set_defaults(handler=_cmd_attendance_sheet)
    register = commands.add_parser(
        "proposals-register", parents=[common], help="the register of proposals (PDF)"
    )
    scope = register.add_mutually_exclusive_group()
    scope.add_argument("--meeting", metavar="M", help="one meeting (id or number)")
    scope.add_argument("--region", metavar="KATO", help="one region")
    scope.add_argument("--direction", choices=["D1", "D2", "D3", "D4", "D5", "D6"])
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

    meeting_help = "the meeting's id or number (71-2026-003)"
    people = commands.add_parser("participants", parents=[common], help="a meeting's participants")
    people_commands = people.add_subparsers(
        dest="participants_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    roster = people_commands.add_parser(
        "import", parents=[common], help="import a roster (CSV or Excel) into a meeting"
    )
    roster.add_argument("meeting", metavar="MEETING", help=meeting_help)
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

    attendance = commands.add_parser("attendance", parents=[common], help="a meeting's attendance")
    attendance_commands = attendance.add_subparsers(
        dest="attendance_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    zoom = attendance_commands.add_parser(
        "import-zoom", parents=[common], help="import Zoom's participants report (CSV)"
    )
    zoom.add_argument("meeting", metavar="MEETING", help=meeting_help)
    zoom.add_argument("file", metavar="FILE", help="Zoom's participants report")
    zoom.add_argument(
        "--sector",
        metavar="CODE",
        default="other",
        help="the sector of people new to khdesk (default other)",
    )
    zoom.add_argument("--json", action="store_true", help="print a JSON report")
    zoom.set_defaults(handler=_cmd_attendance_import_zoom)

    ideas = commands.add_parser("proposals", parents=[common], help="a meeting's proposals")
    ideas_commands = ideas.add_subparsers(
        dest="proposals_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    ideas_import = ideas_commands.add_parser(
        "import", parents=[common], help="import proposals and comments (CSV or Excel)"
    )
    ideas_import.add_argument("meeting", metavar="MEETING", help=meeting_help)
    ideas_import.add_argument("file", metavar="FILE", help="the proposals: .csv or .xlsx")
    ideas_import.add_argument("--json", action="store_true", help="print a JSON report")
    ideas_import.set_defaults(handler=_cmd_proposals_import)
    return parser


def _report_bug(data_dir: Path | None) -> int:
    details = traceback.format_exc()
    target = None
    if data_dir is not None:
        try:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = data_dir / "crash-reports" / f"crash-{stamp}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"khdesk {__version__}\n{details}", encoding="utf-8")
        except OSError:
            target = None
    where = f"details are in {target}" if target else f"details follow:\n{details}"
    print(f"khdesk: internal error, nothing was saved from this command; {where}", file=sys.stderr)
    return EXIT_BUG


def _database_where(args: argparse.Namespace, data_dir: Path | None) -> object:
    """The database as a message names it: its file, or its URL without a password."""
    from sqlalchemy.engine import make_url

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


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"khdesk {__version__} (schema {SCHEMA_REVISION})")
        return 0
    if args.command is None:
        from khdesk import app

        return app.main(data_dir=args.data_dir, database=args.db)
    data_dir: Path | None = None
    try:
        data_dir = DataFolder(resolve_data_dir(args.data_dir)).prepare().root
        database = Database.open(
            resolve_database_url(args.db, data_dir), backups_dir=data_dir / "backups"
        )
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
            return _report_bug(data_dir)
        print(f"khdesk: {problem}", file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        print("khdesk: interrupted; nothing of this command was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`khdesk stats | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        return _report_bug(data_dir)


if __name__ == "__main__":
    sys.exit(main())
