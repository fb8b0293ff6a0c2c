"""The owner's LinkedIn account kind (free or premium), which sets how long an invitation note may be: 200
characters on a free account, 300 on Premium. Existing owners are free, LinkedIn's default.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("owner") as batch:
        batch.add_column(sa.Column("account_kind", sa.String(length=16), nullable=False, server_default="free"))


def downgrade() -> None:
    # Never by recreating the table: on SQLite that drops "owner", and its ON DELETE CASCADE would take every
    # owner's contacts with it. SQLite 3.35+ drops a column in place.
    with op.batch_alter_table("owner", recreate="never") as batch:
        batch.drop_column("account_kind")
