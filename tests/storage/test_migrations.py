"""Migrations are the schema: one head, upgrade from empty, models match migrations — on both engines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from app.core.errors import DatabaseTooNew
from app.storage import migrate
from app.storage.base import Base
from app.storage.database import connect_sqlite_file, open_database


def test_the_revision_chain_is_linear_with_one_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    assert all(not isinstance(r.down_revision, tuple) for r in revisions), "a merge revision: the chain forked"


def test_migrations_ship_inside_the_package():
    location = Path(migrate.alembic_config().get_main_option("script_location"))
    assert (location / "env.py").exists()
    assert any(location.glob("versions/0001_*.py"))


def test_upgrade_from_empty_matches_the_models(db):
    with db.engine.connect() as connection:
        assert migrate.current_revisions(connection) == (migrate.head_revision(),)
        context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_every_table_of_the_models_exists(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    database = open_database(str(tmp_path / "g.db"))
    try:
        with database.engine.begin() as connection:
            from alembic import command

            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
            migrate.upgrade(connection)
    finally:
        database.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "g.db"
    open_database(str(path)).close()
    with connect_sqlite_file(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Gatehouse"):
        open_database(str(path))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.postgres
def test_a_newer_postgres_database_is_refused(postgres_url):
    open_database(postgres_url).close()
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_database(postgres_url)


def test_the_head_read_from_the_files_is_alembics_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    shipped = migrate.shipped_revisions()
    assert shipped.heads == tuple(script.get_heads())
    assert migrate.head_revision() == script.get_current_head()
    assert shipped.known == {rev.revision for rev in script.walk_revisions()}


def test_a_new_revision_file_is_found_without_editing_anything(tmp_path):
    versions = tmp_path / "versions"
    versions.mkdir()
    for script in (migrate.migrations_folder() / "versions").glob("*.py"):
        (versions / script.name).write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    head = migrate.head_revision()
    (versions / "0099_next.py").write_text(
        f'"""Next.\n\nRevision ID: 0099\nRevises: {head}\n"""\n\n'
        f'revision: str = "0099"\ndown_revision: str | None = "{head}"\n'
        "branch_labels = None\n",
        encoding="utf-8",
    )
    scanned = migrate.scan_revisions(versions)
    assert scanned.heads == ("0099",)
    assert {head, "0099"} <= scanned.known
    (versions / "0100_merge.py").write_text('revision = "0100"\ndown_revision = ("0099", "0042")\n', encoding="utf-8")
    assert migrate.scan_revisions(versions).heads == ("0100",)


def test_opening_an_up_to_date_database_reads_its_revision_once_and_loads_no_alembic(tmp_path):
    path = tmp_path / "g.db"
    open_database(str(path)).close()
    code = (
        "import sys\n"
        "from sqlalchemy import event\n"
        "from app.storage import database as d\n"
        "seen = []\n"
        "real = d.create_database_engine\n"
        "def counted(*a, **k):\n"
        "    engine = real(*a, **k)\n"
        "    event.listen(engine, 'before_cursor_execute', lambda c, cur, sql, *r: seen.append(sql))\n"
        "    return engine\n"
        "d.create_database_engine = counted\n"
        "d.open_database(sys.argv[1]).close()\n"
        "print(sum('alembic_version' in s for s in seen), 'alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["1", "False"], result.stderr
