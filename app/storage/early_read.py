"""Reading the contacts table before the rest of the app has loaded.

The desktop app's first screen is the contacts table. Loading the rest of the app (SQLAlchemy, the services,
every page) takes longer than reading the table, so ``start`` reads the table on a thread of its own as soon as
the file is known, while the window is being built: SQLite decrypts and scans the pages and hands each query's
rows over as one JSON text, without holding Python's lock, so both go on at once on two cores; the rows are made
from those texts once the window is shown (``EarlyRead.result``).

This reader is plain SQL on a SQLCipher connection of its own, and it is careful: it reads only a personal file
whose key the keyring holds, whose schema is the newest and which has its owner; otherwise it returns None and the
app reads the table the usual way once the database is open (``app.storage.contact_table.load_rows``, which gives
the same rows: a test holds the two to the same result).
"""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import date
from pathlib import Path
from typing import NamedTuple

import sqlcipher3.dbapi2 as sqlcipher

from app.core.contact_rows import ContactRow, build_rows
from app.core.many_objects import many_objects
from app.core.vocabulary import Channel
from app.storage import backups, migrate
from app.storage.backups import FileState
from app.storage.file_keys import file_key
from app.storage.keys import KeyringStore, SecretStore

# Each query's whole result is one JSON array of rows, built inside SQLite (``_as_json``).
_CONTACTS = """
SELECT json_group_array(json_array(id, display_name, first_name, last_name, company, position, relationship, met_in,
                                   connected_on, last_interaction, notes, profile_url) ORDER BY id)
FROM contact WHERE owner_id = ?
"""
_CONNECTED_ON, _LAST_INTERACTION = 8, 9  # the columns of _CONTACTS that hold dates
_TAGS = """
SELECT json_group_array(json_array(contact_tag.contact_id, contact_tag.name)
                        ORDER BY contact_tag.contact_id, contact_tag.name)
FROM contact_tag JOIN contact ON contact.id = contact_tag.contact_id
WHERE contact.owner_id = ?
"""
# The current consent: the latest entry per contact that no later entry corrects (``consent_in_order``).
_CONSENT = """
SELECT json_group_array(json_array(consent_change.contact_id, consent_change.status)
                        ORDER BY consent_change.contact_id, consent_change.changed_on, consent_change.id)
FROM consent_change
WHERE consent_change.channel = ?
  AND NOT EXISTS (SELECT 1 FROM consent_change AS correction WHERE correction.corrects_id = consent_change.id)
  AND consent_change.contact_id IN (SELECT contact.id FROM contact WHERE contact.owner_id = ?)
"""
READ_CACHE_KIB = 64 * 1024  # the connection lives only for this read: its pages are decrypted once


class EarlyTable:
    """The contacts table as read early, with the connection that read it, kept open until ``still_current``."""

    def __init__(
        self, path: Path, owner_id: int, rows: list[ContactRow], connection: sqlcipher.Connection, version: int
    ) -> None:
        self.path = path
        self.owner_id = owner_id
        self.rows = rows
        self._connection: sqlcipher.Connection | None = connection
        self._version = version  # the file's data_version once the rows were read

    def still_current(self) -> bool:
        """Whether no other connection has written to the file since it was read (SQLite's ``data_version``
        changes when one has); closes the connection, so it is asked once. False when it cannot be told."""
        connection, self._connection = self._connection, None
        if connection is None:
            return False
        try:
            return _data_version(connection) == self._version
        except sqlcipher.Error:
            return False
        finally:
            connection.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _data_version(connection: sqlcipher.Connection) -> int:
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


class EarlyRead(threading.Thread):
    """``read_contact_table`` split in two: SQLite's part on a thread of its own, started at once; Python's part
    (the rows made from what SQLite gave) in ``result``, on the thread that asks for them.

    Both threads share Python's lock. The window's thread holds it while it loads and builds the window, so work
    that needs it crawls on the reader's thread meanwhile and only slows the window down. So the keyring's modules
    are loaded before the thread starts (the look-up then runs little Python), the thread runs SQLite, which reads,
    decrypts and puts the rows together without the lock, and the rows are made once the window is shown.
    """

    def __init__(self, path: Path, secrets: SecretStore | None = None) -> None:
        super().__init__(name="gatehouse-early-read", daemon=True)
        self.path = path
        self._secrets = secrets if secrets is not None else KeyringStore()
        self._fetched: _Fetched | None = None
        self._table: EarlyTable | None = None
        _load_backend(self._secrets)
        self.start()

    def run(self) -> None:
        self._fetched = _fetch_quietly(self.path, self._secrets)

    def result(self) -> EarlyTable | None:
        """The table read, or None when it is to be read the usual way."""
        self.join()
        fetched, self._fetched = self._fetched, None
        if fetched is not None:
            self._table = _table_quietly(self.path, fetched)
        return self._table


class _Fetched(NamedTuple):
    """What SQLite gave for the table: each query's rows as one JSON text, and the connection that read them."""

    owner_id: int
    contacts: str
    tags: str
    consents: str
    connection: sqlcipher.Connection
    version: int


def read_contact_table(path: Path, secrets: SecretStore | None = None) -> EarlyTable | None:
    """The owner's contacts of the SQLite file at ``path``, or None when it should be read the usual way.

    Never raises for what the file holds or lacks: a new or damaged file, a key the keyring does not have (the app
    will ask), an older or newer schema (the app will back up and migrate, or refuse), a locked keyring.
    """
    fetched = _fetch_quietly(path, secrets if secrets is not None else KeyringStore())
    return _table_quietly(path, fetched) if fetched is not None else None


def _load_backend(secrets: SecretStore) -> None:
    """The keyring's modules loaded now, if ``secrets`` is the system keyring (nothing is looked up)."""
    if isinstance(secrets, KeyringStore):
        with contextlib.suppress(Exception):  # no usable keyring: the look-up says so, and the usual path asks
            secrets.load()


def _fetch_quietly(path: Path, secrets: SecretStore) -> _Fetched | None:
    try:
        return _fetch(path, secrets)
    except Exception:  # anything unusual is for the usual path to meet and explain
        return None


def _fetch(path: Path, secrets: SecretStore) -> _Fetched | None:
    opened = open_early(path, secrets)
    if opened is None:
        return None
    connection, owner_id = opened
    try:
        connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        contacts = _as_json(connection, _CONTACTS, (owner_id,))  # first: the pages the others join to
        tags = _as_json(connection, _TAGS, (owner_id,))
        consents = _as_json(connection, _CONSENT, (Channel.LINKEDIN.value, owner_id))
        connection.execute("COMMIT")
        connection.execute("PRAGMA cache_size = 0")  # the pages read are not needed any more
        return _Fetched(owner_id, contacts, tags, consents, connection, _data_version(connection))
    except BaseException:
        with contextlib.suppress(Exception):
            connection.close()
        raise


def _as_json(connection: sqlcipher.Connection, query: str, parameters: tuple[object, ...]) -> str:
    """The one value of ``query``: a JSON array of its rows, which SQLite builds without Python's lock.

    Fetched a row at a time, the reader would take the lock back for every row, and wait for it behind the other
    thread each time (up to Python's switch interval, 5 ms).
    """
    text = connection.execute(query, parameters).fetchone()[0]
    return str(text) if text else "[]"


def _table_quietly(path: Path, fetched: _Fetched) -> EarlyTable | None:
    try:
        with many_objects():
            rows = _rows(fetched)
    except Exception:  # the usual path reads the table and explains what is wrong
        fetched.connection.close()
        return None
    return EarlyTable(path, fetched.owner_id, rows, fetched.connection, fetched.version)


def open_early(path: Path, secrets: SecretStore) -> tuple[sqlcipher.Connection, int] | None:
    """A read-only connection to the file at ``path`` in a transaction begun (one snapshot for every query),
    with the owner's id; None when the file is to be opened the usual way: new, its key not in the keyring, its
    schema not the newest (older: to migrate; newer: to refuse), or no owner yet. Raises what SQLite raises on a
    damaged file or a wrong key; the caller closes the connection."""
    state = backups.file_state(path)
    if state is FileState.NEW:
        return None
    key = file_key(path, secrets) if state is FileState.ENCRYPTED else None
    if state is FileState.ENCRYPTED and key is None:
        return None
    connection = backups.connect_file(path, key)
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("BEGIN")
        versions = connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchall()
        owner = None
        if not migrate.needs_upgrade(tuple(sorted(row[0] for row in versions))):
            owner = connection.execute("SELECT id FROM owner ORDER BY id LIMIT 1").fetchone()
    except BaseException:
        connection.close()
        raise
    if owner is None:
        connection.close()
        return None
    return connection, int(owner[0])


def _rows(fetched: _Fetched) -> list[ContactRow]:
    contacts = json.loads(fetched.contacts)
    # Dates are stored as ISO text and repeat: each distinct one is parsed once, then looked up in C per row.
    texts = {row[_CONNECTED_ON] for row in contacts} | {row[_LAST_INTERACTION] for row in contacts}
    days = {text: date.fromisoformat(text) if text else None for text in texts}
    return build_rows(contacts, json.loads(fetched.tags), json.loads(fetched.consents), days.__getitem__)
