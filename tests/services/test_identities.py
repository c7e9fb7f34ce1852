"""One person once: persons of several regions counted once at headquarters, the merge review of
weak matches, its decisions and their undo, and bundles that arrive after a decision."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import col, select

from khdesk.domain.errors import InvalidInput, NotFound
from khdesk.domain.review import MoveRefused
from khdesk.domain.vocabulary import MatchBasis, MatchDecision
from khdesk.services import demo, identities, installation, meetings, participants, stats
from khdesk.services.recorder import Recorder
from khdesk.storage.database import Database
from khdesk.storage.models import PersonMatch
from tests.sync.sites import Site, content, export, import_into


def meeting_of(site: Site, title: str = "Дөңгелек үстел", date: str = "2026-10-01") -> str:
    with site.database.transaction() as session:
        return meetings.create_meeting(
            session, site.actor, kind="round-table", date=date, title=title
        ).id


def came(site: Site, meeting_id: str, full_name: str, **fields: Any) -> str:
    """A person registered at ``site`` and checked in at its meeting; returns their id."""
    consent = bool(fields.get("phone") or fields.get("email"))
    with site.database.transaction() as session:
        person = participants.add_person(
            session, site.actor, full_name=full_name, consent=consent, sector="ngo", **fields
        )
        participants.check_in(session, site.actor, meeting_id, person.id)
        return person.id


def arrive(hq: Site, tmp_path: Path, *regions: Site) -> identities.Refreshed:
    """Each region's bundle imported at headquarters, then the identities refreshed (as the
    import does)."""
    for index, region in enumerate(regions):
        bundle = tmp_path / f"bundle-{len(list(tmp_path.iterdir()))}-{index}.khb"
        import_into(hq, export(region, bundle))
    with hq.database.transaction() as session:
        return identities.refresh(session)


def figures(hq: Site, **filters: Any) -> tuple[int, int, int]:
    """Present attendances, participants (each record once) and unique persons."""
    with hq.database.session() as session:
        chosen = stats.Filters(**filters)
        return (
            sum(stats.attendances_by_sector(session, chosen).values()),
            sum(stats.participants_by_sector(session, chosen).values()),
            stats.unique_persons(session, chosen),
        )


def in_review(hq: Site) -> list[identities.MatchRow]:
    with hq.database.session() as session:
        return identities.pairs_in_review(session)


def test_phones_are_one_kazakh_number_however_written() -> None:
    numbers = {"+7 701 234 56 78", "8 701 234 56 78", "8 (701) 234-56-78", "77012345678",
               "7012345678", "+7(701)2345678"}  # fmt: skip
    assert {identities.normal_phone(n) for n in numbers} == {"77012345678"}
    assert identities.normal_phone("12-34") is None


def test_a_person_who_came_to_two_regions_with_their_phone_written_two_ways_counts_once(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    came(astana, meeting_of(astana), "Ыбыраева Гүлнар Серікқызы", phone="8 701 234 56 78")
    came(almaty, meeting_of(almaty), "Ибраева Гульнар", phone="+7 (701) 234-56-78")
    came(almaty, meeting_of(almaty, "Онлайн-сессия"), "Оспанов Болат", phone="+7 702 000 00 00")
    arrive(hq, tmp_path, astana, almaty)
    assert figures(hq) == (3, 3, 2)
    assert figures(hq, region="71") == (1, 1, 1)
    assert figures(hq, region="75") == (2, 2, 2)
    assert in_review(hq) == []


def test_the_same_e_mail_or_the_same_name_with_the_same_organisation_is_one_person(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    came(astana, here, "Нұрлан Сәрсенов", email="Nurlan.S@Mail.kz")
    came(almaty, there, "Сарсенов Нурлан", email="nurlan.s@mail.kz")
    came(astana, here, "Жұмабекова Іңкәр Серікқызы", organisation="ОФ «Мейірім»")
    came(almaty, there, "Жумабекова Инкар Серикқызы", organisation="оф мейірім")
    # one phone given by two people of one family is not one person
    came(astana, here, "Тоқтарова Әсел", phone="+7 705 111 22 33")
    came(almaty, there, "Тоқтаров Ержан", phone="87051112233")
    arrive(hq, tmp_path, astana, almaty)
    assert figures(hq) == (6, 6, 4)
    assert in_review(hq) == []


def test_weak_matches_go_to_review_and_count_apart_until_decided_the_same(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    name = came(astana, here, "Оспанов Серік Асхатұлы", organisation="Аудан әкімдігі")
    same_name = came(almaty, there, "Оспанов Серик Асхатулы", organisation="ТОО «Береке»")
    order = came(astana, here, "Серікова Айгүл")
    other_order = came(almaty, there, "Айгүл Серікова")
    father = came(astana, here, "Әлиев Бауыржан Қайратұлы")
    other_father = came(almaty, there, "Алиев Бауыржан Ерланович")
    refreshed = arrive(hq, tmp_path, astana, almaty)
    assert (refreshed.new_matches, refreshed.in_review) == (3, 3)
    assert figures(hq) == (6, 6, 6)
    pairs = {(row.basis, frozenset((row.person.person_id, row.other.person_id))): row
             for row in in_review(hq)}  # fmt: skip
    assert set(pairs) == {
        (MatchBasis.NAME.value, frozenset((name, same_name))),
        (MatchBasis.NAME_ORDER.value, frozenset((order, other_order))),
        (MatchBasis.PATRONYMIC.value, frozenset((father, other_father))),
    }
    row = pairs[(MatchBasis.NAME.value, frozenset((name, same_name)))]
    assert {row.person.organisation, row.other.organisation} == {"Аудан әкімдігі", "ТОО «Береке»"}
    assert {row.person.regions, row.other.regions} == {("71",), ("75",)}
    assert all(len(side.attendances) == 1 for side in (row.person, row.other))
    # a second refresh puts nothing to review twice
    with hq.database.transaction() as session:
        assert identities.refresh(session).new_matches == 0
    with hq.database.transaction() as session:
        step = identities.decide(session, hq.actor, row.id, "same")
    assert figures(hq) == (6, 6, 5)
    assert len(in_review(hq)) == 2
    # the person they are shows every attendance of both records, in both regions
    with hq.database.session() as session:
        decided = identities.pair(session, row.id)
    assert decided.decision == MatchDecision.SAME
    assert {a.region_kato for a in decided.person.attendances} == {"71", "75"}
    assert decided.person.regions == ("71", "75")
    with hq.database.transaction() as session:
        identities.undo_decision(session, hq.actor, step)
    assert figures(hq) == (6, 6, 6)
    with hq.database.session() as session:
        match = session.get(PersonMatch, row.id)
        assert match is not None
        assert (match.decision, match.version) == (MatchDecision.OPEN, 3)


def test_a_pair_decided_different_is_never_put_to_review_again(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    came(astana, meeting_of(astana), "Оспанов Серік Асхатұлы")
    came(almaty, meeting_of(almaty), "Оспанов Серік Асхатұлы")
    arrive(hq, tmp_path, astana, almaty)
    (row,) = in_review(hq)
    with hq.database.transaction() as session:
        identities.decide(session, hq.actor, row.id, "different")
    assert in_review(hq) == []
    with hq.database.transaction() as session:
        assert identities.refresh(session).new_matches == 0
    assert in_review(hq) == []
    assert figures(hq) == (2, 2, 2)
    with hq.database.transaction() as session:
        identities.decide(session, hq.actor, row.id, "later")
    assert [r.decision for r in in_review(hq)] == [MatchDecision.LATER]


def test_a_bundle_after_a_decision_keeps_it_and_a_decision_never_changes_what_a_region_sent(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    person = came(astana, meeting_of(astana), "Оспанов Серік Асхатұлы")
    came(almaty, meeting_of(almaty), "Оспанов Серік Асхатұлы")
    arrive(hq, tmp_path, astana, almaty)
    (row,) = in_review(hq)
    sent = set(content(astana)) | set(content(almaty))
    with hq.database.transaction() as session:
        identities.decide(session, hq.actor, row.id, "same")
    assert set(content(hq)) == sent
    # the region corrects its person and holds another meeting; the bundle arrives
    with astana.database.transaction() as session:
        participants.update_person(session, astana.actor, person, organisation="Аудан әкімдігі")
    came(astana, meeting_of(astana, "Екінші кездесу", "2026-10-08"), "Нұров Ғалым")
    arrive(hq, tmp_path, astana)
    assert figures(hq) == (3, 3, 2)
    with hq.database.session() as session:
        match = session.get(PersonMatch, row.id)
        assert match is not None and match.decision == MatchDecision.SAME
        written_here = session.connection().execute(
            text(
                "SELECT count(*) FROM person WHERE device_id = :hq UNION ALL "
                "SELECT count(*) FROM attendance WHERE device_id = :hq"
            ),
            {"hq": hq.actor.device_id},
        )
        assert [count for (count,) in written_here] == [0, 0]
    assert set(content(hq)) == set(content(astana)) | set(content(almaty))


def test_deciding_a_pair_that_does_not_exist_or_was_deleted_is_one_sentence_and_changes_nothing(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    came(astana, meeting_of(astana), "Оспанов Серік Асхатұлы")
    came(almaty, meeting_of(almaty), "Оспанов Серік Асхатұлы")
    arrive(hq, tmp_path, astana, almaty)
    (row,) = in_review(hq)
    with hq.database.transaction() as session, pytest.raises(NotFound) as missing:
        identities.decide(session, hq.actor, "no-such-pair", "same")
    assert str(missing.value) == (
        "no pair of persons with id no-such-pair is in the merge review: check the id "
        "('khdesk persons duplicates' lists them)."
    )
    with hq.database.transaction() as session, pytest.raises(InvalidInput) as unknown:
        identities.decide(session, hq.actor, row.id, "open")
    assert str(unknown.value) == "unknown decision 'open': use same, different or later."
    with hq.database.transaction() as session:
        identities.decide(session, hq.actor, row.id, "later")
    with hq.database.transaction() as session, pytest.raises(MoveRefused) as again:
        identities.decide(session, hq.actor, row.id, "later")
    assert str(again.value) == "this pair is already decided as «decide later»: nothing to change."
    with hq.database.transaction() as session:
        match = session.get(PersonMatch, row.id)
        assert match is not None
        Recorder(session, hq.actor).delete(match)
    with hq.database.transaction() as session, pytest.raises(NotFound) as deleted:
        identities.decide(session, hq.actor, row.id, "same")
    assert str(deleted.value).startswith(f"the pair of persons {row.id} was taken out")
    with hq.database.session() as session:
        matches = list(session.exec(select(PersonMatch)))
        assert [(m.decision, m.version, m.deleted) for m in matches] == [("later", 3, True)]
    assert figures(hq) == (2, 2, 2)


def test_a_record_a_region_merged_counts_for_the_one_it_kept(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    from khdesk.services import persons

    hq, astana, almaty = network
    first, second = meeting_of(astana), meeting_of(astana, "Екінші кездесу", "2026-10-08")
    kept = came(astana, first, "Ыбыраева Гүлнар", phone="8 701 234 56 78")
    twice = came(astana, second, "Ыбыраева Гулнар")
    with astana.database.transaction() as session:
        persons.merge_persons(session, astana.actor, kept, twice)
    came(almaty, meeting_of(almaty), "Ибраева Гульнар", phone="+7 701 234 56 78")
    arrive(hq, tmp_path, astana, almaty)
    assert figures(hq) == (3, 2, 1)
    assert figures(hq, region="71") == (2, 1, 1)
    assert in_review(hq) == []


def test_before_identities_are_worked_out_each_record_counts_as_itself(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    came(astana, meeting_of(astana), "Ыбыраева Гүлнар", phone="8 701 234 56 78")
    came(almaty, meeting_of(almaty), "Ибраева Гульнар", phone="+7 701 234 56 78")
    import_into(hq, export(astana, tmp_path / "astana.khb"))
    import_into(hq, export(almaty, tmp_path / "almaty.khb"))
    assert figures(hq) == (2, 2, 2)
    with hq.database.transaction() as session:
        identities.refresh(session)
    assert figures(hq) == (2, 2, 1)
    # a person who arrives before the next refresh counts as themselves meanwhile
    came(almaty, meeting_of(almaty, "Онлайн-сессия"), "Нұров Ғалым", phone="+7 702 000 00 00")
    import_into(hq, export(almaty, tmp_path / "almaty-2.khb"))
    assert figures(hq) == (3, 3, 2)


def test_a_region_works_out_identities_but_decides_nothing(
    network: tuple[Site, Site, Site],
) -> None:
    from khdesk.domain.errors import ReadOnly

    _hq, astana, _almaty = network
    here = meeting_of(astana)
    came(astana, here, "Оспанов Серік Асхатұлы")
    came(astana, here, "Оспанов Серік Асхатұлы", organisation="Аудан әкімдігі")
    with astana.database.transaction() as session:
        refreshed = identities.refresh(session)
    assert (refreshed.identities, refreshed.new_matches) == (2, 0)
    with astana.database.transaction() as session, pytest.raises(ReadOnly) as refused:
        identities.decide(session, astana.actor, "any", "same")
    assert str(refused.value).startswith("persons seen in several regions are reviewed at")


def test_a_refresh_after_a_bundle_without_persons_works_nothing_out_again(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    from khdesk.services import installation, proposals

    hq, astana, almaty = network
    here = meeting_of(astana)
    came(astana, here, "Оспанов Серік Асхатұлы")
    came(almaty, meeting_of(almaty), "Оспанов Серік Асхатұлы")
    first = arrive(hq, tmp_path, astana, almaty)
    with hq.database.session() as session:
        seen = installation.get_meta(session, identities.SEEN)
    with astana.database.transaction() as session:
        proposals.add_proposal(session, astana.actor, here, text="Ұсыныс", direction="D2")
    again = arrive(hq, tmp_path, astana)
    assert again == replace(first, changed=0, new_matches=0)
    with hq.database.session() as session:
        assert installation.get_meta(session, identities.SEEN) == seen
    # a bundle that brings a person is worked out again
    came(almaty, meeting_of(almaty, "Онлайн-сессия"), "Оспанов Серик Асхатулы")
    third = arrive(hq, tmp_path, almaty)
    assert (third.persons, third.new_matches, third.in_review) == (3, 2, 3)
    with hq.database.transaction() as session:
        forced = identities.refresh(session, force=True)
    assert (forced.persons, forced.new_matches, forced.in_review) == (3, 0, 3)


def test_pairs_put_to_review_in_bulk_are_written_as_the_recorder_writes_one_and_keep_the_sequence(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    from khdesk.storage.models import ChangeLog, Device

    hq, astana, almaty = network
    here, there = meeting_of(astana), meeting_of(almaty)
    names = ("Оспанов Серік Асхатұлы", "Серікова Айгүл Нұрланқызы", "Әлиев Бауыржан Қайратұлы")
    pairs = [tuple(sorted((came(astana, here, n), came(almaty, there, n)))) for n in names]
    for index, region in enumerate((astana, almaty)):
        import_into(hq, export(region, tmp_path / f"bundle-{index}.khb"))
    # the first pair put to review through the recorder, one record as it writes one
    by_recorder = identities.match_id_for(*pairs[0])
    with hq.database.transaction() as session:
        Recorder(session, hq.actor).add(
            PersonMatch(
                id=by_recorder,
                person_id=pairs[0][0],
                other_id=pairs[0][1],
                basis=MatchBasis.NAME.value,
                decision=MatchDecision.OPEN.value,
                device_id=hq.actor.device_id,
                seq=0,
            )
        )
    with hq.database.transaction() as session:
        refreshed = identities.refresh(session)
    assert (refreshed.new_matches, refreshed.in_review) == (2, 3)
    in_bulk = [identities.match_id_for(*pair) for pair in pairs[1:]]

    def raw(table: str, where: str, value: str) -> dict[str, Any]:
        with hq.database.session() as session:
            found = session.connection().execute(
                text(f"SELECT * FROM {table} WHERE {where} = :v ORDER BY version"), {"v": value}
            )
            return dict(found.mappings().one())

    def shape(value: Any) -> str:  # a stored time with its digits blanked: its format
        return "".join("0" if c.isdigit() else c for c in str(value))

    one, one_entry = (
        raw("personmatch", "id", by_recorder),
        raw("changelog", "record_id", by_recorder),
    )
    assert (one_entry["seq"], one_entry["at"]) == (one["seq"], one["updated_at"])
    ids_and_times = {"id", "person_id", "other_id", "seq", "updated_at"}
    logged = {"device_id", "actor", "table_name", "version", "op", "reason"}
    for match_id, (person_id, other_id) in zip(in_bulk, pairs[1:], strict=True):
        row, entry = raw("personmatch", "id", match_id), raw("changelog", "record_id", match_id)
        assert (row["person_id"], row["other_id"]) == (person_id, other_id)
        assert {k: v for k, v in row.items() if k not in ids_and_times} == {
            k: v for k, v in one.items() if k not in ids_and_times
        }
        assert (row["version"], row["decision"], row["deleted"]) == (1, "open", 0)
        assert shape(row["updated_at"]) == shape(one["updated_at"])
        assert (entry["seq"], entry["at"]) == (row["seq"], row["updated_at"])
        assert {name: entry[name] for name in logged} == {name: one_entry[name] for name in logged}
        assert (entry["op"], entry["device_id"]) == ("insert", hq.actor.device_id)
        # a change entry written in bulk does not repeat the record's fields (docs/data-model.md)
        assert entry["changes"] is None and one_entry["changes"] is not None
        with hq.database.session() as session:
            match, written = (
                session.get(PersonMatch, match_id),
                session.get(PersonMatch, by_recorder),
            )
            assert match is not None and written is not None
            assert match.updated_at.tzinfo == written.updated_at.tzinfo
            assert abs(match.updated_at - written.updated_at).total_seconds() < 600
    # a decision afterwards goes on with the sequence, gapless from the first write
    with hq.database.transaction() as session:
        identities.decide(session, hq.actor, in_bulk[0], "later")
    with hq.database.session() as session:
        seqs = list(
            session.exec(
                select(ChangeLog.seq)
                .where(ChangeLog.device_id == hq.actor.device_id)
                .order_by(col(ChangeLog.seq))
            )
        )
        device = session.get(Device, hq.actor.device_id)
        decided = session.get(PersonMatch, in_bulk[0])
    assert seqs == list(range(1, len(seqs) + 1))
    assert device is not None and device.last_seq == len(seqs)
    assert decided is not None and (decided.decision, decided.version, decided.seq) == (
        "later",
        2,
        len(seqs),
    )
    open_first = sorted([by_recorder, in_bulk[1]]) + [in_bulk[0]]
    assert [row.id for row in in_review(hq)] == open_first


def _exact_unique(session: Any, filters: stats.Filters) -> int:
    # the definition, as one query: each participant by their identity
    participant, values = stats.counted_participants(session, filters)
    sql = (
        "SELECT count(DISTINCT coalesce(i.identity_id, p.id)) FROM person p "
        f"LEFT JOIN personidentity i ON i.person_id = p.id WHERE {participant}"
    )
    return int(session.connection().execute(stats.query(sql, values), values).scalar_one())


def test_unique_persons_counted_from_the_attendances_equal_the_definition(
    database: Database,
) -> None:
    with database.transaction() as session:
        installation.init_installation(session, role="hq", name="Аналитик")
        demo.write_campaign(session, installation.require_actor(session), scale="seed")
    with database.transaction() as session:
        identities.refresh(session)
        run = session.connection().execute
        persons = [row[0] for row in run(text("SELECT id FROM person ORDER BY id"))]
        meetings = [row[0] for row in run(text("SELECT id FROM meeting ORDER BY date, id"))]
        # identities of several records: every tenth person is the one before them
        for before, person in list(itertools.pairwise(persons))[::10]:
            run(
                text("UPDATE personidentity SET identity_id = :i WHERE person_id = :p"),
                {"i": before, "p": person},
            )
        # deleted persons, records merged into another (some into one present themselves,
        # some into one who never came), and a meeting deleted
        for person in persons[3::17]:
            run(text("UPDATE person SET deleted = true WHERE id = :p"), {"p": person})
            run(text("DELETE FROM personidentity WHERE person_id = :p"), {"p": person})
        for merged, kept in zip(persons[5::23], persons[6::23], strict=False):
            run(
                text("UPDATE person SET deleted = true, merged_into_id = :k WHERE id = :m"),
                {"k": kept, "m": merged},
            )
            run(text("DELETE FROM personidentity WHERE person_id = :p"), {"p": merged})
        for kept in persons[6::23][:3]:  # these came only through the record merged into them
            run(text("UPDATE attendance SET deleted = true WHERE person_id = :k"), {"k": kept})
        # (the last one: the first persons came to the first meetings)
        run(text("UPDATE meeting SET deleted = true WHERE id = :m"), {"m": meetings[-1]})
    with database.session() as session:
        first = session.connection().execute(text("SELECT min(date) FROM meeting")).scalar()
        for filters in (
            stats.NO_FILTERS,
            stats.Filters(date_from=dt.date.fromisoformat(str(first)[:10]) + dt.timedelta(days=1)),
        ):
            where, values = stats.counted_meetings(filters)
            counted, others = stats._split(session, where, values)
            # the path under test: most meetings counted, every live person's identity known
            assert counted > others
            assert len(set(stats._identity_rows(session))) == 1
            exact = _exact_unique(session, filters)
            assert stats.unique_persons(session, filters) == exact
            assert 0 < exact < sum(stats.participants_by_sector(session, filters).values())
