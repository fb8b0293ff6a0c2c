"""Handover lists: each export, its successor and format, and a status per contact.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.storage.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", app.storage.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("successor_name", sa.Text(), nullable=False),
        sa.Column("successor_email", sa.Text(), nullable=False),
        sa.Column("successor_url", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name=op.f("fk_handover_owner_id_owner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index("ix_handover_owner_created", ["owner_id", "created_at"], unique=False)

    op.create_table(
        "handover_contact",
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", app.storage.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_handover_contact_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_handover_contact_handover_id_handover"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("handover_id", "contact_id", name=op.f("pk_handover_contact")),
    )
    with op.batch_alter_table("handover_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_contact_contact_id"), ["contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handover_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_contact_contact_id"))
    op.drop_table("handover_contact")
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index("ix_handover_owner_created")
    op.drop_table("handover")
