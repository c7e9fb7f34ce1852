"""The attendance sheet and the registers, read back from the PDF as a secretary would check them:
each language whole, the sheet's total and signature, contacts only when asked, nothing cut."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from khdesk.documents.labels import label_lines, people_total
from khdesk.documents.layout import phone, signature_name, wrap_at_parts
from khdesk.documents.registers import (
    write_attendance_sheet,
    write_proposals_register,
    write_questions_register,
)
from khdesk.services import participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting
from tests.factories import make_meeting, make_person

NAMES = ("Жұмабекова Іңкәр Серікқызы", "Әбдірахманов Ғалым Өркенұлы", "Үсенова Һәзира Ұланқызы")
LONG_EMAIL = "zhumabekova.inkar.serikkyzy@akimat.astana.gov.kz"


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(path: Path) -> str:
    """The document's text with its line breaks as spaces: a word cut by a line break (or a
    page) no longer matches itself."""
    return " ".join(" ".join(_pages(path)).split())


@pytest.fixture
def meeting(database: Database, actor: Actor) -> Meeting:
    """A round table with three registered, two of them present; all three gave a phone and an
    e-mail, and the first a long e-mail."""
    meeting = make_meeting(database, actor)
    emails = (LONG_EMAIL, "p1@example.kz", "p2@example.kz")
    people = [
        make_person(database, actor, full_name=name, phone=f"8 701 000 00 0{i}", email=email)
        for i, (name, email) in enumerate(zip(NAMES, emails, strict=True))
    ]
    with database.transaction() as session:
        for person in people:
            participants.register(session, actor, meeting.id, person.id)
        for person in people[:2]:
            participants.check_in(session, actor, meeting.id, person.id)
        proposals.add_proposal(
            session, actor, meeting.id, text="Ауыл мектептерін компьютерлермен жабдықтау.",
            direction="D1", section="D1.1", author_name=NAMES[1],
        )  # fmt: skip
        proposals.add_question(session, actor, meeting.id, text="Өтінімдер қашан қабылданады?")
    return meeting


# --- what prints ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("+77226347778", "+7 722 634 77 78"),
        ("8 722 634-77-78", "+7 722 634 77 78"),
        ("+7 (701) 234-56-78", "+7 701 234 56 78"),
        ("7012345678", "+7 701 234 56 78"),
        ("87012345678", "+7 701 234 56 78"),
        ("+998 90 123 45 67", "+998 90 123 45 67"),  # a foreign number as it was typed
        ("1234", "1234"),
        (None, ""),
    ],
)
def test_phones_print_as_kazakh_papers_write_them(typed: str | None, printed: str) -> None:
    assert phone(typed) == printed


def test_a_long_email_wraps_after_its_at_and_dots() -> None:
    lines = wrap_at_parts(LONG_EMAIL, 100).split("\n")
    assert len(lines) > 1
    assert "".join(lines) == LONG_EMAIL
    assert all(line.endswith(("@", ".")) for line in lines[:-1])
    assert wrap_at_parts("a@b.kz", 100) == "a@b.kz"  # one that fits stays on one line


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Сейітов Ерлан Болатұлы", "Е.Б. Сейітов"),
        ("Сейітов Ерлан Болат ұлы", "Е.Б. Сейітов"),
        ("Ерлан Сейітов", "Е. Сейітов"),
        ("Гүлнар Үсенова", "Г. Үсенова"),
        ("Иванова Мария Петровна", "М.П. Иванова"),
        ("Е.Б. Сейітов", "Е.Б. Сейітов"),
        ("Мадина", "Мадина"),
    ],
)
def test_signature_lines_print_initials_then_surname(name: str, printed: str) -> None:
    assert signature_name(name) == printed


def test_totals_agree_with_their_number() -> None:
    assert people_total(60, "kk") == "Барлығы 60 адам"
    assert people_total(60, "ru") == "Всего 60 человек"
    assert people_total(62, "ru") == "Всего 62 человека"
    assert people_total(12, "ru") == "Всего 12 человек"
    assert people_total(1, "en") == "Total: 1 person"


# --- the attendance sheet ---------------------------------------------------------------------


def test_the_kk_ru_sheet_has_every_heading_whole_in_each_language(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.pdf"
    with database.session() as session:
        write_attendance_sheet(session, meeting.id, "kk+ru", path)
    flat = _flat(path)
    lines = [line.strip() for page in _pages(path) for line in page.splitlines()]
    assert "ҚАТЫСУШЫЛАРДЫ ТІРКЕУ ПАРАҒЫ" in lines and "ЛИСТ РЕГИСТРАЦИИ УЧАСТНИКОВ" in lines
    for key in ("full_name", "organization_position", "consent", "signature", "secretary"):
        kk, ru = label_lines(key, "kk+ru")
        assert kk in flat and ru in flat, key
    assert " / " not in flat  # no word of one language against a word of the other
    assert "Барлығы 2 адам" in lines and "Всего 2 человека" in lines
    assert "Өткізілген орны:" in flat and "Место проведения:" in flat
    assert "Г. Үсенова" in flat  # the secretary signs as «initials surname»
    assert NAMES[0] in flat and NAMES[2] not in flat  # who came, not who was registered


def test_the_sheet_going_round_the_room_shows_no_contacts_unless_asked(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        write_attendance_sheet(session, meeting.id, "kk", tmp_path / "plain.pdf")
        write_attendance_sheet(session, meeting.id, "ru", tmp_path / "blank.pdf", blank=True)
        write_attendance_sheet(session, meeting.id, "kk", tmp_path / "with.pdf", contacts=True)
    for name in ("plain.pdf", "blank.pdf"):
        flat = _flat(tmp_path / name)
        assert "701" not in flat and "@" not in flat and "пошта" not in flat, name
    flat = _flat(tmp_path / "with.pdf")
    assert "Телефон, эл. пошта" in flat
    assert "+7 701 000 00 00" in flat and "p1@example.kz" in flat
    text = "".join(_pages(tmp_path / "with.pdf"))
    # the long address goes on after its @ and dots, never inside a part of it
    assert LONG_EMAIL not in text and LONG_EMAIL in text.replace("\n", "")
    assert re.search(r"[@.]\n", text)


def test_the_blank_sheet_speaks_of_a_meeting_to_come(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        write_attendance_sheet(session, meeting.id, "kk+ru", tmp_path / "blank.pdf", blank=True)
    flat = _flat(tmp_path / "blank.pdf")
    assert "Өткізілетін орны:" in flat and "Өткізілетін күні:" in flat
    assert "Өткізілген" not in flat
    assert "Место проведения:" in flat
    assert "Тізімде жоқ қатысушылар" in flat and "Участники не из списка" in flat
    assert NAMES[2] in flat  # everyone registered, to sign when they come
    assert "Тізім бойынша тіркелгендер: 3" in flat and "Зарегистрировано по списку: 3" in flat
    assert "Барлығы қатысқаны:" in flat and "Всего присутствовало:" in flat
    assert " 18 " in f" {flat} "  # three registered and fifteen empty rows


def test_the_secretary_never_signs_alone_on_a_page(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    """However many came, the total and the secretary's line share their page with the last
    rows of the list (checked for every length across two page breaks)."""
    meeting = make_meeting(database, actor)
    path = tmp_path / "sheet.pdf"
    moved = 0
    for count in range(1, 46):
        person = make_person(database, actor, full_name=f"Қатысушы Әсел {count:02d}")
        with database.transaction() as session:
            participants.check_in(session, actor, meeting.id, person.id)
            write_attendance_sheet(session, meeting.id, "kk", path)
        pages = [page.splitlines() for page in _pages(path)]
        last = next(lines for lines in pages if "Хатшы" in lines)
        assert str(count) in last and str(count - 1 or count) in last, count
        assert f"Барлығы {count} адам" in last
        moved += pages.index(last) > 0 and str(count - 2) not in last
    assert moved  # some length did put the list's last rows on a page of their own with it


# --- the registers ----------------------------------------------------------------------------


def test_the_kk_ru_registers_print_each_language_whole(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        write_proposals_register(
            session, tmp_path / "register.pdf", language="kk+ru", meeting_id=meeting.id
        )
        write_questions_register(
            session, tmp_path / "questions.pdf", language="kk+ru", meeting_id=meeting.id
        )
    register = _flat(tmp_path / "register.pdf")
    pages = _pages(tmp_path / "register.pdf")
    lines = [line.strip() for page in pages for line in page.splitlines()]
    assert "Ұсыныстар мен ескертулер тізілімі" in lines
    assert "Реестр предложений и замечаний" in lines
    for key in ("register_meeting", "section", "register_kind", "register_text", "author"):
        for line in label_lines(key, "kk+ru"):
            assert line in lines, key
    assert " / " not in register
    assert "Ұсыныс" in lines and "Предложение" in lines
    questions = _flat(tmp_path / "questions.pdf")
    assert "Сұрақтар мен жауаптар" in questions and "Вопросы и ответы" in questions
    assert "жауап берілмеді" in questions and "ответ не дан" in questions
    assert " / " not in questions


def test_a_direction_heading_never_ends_a_page_and_numbers_are_never_cut(
    database: Database, actor: Actor, meeting: Meeting, tmp_path: Path
) -> None:
    """Proposals added one by one move the next direction's heading across the page's foot:
    at every step it shares its page with its first proposal, and the meeting's number is whole."""
    path = tmp_path / "register.pdf"
    with database.transaction() as session:
        for index in range(3):
            proposals.add_proposal(
                session, actor, meeting.id, direction="D2", section="D2.1",
                text=f"Екінші бағыттың {index + 1}-ұсынысы.",
            )  # fmt: skip
    heading = re.compile(r"^D\d\. ")
    for index in range(14):
        with database.transaction() as session:
            proposals.add_proposal(
                session, actor, meeting.id, direction="D1", section="D1.1",
                text=f"{index + 1}-ұсыныс: ауылдық мектептерге компьютер сыныптарын беру. " * 3,
            )  # fmt: skip
            number = write_proposals_register(
                session, path, language="kk+ru", meeting_id=meeting.id
            )
        pages = [page.splitlines() for page in _pages(path)]
        for lines in pages:
            at = [i for i, line in enumerate(lines) if heading.match(line)]
            if at:
                after = lines[at[-1] + 1 :]
                assert any(line.strip().isdigit() for line in after), (index, lines[at[-1]])
        numbers = sum(lines.count("71-2026-001") for lines in pages)
        assert numbers == number  # each proposal's meeting number whole, on one line
