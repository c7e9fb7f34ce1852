"""search key for the check-in search

Revision ID: 0003
Revises: 0002
Created: 2026-11-27 21:18:47.225916
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "search_key", sqlmodel.sql.sqltypes.AutoString(), server_default="", nullable=False
            )
        )

    # Persons written before this revision: their folded name is already there; organisation
    # and phone are added as stored (khdesk refreshes the key whenever a person is edited).
    op.execute(
        "UPDATE person SET search_key = trim(name_key || ' ' || lower(coalesce(organisation, ''))"
        " || ' ' || replace(coalesce(phone, ''), '+', ''))"
    )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("search_key")
