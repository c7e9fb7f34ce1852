"""Zoom's participants report imported into a meeting: everyone who came, present online.

One entry per person of the report (all their joins, see ``khdesk.io.zoom``), or per row that
cannot be used. A person is matched by e-mail, else by an unambiguous name (Zoom gives no
organisation); a device's name alone names nobody.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from khdesk.domain.errors import Label, Message
from khdesk.domain.names import name_key
from khdesk.domain.validation import fold_look_alikes
from khdesk.domain.vocabulary import AttendanceMode
from khdesk.io.tables import read_table
from khdesk.io.zoom import (
    COLUMNS,
    EXPECTED_HEADERS,
    ZoomAttendee,
    is_zoom_header,
    read_zoom_report,
)
from khdesk.services import participants
from khdesk.services.common import meeting_for_write, require_sector
from khdesk.services.imports.known import KnownPersons
from khdesk.services.imports.pipeline import (
    Action,
    ImportEntry,
    Importer,
    ImportPreview,
    Option,
    OptionKind,
    RowWriter,
    Source,
    folded_note,
)
from khdesk.services.recorder import Actor, Recorder
from khdesk.storage.models import Attendance, Meeting, Person


@dataclass
class ZoomEntry(ImportEntry):
    """One person of a Zoom report (all their joins), or one row of it that cannot be used."""

    #: The lines of the report this entry stands for: every join of the person, or the one row.
    lines: list[int]
    name: str
    attendee: ZoomAttendee | None = None
    person_id: str | None = None

    @property
    def line(self) -> int:
        return self.lines[0]

    def reset(self) -> None:
        super().reset()
        self.person_id = None

    def as_json(self) -> dict[str, Any]:
        attendee = self.attendee
        return {
            "line": self.line,
            "lines": self.lines,
            "name": self.name,
            "email": attendee.email if attendee else None,
            "joined": attendee.joined.isoformat() if attendee else None,
            "left": attendee.left.isoformat() if attendee and attendee.left else None,
            **super().as_json(),
            "person_id": self.person_id,
        }


@dataclass
class ZoomPreview(ImportPreview[ZoomEntry]):
    """A Zoom report read and decided person by person, before anything is written."""

    #: The sector of people new to khdesk (Zoom does not say it).
    sector: str = "other"
    #: The zone of the report's times (that of the account that exported it), this computer's
    #: own when None; used when the file is read.
    zone: dt.tzinfo | None = None


class ZoomImporter(Importer[ZoomEntry, ZoomPreview]):
    """Online attendance from Zoom's participants report, with the first join and last leave."""

    name = "zoom"
    report_name = "zoom"
    preview_type = ZoomPreview
    title = Message("Import a Zoom participants report")
    file_types = Message("Zoom reports (*.csv);;All files (*)")
    options = (
        Option("sector", OptionKind.SECTOR, Message("Sector of people new to khdesk:")),
        Option("zone", OptionKind.VALUE),
    )

    def read(
        self, session: Session, meeting: Meeting, path: Path, preview: ZoomPreview
    ) -> list[ZoomEntry]:
        """Every person of the report, then every row that cannot be used; a join on a day
        other than the meeting's is such a row."""
        attendees, bad_rows = read_zoom_report(path, zone=preview.zone, meeting_date=meeting.date)
        # the report's cells as they are, for its rows left out to be saved in its own columns
        table = read_table(
            path, COLUMNS, is_header=is_zoom_header, expected=EXPECTED_HEADERS, after="name"
        )
        preview.source = Source.of(table)
        entries = [ZoomEntry(lines=a.lines, name=a.name, attendee=a) for a in attendees]
        entries += [
            ZoomEntry(lines=[row.line], name=row.name, action=Action.REJECT, reason=row.problem)
            for row in bad_rows
        ]
        return entries

    def check(self, session: Session, preview: ZoomPreview) -> None:
        require_sector(session, preview.sector)
        people = [e for e in preview.entries if e.attendee is not None]
        known = KnownPersons(
            session,
            preview.meeting_id,
            names=[key for e in people if e.attendee for key in _names(e.attendee)],
            emails=[e.attendee.email for e in people if e.attendee and e.attendee.email],
        )
        for entry in people:
            attendee = entry.attendee
            assert attendee is not None  # people holds only entries with an attendee
            entry.reset()
            person = None
            if attendee.email:
                person = known.best(known.by_email.get(attendee.email, []))
            if person is None and attendee.device_only:
                entry.reject(
                    Message(
                        "Zoom names this person only by a device ('{device}') and no known "
                        "person has their e-mail: check them in by hand in the meeting's "
                        "participants.",
                        device=attendee.name,
                    )
                )
                continue
            if person is None:
                # Zoom gives no organisation: the name alone identifies a person, if unambiguous
                candidates: dict[str, Person] = {}
                for key in _names(attendee):
                    for candidate in known.by_name.get(key, []):
                        candidates[candidate.id] = candidate
                listed = [p for p in candidates.values() if p.id in known.attending]
                if len(listed) == 1 or len(candidates) == 1:
                    person = listed[0] if listed else next(iter(candidates.values()))
                elif len(candidates) > 1:
                    entry.reject(
                        Message(
                            "{count} known persons have this name: check this person in by hand "
                            "in the meeting's participants.",
                            count=len(candidates),
                        )
                    )
                    continue
            if person is not None:
                entry.person_id = person.id
                entry.action = Action.ATTENDING if person.id in known.attending else Action.MATCH

    def writer(self, session: Session, actor: Actor, preview: ZoomPreview) -> RowWriter[ZoomEntry]:
        """Everyone is marked present online, with their first join and last leave.

        People new to khdesk are created under ``preview.sector`` without consent (Zoom's report
        records none, so their e-mail is not kept). Someone already present keeps their
        attendance as it is, so importing the same report twice changes nothing.
        """
        meeting = meeting_for_write(session, preview.meeting_id, None)
        recorder = Recorder(session, actor)
        sector = preview.sector

        def write(entry: ZoomEntry) -> None:
            attendee = entry.attendee
            if attendee is None:
                return
            if entry.action is Action.CREATE:
                person_id = participants.add_person(
                    session,
                    actor,
                    # Zoom's display name, its look-alike letters replaced as the window does
                    full_name=fold_look_alikes(attendee.name).text,
                    sector=sector,
                    region=meeting.region_kato,
                ).id
            else:
                person_id = entry.person_id or ""
            existing = session.exec(
                select(Attendance).where(
                    Attendance.meeting_id == meeting.id,
                    Attendance.person_id == person_id,
                    Attendance.deleted == False,  # noqa: E712
                )
            ).first()
            if existing is not None and existing.present:
                return
            attendance = participants.check_in(
                session,
                actor,
                meeting.id,
                person_id,
                at=attendee.joined,
                mode=AttendanceMode.ONLINE,
            )
            # check_in keeps the mode of an earlier registration; this person came online
            recorder.update(
                attendance, {"left_at": attendee.left, "mode": AttendanceMode.ONLINE.value}
            )

        return write

    def describe(self, entry: ZoomEntry) -> str:
        return entry.name

    def shown_reason(self, entry: ZoomEntry) -> Message | None:
        """The reason, or for someone new whose name had look-alike letters, the name as it
        will be stored."""
        if entry.reason is None and entry.action is Action.CREATE:
            return folded_note(Label("the full name"), fold_look_alikes(entry.name))
        return entry.reason

    def lines_of(self, entry: ZoomEntry) -> list[int]:
        return list(entry.lines)


ZOOM = ZoomImporter()


def _names(attendee: ZoomAttendee) -> list[str]:
    names = [] if attendee.device_only else [name_key(attendee.name)]
    if attendee.other_name:
        names.append(name_key(attendee.other_name))
    return names
