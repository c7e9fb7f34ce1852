"""``khdesk init``, ``demo`` and ``stats``: this installation's identity, the campaign in full
(``stats`` takes the figures' filters, and ``--json`` prints every figure of docs/figures.md)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, choices, print_counts, print_json
from khdesk.cli.exports import figure_options
from khdesk.domain.vocabulary import Role
from khdesk.paths import DataFolder, resolve_data_dir

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: The scales of ``khdesk demo``: the keys of ``khdesk.services.demo.SCALES``, named here so that
#: building the parser does not import the database layer (a test keeps the two equal).
DEMO_SCALES = ("seed", "national")


def _cmd_init(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation

    if args.keys is not None:
        from khdesk.cli import analysts

        return analysts.join(args, db)

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
    if device.role == Role.HQ:
        print(
            "the recovery key is in keys/recovery-identity.age in the data folder: copy it to "
            "offline storage (a safe, not this computer) and delete it here."
        )
    return 0


def _cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import demo, installation

    def progress(stage: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"  {stage}: {count:,}", file=sys.stderr)

    started = time.perf_counter()
    if args.bundles:
        return _demo_bundles(args, db, progress, started)
    with db.transaction() as session:
        if installation.local_device(session) is None:
            installation.init_installation(
                session, role=Role.HQ, keys_dir=resolve_data_dir(args.data_dir) / "keys"
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


def _demo_bundles(
    args: argparse.Namespace, db: Database, progress: Callable[[str, int], None], started: float
) -> int:
    """``demo --bundles DIR``: the campaign as the regions' bundles and cards, for this
    headquarters to enrol and import; its own database stays as it was."""
    from khdesk.services import demo_bundles

    target = Path(args.bundles)
    written = demo_bundles.write_bundles(
        db,
        DataFolder(resolve_data_dir(args.data_dir)),
        target,
        scale=args.scale,
        seed=args.seed,
        progress=progress,
    )
    elapsed = time.perf_counter() - started
    print(
        f"demo campaign '{args.scale}' written in {elapsed:.1f} s as {len(written.bundles)} "
        f"bundles and {len(written.cards)} device cards in {target}: "
        f"{written.records.get('meeting', 0):,} meetings, "
        f"{written.records.get('attendance', 0):,} attendances, "
        f"{written.records.get('proposal', 0):,} proposals and comments."
    )
    if written.cards:
        print(
            f"next: enrol each card, one by one ('khdesk device enroll {written.cards[0]}' "
            f"and so on), then import the bundles ('khdesk bundle import {target}')."
        )
    return 0


def _cmd_stats(args: argparse.Namespace, db: Database) -> int:
    from khdesk.cli.exports import figure_filters
    from khdesk.services import reference, stats

    with db.session() as session:
        figures = stats.campaign_stats(session, figure_filters(session, args))
        names = None if args.json else reference.english_names(session)
    if names is None:
        print_json(figures)
        return 0
    meetings, attendances, proposals = (
        figures["meetings"],
        figures["attendances"],
        figures["proposals"],
    )
    regions = names["region"] | {stats.NATIONAL_KEY: "(no single region)"}
    sections = names["section"] | {stats.NATIONAL_KEY: "(no section)"}
    print(f"Meetings: {meetings['total']:,}")
    print_counts("  by kind:", meetings["by_kind"])
    print_counts("  by region:", meetings["by_region"], regions)
    print(f"Persons: {figures['persons']:,}")
    print(f"Attendances (present): {attendances['present']:,}")
    print(f"Unique persons (each person once across regions): {figures['unique_persons']:,}")
    print_counts("  by sector:", attendances["by_sector"], names["sector"])
    print_counts("  by meeting kind:", attendances["by_meeting_kind"])
    print(f"Participants (each person once): {figures['participants']['total']:,}")
    print_counts("  by sector:", figures["participants"]["by_sector"], names["sector"])
    print(f"Proposals and comments: {proposals['total']:,}")
    print_counts("  by kind:", proposals["by_kind"])
    print_counts("  by direction:", proposals["by_direction"], names["direction"])
    print_counts("  by section:", proposals["by_section"], sections)
    review = figures["review"]
    print(f"Review progress: {sum(review['by_status'].values()):,} proposals and comments")
    print_counts("  by status:", review["by_status"])
    print(f"Questions: {figures['questions']:,}")
    print(f"Adopted documents: {figures['adopted_documents']:,}")
    return 0


def register(commands: Commands, common: Parser) -> None:
    init = commands.add_parser("init", parents=[common], help="create this installation's identity")
    init.add_argument("--role", required=True, choices=choices(Role))
    init.add_argument("--region", metavar="KATO", help="two-digit KATO code (facilitators)")
    init.add_argument("--name", help="the name of the person using this installation")
    init.add_argument("--force", action="store_true", help="replace an existing identity")
    init.add_argument(
        "--join", dest="db", metavar="URL", default=argparse.SUPPRESS,
        help="headquarters: join the shared database at URL as another analyst (with --keys)",
    )  # fmt: skip
    init.add_argument(
        "--keys", metavar="FILE", help="the key file 'khdesk hq keys export' wrote (with --join)"
    )
    init.set_defaults(handler=_cmd_init)

    demo = commands.add_parser("demo", parents=[common], help="fill the database with demo data")
    demo.add_argument("--scale", choices=choices(DEMO_SCALES), default="seed")
    demo.add_argument("--seed", type=int, default=1, metavar="N", help="random seed (default 1)")
    demo.add_argument(
        "--bundles",
        metavar="DIR",
        help="at headquarters: write the campaign into DIR as the regions' bundles and device "
        "cards, to enrol and import (this database is left as it is)",
    )
    demo.set_defaults(handler=_cmd_demo)

    stats = commands.add_parser("stats", parents=[common], help="the campaign in figures")
    stats.add_argument("--json", action="store_true", help="print JSON")
    figure_options(stats)
    stats.set_defaults(handler=_cmd_stats)
