"""A team database on the suite's real PostgreSQL server: row-level security per adviser role, handover
transfer, and the password kept in the keyring."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.core.errors import BadInput, DatabaseUnavailable, NotFound
from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus
from app.services import contacts, privacy
from app.storage.audit import list_events
from app.storage.base import Base
from app.storage.database import Database, keyring_name, open_database
from app.storage.keys import SERVICE
from app.storage.models import ConnectionRequest
from tests.postgres_server import PostgresServer, _pg_bin

pytestmark = pytest.mark.postgres


@dataclass
class Team:
    server: PostgresServer
    database: str
    admin: Database
    roles: tuple[str, str]

    def url(self, role: str, password: str | None = None) -> str:
        return self.server.url(self.database, user=role, password=password)

    def open(self, role: str) -> Database:
        return open_database(self.url(role))

    def psql_as(self, role: str, sql: str) -> subprocess.CompletedProcess[str]:
        """psql as the adviser's own role: what anyone with that login could run by hand."""
        return subprocess.run(
            [_pg_bin("psql"), "-h", "127.0.0.1", "-p", str(self.server.port), "-U", role, "-d", self.database,
             "-Atc", sql],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip


@pytest.fixture
def team(postgres_server: PostgresServer, postgres_url: str) -> Iterator[Team]:
    """A database set up by an administrative role, and two advisers with plain (non-superuser) login roles."""
    suffix = uuid.uuid4().hex[:8]
    roles = (f"adviser_a_{suffix}", f"adviser_b_{suffix}")
    for role in roles:
        postgres_server.psql(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS')
    admin = open_database(postgres_url)  # creates the schema, as a database's owner would
    database = make_url(postgres_url).database
    yield Team(postgres_server, database, admin, roles)
    admin.close()


def _add(db: Database, first: str, url: str | None = None) -> int:
    return contacts.add_contact(
        db,
        NewContact(first, "Example", profile_url=url, emails=(f"{first.lower()}@example.org",), notes=f"{first} note"),
        consent={Channel.LINKEDIN: ConsentStatus.IMPLIED},
    ).id


def test_each_adviser_sees_and_changes_only_their_own_rows(team: Team):
    a_role, b_role = team.roles
    a, b = team.open(a_role), team.open(b_role)
    try:
        ada = _add(a, "Ada", "linkedin.com/in/ada")
        _add(b, "Ben", "linkedin.com/in/ben")
        assert [c.first_name for c in contacts.list_contacts(a)] == ["Ada"]
        assert [c.first_name for c in contacts.list_contacts(b)] == ["Ben"]
        with pytest.raises(NotFound):
            contacts.show_contact(b, str(ada))

        with a.session() as session:
            session.add(ConnectionRequest(owner_id=a.owner_id, contact_id=ada, direction="incoming", note="hi"))
        # Even SQL that forgets the owner filter sees only the connecting role's rows.
        with b.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM connection_request")).scalar() == 0
            b_events = connection.execute(text("SELECT DISTINCT owner_id FROM audit_event")).scalars().all()
            assert b_events == [b.owner_id]
            assert connection.execute(text("SELECT first_name FROM contact")).scalars().all() == ["Ben"]
            assert connection.execute(text("SELECT count(*) FROM consent_change")).scalar() == 1
            assert connection.execute(text("SELECT count(*) FROM contact_email")).scalar() == 1
            assert connection.execute(text("SELECT count(*) FROM owner")).scalar() == 1
            assert connection.execute(text("UPDATE contact SET notes = 'x' WHERE id = :i"), {"i": ada}).rowcount == 0
            assert connection.execute(text("DELETE FROM contact WHERE id = :i"), {"i": ada}).rowcount == 0
            connection.commit()
        with pytest.raises(DBAPIError, match="row-level security"), b.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO contact_email (contact_id, position, address, normalised) VALUES (:i, 9, 'x', 'x')"),
                {"i": ada},
            )
        with pytest.raises(DBAPIError, match="row-level security"), b.engine.begin() as connection:
            connection.execute(text("UPDATE contact SET owner_id = :o"), {"o": a.owner_id})
        with a.session() as session:
            assert all(e.contact_ids in ((ada,), ()) for e in list_events(session, a.owner_id))
        with b.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_event_contact")).scalar() == 1
        assert contacts.show_contact(a, str(ada)).contact.notes == "Ada note"
        # The administrative role that set the database up keeps full access.
        with team.admin.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM contact")).scalar() == 2
    finally:
        a.close()
        b.close()


def test_one_adviser_cannot_read_another_s_rows_even_with_psql(team: Team):
    a_role, b_role = team.roles
    a = team.open(a_role)
    try:
        _add(a, "Ada", "linkedin.com/in/ada")
    finally:
        a.close()
    mine = team.psql_as(a_role, "SELECT first_name, notes FROM contact")
    assert mine.returncode == 0, mine.stderr
    assert mine.stdout.strip() == "Ada|Ada note"
    theirs = team.psql_as(b_role, "SELECT first_name FROM contact; SELECT address FROM contact_email")
    assert theirs.returncode == 0, theirs.stderr
    assert theirs.stdout.strip() == ""
    off = team.psql_as(b_role, "SET row_security = off; SELECT first_name FROM contact")
    assert off.returncode != 0 and "row-level security" in off.stderr
    escape = team.psql_as(b_role, "ALTER TABLE contact DISABLE ROW LEVEL SECURITY")
    assert escape.returncode != 0 and "must be owner" in escape.stderr


def test_every_table_with_an_owner_has_forced_row_level_security(team: Team):
    owned = {t.name for t in Base.metadata.sorted_tables if "owner_id" in t.c or t.name == "owner"}
    with team.admin.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                "WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace"
            )
        ).all()
    secured = {name for name, enabled, forced in rows if enabled and forced}
    assert owned <= secured, f"without row-level security: {sorted(owned - secured)}"
    children = {"contact_email", "contact_tag", "consent_change", "audit_event_contact"}
    assert children <= secured


def test_a_handover_transfers_chosen_contacts_to_the_successor(team: Team):
    a_role, b_role = team.roles
    a, b = team.open(a_role), team.open(b_role)
    try:
        ada = _add(a, "Ada", "linkedin.com/in/ada")
        kept = _add(a, "Kit", "linkedin.com/in/kit")
        ben = _add(b, "Ben", "linkedin.com/in/ben")
        moved = privacy.transfer_contacts(a, [str(ada)], b_role)
        assert moved == 1
        assert [c.id for c in contacts.list_contacts(a)] == [kept]
        assert sorted(c.first_name for c in contacts.list_contacts(b)) == ["Ada", "Ben"]
        detail = contacts.show_contact(b, "linkedin.com/in/ada")
        assert detail.contact.notes == "Ada note" and detail.consent_history  # the history went along

        with pytest.raises(NotFound):  # not in A's record (any more)
            privacy.transfer_contacts(a, [str(ben)], a_role)
        with pytest.raises(DBAPIError, match="only contacts in your own record"), b.engine.begin() as connection:
            connection.execute(text("SELECT gatehouse_transfer_contacts(ARRAY[:i], :r)"), {"i": kept, "r": b_role})
        with pytest.raises(BadInput, match="no database role"):
            privacy.transfer_contacts(a, [str(kept)], "nobody_at_all")
        assert [c.id for c in contacts.list_contacts(a)] == [kept]
    finally:
        a.close()
        b.close()


def test_erasure_on_a_team_database_stays_within_the_owner(team: Team):
    a_role, b_role = team.roles
    a, b = team.open(a_role), team.open(b_role)
    try:
        _add(a, "Ada", "linkedin.com/in/same-person")
        _add(b, "Ada", "linkedin.com/in/same-person")
        privacy.erase_contact(a, "linkedin.com/in/same-person")
        assert contacts.list_contacts(a) == []
        assert [c.first_name for c in contacts.list_contacts(b)] == ["Ada"]
    finally:
        a.close()
        b.close()


@pytest.fixture
def password_role(team: Team) -> Iterator[str]:
    """A role the server checks by password (scram), unlike the suite's trust login for everyone else."""
    role = f"adviser_pw_{uuid.uuid4().hex[:8]}"
    team.server.psql(f"CREATE ROLE \"{role}\" LOGIN PASSWORD 'team-secret-1'")
    hba = team.server.folder / "data" / "pg_hba.conf"
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    team.server.psql("SELECT pg_reload_conf()")
    yield role


def test_a_team_password_is_asked_once_and_kept_in_the_keyring(team: Team, password_role: str, test_keyring):
    url = team.url(password_role)
    asked: list[str] = []

    def prompt(name: str) -> str:
        asked.append(name)
        return "team-secret-1"

    first = open_database(url, ask_password=prompt)
    first.close()
    assert len(asked) == 1 and "team-secret-1" not in asked[0]
    entry = keyring_name(make_url(url))
    assert entry == f"{password_role}@127.0.0.1:{team.server.port}/{team.database}"
    assert test_keyring.get_password(SERVICE, entry) == "team-secret-1"

    second = open_database(url, ask_password=prompt)  # from the keyring now, not asked again
    second.close()
    assert len(asked) == 1

    with pytest.raises(DatabaseUnavailable, match="wants a password"):
        test_keyring.delete_password(SERVICE, entry)
        open_database(url, ask_password=lambda name: None)


def test_a_stale_keyring_password_is_asked_for_again(team: Team, password_role: str, test_keyring):
    url = team.url(password_role)
    test_keyring.set_password(SERVICE, keyring_name(make_url(url)), "an old password")
    database = open_database(url, ask_password=lambda name: "team-secret-1")
    database.close()
    assert test_keyring.get_password(SERVICE, keyring_name(make_url(url))) == "team-secret-1"


def test_a_handover_goes_only_to_another_adviser_of_the_team_and_is_recorded_for_both(team: Team):
    a_role, b_role = team.roles
    stranger = f"never_used_{uuid.uuid4().hex[:8]}"
    team.server.psql(f'CREATE ROLE "{stranger}" LOGIN NOSUPERUSER NOBYPASSRLS')
    admin_role = team.admin.engine.url.username or "postgres"
    a, b = team.open(a_role), team.open(b_role)
    try:
        ada = _add(a, "Ada", "linkedin.com/in/ada")
        for successor, why in (
            ("postgres", "not an adviser of this team"),
            (stranger, "not an adviser of this team"),  # a role that never used Gatehouse here
            (admin_role, "not an adviser of this team"),
            (a_role, "another adviser"),
        ):
            with pytest.raises(BadInput, match=why):
                privacy.transfer_contacts(a, [str(ada)], successor)
        assert [c.id for c in contacts.list_contacts(a)] == [ada]
        # through psql too: nothing moved into a record that is not an adviser's
        refused = team.psql_as(a_role, f"SELECT gatehouse_transfer_contacts(ARRAY[{ada}], '{stranger}')")
        assert refused.returncode != 0 and "not an adviser" in refused.stderr
        assert privacy.transfer_contacts(a, [str(ada)], b_role) == 1
        with a.session() as session:
            mine = session.execute(text("SELECT details FROM audit_event WHERE action = 'handover'")).scalars().all()
        with b.session() as session:
            theirs = session.execute(text("SELECT details FROM audit_event WHERE action = 'handover'")).scalars().all()
        assert mine == [{"transferred_to": b_role, "contacts": 1}]
        assert theirs == [{"transferred_from": a_role, "contacts": 1}]
    finally:
        a.close()
        b.close()


def test_a_request_cannot_point_at_another_owner_s_contact(team: Team):
    a_role, b_role = team.roles
    a, b = team.open(a_role), team.open(b_role)
    try:
        ben = _add(b, "Ben", "linkedin.com/in/ben")
        _add(a, "Ada", "linkedin.com/in/ada")
        with pytest.raises(DBAPIError, match="foreign key"), team.admin.engine.begin() as connection:
            # even the schema's owner, whom row-level security lets through, cannot make such a request
            connection.execute(
                text(
                    "INSERT INTO connection_request (owner_id, contact_id, direction, note, status, created_at) "
                    "VALUES (:owner, :contact, 'incoming', '', 'pending', now())"
                ),
                {"owner": a.owner_id, "contact": ben},
            )
    finally:
        a.close()
        b.close()
