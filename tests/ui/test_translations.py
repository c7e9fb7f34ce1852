"""Translations: Kazakh and Russian are complete, keep their placeholders, and load."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator

from khdesk.paths import resources_dir

FOLDER = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(language: str) -> list[tuple[str, str, ElementTree.Element]]:
    tree = ElementTree.parse(FOLDER / f"khdesk_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_text_is_translated(language: str) -> None:
    unfinished = []
    for context, source, message in _messages(language):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            unfinished.append(f"{context}: {source}")
    assert unfinished == [], f"{len(unfinished)} texts lack a {language} translation"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for context, source, message in _messages(language):
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            context,
            source,
        )
        if "&" in source.replace("&&", ""):
            assert "&" in translation.replace("&&", ""), (context, source)


def test_kazakh_translations_use_kazakh_letters() -> None:
    texts = " ".join(message.findtext("translation") or "" for *_, message in _messages("kk"))
    assert set("ӘҒҚҢӨҰҮҺІәғқңөұүһі") & set(texts) >= set("әғқңөұүі")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_compiled_translations_load(language: str) -> None:
    assert QTranslator().load(f"khdesk_{language}", str(FOLDER))
    assert Path(FOLDER / f"khdesk_{language}.qm").stat().st_size > 0
