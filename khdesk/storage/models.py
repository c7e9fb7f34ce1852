"""The tables of khdesk, one SQLModel class each.

Every record that travels in a sync bundle derives from ``SyncRecord`` and so carries the identity
of the sync format: a UUIDv7 id, a version that grows by one on every write, the device that wrote
it, that device's gapless sequence number for the write, and a deleted flag (a tombstone).

How to add a table: declare it here, derive it from ``SyncRecord`` if it travels, add it to
``SYNC_TABLES`` in dependency order, then ``alembic revision --autogenerate -m "..."`` and read the
generated migration before committing it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, LargeBinary, Text, UniqueConstraint, event, text
from sqlmodel import Field, SQLModel

from khdesk.domain.ids import new_id
from khdesk.domain.proposal_search import proposal_search_key
from khdesk.domain.vocabulary import (
    AttendanceMode,
    DeviceStatus,
    MatchDecision,
    MeetingFormat,
    MeetingStatus,
    ProposalKind,
    QuestionStatus,
    ReviewStatus,
)


def utcnow() -> dt.datetime:
    """The current time in UTC; every timestamp is stored in UTC and shown in local time."""
    return dt.datetime.now(dt.UTC)


# --- installation and devices ------------------------------------------------------------------


class Meta(SQLModel, table=True):
    """One setting of this installation (its device id, the reference data version …)."""

    key: str = Field(primary_key=True, max_length=64)
    value: str


class Device(SQLModel, table=True):
    """A laptop or a headquarters installation that writes records under its own key."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    role: str = Field(max_length=16)
    region_kato: str | None = Field(default=None, foreign_key="region.kato", max_length=2)
    name: str | None = None
    public_key: str | None = None
    #: The device's short code in its meeting numbers (71-7QK-2026-003), made from its public key
    #: (``domain.numbering.device_code``).
    code: str | None = Field(default=None, max_length=8)
    status: str = Field(default=DeviceStatus.ACTIVE, max_length=16)
    is_local: bool = False
    #: The last sequence number this device gave to a write (gapless, one per write).
    last_seq: int = 0
    created_at: dt.datetime = Field(default_factory=utcnow)


# --- reference data (owned by headquarters, sent to the regions as snapshots) ------------------


class Region(SQLModel, table=True):
    """An oblast or a city of republican significance, keyed by its two-digit KATO code."""

    kato: str = Field(primary_key=True, max_length=2)
    kind: str = Field(max_length=16)
    name_kk: str
    name_ru: str
    name_en: str
    center_kk: str | None = None
    center_ru: str | None = None
    center_en: str | None = None


class Direction(SQLModel, table=True):
    """One of the foundation's six directions of work."""

    code: str = Field(primary_key=True, max_length=8)
    position: int
    name_kk: str
    name_ru: str
    name_en: str


class Section(SQLModel, table=True):
    """A section of the foundation's prospectus, under one direction."""

    code: str = Field(primary_key=True, max_length=16)
    direction_code: str = Field(foreign_key="direction.code", max_length=8)
    theme: str | None = Field(default=None, max_length=32)
    position: int
    name_kk: str
    name_ru: str
    name_en: str
    active: bool = True


class Sector(SQLModel, table=True):
    """The sector a participant is counted under (local executive body, business, NGO …)."""

    code: str = Field(primary_key=True, max_length=16)
    position: int
    name_kk: str
    name_ru: str
    name_en: str
    #: Other ways people write the sector in a roster (abbreviations, spellings in kk, ru and
    #: en), one per line; headquarters can add more through the reference bundle.
    synonyms: str | None = Field(default=None, sa_type=Text)


# --- records that travel ------------------------------------------------------------------------


class SyncRecord(SQLModel):
    """The identity every syncable record carries (see docs/data-model.md)."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    version: int = 1
    device_id: str = Field(foreign_key="device.id", max_length=36)
    seq: int
    deleted: bool = False
    updated_at: dt.datetime = Field(default_factory=utcnow)


def _sync_index(table: str) -> Index:
    # One write, one sequence number: the database refuses a second record under the same one.
    return Index(f"ix_{table}_device_seq", "device_id", "seq", unique=True)


class Meeting(SyncRecord, table=True):
    """A round table, an online session or a plenary, and everything said in it."""

    __table_args__ = (
        _sync_index("meeting"),
        Index("ix_meeting_number", "year", "number"),
        Index("ix_meeting_stats", "deleted", "kind", "region_kato"),
        # the review's list walks meetings by date, each one's proposals beside it (0008)
        Index("ix_meeting_in_order", "date", "id"),
    )

    number: int
    year: int
    region_kato: str | None = Field(default=None, foreign_key="region.kato", max_length=2)
    kind: str = Field(max_length=16)
    format: str = Field(default=MeetingFormat.IN_PERSON, max_length=16)
    title: str
    date: dt.date
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    place: str | None = None
    link: str | None = None
    chair: str | None = None
    secretary: str | None = None
    status: str = Field(default=MeetingStatus.DRAFT, max_length=16)
    closed_at: dt.datetime | None = None
    notes: str | None = Field(default=None, sa_type=Text)


class Person(SyncRecord, table=True):
    """A participant: someone who registered for or attended a meeting.

    Without consent to personal-data processing, phone and email stay empty.
    """

    __table_args__ = (
        _sync_index("person"),
        Index("ix_person_name_key", "name_key"),
        Index("ix_person_phone", "phone"),
        Index("ix_person_email", "email"),
        # participants by sector walk live persons in sector order (migration 0008)
        Index("ix_person_sector", "deleted", "sector_code", "id"),
        # ... and a participant's sector looked up by id from the index alone
        Index("ix_person_by_id", "id", "deleted", "sector_code"),
        # the few records merged into another person, looked up by the person kept
        Index(
            "ix_person_merged",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
        # the people table and the type-ahead walk persons in name order
        Index("ix_person_by_name", "deleted", "name_key", "id"),
        # the People page walks persons in the alphabetical order of the interface's language
        Index("ix_person_order_kk", "deleted", "order_kk", "id"),
        Index("ix_person_order_ru", "deleted", "order_ru", "id"),
    )

    full_name: str
    name_key: str
    #: name, organisation and phone digits folded for the check-in search (``domain.names``)
    search_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    #: the name's collation keys in Kazakh and Russian alphabetical order (``domain.names``)
    order_kk: str = Field(default="", sa_column_kwargs={"server_default": ""})
    order_ru: str = Field(default="", sa_column_kwargs={"server_default": ""})
    organisation: str | None = None
    position: str | None = None
    sector_code: str = Field(default="other", foreign_key="sector.code", max_length=16)
    phone: str | None = None
    email: str | None = None
    region_kato: str | None = Field(default=None, foreign_key="region.kato", max_length=2)
    consent: bool = False
    consent_at: dt.datetime | None = None
    consent_method: str | None = Field(default=None, max_length=16)
    #: Set when this person turned out to be another one and was merged into them: the other
    #: person's id (this record is then deleted, its attendances and proposals moved over).
    merged_into_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    #: When their phone and e-mail were erased: consent withdrawn (``consent`` is then false,
    #: ``consent_at`` still says when it was given) or kept longer than the retention setting.
    contacts_erased_at: dt.datetime | None = None
    #: When the person was erased at their request: the name is then a pseudonym and nothing
    #: else identifies them; attendances and sector stay, so every count stays right.
    erased_at: dt.datetime | None = None


class Attendance(SyncRecord, table=True):
    """A person registered for a meeting, and whether, when and how they came."""

    __table_args__ = (
        _sync_index("attendance"),
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance_meeting_person"),
        Index("ix_attendance_person", "person_id"),
        Index("ix_attendance_stats", "deleted", "present", "sector_code"),
        # the figures read a meeting's present attendees from the index alone (migration 0008)
        Index(
            "ix_attendance_figures", "deleted", "present", "meeting_id", "sector_code", "person_id"
        ),
        Index("ix_attendance_by_person", "deleted", "present", "person_id", "meeting_id"),
    )

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    person_id: str = Field(foreign_key="person.id", max_length=36)
    #: The person's sector when they registered, so that a protocol's counts never change later.
    sector_code: str = Field(foreign_key="sector.code", max_length=16)
    present: bool = False
    mode: str = Field(default=AttendanceMode.IN_PERSON, max_length=16)
    arrived_at: dt.datetime | None = None
    left_at: dt.datetime | None = None


class AgendaItem(SyncRecord, table=True):
    """An item of a meeting's agenda with its rapporteur and what was HEARD."""

    __table_args__ = (_sync_index("agendaitem"), Index("ix_agendaitem_meeting", "meeting_id"))

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    position: int
    title: str
    rapporteur: str | None = None
    rapporteur_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    heard: str | None = Field(default=None, sa_type=Text)


class Speech(SyncRecord, table=True):
    """One entry under SPOKE: who spoke on an agenda item and what they said."""

    __table_args__ = (_sync_index("speech"), Index("ix_speech_item", "agenda_item_id"))

    agenda_item_id: str = Field(foreign_key="agendaitem.id", max_length=36)
    position: int
    person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    speaker: str
    text: str | None = Field(default=None, sa_type=Text)


class Decision(SyncRecord, table=True):
    """One entry under DECIDED with its vote; a decision may adopt a document."""

    __table_args__ = (
        _sync_index("decision"),
        Index("ix_decision_item", "agenda_item_id"),
        Index("ix_decision_meeting", "meeting_id"),
    )

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    agenda_item_id: str = Field(foreign_key="agendaitem.id", max_length=36)
    position: int
    text: str = Field(sa_type=Text)
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    document_title: str | None = None


class Proposal(SyncRecord, table=True):
    """A proposal or comment received at a meeting, under a direction and prospectus section."""

    __table_args__ = (
        _sync_index("proposal"),
        Index("ix_proposal_meeting", "meeting_id"),
        Index("ix_proposal_stats", "deleted", "direction_code", "section_code", "kind"),
        # a meeting's proposals, and a proposal by id, from the index alone (migration 0008)
        Index(
            "ix_proposal_figures", "deleted", "meeting_id", "direction_code", "section_code", "kind"
        ),
        Index("ix_proposal_by_id", "id", "deleted", "meeting_id", "direction_code", "section_code"),
    )

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    agenda_item_id: str | None = Field(default=None, foreign_key="agendaitem.id", max_length=36)
    number: int
    kind: str = Field(default=ProposalKind.PROPOSAL, max_length=16)
    text: str = Field(sa_type=Text)
    author_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    author_name: str | None = None
    organisation: str | None = None
    direction_code: str = Field(foreign_key="direction.code", max_length=8)
    section_code: str | None = Field(default=None, foreign_key="section.code", max_length=16)
    #: text, author and organisation folded for the review's search
    #: (``khdesk.domain.proposal_search``); computed on every write, never taken from a bundle
    search_key: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})


def _proposal_search_key(_mapper: object, _connection: object, proposal: Proposal) -> None:
    proposal.search_key = proposal_search_key(
        proposal.text or "", proposal.author_name, proposal.organisation
    )


# every write of a proposal through the ORM keeps its search key; the bulk writers (the demo,
# a bundle's import at headquarters) compute it themselves
event.listen(Proposal, "before_insert", _proposal_search_key)
event.listen(Proposal, "before_update", _proposal_search_key)


class ProposalReview(SyncRecord, table=True):
    """Headquarters' review of a proposal: a separate record owned by headquarters."""

    __table_args__ = (
        _sync_index("proposalreview"),
        Index("ix_review_proposal", "proposal_id"),
        # a proposal's newest live review, read from the index alone (migration 0008)
        Index("ix_review_latest", "deleted", "proposal_id", "id", "status"),
    )

    proposal_id: str = Field(foreign_key="proposal.id", max_length=36)
    status: str = Field(default=ReviewStatus.NEW, max_length=16)
    reviewer: str | None = None
    note: str | None = Field(default=None, sa_type=Text)
    duplicate_of_id: str | None = Field(default=None, foreign_key="proposal.id", max_length=36)
    accepted_section_code: str | None = Field(
        default=None, foreign_key="section.code", max_length=16
    )


class PersonMatch(SyncRecord, table=True):
    """Headquarters' merge review of two person records that may be one person (a weak match:
    the same folded name alone, or a name in another order or with another patronymic): a record
    owned by headquarters that never changes the regions' records. ``person_id`` sorts before
    ``other_id``."""

    __table_args__ = (
        _sync_index("personmatch"),
        UniqueConstraint("person_id", "other_id", name="uq_personmatch_pair"),
        Index("ix_personmatch_other", "other_id"),
        Index("ix_personmatch_decision", "deleted", "decision"),
    )

    person_id: str = Field(foreign_key="person.id", max_length=36)
    other_id: str = Field(foreign_key="person.id", max_length=36)
    basis: str = Field(max_length=16)  # MatchBasis
    decision: str = Field(default=MatchDecision.OPEN, max_length=16)
    reviewer: str | None = None


class Question(SyncRecord, table=True):
    """A question put to a speaker, and its answer."""

    __table_args__ = (_sync_index("question"), Index("ix_question_meeting", "meeting_id"))

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    agenda_item_id: str | None = Field(default=None, foreign_key="agendaitem.id", max_length=36)
    asker_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    asker_name: str | None = None
    addressee: str | None = None
    text: str = Field(sa_type=Text)
    answer: str | None = Field(default=None, sa_type=Text)
    status: str = Field(default=QuestionStatus.OPEN, max_length=16)


class Attachment(SyncRecord, table=True):
    """A scan or photo kept with a meeting; the file itself is stored by its SHA-256."""

    __table_args__ = (_sync_index("attachment"), Index("ix_attachment_meeting", "meeting_id"))

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    file_name: str
    media_type: str = Field(max_length=128)
    sha256: str = Field(max_length=64)
    size: int
    description: str | None = None


class Amendment(SyncRecord, table=True):
    """A change made to a meeting after it was closed: what changed, why, when and by whom.

    Written beside the change itself, so that the protocol lists its amendments wherever it is
    printed, at headquarters too.
    """

    __table_args__ = (_sync_index("amendment"), Index("ix_amendment_meeting", "meeting_id"))

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    #: the record that was changed: its table and id
    table_name: str = Field(max_length=32)
    record_id: str = Field(max_length=36)
    #: JSON object {field: [old, new]}
    changes: str = Field(sa_type=Text)
    reason: str = Field(sa_type=Text)
    author: str | None = None
    amended_at: dt.datetime = Field(default_factory=utcnow)


class TextAmendment(SyncRecord, table=True):
    """An amendment a round table made to a published version of a campaign's document: to
    which paragraph (by its id, so it holds when lines move) and lines, the new wording in
    Kazakh, Russian or both (none for a deletion), who proposed it, and the meeting's vote."""

    __table_args__ = (
        _sync_index("textamendment"),
        Index("ix_textamendment_meeting", "meeting_id"),
        Index("ix_textamendment_document", "document_id", "paragraph_id"),
    )

    meeting_id: str = Field(foreign_key="meeting.id", max_length=36)
    document_id: str = Field(max_length=36)
    #: the version the meeting discussed
    version_number: int
    #: the paragraph amended; for an added paragraph, the one it follows (None: at the start)
    paragraph_id: str | None = Field(default=None, max_length=36)
    action: str = Field(max_length=16)  # ``domain.vocabulary.AmendmentAction``
    #: the language the meeting read the version in (its line numbers) and worded the amendment;
    #: the wording in the other language, if the meeting gave one too, is kept beside it
    language: str = Field(max_length=2)
    #: the lines of the version as shown with numbers, when the amendment names them
    line_from: int | None = None
    line_to: int | None = None
    text_kk: str | None = Field(default=None, sa_type=Text)
    text_ru: str | None = Field(default=None, sa_type=Text)
    proposer_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    proposer_name: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None


# --- the documents a campaign adopts (headquarters drafts them; regions receive versions) -------


class CampaignDocument(SQLModel, table=True):
    """A text headquarters drafts for the campaign to adopt (the Declaration, an Appeal …), in
    Kazakh and Russian, written in paragraphs (``DocumentParagraph``); each publication freezes
    the draft as a ``DocumentVersion`` that the regions receive."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    kind: str = Field(max_length=16)  # ``domain.vocabulary.DocumentKind``
    title_kk: str
    title_ru: str
    created_at: dt.datetime = Field(default_factory=utcnow)


class DocumentParagraph(SQLModel, table=True):
    """One paragraph of a draft, in both languages. Its id never changes, so an amendment names
    it even when paragraphs before it are added or removed; a removed one stays, marked."""

    __table_args__ = (Index("ix_documentparagraph_document", "document_id", "position"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    document_id: str = Field(foreign_key="campaigndocument.id", max_length=36)
    position: int
    text_kk: str = Field(sa_type=Text)
    text_ru: str = Field(sa_type=Text)
    removed: bool = False


class DocumentVersion(SQLModel, table=True):
    """A draft as headquarters published it: frozen, numbered from 1, with the fingerprint of
    its text; the reference bundle carries every version to the regions."""

    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_documentversion_number"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    document_id: str = Field(max_length=36)
    number: int
    kind: str = Field(max_length=16)
    title_kk: str
    title_ru: str
    #: JSON array of the paragraphs as published: ``{"id", "text_kk", "text_ru"}``, in order
    paragraphs: str = Field(sa_type=Text)
    #: SHA-256 of the version's canonical JSON (kind, titles, paragraphs)
    fingerprint: str = Field(max_length=64)
    published_at: dt.datetime = Field(default_factory=utcnow)


class AmendmentReview(SQLModel, table=True):
    """Headquarters' outcome for a round table's amendment (``TextAmendment``): accepted into
    the draft, merged with another amendment, declined with a reason, or sent back for
    clarification. One row per amendment; ``revision`` grows with every change, so that two
    analysts deciding the same amendment at once are told."""

    amendment_id: str = Field(primary_key=True, max_length=36)
    status: str = Field(max_length=16)  # ``domain.vocabulary.AmendmentOutcome``
    merged_into_id: str | None = Field(default=None, max_length=36)
    reason: str | None = Field(default=None, sa_type=Text)
    reviewer: str | None = None
    reviewed_at: dt.datetime = Field(default_factory=utcnow)
    revision: int = 1


class DocumentAdoption(SQLModel, table=True):
    """The plenary's vote that adopted a version of a document: from then on the document is
    frozen (a later change is a new document), and its fingerprint is printed with it."""

    document_id: str = Field(primary_key=True, max_length=36)
    version_number: int
    fingerprint: str = Field(max_length=64)
    adopted_on: dt.date
    #: the plenary meeting that voted, when it is recorded here
    meeting_id: str | None = Field(default=None, max_length=36)
    present: int
    votes_for: int
    votes_against: int
    votes_abstained: int
    recorded_by: str | None = None
    recorded_at: dt.datetime = Field(default_factory=utcnow)


class Erasure(SQLModel, table=True):
    """A person erased, or whose consent was withdrawn, at their request: the register that
    keeps them so wherever a copy of their record comes from (docs/people.md, "People's
    rights"). Headquarters sends it to the regions in the reference bundle; it holds no
    personal data, only ids."""

    person_id: str = Field(primary_key=True, max_length=36)
    #: the one person the record was at headquarters when it was erased, so that the records
    #: of one person erased together are still counted once
    identity_id: str | None = Field(default=None, max_length=36)
    kind: str = Field(max_length=16)  # ``domain.vocabulary.ErasureKind``
    asked_at: dt.datetime = Field(default_factory=utcnow)
    #: where it was asked: ``here``, or ``headquarters`` for an entry of a reference bundle
    origin: str = Field(max_length=16)


# --- sync ---------------------------------------------------------------------------------------


class Bundle(SQLModel, table=True):
    """A sync bundle this installation wrote or received, once each (the database sees to it)."""

    __table_args__ = (Index("ix_bundle_device", "device_id", "seq_to"),)

    id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(max_length=8)  # "out" written here, "in" received
    device_id: str = Field(max_length=36)
    seq_from: int
    seq_to: int
    records: int = 0
    file_name: str | None = None
    status: str = Field(max_length=16)  # written, imported, rejected, quarantined
    reason: str | None = None
    at: dt.datetime = Field(default_factory=utcnow)


# --- headquarters' derived tables (computed from the records, never synced) ---------------------


class PersonIdentity(SQLModel, table=True):
    """The one person each person record is, for counting every person once at headquarters:
    records sharing a phone, an e-mail, or a folded name with an organisation, and those an
    analyst judged the same (``PersonMatch``), share ``identity_id`` (one of their ids)."""

    __table_args__ = (Index("ix_personidentity_identity", "identity_id", "person_id"),)

    person_id: str = Field(primary_key=True, foreign_key="person.id", max_length=36)
    identity_id: str = Field(max_length=36)


class ProposalSketch(SQLModel, table=True):
    """A proposal's text as the similarity search last read it (``khdesk.domain.similarity``):
    ``fingerprint`` is a hash of the text, so a changed text is sketched again; ``bands`` its
    MinHash bands (``BANDS`` keys of 8 bytes: proposals sharing one are compared), ``packed``
    the low byte of each value of its signature (compared first) and ``grams`` the 64-bit hash
    of each of its n-grams (scored then, without reading the text again)."""

    proposal_id: str = Field(primary_key=True, foreign_key="proposal.id", max_length=36)
    fingerprint: str = Field(max_length=32)
    bands: bytes = Field(sa_type=LargeBinary)
    packed: bytes = Field(sa_type=LargeBinary)
    grams: bytes = Field(sa_type=LargeBinary)


class SimilarPair(SQLModel, table=True):
    """Two proposals that say nearly the same thing, with their score (0 to 1);
    ``proposal_id`` sorts before ``other_id``."""

    __table_args__ = (Index("ix_similarpair_other", "other_id", "proposal_id"),)

    proposal_id: str = Field(primary_key=True, foreign_key="proposal.id", max_length=36)
    other_id: str = Field(primary_key=True, foreign_key="proposal.id", max_length=36)
    score: float


# --- history ------------------------------------------------------------------------------------


class ChangeLog(SQLModel, table=True):
    """One write: who made it, when, on which device, to which record, and what changed."""

    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_changelog_device_seq"),
        Index("ix_changelog_record", "record_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    device_id: str = Field(foreign_key="device.id", max_length=36)
    seq: int
    at: dt.datetime = Field(default_factory=utcnow)
    actor: str | None = None
    table_name: str = Field(max_length=32)
    record_id: str = Field(max_length=36)
    version: int
    op: str = Field(max_length=8)
    #: JSON object {field: [old, new]}; empty for records written in bulk (demo, import).
    changes: str | None = Field(default=None, sa_type=Text)
    #: Why a closed meeting was amended.
    reason: str | None = None


#: The syncable tables in the order their foreign keys need when applying a bundle.
SYNC_TABLES: tuple[type[SyncRecord], ...] = (
    Person,
    Meeting,
    Attendance,
    AgendaItem,
    Speech,
    Decision,
    Proposal,
    ProposalReview,
    PersonMatch,
    Question,
    Attachment,
    Amendment,
    TextAmendment,
)

REFERENCE_TABLES: tuple[type[SQLModel], ...] = (Region, Direction, Section, Sector)
