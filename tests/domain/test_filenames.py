"""File names from outside are kept to be shown, cleaned of everything that makes them paths."""

from __future__ import annotations

import pytest

from khdesk.domain.filenames import MAX_NAME, display_name, is_display_name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Қол қойылған парақ.pdf", "Қол қойылған парақ.pdf"),
        ("../../../../etc/passwd", "passwd"),
        ("C:\\Windows\\System32\\evil.exe", "evil.exe"),
        ("D:report.pdf", "report.pdf"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("a\x00b\x1b[2J.png", "a_b_[2J.png"),
        ("what?*.png", "what__.png"),
        ("  ..hidden. ", "hidden"),
        ("\u202egnp.exe", "_gnp.exe"),
        ("", "file"),
        ("...", "file"),
    ],
)
def test_a_name_from_outside_becomes_a_name_to_show(name: str, shown: str) -> None:
    assert display_name(name) == shown
    assert is_display_name(shown)


def test_a_long_name_keeps_its_ending() -> None:
    shown = display_name("ә" * 300 + ".pdf")
    assert len(shown) == MAX_NAME
    assert shown.endswith(".pdf")


def test_only_a_cleaned_name_passes_as_one() -> None:
    assert not is_display_name("../x.pdf")
    assert not is_display_name("")
    assert is_display_name("парақ.png")
