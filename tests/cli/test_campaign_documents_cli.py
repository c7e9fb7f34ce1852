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
