"""amendments to the campaign's documents, their review and adoption

Revision ID: 0012
Revises: 0011
Created: 2026-12-03

``textamendment`` travels in the regions' bundles: an amendment a round table made to a
published version of a document. ``amendmentreview`` (headquarters' outcome for each) and
``documentadoption`` (the plenary's vote, which freezes the document) stay at headquarters.
All three start empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "amendmentreview",
        sa.Column("amendment_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("merged_into_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reviewed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("amendment_id"),
    )
    op.create_table(
        "documentadoption",
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_abstained", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.create_table(
        "textamendment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("meeting_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("line_from", sa.Integer(), nullable=True),
        sa.Column("line_to", sa.Integer(), nullable=True),
        sa.Column("text_kk", sa.Text(), nullable=True),
        sa.Column("text_ru", sa.Text(), nullable=True),
        sa.Column("proposer_person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("proposer_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("votes_abstained", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["proposer_person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("textamendment", schema=None) as batch_op:
        batch_op.create_index("ix_textamendment_device_seq", ["device_id", "seq"], unique=True)
        batch_op.create_index(
            "ix_textamendment_document", ["document_id", "paragraph_id"], unique=False
        )
        batch_op.create_index("ix_textamendment_meeting", ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("textamendment", schema=None) as batch_op:
        batch_op.drop_index("ix_textamendment_meeting")
        batch_op.drop_index("ix_textamendment_document")
        batch_op.drop_index("ix_textamendment_device_seq")

    op.drop_table("textamendment")
    op.drop_table("documentadoption")
    op.drop_table("amendmentreview")
