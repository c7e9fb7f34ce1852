"""The campaign's documents in the window: a facilitator records a meeting's amendments in the
meeting's Documents tab, reading the version with numbered lines; headquarters decides each one
on its Documents page, publishes the next version and records the plenary's vote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from khdesk.services import campaign_documents as docs
from khdesk.services import document_amendments as amend
from khdesk.services import meetings
from khdesk.ui.amendments_tab import AmendmentsTab
from khdesk.ui.context import AppContext
from khdesk.ui.hq.document_drafting import NewDocumentDialog, ParagraphDialog, VoteDialog
from khdesk.ui.hq.documents_page import DocumentsPage
from khdesk.ui.meeting_model import MeetingModel
from tests.sync.sites import Site, export, import_into
from tests.sync.test_document_amendments import (
    ACCEPTED_KK,
    ACCEPTED_RU,
    _published_declaration,
    _round_table,
)
from tests.ui.conftest import Settle, headquarters_window
from tests.ui.typing import press, type_text


@pytest.fixture
def sites(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Site, str, str]:
    hq, astana, _almaty = network
    document, second = _published_declaration(hq, tmp_path, astana)
    return hq, astana, document, second


def _context(site: Site, tmp_path: Path, language: str) -> AppContext:
    return AppContext(database=site.database, data_dir=tmp_path / "ui", language=language)


def test_a_facilitator_records_an_amendment_reading_the_numbered_lines(
    qtbot: QtBot, sites: tuple[Site, Site, str, str], tmp_path: Path, settle: Settle
) -> None:
    _hq, astana, _document, second = sites
    meeting = _round_table(astana, "Астана", 5)
    context = _context(astana, tmp_path, "kk")
    model = MeetingModel(context, meeting)
    tab = AmendmentsTab(context, model)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    settle(context)
    shown = tab.text.toPlainText().splitlines()
    assert shown[0].startswith("   1   ¶1  Біз, «Қазақстан халқына»")
    (second_line,) = [line.split()[0] for line in shown if "¶2" in line]
    tab.paragraph_box.setValue(2)
    tab.lines_edit.setText(f"{second_line}-{second_line}")
    type_text(tab.wording, ACCEPTED_KK)
    type_text(tab.proposer_edit, "Серікова Айгүл")
    tab.votes[0].setValue(4)
    tab.votes[1].setValue(1)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    settle(context)
    with astana.database.session() as session:
        (stored,) = amend.meeting_amendments(session, meeting)
    assert (stored.paragraph_id, stored.text_kk, stored.language) == (second, ACCEPTED_KK, "kk")
    assert (stored.votes_for, stored.votes_against) == (4, 1)
    assert stored.proposer_name == "Серікова Айгүл"
    assert tab.list.count() == 1 and "Серікова Айгүл" in tab.list.item(0).text()
    assert tab.wording.toPlainText() == ""  # ready for the next one
    model.close()
    context.operations.shutdown()


@pytest.fixture
def hq_page(
    qtbot: QtBot, sites: tuple[Site, Site, str, str], tmp_path: Path, settle: Settle
) -> Iterator[tuple[DocumentsPage, Site, str, list[str]]]:
    hq, astana, document, second = sites
    meeting = _round_table(astana, "Астана", 6)
    with astana.database.transaction() as session:
        ids = [
            amend.record_amendment(
                session, astana.actor, meeting, document_id=document, action="replace",
                language="kk", paragraph_id=second, text_kk=ACCEPTED_KK, votes_for=6,
            ).id,
            amend.record_amendment(
                session, astana.actor, meeting, document_id=document, action="delete",
                language="ru", paragraph_id=second, votes_for=2, votes_against=4,
            ).id,
        ]  # fmt: skip
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    context = _context(hq, tmp_path, "en")
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    settle(context)
    yield page, hq, document, ids
    context.operations.shutdown()


def _select(page: DocumentsPage, number: int) -> None:
    paragraph = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).childCount()
    )
    page.tree.setCurrentItem(paragraph.child(number - 1))


def test_headquarters_decides_publishes_and_records_the_vote(
    hq_page: tuple[DocumentsPage, Site, str, list[str]],
    settle: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, hq, document, (reworded, deletion) = hq_page
    assert page.status.text() == "Version 1 published. Amendments: 2, not reviewed yet: 2."
    _select(page, 1)
    page.accept_amendment()
    dialog = next(d for d in page.findChildren(QDialog) if d.isVisible())
    kk, ru = dialog.findChildren(QPlainTextEdit)
    assert kk.toPlainText() == ACCEPTED_KK and ru.toPlainText() == ""
    ru.setPlainText(ACCEPTED_RU)
    dialog.accept()
    settle(page.context)
    _select(page, 2)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("Абзац нужен.", True))
    page.explain("declined")
    settle(page.context)
    with hq.database.session() as session:
        outcomes = {v.id: (v.outcome, v.reason) for v in amend.amendment_views(session, document)}
    assert outcomes == {reworded: ("accepted", None), deletion: ("declined", "Абзац нужен.")}
    assert page.tree.topLevelItem(1).child(0).text(2) == "accepted"
    page.publish()
    settle(page.context)
    page.adopt()
    settle(page.context)  # the plenary meetings are read, then the vote is asked
    vote = next(d for d in page.findChildren(QDialog) if d.isVisible())
    boxes = vote.findChildren(QSpinBox)
    for box, value in zip(boxes, (50, 1, 2, 60), strict=True):
        box.setValue(value)
    vote.accept()
    settle(page.context)
    with hq.database.session() as session:
        (summary,) = docs.summaries(session)
        adopted_text = amend.version_of(session, document).paragraphs
    assert summary.adopted is not None and summary.adopted.votes_for == 50
    assert ACCEPTED_RU in adopted_text
    assert page.status.text().startswith("Adopted on") and not page.accept_button.isEnabled()


# --- drafting in the window ---------------------------------------------------------------------


def _open_dialogs(page: DocumentsPage) -> list[QDialog]:
    return [d for d in page.findChildren(QDialog) if d.isVisible()]


def _dialog(page: DocumentsPage) -> QDialog:
    (shown,) = _open_dialogs(page)
    return shown


def _top(page: DocumentsPage, number: int) -> None:
    """Choose the draft's paragraph ``number`` in the tree."""
    item = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1).number == number
    )
    page.tree.setCurrentItem(item)


def _draft(hq: Site, document: str) -> list[tuple[str, str]]:
    with hq.database.session() as session:
        return [(p.text_kk, p.text_ru) for p in docs.draft_paragraphs(session, document)]


def test_headquarters_writes_a_new_document_in_both_languages(
    hq_page: tuple[DocumentsPage, Site, str, list[str]], settle: Settle
) -> None:
    page, hq, _document, _ids = hq_page
    page.new_button.click()
    dialog = _dialog(page)
    assert isinstance(dialog, NewDocumentDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("appeal"))
    type_text(dialog.title_kk, "Ауыл мектептері туралы Үндеу")
    type_text(dialog.title_ru, "Обращение о сельских школах")
    dialog.text_kk.setPlainText("Ауыл мектептерін қолдау.\n\nӘлеуметтік қорғау.")
    dialog.text_ru.setPlainText("Поддержать сельские школы.")
    assert not dialog.ok_button().isEnabled()  # one paragraph has no Russian
    assert dialog.count.text() == (
        "Paragraphs: 2 in Kazakh, 1 in Russian. Each paragraph needs both languages."
    )
    dialog.text_ru.setPlainText("Поддержать сельские школы.\n\nСоциальная защита.")
    assert dialog.ok_button().isEnabled()
    dialog.accept()
    settle(page.context)
    assert not _open_dialogs(page)  # written, closed and freed
    with hq.database.session() as session:
        (made,) = [s for s in docs.summaries(session) if s.kind == "appeal"]
    assert made.title_kk == "Ауыл мектептері туралы Үндеу" and made.latest is None
    assert _draft(hq, made.id) == [
        ("Ауыл мектептерін қолдау.", "Поддержать сельские школы."),
        ("Әлеуметтік қорғау.", "Социальная защита."),
    ]
    assert page.document_id() == made.id  # the new document is the one shown
    assert page.documents.currentItem().text() == "Обращение о сельских школах\n— a draft"
    assert page.status.text().startswith("A draft, not published yet.")
    assert [page.tree.topLevelItem(i).text(3) for i in range(2)] == [
        "Поддержать сельские школы.",
        "Социальная защита.",
    ]
    assert page.publish_button.isEnabled() and not page.adopt_button.isEnabled()


def test_headquarters_edits_adds_and_removes_paragraphs_of_the_draft(
    hq_page: tuple[DocumentsPage, Site, str, list[str]], settle: Settle, yes: list[str]
) -> None:
    page, hq, document, _ids = hq_page
    before = _draft(hq, document)
    assert not page.publish_button.isEnabled()  # the draft is version 1 as published
    _top(page, 1)
    page.edit_button.click()
    dialog = _dialog(page)
    assert isinstance(dialog, ParagraphDialog)
    assert (dialog.text_kk.toPlainText(), dialog.text_ru.toPlainText()) == before[0]
    dialog.text_kk.setPlainText("Біз, қатысушылар, мәлімдейміз.")
    dialog.text_ru.setPlainText("Мы, участники,\n  заявляем.")  # a line break is a space
    dialog.accept()
    settle(page.context)
    assert _draft(hq, document)[0] == ("Біз, қатысушылар, мәлімдейміз.", "Мы, участники, заявляем.")
    assert page.status.text().endswith(
        "The draft has changes not in version 1: publish them for the regions to read."
    )
    assert page.publish_button.isEnabled() and not page.adopt_button.isEnabled()
    assert page.documents.currentItem().text().endswith("\n— version 1, changes not published")

    _top(page, 2)
    page.add_button.click()
    dialog = _dialog(page)
    assert isinstance(dialog, ParagraphDialog) and dialog.after is not None
    assert dialog.after.value() == 2  # after the one chosen
    dialog.text_kk.setPlainText("Ауыл кітапханалары.")
    dialog.text_ru.setPlainText("Сельские библиотеки.")
    dialog.accept()
    settle(page.context)
    before.insert(2, ("Ауыл кітапханалары.", "Сельские библиотеки."))
    assert _draft(hq, document)[1:3] == before[1:3]

    _top(page, 2)
    page.add_button.click()
    dialog = _dialog(page)
    assert isinstance(dialog, ParagraphDialog) and dialog.after is not None
    dialog.after.setValue(0)
    assert dialog.after.text() == "at the start"
    assert not dialog.ok_button().isEnabled()
    dialog.text_kk.setPlainText("Кіріспе.")
    dialog.text_ru.setPlainText("Вступление.")
    dialog.accept()
    settle(page.context)
    assert _draft(hq, document) == [
        ("Кіріспе.", "Вступление."),
        ("Біз, қатысушылар, мәлімдейміз.", "Мы, участники, заявляем."),
        *before[1:],
    ]

    _top(page, 1)
    page.remove_button.click()
    settle(page.context)
    assert yes and yes[0].startswith("Remove paragraph 1 from the draft?")
    assert _draft(hq, document) == [
        ("Біз, қатысушылар, мәлімдейміз.", "Мы, участники, заявляем."),
        *before[1:],
    ]


def test_a_paragraph_changed_by_another_analyst_is_not_overwritten(
    hq_page: tuple[DocumentsPage, Site, str, list[str]],
    settle: Settle,
    no_waiting_message_boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, hq, document, _ids = hq_page
    _top(page, 2)
    page.edit_button.click()
    dialog = _dialog(page)
    with hq.database.transaction() as session:  # meanwhile, on another analyst's computer
        docs.edit_paragraph(session, document, 2, text_kk="Басқа сөздер.", text_ru="Другие слова.")
    dialog.text_kk.setPlainText("Менің сөздерім.")
    dialog.text_ru.setPlainText("Мои слова.")
    dialog.accept()
    settle(page.context)
    assert _draft(hq, document)[1] == ("Басқа сөздер.", "Другие слова.")
    assert no_waiting_message_boxes[-1].startswith(
        "Another analyst changed this paragraph meanwhile: nothing was saved"
    )
    assert dialog.isVisible() and dialog.ok_button().isEnabled()  # what was typed is still there
    assert dialog.text_ru.toPlainText() == "Мои слова."

    dialog.reject()
    assert page.tree.topLevelItem(1).text(3) == "Другие слова."  # the page read it again
    _top(page, 2)
    page.edit_button.click()
    dialog = _dialog(page)
    assert dialog.text_ru.toPlainText() == "Другие слова."  # the new wording, to edit again
    dialog.text_ru.setPlainText("Слово" * 1_001)  # more than a paragraph may hold
    dialog.accept()
    settle(page.context)
    assert "more than 5000" in no_waiting_message_boxes[-1] and dialog.isVisible()
    dialog.reject()

    with hq.database.transaction() as session:  # changed once more before a removal
        docs.edit_paragraph(session, document, 2, text_ru="Третьи слова.")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.remove_button.click()
    settle(page.context)
    assert no_waiting_message_boxes[-1] == (
        "Another analyst changed this paragraph meanwhile: nothing was removed; read its new "
        "wording first."
    )
    assert _draft(hq, document)[1] == ("Басқа сөздер.", "Третьи слова.")
    assert page.tree.topLevelItem(1).text(3) == "Третьи слова."


def test_an_adopted_document_is_not_drafted_any_more(
    hq_page: tuple[DocumentsPage, Site, str, list[str]], settle: Settle
) -> None:
    page, hq, document, _ids = hq_page
    with hq.database.transaction() as session:
        amend.adopt(
            session,
            document,
            votes_for=40,
            votes_against=0,
            votes_abstained=1,
            present=45,
            adopted_on=dt.date(2026, 12, 4),
        )
    page.refresh()
    settle(page.context)
    _top(page, 1)
    for button in (page.edit_button, page.add_button, page.remove_button, page.publish_button):
        assert not button.isEnabled(), button.text()
    assert page.new_button.isEnabled()  # another document may still be written
    assert page.documents.currentItem().text().endswith("\n— adopted")


def test_the_drafting_keys_work_in_headquarters_window(
    qtbot: QtBot,
    sites: tuple[Site, Site, str, str],
    tmp_path: Path,
    settle: Settle,
    no_waiting_message_boxes: list[str],
) -> None:
    """Ctrl+N on the Documents page is the page's, not the window's «New meeting», wherever the
    focus is; F2, Ins and Del act in the list of paragraphs only; the buttons keep their
    Alt+letter."""
    hq, _astana, document, _second = sites
    context = _context(hq, tmp_path, "en")
    window, page = headquarters_window(qtbot, context, settle, "documents")
    assert isinstance(page, DocumentsPage) and window.home is not None
    _top(page, 1)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    for key, modifiers, where, opened, adds in (
        (Qt.Key.Key_N, ctrl, page.documents, NewDocumentDialog, None),
        (Qt.Key.Key_N, alt, page.documents, NewDocumentDialog, None),
        (Qt.Key.Key_F2, None, page.tree, ParagraphDialog, False),
        (Qt.Key.Key_E, alt, page.tree, ParagraphDialog, False),
        (Qt.Key.Key_Insert, None, page.tree, ParagraphDialog, True),
    ):
        where.setFocus()
        press(qtbot, where, key, modifiers)
        qtbot.waitUntil(lambda: bool(_open_dialogs(page)))
        dialog = _dialog(page)
        assert isinstance(dialog, opened), (key, modifiers)
        if isinstance(dialog, ParagraphDialog):
            assert (dialog.after is not None) is adds, key  # F2 edits, Ins adds
        dialog.reject()
        qtbot.waitUntil(lambda: not _open_dialogs(page))
    page.documents.setFocus()
    press(qtbot, page.documents, Qt.Key.Key_Delete)  # not in the list of paragraphs: nothing
    page.tree.setFocus()
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(no_waiting_message_boxes))
    assert no_waiting_message_boxes == [
        "Remove paragraph 1 from the draft? The next version will not have it; its amendments "
        "stay, marked as to a removed paragraph."
    ]
    assert len(_draft(hq, document)) == 3  # answered No
    assert window.new_action.shortcut().isEmpty()  # given way to the page's
    window.home.show_page("dashboard")
    settle(context)
    assert window.new_action.shortcut().toString() == "Ctrl+N"  # and back on the other pages
    context.operations.shutdown()


def test_a_refused_vote_keeps_what_was_typed_and_names_its_plenary(
    hq_page: tuple[DocumentsPage, Site, str, list[str]],
    settle: Settle,
    no_waiting_message_boxes: list[str],
    tmp_path: Path,
) -> None:
    page, hq, document, _ids = hq_page
    with hq.database.transaction() as session:
        plenary = meetings.create_meeting(
            session, hq.actor, kind="plenary", date="2026-12-10",
            title="Қордың I конференциясы", chair="Ә. Сейітов", secretary="Г. Үсенова",
        )  # fmt: skip
    page.adopt_button.click()
    settle(page.context)
    vote = _dialog(page)
    assert isinstance(vote, VoteDialog)
    # the newest plenary is offered, and the vote's day is its day
    assert vote.meeting.currentData() == plenary.id
    assert vote.meeting.currentText().endswith("«Қордың I конференциясы», 10.12.2026")
    assert vote.day.date().toString("dd.MM.yyyy") == "10.12.2026"
    for key, value in (("votes_for", 30), ("votes_against", 2), ("present", 25)):
        vote.boxes[key].setValue(value)
    vote.accept()
    settle(page.context)
    assert no_waiting_message_boxes[-1] == (
        "32 votes, but 25 people are present: correct the votes or the number present."
    )
    assert _open_dialogs(page) == [vote] and vote.boxes["votes_for"].value() == 30
    vote.boxes["present"].setValue(40)
    vote.accept()
    settle(page.context)
    assert not _open_dialogs(page)
    with hq.database.session() as session:
        adopted = docs.adoption(session, document)
        assert adopted is not None and (adopted.votes_for, adopted.present) == (30, 40)
        assert adopted.meeting_id == plenary.id
        assert adopted.adopted_on == dt.date(2026, 12, 10)
        amend.write_document(session, document, "adopted", "ru", tmp_path / "adopted.pdf")
    assert page.status.text().startswith("Adopted on")
    printed = " ".join(PdfReader(tmp_path / "adopted.pdf").pages[0].extract_text().split())
    assert "Принят 10.12.2026 (версия 1); заседание: № " in printed
    assert "«Қордың I конференциясы»" in printed


def test_the_differences_between_versions_mark_words_taken_out_and_put_in(
    hq_page: tuple[DocumentsPage, Site, str, list[str]], settle: Settle
) -> None:
    page, hq, document, _ids = hq_page
    with hq.database.transaction() as session:
        (_kk, ru), *_rest = [
            (p.text_kk, p.text_ru) for p in docs.draft_paragraphs(session, document)
        ]
        docs.edit_paragraph(session, document, 1, text_ru=ru.replace("поддерживаем", "ценим"))
    page.refresh()
    settle(page.context)
    assert not page.diff_button.isEnabled()  # one version only
    page.publish()
    settle(page.context)
    assert page.diff_button.isEnabled() and not page.publish_button.isEnabled()
    page.diff_button.click()
    settle(page.context)
    dialog = _dialog(page)
    (browser,) = dialog.findChildren(QTextBrowser)
    shown = browser.toHtml()
    assert "line-through" in shown and "underline" in shown  # not by colour alone
    assert browser.toPlainText().startswith("¶ 1")
    assert "поддерживаем" in browser.toPlainText() and "ценим" in browser.toPlainText()
    (legend,) = dialog.findChildren(QLabel)
    assert "taken out" in legend.text() and "put in" in legend.text()
    dialog.reject()
