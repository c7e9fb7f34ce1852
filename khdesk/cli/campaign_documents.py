"""``khdesk documents``: the documents a campaign adopts (the Declaration, an Appeal): a draft
at headquarters in Kazakh and Russian, its published versions, and a version shown with its
lines numbered for discussion (docs/campaign-documents.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khdesk.cli.base import Commands, Parser, add_group, choices, print_json
from khdesk.domain.errors import InvalidInput
from khdesk.domain.vocabulary import AmendmentAction, AmendmentOutcome, DocumentKind

if TYPE_CHECKING:
    from khdesk.storage.database import Database

#: The largest text file a draft is read from.
MAX_TEXT_BYTES = 2 * 1024 * 1024


def _read_text(path: str) -> str:
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > MAX_TEXT_BYTES:
            raise InvalidInput(
                "{file} is larger than 2 MB: a document's text is far shorter; check the file.",
                file=file.name,
            )
        return file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            "{file} is not UTF-8 text: save it as UTF-8 (plain text) and try again.",
            file=file.name,
        ) from None
    except OSError as exc:
        raise InvalidInput(
            "cannot read {file} ({reason}): check the path.",
            file=file.name,
            reason=exc.strerror or exc.__class__.__name__,
        ) from None


def _cmd_new(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import campaign_documents as docs

    kk, ru = docs.paragraphs_of(_read_text(args.kk)), docs.paragraphs_of(_read_text(args.ru))
    with db.transaction() as session:
        document = docs.create_document(
            session, kind=args.kind, title_kk=args.title_kk, title_ru=args.title_ru,
            paragraphs_kk=kk, paragraphs_ru=ru,
        )  # fmt: skip
        print(f"{document.id}  {document.title_kk}: a draft of {len(kk)} paragraphs")
    return 0


def _cmd_publish(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import campaign_documents as docs

    with db.transaction() as session:
        version = docs.publish(session, args.document)
        print(
            f"version {version.number} published ({version.fingerprint[:16]}…); the next "
            "reference bundle carries it to the regions."
        )
    return 0


def _cmd_paragraph(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import campaign_documents as docs

    with db.transaction() as session:
        if args.remove:
            docs.remove_paragraph(session, args.document, args.number)
            print(f"paragraph {args.number} is out of the draft")
        elif args.add:
            docs.add_paragraph(
                session, args.document, after=args.number, text_kk=args.kk or "",
                text_ru=args.ru or "",
            )  # fmt: skip
            print(f"a paragraph added after paragraph {args.number}")
        else:
            docs.edit_paragraph(
                session, args.document, args.number, text_kk=args.kk, text_ru=args.ru
            )
            print(f"paragraph {args.number} changed")
    return 0


def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import campaign_documents as docs

    with db.session() as session:
        found = docs.summaries(session)
    if args.json:
        print_json([summary.as_json() for summary in found])
        return 0
    if not found:
        print("no documents yet: headquarters drafts them ('khdesk documents new').")
    for summary in found:
        latest = f"version {summary.latest}" if summary.latest else "a draft, not published"
        print(f"{summary.id}  {summary.kind:<12} {summary.title_kk} — {latest}")
    return 0


def _cmd_show(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import campaign_documents as docs

    with db.session() as session:
        shown = docs.show(session, args.document, args.lang, args.number)
    heading = f"version {shown.number}" if shown.number else "draft"
    print(f"{shown.title} ({heading})")
    if shown.fingerprint:
        print(f"SHA-256 {shown.fingerprint}")
    paragraph = 0
    for line, number, _paragraph_id, text in shown.lines:
        mark = ""
        if number != paragraph:  # a paragraph's number beside its first line
            print()
            paragraph, mark = number, f"¶{number}"
        print(f"{line:>4}  {mark:>4}  {text}")
    return 0


def _lines(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    first, _dash, last = value.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise InvalidInput(
            "'{value}' is not a range of lines: write it as 5-7 (or 5 for one line).",
            value=value[:32],
        ) from None


def _votes(value: str | None) -> dict[str, Any]:
    """``--votes 10,1,2``: for, against, abstaining."""
    if not value:
        return {}
    parts = value.split(",")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 3:
        raise InvalidInput(
            "'{value}' is not a vote: write for, against and abstaining as 10,1,2.",
            value=value[:32],
        )
    return dict(zip(("votes_for", "votes_against", "votes_abstained"), numbers, strict=True))


def _cmd_amend(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import document_amendments as amend
    from khdesk.services import installation, meetings

    with db.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.find_meeting(session, args.meeting)
        version = amend.version_of(session, args.document, args.version)
        paragraph = amend.paragraph_at(version, args.paragraph) if args.paragraph else None
        amendment = amend.record_amendment(
            session, actor, meeting.id, document_id=args.document, action=args.action,
            language=args.lang, paragraph_id=paragraph, version_number=version.number,
            lines=_lines(args.lines), text_kk=args.kk, text_ru=args.ru, proposer_name=args.by,
            **_votes(args.votes),
        )  # fmt: skip
        print(f"{amendment.id}  amendment recorded in meeting {meeting.id} ({args.action})")
    return 0


def _cmd_amendments(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import document_amendments as amend

    with db.session() as session:
        groups = amend.consolidation(session, args.document, language=args.lang)
    if args.json:
        print_json(
            [
                {"paragraph": g.number, "paragraph_id": g.paragraph_id,
                 "removed_in": g.removed_in, "amendments": [a.as_json() for a in g.amendments],
                 "added_after": [a.as_json() for a in g.added]}
                for g in groups
            ]
        )  # fmt: skip
        return 0
    for group in groups:
        if group.paragraph_id is None:
            print("At the start")
        elif group.number is None:
            print(f"Paragraph removed in version {group.removed_in}")
        else:
            print(f"Paragraph {group.number}")
        for view in [*group.amendments, *group.added]:
            merged = f" with {view.merged_into}" if view.merged_into else ""
            words = " / ".join(w for w in (view.text_kk, view.text_ru) if w)
            print(f"  {view.number:>3}. {view.region_kato or '—'}  {view.action:<7} "
                  f"{view.outcome}{merged}  {view.id}")  # fmt: skip
            if words:
                print(f"       «{words}»")
            if view.reason:
                print(f"       {view.reason}")
    return 0


def _cmd_review(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import document_amendments as amend

    with db.transaction() as session:
        stored = amend.review(
            session, args.amendment, args.outcome, reason=args.reason,
            merged_into_id=args.into, text_kk=args.kk, text_ru=args.ru,
        )  # fmt: skip
        note = " and its wording is in the draft" if args.outcome == "accepted" else ""
        print(f"amendment {args.amendment}: {stored.status}{note}")
    return 0


def _cmd_diff(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import document_amendments as amend

    with db.session() as session:
        found = amend.version_diff(session, args.document, args.older, args.newer, args.lang)
    for paragraph in found:
        if paragraph.change == "same" and not args.all:
            continue
        number = paragraph.number if paragraph.number is not None else "—"
        words = (
            " ".join(
                text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
                for op, text in paragraph.words
            )
            .replace(" .", ".")
            .replace(" ,", ",")
        )
        print(f"¶{number} {paragraph.change}: {words}")
    return 0


def _cmd_adopt(args: argparse.Namespace, db: Database) -> int:
    import datetime as dt

    from khdesk.services import document_amendments as amend
    from khdesk.services import meetings

    try:
        day = dt.date.fromisoformat(args.on)
    except ValueError:
        raise InvalidInput(
            "'{value}' is not a date: write it as 2026-11-28.", value=args.on[:32]
        ) from None
    with db.transaction() as session:
        held = meetings.find_meeting(session, args.meeting).id if args.meeting else None
        adopted = amend.adopt(
            session, args.document, version_number=args.version, votes_for=args.votes_for,
            votes_against=args.against, votes_abstained=args.abstained, present=args.present,
            adopted_on=day, meeting_id=held,
        )  # fmt: skip
        print(
            f"version {adopted.version_number} adopted on {adopted.adopted_on:%d.%m.%Y}; its "
            f"text is frozen (SHA-256 {adopted.fingerprint})"
        )
    return 0


def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from khdesk.services import document_amendments as amend

    with db.session() as session:
        written = amend.write_document(
            session, args.document, args.what, args.lang, Path(args.out),
            version_number=args.version,
        )  # fmt: skip
    print(f"{args.what} written to {written}")
    return 0


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(
        commands,
        "documents",
        common=common,
        help="the documents a campaign adopts (the Declaration, an Appeal): drafts, versions, "
        "amendments, the plenary's vote",
    )
    new = actions.add_parser(
        "new", parents=[common], help="a new draft at headquarters, from a text in each language"
    )
    new.add_argument("--kind", required=True, choices=choices(DocumentKind))
    new.add_argument("--title-kk", required=True, metavar="TITLE")
    new.add_argument("--title-ru", required=True, metavar="TITLE")
    new.add_argument(
        "--kk", required=True, metavar="FILE", help="the Kazakh text (UTF-8; a blank line "
        "between paragraphs)",
    )  # fmt: skip
    new.add_argument("--ru", required=True, metavar="FILE", help="the Russian text, likewise")
    new.set_defaults(handler=_cmd_new)
    paragraph = actions.add_parser(
        "paragraph",
        parents=[common],
        help="change a paragraph of the draft (its number as 'documents show' numbers it), add "
        "one after it (--add; 0 adds one first) or take it out (--remove)",
    )
    paragraph.add_argument("document", metavar="DOCUMENT")
    paragraph.add_argument("number", type=int, metavar="N")
    paragraph.add_argument("--kk", metavar="TEXT", help="the paragraph in Kazakh")
    paragraph.add_argument("--ru", metavar="TEXT", help="the paragraph in Russian")
    what = paragraph.add_mutually_exclusive_group()
    what.add_argument("--add", action="store_true", help="a new paragraph after N")
    what.add_argument("--remove", action="store_true", help="take paragraph N out")
    paragraph.set_defaults(handler=_cmd_paragraph)
    publish = actions.add_parser(
        "publish", parents=[common], help="freeze the draft as its next version"
    )
    publish.add_argument("document", metavar="DOCUMENT")
    publish.set_defaults(handler=_cmd_publish)
    listing = actions.add_parser("list", parents=[common], help="the documents known here")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_cmd_list)
    show = actions.add_parser(
        "show", parents=[common], help="a version with its lines numbered, for discussion"
    )
    show.add_argument("document", metavar="DOCUMENT")
    show.add_argument(
        "--number", type=int, default=None, metavar="N", help="which version (the newest)"
    )
    show.add_argument("--lang", choices=["kk", "ru"], default="kk")
    show.set_defaults(handler=_cmd_show)

    amend = actions.add_parser(
        "amend", parents=[common], help="record a meeting's amendment to a published version"
    )
    amend.add_argument("meeting", metavar="MEETING", help="the meeting's id or number")
    amend.add_argument("document", metavar="DOCUMENT")
    amend.add_argument("--action", required=True, choices=choices(AmendmentAction))
    amend.add_argument(
        "--paragraph", type=int, default=0, metavar="N",
        help="the paragraph amended (for add: the one the new paragraph follows; 0: first)",
    )  # fmt: skip
    amend.add_argument("--lines", metavar="FROM-TO", help="the lines amended, as shown")
    amend.add_argument(
        "--lang", choices=["kk", "ru"], required=True,
        help="the language the meeting read and worded the amendment in",
    )  # fmt: skip
    amend.add_argument("--kk", metavar="TEXT", help="the wording in Kazakh")
    amend.add_argument("--ru", metavar="TEXT", help="the wording in Russian")
    amend.add_argument("--by", metavar="NAME", help="who proposed it")
    amend.add_argument("--votes", metavar="FOR,AGAINST,ABSTAINED", help="the meeting's vote")
    amend.add_argument("--version", type=int, default=None, metavar="N", help="(the newest)")
    amend.set_defaults(handler=_cmd_amend)

    amendments = actions.add_parser(
        "amendments", parents=[common],
        help="every amendment to a document, paragraph by paragraph, with its outcome",
    )  # fmt: skip
    amendments.add_argument("document", metavar="DOCUMENT")
    amendments.add_argument("--lang", choices=["kk", "ru"], default="ru")
    amendments.add_argument("--json", action="store_true", help="print JSON")
    amendments.set_defaults(handler=_cmd_amendments)

    review = actions.add_parser(
        "review", parents=[common], help="headquarters' outcome for an amendment"
    )
    review.add_argument("amendment", metavar="AMENDMENT")
    review.add_argument(
        "outcome", choices=[o.value for o in AmendmentOutcome if o != AmendmentOutcome.OPEN]
    )
    review.add_argument("--reason", metavar="TEXT", help="why (declined) or what to clarify")
    review.add_argument("--into", metavar="AMENDMENT", help="merged: the amendment it joins")
    review.add_argument("--kk", metavar="TEXT", help="accepted: the Kazakh wording for the draft")
    review.add_argument("--ru", metavar="TEXT", help="accepted: the Russian wording for the draft")
    review.set_defaults(handler=_cmd_review)

    diff = actions.add_parser(
        "diff", parents=[common], help="what changed between two versions, word by word"
    )
    diff.add_argument("document", metavar="DOCUMENT")
    diff.add_argument("older", type=int, metavar="OLDER")
    diff.add_argument("newer", type=int, metavar="NEWER")
    diff.add_argument("--lang", choices=["kk", "ru"], default="kk")
    diff.add_argument("--all", action="store_true", help="the unchanged paragraphs too")
    diff.set_defaults(handler=_cmd_diff)

    adopt = actions.add_parser(
        "adopt", parents=[common], help="the plenary's vote that adopts a version (freezes it)"
    )
    adopt.add_argument("document", metavar="DOCUMENT")
    adopt.add_argument("--version", type=int, default=None, metavar="N", help="(the newest)")
    adopt.add_argument("--for", dest="votes_for", type=int, required=True, metavar="N")
    adopt.add_argument("--against", type=int, required=True, metavar="N")
    adopt.add_argument("--abstained", type=int, required=True, metavar="N")
    adopt.add_argument("--present", type=int, required=True, metavar="N")
    adopt.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day of the vote")
    adopt.add_argument(
        "--meeting", metavar="MEETING", help="the plenary meeting's id or number, printed with it"
    )
    adopt.set_defaults(handler=_cmd_adopt)

    export = actions.add_parser(
        "export", parents=[common],
        help="the draft with numbered lines, the amendments list or the adopted text (PDF, Word)",
    )  # fmt: skip
    export.add_argument("document", metavar="DOCUMENT")
    export.add_argument("what", choices=["draft", "amendments", "adopted"])
    export.add_argument("--lang", choices=["kk", "ru", "kk+ru"], default="kk+ru")
    export.add_argument("--version", type=int, default=None, metavar="N")
    export.add_argument("--out", required=True, metavar="FILE", help="a .pdf or .docx file")
    export.set_defaults(handler=_cmd_export)
