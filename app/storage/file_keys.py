"""The keyring entry of an encrypted file, and the key it holds.

An entry is named ``file:<id>`` after the random salt in the file's first 16 bytes, so it follows the file wherever
it moves; entries by path (from before ids, and a new file's pending key) are still read. Kept apart from
``app.storage.database`` (no SQLAlchemy here) so that the desktop app can read its file early.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.core.errors import DatabaseUnavailable
from app.storage import backups
from app.storage.keys import DatabaseKey, KeyKind, KeyringLocked, KeyringUnavailable, SecretStore, WrongKey


def file_keyring_name(path: Path) -> str:
    """The entry name of files keyed before entries were tied to the file's id (still read, never written)."""
    return str(path.resolve())


def file_id_keyring_name(path: Path) -> str | None:
    """The entry of an encrypted file, named after the id in its header; None for a missing or plain file."""
    found = backups.file_id(path)
    return f"file:{found}" if found else None


def pending_keyring_name(path: Path) -> str:
    """Where a new database's key waits between choosing it and the file existing (then it moves to its id)."""
    return f"new:{path.resolve()}"


def file_key(path: Path, secrets: SecretStore | None) -> DatabaseKey | None:
    """The key the keyring holds for a file, if any (None also when no keyring is usable).

    First the entry of the file's id; else an entry by path (from before ids, or a new file's pending key), used
    only when it opens this very file, and then also kept under the file's id. A locked keyring raises
    KeyringLocked: the key is not lost, the keyring only has to be unlocked.
    """
    if secrets is None:
        return None
    own = file_id_keyring_name(path)
    try:
        stored = secrets.get(own) if own else None
        if stored:
            return DatabaseKey.from_stored(stored)
        for by_path in (file_keyring_name(path), pending_keyring_name(path)):
            stored = secrets.get(by_path)
            if not stored:
                continue
            key = DatabaseKey.from_stored(stored)
            if _opens(path, key):
                if own is not None and key.kind is KeyKind.RAW:
                    with contextlib.suppress(KeyringUnavailable):
                        secrets.set(own, key.secret)
                return key
    except KeyringLocked:
        raise
    except KeyringUnavailable:
        return None
    return None


def _opens(path: Path, key: DatabaseKey) -> bool:
    try:
        backups.connect_file(path, key).close()
    except (WrongKey, DatabaseUnavailable):
        return False
    return True
