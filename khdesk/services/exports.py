"""Exports for analysts: the campaign as an Excel workbook or CSV files, and the summary PDF.

Each sheet (meetings, attendances, persons, proposals, questions, the amendments to the
campaign's documents) lists the records the figures
count, chosen by the same predicates (``khdesk.services.stats``): what a sheet holds and what a
figure counts cannot drift apart. A sheet opens with its title, an "as of" line and the
filters, then the column headers in the chosen language. Contacts are written only for persons
who gave consent. Every text cell that a spreadsheet would run as a formula is written as text
(``escape_cell``, the one the import's "rows not imported" file uses).

The workbook is written row by row (``khdesk.io.xlsx``, each row's XML straight into the file,
without openpyxl's cell objects) from one joined query per sheet, so memory stays flat however
many records there are and the national export takes seconds (benchmarks/figures.py).

How to add a column: add it to the sheet's ``Column`` list and to its SELECT, in the same place.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import text
from sqlmodel import Session

from khdesk.documents import summary
from khdesk.domain import review as graph
from khdesk.domain.errors import InvalidInput
from khdesk.domain.numbering import format_number
from khdesk.domain.vocabulary import ProposalKind
from khdesk.io.xlsx import XlsxWriter
from khdesk.services import stats
from khdesk.services.imports.left_out import SEPARATOR, escape_cell
from khdesk.storage.files import replacing
from khdesk.storage.models import utcnow

HEADERS: dict[str, dict[str, str]] = {
    "id": {"kk": "Идентификатор", "ru": "Идентификатор", "en": "Id"},
    "meeting": {"kk": "Отырыс нөмірі", "ru": "Номер заседания", "en": "Meeting number"},
    "meeting_id": {"kk": "Отырыс идентификаторы", "ru": "Идентификатор заседания",
                   "en": "Meeting id"},
    "region": {"kk": "Өңір", "ru": "Регион", "en": "Region"},
    "kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "format": {"kk": "Өткізу нысаны", "ru": "Формат", "en": "Format"},
    "date": {"kk": "Күні", "ru": "Дата", "en": "Date"},
    "title": {"kk": "Атауы", "ru": "Название", "en": "Title"},
    "place": {"kk": "Өткізілген орны", "ru": "Место проведения", "en": "Place"},
    "chair": {"kk": "Төраға", "ru": "Председатель", "en": "Chair"},
    "secretary": {"kk": "Хатшы", "ru": "Секретарь", "en": "Secretary"},
    "meeting_status": {"kk": "Отырыс мәртебесі", "ru": "Статус заседания",
                       "en": "Meeting status"},
    "person_id": {"kk": "Адам идентификаторы", "ru": "Идентификатор лица", "en": "Person id"},
    "full_name": {"kk": "Аты-жөні", "ru": "ФИО", "en": "Full name"},
    "organisation": {"kk": "Ұйым", "ru": "Организация", "en": "Organisation"},
    "position": {"kk": "Лауазымы", "ru": "Должность", "en": "Position"},
    "sector": {"kk": "Сектор", "ru": "Сектор", "en": "Sector"},
    "present": {"kk": "Келді", "ru": "Присутствовал(а)", "en": "Present"},
    "mode": {"kk": "Қатысу түрі", "ru": "Форма участия", "en": "Attended"},
    "arrived": {"kk": "Келген уақыты", "ru": "Время прихода", "en": "Arrived"},
    "left": {"kk": "Кеткен уақыты", "ru": "Время ухода", "en": "Left"},
    "consent": {"kk": "Келісім", "ru": "Согласие", "en": "Consent"},
    "phone": {"kk": "Телефон", "ru": "Телефон", "en": "Phone"},
    "email": {"kk": "Электрондық пошта", "ru": "Электронная почта", "en": "E-mail"},
    "number": {"kk": "№", "ru": "№", "en": "No."},
    "direction": {"kk": "Бағыт", "ru": "Направление", "en": "Direction"},
    "section": {"kk": "Бөлім", "ru": "Раздел", "en": "Section"},
    "text": {"kk": "Мәтіні", "ru": "Текст", "en": "Text"},
    "author": {"kk": "Авторы", "ru": "Автор", "en": "Author"},
    "status": {"kk": "Қарау мәртебесі", "ru": "Статус рассмотрения", "en": "Review status"},
    "reviewer": {"kk": "Қараған", "ru": "Рассмотрел(а)", "en": "Reviewer"},
    "reviewed_at": {"kk": "Қаралған уақыты", "ru": "Время рассмотрения", "en": "Reviewed at"},
    "note": {"kk": "Ескертпе", "ru": "Примечание", "en": "Note"},
    "merged_into": {"kk": "Біріктірілген ұсыныс", "ru": "Объединено с", "en": "Merged into"},
    "merged_into_id": {"kk": "Біріктірілген ұсыныс идентификаторы",
                       "ru": "Идентификатор объединённого", "en": "Merged into id"},
    "accepted_section": {"kk": "Қабылданған бөлім", "ru": "Принято в раздел",
                         "en": "Accepted into section"},
    "asker": {"kk": "Сұрақ қойған", "ru": "Задал(а)", "en": "Asked by"},
    "addressee": {"kk": "Кімге", "ru": "Кому", "en": "To"},
    "question": {"kk": "Сұрақ", "ru": "Вопрос", "en": "Question"},
    "answer": {"kk": "Жауап", "ru": "Ответ", "en": "Answer"},
    "yes": {"kk": "иә", "ru": "да", "en": "yes"},
    "no": {"kk": "жоқ", "ru": "нет", "en": "no"},
    "in-person": {"kk": "Күндізгі", "ru": "Очно", "en": "In person"},
    "hybrid": {"kk": "Аралас", "ru": "Смешанный", "en": "Hybrid"},
    "draft": {"kk": "Жоба", "ru": "Черновик", "en": "Draft"},
    "in-progress": {"kk": "Жүріп жатыр", "ru": "Идёт", "en": "In progress"},
    "closed": {"kk": "Жабылды", "ru": "Закрыто", "en": "Closed"},
    "open": {"kk": "Ашық", "ru": "Открыт", "en": "Open"},
    "answered": {"kk": "Жауап берілді", "ru": "Отвечен", "en": "Answered"},
    "withdrawn": {"kk": "Қайтарылды", "ru": "Отозван", "en": "Withdrawn"},
    "meetings_sheet": {"kk": "Отырыстар", "ru": "Заседания", "en": "Meetings"},
    "attendances_sheet": {"kk": "Қатысу", "ru": "Посещения", "en": "Attendances"},
    "persons_sheet": {"kk": "Қатысушылар", "ru": "Участники", "en": "Participants"},
    "proposals_sheet": {"kk": "Ұсыныстар", "ru": "Предложения", "en": "Proposals"},
    "questions_sheet": {"kk": "Сұрақтар", "ru": "Вопросы", "en": "Questions"},
    "amendments_sheet": {"kk": "Құжаттарға түзетулер", "ru": "Поправки к документам",
                         "en": "Amendments to documents"},
    "document": {"kk": "Құжат", "ru": "Документ", "en": "Document"},
    "version": {"kk": "Нұсқа", "ru": "Версия", "en": "Version"},
    "paragraph": {"kk": "Абзац", "ru": "Абзац", "en": "Paragraph"},
    "action": {"kk": "Түзету", "ru": "Поправка", "en": "Amendment"},
    "language": {"kk": "Тілі", "ru": "Язык", "en": "Language"},
    "lines": {"kk": "Жолдар", "ru": "Строки", "en": "Lines"},
    "text_kk": {"kk": "Қазақша редакциясы", "ru": "Редакция на казахском",
                "en": "Wording in Kazakh"},
    "text_ru": {"kk": "Орысша редакциясы", "ru": "Редакция на русском",
                "en": "Wording in Russian"},
    "proposer": {"kk": "Ұсынған", "ru": "Предложил(а)", "en": "Proposed by"},
    "votes_for": {"kk": "Жақтап", "ru": "За", "en": "For"},
    "votes_against": {"kk": "Қарсы", "ru": "Против", "en": "Against"},
    "votes_abstained": {"kk": "Қалыс қалды", "ru": "Воздержались", "en": "Abstained"},
    "outcome": {"kk": "Шешім", "ru": "Решение", "en": "Outcome"},
    "reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
    "amend_replace": {"kk": "жаңа редакция", "ru": "новая редакция", "en": "new wording"},
    "amend_delete": {"kk": "алып тастау", "ru": "исключение", "en": "deletion"},
    "amend_add": {"kk": "жаңа абзац", "ru": "новый абзац", "en": "new paragraph"},
    "outcome_open": {"kk": "қаралмады", "ru": "не рассмотрена", "en": "not reviewed"},
    "outcome_accepted": {"kk": "қабылданды", "ru": "принята", "en": "accepted"},
    "outcome_merged": {"kk": "біріктірілді", "ru": "объединена", "en": "merged"},
    "outcome_declined": {"kk": "қабылданбады", "ru": "отклонена", "en": "declined"},
    "outcome_clarification": {"kk": "нақтылау қажет", "ru": "требует уточнения",
                              "en": "needs clarification"},
    # the proposals sheet's own filters, as its filters line names them
    "proposal_kind": {"kk": "Ұсыныс немесе ескерту", "ru": "Предложение или замечание",
                      "en": "Proposal or comment"},
    "unreviewed": {"kk": "әлі қаралмағандар", "ru": "ещё не рассмотренные",
                   "en": "not reviewed yet"},
    "search": {"kk": "Іздеу", "ru": "Поиск", "en": "Search"},
}  # fmt: skip

#: The rows a sheet starts with before its headers: title, as of, filters, an empty line.
PREAMBLE_ROWS = 4
SHEETS = ("meetings", "attendances", "persons", "proposals", "questions", "amendments")


def word(key: str, language: str) -> str:
    """An export's word: a header or a value of its own, else one of the summary's, else the
    value as it is (a code the lists have no words for)."""
    words = HEADERS.get(key)
    return words[language] if words else summary.word(key, language)


@dataclass(frozen=True)
class ExportFilters:
    """The figures' filters (every sheet), and those that narrow the proposals sheet only, as
    the proposals page filters its list: the review status, the section (filed under or
    accepted into), proposal or comment, the meeting (its id), the reviewer, "not reviewed
    yet" (new, in review, needs clarification), and a search: ``search`` is what was typed
    (written on the sheet), ``found`` the ids of the proposals it found (None: no search)."""

    figures: stats.Filters = field(default_factory=stats.Filters)
    status: str | None = None
    section: str | None = None
    kind: str | None = None
    meeting: str | None = None
    reviewer: str | None = None
    unreviewed: bool = False
    search: str = ""
    found: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in stats.review_statuses():
            raise InvalidInput(
                "unknown review status '{status}': use one of {statuses}.",
                status=self.status,
                statuses=", ".join(stats.review_statuses()),
            )
        if self.kind is not None and self.kind not in {k.value for k in ProposalKind}:
            raise InvalidInput(
                "unknown kind of proposal '{kind}': use one of {kinds}.",
                kind=self.kind,
                kinds=", ".join(ProposalKind),
            )

    def as_json(self) -> dict[str, str]:
        """The filters that narrow something, as text; the proposals sheet's own after the
        figures' ("proposal_kind" is proposal or comment, "kind" the meeting's)."""
        own = {
            "status": self.status,
            "section": self.section,
            "proposal_kind": self.kind,
            "meeting": self.meeting,
            "reviewer": self.reviewer,
            "unreviewed": "yes" if self.unreviewed else None,
            "search": self.search.strip() or None,
        }
        return self.figures.as_json() | {key: value for key, value in own.items() if value}

    def proposal_conditions(self) -> tuple[str, dict[str, Any]]:
        """The proposals sheet's own filters as SQL on proposal ``p`` and its review ``r``
        (``stats.LATEST_REVIEW_JOIN``), each term beginning with AND, and their values."""
        status = "coalesce(r.status, :unreviewed)"
        where: list[str] = []
        values: dict[str, Any] = {"unreviewed": stats.unreviewed_status()}
        if self.status:
            where.append(f"{status} = :status")
            values["status"] = self.status
        if self.unreviewed:
            decided = {s.value for s in graph.DECIDED}
            open_ = [s for s in stats.review_statuses() if s not in decided]
            names = [f"open_{i}" for i in range(len(open_))]
            where.append(f"{status} IN ({', '.join(':' + n for n in names)})")
            values.update(zip(names, open_, strict=True))
        if self.section:
            # as the proposals page filters: filed under the section or accepted into it
            where.append("(p.section_code = :section OR r.accepted_section_code = :section)")
            values["section"] = self.section
        if self.kind:
            where.append("p.kind = :proposal_kind")
            values["proposal_kind"] = self.kind
        if self.meeting:
            where.append("p.meeting_id = :meeting")
            values["meeting"] = self.meeting
        if self.reviewer:
            where.append("r.reviewer = :reviewer")
            values["reviewer"] = self.reviewer
        return "".join(f" AND {term}" for term in where), values


#: The filters that narrow the proposals sheet only (the other sheets do not name them).
PROPOSAL_FILTERS = ("status", "section", "proposal_kind", "meeting", "reviewer", "unreviewed",
                    "search")  # fmt: skip


def filters_line(
    filters: ExportFilters, names: Mapping[str, Mapping[str, str]], language: str, sheet: str
) -> str:
    """The filters that narrow ``sheet``, as a reader reads them (the summary's words for the
    figures' filters and the status)."""
    shown = filters.as_json()
    if sheet != "proposals":
        shown = {key: value for key, value in shown.items() if key not in PROPOSAL_FILTERS}
    figures = {f.name for f in fields(stats.Filters)} | {"status"}
    known = {key: value for key, value in shown.items() if key in figures}
    shown_as: dict[str, Callable[[str], str]] = {
        "section": lambda code: f"{code} {names.get('section', {}).get(code, '')}".strip(),
        "proposal_kind": lambda kind: word(kind, language),
        "meeting": lambda mid: names.get("meeting", {}).get(mid, mid),
        "search": lambda typed: f"«{typed}»",
    }
    parts = [
        word(key, language)  # "not reviewed yet" is a word, not a value
        if key == "unreviewed"
        else f"{word(key, language)}: {shown_as.get(key, str)(value)}"
        for key, value in shown.items()
        if key not in known
    ]
    line = summary.filters_line(known, names, language)
    if not parts:
        return line
    head = f"{summary.word('filters', language)}: "
    return head + "; ".join([*([line[len(head) :]] if known else []), *parts])


def reference_names(session: Session, language: str) -> dict[str, dict[str, str]]:
    """The names of regions, sectors, directions and sections in ``language`` (kk, ru, en)."""
    summary.check_language(language)
    column = f"name_{language}"
    tables = {"region": "kato", "sector": "code", "direction": "code", "section": "code"}
    names: dict[str, dict[str, str]] = {}
    for table, key in tables.items():
        rows = session.connection().execute(text(f"SELECT {key}, {column} FROM {table}"))
        names[table] = {str(code): str(name) for code, name in rows}
    return names


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name, its headers and its rows (each a list of plain values)."""

    key: str
    headers: list[str]
    rows: Callable[[], Iterator[list[Any]]]


def _meeting_number(region: str | None, year: int, number: int, code: str | None) -> str:
    return format_number(region, year, number, code)


def _sheets(
    session: Session, filters: ExportFilters, language: str, names: Mapping[str, Mapping[str, str]]
) -> list[Sheet]:
    where, values = stats.counted_meetings(filters.figures)
    meetings_in = f"SELECT m.id FROM meeting m WHERE {where}"
    yes, no = word("yes", language), word("no", language)

    def execute(sql: str, extra: Mapping[str, Any] | None = None) -> Iterator[Any]:
        bound = values | dict(extra or {})
        result = session.connection().execute(stats.query(sql, bound), bound)
        yield from result

    def region(code: str | None) -> str:
        return names["region"].get(code or "", word("national", language))

    # the columns a meeting's number is made of, from meeting m and its device d
    number = "m.region_kato AS region, m.year AS year, m.number AS number, d.code AS code"

    def meetings() -> Iterator[list[Any]]:
        for row in execute(
            f"SELECT m.id, {number}, m.kind, m.format, m.date, m.title, m.place, m.chair, "
            "m.secretary, m.status FROM meeting m JOIN device d ON d.id = m.device_id "
            f"WHERE m.id IN ({meetings_in}) ORDER BY m.date, m.id"
        ):
            yield [
                row.id,
                _meeting_number(row.region, row.year, row.number, row.code),
                region(row.region),
                word(row.kind, language),
                word(row.format, language),
                row.date,
                row.title,
                row.place,
                row.chair,
                row.secretary,
                word(row.status, language),
            ]

    def attendances() -> Iterator[list[Any]]:
        for row in execute(
            f"SELECT a.meeting_id, {number}, a.person_id, p.full_name, a.sector_code, "
            "a.present, a.mode, a.arrived_at, a.left_at FROM attendance a "
            "JOIN meeting m ON m.id = a.meeting_id JOIN device d ON d.id = m.device_id "
            "JOIN person p ON p.id = a.person_id "
            f"WHERE a.deleted = false AND a.meeting_id IN ({meetings_in}) "
            "ORDER BY m.date, a.meeting_id, p.name_key"
        ):
            yield [
                _meeting_number(row.region, row.year, row.number, row.code),
                row.meeting_id,
                row.person_id,
                row.full_name,
                names["sector"].get(row.sector_code, row.sector_code),
                yes if row.present else no,
                word(row.mode, language),
                row.arrived_at,
                row.left_at,
            ]

    def persons() -> Iterator[list[Any]]:
        condition, bound = stats.counted_participants(session, filters.figures)
        for row in execute(
            "SELECT p.id, p.full_name, p.organisation, p.position, p.sector_code, "
            "p.region_kato, p.consent, p.phone, p.email FROM person p "
            f"WHERE {condition} ORDER BY p.name_key, p.id",
            bound,
        ):
            consent = bool(row.consent)
            yield [
                row.id,
                row.full_name,
                row.organisation,
                row.position,
                names["sector"].get(row.sector_code, row.sector_code),
                region(row.region_kato) if row.region_kato else None,
                yes if consent else no,
                # contacts only of persons who consented to their processing
                row.phone if consent else None,
                row.email if consent else None,
            ]

    def proposals() -> Iterator[list[Any]]:
        condition, bound = stats.counted_proposals(filters.figures)
        status = "coalesce(r.status, :unreviewed)"
        narrowed, narrowing = filters.proposal_conditions()
        sql = (
            f"SELECT p.id, {number}, m.date AS date, p.number AS no, p.kind, p.direction_code, "
            "p.section_code, p.text, p.author_name, p.organisation, "
            f"{status} AS status, r.reviewer, r.updated_at AS reviewed_at, r.note, "
            "r.duplicate_of_id, r.accepted_section_code, t.number AS target_no, "
            "tm.region_kato AS target_region, tm.year AS target_year, "
            "tm.number AS target_meeting, td.code AS target_code "
            "FROM proposal p JOIN meeting m ON m.id = p.meeting_id "
            "JOIN device d ON d.id = m.device_id "
            f"{stats.LATEST_REVIEW_JOIN.format(proposal='p')} "
            # the proposal it was merged into, named as people name it: meeting / number
            "LEFT JOIN proposal t ON t.id = r.duplicate_of_id "
            "LEFT JOIN meeting tm ON tm.id = t.meeting_id "
            "LEFT JOIN device td ON td.id = tm.device_id "
            f"WHERE {condition}{narrowed} ORDER BY m.date, p.meeting_id, p.number"
        )
        found = filters.found
        for row in execute(sql, bound | narrowing):
            if found is not None and row.id not in found:
                continue  # not among those the proposals page's search found
            target = None
            if row.duplicate_of_id and row.target_year is not None:
                meeting = _meeting_number(
                    row.target_region, row.target_year, row.target_meeting, row.target_code
                )
                target = f"{meeting} / {row.target_no}"
            yield [
                row.id,
                _meeting_number(row.region, row.year, row.number, row.code),
                region(row.region),
                row.date,
                row.no,
                word(row.kind, language),
                f"{row.direction_code} {names['direction'].get(row.direction_code, '')}".strip(),
                row.section_code,
                row.text,
                row.author_name,
                row.organisation,
                word(row.status, language),
                row.reviewer,
                row.reviewed_at,
                row.note,
                target,
                row.duplicate_of_id,
                row.accepted_section_code,
            ]

    def questions() -> Iterator[list[Any]]:
        sql = (
            f"SELECT q.id, {number}, q.asker_name, q.addressee, q.text, q.answer, q.status "
            "FROM question q JOIN meeting m ON m.id = q.meeting_id "
            "JOIN device d ON d.id = m.device_id "
            f"WHERE q.deleted = false AND q.meeting_id IN ({meetings_in}) "
            "ORDER BY m.date, q.meeting_id, q.id"
        )
        for row in execute(sql):
            yield [
                row.id,
                _meeting_number(row.region, row.year, row.number, row.code),
                row.asker_name,
                row.addressee,
                row.text,
                row.answer,
                word(row.status, language),
            ]

    def amendments() -> Iterator[list[Any]]:
        versions: dict[tuple[str, int], tuple[str, list[str]]] = {}
        title_column = "title_kk" if language == "kk" else "title_ru"
        for row in execute(
            f"SELECT document_id, number, {title_column} AS title, paragraphs FROM documentversion"
        ):
            ids = [paragraph["id"] for paragraph in orjson.loads(row.paragraphs)]
            versions[(row.document_id, row.number)] = (row.title, ids)
        sql = (
            f"SELECT t.id, {number}, m.date, t.document_id, t.version_number, t.paragraph_id, "
            "t.action, t.language, t.line_from, t.line_to, t.text_kk, t.text_ru, "
            "t.proposer_name, t.votes_for, t.votes_against, t.votes_abstained, "
            "r.status AS outcome, r.reason, r.merged_into_id FROM textamendment t "
            "JOIN meeting m ON m.id = t.meeting_id JOIN device d ON d.id = m.device_id "
            "LEFT JOIN amendmentreview r ON r.amendment_id = t.id "
            f"WHERE t.deleted = false AND t.meeting_id IN ({meetings_in}) "
            "ORDER BY t.document_id, t.id"
        )
        for row in execute(sql):
            title, ids = versions.get((row.document_id, row.version_number), ("", []))
            lines = f"{row.line_from}–{row.line_to}" if row.line_from is not None else None
            yield [
                row.id,
                _meeting_number(row.region, row.year, row.number, row.code),
                region(row.region),
                row.date,
                title,
                row.version_number,
                ids.index(row.paragraph_id) + 1 if row.paragraph_id in ids else None,
                word(f"amend_{row.action}", language),
                row.language,
                lines,
                row.text_kk,
                row.text_ru,
                row.proposer_name,
                row.votes_for,
                row.votes_against,
                row.votes_abstained,
                word(f"outcome_{row.outcome or 'open'}", language),
                row.reason,
                row.merged_into_id,
            ]

    def headers(*keys: str) -> list[str]:
        return [word(key, language) for key in keys]

    return [
        Sheet("meetings", headers("id", "meeting", "region", "kind", "format", "date", "title",
                                  "place", "chair", "secretary", "meeting_status"), meetings),
        Sheet("attendances", headers("meeting", "meeting_id", "person_id", "full_name", "sector",
                                     "present", "mode", "arrived", "left"), attendances),
        Sheet("persons", headers("id", "full_name", "organisation", "position", "sector",
                                 "region", "consent", "phone", "email"), persons),
        Sheet("proposals", headers("id", "meeting", "region", "date", "number", "kind",
                                   "direction", "section", "text", "author", "organisation",
                                   "status", "reviewer", "reviewed_at", "note", "merged_into",
                                   "merged_into_id", "accepted_section"), proposals),
        Sheet("questions", headers("id", "meeting", "asker", "addressee", "question", "answer",
                                   "status"), questions),
        Sheet("amendments", headers("id", "meeting", "region", "date", "document", "version",
                                    "paragraph", "action", "language", "lines", "text_kk",
                                    "text_ru", "proposer", "votes_for", "votes_against",
                                    "votes_abstained", "outcome", "reason", "merged_into_id"),
              amendments),
    ]  # fmt: skip


def _cell(value: Any) -> Any:
    """A value as a cell holds it: text escaped, times in UTC without their zone."""
    if isinstance(value, str):
        return escape_cell(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _preamble(
    key: str,
    filters: ExportFilters,
    language: str,
    names: Mapping[str, Mapping[str, str]],
    as_of: dt.datetime,
) -> list[list[str]]:
    when = as_of.astimezone().strftime("%d.%m.%Y %H:%M")
    return [
        [escape_cell(word(f"{key}_sheet", language))],
        [escape_cell(summary.word("as_of", language).format(when=when))],
        [escape_cell(filters_line(filters, names, language, key))],
        [],
    ]


#: How often (in rows) an export tells its ``progress`` how far it got.
PROGRESS_EVERY = 500
#: ``progress(sheet, rows written so far)``: called as each sheet starts, every
#: ``PROGRESS_EVERY`` rows and when it ends; what it raises stops the export, and a file not
#: written to its end is not written at all.
Progress = Callable[[str, int], None]


def _reported(sheet: Sheet, progress: Progress) -> Sheet:
    def rows() -> Iterator[list[Any]]:
        progress(sheet.key, 0)
        count = 0
        for row in sheet.rows():
            yield row
            count += 1
            if count % PROGRESS_EVERY == 0:
                progress(sheet.key, count)
        progress(sheet.key, count)

    return replace(sheet, rows=rows)


def _prepared(
    session: Session, filters: ExportFilters, language: str, progress: Progress | None = None
) -> tuple[list[Sheet], dict[str, dict[str, str]], dt.datetime]:
    summary.check_language(language)
    names = reference_names(session, language)
    if filters.meeting:  # the filters line names the meeting by its number
        row = session.connection().execute(
            text("SELECT m.region_kato, m.year, m.number, d.code FROM meeting m "
                 "JOIN device d ON d.id = m.device_id WHERE m.id = :id"),
            {"id": filters.meeting},
        ).first()  # fmt: skip
        if row is not None:
            names["meeting"] = {filters.meeting: _meeting_number(*row)}
    sheets = _sheets(session, filters, language, names)
    if progress is not None:
        sheets = [_reported(sheet, progress) for sheet in sheets]
    return sheets, names, utcnow()


def export_xlsx(
    session: Session,
    path: Path,
    *,
    filters: ExportFilters | None = None,
    language: str = "ru",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the workbook to ``path`` whole; returns the number of records on each sheet."""
    chosen = filters or ExportFilters()
    sheets, names, as_of = _prepared(session, chosen, language, progress)
    written: dict[str, int] = {}
    with replacing(path) as handle, XlsxWriter(handle) as workbook:
        for sheet in sheets:
            worksheet = workbook.sheet(word(f"{sheet.key}_sheet", language))
            for line in _preamble(sheet.key, chosen, language, names, as_of):
                worksheet.append(line)
            worksheet.append([escape_cell(h) for h in sheet.headers])
            count = 0
            for row in sheet.rows():
                worksheet.append([_cell(value) for value in row])
                count += 1
            written[sheet.key] = count
    return written


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return str(_cell(value).isoformat(sep=" ", timespec="seconds"))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(_cell(value))


def export_csv(
    session: Session,
    folder: Path,
    *,
    filters: ExportFilters | None = None,
    language: str = "ru",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write one CSV file per sheet into ``folder`` (UTF-8 with a BOM, semicolons, as Excel
    opens them where Kazakh and Russian are spoken), each whole; returns the records per file."""
    chosen = filters or ExportFilters()
    sheets, names, as_of = _prepared(session, chosen, language, progress)
    written: dict[str, int] = {}
    for sheet in sheets:
        with replacing(folder / f"{sheet.key}.csv") as handle:
            handle.write(codecs.BOM_UTF8)
            out = io.TextIOWrapper(handle, encoding="utf-8", newline="")
            writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n")
            writer.writerows(_preamble(sheet.key, chosen, language, names, as_of))
            writer.writerow([escape_cell(h) for h in sheet.headers])
            count = 0
            for row in sheet.rows():
                writer.writerow([_csv_value(value) for value in row])
                count += 1
            out.flush()
            out.detach()
        written[sheet.key] = count
    return written


def write_summary(
    session: Session,
    path: Path,
    *,
    filters: stats.Filters | None = None,
    language: str = "ru",
) -> dict[str, Any]:
    """Write the summary PDF of the figures to ``path``; returns the figures it shows."""
    summary.check_language(language)
    figures = stats.campaign_stats(session, filters or stats.Filters())
    names = reference_names(session, language)
    summary.write_summary(path, figures, names, language, as_of=utcnow().astimezone())
    return figures


def sheet_names(language: str) -> Sequence[str]:
    """The sheets' names in ``language``, in their order."""
    return [word(f"{key}_sheet", language) for key in SHEETS]
