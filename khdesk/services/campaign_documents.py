"""The documents a campaign adopts (the Declaration of a conference, an Appeal to the
Government): headquarters drafts them in Kazakh and Russian, paragraph by paragraph, and
publishes versions that the regions receive in the reference bundle, to discuss and amend at
their round tables.

A paragraph keeps its id for good: an amendment names the paragraph, not a line number, so it
still points at the right text when paragraphs before it are added or removed. A removed
paragraph stays in the draft, marked, so that what named it can say it was removed. A version
is the draft frozen: numbered from 1, with the SHA-256 fingerprint of its canonical text, never
changed afterwards. docs/campaign-documents.md describes it for users.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from khdesk.domain.errors import ChangedMeanwhile, InvalidInput, Label, NotFound, ReadOnly
from khdesk.domain.validation import clean_line, clean_text
from khdesk.domain.vocabulary import DocumentKind, Role
from khdesk.services.changes import note_record
from khdesk.services.installation import local_device
from khdesk.storage.models import (
    AmendmentReview,
    CampaignDocument,
    DocumentAdoption,
    DocumentParagraph,
    DocumentVersion,
    TextAmendment,
)
from khdesk.sync.bundles import BundleRejected

#: The most paragraphs a document holds, and characters a paragraph.
MAX_PARAGRAPHS = 300
MAX_PARAGRAPH = 5_000
#: The width of a numbered line when a version is shown for discussion.
LINE_WIDTH = 72
#: The entry of a reference bundle that carries the published versions.
VERSIONS_ENTRY = "reference/documents.json"
LANGUAGES = ("kk", "ru")


def _require_headquarters(session: Session) -> None:
    device = local_device(session)
    if device is None or device.role != Role.HQ.value:
        raise ReadOnly(
            "headquarters drafts the campaign's documents: a region receives their versions "
            "with the reference bundle."
        )


def adoption(session: Session, document_id: str) -> DocumentAdoption | None:
    """The plenary's vote that adopted the document, if it was adopted."""
    return session.get(DocumentAdoption, document_id)


def require_not_adopted(session: Session, document_id: str) -> None:
    """Refuse any change to a document the plenary adopted: its text is frozen."""
    adopted = adoption(session, document_id)
    if adopted is not None:
        raise ReadOnly(
            "this document was adopted on {day}: its text is frozen; a change is a new "
            "document ('khdesk documents new').",
            day=adopted.adopted_on.strftime("%d.%m.%Y"),
        )


def parse_kind(value: str) -> DocumentKind:
    try:
        return DocumentKind(value.strip().lower())
    except ValueError:
        kinds = ", ".join(kind.value for kind in DocumentKind)
        raise InvalidInput(
            "'{kind}' is not a kind of document: use one of {kinds}.", kind=value[:32], kinds=kinds
        ) from None


_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def paragraphs_of(text: str) -> list[str]:
    """A text as typed or read from a file, cut into paragraphs at its blank lines; the lines
    within a paragraph are joined."""
    # a line of spaces or tabs is blank too
    blocks = [" ".join(block.split()) for block in _BLANK_LINE.split(text.replace("\r\n", "\n"))]
    return [block for block in blocks if block]


def _paragraph(value: str, language: str) -> str:
    text = clean_text(value, field=Label("the paragraph"), required=True)
    assert text is not None
    if len(text) > MAX_PARAGRAPH:
        raise InvalidInput(
            "a paragraph in {language} has {count} characters, more than {most}: split it.",
            language=language,
            count=len(text),
            most=MAX_PARAGRAPH,
        )
    return text


def _titles(title_kk: str, title_ru: str) -> tuple[str, str]:
    kk = clean_line(title_kk, field=Label("the Kazakh title"), required=True)
    ru = clean_line(title_ru, field=Label("the Russian title"), required=True)
    assert kk is not None and ru is not None
    return kk, ru


def create_document(
    session: Session,
    *,
    kind: str,
    title_kk: str,
    title_ru: str,
    paragraphs_kk: Sequence[str],
    paragraphs_ru: Sequence[str],
) -> CampaignDocument:
    """A new draft at headquarters; the two languages have the same paragraphs, in order."""
    _require_headquarters(session)
    if len(paragraphs_kk) != len(paragraphs_ru):
        raise InvalidInput(
            "the Kazakh text has {kk} paragraphs and the Russian one {ru}: each paragraph is "
            "written in both languages (paragraphs are separated by a blank line).",
            kk=len(paragraphs_kk),
            ru=len(paragraphs_ru),
        )
    if not paragraphs_kk:
        raise InvalidInput("the document has no text: give at least one paragraph.")
    if len(paragraphs_kk) > MAX_PARAGRAPHS:
        raise InvalidInput(
            "the document has {count} paragraphs, more than {most}.",
            count=len(paragraphs_kk),
            most=MAX_PARAGRAPHS,
        )
    kk, ru = _titles(title_kk, title_ru)
    document = CampaignDocument(kind=parse_kind(kind).value, title_kk=kk, title_ru=ru)
    session.add(document)
    note_record(session, "campaigndocument", None)
    session.flush()
    for position, (text_kk, text_ru) in enumerate(
        zip(paragraphs_kk, paragraphs_ru, strict=True), start=1
    ):
        session.add(
            DocumentParagraph(
                document_id=document.id,
                position=position,
                text_kk=_paragraph(text_kk, "kk"),
                text_ru=_paragraph(text_ru, "ru"),
            )
        )
    session.flush()
    return document


def _document(session: Session, document_id: str) -> CampaignDocument:
    found = session.get(CampaignDocument, document_id)
    if found is None:
        raise NotFound(
            "no document with id {id}: 'khdesk documents list' shows them.", id=document_id
        )
    return found


def draft_paragraphs(session: Session, document_id: str) -> list[DocumentParagraph]:
    """The draft's paragraphs in order, the removed ones left out."""
    query = (
        select(DocumentParagraph)
        .where(DocumentParagraph.document_id == document_id, DocumentParagraph.removed == False)  # noqa: E712
        .order_by(col(DocumentParagraph.position))
    )
    return list(session.exec(query))


def _numbered_paragraph(session: Session, document_id: str, number: int) -> DocumentParagraph:
    paragraphs = draft_paragraphs(session, document_id)
    if not 1 <= number <= len(paragraphs):
        raise NotFound(
            "the draft has no paragraph {number}: it has {count}.",
            number=number,
            count=len(paragraphs),
        )
    return paragraphs[number - 1]


def paragraph_number(
    session: Session,
    document_id: str,
    paragraph_id: str,
    *,
    read: tuple[str, str] | None = None,
    removing: bool = False,
) -> int:
    """The number the draft's paragraph ``paragraph_id`` has now: the window names a paragraph
    by its id, since another analyst may have added or removed one before it. With ``read``
    (its Kazakh and Russian wording as the window showed it), refuse when someone changed it
    since, saying so as a refused edit or, ``removing``, a refused removal."""
    paragraphs = draft_paragraphs(session, document_id)
    number = next((n for n, p in enumerate(paragraphs, start=1) if p.id == paragraph_id), None)
    if number is None:
        raise ChangedMeanwhile(
            "this paragraph was removed from the draft meanwhile: nothing was saved."
        )
    found = paragraphs[number - 1]
    if read is not None and (found.text_kk, found.text_ru) != read:
        if removing:
            raise ChangedMeanwhile(
                "another analyst changed this paragraph meanwhile: nothing was removed; read "
                "its new wording first."
            )
        raise ChangedMeanwhile(
            "another analyst changed this paragraph meanwhile: nothing was saved; read its "
            "new wording and edit it again."
        )
    return number


def _renumber(session: Session, paragraphs: Sequence[DocumentParagraph]) -> None:
    for position, paragraph in enumerate(paragraphs, start=1):
        if paragraph.position != position:
            paragraph.position = position
            session.add(paragraph)


def edit_paragraph(
    session: Session,
    document_id: str,
    number: int,
    *,
    text_kk: str | None = None,
    text_ru: str | None = None,
) -> DocumentParagraph:
    """Change the wording of the draft's paragraph ``number`` (as shown) in either language;
    the paragraph keeps its id."""
    _require_headquarters(session)
    require_not_adopted(session, document_id)
    paragraph = _numbered_paragraph(session, _document(session, document_id).id, number)
    if text_kk is not None:
        paragraph.text_kk = _paragraph(text_kk, "kk")
    if text_ru is not None:
        paragraph.text_ru = _paragraph(text_ru, "ru")
    session.add(paragraph)
    note_record(session, "documentparagraph", None)
    session.flush()
    return paragraph


def add_paragraph(
    session: Session, document_id: str, *, after: int, text_kk: str, text_ru: str
) -> DocumentParagraph:
    """A new paragraph after the draft's paragraph ``after`` (0: first)."""
    _require_headquarters(session)
    document = _document(session, document_id)
    require_not_adopted(session, document.id)
    paragraphs = draft_paragraphs(session, document.id)
    if not 0 <= after <= len(paragraphs):
        raise NotFound(
            "the draft has no paragraph {number}: it has {count}.",
            number=after,
            count=len(paragraphs),
        )
    if len(paragraphs) >= MAX_PARAGRAPHS:
        raise InvalidInput(
            "the document has {count} paragraphs, more than {most}.",
            count=len(paragraphs) + 1,
            most=MAX_PARAGRAPHS,
        )
    added = DocumentParagraph(
        document_id=document.id,
        position=after + 1,
        text_kk=_paragraph(text_kk, "kk"),
        text_ru=_paragraph(text_ru, "ru"),
    )
    session.add(added)
    note_record(session, "documentparagraph", None)
    _renumber(session, [*paragraphs[:after], added, *paragraphs[after:]])
    session.flush()
    return added


def remove_paragraph(session: Session, document_id: str, number: int) -> DocumentParagraph:
    """Take the draft's paragraph ``number`` out of the next version; it stays, marked, so
    that an amendment to it can say it was removed."""
    _require_headquarters(session)
    document = _document(session, document_id)
    require_not_adopted(session, document.id)
    paragraph = _numbered_paragraph(session, document.id, number)
    if len(draft_paragraphs(session, document.id)) == 1:
        raise InvalidInput("this is the draft's only paragraph: a document keeps at least one.")
    paragraph.removed = True
    session.add(paragraph)
    note_record(session, "documentparagraph", None)
    session.flush()
    _renumber(session, draft_paragraphs(session, document.id))
    session.flush()
    return paragraph


def _canonical(kind: str, title_kk: str, title_ru: str, paragraphs: list[dict[str, str]]) -> bytes:
    return orjson.dumps(
        {"kind": kind, "title_kk": title_kk, "title_ru": title_ru, "paragraphs": paragraphs},
        option=orjson.OPT_SORT_KEYS,
    )


def fingerprint(kind: str, title_kk: str, title_ru: str, paragraphs: list[dict[str, str]]) -> str:
    """The SHA-256 of a version's canonical JSON, printed with an adopted text."""
    return hashlib.sha256(_canonical(kind, title_kk, title_ru, paragraphs)).hexdigest()


def versions(session: Session, document_id: str) -> list[DocumentVersion]:
    query = select(DocumentVersion).where(DocumentVersion.document_id == document_id)
    return list(session.exec(query.order_by(col(DocumentVersion.number))))


def _draft_rows(session: Session, document_id: str) -> list[dict[str, str]]:
    return [
        {"id": p.id, "text_kk": p.text_kk, "text_ru": p.text_ru}
        for p in draft_paragraphs(session, document_id)
    ]


def draft_fingerprint(session: Session, document: CampaignDocument) -> str:
    """The fingerprint the draft would have if it were published now."""
    rows = _draft_rows(session, document.id)
    return fingerprint(document.kind, document.title_kk, document.title_ru, rows)


def publish(session: Session, document_id: str) -> DocumentVersion:
    """Freeze the draft as its next version (the next reference bundle carries it)."""
    _require_headquarters(session)
    document = _document(session, document_id)
    require_not_adopted(session, document.id)
    paragraphs = _draft_rows(session, document.id)
    printed = fingerprint(document.kind, document.title_kk, document.title_ru, paragraphs)
    earlier = versions(session, document.id)
    if earlier and earlier[-1].fingerprint == printed:
        raise InvalidInput(
            "nothing changed since version {number}: edit the draft before publishing again.",
            number=earlier[-1].number,
        )
    version = DocumentVersion(
        document_id=document.id,
        number=(earlier[-1].number + 1) if earlier else 1,
        kind=document.kind,
        title_kk=document.title_kk,
        title_ru=document.title_ru,
        paragraphs=orjson.dumps(paragraphs).decode(),
        fingerprint=printed,
    )
    session.add(version)
    note_record(session, "documentversion", None)
    try:
        session.flush()
    except IntegrityError:  # another analyst published the same number a moment before
        raise ChangedMeanwhile(
            "another analyst published this document at the same moment: nothing was saved; "
            "look at its versions ('khdesk documents list') and publish again if needed."
        ) from None
    return version


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """A document as ``khdesk documents list`` shows it."""

    id: str
    kind: str
    title_kk: str
    title_ru: str
    versions: int
    #: the newest version's number and fingerprint, if one was published
    latest: int | None
    fingerprint: str | None
    #: whether headquarters holds its draft here (a region holds versions only)
    draft: bool
    #: the amendments of the round tables known here, by outcome ("open": not reviewed yet)
    amendments: dict[str, int] = field(default_factory=dict)
    #: the version the plenary adopted, with the vote's day, if it was adopted
    adopted: DocumentAdoption | None = None
    #: whether headquarters' draft has changes that no version holds yet
    unpublished: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "titles": {"kk": self.title_kk, "ru": self.title_ru},
            "versions": self.versions,
            "latest": self.latest,
            "fingerprint": self.fingerprint,
            "amendments": dict(self.amendments),
            "adopted": self.adopted is not None,
            "adopted_version": self.adopted.version_number if self.adopted else None,
            "adopted_on": self.adopted.adopted_on.isoformat() if self.adopted else None,
            "unpublished": self.unpublished,
        }


def summaries(session: Session) -> list[Summary]:
    """Every document known here: headquarters' drafts, and the versions a region received."""
    found: dict[str, Summary] = {}
    published: dict[str, list[DocumentVersion]] = {}
    for version in session.exec(select(DocumentVersion).order_by(col(DocumentVersion.number))):
        published.setdefault(version.document_id, []).append(version)
    for document in session.exec(
        select(CampaignDocument).order_by(col(CampaignDocument.created_at))
    ):
        its = published.pop(document.id, [])
        found[document.id] = Summary(
            document.id, document.kind, document.title_kk, document.title_ru, len(its),
            its[-1].number if its else None, its[-1].fingerprint if its else None, True,
            unpublished=not its or draft_fingerprint(session, document) != its[-1].fingerprint,
        )  # fmt: skip
    for document_id, its in published.items():
        newest = its[-1]
        found[document_id] = Summary(
            document_id, newest.kind, newest.title_kk, newest.title_ru, len(its), newest.number,
            newest.fingerprint, False,
        )  # fmt: skip
    counts = _outcome_counts(session)
    return [
        replace(summary, amendments=counts.get(key, {}), adopted=adoption(session, key))
        for key, summary in found.items()
    ]


def _outcome_counts(session: Session) -> dict[str, dict[str, int]]:
    """Every document's live amendments by outcome."""
    rows = session.exec(
        select(TextAmendment.document_id, AmendmentReview.status)
        .join(
            AmendmentReview,
            col(AmendmentReview.amendment_id) == TextAmendment.id,
            isouter=True,
        )
        .where(TextAmendment.deleted == False)  # noqa: E712
    )
    counts: dict[str, dict[str, int]] = {}
    for document_id, status in rows:
        its = counts.setdefault(document_id, {})
        its[status or "open"] = its.get(status or "open", 0) + 1
    return counts


@dataclass(frozen=True)
class Shown:
    """A version (or headquarters' draft) as read for discussion."""

    title: str
    number: int | None
    fingerprint: str | None
    #: (line number, paragraph number, paragraph id, the line's text)
    lines: list[tuple[int, int, str, str]]


def numbered(
    paragraphs: Sequence[tuple[str, str]], width: int = LINE_WIDTH
) -> list[tuple[int, int, str, str]]:
    """Paragraphs (id, text) cut into lines of at most ``width`` characters, each line with its
    number counted through the whole text, as a discussion quotes them (paragraph 3, line 14)."""
    lines: list[tuple[int, int, str, str]] = []
    for number, (paragraph_id, text) in enumerate(paragraphs, start=1):
        for line in textwrap.wrap(text, width=width, break_long_words=True) or [""]:
            lines.append((len(lines) + 1, number, paragraph_id, line))
    return lines


def show(session: Session, document_id: str, language: str, version: int | None = None) -> Shown:
    """A version (the newest when none is named; the draft at headquarters when none was
    published) with its lines numbered, in ``language``."""
    if language not in LANGUAGES:
        raise InvalidInput("a document is written in kk and ru: choose one of them.")
    its = versions(session, document_id)
    if version is not None or its:
        chosen = [v for v in its if version is None or v.number == version]
        if not chosen:
            raise NotFound(
                "document {id} has no version {number}: 'khdesk documents list' shows its "
                "versions.",
                id=document_id,
                number=version,
            )
        published = chosen[-1]
        rows = orjson.loads(published.paragraphs)
        title = published.title_kk if language == "kk" else published.title_ru
        text = [(row["id"], row[f"text_{language}"]) for row in rows]
        return Shown(title, published.number, published.fingerprint, numbered(text))
    document = _document(session, document_id)
    draft = [(p.id, getattr(p, f"text_{language}")) for p in draft_paragraphs(session, document.id)]
    title = document.title_kk if language == "kk" else document.title_ru
    return Shown(title, None, None, numbered(draft))


# --- the reference bundle ----------------------------------------------------------------------


def versions_entry(session: Session) -> bytes:
    """Every published version, as a reference bundle carries it."""
    rows = session.exec(
        select(DocumentVersion).order_by(
            col(DocumentVersion.document_id), col(DocumentVersion.number)
        )
    )
    return orjson.dumps(
        [
            {
                "id": v.id, "document_id": v.document_id, "number": v.number, "kind": v.kind,
                "title_kk": v.title_kk, "title_ru": v.title_ru,
                "paragraphs": orjson.loads(v.paragraphs), "fingerprint": v.fingerprint,
                "published_at": v.published_at.isoformat(),
            }
            for v in rows
        ]
    )  # fmt: skip


def keep_received(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Store the versions a region received (checked by ``records.document_rows``); a version
    already here must be the same one. Returns how many are new."""
    fresh = 0
    for row in rows:
        stored = session.get(DocumentVersion, row["id"])
        if stored is not None:
            if stored.fingerprint != row["fingerprint"] or stored.number != row["number"]:
                raise BundleRejected(
                    "the reference bundle changes a published version of a document: refused; "
                    "ask headquarters for a new one."
                )
            continue
        session.add(
            DocumentVersion(
                id=row["id"], document_id=row["document_id"], number=row["number"],
                kind=row["kind"], title_kk=row["title_kk"], title_ru=row["title_ru"],
                paragraphs=orjson.dumps(row["paragraphs"]).decode(),
                fingerprint=row["fingerprint"],
                published_at=dt.datetime.fromisoformat(row["published_at"]),
            )
        )  # fmt: skip
        fresh += 1
    session.flush()
    return fresh
