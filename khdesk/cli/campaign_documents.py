"""``khdesk documents``: the documents a campaign adopts (the Declaration, an Appeal): a draft
at headquarters in Kazakh and Russian, its published versions, and a version shown with its
lines numbered for discussion (docs/campaign-documents.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from khdesk.cli.base import Commands, Parser, add_group, choices, print_json
from khdesk.domain.errors import InvalidInput
from khdesk.domain.vocabulary import DocumentKind

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


def register(commands: Commands, common: Parser) -> None:
    actions = add_group(
        commands,
        "documents",
        common=common,
        help="the documents a campaign adopts (the Declaration, an Appeal): drafts, versions",
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
