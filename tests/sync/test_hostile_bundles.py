"""A bundle is input: every value a region's bundle holds is checked as a typed value would be.

A stolen laptop signs with a real region's key, so these bundles are signed and encrypted
exactly as khdesk writes them; only their records are hostile. Each must be refused in one
sentence that names the table, the record and the field, with nothing of it written.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from khdesk.domain.ids import new_id
from khdesk.domain.validation import MAX_LINE, MAX_TEXT
from khdesk.services import devices, meetings, participants, proposals, stats, sync
from khdesk.sync import records
from khdesk.sync.bundles import BundleRejected
from tests.sync.sites import (
    Site,
    bundle_entries,
    content,
    export,
    forged_bundle,
    full_meeting,
    import_into,
    make_site,
    published_document,
    records_of,
    round_table,
    with_records,
)

Entries = dict[str, bytes]


def _hostile_import(hq: Site, astana: Site, entries: Entries, path: Path, **manifest: Any) -> str:
    """Import a forged bundle that must be refused; the refusal's sentence."""
    path.write_bytes(forged_bundle(hq, astana, entries, **manifest))
    before = content(hq)
    with pytest.raises(BundleRejected) as refused:
        import_into(hq, path)
    assert content(hq) == before, "a refused bundle changed the database"
    return str(refused.value)


@pytest.fixture
def full(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Site, Entries]:
    """Headquarters, Astana, and the entries of a real bundle of one full Astana meeting."""
    hq, astana, _ = network
    full_meeting(astana, published_document(hq, [astana], tmp_path))
    return hq, astana, bundle_entries(hq, export(astana, tmp_path / "real.khb"))


def test_a_full_meeting_from_a_real_bundle_imports(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    path = tmp_path / "copy.khb"
    path.write_bytes(forged_bundle(hq, astana, entries))
    result = import_into(hq, path)
    assert result.status == "imported"
    assert set(result.counts) == {
        "person", "meeting", "attendance", "agendaitem", "speech", "decision", "proposal",
        "question", "attachment", "amendment", "textamendment",
    }  # fmt: skip


def _long(length: int) -> str:
    """A long text that does not compress far (a repeated letter would look like a ZIP bomb)."""
    return "".join(random.Random(length).choices("абвгдеәғқңөұүһі", k=length))


#: (table, changes to its first record, words the refusal must hold)
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("decision", {"votes_for": -5}, "its votes_for is not between 0"),
    ("decision", {"votes_against": 10**9}, "its votes_against is not between 0"),
    ("person", {"full_name": _long(5_000_000)}, "its full_name is 5,000,000 characters long"),
    (
        "proposal",
        {"text": _long(10_000_000)},
        f"its text is 10,000,000 characters long; khdesk keeps {MAX_TEXT:,}",
    ),
    ("meeting", {"date": "9999-09-16", "year": 9999}, "its year is not between"),
    ("meeting", {"date": "0001-09-16", "year": 1}, "its year is not between"),
    ("meeting", {"year": 2030}, "its year is not the year of its date"),
    ("meeting", {"title": "   "}, "its title is empty"),
    ("meeting", {"title": "\x1b[2J\x1b[HТақырып"}, "its title holds control characters"),
    ("meeting", {"region_kato": "75"}, "its region_kato is not the region of its device"),
    ("meeting", {"ends_at": "09:00:00"}, "its ends_at is not after its starts_at"),
    ("proposal", {"text": ""}, "its text is empty"),
    ("proposal", {"version": -3}, "its version is not between 1"),
    ("proposal", {"seq": -1}, "its seq is not between 1"),
    ("proposal", {"seq": 10**9}, "its seq is outside the range"),
    ("proposal", {"id": "not-a-uuid"}, "its id is not a record id"),
    (
        "proposal",
        {"meeting_id": "01234567-89ab-7def-8123-456789abcdef"},
        "its meeting_id names no meeting",
    ),
    ("proposal", {"section_code": "D3.1"}, "its section_code belongs to another direction"),
    ("proposal", {"number": 0}, "its number is not between 1"),
    ("person", {"consent": False}, "its phone is kept although consent is false"),
    ("person", {"phone": "12"}, "its phone is malformed"),
    ("person", {"email": "not-an-address"}, "its email is malformed"),
    ("person", {"sector_code": "spies"}, "its sector_code is not a code khdesk knows"),
    (
        "attendance",
        {"left_at": "2026-10-01T03:00:00+00:00", "arrived_at": "2026-10-01T04:00:00+00:00"},
        "its left_at is before its arrived_at",
    ),
    ("attachment", {"file_name": "../../../../tmp/evil.bat"}, "its file_name is a path"),
    ("attachment", {"file_name": "C:\\Windows\\evil.exe"}, "its file_name is a path"),
    ("attachment", {"file_name": "CON.png"}, "its file_name is a path"),
    ("attachment", {"media_type": "image"}, "its media_type is not a media type"),
    ("attachment", {"size": -1}, "its size is not between 0"),
    ("question", {"status": "forgotten"}, "its status is not one of"),
    ("speech", {"speaker": None}, "its speaker is missing"),
    ("agendaitem", {"title": ["a", "list"]}, "its title is not text"),
    ("person", {"merged_into_id": "01234567-89ab-7def-8123-456789abcdef", "deleted": True},
     "its merged_into_id names no person"),
    ("person", {"merged_into_id": "01234567-89ab-7def-8123-456789abcdef"},
     "it is merged into another person but not deleted"),
    ("amendment", {"changes": "{not json"}, "its changes is not a list of fields"),
    ("amendment", {"changes": '{"place": "one value"}'}, "its changes is not a list of fields"),
    ("amendment", {"changes": '{"password": [1, 2]}'}, "its changes name fields its table_name"),
    ("amendment", {"changes": '{"place": ["a", "\u001b[2J"]}'}, "its changes is not a list"),
    ("amendment", {"table_name": "device"}, "its table_name is not one of"),
    ("amendment", {"reason": "  "}, "its reason is empty"),
    (
        "amendment",
        {"meeting_id": "01234567-89ab-7def-8123-456789abcdef"},
        "its meeting_id names no meeting",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("table", "changes", "words"), CASES, ids=[c[2][:40] for c in CASES])
def test_a_hostile_value_refuses_the_bundle_naming_the_record_and_field(
    full: tuple[Site, Site, Entries],
    tmp_path: Path,
    table: str,
    changes: dict[str, Any],
    words: str,
) -> None:
    hq, astana, entries = full
    rows = records_of(entries, table)
    rows[0] = {**rows[0], **changes}
    message = _hostile_import(hq, astana, with_records(entries, table, rows), tmp_path / "x.khb")
    assert words in message
    assert message.startswith("the bundle was refused and nothing of it imported")
    if records.is_record_id(rows[0]["id"]):
        assert f"{table} {rows[0]['id']}" in message
    # the sentence never quotes the value: it may be personal data, and it is kept in the history
    for value in changes.values():
        if isinstance(value, str) and len(value) > 10:
            assert value not in message


def test_a_meeting_number_given_twice_is_refused(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    meeting = records_of(entries, "meeting")[0]
    twin = {**meeting, "id": new_id(), "seq": meeting["seq"]}
    message = _hostile_import(
        hq, astana, with_records(entries, "meeting", [meeting, twin]), tmp_path / "x.khb"
    )
    assert "another meeting has its number" in message


def test_a_meeting_number_already_used_by_the_device_is_refused(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    first = tmp_path / "first.khb"
    first.write_bytes(forged_bundle(hq, astana, entries))
    assert import_into(hq, first).status == "imported"
    meeting = {**records_of(entries, "meeting")[0], "id": new_id()}
    message = _hostile_import(hq, astana, with_records({}, "meeting", [meeting]), tmp_path / "x")
    assert "another meeting of its device has its number" in message


def test_a_proposal_number_given_twice_in_a_meeting_is_refused(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    proposal = records_of(entries, "proposal")[0]
    twin = {**proposal, "id": new_id()}
    message = _hostile_import(
        hq, astana, with_records(entries, "proposal", [proposal, twin]), tmp_path / "x.khb"
    )
    assert "another proposal of its meeting has its number" in message


def test_a_record_given_twice_is_refused(full: tuple[Site, Site, Entries], tmp_path: Path) -> None:
    hq, astana, entries = full
    question = records_of(entries, "question")[0]
    message = _hostile_import(
        hq, astana, with_records(entries, "question", [question, question]), tmp_path / "x.khb"
    )
    assert "holds a question record twice" in message


def test_a_record_attached_to_another_regions_meeting_is_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, almaty = network
    round_table(almaty, people=1, ideas=0)
    assert import_into(hq, export(almaty, tmp_path / "almaty.khb")).status == "imported"
    with hq.database.session() as session:
        theirs = session.connection().execute(text("SELECT id FROM meeting")).scalar()
    full_meeting(astana)
    entries = bundle_entries(hq, export(astana, tmp_path / "astana.khb"))
    rows = records_of(entries, "proposal")
    rows[0] = {**rows[0], "meeting_id": theirs, "agenda_item_id": None}
    message = _hostile_import(hq, astana, with_records(entries, "proposal", rows), tmp_path / "x")
    assert "its meeting_id names a meeting of another region" in message


def test_a_laptop_cannot_change_what_another_laptop_of_its_region_wrote(
    network: tuple[Site, Site, Site], tmp_path: Path, template_db: Path
) -> None:
    hq, astana, _ = network
    second = make_site(tmp_path, template_db, "astana2", "facilitator", "71")
    reference = tmp_path / "reference2.khr"
    with hq.database.transaction() as session:
        with second.database.session() as other:
            devices.enroll(session, devices.this_card(other))
        sync.export_reference(session, hq.keys, reference)
    with second.database.transaction() as session:
        sync.import_reference(session, reference)
    round_table(astana, people=1, ideas=1)
    real = export(astana, tmp_path / "astana.khb")
    assert import_into(hq, real).status == "imported"
    proposal = records_of(bundle_entries(hq, real), "proposal")[0]
    takeover = {**proposal, "device_id": second.actor.device_id, "version": 9, "seq": 1,
                "text": "Басқа ноутбуктың мәтіні"}  # fmt: skip
    path = tmp_path / "takeover.khb"
    path.write_bytes(forged_bundle(hq, second, with_records({}, "proposal", [takeover])))
    before = content(hq)
    with pytest.raises(BundleRejected, match="belong to another device"):
        import_into(hq, path)
    assert content(hq) == before
    second.database.close()


def test_a_manifest_that_miscounts_or_claims_another_region_is_refused(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    claims = _hostile_import(hq, astana, entries, tmp_path / "a.khb", region="75")
    assert "says it comes from region 75, but its device is enrolled for region 71" in claims
    counts = {table: len(records_of(entries, table)) for table in sync.TABLES}
    inflated = {k: v for k, v in counts.items() if v} | {"meeting": 99}
    miscounted = _hostile_import(hq, astana, entries, tmp_path / "b.khb", counts=inflated)
    assert "other records than its manifest counts" in miscounted


def test_a_region_does_not_send_reviews(full: tuple[Site, Site, Entries], tmp_path: Path) -> None:
    hq, astana, entries = full
    proposal = records_of(entries, "proposal")[0]
    review = {"id": new_id(), "version": 1, "device_id": astana.actor.device_id, "seq": 1,
              "deleted": False, "updated_at": "2026-10-01T10:00:00+00:00",
              "proposal_id": proposal["id"], "status": "accepted", "reviewer": None,
              "note": None, "duplicate_of_id": None, "accepted_section_code": None}  # fmt: skip
    message = _hostile_import(
        hq, astana, with_records(entries, "proposalreview", [review]), tmp_path / "x.khb"
    )
    assert "proposalreview records, which only headquarters writes" in message


def test_the_keys_headquarters_can_compute_are_computed_not_trusted(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    rows = records_of(entries, "person")
    rows = [{**row, "name_key": "wrong", "search_key": "wrong"} for row in rows]
    path = tmp_path / "keys.khb"
    path.write_bytes(forged_bundle(hq, astana, with_records(entries, "person", rows)))
    assert import_into(hq, path).status == "imported"
    with hq.database.session() as session:
        found = participants.search_persons(session, "серік")
    assert [p.full_name for p in found] == ["Серік Болат"]


def test_spacing_is_tidied_as_a_typed_value_is(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    rows = records_of(entries, "meeting")
    rows[0] = {**rows[0], "title": "  Дөңгелек   үстел "}
    path = tmp_path / "spaces.khb"
    path.write_bytes(forged_bundle(hq, astana, with_records(entries, "meeting", rows)))
    assert import_into(hq, path).status == "imported"
    with hq.database.session() as session:
        assert [m.title for m in meetings.list_meetings(session)] == ["Дөңгелек үстел"]


def test_nothing_new_to_send_is_said_and_an_empty_bundle_is_taken(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    assert import_into(hq, export(astana, tmp_path / "first.khb")).status == "imported"
    reference = tmp_path / "ack.khr"
    with hq.database.transaction() as session:
        sync.export_reference(session, hq.keys, reference)
    with astana.database.transaction() as session:
        sync.import_reference(session, reference)
    with pytest.raises(sync.NothingToSend, match="nothing new to send"):
        export(astana, tmp_path / "second.khb")
    assert not (tmp_path / "second.khb").exists()
    # what an older khdesk wrote in that case: seq_from one past seq_to, and no records
    seq_to = _last_seq(astana)
    empty = tmp_path / "empty.khb"
    empty.write_bytes(forged_bundle(hq, astana, {}, seq_from=seq_to + 1, seq_to=seq_to))
    assert import_into(hq, empty).status == "imported"
    with hq.database.session() as session:
        assert stats.campaign_stats(session)["proposals"]["total"] == 1


def _last_seq(site: Site) -> int:
    with site.database.session() as session:
        query = text("SELECT last_seq FROM device WHERE id = :id")
        return int(session.connection().execute(query, {"id": site.actor.device_id}).scalar_one())


def test_a_revoked_devices_bundle_says_so_instead_of_asking_to_enrol_it(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    round_table(astana, people=1, ideas=1)
    bundle = export(astana, tmp_path / "astana.khb")
    with hq.database.transaction() as session:
        devices.revoke(session, astana.actor.device_id)
    result = sync.import_file(hq.database, bundle, hq.data)
    assert result.status == "rejected"
    assert "which headquarters revoked" in str(result.reason)
    assert "enrol its card" not in str(result.reason)


def test_proposals_with_their_agenda_item_from_another_meeting_are_refused(
    network: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    hq, astana, _ = network
    full_meeting(astana)
    with astana.database.transaction() as session:
        other = meetings.create_meeting(
            session, astana.actor, kind="round-table", date="2026-10-02", title="Екінші"
        )
        proposals.add_proposal(session, astana.actor, other.id, text="Басқа", direction="D1")
    entries = bundle_entries(hq, export(astana, tmp_path / "two.khb"))
    rows = records_of(entries, "proposal")
    item = records_of(entries, "agendaitem")[0]
    moved = [dict(row) for row in rows]
    for row in moved:
        if row["meeting_id"] == other.id:
            row["agenda_item_id"] = item["id"]
    message = _hostile_import(hq, astana, with_records(entries, "proposal", moved), tmp_path / "x")
    assert "its agenda_item_id names an item of another meeting" in message


# --- the property: random valid records, one field made hostile -----------------------------

_CONTROL = st.sampled_from(["\x00", "\x07", "\x1b[2J", "\x7f", "\x9b"])


def _hostile(rule: records.Rule) -> st.SearchStrategy[Any]:
    """Values that rule must refuse."""
    wrong_type = st.sampled_from([["a"], {"a": 1}, 3.5])
    kind = rule.kind
    if kind in ("line", "text"):
        limit = MAX_LINE if kind == "line" else MAX_TEXT
        options = [
            wrong_type,
            st.builds(lambda c, t: f"Атау{c}{t}", _CONTROL, st.text("әғқ", max_size=3)),
            st.integers(limit + 1, limit + 50).map(_long),
        ]
        if rule.required:
            options.append(st.sampled_from(["", "   ", None]))
        return st.one_of(*options)
    if kind == "id":
        options = [
            wrong_type,
            st.sampled_from(["x", "../../etc", "01234567-89AB-7DEF-8123-456789ABCDEF", "1" * 5000]),
        ]
        if rule.required:
            options.append(st.just(None))
        return st.one_of(*options)
    if kind == "whole":
        # JSON numbers a writer such as orjson can write: 64 bits
        return st.one_of(
            st.integers(min_value=-(2**63), max_value=rule.low - 1),
            st.integers(min_value=rule.high + 1, max_value=2**64 - 1),
            st.sampled_from([True, "7", 1.5, *([None] if rule.required else [])]),
        )
    if kind == "flag":
        return st.sampled_from(["true", 1, 0, None])
    if kind == "moment":
        return st.sampled_from(["yesterday", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00",
                                "1800-01-01T00:00:00+00:00", 1_700_000_000, *([None] if rule.required else [])])  # noqa: E501  # fmt: skip
    if kind == "day":
        return st.sampled_from(["9999-01-01", "0001-01-01", "2026-13-01", "16.09.2026", None])
    if kind == "clock":
        return st.sampled_from(["25:00", "10:00:00+05:00", "ten", 10])
    if kind == "changes":
        return st.sampled_from([
            "not json", "[]", "{}", '{"place": "one"}', '{"place": [1, 2, 3]}',
            '{"PLACE": [1, 2]}', '{"place": [{"a": 1}, 2]}', '{"place": ["\\u0007", "x"]}',
            '{"password": [1, 2]}', 5, None,
        ])  # fmt: skip
    if kind in ("choice", "code", "region_code", "reference_code", "amended_table", "language"):
        return st.sampled_from(["no-such-value", "ZZ", 7, *([None] if rule.required else [])])
    if kind == "phone":
        return st.sampled_from(["12", "телефон", 87011112233])
    if kind == "email":
        return st.sampled_from(["no-at-sign", "a@b", "x@y@z.kz", 5])
    if kind == "file_name":
        return st.sampled_from(["../evil.bat", "/etc/passwd", "C:\\x.exe", "NUL", "a\x00b", ""])
    if kind == "sha256":
        return st.sampled_from(["0" * 63, "Z" * 64, ""])
    if kind == "media_type":
        return st.sampled_from(["image", "../x", "a/b/c", ""])
    raise AssertionError(f"no hostile values for {kind}")


_FIELDS = [
    (table, name)
    for table, rules in records.RULES.items()
    if table in records.REGION_TABLES
    for name, rule in rules.items()
    if rule.kind != "computed"
]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_field_made_hostile_is_refused_naming_it_and_nothing_is_written(
    full: tuple[Site, Site, Entries], tmp_path: Path, data: st.DataObject
) -> None:
    hq, astana, entries = full
    table, name = data.draw(st.sampled_from(_FIELDS), label="field")
    rule = records.RULES[table][name]
    value = data.draw(_hostile(rule), label="value")
    rows = copy.deepcopy(records_of(entries, table))
    # the other records stay valid: a few of their texts are drawn anew
    for row in rows:
        for other, other_rule in records.RULES[table].items():
            if other_rule.kind == "line" and other != name and row.get(other) is not None:
                row[other] = data.draw(
                    st.text("абвәғқңөұүһі ", min_size=1, max_size=40).filter(str.strip)
                )
    target = data.draw(st.integers(0, len(rows) - 1), label="record")
    rows[target][name] = value
    path = tmp_path / "hostile.khb"
    path.write_bytes(forged_bundle(hq, astana, with_records(entries, table, rows)))
    before = content(hq)
    with pytest.raises(BundleRejected) as refused:
        import_into(hq, path)
    message = str(refused.value)
    assert table in message
    assert name in message or (name == "seq" and "sequence" in message)
    assert content(hq) == before
