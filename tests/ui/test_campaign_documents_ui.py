"""The campaign's documents in the window: a facilitator records a meeting's amendments in the
meeting's Documents tab, reading the version with numbered lines; headquarters decides each one
on its Documents page, publishes the next version and records the plenary's vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from khdesk.services import campaign_documents as docs
from khdesk.services import document_amendments as amend
from khdesk.ui.amendments_tab import AmendmentsTab
from khdesk.ui.context import AppContext
from khdesk.ui.hq.documents_page import DocumentsPage
from khdesk.ui.meeting_model import MeetingModel
from tests.sync.sites import Site, export, import_into
from tests.sync.test_document_amendments import (
    ACCEPTED_KK,
    ACCEPTED_RU,
    _published_declaration,
    _round_table,
)
from tests.ui.conftest import Settle
from tests.ui.typing import type_text


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
