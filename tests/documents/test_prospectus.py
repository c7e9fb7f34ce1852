"""The prospectus draft: which proposals make its lines, how merged ones fold under the line they
were merged into, the counts and regions of each section, and the PDF and the Word file read back
(every accepted proposal once, merged ones in the annex under their line, the contents' pages,
the words of kk, ru and kk+ru)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pypdf
import pytest
from sqlalchemy import text

from khdesk.documents.prospectus import WORDS
from khdesk.services.prospectus import Prospectus, build_prospectus, write_prospectus
from tests.documents.prospectus_data import (
    ALMATY,
    ASTANA,
    KAZAKH_LETTERS,
    Campaign,
    reviewed_campaign,
)
from tests.sync.sites import Site

AS_OF = dt.datetime(2026, 10, 5, 14, 30)
TEXTS = {key: words for key, words, _d, _o in ASTANA + ALMATY}
#: The lines the campaign makes, in order: number, the accepted proposal, those merged into it.
LINES = [
    ("1.1.1", "schools", ["schools_again", "schools_ru"]),
    ("1.2.1", "hospitals", []),
    ("1.2.2", "hospitals_ru", []),
    ("2.1.1", "adults", []),
    ("2.1.2", "comment", []),
    ("2.2.1", "letters", []),
    ("3.1.1", "elderly", []),
]
#: Each section: its number, code, lines, proposals, and proposals per region.
SECTIONS = [
    ("1.1", "D1.1", 1, 3, {"71": 2, "75": 1}),
    ("1.2", "D1.2", 2, 2, {"71": 1, "75": 1}),
    ("2.1", "D2.2", 2, 2, {"75": 2}),
    ("2.2", "D2.4", 1, 1, {"71": 1}),
    ("3.1", "D3.2", 1, 1, {"75": 1}),
]
NOT_LINES = ("courses", "volunteers", "schools_again", "schools_ru")
#: What stands between a line's number and its text: a comment says it is one.
COMMENT = r" (?:[^ ]+(?: / [^ ]+)?: )?"


@pytest.fixture
def campaign(network: tuple[Site, Site, Site], tmp_path: Path) -> Campaign:
    return reviewed_campaign(network, tmp_path)


def prospectus_of(site: Site) -> Prospectus:
    with site.database.session() as session:
        return build_prospectus(session, as_of=AS_OF)


def flat(value: str) -> str:
    return " ".join(value.split())


def pdf_pages(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def contents_numbers(path: Path) -> list[int]:
    """The page numbers the contents (page 2) gives, top to bottom, as a reader reads them at
    the right end of its lines."""
    laid_out = pypdf.PdfReader(path).pages[1].extract_text(extraction_mode="layout")
    footers = tuple(WORDS["short_title"].values())
    lines = [line for line in laid_out.splitlines() if not any(f in line for f in footers)]
    found = [re.search(r"\s(\d+)\s*$", line) for line in lines]
    return [int(match.group(1)) for match in found if match]


def docx_text(path: Path) -> tuple[str, list[list[list[str]]]]:
    document = docx.Document(str(path))
    body = flat("\n".join(paragraph.text for paragraph in document.paragraphs))
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return body, tables


# --- what the prospectus holds ------------------------------------------------------------------


def test_accepted_proposals_are_the_lines_in_the_order_of_the_reference_data(
    campaign: Campaign,
) -> None:
    found = prospectus_of(campaign.hq)
    ids = campaign.ids
    assert [(line.number, line.proposal_id) for line in found.lines()] == [
        (number, ids[key]) for number, key, _merged in LINES
    ]
    for line, (_number, key, merged) in zip(found.lines(), LINES, strict=True):
        assert line.text == TEXTS[key]
        assert [o.proposal_id for o in line.originals] == [ids[key]] + [ids[m] for m in merged]
        assert [o.merged for o in line.originals] == [False] + [True] * len(merged)
    shown = {o.proposal_id for line in found.lines() for o in line.originals}
    line_ids = [line.proposal_id for line in found.lines()]
    assert len(line_ids) == len(set(line_ids))
    for key in ("courses", "volunteers"):  # declined, and merged into the declined one
        assert ids[key] not in shown
    for key in ("schools_again", "schools_ru"):  # folded, never lines of their own
        assert ids[key] not in line_ids


def test_each_section_counts_its_proposals_and_regions_merged_ones_included(
    campaign: Campaign,
) -> None:
    found = prospectus_of(campaign.hq)
    assert [(d.number, d.code) for d in found.directions] == [("1", "D1"), ("2", "D2"),
                                                               ("3", "D3")]  # fmt: skip
    assert [
        (s.number, s.code, len(s.lines), s.proposals, s.regions) for s in found.sections
    ] == SECTIONS
    retired = found.sections[-1]
    assert not retired.active and retired.names["ru"] == "Поддержка пожилых людей"
    assert found.proposals == 10 - 1  # every proposal of a line; 2 of 11 are in none
    assert found.regions == {"71": 4, "75": 5}
    annex = found.as_json()["directions"][0]["sections"][0]["lines"][0]["originals"]
    assert [(o["region"], o["number"], o["organisation"]) for o in annex] == [
        ("71", 1, "ОФ «Мейірім»"), ("71", 4, "ТОО «Ақ жол»"), ("75", 1, "ГУ «Білім»"),
    ]  # fmt: skip
    assert all(re.fullmatch(r"7[15]-\w+-2026-001", o["meeting"]) for o in annex)


def test_a_proposal_its_region_deleted_leaves_the_prospectus(campaign: Campaign) -> None:
    with campaign.hq.database.transaction() as session:
        session.connection().execute(
            text("UPDATE proposal SET deleted = 1 WHERE id = :id"),
            {"id": campaign.ids["hospitals_ru"]},
        )
    found = prospectus_of(campaign.hq)
    assert [line.number for line in found.sections[1].lines] == ["1.2.1"]
    assert campaign.ids["hospitals_ru"] not in {line.proposal_id for line in found.lines()}


# --- the files ------------------------------------------------------------------------------------


def _labels(language: str) -> tuple[list[str], list[str]]:
    """The words a file in ``language`` must have, and those of the other language it must not."""
    keys = ("contents", "annex", "col_organisation")
    kk = [WORDS[key]["kk"] for key in keys]
    ru = [WORDS[key]["ru"] for key in keys]
    return {"kk": (kk, ru), "ru": (ru, kk), "kk+ru": (kk + ru, [])}[language]


@pytest.mark.parametrize("language", ["kk", "ru", "kk+ru"])
def test_the_pdf_shows_every_accepted_proposal_once_and_traces_merged_ones_in_the_annex(
    campaign: Campaign, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "prospectus.pdf"
    with campaign.hq.database.session() as session:
        done = write_prospectus(session, language, path, as_of=AS_OF)
    assert (done.lines, done.proposals, done.sections) == (7, 9, 5)
    pages = pdf_pages(path)
    whole = " ".join(pages)
    wanted, foreign = _labels(language)
    assert all(flat(words) in whole for words in wanted)
    assert not any(flat(words) in whole for words in foreign)
    for number, key, _merged in LINES:
        assert whole.count(TEXTS[key]) == 1, key
        assert f"{number} " in whole
    for key in NOT_LINES:
        assert TEXTS[key] not in whole
    assert KAZAKH_LETTERS in whole
    assert "Ескерту" in whole if language != "ru" else "Замечание: Учесть опыт" in whole
    first = "kk" if language != "ru" else "ru"
    proposals, lines = WORDS["proposals"][first], WORDS["lines"][first]
    # the section of schools: one line, three proposals, two regions
    assert f"{lines}: 1 · {proposals}: 3 · " in whole
    assert "1.2.2 " + TEXTS["hospitals_ru"] in whole

    # the contents: one page number per entry, and each heading on the page it gives
    numbers = contents_numbers(path)
    entries = [("direction", "D1"), ("section", "D1.1"), ("section", "D1.2"),
               ("direction", "D2"), ("section", "D2.2"), ("section", "D2.4"),
               ("direction", "D3"), ("section", "D3.2"), ("annex", None)]  # fmt: skip
    assert len(numbers) == len(entries)
    for (kind, code), page in zip(entries, numbers, strict=True):
        shown = pages[page - 1]
        if kind == "annex":
            assert shown.startswith(flat(WORDS["annex"][first]))
        elif kind == "direction":
            assert shown.startswith(code[1:] + ". ") and f"({code})" in shown[:200]
        else:
            assert f"({code})" in shown
    annex_page = numbers[-1]

    # the annex: every proposal of a line, its line's number on its row, merged ones so marked
    annex = " ".join(pages[annex_page - 1 :])
    merged_word = WORDS["merged"][first]
    rows = re.findall(r"(\d\.\d\.\d) (7[15]-\w+-2026-001) (\d\d\.\d\d\.2026)", annex)
    assert [number for number, _m, _d in rows] == [
        number for number, _key, merged in LINES for _ in range(1 + len(merged))
    ]
    assert annex.count(merged_word) == 2
    assert "ТОО «Ақ жол»" in annex and "ГУ «Білім»" in annex
    assert re.search(r"1\.1\.1 75-\w+-2026-001 20\.09\.2026", annex)
    last = WORDS["page_of"][first].format(page=len(pages), pages=len(pages))
    assert last in pages[-1]


def test_the_pdf_embeds_only_the_bundled_font(campaign: Campaign, tmp_path: Path) -> None:
    path = tmp_path / "prospectus.pdf"
    with campaign.hq.database.session() as session:
        write_prospectus(session, "kk+ru", path, as_of=AS_OF)
    fonts = set()
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("PTSans" in name for name in fonts), fonts


@pytest.mark.parametrize("language", ["kk", "ru", "kk+ru"])
def test_the_word_file_has_the_same_lines_headings_contents_and_annex(
    campaign: Campaign, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "prospectus.docx"
    with campaign.hq.database.session() as session:
        done = write_prospectus(session, language, path, as_of=AS_OF)
    assert (done.lines, done.proposals) == (7, 9)
    body, tables = docx_text(path)
    wanted, foreign = _labels(language)
    everything = body + " " + " ".join(flat(c) for t in tables for r in t for c in r)
    assert all(flat(words) in everything for words in wanted)
    assert not any(flat(words) in everything for words in foreign)
    for number, key, _merged in LINES:
        assert body.count(TEXTS[key]) == 1
        assert re.search(re.escape(number) + COMMENT + re.escape(TEXTS[key]), body)
    for key in NOT_LINES:
        assert TEXTS[key] not in body
    assert KAZAKH_LETTERS in body
    document = docx.Document(str(path))
    headings = [p.text.split("\n")[0] for p in document.paragraphs
                if p.style.name in ("Heading 1", "Heading 2")]  # fmt: skip
    assert [h.split(".")[0] for h in headings if h[:1].isdigit() and ". " in h[:6]][:1] == ["1"]
    assert "TOC \\o" in document.element.xml
    # one annex table per section, a row per proposal of its lines under a header row
    assert len(tables) == len(SECTIONS)
    rows = [row for table in tables for row in table[1:]]
    assert [row[0] for row in rows] == [
        number for number, _key, merged in LINES for _ in range(1 + len(merged))
    ]
    first_line = [row for row in rows if row[0] == "1.1.1"]
    assert [row[4] for row in first_line] == ["ОФ «Мейірім»", "ТОО «Ақ жол»", "ГУ «Білім»"]
    assert [row[2] for row in first_line] == ["16.09.2026", "16.09.2026", "20.09.2026"]


def test_the_pdf_and_the_word_file_show_the_same_outline(
    campaign: Campaign, tmp_path: Path
) -> None:
    from khdesk.documents.prospectus import prospectus_outline

    with campaign.hq.database.session() as session:
        outline = prospectus_outline(build_prospectus(session, as_of=AS_OF), "kk+ru")
        write_prospectus(session, "kk+ru", tmp_path / "p.pdf", as_of=AS_OF)
        write_prospectus(session, "kk+ru", tmp_path / "p.docx", as_of=AS_OF)
    pdf = " ".join(pdf_pages(tmp_path / "p.pdf"))
    body, tables = docx_text(tmp_path / "p.docx")
    word_file = body + " " + " ".join(flat(c) for t in tables for r in t for c in r)
    for block in outline.blocks:
        for _language, words in block.words:
            assert flat(words) in word_file, words
            assert flat(words) in pdf, words
        if block.body:
            assert flat(block.body) in pdf and flat(block.body) in word_file
        for row in block.rows:
            for cell in row:
                assert flat(cell) in word_file


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_with_nothing_accepted_the_file_says_so(
    network: tuple[Site, Site, Site], tmp_path: Path, suffix: str
) -> None:
    hq = network[0]
    path = tmp_path / f"empty.{suffix}"
    with hq.database.session() as session:
        done = write_prospectus(session, "ru", path, as_of=AS_OF)
    assert done.empty
    shown = " ".join(pdf_pages(path)) if suffix == "pdf" else docx_text(path)[0]
    assert flat(WORDS["nothing"]["ru"]) in shown
    assert WORDS["contents"]["ru"] not in shown


def test_a_moved_section_takes_its_lines_and_one_accepted_without_section_goes_last(
    campaign: Campaign,
) -> None:
    with campaign.hq.database.transaction() as session:
        connection = session.connection()
        connection.execute(text("UPDATE section SET direction_code = 'D3' WHERE code = 'D2.4'"))
        connection.execute(
            text("UPDATE proposalreview SET accepted_section_code = NULL WHERE proposal_id = :id"),
            {"id": campaign.ids["hospitals_ru"]},
        )
    found = prospectus_of(campaign.hq)
    shape = [(d.code, [(s.number, s.code) for s in d.sections]) for d in found.directions]
    assert shape == [
        ("D1", [("1.1", "D1.1"), ("1.2", "D1.2"), ("1.3", None)]),
        ("D2", [("2.1", "D2.2")]),
        ("D3", [("3.1", "D2.4"), ("3.2", "D3.2")]),  # in the reference data's order
    ]
    assert [line.proposal_id for line in found.sections[2].lines] == [campaign.ids["hospitals_ru"]]
    with campaign.hq.database.session() as session:
        from khdesk.documents.prospectus import prospectus_outline

        outline = prospectus_outline(build_prospectus(session, as_of=AS_OF), "ru")
    headings = [b.words[0][1] for b in outline.blocks if b.role == "section"]
    assert headings[2] == "1.3. " + WORDS["no_section"]["ru"]
