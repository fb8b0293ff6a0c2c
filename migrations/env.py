"""Alembic environment. Gatehouse runs it in-process with a live connection (see app.storage.migrate);
``alembic -x url=...`` from a shell also works for developers."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import app.storage.models  # noqa: F401  (registers every table on the metadata)
from app.storage.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, render_as_batch=True, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        engine = create_engine(url)
        with engine.begin() as conn:
            run_migrations(conn)
