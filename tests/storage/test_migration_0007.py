"""Migration 0007: every person's name and search keys computed anew, and their order keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from khdesk.domain.names import stored_keys
from khdesk.services import participants
from khdesk.storage import migrate, reference
from khdesk.storage.database import Database

PERSONS = [
    ("p-1", "Ыбыраева Гүлнар", "Қазақстан халқы Ассамблеясы", "+77012345678", "g@example.kz"),
    ("p-2", "Ким-Ли Анна", None, None, None),
]


def test_0007_recomputes_every_persons_keys_and_the_search_finds_them(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(f"sqlite:///{path}")
    migrate.upgrade(old, target="0006")
    with old.transaction() as session:
        reference.load_if_empty(session)
    old.close()
    # persons with the keys as 0006 wrote them (only the Kazakh letters folded)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO device (id, role, status, is_local, last_seq, created_at) "
            "VALUES ('dev-1', 'hq', 'active', 1, 2, '2026-01-01 00:00:00')"
        )
        for seq, (person_id, name, organisation, phone, email) in enumerate(PERSONS, start=1):
            conn.execute(
                "INSERT INTO person (id, version, device_id, seq, deleted, updated_at, full_name, "
                "name_key, search_key, organisation, sector_code, phone, email, consent) VALUES "
                "(?, 1, 'dev-1', ?, 0, '2026-01-01 00:00:00', ?, ?, ?, ?, 'other', ?, ?, ?)",
                (person_id, seq, name, name.casefold(), name.casefold(), organisation, phone,
                 email, phone is not None),
            )  # fmt: skip

    database = Database.open(f"sqlite:///{path}", backups_dir=tmp_path / "backups")
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, name_key, search_key, order_kk, order_ru FROM person ORDER BY id"
        ).fetchall()
    for (person_id, name, organisation, phone, email), row in zip(PERSONS, rows, strict=True):
        keys = stored_keys(name, organisation, phone, email)
        assert row == (person_id, *keys.values())
    with database.session() as session:
        found = participants.search_persons(session, "Ибраева")
        assert [p.id for p in found] == ["p-1"]
        assert [p.id for p in participants.search_persons(session, "кимли")] == ["p-2"]
        assert [p.id for p in participants.search_persons(session, "Казахстан")] == ["p-1"]
    database.close()
