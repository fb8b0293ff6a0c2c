"""Cheaper rows for what every import writes once per contact: its audit links and its consent entries (SQLite).

- ``audit_event_contact`` becomes a WITHOUT ROWID table on SQLite: each link is one entry of its primary key
  (event, contact) instead of a row plus that key's index. An import of 30,000 connections writes 30,000 links.
- ``ix_consent_change_corrects_id`` holds only the entries that correct another: the others (nearly all, one per
  new connection) have none, and are looked up by contact, never by ``corrects_id``.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CORRECTING = "corrects_id IS NOT NULL"


def _links_table(with_rowid: bool) -> None:
    # recreated (copied, then renamed): nothing references these links, so no other table changes
    with op.batch_alter_table("audit_event_contact", recreate="always", table_kwargs={"sqlite_with_rowid": with_rowid}):
        pass


def _on_sqlite() -> bool:
    # PostgreSQL is left as it was: its tables have no rowid, and its import speed is not what this is for
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _on_sqlite():
        return
    op.drop_index("ix_consent_change_corrects_id", table_name="consent_change")
    op.create_index(
        "ix_consent_change_corrects_id", "consent_change", ["corrects_id"], sqlite_where=sa.text(_CORRECTING)
    )
    _links_table(with_rowid=False)


def downgrade() -> None:
    if not _on_sqlite():
        return
    _links_table(with_rowid=True)
    op.drop_index("ix_consent_change_corrects_id", table_name="consent_change")
    op.create_index("ix_consent_change_corrects_id", "consent_change", ["corrects_id"])
