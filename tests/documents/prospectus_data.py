"""Headquarters with a reviewed campaign for the prospectus's tests: proposals of Astana (71) and
Almaty (75), some accepted, some merged (one by a chain of two merges), one merged into a declined
proposal, one accepted into a section retired since, and an accepted comment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khdesk.services import meetings, proposals, review
from khdesk.services.review import ReviewChange
from khdesk.storage.models import Section
from tests.sync.sites import Site, export, import_into

#: Every Kazakh letter, to see that the bundled font draws them all.
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

#: The proposals: key, region's site, text, direction, organisation, kind.
ASTANA = (
    ("schools", "Ауыл мектептеріне компьютер сыныптарын жабдықтау", "D1", "ОФ «Мейірім»"),
    ("hospitals", "Аудандық ауруханаларға медициналық жабдық сатып алу", "D1", "Әкімдік"),
    ("courses", "Ересектерге арналған тегін курстар ашу", "D2", None),
    ("schools_again", "Мектептерге компьютер сыныптары керек", "D1", "ТОО «Ақ жол»"),
    ("volunteers", "Ересектерге тегін курстар керек", "D2", "ҮЕҰ «Жастар»"),
    ("letters", f"Ұсыныс әріптермен: {KAZAKH_LETTERS}", "D2", "«Қағаз» ЖШС"),
)
ALMATY = (
    ("schools_ru", "Оснастить сельские школы компьютерными классами", "D1", "ГУ «Білім»"),
    ("hospitals_ru", "Оборудование для районных больниц", "D1", None),
    ("adults", "Переподготовка взрослых в сёлах", "D2", "Фонд «Шаңырақ»"),
    ("comment", "Учесть опыт прошлого года", "D2", None),
    ("elderly", "Дневные центры для пожилых людей", "D3", "НПО «Қамқор»"),
)


@dataclass
class Campaign:
    hq: Site
    #: proposal ids by key
    ids: dict[str, str]


def _meeting(site: Site, date: str, rows: tuple[tuple[str, str, str, str | None], ...],
             comment: str | None = None) -> dict[str, str]:  # fmt: skip
    found = {}
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date=date, title="Дөңгелек үстел"
        )
        for key, words, direction, organisation in rows:
            made = proposals.add_proposal(
                session, site.actor, meeting.id, text=words, direction=direction,
                organisation=organisation, author_name="Автор",
                kind="comment" if key == comment else "proposal",
            )  # fmt: skip
            found[key] = made.id
    return found


def act(hq: Site, proposal_id: str, **change: object) -> None:
    with hq.database.transaction() as session:
        review.set_review(session, hq.actor, proposal_id, ReviewChange(**change))  # type: ignore[arg-type]


def reviewed_campaign(network: tuple[Site, Site, Site], tmp_path: Path) -> Campaign:
    hq, astana, almaty = network
    ids = _meeting(astana, "2026-09-16", ASTANA)
    ids |= _meeting(almaty, "2026-09-20", ALMATY, comment="comment")
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    import_into(hq, export(almaty, tmp_path / "almaty.khb"))
    act(hq, ids["schools"], status="accepted", section="D1.1")
    act(hq, ids["hospitals"], status="accepted", section="D1.2")
    act(hq, ids["hospitals_ru"], status="accepted", section="D1.2")
    # schools_again into schools_ru, then schools_ru into schools: both fold under «schools»
    act(hq, ids["schools_again"], status="duplicate", into=ids["schools_ru"])
    act(hq, ids["schools_ru"], status="duplicate", into=ids["schools"])
    act(hq, ids["courses"], status="rejected", reason="Қордың бағыты емес")
    act(hq, ids["volunteers"], status="duplicate", into=ids["courses"])  # into a declined one
    act(hq, ids["adults"], status="accepted", section="D2.2")
    act(hq, ids["comment"], status="accepted", section="D2.2")
    act(hq, ids["letters"], status="accepted", section="D2.4")
    act(hq, ids["elderly"], status="accepted", section="D3.2")
    with hq.database.transaction() as session:  # retired after the proposal was accepted
        retired = session.get(Section, "D3.2")
        assert retired is not None
        retired.active = False
        session.add(retired)
    return Campaign(hq, ids)
