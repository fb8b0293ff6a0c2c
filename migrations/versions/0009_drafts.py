"""The policy's [drafts] section (employer, website, products, confidential, partners, disclosure) for the
traffic light on drafts, kept as the policy file writes it; an index on contact (owner_id, updated_at) so the
draft check's version stamp of the record (how many contacts, the latest change) reads the index alone.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("policy") as batch:
        batch.add_column(sa.Column("drafts", sa.JSON(), nullable=True))
    op.create_index("ix_contact_owner_updated", "contact", ["owner_id", "updated_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_owner_updated", table_name="contact")
    with op.batch_alter_table("policy") as batch:
        batch.drop_column("drafts")
