"""The documents a campaign adopts, from the draft to the adopted text: headquarters drafts a
Declaration and publishes it, two regions amend it at their round tables and send their
bundles, headquarters decides each amendment, and the plenary adopts the final text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from khdesk.documents.protocol import write_protocol
from khdesk.domain.errors import ChangedMeanwhile, InvalidInput, ReadOnly
from khdesk.services import campaign_documents as docs
from khdesk.services import document_amendments as amend
from khdesk.services import exports, meetings, minutes, participants, sync
from khdesk.sync.bundles import BundleRejected
from tests.factories import make_person
from tests.sync.sites import (
    Site,
    bundle_entries,
    export,
    forged_bundle,
    import_into,
    records_of,
    with_records,
)

KK = [
    "Біз, «Қазақстан халқына» қорының конференциясына қатысушылар, ауыл мектептерін қолдаймыз.",
    "Азаматтарды оқыту мен әлеуметтік қорғауды нығайтуды ұсынамыз.",
    "Атаулы қолдау әр отбасына жетуі тиіс.",
]
RU = [
    "Мы, участники конференции фонда «Қазақстан халқына», поддерживаем сельские школы.",
    "Предлагаем укрепить обучение граждан и социальную защиту.",
    "Адресная поддержка должна дойти до каждой семьи.",
]
ACCEPTED_KK = "Азаматтарды оқытуды, әлеуметтік қорғауды және ауылдағы инфрақұрылымды нығайтамыз."
ACCEPTED_RU = "Укрепим обучение граждан, социальную защиту и инфраструктуру села."
ADDED_KK = "Ауыл мұғалімдеріне тұрғын үй беріледі."
ADDED_RU = "Сельским учителям предоставляется жильё."


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _published_declaration(hq: Site, tmp_path: Path, *regions: Site) -> tuple[str, str]:
    """A Declaration published as version 1 and received by ``regions``; (document, its
    second paragraph's id)."""
    with hq.database.transaction() as session:
        document = docs.create_document(
            session, kind="declaration", title_kk="Конференция декларациясы",
            title_ru="Декларация конференции", paragraphs_kk=KK, paragraphs_ru=RU,
        ).id  # fmt: skip
        version = docs.publish(session, document)
        sync.export_reference(session, hq.keys, tmp_path / "reference-1.khr")
    for region in regions:
        with region.database.transaction() as session:
            sync.import_reference(session, tmp_path / "reference-1.khr")
    return document, amend.paragraph_at(version, 2)


def _round_table(site: Site, title: str, people: int) -> str:
    with site.database.transaction() as session:
        meeting = meetings.create_meeting(
            session, site.actor, kind="round-table", date="2026-11-05", title=title,
            chair="Ә. Сейітов", secretary="Г. Үсенова",
        )  # fmt: skip
    for index in range(people):
        person = make_person(site.database, site.actor, full_name=f"{title} қатысушы {index}")
        with site.database.transaction() as session:
            participants.check_in(session, site.actor, meeting.id, person.id)
    with site.database.transaction() as session:
        item = minutes.add_agenda_item(session, site.actor, meeting.id, title="Декларация жобасы")
        minutes.add_decision(session, site.actor, item.id, text="Түзетулер орталыққа жіберілсін.")
    return meeting.id


def test_a_declaration_goes_from_draft_to_adopted_text_through_two_regions(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    document, second = _published_declaration(hq, tmp_path, astana, almaty)

    # Astana: new wording for paragraph 2 (lines named) and a new paragraph after it
    astana_meeting = _round_table(astana, "Астана дөңгелек үстелі", 12)
    with astana.database.transaction() as session:
        shown = docs.show(session, document, "kk")
        lines = [line for line, _n, pid, _t in shown.lines if pid == second]
        reworded = amend.record_amendment(
            session, astana.actor, astana_meeting, document_id=document, action="replace",
            language="kk", paragraph_id=second, lines=(lines[0], lines[-1]),
            text_kk=ACCEPTED_KK, proposer_name="Серікова Айгүл", votes_for=10, votes_against=1,
            votes_abstained=1,
        )  # fmt: skip
        added = amend.record_amendment(
            session, astana.actor, astana_meeting, document_id=document, action="add",
            language="ru", paragraph_id=second, text_ru=ADDED_RU, text_kk=ADDED_KK,
            proposer_name="Ким Олег", votes_for=12,
        )  # fmt: skip
        with pytest.raises(InvalidInput, match="13 votes, but 12 people are present"):
            amend.record_amendment(
                session, astana.actor, astana_meeting, document_id=document,
                action="delete", language="ru", paragraph_id=second, votes_for=13,
            )  # fmt: skip
        meetings.close_meeting(session, astana.actor, astana_meeting)
    # Almaty: another wording for the same paragraph, in Russian, and the third paragraph cut
    almaty_meeting = _round_table(almaty, "Алматы дөңгелек үстелі", 8)
    with almaty.database.transaction() as session:
        similar = amend.record_amendment(
            session, almaty.actor, almaty_meeting, document_id=document, action="replace",
            language="ru", paragraph_id=second,
            text_ru="Укрепить обучение граждан и социальную защиту на селе.",
            proposer_name="Омаров Бауыржан", votes_for=8,
        )  # fmt: skip
        cut = amend.record_amendment(
            session, almaty.actor, almaty_meeting, document_id=document, action="delete",
            language="ru", paragraph_id=amend.paragraph_at(amend.version_of(session, document), 3),
            proposer_name="Жақсыбекова Дана", votes_for=5, votes_against=3,
        )  # fmt: skip
        meetings.close_meeting(session, almaty.actor, almaty_meeting)
    with astana.database.session() as session, pytest.raises(ReadOnly, match="closed"):
        amend.record_amendment(
            session, astana.actor, astana_meeting, document_id=document, action="delete",
            language="kk", paragraph_id=second,
        )  # fmt: skip

    # both bundles reach headquarters, one of them twice
    for site, name in ((astana, "astana"), (almaty, "almaty"), (astana, "astana-again")):
        import_into(hq, export(site, tmp_path / f"{name}.khb"))

    with hq.database.session() as session:
        groups = amend.consolidation(session, document)
        by_paragraph = {group.paragraph_id: group for group in groups}
        side_by_side = by_paragraph[second]
        assert {a.id for a in side_by_side.amendments} == {reworded.id, similar.id}
        assert {a.region_kato for a in side_by_side.amendments} == {"71", "75"}
        assert [a.id for a in side_by_side.added] == [added.id]
        assert docs.summaries(session)[0].amendments == {"open": 4}

    with hq.database.transaction() as session:
        amend.review(session, reworded.id, "accepted", text_ru=ACCEPTED_RU, reviewer="Аналитик")
        amend.review(session, similar.id, "merged", merged_into_id=reworded.id)
        amend.review(session, added.id, "accepted")
        with pytest.raises(InvalidInput, match="say why"):
            amend.review(session, cut.id, "declined")
        amend.review(session, cut.id, "declined", reason="Атаулы қолдау — Үндеудің өзегі.")
        with pytest.raises(ReadOnly, match="already in the draft"):
            amend.review(session, reworded.id, "declined", reason="Қайта қарау.")
        with pytest.raises(InvalidInput, match="publish them first"):
            amend.adopt(
                session, document, votes_for=100, votes_against=2, votes_abstained=3,
                present=110, adopted_on=dt.date(2026, 11, 28),
            )  # fmt: skip
        final = docs.publish(session, document)
        diff = amend.version_diff(session, document, 1, final.number, "ru")
        changed = next(d for d in diff if d.change == "changed")
        assert ("+", "и инфраструктуру села") in changed.words
        assert ("-", "и") in changed.words
        assert [d.change for d in diff].count("added") == 1
        with pytest.raises(InvalidInput, match="do not adopt"):
            amend.adopt(
                session, document, votes_for=40, votes_against=60, votes_abstained=0,
                present=110, adopted_on=dt.date(2026, 11, 28),
            )  # fmt: skip
        adopted = amend.adopt(
            session, document, votes_for=100, votes_against=2, votes_abstained=3, present=110,
            adopted_on=dt.date(2026, 11, 28),
        )  # fmt: skip
    assert adopted.fingerprint == final.fingerprint and adopted.version_number == 2

    # the adopted text is frozen
    with hq.database.transaction() as session:
        with pytest.raises(ReadOnly, match=r"adopted on 28\.11\.2026: its text is frozen"):
            docs.edit_paragraph(session, document, 1, text_kk="Өзгерген.")
        with pytest.raises(ReadOnly, match="frozen"):
            docs.publish(session, document)
        summary = docs.summaries(session)[0].as_json()
    assert summary["adopted"] is True and summary["adopted_version"] == 2
    assert summary["amendments"] == {"accepted": 2, "merged": 1, "declined": 1}

    # the documents: the adopted text in both languages, and the amendments list
    with hq.database.session() as session:
        text_pdf = amend.write_document(
            session, document, "adopted", "kk+ru", tmp_path / "adopted.pdf"
        )
        list_pdf = amend.write_document(
            session, document, "amendments", "ru", tmp_path / "amendments.pdf"
        )
    adopted_text = _text(text_pdf)
    assert ACCEPTED_KK in adopted_text and ACCEPTED_RU in adopted_text
    assert ADDED_KK in adopted_text and ADDED_RU in adopted_text
    assert KK[2] in adopted_text  # the deletion was declined
    assert final.fingerprint in adopted_text.replace(" ", "")
    assert "100" in adopted_text and "110" in adopted_text
    listed = _text(list_pdf)
    for words in ("Астана", "Алматы", "принята", "объединена с поправкой № 1", "отклонена",
                  "Атаулы қолдау — Үндеудің өзегі.", "Ким Олег", "Омаров Бауыржан"):  # fmt: skip
        assert words in listed, words

    # the amendment records in the analysts' workbook, one row each, with their outcomes
    with hq.database.session() as session:
        written = exports.export_xlsx(session, tmp_path / "campaign.xlsx", language="ru")
    assert written["amendments"] == 4
    sheet = load_workbook(tmp_path / "campaign.xlsx", read_only=True)["Поправки к документам"]
    rows = list(sheet.iter_rows(min_row=exports.PREAMBLE_ROWS + 2, values_only=True))
    assert sorted(row[16] for row in rows) == ["объединена", "отклонена", "принята", "принята"]
    assert {row[2] for row in rows} == {"город Астана", "город Алматы"}
    assert {row[4] for row in rows} == {"Декларация конференции"}

    # the round tables' protocols list their amendments under their own heading
    for site, meeting, words in (
        (astana, astana_meeting, ("Құжаттарға түзетулер", ACCEPTED_KK[:30], "Серікова Айгүл")),
        (almaty, almaty_meeting, ("Құжаттарға түзетулер", "Жақсыбекова Дана")),
    ):
        with site.database.session() as session:
            write_protocol(session, meeting, "kk", tmp_path / f"{site.folder.name}.pdf")
        printed = _text(tmp_path / f"{site.folder.name}.pdf")
        for word in words:
            assert word in printed, word
    # the same protocol printed at headquarters, from the bundle
    with hq.database.session() as session:
        write_protocol(session, almaty_meeting, "ru", tmp_path / "almaty-at-hq.pdf")
    assert "Поправки к документам" in _text(tmp_path / "almaty-at-hq.pdf")


def test_an_amendment_to_a_paragraph_a_later_version_removed_is_shown_as_removed(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    document, second = _published_declaration(hq, tmp_path, astana)
    meeting = _round_table(astana, "Астана", 3)
    with astana.database.transaction() as session:
        late = amend.record_amendment(
            session, astana.actor, meeting, document_id=document, action="replace",
            language="kk", paragraph_id=second, text_kk="Басқаша.",
        )  # fmt: skip
    with hq.database.transaction() as session:
        docs.remove_paragraph(session, document, 2)
        docs.publish(session, document)
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.transaction() as session:
        (removed,) = [g for g in amend.consolidation(session, document) if g.number is None]
        assert removed.removed_in == 2 and removed.text_kk == KK[1]
        assert [a.id for a in removed.amendments] == [late.id]
        with pytest.raises(InvalidInput, match="was removed from the draft"):
            amend.review(session, late.id, "accepted", text_ru="Иначе.")
        amend.review(session, late.id, "declined", reason="Абзац алынып тасталды.")
        listed = amend.write_document(
            session, document, "amendments", "kk", tmp_path / "amendments.pdf"
        )
    assert "2-нұсқада алынып тасталды" in _text(listed)


def test_two_analysts_deciding_one_amendment_at_once_are_told(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    document, second = _published_declaration(hq, tmp_path, astana)
    meeting = _round_table(astana, "Астана", 2)
    with astana.database.transaction() as session:
        one = amend.record_amendment(
            session, astana.actor, meeting, document_id=document, action="replace",
            language="ru", paragraph_id=second, text_ru="Иначе.",
        )  # fmt: skip
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    with hq.database.transaction() as session:
        amend.review(session, one.id, "clarification", reason="Что значит «иначе»?", revision=None)
    with hq.database.transaction() as session, pytest.raises(ChangedMeanwhile):
        amend.review(session, one.id, "declined", reason="Неясно.", revision=None)
    with hq.database.transaction() as session:
        assert amend.review(session, one.id, "declined", reason="Неясно.", revision=1).revision == 2


def test_a_forged_amendment_refuses_the_bundle_whole(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    document, second = _published_declaration(hq, tmp_path, astana)
    meeting = _round_table(astana, "Астана", 2)
    with astana.database.transaction() as session:
        amend.record_amendment(
            session, astana.actor, meeting, document_id=document, action="replace",
            language="kk", paragraph_id=second, text_kk="Жаңа сөз.",
        )  # fmt: skip
    entries = bundle_entries(hq, export(astana, tmp_path / "astana.khb"))
    (row,) = records_of(entries, "textamendment")
    cases = {
        "no published version": {"version_number": 7},
        "not a paragraph of that version": {"paragraph_id": "01900000-0000-7000-8000-000000000001"},
        "no wording in its language": {"text_kk": None, "text_ru": "Только по-русски."},
        "deletes a paragraph but gives a new wording": {"action": "delete"},
        "not a range of lines": {"line_from": 5, "line_to": 2},
        "longer than a paragraph": {"text_kk": "сөз " * 1500},
        "language is not one of": {"language": "en"},
    }
    for problem, change in cases.items():
        forged = forged_bundle(hq, astana, with_records(entries, "textamendment", [row | change]))
        (tmp_path / "forged.khb").write_bytes(forged)
        with pytest.raises(BundleRejected, match=problem):
            import_into(hq, tmp_path / "forged.khb")
    with hq.database.session() as session:
        assert amend.amendment_views(session, document) == []
