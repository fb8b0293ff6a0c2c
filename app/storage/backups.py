"""SQLite files on disk: recognising them, opening them with their key, copying them safely.

Every copy uses SQLite's online backup API (a consistent snapshot, WAL included) or SQLCipher's
``sqlcipher_export`` (when the key changes), is written to a new file, verified, and only then put in place.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.core.errors import DatabaseUnavailable
from app.storage.keys import WRONG_KEY, DatabaseKey, WrongKey

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_AUTOMATIC = 7
# Prepared statements a connection keeps (the driver's default is 128). Each one holds memory from SQLite's small
# per-connection allocator (lookaside, a few dozen KB). With many kept it is used up, and every allocation of every
# statement then goes to malloc behind a mutex: a first import of 30,000 connections did 5.5% more work with 128
# (callgrind), and 16 kept after opening a database were already too many. With 8, what a loop repeats stays
# prepared; anything else is prepared again (tens of microseconds).
STATEMENT_CACHE = 8
AUTOMATIC_REASONS = ("daily", "pre-migration")
_STAMP = re.compile(r"\.(?P<reason>[a-z-]+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.bak$")


class DamagedFile(DatabaseUnavailable):
    """The file opens but fails SQLite's integrity check."""


class FileState(StrEnum):
    NEW = "new"  # missing or empty: SQLite creates it
    PLAIN = "plain"  # an unencrypted SQLite file
    ENCRYPTED = "encrypted"  # anything else: SQLCipher, or damaged


def file_state(path: Path) -> FileState:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState.NEW
    if not header:
        return FileState.NEW
    return FileState.PLAIN if header == SQLITE_HEADER else FileState.ENCRYPTED


def file_id(path: Path) -> str | None:
    """What ties a keyring entry to an encrypted file wherever it moves: the random salt SQLCipher writes in the
    first 16 bytes of every file it creates (each copy Gatehouse makes gets its own). None for other files."""
    if file_state(path) is not FileState.ENCRYPTED:
        return None
    with path.open("rb") as handle:
        salt = handle.read(16)
    return salt.hex() if len(salt) == 16 else None


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600) unless it exists; SQLite gives its WAL and
    journal the same mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def connect_file(path: Path, key: DatabaseKey | None, *, check: bool = True) -> sqlcipher.Connection:
    """A DB-API connection to a SQLite file, keyed first (SQLCipher needs ``PRAGMA key`` before anything else).

    With ``check``, a wrong key or a damaged file raises WrongKey instead of a driver error later on. A file it
    creates is private to the user (0600).
    """
    with contextlib.suppress(OSError):  # a folder that cannot be written is reported by the connection below
        create_private(path)
    connection = sqlcipher.connect(
        str(path), isolation_level=None, check_same_thread=False, cached_statements=STATEMENT_CACHE
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print wrong-key noise on stderr
        if key is not None:
            connection.execute(f"PRAGMA key = {key.pragma_value()}")
        if check:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        connection.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKey(f"cannot open database {path}: {WRONG_KEY}") from None
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            raise DatabaseUnavailable(
                f"cannot open database {path}: its folder is read-only (Gatehouse writes beside the file); "
                "nothing was changed"
            ) from None
        raise DatabaseUnavailable(f"cannot open database {path}: {exc}") from None
    return connection


@contextlib.contextmanager
def open_file(path: Path, key: DatabaseKey | None) -> Iterator[sqlcipher.Connection]:
    connection = connect_file(path, key)
    try:
        yield connection
    finally:
        connection.close()


@dataclass(frozen=True)
class FileCheck:
    path: Path
    encrypted: bool
    revision: str | None
    tables: dict[str, int]


def verify_file(path: Path, key: DatabaseKey | None) -> FileCheck:
    """Open a file, run ``PRAGMA integrity_check`` and count every table's rows; raise when it is not sound."""
    try:
        return _verify(path, key)
    except sqlcipher.DatabaseError as exc:
        raise DamagedFile(f"{path}: {WRONG_KEY} ({_first(str(exc))})") from None


def _verify(path: Path, key: DatabaseKey | None) -> FileCheck:
    with open_file(path, key) as connection:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DamagedFile(f"{path}: {WRONG_KEY} (it fails SQLite's integrity check: {_first(result[0])})")
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
        revision = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
    return FileCheck(path=path, encrypted=key is not None, revision=revision, tables=tables)


def _first(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def backup_name(path: Path, reason: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}.bak")
    return target


def copy_with_backup_api(source: Path, target: Path, key: DatabaseKey | None) -> None:
    """A consistent snapshot of ``source`` (with what its WAL holds) into a new file with the same key."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with open_file(source, key) as src:
            copy = connect_file(partial, key, check=False)
            try:
                src.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        verify_file(partial, key)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def export_with_key(source: Path, source_key: DatabaseKey | None, target: Path, target_key: DatabaseKey | None) -> None:
    """Copy ``source`` into a new file encrypted with ``target_key`` (None: unencrypted) via ``sqlcipher_export``."""
    target.unlink(missing_ok=True)
    create_private(target)
    with open_file(source, source_key) as connection:
        attach_key = target_key.pragma_value() if target_key is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS gatehouse_target KEY {attach_key}", (str(target),))
        try:
            connection.execute("SELECT sqlcipher_export('gatehouse_target')").fetchall()
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA gatehouse_target.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE gatehouse_target")


def make_backup(path: Path, key: DatabaseKey | None, reason: str) -> Path:
    target = backup_name(path, reason)
    copy_with_backup_api(path, target, key)
    return target


def list_backups(path: Path, reason: str | None = None) -> list[Path]:
    """Backups beside ``path``, oldest first (by the stamp in their name)."""
    found: list[tuple[str, Path]] = []
    for candidate in path.parent.glob(f"{glob_escape(path.name)}.*.bak"):
        match = _STAMP.search(candidate.name[len(path.name) :])
        if match and (reason is None or match["reason"] == reason):
            found.append((match["stamp"] + candidate.name, candidate))
    return [p for _, p in sorted(found)]


def original_of(backup: Path) -> Path | None:
    """``gatehouse.db`` for ``gatehouse.db.daily-20260101-120000.bak``; None for a name not made here."""
    match = _STAMP.search(backup.name)
    if match is None:
        return None
    return backup.with_name(backup.name[: match.start()])


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def prunable(path: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """All but the newest ``keep`` automatic backups of one kind."""
    backups = list_backups(path, reason)
    return backups[: max(len(backups) - keep, 0)]


def prune(path: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of one kind; returns what was removed."""
    removed = prunable(path, reason, keep)
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def has_recent_backup(path: Path, within: timedelta = timedelta(days=1)) -> bool:
    cutoff = datetime.now() - within
    for candidate in list_backups(path):
        match = _STAMP.search(candidate.name[len(path.name) :])
        stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S") if match else None
        if match and match["reason"] in AUTOMATIC_REASONS and stamp is not None and stamp >= cutoff:
            return True
    return False


def swap_in(replacement: Path, path: Path, keep_old_as: Path | None) -> None:
    """Put ``replacement`` where ``path`` is, atomically; the old file stays reachable as ``keep_old_as``.

    No connection may be open on ``path``: its WAL must have been checkpointed away.
    """
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size > 0 and suffix != "-shm":
            raise DatabaseUnavailable(f"{path} is still in use (its {suffix[1:]} file is not empty); close Gatehouse")
        side.unlink(missing_ok=True)
    if keep_old_as is not None and path.exists():
        try:
            os.link(path, keep_old_as)
        except OSError:
            import shutil

            shutil.copy2(path, keep_old_as)
    os.replace(replacement, path)


def checkpoint_and_close(path: Path, key: DatabaseKey | None) -> None:
    """Fold the WAL into the file and leave WAL mode, so the file alone holds everything."""
    if file_state(path) is FileState.NEW:
        return
    with open_file(path, key) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
