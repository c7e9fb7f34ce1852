"""sync bundles received and written

Revision ID: 0005
Revises: 0004
Created: 2026-11-27 22:35:24.004841
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundle",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bundle", schema=None) as batch_op:
        batch_op.create_index("ix_bundle_device", ["device_id", "seq_to"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("bundle", schema=None) as batch_op:
        batch_op.drop_index("ix_bundle_device")

    op.drop_table("bundle")
