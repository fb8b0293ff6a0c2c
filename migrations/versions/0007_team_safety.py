"""Team safety: a request always points at a contact of its own owner; the hand-over function accepts only
successors who are advisers of this team database, and records the hand-over for both.

``connection_request (contact_id, owner_id)`` references ``contact (id, owner_id)`` (ON UPDATE CASCADE, so a
contact handed over takes its requests along): no policy, function or ``psql`` session can make a request point
at another owner's contact. On PostgreSQL ``gatehouse_transfer_contacts`` now refuses a successor who has no
record in this database (``postgres``, roles that never used Gatehouse), the schema's owner, superusers, roles
that bypass row-level security or cannot log in, and the giver themself; it writes a ``handover`` audit event
in the giver's record and in the successor's.

Revision ID: 0007
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "gatehouse_transfer_contacts(integer[], text)"


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.create_unique_constraint(op.f("uq_contact_id_owner_id"), ["id", "owner_id"])
    with op.batch_alter_table("connection_request") as batch:
        batch.drop_constraint(op.f("fk_connection_request_contact_id_contact"), type_="foreignkey")
        batch.create_foreign_key(
            op.f("fk_connection_request_contact_id_contact"),
            "contact",
            ["contact_id", "owner_id"],
            ["id", "owner_id"],
            ondelete="CASCADE",
            onupdate="CASCADE",
        )
    if op.get_bind().dialect.name == "postgresql":
        _replace_transfer_function()


def downgrade() -> None:
    with op.batch_alter_table("connection_request") as batch:
        batch.drop_constraint(op.f("fk_connection_request_contact_id_contact"), type_="foreignkey")
        batch.create_foreign_key(
            op.f("fk_connection_request_contact_id_contact"), "contact", ["contact_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("contact") as batch:
        batch.drop_constraint(op.f("uq_contact_id_owner_id"), type_="unique")


def _replace_transfer_function() -> None:
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one()
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION gatehouse_transfer_contacts(contact_ids integer[], successor text)
        RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$
        DECLARE
            giver integer;
            taker integer;
            moved integer;
            adviser pg_roles%ROWTYPE;
        BEGIN
            SELECT id INTO giver FROM owner WHERE db_role = session_user;
            IF giver IS NULL THEN
                RAISE EXCEPTION 'the role % has no record in this database', session_user;
            END IF;
            IF EXISTS (
                SELECT 1 FROM unnest(contact_ids) AS wanted(id)
                WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = wanted.id AND c.owner_id = giver)
            ) THEN
                RAISE EXCEPTION 'only contacts in your own record can be handed over';
            END IF;
            SELECT * INTO adviser FROM pg_roles WHERE rolname = successor;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no database role %', successor;
            END IF;
            SELECT id INTO taker FROM owner WHERE db_role = successor;
            IF taker IS NULL THEN
                RAISE EXCEPTION 'the role % is not an adviser of this team (it has no record here)', successor;
            END IF;
            IF taker = giver THEN
                RAISE EXCEPTION 'the successor must be another adviser';
            END IF;
            IF adviser.rolsuper OR adviser.rolbypassrls OR NOT adviser.rolcanlogin OR successor = current_user THEN
                RAISE EXCEPTION 'the role % is not an adviser of this team (an administrative role)', successor;
            END IF;
            UPDATE contact SET owner_id = taker WHERE id = ANY(contact_ids) AND owner_id = giver;
            GET DIAGNOSTICS moved = ROW_COUNT;
            INSERT INTO audit_event (owner_id, at, actor, action, details) VALUES
                (giver, now(), session_user::text, 'handover',
                 json_build_object('transferred_to', successor, 'contacts', moved)),
                (taker, now(), session_user::text, 'handover',
                 json_build_object('transferred_from', session_user::text, 'contacts', moved));
            RETURN moved;
        END
        $$
        """
    )
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO PUBLIC")
