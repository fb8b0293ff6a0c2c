"""Applying the Alembic revisions that ship inside the package (``app.migrations``)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from app.core.errors import DatabaseTooNew


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(str(files("app.migrations")))))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def current_revisions(connection: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(connection).get_current_heads())


def check_not_newer(connection: Connection, where: str) -> None:
    """Refuse a database whose schema revision this version of Gatehouse does not know."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = [rev for rev in current_revisions(connection) if rev not in known]
    if unknown:
        raise DatabaseTooNew(
            f"{where} was written by a newer version of Gatehouse (schema {unknown[0]}); "
            "install the newer version to open it"
        )


def needs_upgrade(connection: Connection) -> bool:
    return current_revisions(connection) != (head_revision(),)


def upgrade(connection: Connection, revision: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
