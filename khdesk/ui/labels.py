"""The names of khdesk's fixed vocabularies in the interface's language, written once.

Every view shows a meeting's kind, format and status, a proposal's kind, a question's status, an
attendance's mode and a consent method through these functions, so that each is translated once
(context "Labels") and reads the same everywhere. Reference data (sectors, directions, regions)
comes with its own names in three languages: see ``AppContext.sector_names``.

How to add a value: add it to the enum in ``khdesk/domain/vocabulary.py`` and its label here,
then ``make translations``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from khdesk.domain.vocabulary import (
    AttendanceMode,
    ConsentMethod,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    ProposalKind,
    QuestionStatus,
    Role,
)
from khdesk.ui import dates
from khdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_KINDS: dict[str, str] = {
    MeetingKind.ROUND_TABLE: QT_TRANSLATE_NOOP("Labels", "Round table"),
    MeetingKind.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online session"),
    MeetingKind.PLENARY: QT_TRANSLATE_NOOP("Labels", "Plenary"),
}
_FORMATS: dict[str, str] = {
    MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    MeetingFormat.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("Labels", "Hybrid"),
}
_STATUSES: dict[str, str] = {
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "draft"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "in progress"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
}
_PROPOSAL_KINDS: dict[str, str] = {
    ProposalKind.PROPOSAL: QT_TRANSLATE_NOOP("Labels", "Proposal"),
    ProposalKind.COMMENT: QT_TRANSLATE_NOOP("Labels", "Comment"),
}
_QUESTION_STATUSES: dict[str, str] = {
    QuestionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    QuestionStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "answered"),
    QuestionStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "withdrawn"),
}
_MODES: dict[str, str] = {
    AttendanceMode.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "in person"),
    AttendanceMode.ONLINE: QT_TRANSLATE_NOOP("Labels", "online"),
}
_CONSENT: dict[str, str] = {
    ConsentMethod.PAPER: QT_TRANSLATE_NOOP("Labels", "signed on paper"),
    ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("Labels", "verbally"),
    ConsentMethod.ELECTRONIC: QT_TRANSLATE_NOOP("Labels", "electronically"),
}
_ROLES: dict[str, str] = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Labels", "facilitator"),
    Role.HQ: QT_TRANSLATE_NOOP("Labels", "headquarters"),
}


def _label(table: Mapping[str, str], value: str | None) -> str:
    if value is None:
        return ""
    text = table.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else value


def _choices(table: Mapping[str, str]) -> list[tuple[str, str]]:
    translate = QCoreApplication.translate
    return [(str(value), translate(CONTEXT, text)) for value, text in table.items()]


def meeting_kind(value: str | None) -> str:
    return _label(_KINDS, value)


def meeting_kinds() -> list[tuple[str, str]]:
    """(value, label) of every meeting kind, for a combo box."""
    return _choices(_KINDS)


def meeting_format(value: str | None) -> str:
    return _label(_FORMATS, value)


def meeting_formats() -> list[tuple[str, str]]:
    return _choices(_FORMATS)


def meeting_status(value: str | None) -> str:
    return _label(_STATUSES, value)


def meeting_statuses() -> list[tuple[str, str]]:
    return _choices(_STATUSES)


def proposal_kind(value: str | None) -> str:
    return _label(_PROPOSAL_KINDS, value)


def proposal_kinds() -> list[tuple[str, str]]:
    return _choices(_PROPOSAL_KINDS)


def question_status(value: str | None) -> str:
    return _label(_QUESTION_STATUSES, value)


def attendance_mode(value: str | None) -> str:
    return _label(_MODES, value)


def consent_methods() -> list[tuple[str, str]]:
    return _choices(_CONSENT)


def role(value: str | None) -> str:
    return _label(_ROLES, value)


def day(value: dt.date | None) -> str:
    """A date as papers in Kazakhstan write it, in every language: 16.09.2026."""
    return dates.day(value)
