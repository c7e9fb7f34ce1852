"""The whole journey on the command line: three regions each hold a round table (roster,
attendance, proposals), send bundles, and headquarters, importing them out of order and twice,
shows exactly the sum of the three."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.cli.running import run
from tests.io.files import write_csv

REGIONS = {"71": (3, 2), "75": (4, 3), "79": (5, 1)}  # KATO: (participants, proposals)


def _stats(capsys: pytest.CaptureFixture[str], site: list[str]) -> dict[str, Any]:
    code, out, _ = run(capsys, *site, "stats", "--json")
    assert code == 0
    return dict(json.loads(out))


def _round_table(
    capsys: pytest.CaptureFixture[str], site: list[str], folder: Path, kato: str
) -> str:
    people, ideas = REGIONS[kato]
    code, _, _ = run(capsys, *site, "meetings", "create", "--kind", "round-table",
                     "--date", "2026-10-01", "--title", f"Дөңгелек үстел {kato}")  # fmt: skip
    assert code == 0
    meeting = f"{kato}-2026-001"
    # Astana's roster comes from an old spreadsheet in Windows-1251, which has no Kazakh letters
    legacy = kato == "71"
    word, organisation = ("Участник", "НКО") if legacy else ("Қатысушы", "Үкіметтік емес ұйым")
    roster = write_csv(
        folder / "roster.csv",
        [["ФИО", "Организация", "Телефон", "Согласие"],
         *[[f"{word} {kato}-{n}", organisation, f"+7 701 {kato}0 00 0{n}", "да"]
           for n in range(people)]],
        separator=";", encoding="cp1251" if legacy else "utf-8",
    )  # fmt: skip
    code, out, _ = run(capsys, *site, "participants", "import", meeting, str(roster), "--present")
    assert code == 0, out
    proposals = write_csv(
        folder / "proposals.csv",
        [["Мәтін", "Түрі", "Бағыт"], *[[f"Ұсыныс {kato}-{n}", "ұсыныс", f"D{n + 1}"]
                                          for n in range(ideas)]],
    )  # fmt: skip
    code, out, _ = run(capsys, *site, "proposals", "import", meeting, str(proposals))
    assert code == 0, out
    return meeting


def test_three_regions_and_headquarters(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    hq = ["--data-dir", str(tmp_path / "hq")]
    assert run(capsys, *hq, "init", "--role", "hq")[0] == 0
    sites = {kato: ["--data-dir", str(tmp_path / kato)] for kato in REGIONS}
    for kato, site in sites.items():
        assert run(capsys, *site, "init", "--role", "facilitator", "--region", kato)[0] == 0
        card = tmp_path / f"{kato}.card"
        assert run(capsys, *site, "device", "card", "--out", str(card))[0] == 0
        assert run(capsys, *hq, "device", "enroll", str(card))[0] == 0
    reference = tmp_path / "reference.khr"
    assert run(capsys, *hq, "reference", "export", "--out", str(reference))[0] == 0

    stick = tmp_path / "stick"
    sent: dict[str, list[Path]] = {}
    for kato, site in sites.items():
        assert run(capsys, *site, "reference", "import", str(reference))[0] == 0
        meeting = _round_table(capsys, site, tmp_path / kato, kato)
        first = stick / f"{kato}-1.khb"
        assert run(capsys, *site, "bundle", "export", "--out", str(first))[0] == 0
        # a late proposal, sent again before headquarters acknowledged the first bundle
        late = write_csv(tmp_path / kato / "late.csv", [["Text", "Direction"], ["Кеш", "D6"]])
        assert run(capsys, *site, "proposals", "import", meeting, str(late))[0] == 0
        second = stick / f"{kato}-2.khb"
        assert run(capsys, *site, "bundle", "export", "--out", str(second))[0] == 0
        sent[kato] = [first, second]

    order = [sent["79"][1], sent["71"][0], sent["75"][0], sent["71"][1], sent["79"][0]]
    order += [sent["75"][1]]
    for round_ in ("first", "again"):
        code, out, _ = run(capsys, *hq, "bundle", "import", *map(str, order), "--json")
        assert code == 0, out
        statuses = Counter(result["status"] for result in json.loads(out))
        expected = "imported" if round_ == "first" else "already imported"
        assert statuses == {expected: 6}

    national = _stats(capsys, hq)
    regional = [_stats(capsys, site) for site in sites.values()]
    assert national["meetings"]["by_region"] == {kato: 1 for kato in REGIONS}
    for section, figure in (("meetings", "total"), ("attendances", "present"),
                            ("proposals", "total")):  # fmt: skip
        assert national[section][figure] == sum(r[section][figure] for r in regional)
    assert national["attendances"]["present"] == 3 + 4 + 5
    assert national["proposals"]["total"] == (2 + 1) + (3 + 1) + (1 + 1)
    by_direction: Counter[str] = Counter()
    for figures in regional:
        by_direction.update(figures["proposals"]["by_direction"])
    assert national["proposals"]["by_direction"] == dict(by_direction)
