"""Consent corrections: an entry of the consent history may correct (supersede) a mistaken one.

The history stays append-only: the mistaken entry is kept and shown, the correction names it in ``corrects_id``,
and the current consent no longer counts an entry that has been corrected.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consent_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("corrects_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_consent_change_corrects_id", ["corrects_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_consent_change_corrects_id_consent_change"),
            "consent_change",
            ["corrects_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("consent_change", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_consent_change_corrects_id_consent_change"), type_="foreignkey")
        batch_op.drop_index("ix_consent_change_corrects_id")
        batch_op.drop_column("corrects_id")
