"""``khdesk persons find``: the check-in's search over the persons known here; ``persons
export``, ``withdraw``, ``erase`` and ``retention``: a person's rights over their data
(docs/people.md, "People's rights"); ``persons duplicates``, ``decide`` and ``refresh``:
headquarters' merge review of persons who may be one person (docs/people.md, "One person
once")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khdesk.cli.base import Commands, Parser, add_group, print_json

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: the languages whose alphabetical order puts equal matches in order
ORDER_LANGUAGES = ("kk", "ru")


def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services.person_record import export_person

    with db.session() as session:
        written = export_person(session, args.person, args.lang, Path(args.out))
    print(written)
    return 0


def _cmd_withdraw(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation, rights

    with db.transaction() as session:
        act = rights.withdraw_consent(session, installation.require_actor(session), args.person)
    print(f"consent withdrawn: the phone and e-mail of {act.persons} person record(s) erased.")
    return 0


def _cmd_erase(args: argparse.Namespace, db: Database) -> int:
    from khdesk.domain.errors import InvalidInput
    from khdesk.services import installation, rights

    if not args.yes:
        raise InvalidInput(
            "an erasure cannot be undone: run the command again with --yes to erase the person."
        )
    with db.transaction() as session:
        act = rights.erase_person(session, installation.require_actor(session), args.person)
    print(
        f"erased: {act.persons} person record(s) and the name in {act.named} record(s) naming "
        "them; attendances are kept."
    )
    return 0


def _cmd_retention(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation, rights

    with db.transaction() as session:
        if args.off:
            rights.set_retention_months(session, None)
        elif args.months is not None:
            rights.set_retention_months(session, args.months)
        months = rights.retention_months(session)
        erased = 0
        if args.apply:
            erased = rights.apply_retention(session, installation.require_actor(session)).persons
    if args.json:
        print_json({"months": months, "erased": erased})
        return 0
    if months is None:
        print("contacts are kept: no retention is set.")
    else:
        print(f"contacts are kept for {months} months after a person was last seen.")
    if args.apply:
        print(f"contacts erased now: {erased} person record(s).")
    return 0


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


def _side(side: dict[str, Any]) -> str:
    organisation = f", {side['organisation']}" if side["organisation"] else ""
    regions = ", ".join(side["regions"]) or "-"
    return f"{side['full_name']}{organisation} (regions {regions})"


def _cmd_duplicates(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import identities

    with db.session() as session:
        rows = [row.as_json() for row in identities.pairs_in_review(session, limit=args.limit)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no pairs of persons to review: every weak match is decided.")
        return 0
    for row in rows:
        print(f"{row['id']}  {row['basis']:<10} {row['decision']:<6}")
        for side in (row["person"], row["other"]):
            print(f"    {_side(side)}")
            for line in side["attendances"]:
                came = "present" if line["present"] else "registered"
                print(f"        {line['date']}  {line['meeting']:<18} {came:<10} {line['title']}")
    return 0


def _cmd_decide(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import identities, installation

    with db.transaction() as session:
        actor = installation.require_actor(session)
        if args.decision == "undo":
            step = identities.last_step(session, args.match)
            done = identities.undo_decision(session, actor, step)
        else:
            done = identities.decide(session, actor, args.match, args.decision)
        unique = identities.identity_of
        row = identities.pair(session, done.match_id)
        one = unique(session, row.person.person_id) == unique(session, row.other.person_id)
    names = f"{row.person.full_name} / {row.other.full_name}"
    counted = "counted once" if one else "counted apart"
    print(f"{row.id}  {done.summary}: {names} ({counted})")
    return 0


def _cmd_refresh(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import identities

    with db.transaction() as session:
        result = identities.refresh(session)
    if args.json:
        print_json(result.as_json())
        return 0
    print(
        f"{result.persons:,} persons are {result.identities:,} people; {result.new_matches:,} "
        f"pairs newly put to review, {result.in_review:,} in review."
    )
    return 0


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(
        commands,
        "persons",
        common=common,
        help="find the persons known here; headquarters' review of persons who may be one",
    )
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

    export = actions.add_parser(
        "export",
        parents=[common],
        help="everything khdesk holds about one person, as a file they can read (their details, "
        "consent, meetings, proposals, questions, speeches)",
    )
    export.add_argument("person", metavar="PERSON", help="the person's id (from 'persons find')")
    export.add_argument("--out", required=True, metavar="FILE", help="the text file to write")
    export.add_argument(
        "--lang", choices=["kk", "ru", "en"], default="kk", help="the language of the headings"
    )
    export.set_defaults(handler=_cmd_export)

    withdraw = actions.add_parser(
        "withdraw",
        parents=[common],
        help="the person withdrew their consent: erase their phone and e-mail (their name and "
        "attendances stay)",
    )
    withdraw.add_argument("person", metavar="PERSON", help="the person's id")
    withdraw.set_defaults(handler=_cmd_withdraw)

    erase = actions.add_parser(
        "erase",
        parents=[common],
        help="erase a person at their request: a pseudonym for the name, nothing else that "
        "identifies them; counts stay right, and the erasure reaches headquarters (or the "
        "regions) with the next bundle",
    )
    erase.add_argument("person", metavar="PERSON", help="the person's id")
    erase.add_argument("--yes", action="store_true", help="erase: it cannot be undone")
    erase.set_defaults(handler=_cmd_erase)

    retention = actions.add_parser(
        "retention",
        parents=[common],
        help="show or set how long contacts are kept after a person was last seen, and erase "
        "the older ones",
    )
    length = retention.add_mutually_exclusive_group()
    length.add_argument("--months", type=int, metavar="N", help="keep contacts N months (1-120)")
    length.add_argument("--off", action="store_true", help="keep contacts (no retention)")
    retention.add_argument(
        "--apply", action="store_true", help="erase the contacts kept longer now"
    )
    retention.add_argument("--json", action="store_true", help="print JSON")
    retention.set_defaults(handler=_cmd_retention)

    duplicates = actions.add_parser(
        "duplicates",
        parents=[common],
        help="the pairs of persons in the merge review (open first, then those put off), "
        "with their attendances",
    )
    duplicates.add_argument("--json", action="store_true", help="print JSON")
    duplicates.add_argument("--limit", type=int, default=None, help="the most pairs shown")
    duplicates.set_defaults(handler=_cmd_duplicates)

    decide = actions.add_parser(
        "decide", parents=[common], help="decide a pair of the merge review (headquarters)"
    )
    decide.add_argument("match", metavar="MATCH", help="the pair's id ('persons duplicates')")
    choice = decide.add_mutually_exclusive_group(required=True)
    for flag, value, text in (
        ("--same", "same", "the same person: counted once"),
        ("--different", "different", "different people: counted apart, never proposed again"),
        ("--later", "later", "decide later: counted apart meanwhile"),
        ("--undo", "undo", "take back the pair's last decision"),
    ):
        choice.add_argument(flag, dest="decision", action="store_const", const=value, help=text)
    decide.set_defaults(handler=_cmd_decide)

    refresh = actions.add_parser(
        "refresh",
        parents=[common],
        help="compute again who is one person and put new weak matches to review "
        "(done after every bundle import)",
    )
    refresh.add_argument("--json", action="store_true", help="print JSON")
    refresh.set_defaults(handler=_cmd_refresh)
