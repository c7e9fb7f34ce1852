"""Attachments: stored once per content, shown by a cleaned name, opened from a path khdesk
makes and only when the viewer may be handed them."""

from __future__ import annotations

from pathlib import Path

import pytest

from khdesk.domain.errors import InvalidInput
from khdesk.paths import DataFolder
from khdesk.services import attachments
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import Attachment
from tests.factories import make_meeting


def _attach(database: Database, actor: Actor, tmp_path: Path, name: str) -> Attachment:
    """Attach a scan named ``name`` to a new meeting and return the attachment as the meeting's
    list of attachments shows it after the commit, read in a session of its own."""
    meeting = make_meeting(database, actor)
    scan = tmp_path / "scan.bin"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    sha, size = attachments.store_file(scan, DataFolder(tmp_path).attachments)
    with database.transaction() as session:
        added = attachments.add_attachment(
            session, actor, meeting.id, file_name=name, sha256=sha, size=size
        )
    with database.session() as session:
        (stored,) = attachments.attachments(session, meeting.id)
    assert (stored.id, stored.sha256, stored.size) == (added.id, sha, size)
    return stored


def test_an_attachment_opens_from_a_path_khdesk_makes(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    folder = DataFolder(tmp_path)
    attachment = _attach(database, actor, tmp_path, "Қол қойылған парақ.pdf")
    assert attachment.file_name == "Қол қойылған парақ.pdf"
    opened = attachments.viewable_copy(attachment, folder.attachments, folder.opened)
    assert opened.parent == folder.opened / attachment.id
    assert opened.suffix == ".pdf"
    assert opened.read_bytes() == b"%PDF-1.4 signed sheet"


def test_a_name_that_is_a_path_is_kept_only_as_a_name(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    attachment = _attach(database, actor, tmp_path, "..\\..\\Windows\\evil.pdf")
    assert attachment.file_name == "evil.pdf"


def test_what_a_viewer_should_not_be_handed_is_not_opened(
    database: Database, actor: Actor, tmp_path: Path
) -> None:
    folder = DataFolder(tmp_path)
    attachment = _attach(database, actor, tmp_path, "run-me.bat")
    assert attachment.media_type != "application/pdf"
    with pytest.raises(InvalidInput, match="khdesk does not open files of the type"):
        attachments.viewable_copy(attachment, folder.attachments, folder.opened)
    assert not folder.opened.exists()
