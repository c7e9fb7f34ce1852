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
        if kind in ("unfinished", "vanished", "obsolete") or not all(_texts(message)):
            unfinished.append(f"{context}: {source}")
    assert unfinished == [], f"{len(unfinished)} texts lack a {language} translation"


def _texts(message: ElementTree.Element) -> list[str]:
    """A message's translation, or each plural form of it (Russian has three, Kazakh two)."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [(form.text or "").strip() for form in translation.iter("numerusform")] or [""]
    return [(translation.text or "").strip()]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for context, source, message in _messages(language):
        for translation in _texts(message):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), (context, source)
            if "%n" in source:
                assert "%n" in translation, (context, source)
            if "&" in source.replace("&&", ""):
                assert "&" in translation.replace("&&", ""), (context, source)


def test_kazakh_translations_use_kazakh_letters() -> None:
    texts = " ".join(" ".join(_texts(message)) for *_, message in _messages("kk"))
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


# --- the glossary (docs/window-guide.md, «Terms») ------------------------------------------------

#: a text about checking someone in (one that speaks of registering too says both)
CHECK_IN = r"(?i)^(?!.*regist).*\bcheck(?:ed|s)?[- ]&?in\b"

#: (what, a pattern of the English source or None for every text, its language, what the
#: translation must say, what it must not say)
GLOSSARY: list[tuple[str, str | None, str, str | None, str | None]] = [
    ("headquarters", None, "kk", None, r"(?i)\bштаб"),
    ("headquarters", None, "ru", None, r"(?i)\bштаб"),
    ("headquarters", r"(?i)\bheadquarters\b", "kk", r"(?i)орталық аппарат", None),
    ("headquarters", r"(?i)\bheadquarters\b", "ru", r"(?i)центральн\w* аппарат", None),
    ("check-in", CHECK_IN, "kk", r"белгі", r"(?i)тірке"),
    ("check-in", CHECK_IN, "ru", r"(?i)отме", r"(?i)регистр"),
    ("a revoked device", r"(?i)\brevok", "kk", r"күш\w* жой", r"кері қайтар"),
    ("a revoked device", r"(?i)\brevok", "ru", r"(?i)отоз|отзыв|отзов", None),
    ("the People page", r"^&?People$", "kk", r"^Адамдар$", None),
    ("the People page", r"^&?People$", "ru", r"^Люди$", None),
    ("the participants tab", r"Participants$", "kk", r"Қатысушылар$", None),
    ("the participants tab", r"Participants$", "ru", r"Участники$", None),
    ("electronic", None, "kk", None, r"(?i)электронды(?!қ)"),
    ("e-mail", None, "kk", None, r"(?i)электрондық пошта|\be-mail\b|имейл"),
    ("e-mail", None, "ru", None, r"(?i)электронн\w* почт|\be-mail\b|\b(?:и|е)?мейл"),
    ("e-mail", r"(?i)(?<!an )\be-mails?\b", "kk", r"(?i)эл\. пошт", None),
    ("e-mail", r"(?i)(?<!an )\be-mails?\b", "ru", r"(?i)эл\. почт", None),
    ("in person", r"(?i)^in person$", "kk", r"(?i)^бетпе-бет$", None),
    ("in person", r"(?i)^in person$", "ru", r"(?i)^очн(?:о|ый)$", None),
    ("online", r"(?i)^online$", "kk", r"(?i)^онлайн$", None),
    ("online", r"(?i)^online$", "ru", r"(?i)^онлайн$", None),
    ("hybrid", r"(?i)^hybrid$", "kk", r"(?i)^аралас$", None),
    ("hybrid", r"(?i)^hybrid$", "ru", r"(?i)^смешанный$", None),
    ("format", None, "kk", None, r"(?i)гибрид|тікелей қатыс"),
    ("format", None, "ru", None, r"(?i)гибридн|дистанционн|\bлично\b"),
    ("quotation marks «…»", None, "kk", None, r"['\"“”„]"),
    ("quotation marks «…»", None, "ru", None, r"['\"“”„]"),
    ("the ellipsis …", None, "kk", None, r"\.\.\."),
    ("the ellipsis …", None, "ru", None, r"\.\.\."),
]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_to_the_glossary(language: str) -> None:
    """Each term reads the same everywhere: a text about checking in says «келгенін белгілеу»
    (never «тіркеу», which is registering), headquarters is «Орталық аппарат» (never «штаб»), a
    revoked device's is «күші жойылған», quotes are «…», and so on."""
    broken = []
    for context, source, message in _messages(language):
        translation = (message.findtext("translation") or "").replace("&", "")
        if not translation.strip():
            continue  # a new text still to be translated
        for what, about, applies, must, must_not in GLOSSARY:
            if applies != language or (about and not re.search(about, source)):
                continue
            if must and not re.search(must, translation):
                broken.append(f"{what}: {context}: {source!r} -> {translation!r}")
            if must_not and re.search(must_not, translation):
                broken.append(f"{what}: {context}: {source!r} -> {translation!r}")
    assert broken == []


def test_a_glossary_term_out_of_place_is_caught() -> None:
    """The glossary's patterns find what they are there for."""

    def forbidden(language: str, text: str) -> list[str]:
        return [
            what
            for what, about, applies, _must, must_not in GLOSSARY
            if applies == language and about is None and must_not and re.search(must_not, text)
        ]

    assert forbidden("kk", "Штабқа жіберу...") == ["headquarters", "the ellipsis …"]
    assert forbidden("ru", "Отправить в штаб 'сейчас'") == ["headquarters", "quotation marks «…»"]
    assert forbidden("ru", "в масштабе области") == []
    assert forbidden("ru", "адрес электронной почты") == ["e-mail"]
    assert forbidden("kk", "электронды түрде") == ["electronic"]


KAZAKH_ONLY = "әғқңөұүһі"


def _mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1 : index + 2].lower() if index != -1 else ""


def test_kazakh_accelerators_are_on_letters_a_russian_layout_types() -> None:
    """Alt+Қ cannot be typed with a Russian layout, which many Kazakh users switch to: every
    Kazakh accelerator is on a letter both layouts have."""
    on_kazakh_letters = [
        f"{context}: {message.findtext('translation')}"
        for context, _source, message in _messages("kk")
        if _mnemonic(message.findtext("translation") or "") in set(KAZAKH_ONLY)
    ]
    assert on_kazakh_letters == []
