"""The fixed vocabularies of khdesk: roles, meeting kinds and formats, statuses, proposal kinds.

How to add a value: add it to the enum here, give it labels in the UI translations, and write an
Alembic migration only if a database constraint lists the values (none does today: values are
checked here, so old databases accept new values without a migration).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What an installation is for."""

    FACILITATOR = "facilitator"
    HQ = "hq"


class MeetingKind(StrEnum):
    ROUND_TABLE = "round-table"
    ONLINE = "online"
    PLENARY = "plenary"


class MeetingFormat(StrEnum):
    IN_PERSON = "in-person"
    ONLINE = "online"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"


class AttendanceMode(StrEnum):
    IN_PERSON = "in-person"
    ONLINE = "online"


class ProposalKind(StrEnum):
    PROPOSAL = "proposal"
    COMMENT = "comment"


class QuestionStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    WITHDRAWN = "withdrawn"


class ConsentMethod(StrEnum):
    """How a participant gave consent to personal-data processing."""

    PAPER = "paper"
    VERBAL = "verbal"
    ELECTRONIC = "electronic"


class ReviewStatus(StrEnum):
    """Headquarters' opinion of a proposal (the moves between them: ``khdesk.domain.review``).

    The stored values are older than the names: "rejected" is *declined* and "duplicate" is
    *merged* (renaming them would rewrite every stored review and every bundle's); a value is at
    most 16 characters, the length of ``ProposalReview.status``.
    """

    NEW = "new"
    UNDER_REVIEW = "under-review"
    ACCEPTED = "accepted"
    MERGED = "duplicate"
    DECLINED = "rejected"
    NEEDS_CLARIFICATION = "clarification"
    # the members' first names, kept for code written before the review had its graph
    REJECTED = "rejected"
    DUPLICATE = "duplicate"


class MatchDecision(StrEnum):
    """Headquarters' decision on two person records that may be one person (``PersonMatch``)."""

    OPEN = "open"  # found, not decided yet
    SAME = "same"  # the same person: counted once
    DIFFERENT = "different"  # different people: counted apart, never proposed again
    LATER = "later"  # decide later: counted apart meanwhile


class MatchBasis(StrEnum):
    """Why two person records were put to the merge review."""

    NAME = "name"  # the same folded name, nothing else in common
    NAME_ORDER = "name-order"  # the same words of a name in another order
    PATRONYMIC = "patronymic"  # the same surname and given name, another patronymic


class DeviceStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"


class ChangeOp(StrEnum):
    """What a change-log entry records."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    AMEND = "amend"
    #: a person's details erased at their request (``services.rights``); logged without them
    ERASE = "erase"
    #: consent withdrawn: the contacts erased
    WITHDRAW = "withdraw"
    #: contacts erased by the retention setting
    EXPIRE = "expire"


class ErasureKind(StrEnum):
    """What a person asked: to be erased, or to withdraw their consent (contacts erased); or
    their contacts were kept longer than the retention setting (kept in the register only so
    that they are still counted once, never sent to the regions)."""

    ERASE = "erase"
    WITHDRAW = "withdraw"
    EXPIRE = "expire"


#: Sectors of the demo's round tables: local executive bodies, business, civil society.
ROUND_TABLE_SECTORS = ("local_gov", "business", "ngo")


class DocumentKind(StrEnum):
    """What a campaign's document is (``services.campaign_documents``)."""

    DECLARATION = "declaration"
    APPEAL = "appeal"
    RESOLUTION = "resolution"
    OTHER = "other"


class AmendmentAction(StrEnum):
    """What a round table's amendment does to a paragraph of a campaign's document."""

    REPLACE = "replace"  # new wording for the paragraph (or for some of its lines)
    DELETE = "delete"  # the paragraph goes
    ADD = "add"  # a new paragraph after the one named (or at the start)


class AmendmentOutcome(StrEnum):
    """Headquarters' review of an amendment, as the proposal review has it."""

    OPEN = "open"  # not reviewed yet
    ACCEPTED = "accepted"  # it makes the next version
    MERGED = "merged"  # taken in with another amendment, which carries it
    DECLINED = "declined"  # with a reason
    CLARIFICATION = "clarification"  # the region is asked what it meant
