"""Import guesses: whether a contact's relationship was guessed by an import, and a request's probable sender.

- ``contact.relationship_guessed``: True when an import (or ``requests add``) chose the relationship
  (``unsorted`` for a connection, ``stranger`` for a sender not yet in the record) and the user has not set one
  since; a later import may then replace ``stranger`` with ``unsorted`` once the person is a connection. Existing
  ``unsorted`` contacts, and ``stranger`` contacts that came from a LinkedIn export, are taken as guessed.
- ``connection_request.candidate_contact_id``: for an invitation without a usable profile URL, the connection of
  the same name who is probably its sender (or receiver) when the name and date did not settle it.
- Profile URLs that name no member (``https://www.linkedin.com/in``, written in every cell of late-2023 exports)
  are cleared: they are no URL.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("relationship_guessed", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("connection_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("candidate_contact_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_connection_request_candidate_contact_id_contact"),
            "contact",
            ["candidate_contact_id"],
            ["id"],
            ondelete="SET NULL",
        )
    contact = sa.table(
        "contact",
        sa.column("relationship", sa.String),
        sa.column("source", sa.String),
        sa.column("relationship_guessed", sa.Boolean),
        sa.column("profile_url", sa.String),
        sa.column("profile_url_seen", sa.String),
    )
    op.execute(
        contact.update()
        .where(
            sa.or_(
                contact.c.relationship == "unsorted",
                sa.and_(contact.c.relationship == "stranger", contact.c.source == "linkedin-export"),
            )
        )
        .values(relationship_guessed=True)
    )
    op.execute(
        contact.update()
        .where(contact.c.profile_url.in_(["linkedin.com/in", "linkedin.com", "linkedin.com/pub"]))
        .values(profile_url=None, profile_url_seen=None)
    )


def downgrade() -> None:
    with op.batch_alter_table("connection_request", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_connection_request_candidate_contact_id_contact"), type_="foreignkey")
        batch_op.drop_column("candidate_contact_id")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("relationship_guessed")
