"""The contact policy: one per owner, its ordered rules and its reply templates.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.storage.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("default_decision", sa.String(length=16), nullable=False),
        sa.Column("default_template", sa.String(length=64), nullable=True),
        sa.Column("updated_at", app.storage.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["owner.id"], name=op.f("fk_policy_owner_id_owner"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy")),
        sa.UniqueConstraint("owner_id", name=op.f("uq_policy_owner_id")),
    )
    op.create_table(
        "policy_rule",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("template_id", sa.String(length=64), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_policy_rule_policy_id_policy"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("policy_id", "position", name=op.f("pk_policy_rule")),
    )
    op.create_table(
        "policy_template",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_policy_template_policy_id_policy"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("policy_id", "template_id", name=op.f("pk_policy_template")),
    )


def downgrade() -> None:
    op.drop_table("policy_template")
    op.drop_table("policy_rule")
    op.drop_table("policy")
