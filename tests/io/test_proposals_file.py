"""Proposals files: headers in three languages and the kinds' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.domain.vocabulary import ProposalKind
from khdesk.io.proposals_file import proposal_kind, read_proposals
from tests.io.files import write_csv, write_xlsx


@pytest.mark.parametrize(
    "header",
    [
        ["Текст", "Вид", "Автор", "Организация", "Направление", "Раздел"],
        ["Мәтін", "Түрі", "Авторы", "Ұйым", "Бағыт", "Бөлім"],
        ["Text", "Kind", "Author", "Organisation", "Direction", "Section"],
    ],
)
def test_headers_in_three_languages(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(
        tmp_path / "proposals.csv",
        [header, ["Ауылда үйірмелер ашу", "ұсыныс", "Серік", "Мейірім", "D2", "D2.1"]],
        separator=";",
    )
    _, (row,) = read_proposals(path)
    assert (row.line, row.text, row.kind, row.author, row.organisation) == (
        2,
        "Ауылда үйірмелер ашу",
        "ұсыныс",
        "Серік",
        "Мейірім",
    )
    assert (row.direction, row.section) == ("D2", "D2.1")


def test_excel_proposals(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "proposals.xlsx",
        [["Текст", "Направление"], ["Больше оборудования", "D1"], ["", ""], ["Курсы", "D2"]],
    )
    _, rows = read_proposals(path)
    assert [(row.line, row.text) for row in rows] == [(2, "Больше оборудования"), (4, "Курсы")]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("", ProposalKind.PROPOSAL),
        ("Proposal", ProposalKind.PROPOSAL),
        ("предложение", ProposalKind.PROPOSAL),
        ("Ұсыныс", ProposalKind.PROPOSAL),
        ("comment", ProposalKind.COMMENT),
        ("Замечание", ProposalKind.COMMENT),
        ("комментарий", ProposalKind.COMMENT),
        ("ескерту", ProposalKind.COMMENT),
        ("вопрос", None),
    ],
)
def test_kind_words(word: str, kind: ProposalKind | None) -> None:
    assert proposal_kind(word) == kind
