"""The amendments round tables make to a campaign's document, headquarters' review of them, and
the plenary's vote that adopts the text.

A facilitator opens a published version in a meeting, reads it with its lines numbered and
records each amendment as the participants make it: the paragraph (by its id) and lines, the new
wording, a deletion or an added paragraph, in the language the meeting read, who proposed it and
the meeting's vote. Amendments are ``TextAmendment`` records and travel in the region's bundle.

Headquarters sees every amendment to a paragraph side by side (``consolidation``) and gives each
an outcome (``review``): accepted (its wording goes into the draft at once, in both languages),
merged with another amendment, declined with a reason, or sent back for clarification. The
accepted ones make the next version when headquarters publishes it; ``version_diff`` shows what
changed between two versions word by word. The plenary's vote (``adopt``) freezes the document:
from then on its text never changes, and a change is a new document. docs/campaign-documents.md
describes it for users.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from khdesk.documents import campaign
from khdesk.domain.errors import ChangedMeanwhile, InvalidInput, Label, NotFound, ReadOnly
from khdesk.domain.validation import check_count, clean_name, clean_text
from khdesk.domain.vocabulary import (
    AmendmentAction,
    AmendmentOutcome,
    MeetingKind,
    MeetingStatus,
    Role,
)
from khdesk.services import campaign_documents as drafts
from khdesk.services.changes import note_record
from khdesk.services.common import get_live, optional_person
from khdesk.services.installation import local_device
from khdesk.services.minutes import present_count, votes_beyond_present
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import (
    AmendmentReview,
    CampaignDocument,
    DocumentAdoption,
    DocumentParagraph,
    DocumentVersion,
    Meeting,
    Region,
    TextAmendment,
    utcnow,
)
from khdesk.storage.numbers import meeting_number

_PROPOSER = Label("who proposed the amendment")
_WORDING = Label("the amendment's wording")
_VOTE_LABELS = {
    "votes_for": Label("votes for"),
    "votes_against": Label("votes against"),
    "votes_abstained": Label("abstentions"),
}


# --- a version as a meeting reads it --------------------------------------------------------------


def version_of(session: Session, document_id: str, number: int | None = None) -> DocumentVersion:
    """A published version of the document (the newest when ``number`` is None)."""
    its = drafts.versions(session, document_id)
    chosen = [v for v in its if number is None or v.number == number]
    if not chosen:
        if not its:
            raise NotFound(
                "document {id} has no published version here: import the newest reference "
                "bundle from headquarters.",
                id=document_id,
            )
        raise NotFound(
            "document {id} has no version {number}: 'khdesk documents list' shows its versions.",
            id=document_id,
            number=number,
        )
    return chosen[-1]


def paragraphs_in(version: DocumentVersion) -> list[dict[str, str]]:
    """The version's paragraphs in order: ``{"id", "text_kk", "text_ru"}``."""
    return list(orjson.loads(version.paragraphs))


def paragraph_at(version: DocumentVersion, number: int) -> str:
    """The id of the version's paragraph ``number`` (counted from 1, as shown)."""
    rows = paragraphs_in(version)
    if not 1 <= number <= len(rows):
        raise NotFound(
            "version {version} has no paragraph {number}: it has {count}.",
            version=version.number,
            number=number,
            count=len(rows),
        )
    return str(rows[number - 1]["id"])


def _lines_of(version: DocumentVersion, language: str, paragraph_id: str) -> tuple[int, int]:
    text = [(row["id"], row[f"text_{language}"]) for row in paragraphs_in(version)]
    numbers = [line for line, _n, pid, _t in drafts.numbered(text) if pid == paragraph_id]
    return numbers[0], numbers[-1]


def _language(value: str) -> str:
    if value not in drafts.LANGUAGES:
        raise InvalidInput("a document is written in kk and ru: choose one of them.")
    return value


def _wording(value: str | None, *, required: bool) -> str | None:
    words = clean_text(value, field=_WORDING, required=required)
    if words is not None:
        words = " ".join(words.split())
        if len(words) > drafts.MAX_PARAGRAPH:
            raise InvalidInput(
                "the amendment's wording has {count} characters, more than a paragraph may "
                "({most}): shorten it.",
                count=len(words),
                most=drafts.MAX_PARAGRAPH,
            )
    return words


def _open_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = get_live(session, Meeting, meeting_id, what=Label("meeting"))
    if meeting.status == MeetingStatus.CLOSED:
        raise ReadOnly(
            "this meeting is closed: a document's amendments are recorded while the meeting "
            "is open."
        )
    return meeting


def _votes(session: Session, meeting_id: str, votes: dict[str, int | None]) -> dict[str, Any]:
    clean = {name: check_count(value, field=_VOTE_LABELS[name]) for name, value in votes.items()}
    problem = votes_beyond_present(
        sum(v or 0 for v in clean.values()), present_count(session, meeting_id)
    )
    if problem is not None:
        raise InvalidInput(problem)
    return clean


def _checked(
    session: Session,
    meeting_id: str,
    version: DocumentVersion,
    *,
    action: str,
    language: str,
    paragraph_id: str | None,
    lines: tuple[int, int] | None,
    text_kk: str | None,
    text_ru: str | None,
) -> dict[str, Any]:
    """The amendment's fields as they will be stored, or the one sentence that refuses them."""
    try:
        what = AmendmentAction(action)
    except ValueError:
        raise InvalidInput(
            "'{action}' is not an amendment: use replace, delete or add.", action=action[:32]
        ) from None
    language = _language(language)
    ids = [row["id"] for row in paragraphs_in(version)]
    if paragraph_id is None and what != AmendmentAction.ADD:
        raise InvalidInput("name the paragraph the amendment changes.")
    if paragraph_id is not None and paragraph_id not in ids:
        raise NotFound(
            "that paragraph is not in version {version} of the document.", version=version.number
        )
    words = {
        "kk": _wording(text_kk, required=what != AmendmentAction.DELETE and language == "kk"),
        "ru": _wording(text_ru, required=what != AmendmentAction.DELETE and language == "ru"),
    }
    if what == AmendmentAction.DELETE:
        words = {"kk": None, "ru": None}
    line_from = line_to = None
    if lines is not None and what == AmendmentAction.REPLACE and paragraph_id is not None:
        first, last = _lines_of(version, language, paragraph_id)
        line_from, line_to = lines
        if not first <= line_from <= line_to <= last:
            raise InvalidInput(
                "paragraph {number} has lines {first}–{last} in this language: give lines "
                "within them.",
                number=ids.index(paragraph_id) + 1,
                first=first,
                last=last,
            )
    return {
        "action": what.value, "language": language, "paragraph_id": paragraph_id,
        "line_from": line_from, "line_to": line_to, "text_kk": words["kk"],
        "text_ru": words["ru"],
    }  # fmt: skip


def record_amendment(
    session: Session,
    actor: Actor,
    meeting_id: str,
    *,
    document_id: str,
    action: str,
    language: str,
    paragraph_id: str | None = None,
    version_number: int | None = None,
    lines: tuple[int, int] | None = None,
    text_kk: str | None = None,
    text_ru: str | None = None,
    proposer_name: str | None = None,
    proposer_person_id: str | None = None,
    votes_for: int | None = None,
    votes_against: int | None = None,
    votes_abstained: int | None = None,
) -> TextAmendment:
    """An amendment the meeting made to a published version (the newest by default)."""
    meeting = _open_meeting(session, meeting_id)
    version = version_of(session, document_id, version_number)
    fields = _checked(
        session, meeting.id, version, action=action, language=language,
        paragraph_id=paragraph_id, lines=lines, text_kk=text_kk, text_ru=text_ru,
    )  # fmt: skip
    votes = _votes(
        session,
        meeting.id,
        {"votes_for": votes_for, "votes_against": votes_against,
         "votes_abstained": votes_abstained},
    )  # fmt: skip
    amendment = TextAmendment(
        meeting_id=meeting.id,
        document_id=version.document_id,
        version_number=version.number,
        proposer_person_id=optional_person(session, proposer_person_id),
        proposer_name=clean_name(proposer_name, field=_PROPOSER),
        device_id=actor.device_id,
        seq=0,
        **fields,
        **votes,
    )
    return Recorder(session, actor).add(amendment)


def update_amendment(
    session: Session, actor: Actor, amendment_id: str, **changes: Any
) -> TextAmendment:
    """Change an amendment while its meeting is open (its wording, lines, proposer, vote)."""
    amendment = get_live(session, TextAmendment, amendment_id, what=Label("amendment"))
    _open_meeting(session, amendment.meeting_id)
    allowed = {"action", "language", "paragraph_id", "lines", "text_kk", "text_ru",
               "proposer_name", "proposer_person_id", *_VOTE_LABELS}  # fmt: skip
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput("'{field}' is not part of an amendment.", field=sorted(unknown)[0])
    current: dict[str, Any] = {
        "action": amendment.action, "language": amendment.language,
        "paragraph_id": amendment.paragraph_id,
        "lines": (amendment.line_from, amendment.line_to) if amendment.line_from else None,
        "text_kk": amendment.text_kk, "text_ru": amendment.text_ru,
    }  # fmt: skip
    version = version_of(session, amendment.document_id, amendment.version_number)
    wanted = {k: changes.get(k, v) for k, v in current.items()}
    clean = _checked(session, amendment.meeting_id, version, **wanted)
    if "proposer_name" in changes:
        clean["proposer_name"] = clean_name(changes["proposer_name"], field=_PROPOSER)
    if "proposer_person_id" in changes:
        clean["proposer_person_id"] = optional_person(session, changes["proposer_person_id"])
    votes = {name: changes.get(name, getattr(amendment, name)) for name in _VOTE_LABELS}
    clean.update(_votes(session, amendment.meeting_id, votes))
    changed = {k: v for k, v in clean.items() if getattr(amendment, k) != v}
    if changed:
        Recorder(session, actor).update(amendment, changed)
    return amendment


def delete_amendment(session: Session, actor: Actor, amendment_id: str) -> None:
    amendment = get_live(session, TextAmendment, amendment_id, what=Label("amendment"))
    _open_meeting(session, amendment.meeting_id)
    Recorder(session, actor).delete(amendment)


def meeting_amendments(session: Session, meeting_id: str) -> list[TextAmendment]:
    """The meeting's amendments in the order they were made."""
    query = select(TextAmendment).where(
        TextAmendment.meeting_id == meeting_id,
        TextAmendment.deleted == False,  # noqa: E712
    )
    return list(session.exec(query.order_by(col(TextAmendment.id))))


def documents_to_amend(session: Session) -> list[DocumentVersion]:
    """The newest published version of every document known here, for a meeting to amend; an
    adopted document is no longer amended."""
    newest: dict[str, DocumentVersion] = {}
    for version in session.exec(select(DocumentVersion).order_by(col(DocumentVersion.number))):
        newest[version.document_id] = version
    adopted = set(session.exec(select(DocumentAdoption.document_id)))
    return [v for key, v in newest.items() if key not in adopted]


# --- headquarters' review -------------------------------------------------------------------------


#: ``review`` called without the revision the analyst saw (the command line).
UNCHECKED = -1


def _require_headquarters(session: Session) -> None:
    device = local_device(session)
    if device is None or device.role != Role.HQ.value:
        raise ReadOnly("headquarters reviews the amendments to the campaign's documents.")


def _draft_paragraph(session: Session, paragraph_id: str) -> DocumentParagraph:
    paragraph = session.get(DocumentParagraph, paragraph_id)
    if paragraph is None or paragraph.removed:
        raise InvalidInput(
            "the paragraph this amendment changes was removed from the draft: decline the "
            "amendment or merge it with another."
        )
    return paragraph


def _texts_for_draft(
    amendment: TextAmendment, text_kk: str | None, text_ru: str | None
) -> tuple[str, str]:
    """The wording that goes into the draft in both languages: the analyst's, else the
    amendment's own; the language the amendment lacks must be given."""
    kk = _wording(text_kk, required=False) or amendment.text_kk
    ru = _wording(text_ru, required=False) or amendment.text_ru
    if not kk:
        raise InvalidInput(
            "the amendment is worded in Russian only: give the Kazakh wording that goes into "
            "the draft."
        )
    if not ru:
        raise InvalidInput(
            "the amendment is worded in Kazakh only: give the Russian wording that goes into "
            "the draft."
        )
    return kk, ru


def _accept_into_draft(
    session: Session, amendment: TextAmendment, text_kk: str | None, text_ru: str | None
) -> None:
    document_id = amendment.document_id
    if amendment.action == AmendmentAction.DELETE:
        paragraph = _draft_paragraph(session, str(amendment.paragraph_id))
        drafts.remove_paragraph(session, document_id, paragraph.position)
        return
    kk, ru = _texts_for_draft(amendment, text_kk, text_ru)
    if amendment.action == AmendmentAction.REPLACE:
        paragraph = _draft_paragraph(session, str(amendment.paragraph_id))
        drafts.edit_paragraph(session, document_id, paragraph.position, text_kk=kk, text_ru=ru)
        return
    after = 0
    if amendment.paragraph_id is not None:
        after = _draft_paragraph(session, amendment.paragraph_id).position
    drafts.add_paragraph(session, document_id, after=after, text_kk=kk, text_ru=ru)


def review(
    session: Session,
    amendment_id: str,
    outcome: str,
    *,
    reason: str | None = None,
    merged_into_id: str | None = None,
    text_kk: str | None = None,
    text_ru: str | None = None,
    reviewer: str | None = None,
    revision: int | None = UNCHECKED,
) -> AmendmentReview:
    """Headquarters' outcome for an amendment. Accepting it writes its wording into the draft
    at once (``text_kk``/``text_ru`` give the wording the amendment lacks, or the analyst's
    own); the next published version carries it. ``revision`` is the review's revision the
    analyst saw (None: they saw none; ``UNCHECKED``: not compared), so that two analysts
    deciding at once are told."""
    _require_headquarters(session)
    amendment = get_live(session, TextAmendment, amendment_id, what=Label("amendment"))
    if session.get(CampaignDocument, amendment.document_id) is None:
        raise NotFound(
            "the amendment names a document headquarters does not hold: nothing was saved."
        )
    drafts.require_not_adopted(session, amendment.document_id)
    try:
        status = AmendmentOutcome(outcome)
    except ValueError:
        raise InvalidInput(
            "'{outcome}' is not an outcome: use accepted, merged, declined or clarification.",
            outcome=outcome[:32],
        ) from None
    stored = session.get(AmendmentReview, amendment.id)
    seen = stored.revision if stored else None
    if revision not in (UNCHECKED, seen):
        raise ChangedMeanwhile(
            "another analyst decided this amendment a moment ago: nothing was saved; look at "
            "it again."
        )
    if stored is not None and stored.status == AmendmentOutcome.ACCEPTED:
        raise ReadOnly(
            "this amendment is already in the draft: edit the draft's paragraph instead "
            "('khdesk documents paragraph')."
        )
    why = clean_text(reason, field=Label("the reason"))
    into = None
    if status == AmendmentOutcome.OPEN:
        raise InvalidInput("choose an outcome: accepted, merged, declined or clarification.")
    if status in (AmendmentOutcome.DECLINED, AmendmentOutcome.CLARIFICATION) and not why:
        raise InvalidInput(
            "say why: the region reads the reason beside its amendment."
            if status == AmendmentOutcome.DECLINED
            else "say what needs clarifying: the region reads it beside its amendment."
        )
    if status == AmendmentOutcome.MERGED:
        into = _merge_target(session, amendment, merged_into_id)
    if status == AmendmentOutcome.ACCEPTED:
        _accept_into_draft(session, amendment, text_kk, text_ru)
    if stored is None:
        stored = AmendmentReview(amendment_id=amendment.id, status=status.value)
    else:
        stored.revision += 1
    stored.status = status.value
    stored.reason = why
    stored.merged_into_id = into
    stored.reviewer = reviewer
    stored.reviewed_at = utcnow()
    session.add(stored)
    note_record(session, "amendmentreview", None)
    try:
        session.flush()
    except IntegrityError:  # another analyst reviewed it first, on the same database
        raise ChangedMeanwhile(
            "another analyst decided this amendment a moment ago: nothing was saved; look at "
            "it again."
        ) from None
    return stored


def _merge_target(session: Session, amendment: TextAmendment, target_id: str | None) -> str:
    if not target_id:
        raise InvalidInput("name the amendment this one is merged with.")
    target = get_live(session, TextAmendment, target_id, what=Label("amendment"))
    if target.id == amendment.id:
        raise InvalidInput("an amendment cannot be merged with itself: choose another.")
    if target.document_id != amendment.document_id:
        raise InvalidInput("that amendment is to another document: choose one to the same.")
    its = session.get(AmendmentReview, target.id)
    if its is not None and its.status == AmendmentOutcome.MERGED:
        raise InvalidInput(
            "that amendment is itself merged with another: merge this one with that other."
        )
    return target.id


def outcome_of(session: Session, amendment_id: str) -> AmendmentReview | None:
    return session.get(AmendmentReview, amendment_id)


# --- side by side ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentView:
    """An amendment as headquarters reads it beside the others to its paragraph."""

    id: str
    number: int  # counted through the document, in the order amendments were made
    region: str | None
    region_kato: str | None
    meeting: str  # its number, title and date
    meeting_id: str
    version_number: int
    paragraph_id: str | None
    action: str
    language: str
    line_from: int | None
    line_to: int | None
    text_kk: str | None
    text_ru: str | None
    proposer: str | None
    votes: tuple[int | None, int | None, int | None]
    outcome: str
    reason: str | None
    merged_into: int | None  # the number of the amendment it was merged with
    revision: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "number": self.number, "region": self.region_kato,
            "meeting": self.meeting, "version": self.version_number, "action": self.action,
            "language": self.language, "lines": [self.line_from, self.line_to]
            if self.line_from else None, "text_kk": self.text_kk, "text_ru": self.text_ru,
            "proposer": self.proposer, "votes": list(self.votes), "outcome": self.outcome,
            "reason": self.reason, "merged_into": self.merged_into,
        }  # fmt: skip


@dataclass
class ParagraphGroup:
    """One paragraph with every amendment to it, from every region."""

    paragraph_id: str | None  # None: amendments adding a paragraph at the start
    #: its number in the draft (headquarters) or the newest version (a region); None: removed
    number: int | None
    text_kk: str
    text_ru: str
    #: the first version without it, when it was removed
    removed_in: int | None
    #: True when the group holds the paragraph's own amendments; the added paragraphs after it
    #: are in ``added``
    amendments: list[AmendmentView] = field(default_factory=list)
    added: list[AmendmentView] = field(default_factory=list)


def _meeting_name(session: Session, meeting: Meeting, *, dated: bool = False) -> str:
    """A meeting as the documents and the window name it: № number «title» (, its day)."""
    name = f"№ {meeting_number(session, meeting)} «{meeting.title}»"
    return f"{name}, {meeting.date.strftime('%d.%m.%Y')}" if dated else name


def _region_names(session: Session, language: str) -> dict[str, str]:
    return {r.kato: getattr(r, f"name_{language}") for r in session.exec(select(Region))}


def amendment_views(
    session: Session, document_id: str, *, language: str = "ru"
) -> list[AmendmentView]:
    """Every live amendment to the document, numbered in the order they were made."""
    rows = session.exec(
        select(TextAmendment, Meeting)
        .join(Meeting, col(Meeting.id) == TextAmendment.meeting_id)
        .where(
            TextAmendment.document_id == document_id,
            TextAmendment.deleted == False,  # noqa: E712
            Meeting.deleted == False,  # noqa: E712
        )
        .order_by(col(TextAmendment.id))
    ).all()
    reviews = {
        r.amendment_id: r
        for r in session.exec(
            select(AmendmentReview).where(
                col(AmendmentReview.amendment_id).in_([a.id for a, _m in rows])
            )
        )
    }
    regions = _region_names(session, "kk" if language == "kk" else "ru")
    numbers = {amendment.id: n for n, (amendment, _m) in enumerate(rows, start=1)}
    views = []
    for amendment, meeting in rows:
        its = reviews.get(amendment.id)
        views.append(
            AmendmentView(
                id=amendment.id, number=numbers[amendment.id],
                region=regions.get(meeting.region_kato or ""), region_kato=meeting.region_kato,
                meeting=_meeting_name(session, meeting, dated=True),
                meeting_id=meeting.id, version_number=amendment.version_number,
                paragraph_id=amendment.paragraph_id,
                action=amendment.action, language=amendment.language,
                line_from=amendment.line_from, line_to=amendment.line_to,
                text_kk=amendment.text_kk, text_ru=amendment.text_ru,
                proposer=amendment.proposer_name,
                votes=(amendment.votes_for, amendment.votes_against, amendment.votes_abstained),
                outcome=its.status if its else AmendmentOutcome.OPEN.value,
                reason=its.reason if its else None,
                merged_into=numbers.get(its.merged_into_id or "") if its else None,
                revision=its.revision if its else None,
            )
        )  # fmt: skip
    return views


def consolidation(
    session: Session, document_id: str, *, language: str = "ru"
) -> list[ParagraphGroup]:
    """Every paragraph that has amendments (and every paragraph of the draft), each with its
    amendments from every region side by side: the draft's paragraphs in order, then those a
    later version removed, marked as removed, never lost."""
    its = drafts.versions(session, document_id)
    document = session.get(CampaignDocument, document_id)
    if not its and document is None:
        raise NotFound(
            "no document with id {id}: 'khdesk documents list' shows them.", id=document_id
        )
    texts: dict[str, tuple[str, str]] = {}
    last_seen: dict[str, int] = {}
    for version in its:
        for row in paragraphs_in(version):
            texts[row["id"]] = (row["text_kk"], row["text_ru"])
            last_seen[row["id"]] = version.number
    if document is not None:
        current = [
            (p.id, p.text_kk, p.text_ru) for p in drafts.draft_paragraphs(session, document_id)
        ]
        for pid, kk, ru in current:
            texts[pid] = (kk, ru)
    else:
        current = [(r["id"], r["text_kk"], r["text_ru"]) for r in paragraphs_in(its[-1])]
    groups: dict[str | None, ParagraphGroup] = {None: ParagraphGroup(None, 0, "", "", None)}
    for number, (pid, kk, ru) in enumerate(current, start=1):
        groups[pid] = ParagraphGroup(pid, number, kk, ru, None)
    for view in amendment_views(session, document_id, language=language):
        named = view.paragraph_id
        if named not in groups:
            old_kk, old_ru = texts.get(named or "", ("", ""))
            removed_in = last_seen.get(named or "", 0) + 1
            groups[named] = ParagraphGroup(named, None, old_kk, old_ru, removed_in)
        target = groups[named]
        (target.added if view.action == AmendmentAction.ADD else target.amendments).append(view)
    start = groups.pop(None)
    ordered = [g for g in groups.values() if g.number is not None]
    ordered += [g for g in groups.values() if g.number is None]
    return ([start] if start.added else []) + ordered


def outcome_counts(session: Session, document_id: str) -> dict[str, int]:
    """How many amendments the document has by outcome (those with none left out)."""
    counts: dict[str, int] = {}
    for view in amendment_views(session, document_id):
        counts[view.outcome] = counts.get(view.outcome, 0) + 1
    return counts


# --- the difference between versions, word by word ------------------------------------------------

#: A word, or one mark of punctuation: "защиту." against "защиту и" changes no word.
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_NO_SPACE_BEFORE = frozenset(".,;:!?»)…”")
_NO_SPACE_AFTER = frozenset("«(„“")


def _joined(words: Sequence[str]) -> str:
    """Words and punctuation as they are written: no space before a full stop or after «."""
    out = ""
    for token in words:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += token
    return out


@dataclass(frozen=True)
class ParagraphDiff:
    """One paragraph between two versions: ``change`` is same, changed, added or removed;
    ``words`` is (``=``, ``-`` or ``+``, the words) in order."""

    number: int | None  # in the newer version; None for a removed paragraph
    change: str
    words: list[tuple[str, str]]


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` against ``new`` word by word: runs of words kept (=), taken out (-), put in (+)."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", _joined(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", _joined(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", _joined(b[j1:j2])))
    return runs


def version_diff(
    session: Session, document_id: str, older: int, newer: int, language: str
) -> list[ParagraphDiff]:
    """What changed from version ``older`` to ``newer`` in ``language``, paragraph by paragraph
    (a paragraph is followed by its id, so a reworded one is changed, not removed and added)."""
    language = _language(language)
    before = {
        r["id"]: r[f"text_{language}"]
        for r in paragraphs_in(version_of(session, document_id, older))
    }
    after = paragraphs_in(version_of(session, document_id, newer))
    result: list[ParagraphDiff] = []
    kept = {r["id"] for r in after}
    for number, row in enumerate(after, start=1):
        text = row[f"text_{language}"]
        if row["id"] not in before:
            result.append(ParagraphDiff(number, "added", [("+", text)]))
        elif before[row["id"]] == text:
            result.append(ParagraphDiff(number, "same", [("=", text)]))
        else:
            result.append(ParagraphDiff(number, "changed", word_diff(before[row["id"]], text)))
    for pid, text in before.items():
        if pid not in kept:
            result.append(ParagraphDiff(None, "removed", [("-", text)]))
    return result


# --- the plenary's vote ---------------------------------------------------------------------------


def adopt(
    session: Session,
    document_id: str,
    *,
    votes_for: int,
    votes_against: int,
    votes_abstained: int,
    present: int,
    adopted_on: dt.date,
    version_number: int | None = None,
    meeting_id: str | None = None,
    recorded_by: str | None = None,
) -> DocumentAdoption:
    """The plenary adopted a version (the newest by default) with this vote: the document is
    frozen from now on."""
    _require_headquarters(session)
    document = session.get(CampaignDocument, document_id)
    if document is None:
        raise NotFound(
            "no document with id {id}: 'khdesk documents list' shows them.", id=document_id
        )
    drafts.require_not_adopted(session, document_id)
    version = version_of(session, document_id, version_number)
    newest = drafts.versions(session, document_id)[-1].number
    voted_newest = version_number is None or version.number == newest
    if voted_newest and drafts.draft_fingerprint(session, document) != version.fingerprint:
        raise InvalidInput(
            "the draft has changes not in version {number}: publish them first, so that "
            "the plenary votes on the text it reads.",
            number=version.number,
        )
    counts = {
        name: check_count(value, field=label)
        for name, value, label in (
            ("votes_for", votes_for, _VOTE_LABELS["votes_for"]),
            ("votes_against", votes_against, _VOTE_LABELS["votes_against"]),
            ("votes_abstained", votes_abstained, _VOTE_LABELS["votes_abstained"]),
            ("present", present, Label("the number present")),
        )
    }
    votes = sum(counts[n] or 0 for n in _VOTE_LABELS)
    if votes > (counts["present"] or 0):  # the number present is typed with the vote
        raise InvalidInput(
            "{votes} votes, but {present} people are present: correct the votes or the number "
            "present.",
            votes=votes,
            present=counts["present"] or 0,
        )
    if (counts["votes_for"] or 0) <= (counts["votes_against"] or 0):
        raise InvalidInput(
            "{votes_for} for and {votes_against} against do not adopt the text: record the "
            "vote that adopted it, or leave the document unadopted.",
            votes_for=counts["votes_for"] or 0,
            votes_against=counts["votes_against"] or 0,
        )
    if meeting_id is not None:
        meeting_id = get_live(session, Meeting, meeting_id, what=Label("meeting")).id
    adopted = DocumentAdoption(
        document_id=document_id, version_number=version.number,
        fingerprint=version.fingerprint, adopted_on=adopted_on, meeting_id=meeting_id,
        present=counts["present"] or 0, votes_for=counts["votes_for"] or 0,
        votes_against=counts["votes_against"] or 0,
        votes_abstained=counts["votes_abstained"] or 0, recorded_by=recorded_by,
    )  # fmt: skip
    session.add(adopted)
    note_record(session, "documentadoption", None)
    try:
        session.flush()
    except IntegrityError:
        raise ChangedMeanwhile(
            "another analyst recorded the adoption of this document a moment ago: nothing was "
            "saved."
        ) from None
    return adopted


def plenary_meetings(session: Session) -> list[tuple[Meeting, str, int]]:
    """The plenary meetings known here, newest first: each with its name as the documents
    print it (№ number «title», day) and how many are checked in."""
    found = session.exec(
        select(Meeting)
        .where(Meeting.kind == MeetingKind.PLENARY.value, Meeting.deleted == False)  # noqa: E712
        .order_by(col(Meeting.date).desc(), col(Meeting.id).desc())
    ).all()
    return [
        (meeting, _meeting_name(session, meeting, dated=True), present_count(session, meeting.id))
        for meeting in found
    ]


# --- the documents --------------------------------------------------------------------------------


def _printed_version(
    session: Session, document_id: str, number: int | None, *, draft: bool
) -> campaign.VersionText:
    """The version to print: ``number``, else the adopted one, else the newest; with ``draft``
    at headquarters and nothing published, the draft itself."""
    adopted = drafts.adoption(session, document_id)
    its = drafts.versions(session, document_id)
    if not its and draft and session.get(CampaignDocument, document_id) is not None:
        document = session.get(CampaignDocument, document_id)
        assert document is not None
        rows = [(p.text_kk, p.text_ru) for p in drafts.draft_paragraphs(session, document_id)]
        return campaign.VersionText(
            document.kind, document.title_kk, document.title_ru, None, None, rows
        )
    if number is None and adopted is not None:
        number = adopted.version_number
    version = version_of(session, document_id, number)
    facts = None
    if adopted is not None and adopted.version_number == version.number:
        held = session.get(Meeting, adopted.meeting_id) if adopted.meeting_id else None
        named = _meeting_name(session, held) if held is not None and not held.deleted else None
        facts = campaign.Adopted(
            adopted.adopted_on, adopted.votes_for, adopted.votes_against,
            adopted.votes_abstained, adopted.present, named,
        )  # fmt: skip
    return campaign.VersionText(
        version.kind, version.title_kk, version.title_ru, version.number, version.fingerprint,
        [(row["text_kk"], row["text_ru"]) for row in paragraphs_in(version)], facts,
    )  # fmt: skip


def write_document(
    session: Session,
    document_id: str,
    what: str,
    language: str,
    path: Path,
    *,
    version_number: int | None = None,
) -> Path:
    """Write the draft with numbered lines ("draft"), the amendments list ("amendments") or
    the adopted text ("adopted") in kk, ru or kk+ru, as the .pdf or .docx ``path`` names."""
    campaign.check_language(language)
    if what not in campaign.KINDS:
        raise InvalidInput(
            "'{what}' is not one of the documents: use draft, amendments or adopted.",
            what=what[:32],
        )
    printed = _printed_version(session, document_id, version_number, draft=what != "adopted")
    if what == "draft":

        def lines(lang: str) -> list[tuple[int, int, str]]:
            rows = [("", kk if lang == "kk" else ru) for kk, ru in printed.paragraphs]
            return [(n, p, words) for n, p, _id, words in drafts.numbered(rows)]

        outline = campaign.draft_outline(printed, language, lines)
    elif what == "amendments":
        outline = campaign.amendments_outline(
            printed, lambda lang: consolidation(session, document_id, language=lang), language
        )
    else:
        outline = campaign.adopted_outline(printed, language)
    return campaign.write(outline, language, path)
