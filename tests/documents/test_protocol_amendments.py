"""A closed meeting corrected afterwards: its protocol lists every amendment (when, by whom, why,
what changed from what to what) in the document's language, read back as a secretary reads it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlmodel import select

from khdesk.documents.protocol import write_protocol
from khdesk.documents.protocol_docx import write_protocol_docx
from khdesk.services import meetings, minutes, participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Amendment
from tests.factories import make_meeting, make_person

VOTES_REASON = "Дауыс санағанда қате кеткен"
LATER_REASON = "Ұсыныс қайталанған, кешіккен қатысушы белгіленбеген"
OLD_SPEECH, NEW_SPEECH = "Ауыл мектептерін қолдау.", "Ауыл мектептерін компьютермен қолдау керек."


def _flat(path: Path) -> str:
    if path.suffix == ".docx":
        return " ".join(" ".join(p.text for p in Document(str(path)).paragraphs).split())
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _local(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")


@pytest.fixture
def amended(database: Database, actor: Actor) -> dict[str, str]:
    """A round table of three, closed, then corrected twice: the vote and a speech for one
    reason, and later a proposal removed and a latecomer checked in for another."""
    meeting = make_meeting(database, actor)
    people = [
        make_person(database, actor, full_name=name, phone=f"+7701555000{i}", email=f"{i}@x.kz")
        for i, name in enumerate(("Сейітова Ақмарал", "Оспанов Серік", "Ким Ольга"))
    ]
    late = make_person(database, actor, full_name="Кешіккен Нұрлан", phone="+77015559999")
    with database.transaction() as session:
        for person in people:
            participants.check_in(session, actor, meeting.id, person.id)
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Қор проспектісі")
        speech = minutes.add_speech(
            session, actor, item.id, speaker="Оспанов Серік", text=OLD_SPEECH
        )
        decision = minutes.add_decision(
            session, actor, item.id, text="Ұсыныстарды қолдау.", votes_for=3
        )
        proposal = proposals.add_proposal(
            session, actor, meeting.id, text="Грант ережелерін жеңілдету.", direction="D4"
        )
        meetings.close_meeting(session, actor, meeting.id)
    with database.transaction() as session:
        minutes.update_decision(
            session, actor, decision.id, votes_for=2, votes_abstained=1, reason=VOTES_REASON
        )
        # the minutes' autosave writes a corrected text several times as it is typed
        for typed in ("Ауыл мектептерін", "Ауыл мектептерін компьютермен", NEW_SPEECH):
            minutes.update_speech(session, actor, speech.id, text=typed, reason=VOTES_REASON)
    with database.transaction() as session:
        proposals.delete_proposal(session, actor, proposal.id, reason=LATER_REASON)
        participants.check_in(session, actor, meeting.id, late.id, reason=LATER_REASON)
    with database.session() as session:
        rows = session.exec(select(Amendment).order_by(Amendment.seq)).all()  # type: ignore[arg-type]
    first = next(a.amended_at for a in rows if a.reason == VOTES_REASON)
    second = next(a.amended_at for a in rows if a.reason == LATER_REASON)
    return {"meeting": meeting.id, "first": _local(first), "second": _local(second)}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_protocol_lists_each_amendment_with_the_old_and_new_values(
    database: Database, amended: dict[str, str], tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"protocol-{language}.pdf"
    with database.session() as session:
        data = write_protocol(session, amended["meeting"], language, path)
    text = _flat(path)
    expected = {
        "kk": [
            "Отырыс жабылғаннан кейін енгізілген өзгерістер",
            f"1. {amended['first']}. Енгізген: Әйгерім Қасымова",
            f"Себебі: {VOTES_REASON}",
            "1-мәселенің 1-шешімі: «Жақтап» дауыс: бұрын 3, қазір 2; "
            "Қалыс қалғандар: бұрын 0, қазір 1",
            f"1-мәселе бойынша сөз (Оспанов Серік): Сөз мәтіні: бұрын «{OLD_SPEECH}», "
            f"қазір «{NEW_SPEECH}»",
            f"2. {amended['second']}. Енгізген: Әйгерім Қасымова",
            f"Себебі: {LATER_REASON}",
            "Ұсыныс «Грант ережелерін жеңілдету.»: алып тасталды",
            "Қатысушы (Кешіккен Нұрлан): қосылды.",
            "Қатысуы: иә",
        ],
        "ru": [
            "Изменения, внесённые после закрытия заседания",
            f"1. {amended['first']}. Внёс(ла): Әйгерім Қасымова",
            f"Причина: {VOTES_REASON}",
            "Решение 1 по пункту 1: Голосов «за»: было 3, стало 2; Воздержались: было 0, стало 1",
            f"Выступление по пункту 1 (Оспанов Серік): Текст выступления: было «{OLD_SPEECH}», "
            f"стало «{NEW_SPEECH}»",
            f"2. {amended['second']}. Внёс(ла): Әйгерім Қасымова",
            f"Причина: {LATER_REASON}",
            "Предложение «Грант ережелерін жеңілдету.»: удалено",
            "Участник (Кешіккен Нұрлан): добавлено.",
            "Присутствие: да",
        ],
    }[language]
    for words in expected:
        assert words in text, words
    # the corrected text once, from where it started to where it ended: not each autosave
    assert "«Ауыл мектептерін компьютермен»" not in text
    assert text.count(NEW_SPEECH) == 2  # in the minutes and in the amendment
    # the section comes after the questions, before the signatures
    assert text.index(expected[0]) < text.rindex("Әйгерім Қасымова") < text.rindex("Г. Үсенова")
    # no contact is printed, of the latecomer nor of anyone
    assert "+7701555" not in text and "7701555" not in text.replace(" ", "")
    assert "@x.kz" not in text
    assert data.fingerprint() in text


def test_the_word_document_and_the_other_languages_list_them_too(
    database: Database, amended: dict[str, str], tmp_path: Path
) -> None:
    with database.session() as session:
        write_protocol_docx(session, amended["meeting"], "ru", tmp_path / "p.docx")
        write_protocol(session, amended["meeting"], "en", tmp_path / "en.pdf")
        write_protocol(session, amended["meeting"], "kk+ru", tmp_path / "both.pdf")
    word = _flat(tmp_path / "p.docx")
    assert "Изменения, внесённые после закрытия заседания" in word
    assert "Решение 1 по пункту 1: Голосов «за»: было 3, стало 2" in word
    assert f"Причина: {LATER_REASON}" in word
    english = _flat(tmp_path / "en.pdf")
    assert "Amendments made after the meeting was closed" in english
    assert "Decision 1 of item 1: Votes for: was 3, now 2; Abstained: was 0, now 1" in english
    assert "Proposal «Грант ережелерін жеңілдету.»: removed" in english
    both = _flat(tmp_path / "both.pdf")
    # each language whole, in its own column
    assert "Отырыс жабылғаннан кейін енгізілген өзгерістер" in both
    assert "Изменения, внесённые после закрытия заседания" in both
    assert "1-мәселенің 1-шешімі: «Жақтап» дауыс: бұрын 3, қазір 2" in both
    assert "Решение 1 по пункту 1: Голосов «за»: было 3, стало 2" in both
    assert "бұрын / было" not in both
    assert both.count("Грант ережелерін жеңілдету.") == 2  # once in each column


def test_an_amendment_taken_back_in_the_same_sitting_leaves_no_line(
    database: Database, actor: Actor, amended: dict[str, str], tmp_path: Path
) -> None:
    with database.session() as session:
        meeting = meetings.find_meeting(session, amended["meeting"])
    with database.transaction() as session:
        meetings.update_meeting(session, actor, meeting.id, place="Басқа зал", reason="Қате")
        meetings.update_meeting(session, actor, meeting.id, place=meeting.place, reason="Қате")
        minutes.add_agenda_item(session, actor, meeting.id, title="Артық мәселе", reason="Қате")
        added = minutes.agenda(session, meeting.id)[-1]
        minutes.delete_agenda_item(session, actor, added.id, reason="Қате")
    with database.session() as session:
        data = write_protocol(session, meeting.id, "ru", tmp_path / "p.pdf")
    assert len(data.amendments) == 2  # the two sittings of the fixture, and nothing of this one
    assert "Причина: Қате" not in _flat(tmp_path / "p.pdf")


def test_a_person_merged_after_closing_is_named_in_the_amendment(
    database: Database, actor: Actor, amended: dict[str, str], tmp_path: Path
) -> None:
    from khdesk.services import persons

    meeting_id = amended["meeting"]
    keep = make_person(database, actor, full_name="Жұмабекова Іңкәр Серікқызы", phone=None)
    with database.session() as session:
        other = next(
            p
            for _a, p in participants.attendances(session, meeting_id)
            if p.full_name == "Ким Ольга"
        )
    with database.transaction() as session:
        persons.merge_persons(
            session, actor, keep.id, other.id, reason="Бір адам екі рет енгізілген"
        )
    with database.session() as session:
        write_protocol(session, meeting_id, "ru", tmp_path / "p.pdf")
    text = _flat(tmp_path / "p.pdf")
    assert "Причина: Бір адам екі рет енгізілген" in text
    assert (
        "Участник (Жұмабекова Іңкәр Серікқызы): Участник: было «Ким Ольга», "
        "стало «Жұмабекова Іңкәр Серікқызы»"
    ) in text
