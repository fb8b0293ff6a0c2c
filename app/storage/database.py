"""Opening a Gatehouse database: choosing it, connecting, backing up and migrating, finding the owner.

No engine exists at import time: ``open_database`` builds one per call and returns a ``Database``.

A new personal database is encrypted with SQLCipher. Its key is 256 random bits kept in the system keyring
(service ``gatehouse``, one entry per file, named ``file:<id>`` after the random salt in the file's first 16 bytes,
so the entry follows the file wherever it is moved and a new file at the same path never replaces it) and given
in SQLCipher's raw form, so opening needs no key derivation. Without a usable keyring the user's passphrase is
the key. An unencrypted file (from before) opens as it is. A team database on PostgreSQL
without a password in its URL takes it from the keyring.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import DatabaseUnavailable, GatehouseError
from app.storage import backups, migrate
from app.storage.backups import STATEMENT_CACHE, FileState
from app.storage.file_keys import (
    file_id_keyring_name,
    file_key,
    file_keyring_name,
    pending_keyring_name,
)
from app.storage.keys import (
    KEYRING_LOCKED,
    WRONG_KEY,
    DatabaseKey,
    KeyKind,
    KeyringLocked,
    KeyringStore,
    KeyringUnavailable,
    PassphrasePrompt,
    PassphraseRequest,
    PasswordPrompt,
    SecretStore,
    WrongKey,
    terminal_passphrase,
    terminal_password,
)
from app.storage.locations import chosen_text
from app.storage.lock import InstanceLock
from app.storage.models import Owner
from app.storage.orphans import clean_orphan_copies
from app.storage.write_lock import WriteLock, create_private_folder

SQLITE_BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer; $GATEHOUSE_BUSY_TIMEOUT_MS overrides
PASSPHRASE_ATTEMPTS = 3


class DatabaseBusy(GatehouseError):
    """Another program holds the write lock for longer than the busy timeout."""


class DatabaseFull(GatehouseError):
    """The disk (or the database's size limit) is full."""


class DatabaseReadOnly(GatehouseError):
    """The database file or its folder cannot be written."""


def resolve_database_url(choice: str | None = None) -> URL:
    """``--db`` wins, then ``$GATEHOUSE_DB``, then the default file. A plain path means a SQLite file."""
    text = chosen_text(choice)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError:
            raise DatabaseUnavailable(f"{text!r} is neither a file path nor a database URL") from None
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def describe(url: URL) -> str:
    """The database as a user would name it, without a password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(in memory)"
    return url.render_as_string(hide_password=True)


def keyring_name(url: URL) -> str:
    """The keyring entry of a database: the file's absolute path, or ``USER@HOST:PORT/DB`` for a server."""
    if url.get_backend_name() == "sqlite":
        return str(Path(url.database or "").resolve())
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def translate_write_error(exc: DBAPIError, where: str) -> GatehouseError | None:
    """A user-facing error for the write failures people meet: busy, disk full, read-only."""
    text = str(exc.orig or exc).lower()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(
            f"{where} is busy: another Gatehouse (or another program) is writing to it; "
            "try again when it has finished. Nothing was written"
        )
    if "database or disk is full" in text or "disk full" in text or "no space left" in text:
        return DatabaseFull(f"the disk holding {where} is full; nothing was written. Free some space and try again")
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(f"{where} cannot be written (the file or its folder is read-only); nothing was written")
    return None


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    owner_id: int = 0
    backup_path: Path | None = None
    migrated_from: tuple[str, ...] = field(default_factory=tuple)
    key: DatabaseKey | None = None
    secrets: SecretStore | None = None
    daily_backup_path: Path | None = None
    instance_lock: InstanceLock | None = None  # held by the desktop app while it is open
    write_lock: WriteLock | None = None  # shared while open; exclusive while the file is replaced
    allow_damaged: bool = False  # a read-only command opens a file that fails the integrity check

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def is_encrypted(self) -> bool:
        return self.key is not None

    @property
    def file_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        Busy, full or read-only databases raise a GatehouseError with a sentence the user can act on.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            translated = translate_write_error(exc, self.name)
            if translated is None:
                raise
            raise translated from None

    def close(self) -> None:
        self.engine.dispose()
        if self.write_lock is not None:
            self.write_lock.release()
        if self.instance_lock is not None:
            self.instance_lock.release()

    def reopen(self, ask_passphrase: PassphrasePrompt | None = None) -> None:
        """Connect again after the file was replaced (encrypted, re-keyed, restored), with its key as it is now."""
        self.engine.dispose()
        key = None
        if self.file_path is not None:
            key = resolve_file_key(self.file_path, self.secrets, ask_passphrase or terminal_passphrase)
        self.engine = create_database_engine(self.url, key)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.key = key
        if self.file_path is not None:
            _prepare_schema(self)


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get("GATEHOUSE_BUSY_TIMEOUT_MS", SQLITE_BUSY_TIMEOUT_MS)))
    except ValueError:
        return SQLITE_BUSY_TIMEOUT_MS


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # Take transaction control from the driver so BEGIN/COMMIT are ours (and DDL is transactional).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA secure_delete = ON")  # what is erased is overwritten, not left in free pages
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")


def create_database_engine(url: URL, key: DatabaseKey | None = None) -> Engine:
    """An engine; SQLite files go through SQLCipher's driver, keyed on every new connection."""
    try:
        if url.get_backend_name() == "sqlite":
            path = Path(url.database) if url.database else None
            if path is not None:
                create_private_folder(path.parent)

            def connect() -> sqlcipher.Connection:
                if path is None:
                    return sqlcipher.connect(":memory:", check_same_thread=False, cached_statements=STATEMENT_CACHE)
                return backups.connect_file(path, key)

            engine = create_engine(url, module=sqlcipher, creator=connect)
            _configure_sqlite(engine)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise DatabaseUnavailable(f"cannot use {describe(url)}: no driver for it ({exc})") from None
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create {describe(url)}: {exc.strerror or exc}") from None


def bind_new_key(path: Path, key: DatabaseKey | None, secrets: SecretStore | None) -> None:
    """A new database now exists: its key moves from the pending entry to the entry of the file's id."""
    if key is None or key.kind is not KeyKind.RAW or secrets is None or file_id_keyring_name(path) is None:
        return
    with contextlib.suppress(KeyringUnavailable):
        remember_file_key(path, key, secrets, strict=True)
        secrets.delete(pending_keyring_name(path))


def _ask_passphrase(prompt: PassphrasePrompt, request: PassphraseRequest, *, locked: bool = False) -> DatabaseKey:
    answer = prompt(request)
    if not answer:
        if locked:
            raise DatabaseUnavailable(
                f"cannot open database {request.database}: {KEYRING_LOCKED} (or set GATEHOUSE_PASSPHRASE if it "
                "was encrypted with a passphrase)"
            )
        if request.new:
            raise DatabaseUnavailable(
                f"cannot create {request.database}: no keyring is usable to keep its key and no passphrase was "
                "given (set GATEHOUSE_PASSPHRASE or run on a terminal)"
            )
        raise WrongKey(
            f"cannot open database {request.database}: {WRONG_KEY} (the keyring holds no key for it and no "
            "passphrase was given; set GATEHOUSE_PASSPHRASE if it was encrypted with a passphrase)"
        )
    return DatabaseKey(KeyKind.PASSPHRASE, answer)


def resolve_file_key(
    path: Path, secrets: SecretStore | None, prompt: PassphrasePrompt, *, encrypt_new: bool = True
) -> DatabaseKey | None:
    """The key that opens ``path``: None for an unencrypted file; for a new one, a fresh key kept in the keyring
    (or the passphrase asked for when no keyring is usable). An existing encrypted file is never replaced."""
    state = backups.file_state(path)
    if state is FileState.PLAIN or (state is FileState.NEW and not encrypt_new):
        return None
    name = str(path)
    if state is FileState.NEW:
        key = DatabaseKey.new_random()
        if secrets is not None:
            try:
                # kept before the file exists; it never replaces the entry of another file (see bind_new_key)
                secrets.set(pending_keyring_name(path), key.secret)
                return key
            except KeyringUnavailable as exc:
                reason = f"No usable keyring ({exc}): choose a passphrase for the new database."
        else:
            reason = "Choose a passphrase for the new database."
        return _ask_passphrase(prompt, PassphraseRequest(name, new=True, reason=reason))
    locked = False
    try:
        stored = file_key(path, secrets)
    except KeyringLocked:
        stored, locked = None, True
    if stored is not None:
        return stored
    for attempt in range(1, PASSPHRASE_ATTEMPTS + 1):
        reason = KEYRING_LOCKED[0].upper() + KEYRING_LOCKED[1:] + "." if locked and attempt == 1 else ""
        request = PassphraseRequest(name, attempt=attempt, reason=reason or _retry_reason(attempt))
        if attempt > 1 and not (answer := prompt(request)):
            break
        if attempt == 1:
            key = _ask_passphrase(prompt, request, locked=locked)
        else:
            key = DatabaseKey(KeyKind.PASSPHRASE, answer or "")
        try:
            backups.connect_file(path, key).close()
            return key
        except WrongKey:
            continue
    raise WrongKey(f"cannot open database {name}: {WRONG_KEY} (the passphrase given does not open it)")


def _retry_reason(attempt: int) -> str:
    return "" if attempt == 1 else f"That passphrase does not open it ({WRONG_KEY}); try again."


def backup_sqlite_file(
    path: Path, reason: str = "pre-migration", key: DatabaseKey | None = None, secrets: SecretStore | None = None
) -> Path:
    """Copy a SQLite file (with a consistent snapshot of its WAL) to a timestamped file beside it, with the same
    key, which the keyring keeps for the copy too; automatic backups beyond the last seven of their kind go."""
    target = backups.make_backup(path, key, reason)
    remember_file_key(target, key, secrets)
    if reason in backups.AUTOMATIC_REASONS:
        for removed in backups.prunable(path, reason):
            forget_file_key(removed, secrets)  # before the file goes: its id is read from it
            removed.unlink(missing_ok=True)
    return target


def remember_file_key(
    path: Path, key: DatabaseKey | None, secrets: SecretStore | None, *, strict: bool = False
) -> None:
    """Keep a raw key for a file that exists (a backup, a re-encrypted copy) under the file's own id;
    passphrases stay in the user's head. ``strict`` lets KeyringUnavailable through."""
    name = file_id_keyring_name(path)
    if key is None or key.kind is not KeyKind.RAW or secrets is None or name is None:
        return
    if strict:
        secrets.set(name, key.secret)
        return
    with contextlib.suppress(KeyringUnavailable):
        secrets.set(name, key.secret)


def forget_file_key(path: Path, secrets: SecretStore | None) -> None:
    """Remove the entry of a file about to be deleted (call it while the file is still there). An entry another
    file beside it still needs (a copy made with ``cp`` has the same id) is kept."""
    if secrets is None:
        return
    with contextlib.suppress(KeyringUnavailable):
        name = file_id_keyring_name(path)
        if name is not None and not _id_shared(path):
            secrets.delete(name)
        secrets.delete(file_keyring_name(path))


def _id_shared(path: Path) -> bool:
    own = backups.file_id(path)
    try:
        siblings = [p for p in path.parent.iterdir() if p != path and p.is_file()]
    except OSError:
        return True  # cannot tell: keep the key
    return any(backups.file_id(sibling) == own for sibling in siblings)


def key_for_copy(path: Path, secrets: SecretStore | None) -> DatabaseKey | None:
    """The key of a backup: its own keyring entry, else the entry of the database it was copied from."""
    own = file_key(path, secrets)
    if own is not None:
        return own
    original = backups.original_of(path)
    return file_key(original, secrets) if original is not None else None


def _prepare_schema(database: Database) -> None:
    """Refuse newer databases; back up and migrate older ones; back up once a day."""
    with database.engine.connect() as connection:
        current = migrate.current_revisions(connection)  # one query; Alembic is loaded only to upgrade
    migrate.check_not_newer(current, database.name)
    upgrade = migrate.needs_upgrade(current)
    path = database.file_path
    if upgrade:
        if path is not None and current and path.exists():
            database.backup_path = backup_sqlite_file(path, "pre-migration", database.key, database.secrets)
        with database.engine.begin() as connection:
            if not current and database.is_sqlite and migrate.is_empty(connection):
                migrate.create_at_head(connection)  # a new file: no revision to run one by one
            else:
                migrate.upgrade(connection)
        database.migrated_from = current
    elif path is not None and not backups.has_recent_backup(path):
        _daily_backup(database, path)


def _daily_backup(database: Database, path: Path) -> None:
    """Once a day; a file that fails the integrity check gets the documented one line, unless the command only
    reads (``allow_damaged``: an export saves what survives)."""
    try:
        database.daily_backup_path = backup_sqlite_file(path, "daily", database.key, database.secrets)
    except backups.DamagedFile:
        if database.allow_damaged:
            return
        raise WrongKey(
            f"cannot open database {path}: {WRONG_KEY} (it fails SQLite's integrity check; "
            "`gatehouse export contacts` can still save what it holds)"
        ) from None


def current_owner_id(session: Session) -> int:
    """The adviser this connection acts for: by database role on a team server, else the only owner."""
    if session.get_bind().dialect.name == "postgresql":
        role = session.execute(select(func.current_user())).scalar_one()
        owner = session.scalars(select(Owner).where(Owner.db_role == role)).first()
        if owner is None:
            owner = Owner(db_role=role)
            session.add(owner)
            session.flush()
        return owner.id
    owner_id = session.scalars(select(Owner.id).order_by(Owner.id).limit(1)).first()
    if owner_id is None:
        owner = Owner()
        session.add(owner)
        session.flush()
        owner_id = owner.id
    return owner_id


def _needs_password(exc: DBAPIError) -> bool:
    text = str(exc.orig or exc).lower()
    return "no password supplied" in text or "password authentication failed" in text


def _stored_password(url: URL, secrets: SecretStore | None) -> str | None:
    if url.password is not None or secrets is None:
        return None
    try:
        return secrets.get(keyring_name(url))
    except KeyringUnavailable:
        return None


def _connect_server(url: URL, secrets: SecretStore | None, ask_password: PasswordPrompt) -> tuple[URL, Engine]:
    """Connect to a team server. A URL without a password takes it from the keyring; when the server wants one
    the keyring does not hold (or holds a stale one), ask once and keep it there."""
    stored = _stored_password(url, secrets)
    chosen = url.set(password=stored) if stored else url
    engine = create_database_engine(chosen)
    try:
        with engine.connect():
            pass
        return chosen, engine
    except DBAPIError as exc:
        engine.dispose()
        if url.password is not None or not _needs_password(exc):
            raise
    password = ask_password(describe(url))
    if not password:
        raise DatabaseUnavailable(
            f"cannot open database {describe(url)}: the server wants a password and none was given "
            "(set GATEHOUSE_DB_PASSWORD or run on a terminal)"
        )
    chosen = url.set(password=password)
    engine = create_database_engine(chosen)
    try:
        with engine.connect():
            pass
    except DBAPIError:
        engine.dispose()
        raise
    if secrets is not None:
        with contextlib.suppress(KeyringUnavailable):
            secrets.set(keyring_name(url), password)
    return chosen, engine


def new_file_for(choice: str | None) -> Path | None:
    """The SQLite file ``choice`` names when it does not exist yet (opening it will create it), else None."""
    url = resolve_database_url(choice)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = Path(url.database)
    return None if path.exists() else path


def discard_new_file(path: Path, secrets: SecretStore | None) -> None:
    """Remove a database file a failed command created (and its key in the keyring): bad input writes nothing."""
    for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            name.unlink(missing_ok=True)
    if secrets is not None:
        with contextlib.suppress(GatehouseError):
            secrets.delete(file_keyring_name(path))


def open_database(
    choice: str | URL | None = None,
    *,
    migrate_schema: bool = True,
    secrets: SecretStore | None = None,
    ask_passphrase: PassphrasePrompt | None = None,
    ask_password: PasswordPrompt | None = None,
    encrypt_new: bool = True,
    allow_damaged: bool = False,
) -> Database:
    """Open (creating if needed) the database named by ``choice``, ``$GATEHOUSE_DB`` or the default file.

    ``secrets`` defaults to the system keyring; the prompts default to the CLI's (environment, then terminal).
    The GUI passes its dialogs. A wrong key or a damaged file raises WrongKey ("wrong key or damaged file").
    """
    url = choice if isinstance(choice, URL) else resolve_database_url(choice)
    if url.get_backend_name() == "sqlite" and url.database and Path(url.database).is_dir():
        raise DatabaseUnavailable(
            f"cannot open database {url.database}: it is a folder; name a file in it "
            f"(for example {Path(url.database) / 'gatehouse.db'})"
        )
    store = secrets if secrets is not None else KeyringStore()
    key: DatabaseKey | None = None
    path: Path | None = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    # Taken before the key is read: a file being re-keyed or restored is waited for, then opened as it is then.
    write_lock = _take_write_lock(path, store) if path is not None else None
    was_new = path is not None and backups.file_state(path) is FileState.NEW
    try:
        if url.get_backend_name() == "sqlite":
            if path is not None:
                key = resolve_file_key(path, store, ask_passphrase or terminal_passphrase, encrypt_new=encrypt_new)
            engine = create_database_engine(url, key)
        else:
            url, engine = _connect_server(url, store, ask_password or terminal_password)
    except DBAPIError as exc:
        _release(write_lock)
        raise _open_error(url, exc) from None
    except BaseException:
        _release(write_lock)
        raise
    database = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        key=key,
        secrets=store,
        write_lock=write_lock,
        allow_damaged=allow_damaged,
    )
    try:
        if migrate_schema:
            _prepare_schema(database)
        with database.session() as session:
            database.owner_id = current_owner_id(session)
        if was_new and path is not None:
            bind_new_key(path, key, store)
    except DBAPIError as exc:
        engine.dispose()
        _release(write_lock)
        translated = translate_write_error(exc, database.name)
        if translated is not None:
            raise translated from None
        raise _open_error(url, exc) from None
    except BaseException:
        engine.dispose()
        _release(write_lock)
        raise
    return database


def _take_write_lock(path: Path, secrets: SecretStore | None) -> WriteLock:
    """The shared write lock; when no other Gatehouse has the file open, copies left by a killed backup, encrypt,
    rekey or restore are removed first (they were never swapped in)."""
    lock = WriteLock(path, busy_timeout_ms() / 1000)
    if lock.try_exclusive():
        with contextlib.suppress(OSError):  # what is left is listed by `backup --list`
            clean_orphan_copies(path, lambda orphan: forget_file_key(orphan, secrets))
    return lock.share()


def _release(lock: WriteLock | None) -> None:
    if lock is not None:
        lock.release()


def _open_error(url: URL, exc: DBAPIError) -> DatabaseUnavailable:
    name = describe(url)
    if url.get_backend_name() == "sqlite" and url.database:
        folder = Path(url.database).parent
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return DatabaseUnavailable(
                f"cannot open database {name}: its folder is read-only (Gatehouse writes beside the file); "
                "nothing was changed"
            )
    return DatabaseUnavailable(f"cannot open database {name}: {_first_line(exc)}")


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)


def connect_sqlite_file(path: str | Path, secrets: SecretStore | None = None) -> sqlcipher.Connection:
    """A DB-API connection to a Gatehouse file, keyed from the keyring when it is encrypted (tools and tests).

    Used like ``sqlite3.connect``: ``with connect_sqlite_file(p) as raw:`` commits at the end of the block.
    """
    file = Path(path)
    key = None
    if backups.file_state(file) is FileState.ENCRYPTED:
        try:
            key = key_for_copy(file, secrets if secrets is not None else KeyringStore())
        except KeyringLocked:
            raise WrongKey(f"cannot open database {file}: {KEYRING_LOCKED}") from None
        if key is None:
            raise WrongKey(f"cannot open database {file}: {WRONG_KEY} (the keyring holds no key for it)")
    return backups.connect_file(file, key)
