"""People's rights across installations: consent withdrawn and persons erased at a region reach
headquarters as tombstones, those asked at headquarters reach the region in the next reference
bundle, a bundle written before the erasure never brings a name back, counts stay right, and
neither the log nor a crash report keeps a name, a phone or an e-mail."""

from __future__ import annotations

import logging
from pathlib import Path

import orjson
import pytest
from sqlalchemy import text

from khdesk import reports
from khdesk.domain.errors import ReadOnly
from khdesk.domain.names import pseudonym
from khdesk.services import (
    identities,
    meetings,
    minutes,
    participants,
    persons,
    proposals,
    rights,
    stats,
    sync,
)
from khdesk.storage.models import Person
from khdesk.sync import records
from khdesk.sync.bundles import BundleRejected, read_signed_zip, write_signed_zip
from tests.factories import make_closable_meeting
from tests.services.test_identities import came, meeting_of
from tests.sync.sites import Site, bundle_entries, export, forged_bundle, import_into

NAME, PHONE, EMAIL = "Жұмабекова Іңкәр Серікқызы", "8 701 234 56 78", "inkar@example.kz"
OTHER = "Серікбаев Асқар Болатұлы"


def _said(site: Site, meeting_id: str, person_id: str) -> None:
    """The person proposes, asks and speaks at the meeting."""
    with site.database.transaction() as session:
        proposals.add_proposal(
            session,
            site.actor,
            meeting_id,
            text="Ауыл мектебіне интернет",
            direction="D2",
            author_name=NAME,
            author_person_id=person_id,
        )
        proposals.add_question(
            session,
            site.actor,
            meeting_id,
            text="Қашан басталады?",
            asker_name=NAME,
            asker_person_id=person_id,
        )
        item = minutes.add_agenda_item(
            session,
            site.actor,
            meeting_id,
            title="Білім",
            rapporteur=NAME,
            rapporteur_person_id=person_id,
        )
        minutes.add_speech(
            session, site.actor, item.id, speaker=NAME, person_id=person_id, text="Мектептер туралы"
        )


def _everything(site: Site) -> str:
    """Every value of every table, as one text (what a search for a name would read)."""
    with site.database.session() as session:
        conn = session.connection()
        tables = [
            "person", "attendance", "proposal", "question", "speech", "agendaitem", "changelog",
            "amendment",
        ]  # fmt: skip
        return "\n".join(
            repr(tuple(row))
            for table in tables
            for row in conn.execute(text(f"SELECT * FROM {table}"))
        )


def _person(site: Site, person_id: str) -> Person:
    with site.database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person


def _figures(site: Site) -> tuple[int, int]:
    """Present attendances and unique persons, as the dashboard shows them."""
    with site.database.transaction() as session:
        identities.refresh(session)
        return (
            sum(stats.attendances_by_sector(session, stats.NO_FILTERS).values()),
            stats.unique_persons(session, stats.NO_FILTERS),
        )


def _reference(hq: Site, path: Path) -> Path:
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, path)
    return path


def _take(site: Site, path: Path) -> None:
    with site.database.transaction() as session:
        sync.import_reference(session, path)


@pytest.fixture
def seen_twice(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Site, Site, dict]:
    """One person at round tables in Astana and Almaty (the same phone), who spoke in Astana,
    and another person in Astana; all of it at headquarters."""
    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    ids = {
        "astana": came(astana, here, NAME, phone=PHONE, email=EMAIL, organisation="ОФ «Мейірім»"),
        "almaty": came(almaty, there, NAME, phone=PHONE),
        "other": came(astana, here, OTHER, phone="8 777 111 22 33"),
        "meeting": here,
    }
    _said(astana, here, ids["astana"])
    import_into(hq, export(astana, tmp_path / "astana-1.khb"))
    import_into(hq, export(almaty, tmp_path / "almaty-1.khb"))
    return hq, astana, almaty, ids


def test_a_person_erased_at_a_region_is_erased_at_headquarters_and_counted_once_still(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    before = _figures(hq)
    assert before == (3, 2)
    old_bundle = tmp_path / "astana-1.khb"
    assert NAME in _everything(astana) and "7012345678" in _everything(astana)
    with astana.database.transaction() as session:
        act = rights.erase_person(session, astana.actor, ids["astana"])
    assert (act.persons, act.named) == (1, 4)  # the proposal, question, agenda item, speech
    erased = _person(astana, ids["astana"])
    assert erased.full_name == pseudonym(ids["astana"])
    assert (erased.phone, erased.email, erased.organisation, erased.consent) == (
        None, None, None, False
    )  # fmt: skip
    here = _everything(astana)
    for value in (NAME, "7012345678", EMAIL, "Мейірім"):
        assert value not in here
    assert OTHER in here  # nobody else is touched
    # the attendance stays: the round table still had three present
    with astana.database.session() as session:
        assert minutes.present_count(session, ids["meeting"]) == 2
    result = import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    assert result.status == "imported"
    at_hq = _person(hq, ids["astana"])
    assert at_hq.full_name == pseudonym(ids["astana"]) and at_hq.erased_at is not None
    assert NAME not in _everything(hq).replace(_person(hq, ids["almaty"]).full_name, "")
    # counted once still, with Almaty's record of the same person
    assert _figures(hq) == before
    # the bundle written before the erasure, imported again, brings nothing back
    again = import_into(hq, old_bundle)
    assert again.status == "already imported"
    with hq.database.transaction() as session:
        session.connection().execute(text("DELETE FROM bundle WHERE direction = 'in'"))
    again = import_into(hq, old_bundle)
    assert (again.status, again.collisions) == ("imported", 0)
    assert _person(hq, ids["astana"]).full_name == pseudonym(ids["astana"])
    assert "Мейірім" not in _everything(hq)


def test_a_person_erased_at_headquarters_is_erased_in_every_region_that_holds_them(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, almaty, ids = seen_twice
    before = _figures(hq)
    with hq.database.transaction() as session:
        act = rights.erase_person(session, hq.actor, ids["almaty"])
    # headquarters counts them as one person: both regions' records are erased
    assert act.persons == 2
    assert NAME not in _everything(hq) and EMAIL not in _everything(hq)
    assert _figures(hq) == before
    path = _reference(hq, tmp_path / "reference-2.khr")
    signed = read_signed_zip(path.read_bytes())
    register = orjson.loads(signed.entries()[rights.REGISTER_ENTRY])
    assert {entry["person_id"] for entry in register} == {ids["astana"], ids["almaty"]}
    assert NAME.encode() not in path.read_bytes()
    for region in (astana, almaty):
        _take(region, path)
        assert NAME not in _everything(region)
    assert _person(astana, ids["astana"]).full_name == pseudonym(ids["astana"])
    assert _person(astana, ids["other"]).full_name == OTHER
    # the regions' own erased versions come back; nothing collides, nothing comes back
    for index, region in enumerate((astana, almaty)):
        result = import_into(hq, export(region, tmp_path / f"region-{index}-2.khb"))
        assert (result.status, result.collisions) == ("imported", 0)
    assert NAME not in _everything(hq)
    assert _figures(hq) == before
    # a second reference bundle changes nothing more at the region
    _take(astana, _reference(hq, tmp_path / "reference-3.khr"))
    with astana.database.session() as session:
        assert sync.sending_state(session) == "nothing"


def test_an_edit_written_before_the_region_learnt_of_the_erasure_is_erased_again(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    with hq.database.transaction() as session:
        rights.erase_person(session, hq.actor, ids["astana"])
    with astana.database.transaction() as session:
        participants.update_person(session, astana.actor, ids["astana"], position="Директор")
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    at_hq = _person(hq, ids["astana"])
    assert at_hq.full_name == pseudonym(ids["astana"])
    assert (at_hq.position, at_hq.phone) == (None, None)


def test_consent_withdrawn_at_a_region_erases_the_contacts_at_headquarters(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    with astana.database.transaction() as session:
        rights.withdraw_consent(session, astana.actor, ids["astana"])
    person = _person(astana, ids["astana"])
    assert (person.full_name, person.phone, person.email, person.consent) == (
        NAME, None, None, False
    )  # fmt: skip
    assert person.contacts_erased_at is not None
    assert "7012345678" not in _everything(astana) and EMAIL not in _everything(astana)
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    at_hq = _person(hq, ids["astana"])
    assert (at_hq.full_name, at_hq.phone, at_hq.email) == (NAME, None, None)
    with hq.database.session() as session:
        assert rights.register(session) == {ids["astana"]: "withdraw"}
    with astana.database.transaction() as session, pytest.raises(Exception, match="nothing"):
        rights.withdraw_consent(session, astana.actor, ids["astana"])


def test_consent_withdrawn_at_headquarters_reaches_the_region(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    with hq.database.transaction() as session:
        rights.withdraw_consent(session, hq.actor, ids["astana"])
    _take(astana, _reference(hq, tmp_path / "reference-2.khr"))
    person = _person(astana, ids["astana"])
    assert (person.full_name, person.phone, person.email, person.consent) == (
        NAME, None, None, False
    )  # fmt: skip
    result = import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    assert (result.status, result.collisions) == ("imported", 0)


def test_a_damaged_register_in_a_reference_bundle_refuses_it_whole(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    path = _reference(hq, tmp_path / "reference-2.khr")
    signed = read_signed_zip(path.read_bytes())
    entries = dict(signed.entries())
    for bad in (
        b"{}",
        orjson.dumps([{"person_id": "../../etc", "kind": "erase"}]),
        orjson.dumps([{"person_id": ids["astana"], "kind": "forget"}]),
        orjson.dumps([{"person_id": ids["astana"], "kind": "erase", "name": NAME}]),
        orjson.dumps([{"person_id": ids["astana"], "kind": "erase"}] * 2),
    ):
        entries[rights.REGISTER_ENTRY] = bad
        forged = tmp_path / "forged.khr"
        forged.write_bytes(write_signed_zip(signed.manifest, entries, hq.keys))
        with pytest.raises(BundleRejected, match="erased persons is damaged"):
            _take(astana, forged)
        assert _person(astana, ids["astana"]).full_name == NAME


def test_a_bundle_that_calls_a_person_erased_but_keeps_their_name_is_refused(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    with astana.database.transaction() as session:
        rights.erase_person(session, astana.actor, ids["other"])
    entries = bundle_entries(hq, export(astana, tmp_path / "astana-2.khb"))
    rows = [orjson.loads(line) for line in entries["tables/person.jsonl"].splitlines()]
    for row in rows:
        row["full_name"] = OTHER
    entries["tables/person.jsonl"] = b"\n".join(orjson.dumps(row) for row in rows)
    forged = tmp_path / "forged.khb"
    forged.write_bytes(forged_bundle(hq, astana, entries))
    with pytest.raises(BundleRejected, match="erased but its name is not the pseudonym"):
        import_into(hq, forged)
    assert _person(hq, ids["other"]).full_name == OTHER  # nothing of it applied


def test_the_register_carries_ids_and_kinds_only(seen_twice: tuple[Site, Site, Site, dict]) -> None:
    hq, _astana, _almaty, ids = seen_twice
    with hq.database.transaction() as session:
        rights.erase_person(session, hq.actor, ids["other"])
        entry = rights.register_entry(session)
    assert orjson.loads(entry) == [{"person_id": ids["other"], "kind": "erase"}]
    assert records.erasure_rows(entry, 10) == [(ids["other"], rights.ErasureKind.ERASE)]


def test_the_log_and_a_crash_report_written_during_these_acts_hold_no_personal_data(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, almaty, ids = seen_twice
    logs = tmp_path / "logs"
    reports.configure_logging(logs, level=logging.DEBUG)
    try:
        logging.getLogger("khdesk").debug("starting the erasure of %s", NAME)
        with astana.database.transaction() as session:
            rights.withdraw_consent(session, astana.actor, ids["other"])
            rights.erase_person(session, astana.actor, ids["astana"])
        import_into(hq, export(astana, tmp_path / "astana-2.khb"))
        with hq.database.transaction() as session:
            rights.erase_person(session, hq.actor, ids["almaty"])
        _take(almaty, _reference(hq, tmp_path / "reference-2.khr"))
        try:
            raise ValueError(f"could not erase {NAME} ({PHONE}, {EMAIL})")
        except ValueError as error:
            report = reports.write_crash_report(tmp_path / "crash-reports", error)
            assert report is not None
    finally:
        reports.stop_logging()
    written = "".join(p.read_text(encoding="utf-8") for p in logs.iterdir())
    written += report.read_text(encoding="utf-8")
    assert "ValueError" in written and "starting the erasure" in written
    for value in (NAME, "Іңкәр", OTHER, PHONE, "234 56 78", "7012345678", EMAIL, "7771112233"):
        assert value not in written


def test_a_person_who_consents_again_after_withdrawing_keeps_their_new_contacts(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    with astana.database.transaction() as session:
        rights.withdraw_consent(session, astana.actor, ids["astana"])
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    with astana.database.transaction() as session:
        participants.update_person(
            session, astana.actor, ids["astana"], consent=True, consent_method="paper",
            phone="8 701 999 88 77",
        )  # fmt: skip
    result = import_into(hq, export(astana, tmp_path / "astana-3.khb"))
    assert (result.status, result.collisions) == ("imported", 0)
    assert _person(hq, ids["astana"]).phone == "+77019998877"
    # neither headquarters' register nor the next reference bundle takes it away again
    _take(astana, _reference(hq, tmp_path / "reference-2.khr"))
    assert _person(astana, ids["astana"]).phone == "+77019998877"
    with astana.database.session() as session:
        assert sync.sending_state(session) == "nothing"  # nothing was written again


def test_an_erased_person_is_not_edited_or_merged_again(
    seen_twice: tuple[Site, Site, Site, dict],
) -> None:
    _hq, astana, _almaty, ids = seen_twice
    with astana.database.transaction() as session:
        rights.erase_person(session, astana.actor, ids["astana"])
    with astana.database.transaction() as session:
        with pytest.raises(ReadOnly, match="erased at their request"):
            participants.update_person(session, astana.actor, ids["astana"], position="Директор")
        with pytest.raises(ReadOnly, match="erased at the person's request"):
            persons.merge_persons(session, astana.actor, ids["other"], ids["astana"])


def test_a_record_merged_into_the_person_is_erased_with_them(
    seen_twice: tuple[Site, Site, Site, dict], tmp_path: Path
) -> None:
    hq, astana, _almaty, ids = seen_twice
    twin = came(astana, ids["meeting"], "Жумабекова Инкар", phone="8 701 555 44 33")
    with astana.database.transaction() as session:
        persons.merge_persons(session, astana.actor, ids["astana"], twin)
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    with astana.database.transaction() as session:
        rights.erase_person(session, astana.actor, ids["astana"])
    import_into(hq, export(astana, tmp_path / "astana-3.khb"))
    for site in (astana, hq):
        assert "Жумабекова Инкар" not in _everything(site)
        assert "7015554433" not in _everything(site)


def test_an_amendment_that_quoted_the_name_loses_it_at_headquarters_too(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _almaty = network
    meeting = make_closable_meeting(astana.database, astana.actor)
    person = came(astana, meeting.id, NAME, phone=PHONE)
    with astana.database.transaction() as session:
        item = minutes.agenda(session, meeting.id)[0]
        meetings.close_meeting(session, astana.actor, meeting.id)
    with astana.database.transaction() as session:
        minutes.update_agenda_item(
            session, astana.actor, item.id, reason="баяндамашы түзетілді", rapporteur=NAME,
            rapporteur_person_id=person,
        )  # fmt: skip
    import_into(hq, export(astana, tmp_path / "astana-1.khb"))
    assert NAME in _everything(hq)
    with astana.database.transaction() as session:
        rights.erase_person(session, astana.actor, person)
    assert NAME not in _everything(astana)
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    assert NAME not in _everything(hq)


def test_erasures_and_expired_contacts_arriving_before_a_refresh_keep_one_person_once(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    import datetime as dt

    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    mine = came(astana, here, NAME, phone=PHONE, organisation="ОФ «Мейірім»")
    came(almaty, there, NAME, phone=PHONE)
    came(almaty, there, OTHER, phone="8 777 111 22 33")
    # no refresh of who is who between the bundles and the erasure's arrival
    import_into(hq, export(astana, tmp_path / "astana-1.khb"))
    import_into(hq, export(almaty, tmp_path / "almaty-1.khb"))
    with astana.database.transaction() as session:
        rights.set_retention_months(session, 1)
        expired = rights.apply_retention(session, astana.actor, today=dt.date(2027, 6, 1))
    assert expired.persons == 1
    import_into(hq, export(astana, tmp_path / "astana-2.khb"))
    assert _figures(hq) == (3, 2)  # three present, two people
    with astana.database.transaction() as session:
        rights.erase_person(session, astana.actor, mine)
    import_into(hq, export(astana, tmp_path / "astana-3.khb"))
    assert _figures(hq) == (3, 2)
    # headquarters withdraws the consent of the record that is left
    with hq.database.transaction() as session:
        act = rights.withdraw_consent(session, hq.actor, mine)
    assert act.persons == 1
    assert "7012345678" not in _everything(hq)
