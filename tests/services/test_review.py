"""Headquarters' review of proposals: the graph, what each state needs, bulk moves, undo,
history, merges and their lineage, answer templates and the list's search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from khdesk.domain import review as graph
from khdesk.domain.errors import InvalidInput, KhdeskError, NotFound, ReadOnly
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import meetings, proposals, review
from khdesk.services.installation import set_meta
from khdesk.services.recorder import Actor
from khdesk.services.review import ReviewChange
from khdesk.storage.models import ProposalReview, Section
from tests.sync.sites import Site, export, import_into

DOCS = Path(__file__).parents[2] / "docs" / "review.md"
TEXTS = (
    "Ауыл мектептеріне компьютер сыныптарын жабдықтау",
    "Қазақстан бойынша еріктілер желісін құру",
    "Аудандық ауруханаларға жедел жәрдем көліктері",
    "Жастарға арналған гранттар туралы ақпарат",
)


@pytest.fixture
def hq(network: tuple[Site, Site, Site], tmp_path: Path) -> Iterator[Site]:
    """Headquarters holding four proposals of Astana's round table (in the order of TEXTS)."""
    hq, astana, _ = network
    with astana.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, astana.actor, kind="round-table", date="2026-10-01", title="Дөңгелек үстел"
        )
        for index, words in enumerate(TEXTS):
            proposals.add_proposal(
                session, astana.actor, meeting.id, text=words, direction="D2",
                author_name=f"Автор {index}",
            )  # fmt: skip
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.transaction() as session:
        set_meta(session, "user_name", "Дана Серікова")
    yield Site(hq.database, hq.folder, Actor(hq.actor.device_id, "Дана Серікова"))


def ids(site: Site) -> list[str]:
    with site.database.session() as session:
        return [row.id for row in review.list_proposals(session)]


def act(site: Site, proposal_ids: list[str], **change: object) -> review.ReviewStep:
    with site.database.transaction() as session:
        actor = site.actor
        return review.review_proposals(session, actor, proposal_ids, ReviewChange(**change))  # type: ignore[arg-type]


def state(site: Site, proposal_id: str) -> dict[str, object]:
    with site.database.session() as session:
        found = review.review_of(session, proposal_id)
        return review._fields(found) | {"version": found.version if found else None}


def reviews_stored(site: Site) -> int:
    with site.database.session() as session:
        found = session.connection().execute(text("SELECT count(*) FROM proposalreview"))
        return int(found.scalar_one())


def refused(site: Site, proposal_ids: list[str], **change: object) -> str:
    """The one sentence that refuses ``change``, having checked that nothing changed."""
    before = [state(site, pid) for pid in proposal_ids]
    with pytest.raises(KhdeskError) as error:
        act(site, proposal_ids, **change)
    assert [state(site, pid) for pid in proposal_ids] == before
    sentence = str(error.value)
    assert "\n" not in sentence
    return sentence


def test_docs_show_the_graph_that_the_code_follows() -> None:
    table = DOCS.read_text(encoding="utf-8").split("## Moves", 1)[1].split("\n## ", 1)[0]
    names = {name: status for status, name in graph.NAMES.items()}
    shown = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] in names:
            targets = {names[t.strip()] for t in cells[1].split(",") if t.strip() in names}
            shown[names[cells[0]]] = targets
    assert shown == dict(graph.MOVES)


def test_every_stored_status_fits_its_column() -> None:
    assert all(len(status.value) <= 16 for status in ReviewStatus)
    assert ReviewStatus.DECLINED.value == "rejected" and ReviewStatus.MERGED.value == "duplicate"


def test_accepting_asks_for_an_active_section_and_is_kept_with_reviewer_and_time(hq: Site) -> None:
    first = ids(hq)[0]
    assert "needs the prospectus section" in refused(hq, [first], status="accepted")
    assert "unknown prospectus section 'D9.9'" in refused(
        hq, [first], status="accepted", section="D9.9"
    )
    with hq.database.transaction() as session:
        retired = session.get(Section, "D2.2")
        assert retired is not None
        retired.active = False
        session.add(retired)
    assert refused(hq, [first], status="accepted", section="D2.2") == (
        "section D2.2 is retired: choose an active section of the prospectus."
    )
    act(hq, [first], status="accepted", section="D2.3", note="Проспектіге енеді")
    assert state(hq, first) | {"version": None} == {
        "status": "accepted", "reviewer": "Дана Серікова", "note": "Проспектіге енеді",
        "duplicate_of_id": None, "accepted_section_code": "D2.3", "version": None,
    }  # fmt: skip
    with hq.database.session() as session:
        (entry,) = review.review_history(session, first)
    assert (entry.actor, entry.previous, entry.status, entry.section) == (
        "Дана Серікова",
        ReviewStatus.NEW,
        ReviewStatus.ACCEPTED,
        "D2.3",
    )
    assert entry.at.year >= 2026


def test_a_move_the_graph_does_not_allow_is_refused_in_one_sentence(hq: Site) -> None:
    first = ids(hq)[0]
    act(hq, [first], status="accepted", section="D2.3")
    sentence = refused(hq, [first], status="declined", reason="Қаражат жоқ")
    assert re.fullmatch(
        r"proposal 1 of meeting \S+ is accepted and cannot become declined from there: "
        r"move it to in review first\.",
        sentence,
    )
    assert "already accepted into D2.3" in refused(hq, [first], status="accepted", section="D2.3")
    # reopened, it may be declined, with a reason the region reads
    act(hq, [first], status="in-review")
    assert "needs a reason" in refused(hq, [first], status="declined")
    act(hq, [first], status="declined", reason="Қордың бағдарламасына кірмейді")
    assert state(hq, first)["status"] == "rejected"
    assert state(hq, first)["accepted_section_code"] is None
    with hq.database.session() as session:
        history = review.review_history(session, first)
    assert [e.status.value for e in history] == ["accepted", "under-review", "rejected"]
    assert history[-1].note == "Қордың бағдарламасына кірмейді"


def test_an_unknown_status_is_named_with_those_there_are(hq: Site) -> None:
    sentence = refused(hq, ids(hq)[:1], status="approved")
    assert sentence.startswith("unknown review status 'approved': use one of new, in-review")


def test_a_merge_keeps_the_original_and_refuses_itself_chains_and_loops(hq: Site) -> None:
    a, b, c, d = ids(hq)
    assert "needs the proposal it goes into" in refused(hq, [a], status="merged")
    assert "cannot be merged into itself" in refused(hq, [a], status="merged", into=a)
    act(hq, [a], status="merged", into=b)
    act(hq, [b], status="merged", into=c)  # a's lineage now goes through b to c
    assert "is itself merged into another proposal" in refused(hq, [d], status="merged", into=b)
    act(hq, [c], status="in-review")
    # c into a would close a loop; a is merged already, and that is what the sentence says
    assert "is itself merged into another proposal: merge proposal 3" in refused(
        hq, [c], status="merged", into=a
    )
    with hq.database.session() as session:
        detail = review.proposal_detail(session, b)
        assert (detail.row.status, detail.row.duplicate_of_id) == (ReviewStatus.MERGED, c)
        assert detail.lineage.merged_from == ((a, b),) and len(detail.history) == 1
        assert review.lineage(session, a).into == (b, c)
        assert set(review.lineage(session, c).merged_from) == {(b, c), (a, b)}
        listed = {row.id: row for row in review.list_proposals(session)}
    assert listed[a].status == ReviewStatus.MERGED and listed[a].text == TEXTS[0]


def test_a_loop_of_merges_is_found_however_long() -> None:
    merged_into = {"a": "b", "b": "c", "x": "y", "y": "x"}.get
    assert graph.merge_cycle("c", "a", merged_into)
    assert not graph.merge_cycle("d", "a", merged_into)
    assert graph.merge_cycle("d", "x", merged_into)  # a loop stored already is not added to


def test_a_bulk_move_is_previewed_applied_whole_and_undone_exactly(hq: Site) -> None:
    a, b, c, d = ids(hq)
    act(hq, [d], status="declined", reason="Қайталанады")
    change = ReviewChange(status="accepted", section="D2.3")
    with hq.database.session() as session:
        preview = review.preview_bulk(session, [a, b, c, d], change)
    assert str(preview.summary) == "3 proposals will be accepted into D2.3."
    assert [r.proposal_id for r in preview.refused] == [d]
    assert "is declined and cannot become accepted" in str(preview.refused[0].problem)
    before = {pid: state(hq, pid) for pid in (a, b, c, d)}
    with hq.database.transaction() as session:
        step = review.apply_bulk(session, hq.actor, preview)
    assert [state(hq, pid)["accepted_section_code"] for pid in (a, b, c, d)] == [
        "D2.3", "D2.3", "D2.3", None
    ]  # fmt: skip
    with hq.database.session() as session:
        moved = review.preview_bulk(session, [a, b], ReviewChange(section="D2.4"))
    assert str(moved.summary) == "2 proposals will move to D2.4."
    with hq.database.transaction() as session:
        review.undo_review_step(session, hq.actor, step)
    assert {pid: state(hq, pid) | {"version": None} for pid in (a, b, c, d)} == {
        pid: values | {"version": None} for pid, values in before.items()
    }
    with hq.database.session() as session:
        assert [e.status.value for e in review.review_history(session, a)] == ["accepted", "new"]


def test_an_undo_after_a_later_change_is_refused_and_changes_nothing(hq: Site) -> None:
    a, b, *_ = ids(hq)
    step = act(hq, [a, b], status="in-review")
    act(hq, [b], reviewer="Ерлан Мұратов")
    before = [state(hq, pid) for pid in (a, b)]
    with hq.database.transaction() as session, pytest.raises(KhdeskError) as error:
        review.undo_review_step(session, hq.actor, step)
    assert "proposal 2 of meeting" in str(error.value)
    assert "was reviewed again since" in str(error.value)
    assert [state(hq, pid) for pid in (a, b)] == before


def test_a_proposal_deleted_after_the_preview_refuses_the_whole_action(hq: Site) -> None:
    a, b, *_ = ids(hq)
    with hq.database.session() as session:
        preview = review.preview_bulk(session, [a, b], ReviewChange(status="in-review"))
    with hq.database.transaction() as session:  # the region's deletion, arrived meanwhile
        session.connection().execute(text(f"UPDATE proposal SET deleted = true WHERE id = '{b}'"))
    with hq.database.transaction() as session, pytest.raises(NotFound) as error:
        review.apply_bulk(session, hq.actor, preview)
    assert re.fullmatch(
        r"proposal 2 of meeting \S+ was deleted by its region in the meantime: it cannot be "
        r"reviewed; refresh the list\.",
        str(error.value),
    )
    assert state(hq, a)["status"] == "new" and state(hq, a)["version"] is None


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"status": "accepted", "section": "D7.1"}, "unknown prospectus section 'D7.1'"),
        ({"status": "accepted", "section": "D2.2"}, "section D2.2 is retired"),
    ],
)
def test_a_bulk_with_a_bad_section_refuses_every_proposal(
    hq: Site, change: dict[str, str], sentence: str
) -> None:
    with hq.database.transaction() as session:
        session.connection().execute(text("UPDATE section SET active = false WHERE code = 'D2.2'"))
    with hq.database.session() as session:
        preview = review.preview_bulk(session, ids(hq), ReviewChange(**change))
    assert preview.moves == () and len(preview.refused) == 4
    assert all(sentence in str(r.problem) for r in preview.refused)
    with hq.database.transaction() as session, pytest.raises(InvalidInput, match=sentence):
        review.apply_bulk(session, hq.actor, preview)
    assert reviews_stored(hq) == 0


def test_a_region_does_not_review(network: tuple[Site, Site, Site], tmp_path: Path) -> None:
    _, astana, _ = network
    with astana.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, astana.actor, kind="round-table", date="2026-10-01", title="Кездесу"
        )
        proposal = proposals.add_proposal(
            session, astana.actor, meeting.id, text="Ұсыныс", direction="D2"
        )
    with astana.database.transaction() as session, pytest.raises(ReadOnly) as error:
        review.set_review(session, astana.actor, proposal.id, ReviewChange(status="in-review"))
    assert str(error.value).startswith("proposals are reviewed at headquarters: ")
    assert reviews_stored(astana) == 0


def test_answer_templates_are_kept_in_three_languages_and_used_to_decline(hq: Site) -> None:
    with hq.database.transaction() as session:
        kept = review.add_answer_template(
            session, status="declined", kk="Қордың бағытына кірмейді.",
            ru="Не входит в направления фонда.", en="Outside the foundation's directions.",
        )  # fmt: skip
        review.add_answer_template(session, status="needs-clarification", ru="Уточните адрес.")
        with pytest.raises(InvalidInput, match="answer templates are for declining"):
            review.add_answer_template(session, status="accepted", ru="Принято.")
    with hq.database.session() as session:
        assert [t.id for t in review.list_answer_templates(session, "declined")] == [kept.id]
        assert len(review.list_answer_templates(session)) == 2
    first = ids(hq)[0]
    act(hq, [first], status="declined", template=kept.id, language="kk", note="Ішкі ескерту")
    assert state(hq, first)["note"] == "Қордың бағытына кірмейді.\n\nІшкі ескерту"
    with hq.database.transaction() as session:
        review.remove_answer_template(session, kept.id)
        with pytest.raises(NotFound, match="no answer template numbered"):
            review.remove_answer_template(session, kept.id)
        assert [t.status for t in review.list_answer_templates(session)] == [
            ReviewStatus.NEEDS_CLARIFICATION
        ]


def test_the_list_finds_words_in_either_spelling_and_filters_by_review(hq: Site) -> None:
    a, b, *_ = ids(hq)
    act(hq, [a], status="accepted", section="D2.5")
    with hq.database.session() as session:
        found = review.list_proposals(session, search="казахстан ериктилер")
        assert [row.id for row in found] == [b]
        assert [r.id for r in review.list_proposals(session, search="Qazaqstan")] == [b]
        assert [r.id for r in review.list_proposals(session, status="accepted")] == [a]
        assert [r.id for r in review.list_proposals(session, section="D2.5")] == [a]
        assert len(review.list_proposals(session, status="new")) == 3
        assert [r.id for r in review.list_proposals(session, reviewer="Дана Серікова")] == [a]
        assert review.list_proposals(session, region="75") == []
        assert [r.id for r in review.list_proposals(session, decided=True)] == [a]
        assert len(review.list_proposals(session, decided=False)) == 3
        everyone = [r.id for r in review.list_proposals(session)]
        assert [r.id for r in review.list_proposals(session, offset=1, limit=2)] == everyone[1:3]
        paged = review.list_proposals(session, search="ауыл аудандык", offset=0, limit=5)
        assert paged == []
        found = review.list_proposals(session, search="ауд", offset=0, limit=5)
        assert [r.text for r in found] == [TEXTS[2]]


def test_one_review_per_proposal_whoever_writes_it(hq: Site) -> None:
    first = ids(hq)[0]
    act(hq, [first], status="in-review")
    act(hq, [first], status="accepted", section="D2.1")
    with hq.database.session() as session:
        rows = session.exec(select(ProposalReview).where(ProposalReview.proposal_id == first)).all()
    assert [r.id for r in rows] == [review.review_id_for(first)] and rows[0].version == 2
