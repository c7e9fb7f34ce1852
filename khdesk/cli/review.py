"""``khdesk proposals list``, ``proposals similar``, ``review set`` and ``review history``:
headquarters' review."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group, print_json
from khdesk.domain.review import NAMES, ORDER

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: The languages of an answer template (``services.review.LANGUAGES``, not imported here: the
#: parser is built before the services load).
LANGUAGES = ["kk", "ru", "en"]
#: The states as the options take them (their stored values are accepted too).
STATES = [NAMES[status].replace(" ", "-") for status in ORDER]
_STATUS_HELP = f"a review state: {', '.join(STATES)}"


def _name(status: object) -> str:
    from khdesk.domain.review import status_of

    return NAMES[status_of(str(status))].replace(" ", "-")


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import review

    with db.session() as session:
        rows = review.list_proposals(
            session,
            search=args.search,
            status=args.status,
            region=args.region,
            direction=args.direction,
            section=args.section,
            reviewer=args.reviewer,
        )
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    if not rows:
        filtered = any((args.search, args.status, args.region, args.direction, args.section))
        print(
            "no proposals match: change or drop the filters."
            if filtered or args.reviewer
            else "no proposals yet: they arrive in the regions' bundles."
        )
        return 0
    for row in rows:
        section = row.accepted_section_code or row.section_code or row.direction_code
        print(
            f"{row.id}  {row.meeting:<16} {row.number:>3}  {_name(row.status):<19} "
            f"{section:<6} {_short(row.text)}"
        )
    return 0


def _neighbour_json(neighbour: object) -> dict[str, object]:
    from khdesk.services.similarity import Neighbour

    assert isinstance(neighbour, Neighbour)
    return {
        "id": neighbour.proposal_id,
        "score": neighbour.score,
        "region": neighbour.region_kato,
        "meeting_date": neighbour.meeting_date.isoformat() if neighbour.meeting_date else None,
        "status": _name(neighbour.status),
        "section": neighbour.section_code,
        "text": neighbour.text,
    }


def _cmd_similar(args: argparse.Namespace, db: Database) -> int:
    from khdesk.domain.errors import NotFound
    from khdesk.services import similarity
    from khdesk.storage.models import Proposal

    with db.transaction() as session:
        similarity.refresh(session)
    with db.session() as session:
        if args.proposal:
            found = session.get(Proposal, args.proposal)
            if found is None or found.deleted:
                raise NotFound(
                    "no proposal {proposal}: list them with khdesk proposals list.",
                    proposal=args.proposal,
                )
            similar = similarity.similar_to(session, args.proposal)
            suggestion = similarity.suggest_section(session, args.proposal)
            if args.json:
                print_json(
                    {
                        "proposal": args.proposal,
                        "similar": [_neighbour_json(n) for n in similar],
                        "suggested_section": None if suggestion is None else {
                            "section": suggestion.section_code,
                            "similar_accepted": suggestion.accepted,
                        },
                    }
                )  # fmt: skip
                return 0
            if not similar:
                print("no similar proposals.")
            for n in similar:
                print(
                    f"{n.proposal_id}  {n.score:.2f}  {n.region_kato or '--':<3} {_short(n.text)}"
                )
            if suggestion is not None:
                print(
                    f"suggested section {suggestion.section_code}: {suggestion.accepted} "
                    "similar accepted proposals are in it."
                )
            return 0
        groups = similarity.clusters(session)
    if args.json:
        print_json(
            [
                {
                    "proposals": [_neighbour_json(m) for m in group.members],
                    "regions": group.regions,
                    "pairs": [{"a": a, "b": b, "score": score} for a, b, score in group.pairs],
                }
                for group in groups
            ]
        )
        return 0
    if not groups:
        print("no similar proposals.")
    for number, group in enumerate(groups, start=1):
        print(
            f"cluster {number}: {len(group.members)} proposals, "
            f"regions {', '.join(group.regions) or '--'}"
        )
        for m in group.members:
            print(f"  {m.proposal_id}  {m.region_kato or '--':<3} {_short(m.text)}")
    return 0


def _cmd_set(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import installation, review

    change = review.ReviewChange(
        status=args.status,
        section=args.section,
        into=args.into,
        reason=args.reason,
        note=args.note,
        reviewer=args.reviewer,
        template=args.template,
        language=args.lang,
    )
    with db.transaction() as session:
        actor = installation.require_actor(session)
        step = review.review_proposals(session, actor, args.proposals, change)
        after = {
            entry.proposal_id: review.review_of(session, entry.proposal_id)
            for entry in step.entries
        }
    for entry in step.entries:
        now = after[entry.proposal_id]
        status = now.status if now is not None else "new"
        where = ""
        if now is not None and now.accepted_section_code:
            where = f"  {now.accepted_section_code}"
        elif now is not None and now.duplicate_of_id:
            where = f"  into {now.duplicate_of_id}"
        print(f"{entry.proposal_id}  {_name(entry.before['status'])} -> {_name(status)}{where}")
    return 0


def _cmd_history(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import review

    with db.session() as session:
        entries = review.review_history(session, args.proposal.strip())
    if args.json:
        print_json([entry.as_json() for entry in entries])
        return 0
    if not entries:
        print("not reviewed yet: the proposal is new.")
        return 0
    for entry in entries:
        what = entry.section or (f"into {entry.into}" if entry.into else "")
        line = (
            f"{entry.at:%Y-%m-%d %H:%M}  {entry.actor or '-'}  "
            f"{_name(entry.previous)} -> {_name(entry.status)}"
        )
        if what:
            line += f"  {what}"
        if entry.note:
            line += f"  «{_short(entry.note, 60)}»"
        print(line)
    return 0


def _cmd_templates(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import review

    with db.session() as session:
        templates = review.list_answer_templates(session, args.status)
    if args.json:
        print_json([template.as_json() for template in templates])
        return 0
    if not templates:
        print("no answer templates yet: add one with 'khdesk review template-add'.")
        return 0
    for template in templates:
        print(f"{template.id:>3}  {_name(template.status):<19} {_short(template.text(args.lang))}")
    return 0


def _cmd_template_add(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import review

    with db.transaction() as session:
        template = review.add_answer_template(
            session, status=args.status, kk=args.kk or "", ru=args.ru or "", en=args.en or ""
        )
    print(template.id)
    return 0


def _cmd_template_remove(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import review

    with db.transaction() as session:
        review.remove_answer_template(session, args.template)
    print(f"answer template {args.template} removed.")
    return 0


def add_proposals_list(actions: Commands, common: Parser) -> None:
    """``khdesk proposals list``, in the ``proposals`` group that ``imports`` makes."""
    listing = actions.add_parser(
        "list", parents=[common], help="list proposals with their reviews (headquarters)"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument(
        "--search", metavar="TEXT", help="words of the text, author or organisation, any spelling"
    )
    listing.add_argument("--status", metavar="S", help=_STATUS_HELP)
    listing.add_argument("--region", metavar="KATO")
    listing.add_argument("--direction", metavar="D", help="a direction, D1 to D6")
    listing.add_argument(
        "--section", metavar="CODE", help="filed under or accepted into this section"
    )
    listing.add_argument("--reviewer", metavar="NAME", help="reviewed by this person")
    listing.set_defaults(handler=_cmd_list)
    similar = actions.add_parser(
        "similar",
        parents=[common],
        help="groups of proposals that say nearly the same thing, or those similar to one",
    )
    similar.add_argument("proposal", nargs="?", metavar="PROPOSAL", help="a proposal's id")
    similar.add_argument("--json", action="store_true", help="print JSON")
    similar.set_defaults(handler=_cmd_similar)


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(commands, "review", common=common, help="review proposals (headquarters)")
    move = actions.add_parser(
        "set", parents=[common], help="move proposals to a review state, all of them or none"
    )
    move.add_argument("proposals", nargs="+", metavar="PROPOSAL", help="proposal ids")
    move.add_argument("--status", required=True, metavar="S", help=_STATUS_HELP)
    move.add_argument("--section", metavar="CODE", help="the section to accept into (D2.3)")
    move.add_argument("--into", metavar="PROPOSAL", help="the proposal to merge into")
    move.add_argument("--reason", metavar="TEXT", help="why it is declined, or the question")
    move.add_argument("--note", metavar="TEXT")
    move.add_argument("--reviewer", metavar="NAME", help="another reviewer than this user")
    move.add_argument("--template", type=int, metavar="N", help="an answer template as the reason")
    move.add_argument("--lang", choices=LANGUAGES, default="ru", help="the template's language")
    move.set_defaults(handler=_cmd_set)

    templates = actions.add_parser("templates", parents=[common], help="answer templates")
    templates.add_argument("--status", metavar="S", help="declined or needs-clarification")
    templates.add_argument("--lang", choices=LANGUAGES, default="ru")
    templates.add_argument("--json", action="store_true", help="print JSON")
    templates.set_defaults(handler=_cmd_templates)
    adding = actions.add_parser("template-add", parents=[common], help="add an answer template")
    adding.add_argument(
        "--status", required=True, metavar="S", help="declined or needs-clarification"
    )
    for language in LANGUAGES:
        adding.add_argument(f"--{language}", metavar="TEXT", help=f"the text in {language}")
    adding.set_defaults(handler=_cmd_template_add)
    removing = actions.add_parser("template-remove", parents=[common], help="remove a template")
    removing.add_argument("template", type=int, metavar="N")
    removing.set_defaults(handler=_cmd_template_remove)

    history = actions.add_parser("history", parents=[common], help="who decided what, and when")
    history.add_argument("proposal", metavar="PROPOSAL", help="a proposal id")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=_cmd_history)
