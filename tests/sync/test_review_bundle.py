"""Headquarters' reviews travel to the regions in the reference bundle, each laptop receiving
what became of its own proposals, checked as strictly as any bundle value."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import installation, meetings, proposals, review, sync
from khdesk.services.review import ReviewChange
from khdesk.sync import records
from khdesk.sync.bundles import ALLOWED, BundleRejected, read_signed_zip, write_signed_zip
from tests.sync.sites import Site, export, import_into


def meeting_with(site: Site, *texts: str) -> list[str]:
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-10-01", title="Дөңгелек үстел"
        )
        return [
            proposals.add_proposal(session, site.actor, meeting.id, text=t, direction="D2").id
            for t in texts
        ]


def reference(hq: Site, path: Path) -> Path:
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, path)
    return path


def take(site: Site, path: Path) -> list[review.ReceivedReview]:
    with site.database.transaction() as session:
        sync.import_reference(session, path)
    with site.database.session() as session:
        return review.received_reviews(session)


@pytest.fixture
def reviewed(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Site, Site, dict]:
    hq, astana, almaty = network
    ours = meeting_with(astana, "Ауыл мектептеріне компьютер", "Еріктілер желісі")
    theirs = meeting_with(almaty, "Еріктілер желісін құру, облыс бойынша", "Жол жөндеу")
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    import_into(hq, export(almaty, tmp_path / "almaty.khb"))
    with hq.database.transaction() as session:
        act = hq.actor
        review.set_review(session, act, ours[0], ReviewChange(status="accepted", section="D2.3"))
        review.set_review(session, act, ours[1], ReviewChange(status="merged", into=theirs[0]))
        review.set_review(
            session, act, theirs[1], ReviewChange(status="declined", reason="Қордың ісі емес")
        )
    return hq, astana, almaty, {"ours": ours, "theirs": theirs}


def test_a_review_reaches_the_region_whose_proposal_it_is(
    reviewed: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, almaty, ids = reviewed
    path = reference(hq, tmp_path / "reference2.khr")
    accepted, merged = take(astana, path)
    assert (accepted.proposal_id, accepted.status, accepted.section, accepted.answer) == (
        ids["ours"][0], ReviewStatus.ACCEPTED, "D2.3", None
    )  # fmt: skip
    assert (merged.status, merged.into_number) == (ReviewStatus.MERGED, 1)
    assert merged.into_meeting is not None and merged.into_meeting.startswith("75-")
    (declined,) = take(almaty, path)
    assert (declined.status, declined.answer) == (ReviewStatus.DECLINED, "Қордың ісі емес")
    # the region keeps its reviews as received and sends none back
    with astana.database.session() as session:
        assert sync.sending_state(session) == "nothing"


def test_what_every_laptop_receives_names_no_reviewer_and_no_other_regions_text(
    reviewed: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _, ids = reviewed
    with hq.database.transaction() as session:
        # a note of headquarters' own on an accepted proposal stays at headquarters
        review.set_review(session, hq.actor, ids["ours"][0], ReviewChange(note="Сарапшыға: тексер"))
    path = reference(hq, tmp_path / "reference2.khr")
    sent = read_signed_zip(path.read_bytes()).entries()[review.REVIEWS_ENTRY]
    # the reference bundle is signed, not encrypted: this is what every laptop can read
    for secret in ("hq", "reviewer", "Еріктілер желісін құру", "duplicate_of_id", "Сарапшыға"):
        assert secret.encode() not in sent
    reviews = [r for rows in orjson.loads(sent).values() for r in rows]
    assert {frozenset(r) for r in reviews} == {
        frozenset({"id", "version", "proposal_id", "status", "accepted_section_code", "answer",
                   "updated_at", "into"})
    }  # fmt: skip
    merged = next(r for r in reviews if r["status"] == ReviewStatus.MERGED)
    assert set(merged["into"]) == {"meeting", "number"}
    assert "Қордың ісі емес" in {r["answer"] for r in reviews}
    # the region still reads its merge's target by meeting and number
    (_, merged_here) = take(astana, path)
    assert merged_here.into_number == 1 and merged_here.answer is None


def test_the_next_bundle_replaces_what_the_region_knew(
    reviewed: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _, ids = reviewed
    assert len(take(astana, reference(hq, tmp_path / "r2.khr"))) == 2
    with hq.database.transaction() as session:
        review.set_review(session, hq.actor, ids["ours"][0], ReviewChange(status="in-review"))
        review.set_review(session, hq.actor, ids["ours"][1], ReviewChange(status="in-review"))
        review.set_review(session, hq.actor, ids["ours"][1], ReviewChange(status="new"))
    found = take(astana, reference(hq, tmp_path / "r3.khr"))
    assert [(r.proposal_id, r.status) for r in found] == [
        (ids["ours"][0], ReviewStatus.UNDER_REVIEW)
    ]


def forged(hq: Site, path: Path, device: str, change: dict[str, object]) -> Path:
    """The reference bundle at ``path`` with ``device``'s first review changed, signed again by
    headquarters (as a headquarters running a buggy khdesk could)."""
    signed = read_signed_zip(path.read_bytes())
    entries = signed.entries()
    by_device = orjson.loads(entries[review.REVIEWS_ENTRY])
    by_device[device][0] = {**by_device[device][0], **change}
    entries[review.REVIEWS_ENTRY] = orjson.dumps(by_device)
    entries = {k: v for k, v in entries.items() if k not in ("manifest.json", "manifest.sig")}
    target = path.with_name("forged.khr")
    target.write_bytes(write_signed_zip(signed.manifest, entries, hq.keys))
    return target


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"accepted_section_code": None}, "its accepted_section_code does not go with its status"),
        ({"accepted_section_code": "D9.9"}, "its accepted_section_code is not a code khdesk knows"),
        ({"status": "approved"}, "its status is not one of"),
        ({"answer": "ескерту\x1b[31m"}, "its answer holds control characters"),
        ({"into": {"meeting": "75-2026-001", "number": 1}}, "its into does not go with its status"),
        ({"reviewer": "Дана Серікова"}, None),
        ({"proposal_id": "../../etc"}, "its proposal_id is not a record id"),
        ({"score": 5}, None),
    ],
)
def test_a_damaged_review_refuses_the_whole_reference_bundle(
    reviewed: tuple[Site, Site, Site, dict],
    tmp_path: Path,
    change: dict[str, object],
    problem: str | None,
) -> None:
    hq, astana, _, _ = reviewed
    path = reference(hq, tmp_path / "reference2.khr")
    bad = forged(hq, path, astana.actor.device_id, change)
    with astana.database.session() as session:
        version = installation.get_meta(session, "reference_version")
    with astana.database.transaction() as session, pytest.raises(BundleRejected) as error:
        sync.import_reference(session, bad)
    sentence = str(error.value)
    assert "\n" not in sentence and "\x1b" not in sentence
    if problem:
        assert problem in sentence
    else:
        assert sentence == "the reference bundle's review 1 is not one khdesk knows: refused."
    with astana.database.session() as session:
        assert installation.get_meta(session, "reference_version") == version
        assert review.received_reviews(session) == []


def test_the_entry_is_one_a_laptop_of_an_older_khdesk_accepts_and_ignores() -> None:
    assert ALLOWED.match(review.REVIEWS_ENTRY)
    assert (
        review.REVIEWS_ENTRY.removeprefix("reference/").removesuffix(".json") not in sync.REFERENCE
    )


@pytest.mark.parametrize(
    "data", [b"[]", b"{", b'{"x": []}', b'{"01a233d5-726c-70af-9757-1f13088b5766": {}}']
)
def test_a_damaged_entry_of_reviews_is_refused_whole(data: bytes) -> None:
    with pytest.raises(BundleRejected) as error:
        records.review_rows(data, "01a233d5-726c-70af-9757-1f13088b5766", frozenset({"D2.3"}))
    assert str(error.value) == "the reference bundle's list of reviews is damaged: refused."


def test_two_reviews_of_one_proposal_are_refused() -> None:
    device, proposal = (
        "01a233d5-726c-70af-9757-1f13088b5766",
        "01a233d5-726c-70af-9757-1f13088b5767",
    )
    one = {"id": device, "version": 1, "proposal_id": proposal, "status": "under-review",
           "answer": None, "into": None, "accepted_section_code": None,
           "updated_at": "2026-10-02T09:14:00+00:00"}  # fmt: skip
    assert len(records.review_rows(orjson.dumps({device: [one]}), device, frozenset())) == 1
    with pytest.raises(BundleRejected, match="reviews a proposal twice"):
        records.review_rows(orjson.dumps({device: [one, one]}), device, frozenset())
