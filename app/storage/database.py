"""Opening a Gatehouse database: choosing it, connecting, backing up and migrating, finding the owner.

No engine exists at import time: ``open_database`` builds one per call and returns a ``Database``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import DatabaseUnavailable
from app.storage import migrate
from app.storage.models import Owner

ENV_VAR = "GATEHOUSE_DB"
APP_NAME = "Gatehouse"
SQLITE_BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """The personal database in the user's data folder (e.g. ~/.local/share/Gatehouse/gatehouse.db)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "gatehouse.db"


def resolve_database_url(choice: str | None = None) -> URL:
    """``--db`` wins, then ``$GATEHOUSE_DB``, then the default file. A plain path means a SQLite file."""
    text = (choice or os.environ.get(ENV_VAR) or "").strip() or str(default_database_path())
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


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    owner_id: int = 0
    backup_path: Path | None = None
    migrated_from: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # Take transaction control from the driver so BEGIN/COMMIT are ours (and DDL is transactional).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")


def create_database_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            if url.database:
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url)
            _configure_sqlite(engine)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise DatabaseUnavailable(f"cannot use {describe(url)}: no driver for it ({exc})") from None
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create {describe(url)}: {exc.strerror or exc}") from None


def backup_sqlite_file(path: Path, reason: str = "pre-migration") -> Path:
    """Copy a SQLite file (with a consistent snapshot of its WAL) to a timestamped file beside it."""
    import sqlite3

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}.bak")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def _prepare_schema(database: Database) -> None:
    """Refuse newer databases; back up and migrate older ones."""
    with database.engine.connect() as connection:
        migrate.check_not_newer(connection, database.name)
        current = migrate.current_revisions(connection)
        if not migrate.needs_upgrade(connection):
            return
    path = database.file_path
    if path is not None and current and path.exists():
        database.backup_path = backup_sqlite_file(path)
    with database.engine.begin() as connection:
        migrate.upgrade(connection)
    database.migrated_from = current


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


def open_database(choice: str | URL | None = None, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the database named by ``choice``, ``$GATEHOUSE_DB`` or the default file."""
    url = choice if isinstance(choice, URL) else resolve_database_url(choice)
    engine = create_database_engine(url)
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
    try:
        if migrate_schema:
            _prepare_schema(database)
        with database.session() as session:
            database.owner_id = current_owner_id(session)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise DatabaseUnavailable(f"cannot open database {database.name}: {reason}") from None
    except Exception:
        engine.dispose()
        raise
    return database
