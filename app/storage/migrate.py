"""Applying the Alembic revisions that ship inside the package (``app.migrations``).

Opening an up-to-date database costs one query: the revisions shipped are known from the files' own
``revision = "..."`` and ``down_revision = "..."`` lines (read once per process, no Alembic), and the
database's revision is one ``SELECT`` of ``alembic_version``. Alembic itself is imported only when an upgrade
is due (or by the tools that walk the revisions). A new, empty SQLite database needs no Alembic either: it is
created at the head in one step (``create_at_head``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
# ``revision: str = "0004"`` / ``down_revision: str | None = "0003"`` (or a tuple of them for a merge), at the
# start of a line as Alembic's template writes them. Our own files, but linear anyway: no nested repetition.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=([^\n]*)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"'\n]+)["']""")


@dataclass(frozen=True)
class ShippedRevisions:
    """The revisions of this version of Gatehouse, as its migration files declare them."""

    known: frozenset[str]
    heads: tuple[str, ...]


def migrations_folder() -> Path:
    return Path(str(files("app.migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


def scan_revisions(versions: Path) -> ShippedRevisions:
    """Every ``revision`` declared in ``versions/*.py`` and the heads (revisions no other file revises)."""
    known: set[str] = set()
    revised: set[str] = set()
    for script in sorted(versions.glob("*.py")):
        for name, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8")):
            ids = _QUOTED.findall(value)
            if name == "revision":
                known.update(ids[:1])
            else:
                revised.update(ids)
    return ShippedRevisions(frozenset(known), tuple(sorted(known - revised)))


@cache
def shipped_revisions() -> ShippedRevisions:
    return scan_revisions(migrations_folder() / "versions")


def head_revision() -> str:
    heads = shipped_revisions().heads
    assert len(heads) == 1, f"the migrations have {len(heads)} heads: {heads}"
    return heads[0]


def current_revisions(connection: Connection) -> tuple[str, ...]:
    """The database's revision(s) in one query; () for a database without a schema yet."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with connection.begin_nested() if connection.in_transaction() else connection.begin():
            rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    except DBAPIError:
        if not _is_missing_table(connection):
            raise
        return ()
    return tuple(sorted(rows))


def _is_missing_table(connection: Connection) -> bool:
    from sqlalchemy import inspect

    return not inspect(connection).has_table(VERSION_TABLE)


def check_not_newer(current: tuple[str, ...], where: str) -> None:
    """Refuse a database whose schema revision this version of Gatehouse does not know."""
    unknown = [rev for rev in current if rev not in shipped_revisions().known]
    if unknown:
        raise DatabaseTooNew(
            f"{where} was written by a newer version of Gatehouse (schema {unknown[0]}); "
            "install the newer version to open it"
        )


def needs_upgrade(current: tuple[str, ...]) -> bool:
    return current != (head_revision(),)


def is_empty(connection: Connection) -> bool:
    """Whether the database holds no table at all (a file just created, a new server database)."""
    from sqlalchemy import inspect

    return not inspect(connection).get_table_names()


def version_table() -> Table:
    """Alembic's version table as Alembic itself declares it (``alembic.ddl.impl``): one revision per row."""
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table

    return Table(
        VERSION_TABLE,
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"),
    )


def create_at_head(connection: Connection) -> None:
    """An empty SQLite database gets the tables as the models declare them, stamped with the head revision.

    The same schema as running every revision from the first (``tests/storage/test_migrations.py`` holds the
    two equal), in one step and without loading Alembic: what Alembic's cookbook calls building an up-to-date
    database from scratch. PostgreSQL always runs the revisions, which also set up its row-level security and
    functions, things the models do not declare.
    """
    from sqlalchemy import insert

    import app.storage.models  # noqa: F401  (registers every table on the metadata)
    from app.storage.base import Base

    assert connection.dialect.name == "sqlite", "a server database is built by its migrations"
    Base.metadata.create_all(connection)
    table = version_table()
    table.create(connection)
    connection.execute(insert(table).values(version_num=head_revision()))


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
