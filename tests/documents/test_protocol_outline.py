"""One outline, two files: the PDF and the Word protocol show every line of it, in each language
whole, side by side or one after the other, with the requisites as the documenting rules have."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from khdesk.documents.data import load_protocol
from khdesk.documents.labels import collation
from khdesk.documents.outline import Outline, protocol_outline, quoted, title_lines
from khdesk.documents.protocol import write_protocol
from khdesk.documents.protocol_docx import write_protocol_docx
from khdesk.domain.errors import InvalidInput
from khdesk.services import meetings, minutes, proposals
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Meeting
from tests.documents.samples import sample_meeting
from tests.factories import make_meeting


def _flat(value: str) -> str:
    return " ".join(value.replace("\u200b", "").split())


def _pdf(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _word(path: Path) -> str:
    """Every paragraph of the Word file, those in tables too, and its footer."""
    document = Document(str(path))
    body = document.element.body
    words = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    words += [p.text for p in document.sections[0].footer.paragraphs]
    return _flat(" ".join(words))


def _outlines(database: Database, meeting: Meeting, language: str) -> list[Outline]:
    with database.session() as session:
        return [
            protocol_outline(
                load_protocol(session, meeting.id, names_in=lang, sort_in=collation(language)),
                lang,
            )
            for lang in (("kk", "ru") if language == "kk+ru" else (language,))
        ]


@pytest.fixture
def meeting(database: Database, actor: Actor) -> Meeting:
    return sample_meeting(database, actor, present=5)


@pytest.mark.parametrize(
    ("language", "bilingual"),
    [("kk", None), ("ru", None), ("en", None), ("kk+ru", "columns"), ("kk+ru", "sequence")],
)
def test_every_line_of_the_outline_is_in_the_pdf_and_in_the_word_file(
    database: Database, meeting: Meeting, tmp_path: Path, language: str, bilingual: str | None
) -> None:
    with database.session() as session:
        write_protocol(session, meeting.id, language, tmp_path / "p.pdf", bilingual=bilingual)
        write_protocol_docx(session, meeting.id, language, tmp_path / "p.docx", bilingual=bilingual)
    pdf, word = _pdf(tmp_path / "p.pdf"), _word(tmp_path / "p.docx")
    outlines = _outlines(database, meeting, language)
    elements = {line.element for line in outlines[0].lines}
    # what the Word file used to drop is in the outline, and so in both files
    assert {"rapporteur", "section", "asked_by", "city", "times", "vote", "adopted"} <= elements
    for outline in outlines:
        for line in outline.lines:
            words = list(line.cells) if line.cells else [line.text]
            for part in filter(None, map(_flat, words)):
                assert part in pdf, (line.element, part)
                assert part in word, (line.element, part)


def test_the_word_file_tags_each_language_for_its_spelling_check(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        write_protocol_docx(session, meeting.id, "kk", tmp_path / "kk.docx")
        write_protocol_docx(session, meeting.id, "kk+ru", tmp_path / "both.docx")

    def tags(path: Path) -> dict[str, str]:
        """Each run's text and its language."""
        body = Document(str(path)).element.body
        return {
            "".join(t.text or "" for t in run.iter(qn("w:t"))): run.find(
                f"{qn('w:rPr')}/{qn('w:lang')}"
            ).get(qn("w:val"))
            for run in body.iter(qn("w:r"))
            if "".join(t.text or "" for t in run.iter(qn("w:t"))).strip()
        }

    assert set(tags(tmp_path / "kk.docx").values()) == {"kk-KZ"}
    both = tags(tmp_path / "both.docx")
    assert both["ТЫҢДАЛДЫ:"] == "kk-KZ"
    assert both["СЛУШАЛИ:"] == "ru-RU"
    assert both["Председатель"] == "ru-RU"


def _fragments(path: Path) -> list[tuple[int, float, float, str]]:
    """(page, x, y, text) of each piece of text the PDF draws."""
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text, cm, tm, font, size, number=number):  # type: ignore[no-untyped-def]
            if text.strip():
                found.append((number, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def test_kazakh_on_the_left_russian_on_the_right_row_by_row(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        write_protocol(session, meeting.id, "kk+ru", tmp_path / "columns.pdf")
        write_protocol(session, meeting.id, "kk+ru", tmp_path / "seq.pdf", bilingual="sequence")
    half = float(PdfReader(tmp_path / "columns.pdf").pages[0].mediabox.width) / 2

    def where(path: Path, words: str) -> tuple[int, float, float]:
        return next((p, x, y) for p, x, y, t in _fragments(path) if t.startswith(words))

    for kk, ru in (("ТЫҢДАЛДЫ", "СЛУШАЛИ"), ("ШЕШІЛДІ", "РЕШИЛИ"), ("КҮН ТӘРТІБІ", "ПОВЕСТКА")):
        kk_page, kk_x, kk_y = where(tmp_path / "columns.pdf", kk)
        ru_page, ru_x, ru_y = where(tmp_path / "columns.pdf", ru)
        assert kk_x < half < ru_x, kk
        assert (kk_page, round(kk_y)) == (ru_page, round(ru_y)), kk  # the same row
    # one after the other: the whole Kazakh text, then, from a new page, the Russian text
    kk_page, _, _ = where(tmp_path / "seq.pdf", "Е.Б. Сейітов")
    ru_page, ru_x, _ = where(tmp_path / "seq.pdf", "заседания круглого стола")
    assert ru_page > kk_page and ru_x < half


@pytest.mark.parametrize(
    ("kind", "fmt", "kk", "ru"),
    [
        ("round-table", "in-person", "Дөңгелек үстел отырысының ХАТТАМАСЫ",
         "заседания круглого стола"),
        ("online", "online", "Онлайн-отырыстың ХАТТАМАСЫ", "онлайн-заседания"),
        ("plenary", "in-person", "Пленарлық отырыстың ХАТТАМАСЫ", "пленарного заседания"),
        ("round-table", "online", "Онлайн форматта өткен дөңгелек үстел отырысының ХАТТАМАСЫ",
         "заседания круглого стола в онлайн-формате"),
        ("plenary", "hybrid", "Аралас форматта өткен пленарлық отырыстың ХАТТАМАСЫ",
         "пленарного заседания в смешанном формате"),
    ],
)  # fmt: skip
def test_the_title_s_grammar_for_every_kind_and_format(
    kind: str, fmt: str, kk: str, ru: str
) -> None:
    assert title_lines(kind, fmt, "kk") == (kk, "")
    assert title_lines(kind, fmt, "ru") == ("ПРОТОКОЛ", ru)


def test_a_title_in_quotation_marks_is_not_quoted_twice() -> None:
    assert quoted("«Жаңа Қазақстан»") == "«Жаңа Қазақстан»"
    assert quoted('"Жаңа Қазақстан"') == "«Жаңа Қазақстан»"
    assert quoted("Ауыл мектептері") == "«Ауыл мектептері»"
    # quotes within the title are quotes within quotes
    assert quoted("«Қазақстан халқына» қорының проспектісі") == (
        "«„Қазақстан халқына“ қорының проспектісі»"
    )
    assert quoted("«А» және «Б»") == "«„А“ және „Б“»"


def test_the_requisites_as_the_rules_have_them(
    database: Database, meeting: Meeting, tmp_path: Path
) -> None:
    with database.session() as session:
        data = write_protocol(session, meeting.id, "kk+ru", tmp_path / "p.pdf")
    text = _pdf(tmp_path / "p.pdf")
    assert f"16.09.2026 № {data.number}" in text
    assert "Астана қаласы" in text and "город Астана" in text  # where it was drawn up
    assert "Басталуы: 10:00. Аяқталуы: 12:30." in text
    assert "Начало: 10:00. Окончание: 12:30." in text
    assert "Барлығы 5 адам" in text and "Всего 5 человек" in text
    assert "1.1. Ұсыныстарды" in text and "1.2. Проспектінің" in text and "2.2." in text
    # initials, then the surname, whichever order the name was typed in
    assert "Е.Б. Сейітов" in text and "Г.А. Тулеуова" in text
    assert "Ерлан Болатұлы Сейітов" in text  # named in full among the requisites


def test_the_signatures_never_stand_alone_and_headings_never_end_a_page(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = sample_meeting(database, actor, present=30, items=3)
    path = tmp_path / "long.pdf"
    headings = {"Ұсыныстар мен ескертулер", "Сұрақтар мен жауаптар", "ТЫҢДАЛДЫ:", "ШЕШІЛДІ:"}
    counts = set()
    for index in range(24):
        with database.transaction() as session:
            proposals.add_proposal(
                session, actor, meeting.id, direction="D2",
                text=f"{index + 1}-ұсыныс: ауылдағы балаларға қосымша білім беру үйірмелерін ашу. "
                * 3,
            )  # fmt: skip
        with database.session() as session:
            write_protocol(session, meeting.id, "kk", path)
        pages = [page.extract_text().splitlines() for page in PdfReader(path).pages]
        counts.add(len(pages))
        last = " ".join(pages[-1])
        assert "Е.Б. Сейітов" in last and "Г.А. Тулеуова" in last
        assert "Жауап: Қыркүйекте." in last, index  # the text's last line goes with them
        for lines in pages[:-1]:
            text = [line.strip() for line in lines if not line.startswith("ХАТТАМА №")]
            text = [line for line in text if not line.isdigit()]
            assert text[-1] not in headings, (index, text[-1])
    assert len(counts) > 1  # the signatures met a page break on the way


def test_a_protocol_adopting_documents_with_nobody_present_is_flagged(
    database: Database, actor: Actor
) -> None:
    meeting = make_meeting(database, actor)
    with database.transaction() as session:
        item = minutes.add_agenda_item(session, actor, meeting.id, title="Ереже туралы")
        minutes.add_decision(
            session, actor, item.id, text="Ережені бекіту.", document_title="Өңірлік ереже"
        )
        missing = meetings.closing_checklist(session, meeting)
    assert [str(entry) for entry in missing] == [
        "those present, as decision 1 of item 1 adopts «Өңірлік ереже» and nobody is marked "
        "present; check in those who attended"
    ]
    with (
        pytest.raises(InvalidInput, match="nobody is marked present"),
        database.transaction() as session,
    ):
        meetings.close_meeting(session, actor, meeting.id)


def test_a_long_link_wraps_at_its_parts(database: Database, actor: Actor, tmp_path: Path) -> None:
    link = "https://meet.qazaqstanhalqyna-foundation.kz/rooms/astana.regional.round-table/join"
    meeting = sample_meeting(database, actor, present=2, items=1, meeting_format="online",
                             link=link)  # fmt: skip
    with database.session() as session:
        write_protocol(session, meeting.id, "kk+ru", tmp_path / "p.pdf")
    lines = PdfReader(tmp_path / "p.pdf").pages[0].extract_text().splitlines()
    start = lines.index("Сілтеме:") + 1
    parts: list[str] = []
    while "".join(parts) != link:
        parts.append(lines[start + len(parts)])
        assert link.startswith("".join(parts))  # whole, on lines of its own under its label
    assert len(parts) > 1
    for part in parts[:-1]:
        assert part.endswith(("/", ".")), part  # broken after a slash or a dot only


def test_the_command_writes_kazakh_then_russian_when_asked(
    database: Database, db_path: Path, meeting: Meeting, tmp_path: Path
) -> None:
    from khdesk.cli import main

    with database.session() as session:
        number = meetings.find_meeting(session, meeting.id)
        data = load_protocol(session, number.id, names_in="kk", sort_in="kk")
    out = tmp_path / "p.pdf"
    args = ["--db", f"sqlite:///{db_path}", "protocol", data.number, "--lang", "kk+ru"]
    assert main([*args, "--bilingual", "sequence", "--out", str(out)]) == 0
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert "СЛУШАЛИ" not in pages[0] and any("СЛУШАЛИ" in page for page in pages[1:])
    assert main([*args, "--out", str(out)]) == 0  # columns unless asked otherwise
    assert "СЛУШАЛИ" in PdfReader(out).pages[0].extract_text()


def test_a_long_heading_breaks_between_words_and_stays_with_its_text(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    title = (
        "Ауылдық елді мекендердегі балалар мен жасөспірімдерге арналған қосымша білім беру "
        "ұйымдарының материалдық-техникалық базасын нығайту туралы"
    )
    meeting = sample_meeting(database, actor, present=2, items=0)
    with database.transaction() as session:
        minutes.add_agenda_item(session, actor, meeting.id, title=title, heard="Таныстырылды.")
    with database.session() as session:
        write_protocol(session, meeting.id, "kk+ru", tmp_path / "p.pdf")
    words = set(title.split()) | {"1."}
    # the lines of the heading (and of the agenda), in both columns: whole words on each
    lines = [
        text
        for _page, _x, _y, text in _fragments(tmp_path / "p.pdf")
        if set(text.split()) & {"мекендердегі", "жасөспірімдерге", "нығайту", "ұйымдарының"}
    ]
    assert len(lines) >= 8  # two lines or more, twice in each column
    for line in lines:
        assert set(line.split()) <= words, line
