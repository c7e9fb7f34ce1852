"""Languages: loading the translations of the chosen language, and names in that language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from khdesk.paths import resources_dir

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_language(language: str) -> bool:
    """Switch every translated text to ``language`` at once; False when no translation exists."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    # Qt's own texts first (standard buttons, Yes/No, the text fields' context menus) …
    qt_texts = QTranslator(app)
    if qt_texts.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    # … then khdesk's, which win where both translate the same text
    translator = QTranslator(app)
    if translator.load(f"khdesk_{language}", translations_dir()):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return language == "en"  # English is the source text


def name_column(language: str) -> str:
    """The column of reference tables (name_kk, name_ru, name_en) for ``language``."""
    return f"name_{language if language in LANGUAGES else 'en'}"
