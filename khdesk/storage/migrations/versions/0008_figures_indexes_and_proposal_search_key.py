"""indexes for headquarters' figures; proposals' search key

Revision ID: 0008
Revises: 0007
Created: 2026-12-01

The dashboard's figures read indexes alone (docs/figures.md, timed in docs/performance.md):
a meeting's present attendees with their sector and person (``ix_attendance_figures``, which
takes the place of 0002's ``ix_attendance_present``), attendances in person order
(``ix_attendance_by_person``), live persons in sector order with their id (``ix_person_sector``,
in place of 0002's ``ix_person_stats``), a person's sector by id (``ix_person_by_id``), the records merged into another person
(``ix_person_merged``, partial), a meeting's proposals and a proposal by id
(``ix_proposal_figures``, ``ix_proposal_by_id``), and a proposal's newest live review
(``ix_review_latest``); the review's list walks meetings by date (``ix_meeting_in_order``).

A proposal gets ``search_key``, its text, author and organisation folded as the check-in search
folds names (``khdesk.domain.proposal_search``), computed here for every proposal there is. On
SQLite, an FTS5 table with the trigram tokenizer indexes it (``proposal_fts``, kept in step by
triggers, as 0004's ``person_fts``), so that the review's search does not read every proposal.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from khdesk.domain.proposal_search import proposal_search_key

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: proposals rewritten per statement, so that a large database does not hold every key at once
CHUNK = 5000

TRIGGERS = {
    "proposal_fts_insert": (
        "AFTER INSERT ON proposal BEGIN "
        "INSERT INTO proposal_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    ),
    "proposal_fts_delete": (
        "AFTER DELETE ON proposal BEGIN "
        "INSERT INTO proposal_fts(proposal_fts, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); END"
    ),
    "proposal_fts_update": (
        "AFTER UPDATE OF search_key ON proposal BEGIN "
        "INSERT INTO proposal_fts(proposal_fts, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); "
        "INSERT INTO proposal_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    ),
}


def upgrade() -> None:
    # plain ADD COLUMN (not a batch copy of the table): quick on 50,000 proposals
    op.add_column("proposal", sa.Column("search_key", sa.Text(), server_default="", nullable=False))
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM proposal ORDER BY id"))]
    read = sa.text(
        "SELECT id, text, author_name, organisation FROM proposal WHERE id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))
    update = sa.text("UPDATE proposal SET search_key = :key WHERE id = :id")
    for start in range(0, len(ids), CHUNK):
        rows = bind.execute(read, {"ids": ids[start : start + CHUNK]}).fetchall()
        keys = [
            {"id": proposal_id, "key": proposal_search_key(text or "", author, organisation)}
            for proposal_id, text, author, organisation in rows
        ]
        bind.execute(update, keys)

    op.drop_index("ix_attendance_present", table_name="attendance")
    op.create_index(
        "ix_attendance_figures",
        "attendance",
        ["deleted", "present", "meeting_id", "sector_code", "person_id"],
    )
    op.create_index(
        "ix_attendance_by_person", "attendance", ["deleted", "present", "person_id", "meeting_id"]
    )
    op.drop_index("ix_person_stats", table_name="person")
    op.create_index("ix_person_sector", "person", ["deleted", "sector_code", "id"])
    op.create_index("ix_person_by_id", "person", ["id", "deleted", "sector_code"])
    op.create_index(
        "ix_person_merged",
        "person",
        ["merged_into_id"],
        sqlite_where=sa.text("merged_into_id IS NOT NULL"),
        postgresql_where=sa.text("merged_into_id IS NOT NULL"),
    )
    op.create_index(
        "ix_proposal_figures",
        "proposal",
        ["deleted", "meeting_id", "direction_code", "section_code", "kind"],
    )
    op.create_index(
        "ix_proposal_by_id",
        "proposal",
        ["id", "deleted", "meeting_id", "direction_code", "section_code"],
    )
    op.create_index(
        "ix_review_latest", "proposalreview", ["deleted", "proposal_id", "id", "status"]
    )
    op.create_index("ix_meeting_in_order", "meeting", ["date", "id"])
    if bind.dialect.name == "postgresql":
        # PostgreSQL: pg_trgm's GIN index answers the review's LIKE '%…%' itself (0004)
        op.execute(
            "CREATE INDEX ix_proposal_search_trgm ON proposal USING gin (search_key gin_trgm_ops)"
        )
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE proposal_fts USING fts5(search_key, content='proposal', "
        "content_rowid='rowid', tokenize='trigram')"
    )
    op.execute("INSERT INTO proposal_fts(proposal_fts) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_proposal_search_trgm")
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS proposal_fts")
    op.drop_index("ix_meeting_in_order", table_name="meeting")
    op.drop_index("ix_review_latest", table_name="proposalreview")
    op.drop_index("ix_proposal_by_id", table_name="proposal")
    op.drop_index("ix_proposal_figures", table_name="proposal")
    op.drop_index("ix_person_merged", table_name="person")
    op.drop_index("ix_person_by_id", table_name="person")
    op.drop_index("ix_person_sector", table_name="person")
    op.create_index("ix_person_stats", "person", ["deleted", "sector_code"])
    op.drop_index("ix_attendance_by_person", table_name="attendance")
    op.drop_index("ix_attendance_figures", table_name="attendance")
    op.create_index("ix_attendance_present", "attendance", ["deleted", "present", "meeting_id"])
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_column("search_key")
