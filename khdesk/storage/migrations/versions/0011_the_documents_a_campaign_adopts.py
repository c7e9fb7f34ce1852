"""the documents a campaign adopts: drafts in paragraphs, and their published versions

Revision ID: 0011
Revises: 0010
Created: 2026-12-03

``campaigndocument`` and ``documentparagraph`` are headquarters' drafts (kk and ru, a paragraph
keeps its id whatever moves around it); ``documentversion`` is a draft as published, frozen,
which the reference bundle carries to the regions. All three start empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaigndocument",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("title_kk", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_ru", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "documentparagraph",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_kk", sa.Text(), nullable=False),
        sa.Column("text_ru", sa.Text(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["campaigndocument.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("documentparagraph", schema=None) as batch_op:
        batch_op.create_index(
            "ix_documentparagraph_document", ["document_id", "position"], unique=False
        )
    op.create_table(
        "documentversion",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("title_kk", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_ru", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("paragraphs", sa.Text(), nullable=False),
        sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("published_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "number", name="uq_documentversion_number"),
    )


def downgrade() -> None:
    op.drop_table("documentversion")
    with op.batch_alter_table("documentparagraph", schema=None) as batch_op:
        batch_op.drop_index("ix_documentparagraph_document")
    op.drop_table("documentparagraph")
    op.drop_table("campaigndocument")
