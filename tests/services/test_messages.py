"""Every refusal of the services reaches the window as a sentence it can translate: its template
and each field's name are among the texts ``make translations`` collects, what was typed is not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import Session

from khdesk.domain.errors import KhdeskError
from khdesk.domain.numbering import parse_number
from khdesk.services import (
    attachments,
    demo,
    devices,
    installation,
    meetings,
    minutes,
    participants,
    proposals,
    settings,
)
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attachment
from tests.factories import make_meeting, make_person
from tests.messages import untranslatable

NOBODY = "01900000-0000-7000-8000-000000000000"
LONG = "Қ" * 600

#: A refusal: given a session, this installation's actor, a meeting id, a person id and a
#: folder, it raises.
Attempt = Callable[[Session, Actor, str, str, Path], object]

#: What each refusal's English sentence says, and the attempt that is refused.
REFUSALS: dict[str, Attempt] = {
    "the title is empty": lambda s, a, m, p, f: meetings.update_meeting(s, a, m, title=" "),
    "the place is 600 characters long": lambda s, a, m, p, f: meetings.update_meeting(
        s, a, m, place=LONG
    ),
    "the text of the notes holds control characters": lambda s, a, m, p, f: meetings.update_meeting(
        s, a, m, notes="\x1b[2J"
    ),
    "the date '16.09.2026' is not a date": lambda s, a, m, p, f: meetings.update_meeting(
        s, a, m, date="16.09.2026"
    ),
    "the start time '9' is not a time": lambda s, a, m, p, f: meetings.update_meeting(
        s, a, m, starts_at="9"
    ),
    "'colour' is not a meeting detail": lambda s, a, m, p, f: meetings.update_meeting(
        s, a, m, colour="red"
    ),
    "unknown meeting kind 'workshop'": lambda s, a, m, p, f: meetings.list_meetings(
        s, kind="workshop"
    ),
    "unknown region code '99'": lambda s, a, m, p, f: meetings.list_meetings(s, region="99"),
    "a meeting of region 75": lambda s, a, m, p, f: meetings.create_meeting(
        s, a, kind="round-table", date="2026-09-16", title="x", region="75"
    ),
    "add an agenda item, a decision to the protocol": lambda s, a, m, p, f: meetings.close_meeting(
        s, a, m
    ),
    "no meeting numbered 71-2026-009": lambda s, a, m, p, f: meetings.find_meeting(
        s, "71-2026-009"
    ),
    "'meeting three' is neither": lambda s, a, m, p, f: parse_number("meeting three"),
    "the full name is empty": lambda s, a, m, p, f: participants.add_person(s, a, full_name=" "),
    "the organisation is 600 characters long": lambda s, a, m, p, f: participants.update_person(
        s, a, p, organisation=LONG
    ),
    "e-mail 'x@' is malformed": lambda s, a, m, p, f: participants.update_person(
        s, a, p, email="x@"
    ),
    "phone '12' is malformed": lambda s, a, m, p, f: participants.update_person(
        s, a, p, phone="12"
    ),
    "unknown sector 'x'": lambda s, a, m, p, f: participants.update_person(
        s, a, p, sector_code="x"
    ),
    "unknown consent method 'pigeon'": lambda s, a, m, p, f: participants.update_person(
        s, a, p, consent_method="pigeon"
    ),
    "unknown attendance mode 'letter'": lambda s, a, m, p, f: participants.register(
        s, a, m, p, mode="letter"
    ),
    "no attendance with id": lambda s, a, m, p, f: participants.check_out(s, a, NOBODY),
    "no person with id": lambda s, a, m, p, f: participants.update_person(
        s, a, NOBODY, position="x"
    ),
    "the agenda item is empty": lambda s, a, m, p, f: minutes.add_agenda_item(s, a, m, title=" "),
    "the rapporteur is 600 characters long": lambda s, a, m, p, f: minutes.add_agenda_item(
        s, a, m, title="x", rapporteur=LONG
    ),
    "no agenda item with id": lambda s, a, m, p, f: minutes.add_speech(s, a, NOBODY, speaker="x"),
    "no speech with id": lambda s, a, m, p, f: minutes.update_speech(s, a, NOBODY, text="x"),
    "no decision with id": lambda s, a, m, p, f: minutes.delete_decision(s, a, NOBODY),
    "votes for is -1": lambda s, a, m, p, f: minutes.add_decision(
        s, a, minutes.add_agenda_item(s, a, m, title="x").id, text="x", votes_for=-1
    ),
    "the proposal's text is empty": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text=" ", direction="D1"
    ),
    "unknown direction 'D9'": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text="x", direction="D9"
    ),
    "unknown prospectus section 'D9.9'": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text="x", direction="D1", section="D9.9"
    ),
    "section D2.1 belongs to direction D2, not D1": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text="x", direction="D1", section="D2.1"
    ),
    "the author is 600 characters long": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text="x", direction="D1", author_name=LONG
    ),
    "unknown kind 'wish'": lambda s, a, m, p, f: proposals.add_proposal(
        s, a, m, text="x", direction="D1", kind="wish"
    ),
    "no proposal with id": lambda s, a, m, p, f: proposals.delete_proposal(s, a, NOBODY),
    "the question is empty": lambda s, a, m, p, f: proposals.add_question(s, a, m, text=" "),
    "the addressee is 600 characters long": lambda s, a, m, p, f: proposals.add_question(
        s, a, m, text="x", addressee=LONG
    ),
    "no question with id": lambda s, a, m, p, f: proposals.delete_question(s, a, NOBODY),
    "no attachment with id": lambda s, a, m, p, f: attachments.get_attachment(s, NOBODY),
    "the file name is empty": lambda s, a, m, p, f: attachments.add_attachment(
        s, a, m, file_name=" ", sha256="0" * 64, size=1
    ),
    "none.pdf (": lambda s, a, m, p, f: attachments.store_file(f / "none.pdf", f),
    "is not a file: choose a scan or a photo": lambda s, a, m, p, f: attachments.store_file(f, f),
    "does not open files of the type application/x-msdownload": lambda s, a, m, p, f: (
        attachments.viewable_copy(
            Attachment(
                meeting_id=m,
                file_name="x.exe",
                media_type="application/x-msdownload",
                sha256="0" * 64,
                size=1,
                device_id=a.device_id,
                seq=0,
            ),
            f,
            f,
        )
    ),
    "logo.png does not exist": lambda s, a, m, p, f: settings.set_logo(s, f, f / "logo.png"),
    "test_messages.py is not a PNG or JPEG image": lambda s, a, m, p, f: settings.set_logo(
        s, f, Path(__file__)
    ),
    "-1 is not a number of participants": lambda s, a, m, p, f: settings.set_list_attached_above(
        s, -1
    ),
    "unknown role 'boss'": lambda s, a, m, p, f: installation.init_installation(s, role="boss"),
    "a facilitator works in a region": lambda s, a, m, p, f: installation.init_installation(
        s, role="facilitator"
    ),
    "already initialised as facilitator": lambda s, a, m, p, f: installation.init_installation(
        s, role="facilitator", region="71"
    ),
    "the name is 600 characters long": lambda s, a, m, p, f: installation.init_installation(
        s, role="hq", name=LONG, force=True
    ),
    "devices are enrolled at headquarters": lambda s, a, m, p, f: devices.revoke(s, NOBODY),
    "unknown scale 'huge'": lambda s, a, m, p, f: demo.write_campaign(s, a, scale="huge"),
    "already holds 1 meetings": lambda s, a, m, p, f: demo.write_campaign(s, a),
}


@pytest.mark.parametrize("says", REFUSALS)
def test_every_refusal_can_be_shown_in_the_window_s_language(
    says: str, database: Database, actor: Actor, tmp_path: Path
) -> None:
    meeting = make_meeting(database, actor)
    person = make_person(database, actor)
    with pytest.raises(KhdeskError) as caught, database.transaction() as session:
        REFUSALS[says](session, actor, meeting.id, person.id, tmp_path)
    assert says in str(caught.value)
    assert untranslatable(caught.value) == []
