"""Names and e-mails in imported files checked as the window checks a typed one: a name's
look-alike letters replaced (and said in the preview), an e-mail with a Cyrillic letter left out
with a sentence that names the letter but not the address."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from khdesk.services import imports, participants
from khdesk.services.imports import Action
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Person, Proposal
from tests.factories import make_meeting
from tests.io.files import write_csv
from tests.services.test_imports import ZOOM, import_zoom, roster_file


def test_a_roster_s_names_are_imported_with_their_look_alikes_replaced(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = roster_file(
        tmp_path,
        ["Сейiтов Ерлан", "Әкімдік", "", "local_gov", "", "", ""],  # a Latin i
        ["Smith John", "UNDP", "", "ngo", "", "", ""],
        ["Оспанов Серік", "Әкімдік", "", "local_gov", "", "serik@mаil.kz", "иә"],  # a Cyrillic а
    )
    with database.transaction() as session:
        preview = imports.preview_roster(session, meeting.id, path)
        assert [(e.line, e.action) for e in preview.entries] == [
            (2, Action.CREATE),
            (3, Action.CREATE),
            (4, Action.REJECT),
        ]
        # the preview shows the name as it will be stored
        note = imports.ROSTER.shown_reason(preview.entry(2))
        assert str(note) == (
            "the full name is imported as «Сейітов Ерлан»: the look-alike letters i → і were "
            "replaced."
        )
        assert imports.ROSTER.shown_reason(preview.entry(3)) is None
        report = imports.apply_roster(session, actor, preview)
    # the letter and its place are named; the address, personal data, is not
    assert [(r.line, str(r.reason)) for r in report.rejected] == [
        (4, "the e-mail has the Cyrillic letter «а» at position 8: type it in Latin letters.")
    ]
    with database.session() as session:
        names = sorted(p.full_name for _, p in participants.attendances(session, meeting.id))
    assert names == ["Smith John", "Сейітов Ерлан"]


def test_a_proposal_s_author_is_imported_with_the_look_alikes_replaced(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    path = write_csv(
        tmp_path / "proposals.csv",
        [
            ["Текст", "Вид", "Автор", "Организация", "Направление", "Раздел"],
            ["Ауыл мектептеріне жабдық", "ұсыныс", "Iлиясов Адиль", "", "D1", ""],
        ],
    )
    with database.transaction() as session:
        preview = imports.preview_proposals(session, meeting.id, path)
        note = imports.PROPOSALS.shown_reason(preview.entry(2))
        assert str(note) == (
            "the author is imported as «Ілиясов Адиль»: the look-alike letters I → І were replaced."
        )
        imports.apply_proposals(session, actor, preview)
    with database.session() as session:
        assert session.exec(select(Proposal.author_name)).all() == ["Ілиясов Адиль"]


def test_a_zoom_name_is_stored_with_the_look_alikes_replaced(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor, kind="online", title="Онлайн-сессия")
    rows = [*ZOOM[:4], ["Сейiтов Ерлан", "", "09/16/2026 10:01:23 AM", "09/16/2026 10:30:00 AM",
                        "29", "Yes"]]  # fmt: skip
    report = import_zoom(database, actor, meeting, write_csv(tmp_path / "zoom.csv", rows))
    assert report.created == 1
    with database.session() as session:
        assert session.exec(select(Person.full_name)).all() == ["Сейітов Ерлан"]
