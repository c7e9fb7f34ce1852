"""indexes for the national statistics

Revision ID: 0002
Revises: 0001
Created: 2026-11-27 21:06:14.805498
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_stats", ["deleted", "present", "sector_code"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_present", ["deleted", "present", "meeting_id"], unique=False
        )

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_stats", ["deleted", "kind", "region_kato"], unique=False)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_stats", ["deleted", "sector_code"], unique=False)

    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_proposal_stats", ["deleted", "direction_code", "section_code", "kind"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index("ix_proposal_stats")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_stats")

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_stats")

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_present")
        batch_op.drop_index("ix_attendance_present")
        batch_op.drop_index("ix_attendance_stats")
