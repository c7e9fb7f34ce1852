"""``khdesk device``, ``reference`` and ``bundle``: keys, enrolment and what travels between a
region and headquarters."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group, print_json
from khdesk.paths import DataFolder, resolve_data_dir

if TYPE_CHECKING:
    from khdesk.storage.database import Database


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
        print_json([row.as_json() for row in rows])
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
    from khdesk.services import derived, sync

    folder = DataFolder(resolve_data_dir(args.data_dir))
    results = []
    for path in _bundle_files(args.paths):
        results.append(sync.import_file(db, path, folder))
    derived.after_imports(db, (result.status for result in results))
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        for r in results:
            counts = ", ".join(f"{k} {v}" for k, v in r.counts.items())
            # the reason is a Message, shown in English
            detail = "; ".join(str(part) for part in (counts, r.reason) if part)
            print(f"{r.file}: {r.status}" + (f" ({detail})" if detail else ""))
    ok = all(r.status in sync.DONE for r in results)
    return 0 if ok and results else 1


def _cmd_bundle_history(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import sync

    with db.session() as session:
        entries = sync.history(session)
    if args.json:
        print_json([e.as_json() for e in entries])
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


def register(commands: Commands, common: Parser) -> None:
    device = add_group(commands, "device", common=common, help="device keys and enrolment")
    card = device.add_parser("card", parents=[common], help="write this device's card")
    card.add_argument("--out", required=True, metavar="FILE")
    card.set_defaults(handler=_cmd_device_card)
    enroll = device.add_parser("enroll", parents=[common], help="enrol a device's card")
    enroll.add_argument("card", metavar="CARD")
    enroll.set_defaults(handler=_cmd_device_enroll)
    device_list = device.add_parser("list", parents=[common], help="known devices")
    device_list.add_argument("--json", action="store_true")
    device_list.set_defaults(handler=_cmd_device_list)
    revoke = device.add_parser("revoke", parents=[common], help="revoke a device")
    revoke.add_argument("device", metavar="ID")
    revoke.set_defaults(handler=_cmd_device_revoke)

    reference = add_group(
        commands, "reference", common=common, help="reference bundles from headquarters"
    )
    ref_export = reference.add_parser("export", parents=[common])
    ref_export.add_argument("--out", required=True, metavar="FILE")
    ref_export.set_defaults(handler=_cmd_reference_export)
    ref_import = reference.add_parser("import", parents=[common])
    ref_import.add_argument("file", metavar="FILE")
    ref_import.set_defaults(handler=_cmd_reference_import)

    bundle = add_group(commands, "bundle", common=common, help="bundles of changes")
    bundle_export = bundle.add_parser("export", parents=[common])
    bundle_export.add_argument("--out", required=True, metavar="FILE", help="e.g. region.khb")
    bundle_export.set_defaults(handler=_cmd_bundle_export)
    bundle_import = bundle.add_parser("import", parents=[common])
    bundle_import.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    bundle_import.add_argument("--json", action="store_true")
    bundle_import.set_defaults(handler=_cmd_bundle_import)
    history = bundle.add_parser("history", parents=[common], help="what was sent, received")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=_cmd_bundle_history)
