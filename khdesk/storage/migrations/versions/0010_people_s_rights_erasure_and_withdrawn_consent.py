"""people's rights: a person's contacts erased, a person erased, and the register of erasures

Revision ID: 0010
Revises: 0009
Created: 2026-12-03

``person`` gets ``contacts_erased_at`` (consent withdrawn, or contacts kept longer than the
retention setting) and ``erased_at`` (the person erased at their request: a pseudonym for the
name, nothing else that identifies them). ``erasure`` is the register that keeps an erased
person erased wherever a copy of their record comes from; it holds ids only and starts empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("contacts_erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
    op.create_table(
        "erasure",
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("identity_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("asked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.PrimaryKeyConstraint("person_id"),
    )


def downgrade() -> None:
    op.drop_table("erasure")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
        batch_op.drop_column("contacts_erased_at")
