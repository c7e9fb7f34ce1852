"""``khdesk documents`` at headquarters: a draft from two UTF-8 files, a paragraph changed,
versions published, ``list --json`` and ``show`` with numbered lines; a wrong file is one
sentence."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.cli.running import one_line_error, run

pytestmark = pytest.mark.sqlite_only


def _texts(tmp_path: Path) -> tuple[Path, Path]:
    kk, ru = tmp_path / "kk.txt", tmp_path / "ru.txt"
    kk.write_text("Ауыл мектептерін қолдаймыз.\n\nӘлеуметтік қорғауды нығайтамыз.\n", "utf-8")
    ru.write_text("Поддерживаем сельские школы.\n\nУкрепляем социальную защиту.\n", "utf-8")
    return kk, ru


def test_a_declaration_is_drafted_published_and_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "init", "--role", "hq", "--name", "Орталық аппарат")[0] == 0
    kk, ru = _texts(tmp_path)
    code, out, err = run(
        capsys, "documents", "new", "--kind", "declaration", "--title-kk", "Декларация",
        "--title-ru", "Декларация", "--kk", str(kk), "--ru", str(ru),
    )  # fmt: skip
    assert code == 0, err
    document = out.split()[0]
    assert run(capsys, "documents", "publish", document)[0] == 0
    code, _, err = run(
        capsys, "documents", "paragraph", document, "2", "--kk", "Әлеуметтік қорғау мен атаулы "
        "қолдауды нығайтамыз.",
    )  # fmt: skip
    assert code == 0, err
    assert run(capsys, "documents", "publish", document)[0] == 0
    code, out, _ = run(capsys, "documents", "list", "--json")
    (listed,) = orjson.loads(out)
    assert listed["kind"] == "declaration" and listed["versions"] == 2
    assert listed["titles"] == {"kk": "Декларация", "ru": "Декларация"}
    assert listed["adopted"] is False
    code, out, _ = run(capsys, "documents", "show", document, "--number", "1")
    assert "(version 1)" in out and "Әлеуметтік қорғауды нығайтамыз." in out
    code, out, _ = run(capsys, "documents", "show", document)
    assert "(version 2)" in out and "атаулы" in out
    assert "   1    ¶1  Ауыл мектептерін қолдаймыз." in out


def test_a_text_that_is_not_utf8_or_not_there_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "init", "--role", "hq", "--name", "Орталық аппарат")
    kk, ru = _texts(tmp_path)
    kk.write_bytes("Ауыл мектептері".encode("cp1251", errors="replace"))
    code, _, err = run(
        capsys, "documents", "new", "--kind", "appeal", "--title-kk", "Үндеу", "--title-ru",
        "Обращение", "--kk", str(kk), "--ru", str(ru),
    )  # fmt: skip
    assert code == 2 and "is not UTF-8 text" in one_line_error(err)
    code, _, err = run(
        capsys, "documents", "new", "--kind", "appeal", "--title-kk", "Үндеу", "--title-ru",
        "Обращение", "--kk", str(tmp_path / "none.txt"), "--ru", str(ru),
    )  # fmt: skip
    assert code == 2 and "cannot read none.txt" in one_line_error(err)
    code, out, _ = run(capsys, "documents", "list")
    assert "no documents yet" in out


def test_amendments_are_recorded_reviewed_and_the_adopted_text_exported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The whole path on the command line, at headquarters' own plenary: an amendment, its
    review, the word-by-word difference, the vote and the documents."""
    from pypdf import PdfReader

    run(capsys, "init", "--role", "hq", "--name", "Орталық аппарат")
    kk, ru = _texts(tmp_path)
    document = run(
        capsys, "documents", "new", "--kind", "appeal", "--title-kk", "Үкіметке үндеу",
        "--title-ru", "Обращение к Правительству", "--kk", str(kk), "--ru", str(ru),
    )[1].split()[0]  # fmt: skip
    run(capsys, "documents", "publish", document)
    code, out, err = run(
        capsys, "meetings", "create", "--kind", "plenary", "--date", "2026-11-28", "--title",
        "Пленарлық отырыс",
    )  # fmt: skip
    assert code == 0, err
    meeting = out.split()[0]
    code, _, err = run(
        capsys, "documents", "amend", meeting, document, "--action", "replace", "--paragraph",
        "2", "--lang", "ru", "--ru", "Укрепляем социальную защиту и адресную поддержку.",
        "--lines", "9-9", "--by", "Ким Олег",
    )  # fmt: skip
    assert code == 2 and "has lines 2–2 in this language" in one_line_error(err)
    code, out, err = run(
        capsys, "documents", "amend", meeting, document, "--action", "replace", "--paragraph",
        "2", "--lang", "ru", "--ru", "Укрепляем социальную защиту и адресную поддержку.",
        "--by", "Ким Олег",
    )  # fmt: skip
    assert code == 0, err
    amendment = out.split()[0]
    code, _, err = run(capsys, "documents", "review", amendment, "accepted")
    assert code == 2 and "worded in Russian only: give the Kazakh wording" in one_line_error(err)
    code, _, err = run(
        capsys, "documents", "review", amendment, "accepted", "--kk",
        "Әлеуметтік қорғау мен атаулы қолдауды нығайтамыз.",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "documents", "amendments", document, "--json")
    (changed,) = [p for p in orjson.loads(out) if p["amendments"]]
    assert changed["paragraph"] == 2 and changed["amendments"][0]["outcome"] == "accepted"
    run(capsys, "documents", "publish", document)
    code, out, _ = run(capsys, "documents", "diff", document, "1", "2", "--lang", "ru")
    assert "¶2 changed: Укрепляем социальную защиту {+и адресную поддержку+}." in out
    code, _, err = run(
        capsys, "documents", "adopt", document, "--for", "90", "--against", "3", "--abstained",
        "2", "--present", "90", "--on", "2026-11-28",
    )  # fmt: skip
    assert code == 2 and "95 votes, but 90 people are present" in one_line_error(err)
    code, _, err = run(
        capsys, "documents", "adopt", document, "--for", "90", "--against", "3", "--abstained",
        "2", "--present", "97", "--on", "2026-11-28", "--meeting", "00-2026-999",
    )  # fmt: skip
    assert code == 2 and "00-2026-999" in one_line_error(err)  # no such meeting: not adopted
    code, out, err = run(
        capsys, "documents", "adopt", document, "--for", "90", "--against", "3", "--abstained",
        "2", "--present", "97", "--on", "2026-11-28", "--meeting", meeting,
    )  # fmt: skip
    assert code == 0 and "version 2 adopted on 28.11.2026" in out, err
    code, _, err = run(capsys, "documents", "paragraph", document, "1", "--kk", "Басқа.")
    assert code == 2 and "its text is frozen" in one_line_error(err)
    listed = orjson.loads(run(capsys, "documents", "list", "--json")[1])[0]
    assert listed["adopted"] is True and listed["amendments"] == {"accepted": 1}
    for name in ("adopted.pdf", "adopted.docx", "draft.pdf", "amendments.docx"):
        what = name.split(".")[0]
        code, _, err = run(
            capsys, "documents", "export", document, what, "--out", str(tmp_path / name)
        )
        assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "adopted.pdf").pages)
    assert "атаулы қолдауды нығайтамыз" in text and "адресную поддержку" in text
    from docx import Document

    words = "\n".join(p.text for p in Document(str(tmp_path / "adopted.docx")).paragraphs)
    assert "Әлеуметтік қорғау мен атаулы қолдауды нығайтамыз." in words
    assert "Принят 28.11.2026 (версия 2); заседание: № " in words
    assert "«Пленарлық отырыс»" in words
    draft = " ".join(page.extract_text() for page in PdfReader(tmp_path / "draft.pdf").pages)
    assert "¶ 2" in draft
    code, _, err = run(capsys, "documents", "export", document, "adopted", "--out", "x.odt")
    assert code == 2 and "neither a .pdf nor a .docx" in one_line_error(err)
