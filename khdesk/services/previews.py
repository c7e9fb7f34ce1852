"""Documents written for the window to show: the protocol, the attendance sheet, the registers.

A preview holds personal data, so it is written into a locked scratch folder of the data folder
(never the system's temporary folder), each under a name of its own: a file a viewer may still
be reading is never written over. The folder goes when the window closes it, or at the next start
after a crash.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from khdesk.documents.protocol import write_protocol
from khdesk.documents.protocol_docx import write_protocol_docx
from khdesk.documents.registers import (
    write_attendance_sheet,
    write_proposals_register,
    write_questions_register,
)
from khdesk.storage.files import ScratchFolder, copy_whole

#: The documents a meeting has, as the window offers them.
KINDS = ("protocol", "sheet", "blank", "register", "questions")


def open_folder(scratch: Path) -> ScratchFolder:
    """A folder for one window's previews (``remove`` it when the window closes)."""
    return ScratchFolder(scratch)


def write_document(
    session: Session,
    meeting_id: str,
    kind: str,
    language: str,
    path: Path,
    *,
    contacts: bool = False,
    bilingual: str | None = None,
) -> Path:
    """Write the meeting's document ``kind`` in ``language`` to ``path`` (.pdf, or .docx for
    the protocol); returns ``path``. ``contacts`` puts phones and e-mails on the attendance
    sheet (off unless the secretary asks: the sheet goes round the room); ``bilingual`` puts
    a kk+ru protocol's languages in "columns" or in "sequence" (the settings' choice if None)."""
    if kind == "protocol":
        writer = write_protocol_docx if path.suffix.lower() == ".docx" else write_protocol
        writer(session, meeting_id, language, path, bilingual=bilingual)
    elif kind in ("sheet", "blank"):
        write_attendance_sheet(
            session, meeting_id, language, path, blank=kind == "blank", contacts=contacts
        )
    elif kind == "questions":
        write_questions_register(session, path, language=language, meeting_id=meeting_id)
    else:
        write_proposals_register(session, path, language=language, meeting_id=meeting_id)
    return path


def copy_document(source: Path, target: Path) -> Path:
    """Save a preview where the user chose, whole or not at all; returns ``target``."""
    copy_whole(source, target)
    return target
