"""``khdesk proposals list``, ``review set`` and ``review history`` as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khdesk.cli import review as cli_review
from khdesk.services import review
from tests.cli.running import one_line_error, run
from tests.io.files import write_csv

TEXTS = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау",
    "Қазақстан бойынша еріктілер желісін құру",
    "Жастарға арналған гранттар туралы ақпарат",
)


@pytest.fixture
def ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[str]:
    """Headquarters (its user Дана) holding three proposals of a plenary, in TEXTS' order."""
    run(capsys, "init", "--role", "hq", "--name", "Дана Серікова")
    code, out, err = run(
        capsys, "meetings", "create", "--kind", "plenary", "--date", "2026-11-20",
        "--title", "Пленарлық отырыс",
    )  # fmt: skip
    assert code == 0, err
    meeting = out.strip()
    path = write_csv(
        tmp_path / "proposals.csv", [["Мәтін", "Бағыт"], *[[text, "D2"] for text in TEXTS]]
    )
    assert run(capsys, "proposals", "import", meeting, str(path))[0] == 0
    code, out, _ = run(capsys, "proposals", "list", "--json")
    assert code == 0
    return [row["id"] for row in json.loads(out)]


def listed(capsys: pytest.CaptureFixture[str], *options: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, "proposals", "list", "--json", *options)
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_the_list_searches_in_any_spelling_and_filters_by_review(
    capsys: pytest.CaptureFixture[str], ids: list[str]
) -> None:
    assert [row["text"] for row in listed(capsys)] == list(TEXTS)
    assert [row["id"] for row in listed(capsys, "--search", "казахстан")] == [ids[1]]
    assert [row["id"] for row in listed(capsys, "--search", "Qazaqstan eriktiler")] == [ids[1]]
    assert run(capsys, "review", "set", ids[0], "--status", "accepted", "--section", "D2.3")[0] == 0
    accepted = listed(capsys, "--status", "accepted")
    assert [(r["id"], r["accepted_section_code"], r["reviewer"]) for r in accepted] == [
        (ids[0], "D2.3", "Дана Серікова")
    ]
    assert [row["id"] for row in listed(capsys, "--section", "D2.3")] == [ids[0]]
    assert len(listed(capsys, "--status", "new", "--direction", "D2")) == 2
    assert listed(capsys, "--region", "75") == []
    code, out, _ = run(capsys, "proposals", "list", "--status", "declined")
    assert (code, out.strip()) == (0, "no proposals match: change or drop the filters.")
    code, out, _ = run(capsys, "proposals", "list", "--search", "гранттар")
    assert code == 0 and out.count("\n") == 1 and "new" in out and ids[2] in out


def test_review_set_moves_every_proposal_or_none(
    capsys: pytest.CaptureFixture[str], ids: list[str]
) -> None:
    code, out, err = run(capsys, "review", "set", ids[0], "--status", "declined", "--reason", "Жоқ")
    assert (code, err) == (0, "")
    assert out.strip() == f"{ids[0]}  new -> declined"
    # the second cannot go from declined to accepted: neither moves, in one line, status 2
    code, out, err = run(
        capsys, "review", "set", ids[1], ids[0], "--status", "accepted", "--section", "D2.1"
    )
    assert (code, out) == (2, "")
    assert one_line_error(err).endswith(
        "is declined and cannot become accepted from there: move it to in review first."
    )
    assert [r["status"] for r in listed(capsys)] == ["rejected", "new", "new"]


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        (["--status", "accepted"], "needs the prospectus section it goes into"),
        (["--status", "accepted", "--section", "D9.9"], "unknown prospectus section 'D9.9'"),
        (["--status", "declined"], "needs a reason the region will read"),
        (["--status", "merged"], "needs the proposal it goes into"),
        (["--status", "approved"], "unknown review status 'approved': use one of new, in-review"),
    ],
)
def test_review_set_refuses_in_one_sentence(
    capsys: pytest.CaptureFixture[str], ids: list[str], options: list[str], sentence: str
) -> None:
    code, out, err = run(capsys, "review", "set", ids[0], *options)
    assert (code, out) == (2, "")
    assert sentence in one_line_error(err)
    assert [r["status"] for r in listed(capsys)] == ["new", "new", "new"]


def test_an_unknown_proposal_is_refused_and_nothing_moves(
    capsys: pytest.CaptureFixture[str], ids: list[str]
) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    code, _, err = run(capsys, "review", "set", ids[0], missing, "--status", "in-review")
    assert code == 2
    assert one_line_error(err) == (
        f"khdesk: no proposal with id {missing}: check the id ('khdesk proposals list' shows them)."
    )
    assert listed(capsys)[0]["status"] == "new"


def test_a_merge_and_the_history_say_who_decided_what_and_when(
    capsys: pytest.CaptureFixture[str], ids: list[str]
) -> None:
    assert run(capsys, "review", "set", ids[1], "--status", "in-review")[0] == 0
    code, out, _ = run(capsys, "review", "set", ids[1], "--status", "merged", "--into", ids[0])
    assert (code, out.strip()) == (0, f"{ids[1]}  in-review -> merged  into {ids[0]}")
    code, out, _ = run(capsys, "review", "history", ids[1], "--json")
    history = json.loads(out)
    assert [(h["actor"], h["previous"], h["status"], h["into"]) for h in history] == [
        ("Дана Серікова", "new", "under-review", None),
        ("Дана Серікова", "under-review", "duplicate", ids[0]),
    ]
    code, out, _ = run(capsys, "review", "history", ids[1])
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[1].endswith(f"Дана Серікова  in-review -> merged  into {ids[0]}")
    code, out, _ = run(capsys, "review", "history", ids[2])
    assert (code, out.strip()) == (0, "not reviewed yet: the proposal is new.")


def test_a_region_does_not_review(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "init", "--role", "facilitator", "--region", "71")
    _, meeting, _ = run(
        capsys, "meetings", "create", "--kind", "round-table", "--date", "2026-09-16",
        "--title", "Дөңгелек үстел",
    )  # fmt: skip
    path = write_csv(tmp_path / "p.csv", [["Мәтін", "Бағыт"], ["Ұсыныс", "D2"]])
    run(capsys, "proposals", "import", meeting.strip(), str(path))
    (row,) = listed(capsys)
    code, _, err = run(capsys, "review", "set", str(row["id"]), "--status", "in-review")
    assert code == 2
    assert one_line_error(err).startswith("khdesk: proposals are reviewed at headquarters: ")


def test_answer_templates_are_added_listed_used_and_removed(
    capsys: pytest.CaptureFixture[str], ids: list[str]
) -> None:
    assert tuple(cli_review.LANGUAGES) == review.LANGUAGES
    code, out, _ = run(
        capsys, "review", "template-add", "--status", "declined",
        "--kk", "Қордың бағытына кірмейді.", "--ru", "Не входит в направления фонда.",
    )  # fmt: skip
    assert (code, out.strip()) == (0, "1")
    code, out, _ = run(capsys, "review", "templates", "--lang", "kk")
    assert out.strip() == "1  declined            Қордың бағытына кірмейді."
    code, _, _ = run(capsys, "review", "set", ids[0], "--status", "declined", "--template", "1")
    assert code == 0
    assert listed(capsys)[0]["status"] == "rejected"
    code, out, _ = run(capsys, "review", "history", ids[0], "--json")
    assert json.loads(out)[0]["note"] == "Не входит в направления фонда."
    assert run(capsys, "review", "template-remove", "1")[0] == 0
    code, _, err = run(capsys, "review", "template-remove", "1")
    assert code == 2 and "no answer template numbered 1" in one_line_error(err)
