"""headquarters' merge review of persons, persons' identities, proposals' similarity

Revision ID: 0009
Revises: 0008
Created: 2026-12-02

``personmatch`` holds headquarters' decisions on two person records that may be one person
(a synced record owned by headquarters, as ``proposalreview``). The other three are derived at
headquarters from the records and never travel: ``personidentity`` (the one person each record
is), ``proposalsketch`` (each proposal's MinHash bands, which the similarity search compares
by, and its n-grams' hashes) and ``similarpair`` (the pairs found). They start empty and fill on the first pass.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "personidentity",
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("identity_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("person_id"),
    )
    with op.batch_alter_table("personidentity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_personidentity_identity", ["identity_id", "person_id"], unique=False
        )

    op.create_table(
        "personmatch",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("other_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("basis", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.id"],
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", "other_id", name="uq_personmatch_pair"),
    )
    with op.batch_alter_table("personmatch", schema=None) as batch_op:
        batch_op.create_index("ix_personmatch_decision", ["deleted", "decision"], unique=False)
        batch_op.create_index("ix_personmatch_device_seq", ["device_id", "seq"], unique=True)
        batch_op.create_index("ix_personmatch_other", ["other_id"], unique=False)

    op.create_table(
        "proposalsketch",
        sa.Column("proposal_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("bands", sa.LargeBinary(), nullable=False),
        sa.Column("packed", sa.LargeBinary(), nullable=False),
        sa.Column("grams", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
        ),
        sa.PrimaryKeyConstraint("proposal_id"),
    )
    op.create_table(
        "similarpair",
        sa.Column("proposal_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("other_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["proposal.id"],
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
        ),
        sa.PrimaryKeyConstraint("proposal_id", "other_id"),
    )
    with op.batch_alter_table("similarpair", schema=None) as batch_op:
        batch_op.create_index("ix_similarpair_other", ["other_id", "proposal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("similarpair", schema=None) as batch_op:
        batch_op.drop_index("ix_similarpair_other")

    op.drop_table("similarpair")
    op.drop_table("proposalsketch")
    with op.batch_alter_table("personmatch", schema=None) as batch_op:
        batch_op.drop_index("ix_personmatch_other")
        batch_op.drop_index("ix_personmatch_device_seq")
        batch_op.drop_index("ix_personmatch_decision")

    op.drop_table("personmatch")
    with op.batch_alter_table("personidentity", schema=None) as batch_op:
        batch_op.drop_index("ix_personidentity_identity")

    op.drop_table("personidentity")
