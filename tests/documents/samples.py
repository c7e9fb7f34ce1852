"""A meeting as a secretary would record it, for the protocol's tests and its sample pages."""

from __future__ import annotations

from typing import Any

from khdesk.services import minutes, participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting
from tests.factories import make_meeting, make_person

GIVEN = ("Ерлан", "Гүлнар", "Әділ", "Айгүл", "Нұрсұлтан", "Жанар", "Ғалым", "Іңкәр", "Серік",
         "Дана")  # fmt: skip
SURNAMES = ("Сейітов", "Тулеуова", "Ілиясов", "Әбдірахманова", "Оспанов", "Қасымова", "Өмірзақов",
            "Жұмабекова", "Бекенов", "Үсенова")  # fmt: skip
SECTORS = ("ngo", "ngo", "local_gov", "business", "media")


def sample_meeting(
    database: Database, actor: Actor, *, present: int = 12, items: int = 2, **fields: Any
) -> Meeting:
    """A round table in Astana with ``present`` people checked in, ``items`` agenda items with
    speeches and numbered decisions (one adopting a document), proposals with sections and
    questions with who asked them."""
    defaults: dict[str, Any] = {
        "region": "71", "starts_at": "10:00", "ends_at": "12:30",
        "chair": "Ерлан Болатұлы Сейітов", "secretary": "Тулеуова Гүлнар Асанқызы",
        "title": "«Қазақстан халқына» қорының проспектісі: өңірдің ұсыныстары",
    }  # fmt: skip
    meeting = make_meeting(database, actor, **(defaults | fields))
    people = []
    for index in range(present):
        given, surname = GIVEN[index % len(GIVEN)], SURNAMES[(index * 3) % len(SURNAMES)]
        people.append(
            make_person(
                database, actor, full_name=f"{surname} {given} {index + 1}",
                sector=SECTORS[index % len(SECTORS)], phone=f"8 701 234 {index // 100:02d} "
                f"{index % 100:02d}", email=f"person{index}@example.kz",
                organisation="«Мейірім» қоғамдық бірлестігі", position="төраға",
            )
        )  # fmt: skip
    with database.transaction() as session:
        for person in people:
            participants.check_in(session, actor, meeting.id, person.id)
        for position in range(1, items + 1):
            item = minutes.add_agenda_item(
                session, actor, meeting.id,
                title=f"Қор проспектісінің {position}-бағыты туралы",
                rapporteur="Серік Оспанов",
                heard="Проспектінің бөлімдері таныстырылды, өңірдің ерекшеліктері аталды.",
            )  # fmt: skip
            minutes.add_speech(
                session, actor, item.id, speaker="Айгүл Әбдірахманова",
                text="Ауыл мектептерін қолдау бағытын күшейтуді ұсынамын.",
            )  # fmt: skip
            minutes.add_speech(session, actor, item.id, speaker="Ілиясов Әділ", text="Қолдаймын.")
            minutes.add_decision(
                session, actor, item.id, text="Ұсыныстарды қордың орталық аппаратына жіберу.",
                votes_for=present - 1, votes_against=0, votes_abstained=1,
            )  # fmt: skip
            minutes.add_decision(
                session, actor, item.id, text="Проспектінің өңірлік бөлімін мақұлдау.",
                votes_for=present, votes_against=0, votes_abstained=0,
                document_title="Өңірлік бөлім" if position == 1 else None,
            )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting.id, text="Ауыл мектептерін компьютерлермен жабдықтау.",
            direction="D1", section="D1.1", author_name="Жұмабекова Іңкәр",
            organisation="«Мейірім» қоғамдық бірлестігі",
        )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting.id, text="Грант ережелерін жеңілдету.", direction="D4",
            kind="comment",
        )  # fmt: skip
        proposals.add_question(
            session, actor, meeting.id, text="Өтінімдер қашан қабылданады?",
            asker_name="Бекенов Нұрсұлтан", addressee="Серік Оспанов", answer="Қыркүйекте.",
        )  # fmt: skip
    return meeting
