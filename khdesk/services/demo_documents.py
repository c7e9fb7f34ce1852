"""The demo campaign's two documents, as the source's conference adopted them: the Declaration of
the conference and the Appeal to the Government (social infrastructure, rural schooling, the
training of citizens, social protection, targeted support).

Each is drafted at headquarters and published, amended at the round tables of several regions
(new wording, a paragraph added, one cut), reviewed (accepted, merged, declined with a reason,
sent back for clarification), published again with the accepted wording, and adopted at the
plenary with its vote. Headquarters, which drafts documents, gets all of it; a region's
laptop gets version 1 of both, as headquarters' reference bundle brings it, so that its round
tables have a text to amend. The same seed gives the same documents.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlmodel import Session, col, select

from khdesk.domain.ids import uuid7_from
from khdesk.domain.vocabulary import MeetingKind
from khdesk.services import campaign_documents as drafts
from khdesk.services import document_amendments as amend
from khdesk.services.minutes import present_count
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Attendance, Meeting, Person, TextAmendment

DECLARATION = (
    ("«Қазақстан халқына» ұлттық қайырымдылық I конференциясының Декларациясы",
     "Декларация I конференции национальной благотворительности «Қазақстан халқына»"),
    (
        ("Біз, конференцияға қатысушылар — өңірлердің азаматтық қоғам, бизнес және жергілікті "
         "атқарушы органдар өкілдері, қайырымдылықты ел бірлігінің негізі деп санаймыз.",
         "Мы, участники конференции — представители гражданского общества, бизнеса и местных "
         "исполнительных органов регионов, считаем благотворительность основой единства "
         "страны."),
        ("Қордың алты бағыты бойынша жобалар ашық, есепті және әр өңірдің қажеттілігіне сай "
         "болуы тиіс.",
         "Проекты фонда по шести направлениям должны быть открытыми, подотчётными и отвечать "
         "нуждам каждого региона."),
        ("Біз еріктілер мен жергілікті қауымдастықтарды қордың жұмысына белсенді тартуға "
         "шақырамыз.",
         "Мы призываем активно вовлекать волонтёров и местные сообщества в работу фонда."),
        ("Дөңгелек үстелдер мен онлайн-отырыстарда айтылған ұсыныстар қор проспектісінің "
         "негізіне алынады.",
         "Предложения, высказанные на круглых столах и онлайн-заседаниях, ложатся в основу "
         "проспекта фонда."),
    ),
)  # fmt: skip

APPEAL = (
    ("Әлеуметтік дамудың өзекті мәселелері бойынша Қазақстан Республикасының Үкіметіне Үндеу",
     "Обращение к Правительству Республики Казахстан по актуальным вопросам социального "
     "развития"),
    (
        ("Конференцияға қатысушылар Үкіметтің назарын әлеуметтік дамудың бірқатар өзекті "
         "мәселелеріне аударуды сұрайды.",
         "Участники конференции просят Правительство обратить внимание на ряд актуальных "
         "вопросов социального развития."),
        ("Ауылдық елді мекендердегі әлеуметтік инфрақұрылымды — мектептерді, емханаларды, "
         "мәдениет үйлерін — жаңғыртуды жеделдету қажет.",
         "Необходимо ускорить модернизацию социальной инфраструктуры сельских населённых "
         "пунктов — школ, поликлиник, домов культуры."),
        ("Ауыл мектептерінде білім беру сапасын арттыру, шағын жинақты мектептерді қолдау "
         "және мұғалімдерді ынталандыру маңызды.",
         "Важно повысить качество школьного образования в сельской местности, поддержать "
         "малокомплектные школы и стимулировать учителей."),
        ("Азаматтарды қаржылық сауаттылыққа және жаңа кәсіптерге оқыту бағдарламаларын "
         "кеңейтуді ұсынамыз.",
         "Предлагаем расширить программы обучения граждан финансовой грамотности и новым "
         "профессиям."),
        ("Әлеуметтік қорғау жүйесі көмекті қажет ететін әр отбасына уақтылы жетуі тиіс.",
         "Система социальной защиты должна своевременно доходить до каждой семьи, "
         "нуждающейся в помощи."),
        ("Мүгедектігі бар адамдарға, көп балалы отбасыларға және қарт азаматтарға атаулы "
         "қолдауды күшейтуді сұраймыз.",
         "Просим усилить адресную поддержку людей с инвалидностью, многодетных семей и "
         "пожилых граждан."),
    ),
)  # fmt: skip


#: Those present at the plenary's vote when the plenary has no attendance list.
PLENARY_PRESENT = 214


@dataclass(frozen=True)
class _Amendment:
    """One round table's amendment in the demo and the outcome headquarters gives it."""

    document: int  # 0: the Declaration, 1: the Appeal
    paragraph: int  # the paragraph's number in version 1 (the one an added paragraph follows)
    action: str
    language: str
    text_kk: str | None
    text_ru: str | None
    outcome: str
    #: for accepted: the wording the amendment lacks; for declined and clarification: why
    detail: tuple[str | None, str | None] | str | None = None
    merged_with: int | None = None  # the index of the amendment it is merged with


AMENDMENTS = (
    _Amendment(0, 2, "replace", "kk",
               "Қордың алты бағыты бойынша жобалар ашық, есепті, қоғамдық бақылауға қолжетімді "
               "және әр өңірдің қажеттілігіне сай болуы тиіс.", None, "accepted",
               (None, "Проекты фонда по шести направлениям должны быть открытыми, подотчётными, "
                      "доступными общественному контролю и отвечать нуждам каждого региона.")),
    _Amendment(0, 2, "replace", "ru", None,
               "Проекты фонда должны быть открытыми и подотчётными обществу.", "merged",
               merged_with=0),
    _Amendment(0, 3, "add", "kk",
               "Қор жастардың қайырымдылық бастамаларына ерекше қолдау көрсетеді.",
               "Фонд особо поддерживает благотворительные инициативы молодёжи.", "accepted"),
    _Amendment(0, 4, "delete", "ru", None, None, "declined",
               "Бұл абзац ұсыныстардың проспектіге жолын көрсетеді, оны сақтаймыз."),
    _Amendment(1, 3, "replace", "ru", None,
               "Важно повысить качество школьного образования в сельской местности, сохранить "
               "и поддержать малокомплектные школы, обеспечить сельских учителей жильём.",
               "accepted",
               ("Ауыл мектептерінде білім беру сапасын арттыру, шағын жинақты мектептерді сақтап, "
                "қолдау, ауыл мұғалімдерін тұрғын үймен қамтамасыз ету маңызды.", None)),
    _Amendment(1, 6, "replace", "kk",
               "Атаулы қолдауды цифрлық тіркелім арқылы жүргізу керек.", None, "clarification",
               "Қай тіркелім туралы айтылып отыр: қолданыстағы ма, әлде жаңасы ма?"),
    _Amendment(1, 5, "add", "ru",
               "Қиын өмірлік жағдайдағы отбасыларға әлеуметтік қызметкерлер үйде көмек көрсетеді.",
               "Семьям в трудной жизненной ситуации социальные работники помогают на дому.",
               "accepted"),
    _Amendment(1, 4, "replace", "kk",
               "Азаматтарды оқыту бағдарламаларын тек қалаларда жүргізу керек.", None,
               "declined", "Үндеу ауыл тұрғындарын да оқытуды көздейді."),
)  # fmt: skip


def write_documents(session: Session, actor: Actor, seed: int) -> dict[str, int]:
    """Both documents, their amendments from the round tables, the reviews and the plenary's
    vote; returns how many of each were written."""
    rng = random.Random(seed)
    ids: list[str] = []
    for (title_kk, title_ru), paragraphs in (DECLARATION, APPEAL):
        document = drafts.create_document(
            session, kind="declaration" if not ids else "appeal", title_kk=title_kk,
            title_ru=title_ru, paragraphs_kk=[kk for kk, _ru in paragraphs],
            paragraphs_ru=[ru for _kk, ru in paragraphs],
        )  # fmt: skip
        drafts.publish(session, document.id)
        ids.append(document.id)
    round_tables = list(
        session.exec(
            select(Meeting)
            .where(Meeting.kind == MeetingKind.ROUND_TABLE.value)
            .order_by(col(Meeting.date), col(Meeting.id))
        )
    )
    recorder = Recorder(session, actor)
    written: list[TextAmendment] = []
    for index, spec in enumerate(AMENDMENTS):
        meeting = round_tables[(index * 3) % len(round_tables)]
        version = amend.version_of(session, ids[spec.document], 1)
        present = present_count(session, meeting.id)
        attendees = session.exec(
            select(Person)
            .join(Attendance, col(Attendance.person_id) == Person.id)
            .where(Attendance.meeting_id == meeting.id, Attendance.present == True)  # noqa: E712
            .order_by(col(Person.id))
        ).all()
        proposer = rng.choice(attendees) if attendees else None
        votes_for = present - rng.randrange(0, 4)
        against = rng.randrange(0, present - votes_for + 1)
        written.append(
            recorder.add(
                TextAmendment(
                    meeting_id=meeting.id, document_id=version.document_id, version_number=1,
                    paragraph_id=amend.paragraph_at(version, spec.paragraph),
                    action=spec.action, language=spec.language, text_kk=spec.text_kk,
                    text_ru=spec.text_ru, proposer_person_id=proposer.id if proposer else None,
                    proposer_name=proposer.full_name if proposer else None, votes_for=votes_for,
                    votes_against=against, votes_abstained=present - votes_for - against,
                    device_id=actor.device_id, seq=0,
                )
            )
        )  # fmt: skip
    for spec, amendment in zip(AMENDMENTS, written, strict=True):
        if spec.outcome == "accepted":
            kk, ru = spec.detail if isinstance(spec.detail, tuple) else (None, None)
            amend.review(session, amendment.id, "accepted", text_kk=kk, text_ru=ru)
        elif spec.outcome == "merged":
            assert spec.merged_with is not None
            into = written[spec.merged_with].id
            amend.review(session, amendment.id, "merged", merged_into_id=into)
        else:
            amend.review(session, amendment.id, spec.outcome, reason=str(spec.detail))
    plenary = session.exec(
        select(Meeting).where(Meeting.kind == MeetingKind.PLENARY.value).order_by(col(Meeting.date))
    ).first()
    for document_id in ids:
        drafts.publish(session, document_id)
        if plenary is None:
            continue
        # the seed's plenary, held on Zoom, has no attendance list: the vote names its own count
        present = present_count(session, plenary.id) or PLENARY_PRESENT
        against, abstained = rng.randrange(0, 3), rng.randrange(0, 4)
        amend.adopt(
            session, document_id, votes_for=present - against - abstained,
            votes_against=against, votes_abstained=abstained, present=present,
            adopted_on=plenary.date,
            meeting_id=plenary.id,
        )  # fmt: skip
    return {"campaigndocument": len(ids), "textamendment": len(written)}


def write_received(session: Session, seed: int) -> int:
    """Version 1 of both documents as a region receives it from headquarters; returns how many
    versions were stored."""
    rng = random.Random(seed)
    published = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)
    clock_ms = int(published.timestamp() * 1000)
    rows = []
    for kind, ((title_kk, title_ru), paragraphs) in (
        ("declaration", DECLARATION), ("appeal", APPEAL)
    ):  # fmt: skip
        text = [
            {"id": uuid7_from(clock_ms, rng), "text_kk": kk, "text_ru": ru} for kk, ru in paragraphs
        ]
        rows.append(
            {
                "id": uuid7_from(clock_ms, rng), "document_id": uuid7_from(clock_ms, rng),
                "number": 1, "kind": kind, "title_kk": title_kk, "title_ru": title_ru,
                "paragraphs": text,
                "fingerprint": drafts.fingerprint(kind, title_kk, title_ru, text),
                "published_at": published.isoformat(),
            }
        )  # fmt: skip
    return drafts.keep_received(session, rows)
