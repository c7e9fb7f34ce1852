"""The Kazakh and Russian interface as a user walks through it: every screen (the meetings list,
an open and a closed meeting's eight tabs, the People page, each dialog of the menus, the
welcome) shows no English, and no two things on one screen answer the same Alt+letter; Kazakh
accelerators use letters that a Russian keyboard layout types too."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from khdesk.ui.context import AppContext
from khdesk.ui.i18n import install_language
from khdesk.ui.main_window import MainWindow
from tests.sync.sites import Site, make_site
from tests.ui.conftest import Settle
from tests.ui.screens import (
    Screen,
    accelerators,
    every_headquarters_screen,
    every_screen,
    menu_accelerators,
    mnemonic,
    visible_texts,
)

#: letters of the Kazakh alphabet that a Russian keyboard layout does not have
KAZAKH_ONLY = set("әғқңөұүһі")

#: names that stay as they are in every language: products, formats, keys of the keyboard
PROPER = {
    "khdesk", "Zoom", "CSV", "PDF", "Excel", "Word", "Qt", "PySide", "PySide6", "Python",
    "USB", "SQLite", "JSON", "Tabler", "Icons",
    "English",  # the language menu names each language in itself
    "Ctrl", "Alt", "Shift", "Meta", "Enter", "Return", "Delete", "Del", "Backspace", "Tab",
    "Esc", "Home", "End", "PgUp", "PgDown", "Left", "Right", "Up", "Down", "Space", "Ins",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    """The words of ``text`` that are English left untranslated: three Latin letters or more,
    not a placeholder, a proper name, an abbreviation or code in capitals, a file name, a path,
    an address or a number with letters in it (a meeting's number, a device's id)."""
    found = []
    for token in PLACEHOLDER.sub(" ", text.replace("&", "")).split():
        if any(mark in token for mark in "/\\@:") or any(c.isdigit() for c in token):
            continue  # a path, a URL, an e-mail, a time, a number or code
        if re.search(r"\.[A-Za-z]{2,4}\W*$", token):
            continue  # a file name or its extension (report.csv, .khr)
        for word in LATIN_WORD.findall(token):
            if word in PROPER or word.isupper():
                continue
            found.append(word)
    return found


def test_english_words_are_found_and_names_are_not() -> None:
    assert english_words("&Save the card…") == ["Save", "the", "card"]
    assert english_words("Картаны сақтау (Ctrl+S)") == []
    assert english_words("khdesk 0.1.0 · facilitator") == ["facilitator"]
    assert english_words("khdesk 0.1.0 · фасилитатор") == []
    assert english_words("«Zoom» есебі, report.csv (.khr), CSV, PDF, /tmp/data") == []
    assert english_words("{count} жол · 71-LVZB-2026-001") == []


@pytest.fixture
def site(tmp_path: Path, template_db: Path) -> Iterator[Site]:
    """A region's laptop with its keys (headquarters opens on pages of its own)."""
    made = make_site(tmp_path, template_db, "Астана", "facilitator", "71")
    yield made
    made.database.close()


def _walk(
    qtbot: QtBot,
    site: Site,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    language: str,
) -> Iterator[Screen]:
    install_language(language)
    context = AppContext(database=site.database, data_dir=site.folder, language=language)
    try:
        yield from every_screen(qtbot, context, site.actor, settle, monkeypatch, told)
    finally:
        context.operations.shutdown()
        install_language("en")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_screen_shows_english(
    qtbot: QtBot,
    site: Site,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    no_waiting_message_boxes: list[str],
    language: str,
) -> None:
    english = []
    walked = []
    for screen in _walk(qtbot, site, settle, monkeypatch, no_waiting_message_boxes, language):
        walked.append(screen.name)
        for what, text in visible_texts(screen):
            if words := english_words(text):
                english.append(f"{screen.name}, {what}: {text!r} ({' '.join(words)})")
    assert len(walked) >= 17  # the list, 2 × 7 tabs, People, the welcome and the dialogs
    assert not english, "\n".join(english)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_two_things_on_a_screen_share_an_accelerator(
    qtbot: QtBot,
    site: Site,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    no_waiting_message_boxes: list[str],
    language: str,
) -> None:
    """The menu bar's titles are among each screen's (Alt+letter opens a menu from anywhere
    in the window); each menu's items are checked among themselves."""
    clashes, kazakh_only = [], []
    menus_checked = False
    for screen in _walk(qtbot, site, settle, monkeypatch, no_waiting_message_boxes, language):
        groups = [(screen.name, accelerators(screen))]
        if not menus_checked and screen.menus:
            groups += [(f"the menu {m.title()!r}", menu_accelerators(m)) for m in screen.menus]
            menus_checked = True
        for where, found in groups:
            by_letter = defaultdict(list)
            for letter, text in found:
                by_letter[letter].append(text)
                if letter in KAZAKH_ONLY:
                    kazakh_only.append(f"{where}: {text!r}")
            clashes += [
                f"{where}: Alt+{letter.upper()} is {' and '.join(map(repr, texts))}"
                for letter, texts in by_letter.items()
                if len(texts) > 1
            ]
    assert menus_checked
    assert not clashes, "\n".join(clashes)
    assert not kazakh_only, "\n".join(sorted(set(kazakh_only)))


def test_the_status_bar_names_the_role_in_the_language_chosen(
    qtbot: QtBot, context: AppContext, settle: Settle
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(context)
    assert window.counts.text().endswith("· facilitator")
    for language, role in (("kk", "фасилитатор"), ("ru", "фасилитатор")):
        window.language_actions[language].trigger()
        settle(context)
        assert window.counts.text().endswith(f"· {role}")
        assert english_words(window.counts.text()) == []
    window.language_actions["en"].trigger()


def test_the_mnemonic_is_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Син&хрондау") == "х"
    assert mnemonic("Tom && &Jerry") == "j"
    assert mnemonic("R&&D") == ""


def _clashes(where: str, found: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Two things answering one Alt+letter, and letters a Russian keyboard layout lacks."""
    by_letter = defaultdict(list)
    for letter, text in found:
        by_letter[letter].append(text)
    clashes = [
        f"{where}: Alt+{letter.upper()} is {' and '.join(map(repr, texts))}"
        for letter, texts in by_letter.items()
        if len(texts) > 1
    ]
    return clashes, [f"{where}: {text!r}" for letter, text in found if letter in KAZAKH_ONLY]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_page_of_headquarters_shows_english_or_shares_an_accelerator(
    qtbot: QtBot,
    tmp_path: Path,
    template_db: Path,
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
    no_waiting_message_boxes: list[str],
    language: str,
) -> None:
    headquarters = make_site(tmp_path, template_db, "Орталық аппарат", "hq")
    install_language(language)
    context = AppContext(
        database=headquarters.database, data_dir=headquarters.folder, language=language
    )
    english, walked, clashes, kazakh_only = [], [], [], []
    try:
        for screen in every_headquarters_screen(
            qtbot, context, headquarters.actor, settle, monkeypatch, no_waiting_message_boxes
        ):
            walked.append(screen.name)
            for what, text in visible_texts(screen):
                if words := english_words(text):
                    english.append(f"{screen.name}, {what}: {text!r} ({' '.join(words)})")
            found, lacking = _clashes(screen.name, accelerators(screen))
            clashes += found
            kazakh_only += lacking
    finally:
        context.operations.shutdown()
        install_language("en")
        headquarters.database.close()
    assert len(walked) >= 7  # every page of the side bar
    assert not english, "\n".join(english)
    assert not clashes, "\n".join(clashes)
    assert not kazakh_only, "\n".join(sorted(set(kazakh_only)))
