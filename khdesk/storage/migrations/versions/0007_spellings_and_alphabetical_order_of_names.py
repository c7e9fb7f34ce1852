"""names found in any spelling, and persons in alphabetical order

Revision ID: 0007
Revises: 0006
Created: 2026-12-01

The name key and the check-in search key fold more spellings together (Russian spellings of
Kazakh names, Latin letters, soft signs and hyphens; ``khdesk.domain.names``): both are computed
anew for every person. Two new columns keep each name's collation key in Kazakh and Russian
alphabetical order (CLDR), indexed with ``deleted`` and ``id`` for the People page's keyset
paging. The trigram index follows ``search_key`` through its update trigger.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from khdesk.domain.names import stored_keys

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: persons rewritten per statement, so that a large database does not hold every key at once
CHUNK = 5000


def upgrade() -> None:
    # plain ADD COLUMN (not a batch copy): the trigram index refers to person's rowids
    for column in ("order_kk", "order_ru"):
        op.add_column(
            "person",
            sa.Column(
                column, sqlmodel.sql.sqltypes.AutoString(), server_default="", nullable=False
            ),
        )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, full_name, organisation, phone, email FROM person ORDER BY id")
    ).fetchall()
    update = sa.text(
        "UPDATE person SET name_key = :name_key, search_key = :search_key, "
        "order_kk = :order_kk, order_ru = :order_ru WHERE id = :id"
    )
    for start in range(0, len(rows), CHUNK):
        keys = [
            {"id": person_id, **stored_keys(full_name, organisation, phone, email)}
            for person_id, full_name, organisation, phone, email in rows[start : start + CHUNK]
        ]
        bind.execute(update, keys)
    op.create_index("ix_person_order_kk", "person", ["deleted", "order_kk", "id"], unique=False)
    op.create_index("ix_person_order_ru", "person", ["deleted", "order_ru", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_order_ru", table_name="person")
    op.drop_index("ix_person_order_kk", table_name="person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("order_ru")
        batch_op.drop_column("order_kk")
