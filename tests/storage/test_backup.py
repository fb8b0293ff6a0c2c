"""Automatic and manual backups, restore with verification, and keys that follow the copies."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest

from app.core.errors import BadInput, DatabaseUnavailable
from app.core.records import NewContact
from app.services import backup as backup_service
from app.services import contacts
from app.storage import backups, migrate
from app.storage.backups import SQLITE_HEADER
from app.storage.database import connect_sqlite_file, open_database
from app.storage.file_keys import file_id_keyring_name
from app.storage.keys import SERVICE, WrongKey
from app.storage.lock import ALREADY_OPEN, AlreadyOpen, InstanceLock
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)


def _names(database) -> list[str]:
    return [c.first_name for c in contacts.list_contacts(database)]


def test_a_daily_backup_is_taken_on_the_first_open_of_the_day(tmp_path, test_keyring):
    path = tmp_path / "g.db"
    first = open_database(str(path))
    contacts.add_contact(first, NewContact("Ada", "Quill"))
    first.close()
    assert backups.list_backups(path) == []  # a new database needs none

    second = open_database(str(path))
    second.close()
    daily = backups.list_backups(path, "daily")
    assert len(daily) == 1 and second.daily_backup_path == daily[0]
    assert not daily[0].read_bytes().startswith(SQLITE_HEADER)  # encrypted like the database
    assert file_id_keyring_name(daily[0]) in test_keyring.entries(SERVICE)  # with its own keyring entry
    with connect_sqlite_file(daily[0]) as raw:
        assert raw.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]

    open_database(str(path)).close()
    assert len(backups.list_backups(path, "daily")) == 1  # once a day


def test_only_the_last_seven_automatic_backups_are_kept(tmp_path, test_keyring):
    path = tmp_path / "g.db"
    seed = backup_service.backup_now(open_database(str(path)), tmp_path / "seed.db")  # any file will do
    old = []
    for days in range(9, 0, -1):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.daily-{stamp}.bak")
        shutil.copy(seed, target)
        test_keyring.set_password(SERVICE, str(target), "00" * 32)
        old.append(target)
    manual = backup_service.backup_now(open_database(str(path)))  # this open takes today's daily backup
    remaining = backups.list_backups(path, "daily")
    assert len(remaining) == 7
    assert remaining[:-1] == old[-6:]  # the oldest three went, with their keyring entries
    assert not any(str(p) in test_keyring.entries(SERVICE) for p in old[:3])
    assert manual.exists()  # manual backups are yours to remove


def test_a_backup_is_taken_before_every_migration_with_the_same_key(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    with database.engine.begin() as connection:
        from alembic import command

        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    database.close()
    reopened = open_database(str(path))
    reopened.close()
    assert reopened.backup_path is not None
    with connect_sqlite_file(reopened.backup_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert raw.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]


def test_restore_puts_a_backup_back_and_keeps_the_replaced_file(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    saved = backup_service.backup_now(database)
    contacts.add_contact(database, NewContact("Ben", "Marsh"))
    result = backup_service.restore_database(database, saved)
    restored = open_database(str(path))
    try:
        assert _names(restored) == ["Ada"]
        assert restored.is_encrypted
    finally:
        restored.close()
    kept = open_database(str(result.kept_copy), migrate_schema=False)
    try:
        assert sorted(_names(kept)) == ["Ada", "Ben"]
    finally:
        kept.close()


def test_a_damaged_backup_is_refused_and_the_database_is_unchanged(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    saved = backup_service.backup_now(database)
    data = bytearray(saved.read_bytes())
    data[5000:9000] = bytes(4000)
    saved.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailable):
        backup_service.restore_database(database, saved)
    assert _names(database) == ["Ada"]
    database.close()
    assert not list(tmp_path.glob("*.pre-restore-*"))


def test_a_backup_from_a_newer_version_or_another_program_is_refused(tmp_path):
    database = open_database(str(tmp_path / "g.db"))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    newer = backup_service.backup_now(database, tmp_path / "newer.db")
    with connect_sqlite_file(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(BadInput, match="newer version of Gatehouse"):
        backup_service.restore_database(database, newer)
    stranger = backups.connect_file(tmp_path / "other.db", None, check=False)
    stranger.execute("CREATE TABLE notes (text TEXT)")
    stranger.close()
    with pytest.raises(BadInput, match="not a Gatehouse database"):
        backup_service.restore_database(database, tmp_path / "other.db")
    assert _names(database) == ["Ada"]
    database.close()


def test_a_backup_whose_key_is_gone_needs_the_right_key(tmp_path, test_keyring):
    database = open_database(str(tmp_path / "g.db"))
    saved = backup_service.backup_now(database, tmp_path / "copy.db")
    test_keyring.delete_password(SERVICE, file_id_keyring_name(saved))
    test_keyring.set_password(SERVICE, file_id_keyring_name(tmp_path / "g.db"), "11" * 32)  # its key changed since
    database.key = None
    with pytest.raises(WrongKey, match="wrong key or damaged file"):
        backup_service.restore_database(database, saved, ask_passphrase=lambda request: None)


def test_a_second_instance_is_told_the_app_is_already_open(tmp_path):
    path = tmp_path / "g.db"
    with InstanceLock(path):
        with pytest.raises(AlreadyOpen, match=ALREADY_OPEN):
            InstanceLock(path).acquire()
        database = open_database(str(path))
        with pytest.raises(AlreadyOpen):
            backup_service.rekey_database(database)  # replacing the file waits for the app to close
        database.close()
    InstanceLock(path).acquire().release()  # free again once the first instance is gone


def test_cli_backup_and_restore_with_confirmation(gatehouse):  # noqa: F811 (the fixture imported above)
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    made = gatehouse("backup")
    assert made.returncode == 0, made.stderr
    saved = made.stdout.strip().rsplit(" to ", 1)[1]
    assert gatehouse("contacts", "add", "--first-name", "Ben").returncode == 0

    refused = gatehouse("restore", saved)  # no terminal, no --yes
    assert_one_line_error(refused)
    assert "--yes" in refused.stderr
    assert [c["first_name"] for c in gatehouse("contacts", "list", "--json").json()] == ["Ada", "Ben"]

    done = gatehouse("restore", saved, "--yes")
    assert done.returncode == 0, done.stderr
    assert [c["first_name"] for c in gatehouse("contacts", "list", "--json").json()] == ["Ada"]
    listing = gatehouse("backup", "--list")
    assert "manual" in listing.stdout and "pre-restore" in listing.stdout

    missing = gatehouse("restore", str(gatehouse.database) + ".nothing", "--yes")
    assert_one_line_error(missing)


def test_restoring_a_backup_from_before_an_erasure_keeps_the_person_erased(tmp_path):
    from app.services import privacy

    database = open_database(str(tmp_path / "g.db"))
    contacts.add_contact(database, NewContact("Ada", "Quill", profile_url="linkedin.com/in/ada", emails=("a@x.org",)))
    contacts.add_contact(database, NewContact("Ben", "Marsh"))
    saved = backup_service.backup_now(database)
    privacy.erase_contact(database, "linkedin.com/in/ada")
    result = backup_service.restore_database(database, saved)
    assert result.erased_again == ("Ada Quill",)
    assert _names(database) == ["Ben"]
    database.close()
    reopened = open_database(str(tmp_path / "g.db"))
    assert _names(reopened) == ["Ben"]
    reopened.close()
