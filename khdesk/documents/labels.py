"""The fixed words of documents in Kazakh, Russian and English, and the "kk+ru" pairing.

The protocol's own terms come from resources/reference/protocol-terms.csv (so that a secretary's
correction needs no code change); the few words documents need beyond them are here.
"""

from __future__ import annotations

import csv
from functools import cache

from khdesk.domain.errors import InvalidInput
from khdesk.paths import reference_dir

LANGUAGES = ("kk", "ru", "en", "kk+ru")

EXTRA = {
    "number": {"kk": "№", "ru": "№", "en": "No."},
    "date": {"kk": "Күні", "ru": "Дата", "en": "Date"},
    "place": {"kk": "Өткізілген орны", "ru": "Место проведения", "en": "Place"},
    "online": {"kk": "Онлайн", "ru": "Онлайн", "en": "Online"},
    "total": {"kk": "Барлығы", "ru": "Всего", "en": "Total"},
    "by_sector": {"kk": "оның ішінде", "ru": "в том числе", "en": "of whom"},
    "page_of": {"kk": "{page}-бет, барлығы {pages}", "ru": "Стр. {page} из {pages}",
                "en": "Page {page} of {pages}"},
    "fingerprint": {"kk": "Бақылау коды", "ru": "Контрольный код", "en": "Fingerprint"},
    "proposal": {"kk": "Ұсыныс", "ru": "Предложение", "en": "Proposal"},
    "comment": {"kk": "Ескерту", "ru": "Замечание", "en": "Comment"},
    "author": {"kk": "Авторы", "ru": "Автор", "en": "Author"},
    "question": {"kk": "Сұрақ", "ru": "Вопрос", "en": "Question"},
    "answer": {"kk": "Жауап", "ru": "Ответ", "en": "Answer"},
    "asked_by": {"kk": "Сұрақ қойған", "ru": "Задал(а)", "en": "Asked by"},
    "to": {"kk": "Кімге", "ru": "Кому", "en": "To"},
    "no_answer": {"kk": "жауап берілмеді", "ru": "ответ не дан", "en": "not answered"},
    "none": {"kk": "жоқ", "ru": "нет", "en": "none"},
    "yes": {"kk": "иә", "ru": "да", "en": "yes"},
    "no": {"kk": "жоқ", "ru": "нет", "en": "no"},
    "section": {"kk": "Бөлім", "ru": "Раздел", "en": "Section"},
    "retired": {"kk": "қолданыстан шығарылған", "ru": "упразднён", "en": "retired"},
    "adopted": {"kk": "Қабылданған құжат", "ru": "Принятый документ", "en": "Adopted document"},
    "organisation": {"kk": "«Қазақстан халқына» қоғамдық қоры",
                     "ru": "Общественный фонд «Қазақстан халқына»",
                     "en": "Public foundation «Qazaqstan Halqyna»"},
    "online_session": {"kk": "онлайн-отырысының", "ru": "онлайн-заседания",
                       "en": "of the online session"},
    "plenary": {"kk": "пленарлық отырысының", "ru": "пленарного заседания",
                "en": "of the plenary meeting"},
    "document_amendments": {"kk": "Құжаттарға түзетулер", "ru": "Поправки к документам",
                            "en": "Amendments to documents"},
    "doc_version": {"kk": "{number}-нұсқа", "ru": "версия {number}", "en": "version {number}"},
    "doc_paragraph": {"kk": "{number}-абзац", "ru": "абзац {number}", "en": "paragraph {number}"},
    "doc_lines": {"kk": "{first}–{last}-жолдар", "ru": "строки {first}–{last}",
                  "en": "lines {first}–{last}"},
    "doc_replace": {"kk": "жаңа редакцияда жазу", "ru": "изложить в редакции",
                    "en": "to read"},
    "doc_delete": {"kk": "алып тастау", "ru": "исключить", "en": "delete"},
    "doc_add": {"kk": "одан кейін жаңа абзац қосу", "ru": "добавить после него абзац",
                "en": "add a paragraph after it"},
    "doc_add_first": {"kk": "құжаттың басына жаңа абзац қосу",
                      "ru": "добавить абзац в начало документа",
                      "en": "add a paragraph at the start"},
    "proposed_by": {"kk": "Ұсынған", "ru": "Предложил(а)", "en": "Proposed by"},
    "walk_ins": {"kk": "Тізімде жоқ қатысушылар", "ru": "Участники не из списка",
                 "en": "Participants not on the list"},
}  # fmt: skip


@cache
def _terms() -> dict[str, dict[str, str]]:
    with (reference_dir() / "protocol-terms.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    terms = {row["key"]: {lang: row[lang] for lang in ("kk", "ru", "en")} for row in rows}
    return terms | EXTRA


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(
            "unknown language '{language}': use kk, ru, en or kk+ru.", language=language
        )
    return language


def label(key: str, language: str) -> str:
    """The word ``key`` in ``language``; for kk+ru, Kazakh and Russian side by side."""
    words = _terms()[key]
    if language == "kk+ru":
        kk, ru = words["kk"], words["ru"]
        return kk if kk == ru else f"{kk} / {ru}"
    return words[language]


def collation(language: str) -> str:
    """The alphabet names are sorted in: Kazakh for kk and kk+ru, otherwise Russian."""
    return "kk" if language in ("kk", "kk+ru") else "ru"


def name_language(language: str) -> str:
    """The language of reference names (sectors, directions) in a document: "kk+ru" names
    them in both (``data.reference_name``)."""
    return language


def label_lines(key: str, language: str) -> list[str]:
    """The word ``key`` as lines to print one under the other: for kk+ru the Kazakh line, then
    the Russian one (once, when they are the same); otherwise the one line of ``language``."""
    words = _terms()[key]
    if language == "kk+ru":
        return [words["kk"]] if words["kk"] == words["ru"] else [words["kk"], words["ru"]]
    return [words[language]]


def people_total(count: int, language: str) -> str:
    """«Барлығы 60 адам», «Всего 62 человека», "Total: 1 person": the total of people in
    ``language`` (one language; kk+ru prints each on its own line)."""
    key = "people_total"
    if language == "ru" and count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        key = "people_total_few"
    elif language == "en" and count == 1:
        key = "people_total_one"
    return _terms()[key][language].format(count=count)
