"""Translations: Kazakh and Russian are complete, keep their placeholders, and load."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator

from khdesk.paths import resources_dir

FOLDER = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


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


def _sample(name: str, spec: str) -> object:
    return 12345 if spec else f"⟨{name}⟩"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_message_of_the_core_is_translated_with_its_values(language: str) -> None:
    """Every template the core raises and every label it uses has a translation that keeps each
    of its values (rendered with sample values, each must come out)."""
    import string

    from khdesk.domain.errors import Message
    from khdesk.ui.core_texts import TEXTS

    translator = QTranslator()
    assert translator.load(f"khdesk_{language}", str(FOLDER))
    untranslated, lost = [], []
    for context, text in TEXTS:
        translated = translator.translate(context, text)
        if not translated or (translated == text and any(c.isalpha() for c in text)):
            untranslated.append(f"{context}: {text}")
            continue
        if context != "Messages":
            continue
        fields = {
            name: _sample(name, spec or "")
            for _, name, spec, _ in string.Formatter().parse(text)
            if name
        }
        shown = Message(text, **fields).render(
            lambda source, ctx: translator.translate(ctx, source) or source
        )
        missing = [str(value) for value in fields.values() if str(value) not in shown
                   and not (isinstance(value, int) and f"{value:,}" in shown)]  # fmt: skip
        if missing:
            lost.append(f"{text} -> {shown}")
    assert untranslated == [], f"{len(untranslated)} core texts lack a {language} translation"
    assert lost == [], "translations that lose a value"
