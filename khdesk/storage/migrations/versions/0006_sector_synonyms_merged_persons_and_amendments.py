"""sector synonyms, merged persons, amendments and device codes

Revision ID: 0006
Revises: 0005
Created: 2026-12-01 21:01:55.119479
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from khdesk.domain.numbering import device_code

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "amendment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("meeting_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("amended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index("ix_amendment_device_seq", ["device_id", "seq"], unique=True)
        batch_op.create_index("ix_amendment_meeting", ["meeting_id"], unique=False)

    # A plain ADD COLUMN: rebuilding the person table would renumber its rows under the check-in
    # search's index (0004), which follows them by rowid.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE person ADD COLUMN merged_into_id VARCHAR(36) "
            "CONSTRAINT fk_person_merged_into REFERENCES person (id)"
        )
    else:
        op.add_column(
            "person",
            sa.Column("merged_into_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        )
        op.create_foreign_key(
            "fk_person_merged_into", "person", "person", ["merged_into_id"], ["id"]
        )

    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.add_column(sa.Column("synonyms", sa.Text(), nullable=True))

    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True)
        )
    # Every device with a key gets its code; meetings it numbered before keep their numbers
    # in the new form (71-2026-003 becomes 71-7QKM-2026-003).
    connection = op.get_bind()
    keys = connection.execute(sa.text("SELECT id, public_key FROM device")).all()
    for device_id, public_key in keys:
        if public_key:
            connection.execute(
                sa.text("UPDATE device SET code = :code WHERE id = :id"),
                {"code": device_code(public_key), "id": device_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("code")

    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.drop_column("synonyms")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint("fk_person_merged_into", type_="foreignkey")
        batch_op.drop_column("merged_into_id")
    if op.get_bind().dialect.name == "sqlite":  # the table was rebuilt: index its rows again
        op.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")

    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index("ix_amendment_meeting")
        batch_op.drop_index("ix_amendment_device_seq")

    op.drop_table("amendment")
