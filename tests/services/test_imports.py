"""Imports into a meeting: what a facilitator checks after bringing in a roster, Zoom, proposals."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

from khdesk.domain.errors import InvalidInput, ReadOnly
from khdesk.services import imports, meetings, participants, proposals
from khdesk.services.imports import Action
from khdesk.services.imports.left_out import save_left_out
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attendance, ChangeLog, Meeting, Person, Proposal
from tests.factories import make_closable_meeting, make_meeting, make_person
from tests.io.files import write_csv, write_xlsx
from tests.rosters import (
    BAD_LINES,
    KK_GUEST,
    KK_GUEST_LINES,
    KK_SUGGESTED,
    RU_GUEST,
    RU_GUEST_LINES,
    RU_SUGGESTED,
    kk_roster,
    ru_roster,
)

ALMATY = dt.timezone(dt.timedelta(hours=5))
HEADER = ["Т.А.Ә.", "Ұйым", "Лауазымы", "Сектор", "Телефон", "Эл. пошта", "Келісім"]


def counts(session: Session) -> dict[str, int]:
    return {
        model.__name__: session.exec(select(func.count()).select_from(model)).one()
        for model in (Person, Attendance, ChangeLog, Proposal)
    }


def database_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return counts(session)


def roster_file(tmp_path: Path, *rows: list[str]) -> Path:
    return write_csv(tmp_path / "roster.csv", [HEADER, *rows], separator=";")


def import_roster(
    database: Database, actor: Actor, meeting: Meeting, path: Path, **options: object
) -> imports.ImportReport:
    unknown = options.pop("unknown_sector", None)
    with database.transaction() as session:
        preview = imports.preview_roster(
            session, meeting.id, path, unknown_sector=unknown if isinstance(unknown, str) else None
        )
        return imports.apply_roster(session, actor, preview, present=bool(options.get("present")))


BAD_ROSTER = (
    ["Жұмабекова Іңкәр", "«Мейірім» ҚҚ", "Төраға", "ҮЕҰ", "8 701 234 56 78", "inkar@example.kz",
     "иә"],
    ["", "Әкімдік", "", "local_gov", "", "", ""],
    ["Оспанов Серік", "Әкімдік", "", "Local executive body", "12", "", "иә"],
    ["Сейітова Дана", "", "", "business", "", "dana@", "иә"],
    ["Ли Вера", "ТОО Алма", "", "Банк", "", "", ""],
    ["Ахметов Ерлан", "ТОО Алма", "Директор", "бизнес", "", "", "жоқ"],
)  # fmt: skip


def test_a_roster_with_bad_rows_imports_the_good_rows_and_nothing_else(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    before = database_counts(database)
    report = import_roster(database, actor, meeting, roster_file(tmp_path, *BAD_ROSTER))
    assert (report.created, report.matched, report.already_attending) == (2, 0, 0)
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (3, "no name: type the person's full name, or leave the row out."),
        (4, "the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty."),
        (5, "the e-mail is malformed: correct it or leave it empty."),
        (
            6,
            "unknown sector 'Банк': write a sector's code or name from the list, or map it to one.",
        ),
    ]
    with database.session() as session:
        after = counts(session)
        listed = participants.attendances(session, meeting.id)
    assert after["Person"] - before["Person"] == 2
    assert after["Attendance"] - before["Attendance"] == 2
    # one change-log entry per record written, each under its own sequence number
    assert after["ChangeLog"] - before["ChangeLog"] == 4
    by_name = {person.full_name: (attendance, person) for attendance, person in listed}
    inkar_attendance, inkar = by_name["Жұмабекова Іңкәр"]
    assert (inkar.sector_code, inkar.phone, inkar.email, inkar.region_kato) == (
        "ngo",
        "+77012345678",
        "inkar@example.kz",
        "71",
    )
    assert inkar.consent and inkar.consent_method == "paper"
    assert inkar_attendance.sector_code == "ngo" and not inkar_attendance.present
    _, erlan = by_name["Ахметов Ерлан"]
    assert (erlan.sector_code, erlan.consent, erlan.position) == ("business", False, "Директор")


def test_the_preview_writes_nothing_and_lets_the_user_fix_rows(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(tmp_path, *BAD_ROSTER)
    before = database_counts(database)
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert database_counts(database) == before
    assert [(e.line, e.action) for e in preview.entries] == [
        (2, Action.CREATE),
        (3, Action.REJECT),
        (4, Action.REJECT),
        (5, Action.REJECT),
        (6, Action.REJECT),
        (7, Action.CREATE),
    ]
    assert preview.unknown_sectors() == ["Банк"]
    preview.entry(3).row.set("full_name", "Нұрланов Асхат")
    preview.entry(4).row.set("phone", "+7 701 000 00 00")
    preview.entry(5).row.set("email", "")
    preview.map_sector("банк", "business")
    with database.session() as session:
        imports.review_roster(session, preview)
    assert preview.rejections() == []
    assert preview.entry(6).sector_code == "business"
    with database.transaction() as session:
        report = imports.apply_roster(session, actor, preview)
    assert (report.created, report.rejected) == (6, [])
    # the meeting lists the six, each as the user fixed the row
    with database.session() as session:
        after = counts(session)
        people = {p.full_name: p for _, p in participants.attendances(session, meeting.id)}
    assert after["Person"] - before["Person"] == 6
    assert after["Attendance"] - before["Attendance"] == 6
    assert set(people) == {
        "Жұмабекова Іңкәр",
        "Нұрланов Асхат",
        "Оспанов Серік",
        "Сейітова Дана",
        "Ли Вера",
        "Ахметов Ерлан",
    }
    assert people["Нұрланов Асхат"].organisation == "Әкімдік"
    assert people["Оспанов Серік"].phone == "+77010000000"
    assert (people["Сейітова Дана"].email, people["Сейітова Дана"].consent) == (None, True)
    assert people["Ли Вера"].sector_code == "business"


def test_unknown_sectors_can_be_mapped_for_the_whole_file(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(tmp_path, ["Ли Вера", "", "", "Банк", "", "", ""])
    report = import_roster(database, actor, meeting, path, unknown_sector="other")
    assert (report.created, report.rejected) == (1, [])
    with database.session() as session:
        ((attendance, person),) = participants.attendances(session, meeting.id)
    assert person.full_name == "Ли Вера"
    assert (person.sector_code, attendance.sector_code) == ("other", "other")
    with database.session() as session, pytest.raises(InvalidInput, match="unknown sector 'nope'"):
        imports.preview_roster(session, meeting.id, path, unknown_sector="nope")


def test_a_failure_during_apply_leaves_the_database_unchanged(
    database: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Бір", "", "", "ngo", "", "", ""],
        ["Екі", "", "", "ngo", "", "", ""],
        ["Үш", "", "", "ngo", "", "", ""],
    )
    before = database_counts(database)
    real_register = participants.register
    calls = []

    def failing_register(*args: object, **kwargs: object) -> Attendance:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_register(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(participants, "register", failing_register)
    with pytest.raises(OSError, match="disk full"):
        import_roster(database, actor, meeting, path)
    assert database_counts(database) == before


def test_known_persons_are_matched_across_spellings_phone_and_email(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    inkar = make_person(database, actor)  # Жұмабекова Іңкәр Серікқызы, ОФ «Мейірім», 8 701 ...
    serik = make_person(
        database,
        actor,
        full_name="Оспанов Серік",
        organisation="Алматы әкімдігі",
        phone="87015556677",
        email="serik@example.kz",
    )
    dana = make_person(
        database, actor, full_name="Сейітова Дана", organisation="«Сенім» ҚҚ", consent=False
    )
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        # Russian spelling, other case and spacing, other quotes
        ["ЖУМАБЕКОВА  Инкар Сериккызы", 'ОФ "Мейирим"', "", "ngo", "", "", ""],
        # the same phone written differently, another name
        ["Оспанов С.", "", "", "local_gov", "+7 (701) 555-66-77", "", "да"],
        # the same e-mail in capitals, and a name that agrees
        ["Серік Оспанов", "Другое", "", "ngo", "", "SERIK@example.kz", "да"],
        # the same name but another organisation is another person
        ["Сейітова Дана", "Басқа ұйым", "", "ngo", "", "", ""],
        ["Сейитова дана", "«Сенім» ҚҚ", "", "ngo", "", "", ""],
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert [(e.action, e.person_id) for e in preview.entries] == [
        (Action.MATCH, inkar.id),
        (Action.MATCH, serik.id),
        (Action.MATCH, serik.id),
        (Action.CREATE, None),
        (Action.MATCH, dana.id),
    ]
    report = import_roster(database, actor, meeting, path)
    assert (report.created, report.matched, report.already_attending) == (1, 4, 0)
    with database.session() as session:
        assert len(participants.attendances(session, meeting.id)) == 4


def test_invisible_characters_and_fullwidth_forms_do_not_make_another_person(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    serik = make_person(
        database, actor, full_name="Оспанов Серік", organisation="ТОО ABC", phone=None, email=None
    )
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Оспанов\u200b Серік\u2060", "ТОО ＡＢＣ", "", "business", "", "", ""],
        ["\ufeffЛи\u200d Вера", "", "", "ngo", "＋７ ７０１ ２３４ ５６ ７８", "", "иә"],
    )
    report = import_roster(database, actor, meeting, path)
    assert (report.created, report.matched, report.rejected) == (1, 1, [])
    with database.session() as session:
        people = {p.full_name: p for _, p in participants.attendances(session, meeting.id)}
    assert people["Оспанов Серік"].id == serik.id
    assert people["Ли Вера"].phone == "+77012345678"


# --- one pipeline for every import ------------------------------------------------------------


def three_files(tmp_path: Path) -> dict[str, Path]:
    """A file of each kind, each with one good row and one row to reject."""
    return {
        "roster": roster_file(
            tmp_path, ["Бір Адам", "", "", "ngo", "", "", ""], ["", "Әкімдік", "", "", "", "", ""]
        ),
        "zoom": write_csv(
            tmp_path / "zoom.csv",
            [["Name", "Join Time"], ["Бір Адам", "2026-09-16 10:00:00"], ["Екі", "ертең"]],
        ),
        "proposals": write_csv(
            tmp_path / "proposals.csv", [["Text", "Direction"], ["Мектеп", "D1"], ["Жоқ", "D9"]]
        ),
    }


@pytest.mark.parametrize(
    ("kind", "what", "reason", "listed"),
    [
        (
            "roster",
            "participants",
            "no name: type the person's full name, or leave the row out.",
            (["Бір Адам"], []),
        ),
        (
            "zoom",
            "zoom",
            "'ертең' is not a time: Zoom writes 09/16/2026 10:01:23 AM.",
            (["Бір Адам"], []),
        ),
        (
            "proposals",
            "proposals",
            "unknown direction 'D9': write D1 to D6 or the direction's name.",
            ([], ["Мектеп"]),
        ),
    ],
)
def test_every_import_previews_reviews_applies_and_reports_the_same_way(
    database: Database,
    actor: Actor,
    tmp_path: Path,
    kind: str,
    what: str,
    reason: str,
    listed: tuple[list[str], list[str]],
) -> None:
    """``listed`` is what the meeting shows afterwards: its participants and its proposals."""
    importer = imports.importer(kind)
    meeting = make_meeting(database, actor)
    path = three_files(tmp_path)[kind]
    before = database_counts(database)
    with database.session() as session:
        preview = importer.preview(session, meeting.id, path)
        importer.review(session, preview)
    assert database_counts(database) == before  # the preview and its review write nothing
    assert [(e.line, e.action) for e in preview.entries] == [(2, Action.CREATE), (3, Action.REJECT)]
    seen: list[tuple[int, int]] = []
    with database.transaction() as session:
        report = importer.apply(session, actor, preview, progress=lambda *p: seen.append(p))
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert report.as_json() == {
        "import": what,
        "meeting_id": meeting.id,
        "meeting": "71-2026-001",
        "file": path.name,
        "created": 1,
        "matched": 0,
        "already_attending": 0,
        "rejected": 1,
        "undecided": 0,
        "rejections": [{"line": 3, "reason": reason}],
    }
    # the good row is stored, the rejected one is not
    with database.session() as session:
        after = counts(session)
        names = [p.full_name for _, p in participants.attendances(session, meeting.id)]
        texts = [p.text for p in proposals.proposals(session, meeting.id)]
    assert (names, texts) == listed
    assert after["Person"] - before["Person"] == len(listed[0])
    assert after["Attendance"] - before["Attendance"] == len(listed[0])
    assert after["Proposal"] - before["Proposal"] == len(listed[1])


def test_a_cancelled_import_writes_nothing(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Бір Адам", "", "", "ngo", "", "", ""],
        ["Екі Адам", "", "", "ngo", "", "", ""],
        ["Үш Адам", "", "", "ngo", "", "", ""],
    )
    before = database_counts(database)
    tracker = imports.ProgressTracker()

    def progress(done: int, total: int) -> None:
        tracker(done, total)
        if done == 1:
            tracker.cancel()  # as the window's Cancel does, from its own thread

    with pytest.raises(imports.ImportCancelled), database.transaction() as session:
        preview = imports.ROSTER.preview(session, meeting.id, path)
        imports.ROSTER.apply(session, actor, preview, progress=progress)
    assert (tracker.done, tracker.total, tracker.percent) == (2, 3, 66)
    assert database_counts(database) == before


def test_a_reason_keeps_its_values_apart_from_its_sentence(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    """So that the window says it in Kazakh or Russian and the report in English."""
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Ли Вера", "", "", "Банк", "", "", ""],
        ["Ким Олег", "", "", "ngo", "123", "", "иә"],
    )
    report = import_roster(database, actor, meeting, path)
    sector, phone = (rejection.reason for rejection in report.rejected)
    assert sector.values == {"sector": "Банк"} and "Банк" not in sector.template
    assert phone.values == {}  # a phone is never repeated in a reason
    assert report.as_json()["rejections"][0]["reason"] == (
        "unknown sector 'Банк': write a sector's code or name from the list, or map it to one."
    )


# --- a phone or an e-mail shared by people of different names ------------------------------------

SHARED = "the window's import preview whether this is the same person, or correct the name or the"


def office(database: Database, actor: Actor) -> Person:
    """A known person whose phone and e-mail are those of their office."""
    return make_person(
        database,
        actor,
        full_name="Оспанов Серік",
        organisation="Алматы әкімдігі",
        phone="8 727 271 00 00",
        email="office@almaty.kz",
    )


def test_a_shared_office_phone_with_another_name_is_not_merged_without_a_word(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    serik = office(database, actor)
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Сейітова Дана", "Алматы әкімдігі", "", "local_gov", "+7 727 271-00-00", "", "иә"],
        ["Ли Вера", "", "", "ngo", "", "", ""],
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    dana = preview.entry(2)
    assert (dana.action, dana.person_id, dana.candidate_id) == (Action.DECIDE, None, serik.id)
    assert (dana.candidate_name, dana.shared) == ("Оспанов Серік", "phone")
    assert str(dana.reason) == (
        f"shares its phone with a known person of another name: say in {SHARED} phone in the file."
    )
    # imported as it is, the row is left out and said so; nobody is merged into Серік
    report = import_roster(database, actor, meeting, path)
    assert (report.created, report.matched, report.undecided) == (1, 0, 1)
    assert [(r.line, r.reason) for r in report.rejected] == [(2, dana.reason)]
    assert report.as_json()["undecided"] == 1
    with database.session() as session:
        names = [p.full_name for _, p in participants.attendances(session, meeting.id)]
        stored = session.get(Person, serik.id)
    assert names == ["Ли Вера"]
    assert stored is not None and stored.full_name == "Оспанов Серік"


@pytest.mark.parametrize("same", [True, False])
def test_the_user_decides_whether_a_shared_contact_is_the_same_person(
    database: Database, actor: Actor, tmp_path: Path, same: bool
) -> None:
    serik = office(database, actor)
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path, ["Сейітова Дана", "", "", "local_gov", "", "OFFICE@almaty.kz", "иә"]
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert preview.entry(2).shared == "e-mail"
    preview.decide(2, same=same)
    with database.transaction() as session:
        imports.review_roster(session, preview)
        assert preview.entry(2).same_person is same
        assert preview.entry(2).action is (Action.MATCH if same else Action.CREATE)
        report = imports.apply_roster(session, actor, preview)
    assert (report.created, report.matched, report.rejected) == (0 if same else 1, int(same), [])
    with database.session() as session:
        ((_, person),) = participants.attendances(session, meeting.id)
    if same:
        assert person.id == serik.id
    else:
        assert (person.full_name, person.email) == ("Сейітова Дана", "office@almaty.kz")
        # the next import of the same file finds her by the e-mail and her own name
        again = import_roster(database, actor, meeting, path)
        assert (again.already_attending, again.undecided, again.rejected) == (1, 0, [])


def test_a_decision_is_about_one_person_and_a_corrected_row_is_asked_again(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    office(database, actor)
    other = make_person(database, actor, full_name="Ахметов Ерлан", phone="87011112233", email=None)
    meeting = make_meeting(database, actor)
    path = roster_file(tmp_path, ["Сейітова Дана", "", "", "ngo", "87272710000", "", "иә"])
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
        preview.decide(2, same=False)
        imports.review_roster(session, preview)
        assert preview.entry(2).action is Action.CREATE
        preview.entry(2).row.set("phone", "87011112233")
        imports.review_roster(session, preview)
    assert (preview.entry(2).action, preview.entry(2).candidate_id) == (Action.DECIDE, other.id)


def test_rows_of_one_file_that_share_an_email_with_another_name_wait_for_a_decision(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Иванова Анна", "ОФ «Добро»", "", "ngo", "", "info@dobro.kz", "иә"],
        ["Петров Павел", "ОФ «Добро»", "", "ngo", "", "info@dobro.kz", "иә"],
        ["Петров Павел", "ОФ Добро", "", "ngo", "", "", ""],
        ["Иванова А.", "", "", "ngo", "", "INFO@dobro.kz", "иә"],
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert [(e.action, e.candidate_line, e.same_as_line) for e in preview.entries] == [
        (Action.CREATE, None, None),
        (Action.DECIDE, 2, None),  # the same e-mail as line 2, another name
        (Action.DECIDE, None, 3),  # the same person as line 3, which waits
        (Action.MATCH, None, 2),  # the same e-mail and a name that agrees
    ]
    assert str(preview.entry(3).reason) == (
        "shares its e-mail with line 2, which gives another name: say in "
        f"{SHARED} e-mail in the file."
    )
    assert (
        str(preview.entry(4).reason) == "the same person as line 3, which is still to be decided."
    )
    with pytest.raises(ValueError, match="line 2 shares no phone or e-mail with anyone"):
        preview.decide(2, same=True)
    preview.decide(3, same=False)
    with database.transaction() as session:
        report = imports.apply_roster(session, actor, preview)
    assert (report.created, report.matched, report.rejected) == (2, 2, [])
    with database.session() as session:
        names = sorted(p.full_name for _, p in participants.attendances(session, meeting.id))
    assert names == ["Иванова Анна", "Петров Павел"]


def test_no_second_attendance_and_duplicates_in_the_file_match_the_earlier_row(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    inkar = make_person(database, actor)
    with database.transaction() as session:
        participants.register(session, actor, meeting.id, inkar.id)
    path = roster_file(
        tmp_path,
        ["Жұмабекова Іңкәр Серікқызы", "ОФ «Мейірім»", "", "ngo", "", "", ""],
        ["Нұрланов Асхат", "ТОО «Алма»", "", "business", "87017778899", "", "иә"],
        ["Нурланов Асхат", "ТОО Алма", "", "business", "", "", ""],
        ["Асхат", "", "", "business", "8 701 777 88 99", "", "иә"],
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    assert [(e.action, e.same_as_line) for e in preview.entries] == [
        (Action.ATTENDING, None),
        (Action.CREATE, None),
        (Action.MATCH, 3),
        (Action.MATCH, 3),
    ]
    report = import_roster(database, actor, meeting, path)
    assert (report.created, report.matched, report.already_attending) == (1, 2, 1)
    again = import_roster(database, actor, meeting, path)
    assert (again.created, again.matched, again.already_attending) == (0, 0, 4)
    with database.session() as session:
        assert len(participants.attendances(session, meeting.id)) == 2


def test_present_marks_everyone_as_attended(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor, starts_at="10:00")
    path = roster_file(
        tmp_path,
        ["Бір Адам", "", "", "ngo", "", "", ""],
        ["Екі Адам", "", "", "business", "", "", ""],
    )
    import_roster(database, actor, meeting, path)
    report = import_roster(database, actor, meeting, path, present=True)
    assert report.already_attending == 2
    with database.session() as session:
        listed = participants.attendances(session, meeting.id)
        status = session.get(Meeting, meeting.id)
    assert [a.present for a, _ in listed] == [True, True]
    start = dt.datetime(2026, 9, 16, 10, 0).astimezone().astimezone(dt.UTC)
    assert all(a.arrived_at is not None and a.arrived_at.replace(tzinfo=dt.UTC) == start
               for a, _ in listed)  # fmt: skip
    assert status is not None and status.status == "in-progress"


def test_an_excel_roster_in_english(database: Database, actor: Actor, tmp_path: Path) -> None:
    meeting = make_meeting(database, actor)
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["Full name", "Organization", "Sector", "Phone", "Consent"],
            ["Anna Ivanova", "Dobro", "NGO / civil society", 87011112233, "yes"],
            ["Pavel Petrov", "Romashka", "Business", None, "no"],
        ],
    )
    report = import_roster(database, actor, meeting, path)
    assert (report.created, report.rejected) == (2, [])
    with database.session() as session:
        people = {p.full_name: p for _, p in participants.attendances(session, meeting.id)}
    assert (people["Anna Ivanova"].sector_code, people["Anna Ivanova"].phone) == (
        "ngo",
        "+77011112233",
    )


def test_a_closed_meeting_takes_no_import(database: Database, actor: Actor, tmp_path: Path) -> None:
    meeting = make_closable_meeting(database, actor)
    with database.transaction() as session:
        meetings.close_meeting(session, actor, meeting.id)
    path = roster_file(tmp_path, ["Бір Адам", "", "", "ngo", "", "", ""])
    with database.session() as session, pytest.raises(ReadOnly, match="closed and read-only"):
        imports.preview_roster(session, meeting.id, path)


# --- Zoom ----------------------------------------------------------------------------------------

ZOOM = [
    ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
     "Participants"],
    ["812 3456 7890", "Онлайн-сессия", "09/16/2026 10:00:00 AM", "09/16/2026 12:00:00 PM",
     "host@example.kz", "120", "3"],
    [],
    ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
     "Guest"],
    ["Жумабекова Инкар Сериккызы", "", "09/16/2026 10:01:23 AM", "09/16/2026 10:30:00 AM",
     "29", "Yes"],
    ["Anna Ivanova", "anna@example.kz", "09/16/2026 10:02:00 AM", "09/16/2026 11:00:00 AM",
     "58", "Yes"],
    ["Жұмабекова Іңкәр Серікқызы", "", "09/16/2026 10:35:00 AM", "09/16/2026 11:50:00 AM",
     "75", "Yes"],
    ["Anna I.", "anna@example.kz", "09/16/2026 11:10:00 AM", "09/16/2026 11:55:00 AM",
     "45", "Yes"],
    ["Кто-то", "", "завтра", "", "", "Yes"],
]  # fmt: skip


def at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 9, 16, hour, minute, second, tzinfo=ALMATY).astimezone(dt.UTC)


def import_zoom(
    database: Database, actor: Actor, meeting: Meeting, path: Path, sector: str = "other"
) -> imports.ImportReport:
    with database.transaction() as session:
        preview = imports.preview_zoom(session, meeting.id, path, sector=sector, zone=ALMATY)
        return imports.apply_zoom(session, actor, preview)


@pytest.mark.parametrize("with_summary", [True, False])
def test_zoom_rejoins_make_one_online_attendance(
    database: Database, actor: Actor, tmp_path: Path, with_summary: bool
) -> None:
    inkar = make_person(database, actor)
    meeting = make_meeting(database, actor, kind="online", title="Онлайн-сессия")
    rows = ZOOM if with_summary else ZOOM[3:]
    path = write_csv(tmp_path / "participants.csv", rows)
    report = import_zoom(database, actor, meeting, path, sector="ngo")
    bad_line = 9 if with_summary else 6
    assert (report.created, report.matched, report.already_attending) == (1, 1, 0)
    assert [r.line for r in report.rejected] == [bad_line]
    with database.session() as session:
        listed = {p.full_name: (a, p) for a, p in participants.attendances(session, meeting.id)}
    assert set(listed) == {"Жұмабекова Іңкәр Серікқызы", "Anna Ivanova"}
    attendance, _ = listed["Жұмабекова Іңкәр Серікқызы"]
    assert attendance.person_id == inkar.id
    assert (attendance.present, attendance.mode) == (True, "online")
    assert attendance.arrived_at is not None and attendance.left_at is not None
    assert attendance.arrived_at.replace(tzinfo=dt.UTC) == at(10, 1, 23)
    assert attendance.left_at.replace(tzinfo=dt.UTC) == at(11, 50)
    anna_attendance, anna = listed["Anna Ivanova"]
    assert (anna.sector_code, anna.consent, anna.email) == ("ngo", False, None)
    assert anna_attendance.left_at is not None
    assert anna_attendance.left_at.replace(tzinfo=dt.UTC) == at(11, 55)
    again = import_zoom(database, actor, meeting, path)
    assert (again.created, again.matched, again.already_attending) == (0, 0, 2)
    # importing the same report again leaves the two attendances as they were
    with database.session() as session:
        relisted = {p.full_name: a for a, p in participants.attendances(session, meeting.id)}
    assert {name: (a.id, a.version) for name, a in relisted.items()} == {
        name: (a.id, a.version) for name, (a, _) in listed.items()
    }


def test_zoom_checks_in_a_registered_person_and_matches_by_email(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    known = make_person(
        database, actor, full_name="Иванова Анна", email="anna@example.kz", phone=None
    )
    meeting = make_meeting(database, actor, kind="online", title="Онлайн")
    with database.transaction() as session:
        participants.register(session, actor, meeting.id, known.id)
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Name", "User Email", "Join Time", "Leave Time", "Duration (Minutes)"],
            ["Anna (phone)", "ANNA@example.kz", "2026-09-16 10:00:00", "2026-09-16 10:40:00", "40"],
        ],
    )
    report = import_zoom(database, actor, meeting, path)
    assert (report.created, report.matched, report.already_attending) == (0, 0, 1)
    with database.session() as session:
        ((attendance, person),) = participants.attendances(session, meeting.id)
    assert person.id == known.id
    assert (attendance.present, attendance.mode) == (True, "online")


def test_zoom_does_not_guess_between_namesakes(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    make_person(database, actor, full_name="Ли Вера", organisation="Бір", phone=None, email=None)
    make_person(database, actor, full_name="Ли Вера", organisation="Екі", phone=None, email=None)
    meeting = make_meeting(database, actor, kind="online", title="Онлайн")
    path = write_csv(
        tmp_path / "zoom.csv",
        [["Name", "Join Time"], ["Ли Вера", "2026-09-16 10:00:00"]],
    )
    before = database_counts(database)
    report = import_zoom(database, actor, meeting, path)
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (2, "2 known persons have this name: check this person in by hand in the meeting's "
         "participants.")
    ]  # fmt: skip
    # neither namesake is checked in, and no third Ли Вера is made
    with database.session() as session:
        assert participants.attendances(session, meeting.id) == []
    assert database_counts(database) == before


def test_zoom_one_row_export_with_a_waiting_room_a_device_and_another_day(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    anna = make_person(
        database, actor, full_name="Иванова Анна", email="anna@example.kz", phone=None
    )
    meeting = make_meeting(database, actor, kind="online", title="Онлайн-сессия")
    header = [
        "Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
        "Participants", "Name (Original Name)", "User Email", "Join Time", "Leave Time",
        "Duration (Minutes)", "Guest", "In Waiting Room",
    ]  # fmt: skip
    session_cells = ["812 3456 7890", "Онлайн-сессия", "09/16/2026 10:00:00 AM",
                     "09/16/2026 12:00:00 PM", "host@example.kz", "120", "4"]  # fmt: skip

    def row(name: str, email: str, joined: str, left: str, waiting: str = "No") -> list[str]:
        return [*session_cells, name, email, joined, left, "", "No", waiting]

    path = write_csv(
        tmp_path / "participants.csv",
        [
            header,
            row("Серік Оспанов", "host@example.kz", "09/16/2026 09:58:00 AM",
                "09/16/2026 12:00:00 PM"),
            row("iPhone", "anna@example.kz", "09/16/2026 09:50:00 AM", "09/16/2026 10:05:00 AM",
                "Yes"),
            row("iPhone", "anna@example.kz", "09/16/2026 10:05:00 AM", "09/16/2026 11:00:00 AM"),
            row("iPhone (Серік Болат)", "", "09/16/2026 10:10:00 AM", "09/16/2026 11:10:00 AM"),
            row("Ли Вера", "", "09/17/2026 10:10:00 AM", "09/17/2026 11:10:00 AM"),
        ],
    )  # fmt: skip
    report = import_zoom(database, actor, meeting, path, sector="ngo")
    assert (report.created, report.matched) == (2, 1)
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (6, "the join is on 2026-09-17, not on the meeting's date 2026-09-16: check that the "
            "report is this meeting's.")
    ]  # fmt: skip
    with database.session() as session:
        listed = {p.full_name: a for a, p in participants.attendances(session, meeting.id)}
    assert set(listed) == {"Серік Оспанов", "Иванова Анна", "Серік Болат"}
    arrived = listed["Иванова Анна"].arrived_at
    # admitted from the waiting room at 10:05: that is when she came, not 9:50
    assert arrived is not None and arrived.replace(tzinfo=dt.UTC) == at(10, 5)
    assert listed["Иванова Анна"].person_id == anna.id


def test_zoom_a_device_with_an_unknown_email_is_left_for_a_check_in_by_hand(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor, kind="online", title="Онлайн")
    path = write_csv(
        tmp_path / "zoom.csv",
        [["Name", "User Email", "Join Time"], ["Samsung SM-A515F", "x@example.kz",
                                                "2026-09-16 10:00:00"]],
    )  # fmt: skip
    before = database_counts(database)
    report = import_zoom(database, actor, meeting, path)
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (2, "Zoom names this person only by a device ('Samsung SM-A515F') and no known person "
            "has their e-mail: check them in by hand in the meeting's participants.")
    ]  # fmt: skip
    assert report.created == 0
    # no person named after the device, and nobody checked in
    with database.session() as session:
        assert participants.attendances(session, meeting.id) == []
    assert database_counts(database) == before


# --- proposals -----------------------------------------------------------------------------------


def test_proposals_by_direction_name_in_any_language(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    inkar = make_person(database, actor)
    with database.transaction() as session:
        participants.register(session, actor, meeting.id, inkar.id)
    path = write_csv(
        tmp_path / "proposals.csv",
        [
            ["Текст", "Вид", "Автор", "Организация", "Направление", "Раздел"],
            ["Ауыл мектептеріне жабдық", "ұсыныс", "Жумабекова Инкар Сериккызы", "Мейірім",
             "Функционалдық жабдықпен және мүкәммалмен материалдық-техникалық жарақтандыру", ""],
            ["Больше курсов", "замечание", "", "", "содействие расширению формального и "
             "неформального образования", "D2.1"],
            ["Social innovation fund", "comment", "", "", "SOCIAL INNOVATION", ""],
            ["Без направления", "", "", "", "", ""],
            ["По разделу", "", "", "", "", "d3.2"],
            ["Не тот раздел", "", "", "", "D1", "D2.1"],
            ["Неизвестно", "", "", "", "D9", ""],
            ["Вопрос", "вопрос", "", "", "D1", ""],
            ["", "", "", "", "D1", ""],
        ],
    )  # fmt: skip
    before = database_counts(database)
    with database.transaction() as session:
        preview = imports.preview_proposals(session, meeting.id, path)
        report = imports.apply_proposals(session, actor, preview)
    assert report.created == 4
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (5, "no direction: write D1 to D6 or the direction's name."),
        (7, "section D2.1 belongs to direction D2, not D1: pick a section of the same direction."),
        (8, "unknown direction 'D9': write D1 to D6 or the direction's name."),
        (9, "unknown kind 'вопрос': write proposal or comment (предложение / замечание, "
            "ұсыныс / ескерту)."),
        (10, "no text: type the proposal or comment, or leave the row out."),
    ]  # fmt: skip
    assert database_counts(database)["Proposal"] - before["Proposal"] == 4
    with database.session() as session:
        stored = session.exec(
            select(Proposal).where(Proposal.meeting_id == meeting.id).order_by(col(Proposal.number))
        ).all()
    assert [(p.number, p.kind, p.direction_code, p.section_code) for p in stored] == [
        (1, "proposal", "D1", None),
        (2, "comment", "D2", "D2.1"),
        (3, "comment", "D4", None),
        (4, "proposal", "D3", "D3.2"),
    ]
    assert stored[0].author_person_id == inkar.id
    assert stored[0].author_name == "Жумабекова Инкар Сериккызы"


# --- sectors as people write them, remembered mappings, the rows left out --------------------


@pytest.mark.parametrize(
    ("roster", "guest", "guest_lines", "suggested"),
    [
        (kk_roster, KK_GUEST, KK_GUEST_LINES, KK_SUGGESTED),
        (ru_roster, RU_GUEST, RU_GUEST_LINES, RU_SUGGESTED),
    ],
    ids=["kk", "ru"],
)
def test_a_real_roster_loses_only_its_truly_bad_rows(
    database: Database,
    actor: Actor,
    tmp_path: Path,
    roster: Callable[[Path], Path],
    guest: str,
    guest_lines: list[int],
    suggested: dict[int, str],
) -> None:
    """Every sector spelling of the issue is understood, empty sectors are suggested from the
    organisation, the one word nobody lists is mapped, and only the three bad rows stay out."""
    meeting = make_meeting(database, actor)
    path = roster(tmp_path)
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path, suggest=True)
    assert [(w.text, w.rows, w.mapped) for w in imports.ROSTER.sector_words(preview)] == [
        (guest, 2, None)
    ]
    assert [r.line for r in preview.rejections()] == sorted(guest_lines + BAD_LINES)
    found = {e.line: (e.sector_code, e.sector_found) for e in preview.entries}
    assert {line: found[line] for line in suggested} == {
        line: (code, imports.SectorFound.SUGGESTED) for line, code in suggested.items()
    }
    preview.map_sector(guest.lower(), "citizen")  # one mapping holds for every spelling
    with database.transaction() as session:
        report = imports.apply_roster(session, actor, imports.review_roster(session, preview))
    assert [r.line for r in report.rejected] == BAD_LINES
    assert report.created == 27
    with database.session() as session:
        sectors = {
            p.full_name: p.sector_code for _, p in participants.attendances(session, meeting.id)
        }
    assert preview.source is not None

    def name(line: int) -> str:
        return preview.source.cells[line][0] if preview.source else ""

    assert {sectors[name(line)] for line in guest_lines} == {"citizen"}
    assert (sectors[name(3)], sectors[name(4)]) == ("local_gov", "local_gov")  # Әкімдік, Акимат
    assert sectors[name(10)] == "business"  # IT-бизнес


def test_a_script_reads_every_synonym_but_guesses_nothing(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    """Without the window's suggestions, an empty sector is "other" as before, and a word no
    sector lists is rejected: only what the reference data says is taken for certain."""
    meeting = make_meeting(database, actor)
    report = import_roster(database, actor, meeting, ru_roster(tmp_path))
    assert [r.line for r in report.rejected] == sorted(RU_GUEST_LINES + BAD_LINES)
    with database.session() as session:
        sectors = {
            p.full_name: p.sector_code for _, p in participants.attendances(session, meeting.id)
        }
    assert sectors["Белова Ирина"] == "other"  # ИП Белова: no guess without the window
    assert sectors["Ким Олег"] == "local_gov"  # госорган
    assert sectors["Смирнова Ольга"] == "ngo"  # общественность
    assert sectors["Жумабеков Арман"] == "business"  # IT-бизнес


def test_a_mapping_made_once_is_applied_at_the_next_import_on_this_laptop(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    first, second = make_meeting(database, actor), make_meeting(database, actor, title="Екінші")
    with database.transaction() as session:
        preview = imports.preview_roster(session, first.id, ru_roster(tmp_path), suggest=True)
        preview.map_sector("Гость", "citizen")
        imports.apply_roster(session, actor, imports.review_roster(session, preview))
    path = roster_file(tmp_path, ["Новиков Пётр", "", "", "ГОСТЬ", "", "", ""])
    with database.session() as session:
        again = imports.preview_roster(session, second.id, path)
    (entry,) = again.entries
    assert (entry.action, entry.sector_code) == (Action.CREATE, "citizen")
    assert entry.sector_found is imports.SectorFound.REMEMBERED
    (word,) = imports.ROSTER.sector_words(again)
    assert (word.text, word.mapped, word.remembered) == ("ГОСТЬ", "citizen", True)
    # a mapping taken back is forgotten too
    with database.transaction() as session:
        again.map_sector("гость", None)
        report = imports.apply_roster(session, actor, again)
    assert [r.line for r in report.rejected] == [2]
    with database.session() as session:
        assert imports.mappings.remembered(session) == {}


def test_the_rows_left_out_are_saved_in_the_files_columns_to_fix_and_import_again(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Ли Вера", "ТОО Алма", "", "Банк", "+7 701 000 00 01", "", "да"],
        ["", '=HYPERLINK("x")', "", "ngo", "", "", ""],
        ["Ким Олег", "", "", "ngo", "12", "", "+"],
        ["Бір Адам", "", "", "ngo", "", "", ""],
    )
    with database.session() as session:
        preview = imports.preview_roster(session, meeting.id, path)
    imports.ROSTER.correct(preview.entry(4), "position", "Маман")  # a correction is kept
    left_out = imports.ROSTER.left_out(preview)
    assert [(row.line, row.cells) for row in left_out] == [
        (2, ("Ли Вера", "ТОО Алма", "", "Банк", "+7 701 000 00 01", "", "да")),
        (3, ("", '=HYPERLINK("x")', "", "ngo", "", "", "")),
        (4, ("Ким Олег", "", "Маман", "ngo", "12", "", "+")),
    ]
    target = tmp_path / "not imported.csv"
    save_left_out(
        target, preview.source.headers, [(r.cells, str(r.entry.reason)) for r in left_out], "Why"
    )
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # so that Excel shows Kazakh letters
    lines = data[3:].decode("utf-8").splitlines()
    assert lines[0] == ";".join([*HEADER, "Why"])
    # a spreadsheet shows these as text, never runs them as formulas
    assert lines[1].startswith("Ли Вера;ТОО Алма;;Банк;'+7 701 000 00 01;;да;unknown sector")
    assert lines[2].startswith(';"\'=HYPERLINK(""x"")";;ngo;')
    assert lines[3].startswith("Ким Олег;;Маман;ngo;12;;'+;")
    # the user fixes the rows in the file and imports it again: the reason column is ignored,
    # the apostrophes are dropped again
    fixed = (
        data.decode("utf-8-sig")
        .replace("Банк", "Бизнес")
        .replace("\n;\"'=HYPERLINK", "\nБек Әли;\"'=HYPERLINK")
        .replace(";12;", ";+7 702 000 00 02;")
    )
    target.write_bytes(codecs.BOM_UTF8 + fixed.encode("utf-8"))
    report = import_roster(database, actor, meeting, target)
    assert (report.created, report.rejected) == (3, [])
    with database.session() as session:
        people = {p.full_name: p for _, p in participants.attendances(session, meeting.id)}
    assert people["Ли Вера"].phone == "+77010000001"
    assert people["Бек Әли"].organisation == '=HYPERLINK("x")'
    assert (people["Ким Олег"].phone, people["Ким Олег"].consent) == ("+77020000002", True)


def test_a_zoom_person_left_out_is_every_line_of_their_joins(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor, kind="online", title="Онлайн")
    for name in ("Серік Болат", "Серік Болат"):
        make_person(database, actor, full_name=name, phone=None, email=None)
    path = write_csv(
        tmp_path / "zoom.csv",
        [
            ["Name", "User Email", "Join Time", "Leave Time"],
            ["Серік Болат", "", "2026-09-16 10:00:00", "2026-09-16 10:30:00"],
            ["Иванова Анна", "anna@example.kz", "2026-09-16 10:00:00", "2026-09-16 11:00:00"],
            ["Серік Болат", "", "2026-09-16 10:40:00", "2026-09-16 11:00:00"],
        ],
    )
    with database.session() as session:
        preview = imports.preview_zoom(session, meeting.id, path, zone=ALMATY)
    assert [(row.line, row.cells[0]) for row in imports.ZOOM.left_out(preview)] == [
        (2, "Серік Болат"),
        (4, "Серік Болат"),
    ]
