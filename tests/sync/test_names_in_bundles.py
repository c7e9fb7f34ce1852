"""A bundle's names and e-mails checked as the window checks typed ones: a name's look-alike
letters are replaced at headquarters, an e-mail with a Cyrillic letter refuses the bundle."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlmodel import select

from khdesk.storage.models import Meeting, Person, Speech
from khdesk.sync.bundles import BundleRejected
from tests.sync.sites import (
    Site,
    bundle_entries,
    content,
    export,
    forged_bundle,
    full_meeting,
    import_into,
    records_of,
    with_records,
)

Entries = dict[str, bytes]


@pytest.fixture
def full(network: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Site, Site, Entries]:
    hq, astana, _ = network
    full_meeting(astana)
    return hq, astana, bundle_entries(hq, export(astana, tmp_path / "real.khb"))


def _changed(entries: Entries, table: str, **values: object) -> Entries:
    rows = copy.deepcopy(records_of(entries, table))
    rows[0].update(values)
    return with_records(entries, table, rows)


def test_names_with_look_alike_letters_are_stored_as_the_window_would_store_them(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    # written by a program that does not check names: a Latin i, O and ə among Cyrillic letters
    entries = _changed(entries, "person", full_name="Сейiтов Ерлан")
    entries = _changed(entries, "meeting", chair="Oспанов Серік", secretary="Smith John")
    entries = _changed(entries, "speech", speaker="Əлиева Гүлнар")
    path = tmp_path / "names.khb"
    path.write_bytes(forged_bundle(hq, astana, entries))
    assert import_into(hq, path).status == "imported"
    person_id = records_of(entries, "person")[0]["id"]
    with hq.database.session() as session:
        person = session.get(Person, person_id)
        meeting = session.exec(select(Meeting)).one()
        speech = session.exec(select(Speech)).one()
    assert person is not None and person.full_name == "Сейітов Ерлан"
    assert (meeting.chair, meeting.secretary) == ("Оспанов Серік", "Smith John")
    assert speech.speaker == "Әлиева Гүлнар"


def test_an_e_mail_with_a_cyrillic_letter_refuses_the_bundle_naming_the_letter(
    full: tuple[Site, Site, Entries], tmp_path: Path
) -> None:
    hq, astana, entries = full
    with_email = next(
        i for i, row in enumerate(records_of(entries, "person")) if row.get("email") is not None
    )
    rows = copy.deepcopy(records_of(entries, "person"))
    rows[with_email]["email"] = "serik@mаil.kz"  # a Cyrillic «а»
    path = tmp_path / "email.khb"
    path.write_bytes(forged_bundle(hq, astana, with_records(entries, "person", rows)))
    before = content(hq)
    with pytest.raises(BundleRejected) as refused:
        import_into(hq, path)
    message = str(refused.value)
    assert "its email has the letter «а» of another alphabet at position 8" in message
    assert "mаil" not in message and "serik" not in message  # the address is not repeated
    assert content(hq) == before
