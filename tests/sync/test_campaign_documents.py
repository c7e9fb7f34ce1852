"""The documents a campaign adopts, first part: headquarters drafts a Declaration in Kazakh and
Russian, edits it paragraph by paragraph (each keeps its id), publishes versions, and the
regions receive them in the reference bundle, checked against their fingerprints."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from khdesk.domain.errors import ChangedMeanwhile, InvalidInput, NotFound, ReadOnly
from khdesk.services import campaign_documents as docs
from khdesk.services import sync
from khdesk.sync.bundles import BundleRejected, read_signed_zip, write_signed_zip
from tests.sync.sites import Site

KK = [
    "Біз, «Қазақстан халқына» қорының конференциясына қатысушылар, ауыл мектептерін қолдаймыз.",
    "Азаматтарды оқыту мен әлеуметтік қорғауды нығайтуды ұсынамыз.",
]
RU = [
    "Мы, участники конференции фонда «Қазақстан халқына», поддерживаем сельские школы.",
    "Предлагаем укрепить обучение граждан и социальную защиту.",
]


def _declaration(hq: Site) -> str:
    with hq.database.transaction() as session:
        return docs.create_document(
            session, kind="declaration", title_kk="Конференция декларациясы",
            title_ru="Декларация конференции", paragraphs_kk=KK, paragraphs_ru=RU,
        ).id  # fmt: skip


def _reference(hq: Site, path: Path) -> Path:
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, path)
    return path


def test_a_draft_is_edited_and_published_in_versions_whose_paragraphs_keep_their_ids(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    document = _declaration(hq)
    with hq.database.transaction() as session:
        first = docs.publish(session, document)
        with pytest.raises(InvalidInput, match="nothing changed since version 1"):
            docs.publish(session, document)
        docs.add_paragraph(
            session, document, after=1, text_kk="Ауылдағы әлеуметтік инфрақұрылым.",
            text_ru="Социальная инфраструктура села.",
        )  # fmt: skip
        docs.edit_paragraph(session, document, 3, text_ru="Предлагаем адресную поддержку.")
        docs.remove_paragraph(session, document, 1)
        second = docs.publish(session, document)
    assert (first.number, second.number) == (1, 2) and first.fingerprint != second.fingerprint
    one, two = (orjson.loads(v.paragraphs) for v in (first, second))
    assert [p["text_kk"] for p in two] == ["Ауылдағы әлеуметтік инфрақұрылым.", KK[1]]
    assert two[1]["id"] == one[1]["id"]  # the same paragraph, reworded, moved up
    assert two[1]["text_ru"] == "Предлагаем адресную поддержку."
    # the regions receive both versions and show them with their lines numbered
    _take = _reference(hq, tmp_path / "reference-2.khr")
    with astana.database.transaction() as session:
        sync.import_reference(session, _take)
    with astana.database.session() as session:
        (summary,) = docs.summaries(session)
        assert (summary.versions, summary.latest, summary.draft) == (2, 2, False)
        shown = docs.show(session, document, "ru", 1)
        assert shown.fingerprint == first.fingerprint
        assert sorted({line[1] for line in shown.lines}) == [1, 2]
        assert shown.lines[0][3].startswith("Мы, участники")
        with pytest.raises(ReadOnly, match="headquarters drafts"):
            docs.publish(session, document)
    # a second import of the same bundle, or of a newer one, keeps the versions as they are
    with astana.database.transaction() as session:
        sync.import_reference(session, _reference(hq, tmp_path / "reference-3.khr"))
    with astana.database.session() as session:
        assert len(docs.versions(session, document)) == 2


def test_the_window_names_a_paragraph_by_its_id_and_is_told_what_changed_meanwhile(
    network: tuple[Site, Site, Site],
) -> None:
    hq, _astana, _almaty = network
    document = _declaration(hq)
    with hq.database.transaction() as session:
        assert docs.summaries(session)[0].unpublished  # nothing published yet
        docs.publish(session, document)
        assert not docs.summaries(session)[0].unpublished
        first, second = (p.id for p in docs.draft_paragraphs(session, document))
        docs.add_paragraph(session, document, after=0, text_kk="Кіріспе.", text_ru="Вступление.")
        assert docs.summaries(session)[0].unpublished
        # the paragraph shown second is now third: found by its id, not by where it was
        assert docs.paragraph_number(session, document, second, read=(KK[1], RU[1])) == 3
        with pytest.raises(ChangedMeanwhile, match="another analyst changed this paragraph"):
            docs.paragraph_number(session, document, first, read=(KK[0], "Прежние слова."))
        docs.remove_paragraph(session, document, 2)
        with pytest.raises(ChangedMeanwhile, match="removed from the draft meanwhile"):
            docs.paragraph_number(session, document, first)
        docs.remove_paragraph(session, document, 1)
        docs.add_paragraph(session, document, after=0, text_kk=KK[0], text_ru=RU[0])
        # the same wording under another id still differs from version 1: it is a new paragraph
        assert docs.summaries(session)[0].unpublished


def test_a_blank_line_of_spaces_separates_paragraphs_too() -> None:
    typed = "Бірінші\nабзац.\n  \t\nЕкінші абзац.\r\n\r\nҮшінші."
    assert docs.paragraphs_of(typed) == ["Бірінші абзац.", "Екінші абзац.", "Үшінші."]


def test_lines_are_numbered_through_the_text_and_long_paragraphs_wrap() -> None:
    lines = docs.numbered([("a", "сөз " * 40), ("b", "Қысқа.")], width=40)
    assert [line[0] for line in lines] == list(range(1, len(lines) + 1))
    assert all(len(line[3]) <= 40 for line in lines)
    assert lines[-1][1:] == (2, "b", "Қысқа.")


def test_a_draft_needs_both_languages_paragraph_for_paragraph(
    network: tuple[Site, Site, Site],
) -> None:
    hq, astana, _almaty = network
    with hq.database.transaction() as session:
        with pytest.raises(InvalidInput, match="the Kazakh text has 2 paragraphs"):
            docs.create_document(
                session, kind="appeal", title_kk="Үндеу", title_ru="Обращение",
                paragraphs_kk=KK, paragraphs_ru=RU[:1],
            )  # fmt: skip
        with pytest.raises(InvalidInput, match="is not a kind of document"):
            docs.create_document(
                session, kind="manifesto", title_kk="Үндеу", title_ru="Обращение",
                paragraphs_kk=KK, paragraphs_ru=RU,
            )  # fmt: skip
    document = _declaration(hq)
    with hq.database.transaction() as session:
        with pytest.raises(NotFound, match="no paragraph 5"):
            docs.edit_paragraph(session, document, 5, text_kk="Жоқ.")
        with pytest.raises(InvalidInput, match="more than 5000"):
            docs.edit_paragraph(session, document, 1, text_kk="а" * 5001)
    with astana.database.transaction() as session, pytest.raises(ReadOnly):
        docs.create_document(
            session, kind="appeal", title_kk="Үндеу", title_ru="Обращение",
            paragraphs_kk=KK, paragraphs_ru=RU,
        )  # fmt: skip
    assert docs.paragraphs_of("Бірінші\nжол.\n\n\n  Екінші.  \n") == ["Бірінші жол.", "Екінші."]


def test_an_altered_or_damaged_version_in_a_reference_bundle_refuses_it_whole(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    document = _declaration(hq)
    with hq.database.transaction() as session:
        docs.publish(session, document)
    path = _reference(hq, tmp_path / "reference-2.khr")
    signed = read_signed_zip(path.read_bytes())
    entries = dict(signed.entries())
    good = orjson.loads(entries[docs.VERSIONS_ENTRY])

    def forged(rows: object) -> Path:
        entries[docs.VERSIONS_ENTRY] = orjson.dumps(rows)
        out = tmp_path / "forged.khr"
        out.write_bytes(write_signed_zip(signed.manifest, entries, hq.keys))
        return out

    altered = [dict(good[0], paragraphs=[dict(good[0]["paragraphs"][0], text_kk="Басқа мәтін.")])]
    with (
        astana.database.transaction() as session,
        pytest.raises(BundleRejected, match="fingerprint"),
    ):
        sync.import_reference(session, forged(altered))
    for bad in ({}, [dict(good[0], extra=1)], [dict(good[0], id="../x")], [good[0], good[0]]):
        with (
            astana.database.transaction() as session,
            pytest.raises(BundleRejected, match="list of documents is damaged"),
        ):
            sync.import_reference(session, forged(bad))
    with astana.database.session() as session:
        assert docs.summaries(session) == []
    # a version that headquarters changed after publishing it is refused where it was received
    with astana.database.transaction() as session:
        sync.import_reference(session, path)
    renumbered = [dict(good[0], number=7)]
    renumbered[0]["fingerprint"] = good[0]["fingerprint"]
    with (
        astana.database.transaction() as session,
        pytest.raises(BundleRejected, match="changes a published version"),
    ):
        sync.import_reference(session, forged(renumbered))
