"""Two documents written at once in two threads (a preview being written while the secretary
picks another document) both come out whole and readable."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus import Paragraph

from khdesk.documents.layout import styles, write_pdf

KAZAKH = "Әсел Ғалымжанқызы Қайратұлы Ңң Өмірбек Ұлан Үміт Һ Іңкәр"


def test_documents_written_at_once_never_read_each_others_glyphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cutting a subset out of a font face is where two documents would meet: it is made slow
    # here, so two threads inside it at once would certainly be seen.
    inside = 0
    most_inside = 0
    guard = threading.Lock()
    original = TTFontFile.makeSubset

    def slow_subset(face: TTFontFile, subset: Any) -> bytes:
        nonlocal inside, most_inside
        with guard:
            inside += 1
            most_inside = max(most_inside, inside)
        try:
            time.sleep(0.05)
            return original(face, subset)  # type: ignore[no-any-return]
        finally:
            with guard:
                inside -= 1

    monkeypatch.setattr(TTFontFile, "makeSubset", slow_subset)
    failures: list[BaseException] = []
    paths = [tmp_path / f"document-{n}.pdf" for n in range(4)]

    def write(path: Path) -> None:
        try:
            story = [Paragraph(KAZAKH, styles()["body"]) for _ in range(20)]
            write_pdf(path, story, title=path.stem, footer=lambda canvas, page, pages: None)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=write, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert most_inside == 1
    for path in paths:
        text = PdfReader(path).pages[0].extract_text()
        assert "Ғалымжанқызы Қайратұлы" in text
