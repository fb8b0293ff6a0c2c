from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.errors import DatabaseUnavailable
from app.core.records import NewContact
from app.services import contacts
from app.storage import migrate
from app.storage.database import connect_sqlite_file, open_database, resolve_database_url
from app.storage.locations import default_database_path


def test_default_database_lives_in_the_user_data_folder(isolated_home):
    path = default_database_path()
    assert path.name == "gatehouse.db"
    assert str(path).startswith(str(isolated_home))
    database = open_database()
    try:
        assert database.file_path == path.resolve()
        assert path.exists()
    finally:
        database.close()


def test_environment_variable_and_option_choose_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("GATEHOUSE_DB", str(tmp_path / "env.db"))
    assert resolve_database_url().database == str(tmp_path / "env.db")
    assert resolve_database_url(str(tmp_path / "opt.db")).database == str(tmp_path / "opt.db")
    url = resolve_database_url("postgresql+psycopg://me@localhost:5432/team")
    assert url.get_backend_name() == "postgresql"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    with database.engine.begin() as connection:
        from alembic import command

        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    database.close()
    assert not list(tmp_path.glob("g.db.pre-migration-*.bak"))
    reopened = open_database(str(path))
    try:
        backups = list(tmp_path.glob("g.db.pre-migration-*.bak"))
        assert len(backups) == 1 and reopened.backup_path == backups[0]
        with connect_sqlite_file(backups[0]) as raw:
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert raw.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]
        assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Ada"]
    finally:
        reopened.close()


def test_a_new_database_needs_no_backup(tmp_path):
    open_database(str(tmp_path / "g.db")).close()
    assert not list(tmp_path.glob("*.bak"))


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(DatabaseUnavailable, match="cannot open database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable):
        open_database(str(path))
    assert path.read_bytes() == before


def test_one_owner_per_personal_database(sqlite_db, tmp_path):
    again = open_database(sqlite_db.url)
    try:
        assert again.owner_id == sqlite_db.owner_id
    finally:
        again.close()


@pytest.mark.postgres
def test_each_postgres_role_gets_its_own_owner(postgres_server, postgres_url):
    database_name = postgres_url.rsplit("/", 1)[1]
    postgres_server.psql("CREATE ROLE adviser_b LOGIN")
    postgres_server.psql(f'GRANT ALL ON DATABASE "{database_name}" TO adviser_b')
    first = open_database(postgres_url)
    try:
        postgres_server.psql("GRANT ALL ON ALL TABLES IN SCHEMA public TO adviser_b", database_name)
        postgres_server.psql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO adviser_b", database_name)
        second = open_database(postgres_server.url(database_name, user="adviser_b"))
        try:
            assert second.owner_id != first.owner_id
        finally:
            second.close()
    finally:
        first.close()
