"""Privacy and reliability: suppression entries, review settings; on PostgreSQL, row-level security per owner.

On a team database every table that has an owner_id, and every table that hangs off one of them, gets row-level
security keyed on the connecting role (owner.db_role = current_user), enabled and forced, so one adviser's role
cannot read or change another's rows even with psql. The role that runs this migration owns the schema and
keeps full access (an administrative role, not an adviser). ``gatehouse_transfer_contacts`` moves chosen
contacts to a successor's ownership on handover.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.storage.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN_ROWS = "gatehouse_own_rows"
SCHEMA_OWNER = "gatehouse_schema_owner"
CURRENT_OWNER = "(SELECT o.id FROM owner o WHERE o.db_role = current_user)"


def upgrade() -> None:
    op.create_table(
        "privacy_settings",
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("review_months", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name=op.f("fk_privacy_settings_owner_id_owner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("owner_id", name=op.f("pk_privacy_settings")),
    )
    op.create_table(
        "suppression",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", app.storage.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name=op.f("fk_suppression_owner_id_owner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppression")),
        sa.UniqueConstraint("owner_id", "kind", "digest", name=op.f("uq_suppression_owner_id_kind_digest")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _enable_row_level_security()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _disable_row_level_security()
    op.drop_table("suppression")
    op.drop_table("privacy_settings")


def _protected_tables() -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """Tables with an owner_id, and the other tables with their foreign keys into protected tables."""
    inspector = sa.inspect(op.get_bind())
    tables = [t for t in inspector.get_table_names() if t != "alembic_version"]
    owned = [t for t in tables if t != "owner" and "owner_id" in {c["name"] for c in inspector.get_columns(t)}]
    children: dict[str, list[tuple[str, str]]] = {}
    protected = {"owner", *owned}
    changed = True
    while changed:  # a child of a child (none today) is protected through its parent too
        changed = False
        for table in tables:
            if table in protected:
                continue
            links = [
                (fk["constrained_columns"][0], fk["referred_table"])
                for fk in inspector.get_foreign_keys(table)
                if fk["referred_table"] in protected and len(fk["constrained_columns"]) == 1
            ]
            if links:
                children[table] = links
                protected.add(table)
                changed = True
    return owned, children


def _enable_row_level_security() -> None:
    bind = op.get_bind()
    schema_owner = bind.execute(sa.text("SELECT current_user")).scalar_one()
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    owned, children = _protected_tables()

    def policies(table: str, condition: str) -> None:
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
        op.execute(f'CREATE POLICY {OWN_ROWS} ON "{table}" FOR ALL USING ({condition}) WITH CHECK ({condition})')
        op.execute(f'CREATE POLICY {SCHEMA_OWNER} ON "{table}" FOR ALL TO "{schema_owner}" USING (true)')
        op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO PUBLIC')

    policies("owner", "db_role = current_user")
    for table in owned:
        policies(table, f"owner_id = {CURRENT_OWNER}")
    for table, links in children.items():
        policies(table, " AND ".join(f'"{column}" IN (SELECT id FROM "{parent}")' for column, parent in links))
    op.execute("GRANT SELECT ON alembic_version TO PUBLIC")
    op.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO PUBLIC')
    op.execute(
        f'ALTER DEFAULT PRIVILEGES IN SCHEMA "{schema}" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO PUBLIC'
    )
    op.execute(f'ALTER DEFAULT PRIVILEGES IN SCHEMA "{schema}" GRANT USAGE, SELECT ON SEQUENCES TO PUBLIC')
    # Handing contacts to a successor changes their owner, which the giver's own policy cannot allow: this
    # function runs as the schema owner and checks that every contact belongs to the calling role.
    op.execute(
        f"""
        CREATE FUNCTION gatehouse_transfer_contacts(contact_ids integer[], successor text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$
        DECLARE
            giver integer;
            taker integer;
            moved integer;
        BEGIN
            SELECT id INTO giver FROM owner WHERE db_role = session_user;
            IF giver IS NULL THEN
                RAISE EXCEPTION 'the role % has no record in this database', session_user;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = successor) THEN
                RAISE EXCEPTION 'there is no database role %', successor;
            END IF;
            IF EXISTS (
                SELECT 1 FROM unnest(contact_ids) AS wanted(id)
                WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = wanted.id AND c.owner_id = giver)
            ) THEN
                RAISE EXCEPTION 'only contacts in your own record can be handed over';
            END IF;
            SELECT id INTO taker FROM owner WHERE db_role = successor;
            IF taker IS NULL THEN
                INSERT INTO owner (db_role, display_name, role_title, organisation, profile_url, group_url,
                                   public_handle, service_contact, checks_messages, tone, created_at)
                VALUES (successor, '', '', '', '', '', '', '', '', 'warm', now())
                RETURNING id INTO taker;
            END IF;
            UPDATE contact SET owner_id = taker WHERE id = ANY(contact_ids) AND owner_id = giver;
            GET DIAGNOSTICS moved = ROW_COUNT;
            UPDATE connection_request SET owner_id = taker WHERE contact_id = ANY(contact_ids) AND owner_id = giver;
            RETURN moved;
        END
        $$
        """
    )
    op.execute("GRANT EXECUTE ON FUNCTION gatehouse_transfer_contacts(integer[], text) TO PUBLIC")


def _disable_row_level_security() -> None:
    op.execute("DROP FUNCTION IF EXISTS gatehouse_transfer_contacts(integer[], text)")
    owned, children = _protected_tables()
    for table in ["owner", *owned, *children]:
        op.execute(f'DROP POLICY IF EXISTS {OWN_ROWS} ON "{table}"')
        op.execute(f'DROP POLICY IF EXISTS {SCHEMA_OWNER} ON "{table}"')
        op.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
