"""Encryption at rest: SQLCipher with a keyring key by default, passphrases without a keyring, never data loss."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, NoKeyringError
from sqlalchemy import text

from app.core.errors import DatabaseUnavailable
from app.core.records import NewContact
from app.services import backup as backup_service
from app.services import contacts
from app.storage.backups import SQLITE_HEADER
from app.storage.database import connect_sqlite_file, open_database
from app.storage.file_keys import file_id_keyring_name
from app.storage.keys import SERVICE, KeyKind, WrongKey
from app.storage.models import ConnectionRequest
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)
from tests.keyring_backend import TestKeyring

SECRETS = ("Zebediah", "Quintessence", "met at the harbour fair", "please connect about my visa")


def _fill(database) -> None:
    added = contacts.add_contact(
        database,
        NewContact("Zebediah", "Quintessence", notes="met at the harbour fair", emails=("zq@example.org",)),
    )
    with database.session() as session:
        session.add(
            ConnectionRequest(
                owner_id=database.owner_id,
                contact_id=added.id,
                direction="incoming",
                note="please connect about my visa",
                sent_at=datetime.now(UTC),
            )
        )


def _all_bytes(path: Path) -> bytes:
    """The database file followed by its -wal and -shm files, if any."""
    files = [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]
    return b"".join(p.read_bytes() for p in files if p.is_file())


def test_names_notes_and_messages_do_not_appear_in_the_file(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    _fill(database)
    assert database.is_encrypted and database.key.kind is KeyKind.RAW
    data = _all_bytes(path)  # the file and its WAL while open
    database.close()
    data += _all_bytes(path)
    assert not data.startswith(SQLITE_HEADER)
    for secret in SECRETS:
        assert secret.encode() not in data, secret


def test_the_same_data_is_readable_in_an_unencrypted_file(tmp_path):
    """The control for the test above: without encryption the same words are in the bytes."""
    path = tmp_path / "plain.db"
    database = open_database(str(path), encrypt_new=False)
    _fill(database)
    database.close()
    data = _all_bytes(path)
    assert data.startswith(SQLITE_HEADER)
    assert all(secret.encode() in data for secret in SECRETS)


def test_the_key_is_a_random_256_bit_raw_key_kept_in_the_keyring_per_file(tmp_path, test_keyring: TestKeyring):
    first = open_database(str(tmp_path / "a.db"))
    second = open_database(str(tmp_path / "b.db"))
    first.close()
    second.close()
    entries = test_keyring.entries(SERVICE)
    key_a = entries[file_id_keyring_name(tmp_path / "a.db")]
    key_b = entries[file_id_keyring_name(tmp_path / "b.db")]
    assert len(key_a) == 64 and int(key_a, 16) >= 0
    assert key_a != key_b
    with open_database(str(tmp_path / "a.db")).engine.connect() as connection:
        assert connection.execute(text("PRAGMA cipher_version")).scalar()
    # no file in the folder holds the key in clear
    for file in tmp_path.iterdir():
        assert key_a.encode() not in file.read_bytes()


def test_wal_and_foreign_keys_stay_on_with_encryption(sqlite_db):
    assert sqlite_db.is_encrypted
    with sqlite_db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_wrong_key_is_a_clear_error_and_the_file_is_kept(tmp_path, test_keyring: TestKeyring):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    database.close()
    before = path.read_bytes()
    keyring.set_password(SERVICE, file_id_keyring_name(path), "00" * 32)
    with pytest.raises(WrongKey, match="wrong key or damaged file"):
        open_database(str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["g.db"]


def test_a_damaged_file_is_a_clear_error(tmp_path):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    database.close()
    data = bytearray(path.read_bytes())
    data[40:200] = bytes(160)  # inside page 1, past the salt
    path.write_bytes(bytes(data))
    with pytest.raises(WrongKey, match="wrong key or damaged file"):
        open_database(str(path))
    assert path.read_bytes() == bytes(data)


def test_a_keyring_that_lost_the_key_never_gets_a_new_empty_database(tmp_path, test_keyring: TestKeyring):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    database.close()
    before = path.read_bytes()
    entry = file_id_keyring_name(path)
    keyring.delete_password(SERVICE, entry)
    with pytest.raises(DatabaseUnavailable, match="wrong key or damaged file"):
        open_database(str(path))
    assert path.read_bytes() == before
    assert entry not in test_keyring.entries()  # no new key was made for the existing file


class LockedKeyring(TestKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")


class NoKeyring(TestKeyring):
    def get_password(self, service, username):
        raise NoKeyringError("no keyring")

    def set_password(self, service, username, password):
        raise NoKeyringError("no keyring")


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring, LockedKeyring, NoKeyring])
def test_without_a_usable_keyring_the_passphrase_is_the_key(backend, tmp_path, monkeypatch):
    keyring.set_keyring(backend())
    path = tmp_path / "g.db"
    monkeypatch.setenv("GATEHOUSE_PASSPHRASE", "correct horse battery staple")
    database = open_database(str(path))
    assert database.key.kind is KeyKind.PASSPHRASE
    _fill(database)
    database.close()
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert b"correct horse" not in _all_bytes(path)

    again = open_database(str(path))
    assert [c.first_name for c in contacts.list_contacts(again)] == ["Zebediah"]
    again.close()

    monkeypatch.setenv("GATEHOUSE_PASSPHRASE", "wrong horse")
    with pytest.raises(WrongKey, match="wrong key or damaged file"):
        open_database(str(path))
    monkeypatch.delenv("GATEHOUSE_PASSPHRASE")
    # no passphrase given: a locked keyring says so (the key is not lost), the others cannot know the key
    expected = "the system keyring is locked: unlock it" if backend is LockedKeyring else "wrong key or damaged file"
    with pytest.raises(DatabaseUnavailable, match=expected):
        open_database(str(path))


def test_without_a_keyring_the_gui_prompt_is_asked_and_may_retry(tmp_path):
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "g.db"
    asked = []

    def prompt(request):
        asked.append((request.new, request.attempt))
        return "first-pass"

    open_database(str(path), ask_passphrase=prompt).close()
    assert asked == [(True, 1)]
    answers = iter(["typo", "first-pass"])
    asked.clear()

    def retrying(request):
        asked.append((request.new, request.attempt))
        return next(answers)

    open_database(str(path), ask_passphrase=retrying).close()
    assert asked == [(False, 1), (False, 2)]
    with pytest.raises(DatabaseUnavailable):
        open_database(str(tmp_path / "other.db"), ask_passphrase=lambda request: None)  # cancelled
    assert not (tmp_path / "other.db").exists()


def test_an_unencrypted_database_opens_as_before(tmp_path):
    path = tmp_path / "old.db"
    old = open_database(str(path), encrypt_new=False)
    contacts.add_contact(old, NewContact("Ada", "Quill"))
    old.close()
    reopened = open_database(str(path))
    try:
        assert not reopened.is_encrypted
        assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Ada"]
    finally:
        reopened.close()
    assert path.read_bytes().startswith(SQLITE_HEADER)


def test_encrypt_writes_a_new_file_verifies_and_swaps_keeping_the_old_one(tmp_path, test_keyring: TestKeyring):
    path = tmp_path / "old.db"
    old = open_database(str(path), encrypt_new=False)
    _fill(old)
    result = backup_service.encrypt_database(old)
    assert result.kept_copy is not None and result.kept_copy.read_bytes().startswith(SQLITE_HEADER)
    assert all(secret.encode() not in path.read_bytes() for secret in SECRETS)
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert len(test_keyring.entries()[file_id_keyring_name(path)]) == 64
    reopened = open_database(str(path))
    try:
        assert reopened.is_encrypted
        assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Zebediah"]
        with reopened.session() as session:
            assert session.query(ConnectionRequest).one().note == "please connect about my visa"
    finally:
        reopened.close()


def test_encrypt_with_a_passphrase_when_there_is_no_keyring(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old = open_database(str(path), encrypt_new=False)
    _fill(old)
    keyring.set_keyring(fail.Keyring())
    old.secrets = None
    result = backup_service.encrypt_database(old, passphrase="s3cret phrase")
    assert result.key_kind is KeyKind.PASSPHRASE
    monkeypatch.setenv("GATEHOUSE_PASSPHRASE", "s3cret phrase")
    reopened = open_database(str(path))
    assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Zebediah"]
    reopened.close()


def test_rekey_changes_the_key_and_keeps_the_data(tmp_path, test_keyring: TestKeyring, monkeypatch):
    path = tmp_path / "g.db"
    database = open_database(str(path))
    _fill(database)
    old_entry = file_id_keyring_name(path)
    old_key = test_keyring.entries()[old_entry]
    backup_service.rekey_database(database)
    assert old_entry not in test_keyring.entries()  # the new file has an id and an entry of its own
    new_key = test_keyring.entries()[file_id_keyring_name(path)]
    assert new_key != old_key and len(new_key) == 64
    reopened = open_database(str(path))
    assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Zebediah"]
    raw_entry = file_id_keyring_name(path)
    backup_service.rekey_database(reopened, passphrase="now a passphrase")
    assert raw_entry not in test_keyring.entries() and file_id_keyring_name(path) not in test_keyring.entries()
    with pytest.raises(WrongKey):
        open_database(str(path))
    monkeypatch.setenv("GATEHOUSE_PASSPHRASE", "now a passphrase")
    last = open_database(str(path))
    assert [c.first_name for c in contacts.list_contacts(last)] == ["Zebediah"]
    last.close()


def test_connect_sqlite_file_reads_an_encrypted_file_with_its_keyring_key(sqlite_db):
    contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))
    with connect_sqlite_file(sqlite_db.file_path) as raw:
        assert raw.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]


def test_cli_wrong_key_is_one_line_and_nothing_is_replaced(gatehouse, test_keyring):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    before = gatehouse.database.read_bytes()
    test_keyring.set_password(SERVICE, file_id_keyring_name(gatehouse.database), "ab" * 32)
    result = gatehouse("contacts", "list")
    assert_one_line_error(result)
    assert "wrong key or damaged file" in result.stderr
    assert gatehouse.database.read_bytes() == before


def test_cli_without_keyring_reads_the_passphrase_from_the_environment(gatehouse):  # noqa: F811
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "GATEHOUSE_PASSPHRASE": "pass phrase"}
    assert gatehouse("contacts", "add", "--first-name", "Ada", env=no_keyring).returncode == 0
    listed = gatehouse("contacts", "list", "--json", env=no_keyring)
    assert [c["first_name"] for c in listed.json()] == ["Ada"]
    wrong = gatehouse("contacts", "list", env={**no_keyring, "GATEHOUSE_PASSPHRASE": "other"})
    assert_one_line_error(wrong)
    assert "wrong key or damaged file" in wrong.stderr
    missing = gatehouse("contacts", "list", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert_one_line_error(missing)


def test_cli_encrypt_and_rekey(gatehouse, tmp_path):  # noqa: F811
    plain = tmp_path / "plain.db"
    old = open_database(str(plain), encrypt_new=False)
    contacts.add_contact(old, NewContact("Ada", "Quill"))
    old.close()
    encrypted = gatehouse("encrypt", db=str(plain))
    assert encrypted.returncode == 0, encrypted.stderr
    assert "unencrypted file is kept" in encrypted.stdout
    assert not plain.read_bytes().startswith(SQLITE_HEADER)
    again = gatehouse("encrypt", db=str(plain))
    assert_one_line_error(again)
    assert "encrypted already" in again.stderr
    rekeyed = gatehouse("rekey", "--passphrase", db=str(plain), env={"GATEHOUSE_NEW_PASSPHRASE": "new phrase"})
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert_one_line_error(gatehouse("contacts", "list", db=str(plain)))
    listed = gatehouse("contacts", "list", "--json", db=str(plain), env={"GATEHOUSE_PASSPHRASE": "new phrase"})
    assert [c["first_name"] for c in listed.json()] == ["Ada"]
