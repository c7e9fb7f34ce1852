"""The protocol, read back from the PDF as a secretary would check it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from khdesk.documents.labels import label
from khdesk.documents.protocol import write_protocol
from khdesk.domain.errors import InvalidInput, NotFound, StorageProblem
from khdesk.services import minutes, participants, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting
from tests.factories import make_meeting, make_person
from tests.messages import untranslatable

NAMES = ("Жұмабекова Іңкәр Серікқызы", "Әбдірахманов Ғалым Өркенұлы", "Үсенова Һәзира Ұланқызы")


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def meeting(database: Database, actor: Actor) -> Meeting:
    """A round table with three present (two NGO, one local government), minutes with a vote,
    proposals in two directions and a question."""
    meeting = make_meeting(database, actor)
    sectors = ("ngo", "ngo", "local_gov")
    people = [
        make_person(database, actor, full_name=name, sector=sector, phone=f"870100000{i:02d}",
                    email=f"p{i}@example.kz")
        for i, (name, sector) in enumerate(zip(NAMES, sectors, strict=True))
    ]  # fmt: skip
    with database.transaction() as session:
        for person in people:
            participants.check_in(session, actor, meeting.id, person.id)
        item = minutes.add_agenda_item(
            session, actor, meeting.id, title="Қор проспектісі туралы", rapporteur="Серік Оспанов",
            heard="Проспектінің 42 бөлімі таныстырылды.",
        )  # fmt: skip
        minutes.add_speech(session, actor, item.id, speaker=NAMES[0], text="Қолдаймын.")
        minutes.add_decision(
            session, actor, item.id, text="Ұсыныстарды қорға жіберу.", votes_for=2,
            votes_against=1, votes_abstained=0,
        )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting.id, text="Ауыл мектептерін компьютерлермен жабдықтау.",
            direction="D1", section="D1.1", author_name=NAMES[1],
        )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting.id, text="Ескерту: грант ережелерін жеңілдету.",
            direction="D4", kind="comment",
        )  # fmt: skip
        proposals.add_question(
            session, actor, meeting.id, text="Өтінімдер қашан қабылданады?", answer="Қыркүйекте."
        )
    return meeting


NGO = {"kk": "ҮЕҰ / азаматтық қоғам", "ru": "НПО / гражданское общество",
       "en": "NGO / civil society"}  # fmt: skip
LOCAL = {"kk": "Жергілікті атқарушы орган", "ru": "Местный исполнительный орган",
         "en": "Local executive body"}  # fmt: skip
TOTAL = {"kk": "Барлығы 3 адам", "ru": "Всего 3 человека", "en": "Total: 3 people"}
VOTE = {"kk": "Дауыс беру: «жақтап» — 2, «қарсы» — 1, «қалыс қалды» — 0.",
        "ru": "Голосовали: «за» — 2, «против» — 1, «воздержались» — 0.",
        "en": "Vote: for — 2, against — 1, abstained — 0."}  # fmt: skip


@pytest.mark.parametrize("language", ["kk", "ru", "en", "kk+ru"])
def test_the_protocol_shows_everything_in_its_language(
    database: Database, meeting: Meeting, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"protocol-{language}.pdf"
    with database.session() as session:
        data = write_protocol(session, meeting.id, language, path)
    text = "\n".join(_text(path))
    flat = " ".join(text.split())
    for lang in ("kk", "ru") if language == "kk+ru" else (language,):
        # each language whole: every label, the total and the vote line
        for key in ("protocol", "chair", "secretary", "present", "agenda", "heard", "spoke",
                    "decided", "proposals", "questions"):  # fmt: skip
            assert " ".join(label(key, lang).split()) in flat, key
        assert TOTAL[lang] in flat
        assert f"{NGO[lang]} — 2" in flat  # two NGO representatives
        assert f"{LOCAL[lang]} — 1" in flat  # one local executive body
        assert VOTE[lang] in flat
        assert f"{label('fingerprint', lang)}: {data.fingerprint()}" in flat
        assert " ".join(label("amendments", lang).split()) not in flat
    assert " / " not in flat.replace(NGO["kk"], "").replace(NGO["ru"], "").replace(
        NGO["en"], ""
    )  # no «жақтап / за»: the only slash is in the sector's own name
    for name in NAMES:
        assert name in flat
    assert "Ауыл мектептерін компьютерлермен жабдықтау." in flat
    assert "грант ережелерін жеңілдету." in flat
    assert "Өтінімдер қашан қабылданады?" in flat
    assert "1.1. Ұсыныстарды қорға жіберу." in flat  # numbered within its item
    assert data.amendments == []  # never amended: no section of amendments
    assert f"№ {data.number}" in flat


def test_the_protocol_embeds_the_bundled_font(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "protocol.pdf"
    with database.session() as session:
        write_protocol(session, meeting.id, "kk", path)
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    bases = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert {"PTSans-Regular", "PTSans-Bold"} <= {base.split("+")[-1] for base in bases}, bases


def test_a_thirty_page_protocol_numbers_every_page(
    database: Database, actor: Actor, meeting: Meeting, tmp_path: Path
) -> None:
    with database.transaction() as session:
        sentence = "ауылдағы балаларға қосымша білім беру үйірмелерін ашу. "
        for index in range(520):
            proposals.add_proposal(
                session, actor, meeting.id, direction="D2", text=f"Ұсыныс {index}: {sentence * 3}"
            )
    path = tmp_path / "long.pdf"
    with database.session() as session:
        write_protocol(session, meeting.id, "en", path)
    pages = _text(path)
    assert len(pages) >= 30
    # the number alone at the top of every page from the second, as the rules place it
    assert "1" not in [line.strip() for line in pages[0].splitlines()]
    for number, page in enumerate(pages[1:], start=2):
        assert str(number) in [line.strip() for line in page.splitlines()], number


def test_the_fingerprint_follows_the_content(
    database: Database, actor: Actor, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        first = write_protocol(session, meeting.id, "ru", tmp_path / "a.pdf").fingerprint()
        again = write_protocol(session, meeting.id, "kk", tmp_path / "b.pdf").fingerprint()
    with database.transaction() as session:
        proposals.add_question(session, actor, meeting.id, text="Тағы бір сұрақ?")
    with database.session() as session:
        changed = write_protocol(session, meeting.id, "ru", tmp_path / "c.pdf").fingerprint()
    assert first == again  # the same meeting in another language
    assert changed != first


def test_bad_requests_are_one_sentence(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with database.session() as session:
        with pytest.raises(NotFound, match="no meeting with id no-such-meeting") as missing:
            write_protocol(session, "no-such-meeting", "kk", tmp_path / "x.pdf")
        with pytest.raises(InvalidInput, match="use kk, ru, en or kk\\+ru") as language:
            write_protocol(session, meeting.id, "de", tmp_path / "x.pdf")
        with pytest.raises(StorageProblem, match="cannot write"):
            write_protocol(session, meeting.id, "kk", blocker / "x.pdf")
    # the window finds a translation for each of them, whatever id or language was asked for
    assert untranslatable(missing.value) == untranslatable(language.value) == []


def test_the_proposals_register_of_a_direction_and_of_a_region(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    from khdesk.documents.registers import write_proposals_register

    with database.session() as session:
        by_direction = write_proposals_register(
            session, tmp_path / "d1.pdf", language="ru", direction="D1"
        )
        by_region = write_proposals_register(
            session, tmp_path / "r.pdf", language="kk", region="71"
        )
        by_section = write_proposals_register(
            session, tmp_path / "s.pdf", language="en", section="D1.1"
        )
        with pytest.raises(
            InvalidInput, match=r"unknown prospectus section 'D9\.9'"
        ) as bad_section:
            write_proposals_register(session, tmp_path / "x.pdf", language="en", section="D9.9")
        with pytest.raises(InvalidInput, match="unknown region code '99'") as bad_region:
            write_proposals_register(session, tmp_path / "x.pdf", language="kk", region="99")
        with pytest.raises(InvalidInput, match="unknown direction 'D9'") as bad_direction:
            write_proposals_register(session, tmp_path / "x.pdf", language="kk", direction="D9")
    assert [untranslatable(e.value) for e in (bad_section, bad_region, bad_direction)] == [
        [],
        [],
        [],
    ]
    assert (by_direction, by_region, by_section) == (1, 2, 1)
    d1 = " ".join(" ".join(_text(tmp_path / "d1.pdf")).split())
    region = " ".join(" ".join(_text(tmp_path / "r.pdf")).split())
    assert "Реестр предложений и замечаний" in d1
    assert "Ауыл мектептерін компьютерлермен жабдықтау." in d1
    assert "грант ережелерін" not in d1  # a D4 comment
    assert "Ұсыныстар мен ескертулер тізілімі" in region
    assert "грант ережелерін жеңілдету." in region
    assert "Стр. 1 из 1" in d1


def test_the_protocol_as_a_word_document(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    from docx import Document

    from khdesk.documents.protocol_docx import write_protocol_docx

    path = tmp_path / "protocol.docx"
    with database.session() as session:
        data = write_protocol_docx(session, meeting.id, "ru", path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    text += "\n".join(c.text for t in Document(str(path)).tables for r in t.rows for c in r.cells)
    assert "ПРОТОКОЛ" in text and "заседания круглого стола" in text and data.number in text
    assert "СЛУШАЛИ" in text and "РЕШИЛИ" in text
    for name in NAMES:
        assert name in text
    assert "«за» — 2," in text
    footer = Document(str(path)).sections[0].footer.paragraphs[0].text
    assert data.fingerprint() in footer


def test_the_bundled_font_has_every_letter_documents_use() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from khdesk.documents import labels
    from khdesk.paths import reference_dir, resources_dir

    covered = TTFont("check", str(resources_dir() / "fonts" / "PTSans-Regular.ttf")).face
    alphabet = (reference_dir() / "kazakh.txt").read_text(encoding="utf-8").splitlines()[2:4]
    words = [w for lang in labels._terms().values() for w in lang.values()]
    text = "".join(words) + "".join(alphabet) + "—«»№·"
    missing = sorted({ch for ch in text if not ch.isspace() and ord(ch) not in covered.charToGlyph})
    assert missing == []


def test_the_questions_register(database: Database, meeting: Meeting, tmp_path: Path) -> None:
    from khdesk.documents.registers import write_questions_register

    with database.session() as session:
        count = write_questions_register(
            session, tmp_path / "q.pdf", language="kk", meeting_id=meeting.id
        )
    text = " ".join(" ".join(_text(tmp_path / "q.pdf")).split())
    assert count == 1
    assert "Сұрақтар мен жауаптар" in text
    assert "Өтінімдер қашан қабылданады?" in text and "Қыркүйекте." in text


def test_the_logo_and_the_list_threshold_are_settings(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    from PIL import Image

    from khdesk.services import settings

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), "navy").save(logo)
    with database.transaction() as session:
        settings.set_logo(session, tmp_path / "data", logo)
        settings.set_list_attached_above(session, 2)  # three present: the list is attached
        (tmp_path / "notes.txt").write_text("минуты")
        with pytest.raises(InvalidInput, match="not a PNG or JPEG"):
            settings.set_logo(session, tmp_path, tmp_path / "notes.txt")
        with pytest.raises(InvalidInput, match="does not exist"):
            settings.set_logo(session, tmp_path, tmp_path / "gone.png")
    with database.session() as session:
        write_protocol(session, meeting.id, "ru", tmp_path / "with-logo.pdf")
    page = PdfReader(tmp_path / "with-logo.pdf").pages[0]
    images = [x for x in page["/Resources"].get("/XObject", {}).values()]
    text = " ".join(page.extract_text().split())
    assert images, "the logo is on the first page"
    assert "список прилагается" in text
    assert NAMES[2] not in text  # named only in the attendance list
    with database.transaction() as session:
        settings.set_logo(session, tmp_path / "data", None)
        settings.set_list_attached_above(session, 40)
    with database.session() as session:
        write_protocol(session, meeting.id, "ru", tmp_path / "plain.pdf")
    plain = PdfReader(tmp_path / "plain.pdf").pages[0]
    assert not plain["/Resources"].get("/XObject")
    assert NAMES[2] in " ".join(plain.extract_text().split())


def test_very_long_texts_and_emoji_do_not_break_the_documents(
    database: Database, actor: Actor, meeting: Meeting, tmp_path: Path
) -> None:
    from khdesk.documents.registers import write_proposals_register, write_questions_register

    long_text = "Ауыл мектептеріне компьютер сыныптарын беру туралы ұсыныс. " * 180  # ~11,000
    with database.transaction() as session:
        proposals.add_proposal(session, actor, meeting.id, text=f"😀 {long_text}🇰🇿", direction="D1")
        proposals.add_question(session, actor, meeting.id, text="Тағы?", answer=long_text)
    with database.session() as session:
        write_protocol(session, meeting.id, "kk", tmp_path / "p.pdf")
        write_proposals_register(session, tmp_path / "r.pdf", language="kk", direction="D1")
        write_questions_register(session, tmp_path / "q.pdf", language="kk", meeting_id=meeting.id)
    for name in ("p.pdf", "r.pdf", "q.pdf"):
        pages = _text(tmp_path / name)
        assert len(pages) >= 2, name  # the long texts continue on the next page
        assert "\x00" not in "".join(pages), name  # emoji dropped, not drawn as boxes


def test_questions_keep_the_order_they_were_put_in(
    database: Database, actor: Actor, meeting: Meeting, tmp_path: Path
) -> None:
    with database.transaction() as session:
        second = proposals.add_question(session, actor, meeting.id, text="Екінші сұрақ?")
    with database.transaction() as session:
        proposals.update_question(session, actor, second.id, answer="Жауап.")
        first_id = next(q.id for q in proposals_of(session, meeting.id) if q.id != second.id)
        proposals.update_question(session, actor, first_id, answer="Жаңа жауап.")
    with database.session() as session:
        data = write_protocol(session, meeting.id, "kk", tmp_path / "p.pdf")
    assert [q.text for q in data.questions] == ["Өтінімдер қашан қабылданады?", "Екінші сұрақ?"]


def proposals_of(session, meeting_id: str):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from khdesk.storage.models import Question

    return session.exec(select(Question).where(Question.meeting_id == meeting_id)).all()
