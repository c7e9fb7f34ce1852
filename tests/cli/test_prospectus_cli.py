"""``khdesk prospectus`` as a script uses it: the suffix chooses PDF or Word, errors are one line
with exit 2, and with nothing accepted the file is written and says so."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest

from khdesk.documents.prospectus import WORDS
from tests.cli.running import one_line_error, run
from tests.io.files import write_csv

TEXTS = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау",
    "Мектептерге компьютер сыныптары керек",
    "Жастарға арналған гранттар туралы ақпарат",
)


@pytest.fixture
def ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[str]:
    """Headquarters holding three proposals of a plenary, in TEXTS' order."""
    run(capsys, "init", "--role", "hq", "--name", "Дана Серікова")
    code, out, err = run(
        capsys, "meetings", "create", "--kind", "plenary", "--date", "2026-11-20",
        "--title", "Пленарлық отырыс",
    )  # fmt: skip
    assert code == 0, err
    path = write_csv(
        tmp_path / "proposals.csv", [["Мәтін", "Бағыт"], *[[text, "D1"] for text in TEXTS]]
    )
    assert run(capsys, "proposals", "import", out.strip(), str(path))[0] == 0
    code, out, _ = run(capsys, "proposals", "list", "--json")
    return [row["id"] for row in json.loads(out)]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_the_suffix_chooses_pdf_or_word_and_the_line_says_what_is_in_it(
    capsys: pytest.CaptureFixture[str], ids: list[str], tmp_path: Path
) -> None:
    for proposal, section in ((ids[0], "D1.1"), (ids[2], "D2.4")):
        assert run(capsys, "review", "set", proposal, "--status", "accepted",
                   "--section", section)[0] == 0  # fmt: skip
    assert run(capsys, "review", "set", ids[1], "--status", "merged", "--into", ids[0])[0] == 0
    pdf = tmp_path / "out" / "prospectus.pdf"
    code, out, err = run(capsys, "prospectus", "--lang", "kk", "--out", str(pdf))
    assert code == 0, err
    assert out.strip() == (
        f"prospectus draft written to {pdf}: 2 lines from 3 proposals in 2 sections"
    )
    whole = pdf_text(pdf)
    assert "1.1.1 " + TEXTS[0] in whole and "2.1.1 " + TEXTS[2] in whole
    assert TEXTS[1] not in whole  # merged: in the annex under 1.1.1, not a line
    assert WORDS["merged"]["kk"] in whole

    word_file = tmp_path / "prospectus.DOCX"
    code, out, err = run(capsys, "prospectus", "--lang", "ru", "--out", str(word_file))
    assert code == 0, err
    body = " ".join(p.text for p in docx.Document(str(word_file)).paragraphs)
    assert WORDS["contents"]["ru"] in body and TEXTS[0] in body and TEXTS[1] not in body


def test_the_default_language_is_kazakh_with_russian(
    capsys: pytest.CaptureFixture[str], ids: list[str], tmp_path: Path
) -> None:
    run(capsys, "review", "set", ids[0], "--status", "accepted", "--section", "D1.1")
    pdf = tmp_path / "p.pdf"
    assert run(capsys, "prospectus", "--out", str(pdf))[0] == 0
    whole = pdf_text(pdf)
    assert WORDS["contents"]["kk"] in whole and WORDS["contents"]["ru"] in whole


def test_with_nothing_accepted_the_file_is_written_and_says_so(
    capsys: pytest.CaptureFixture[str], ids: list[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "empty.pdf"
    code, out, _ = run(capsys, "prospectus", "--lang", "ru", "--out", str(pdf))
    assert code == 0
    assert out.strip() == (
        f"prospectus draft written to {pdf}: no proposal is accepted yet, it says so"
    )
    assert " ".join(WORDS["nothing"]["ru"].split()) in pdf_text(pdf)


def test_errors_are_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], ids: list[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "prospectus", "--out", str(tmp_path / "prospectus.odt"))
    assert code == 2
    assert one_line_error(err) == (
        "khdesk: cannot write 'prospectus.odt': give the prospectus a .pdf or .docx file name."
    )
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    code, _, err = run(capsys, "prospectus", "--out", str(a_file / "prospectus.pdf"))
    assert code == 2
    assert one_line_error(err).startswith("khdesk: ")
    assert not (tmp_path / "prospectus.odt").exists()
    code, _, err = run(capsys, "prospectus", "--lang", "de", "--out", str(tmp_path / "p.pdf"))
    assert code == 2 and "invalid choice: 'de'" in one_line_error(err)


def test_a_region_writes_no_prospectus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "init", "--role", "facilitator", "--region", "71")
    code, _, err = run(capsys, "prospectus", "--out", str(tmp_path / "p.pdf"))
    assert code == 2
    assert one_line_error(err) == (
        "khdesk: the prospectus draft is written at headquarters, from its review of the "
        "proposals: this region's installation reviews none."
    )
    assert not (tmp_path / "p.pdf").exists()
