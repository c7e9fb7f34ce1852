"""``khdesk export xlsx|csv`` and ``khdesk report summary``: the campaign for analysts, narrowed
by the same filters as the figures (``khdesk.services.stats``)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khdesk.cli.base import Commands, Parser, add_group, choices
from khdesk.domain.vocabulary import MeetingKind, ReviewStatus

if TYPE_CHECKING:
    from sqlmodel import Session

    from khdesk.services.stats import Filters
    from khdesk.storage.database import Database

LANGUAGES = ("kk", "ru", "en")


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date: write it as 2026-09-16"
        ) from None


def figure_options(parser: argparse.ArgumentParser) -> None:
    """The figures' filters as options: ``--region``, ``--kind``, ``--direction``, ``--from``,
    ``--to`` (``khdesk stats`` takes them too)."""
    parser.add_argument("--region", metavar="KATO", help="only this region's meetings")
    parser.add_argument("--kind", choices=choices(MeetingKind), help="only meetings of this kind")
    parser.add_argument("--direction", metavar="D", help="only this direction (D1 to D6)")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                        help="only meetings on or after this day (2026-09-01)")  # fmt: skip
    parser.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                        help="only meetings on or before this day")  # fmt: skip


def figure_filters(session: Session, args: argparse.Namespace) -> Filters:
    """The filters the options name, each checked against the reference data."""
    from khdesk.services import common, stats

    region = args.region
    if region is not None and region != stats.NATIONAL_KEY:
        region = common.require_region(session, region)
    direction = args.direction
    if direction is not None:
        direction = common.require_direction(session, direction.strip().upper())
    return stats.Filters(
        date_from=args.date_from,
        date_to=args.date_to,
        region=region,
        kind=args.kind,
        direction=direction,
    )


def _written(counts: dict[str, int]) -> str:
    return ", ".join(f"{count:,} {sheet}" for sheet, count in counts.items())


def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import exports

    out = Path(args.out)
    with db.session() as session:
        filters = exports.ExportFilters(figure_filters(session, args), status=args.status)
        options: dict[str, Any] = {"filters": filters, "language": args.lang}
        if args.export_command == "xlsx":
            counts = exports.export_xlsx(session, out, **options)
        else:
            counts = exports.export_csv(session, out, **options)
    print(f"written to {out}: {_written(counts)}")
    return 0


def _cmd_summary(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import exports

    out = Path(args.out)
    with db.session() as session:
        figures = exports.write_summary(
            session, out, filters=figure_filters(session, args), language=args.lang
        )
    print(
        f"summary written to {out}: {figures['meetings']['total']:,} meetings, "
        f"{figures['proposals']['total']:,} proposals and comments"
    )
    return 0


def register(commands: Commands, common: Parser) -> None:
    export = add_group(commands, "export", common=common, help="the campaign as Excel or CSV")
    for name, what, metavar in (
        ("xlsx", "one Excel workbook, a sheet per record kind", "FILE"),
        ("csv", "one CSV file per sheet (UTF-8 with BOM) in a folder", "DIR"),
    ):
        action = export.add_parser(name, parents=[common], help=what)
        action.add_argument("--out", required=True, metavar=metavar, help="where to write")
        action.add_argument("--lang", choices=LANGUAGES, default="ru",
                            help="language of the headers and names (ru)")  # fmt: skip
        figure_options(action)
        action.add_argument("--status", choices=choices(ReviewStatus),
                            help="only proposals under this review status")  # fmt: skip
        action.set_defaults(handler=_cmd_export)

    report = add_group(commands, "report", common=common, help="headquarters' summary PDF")
    summary = report.add_parser(
        "summary", parents=[common], help="the figures as tables and charts"
    )
    summary.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write")
    summary.add_argument("--lang", choices=LANGUAGES, default="ru",
                         help="language of the summary (ru)")  # fmt: skip
    figure_options(summary)
    summary.set_defaults(handler=_cmd_summary)
