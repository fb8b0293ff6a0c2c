"""Migrations are the schema: one head, upgrade from empty, models match migrations — on both engines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect

from app.core.errors import DatabaseTooNew, DatabaseUnavailable
from app.storage import backups, migrate
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


def _migrated_from_empty(url: str) -> Engine:
    """An empty database taken through every revision, from the first, by Alembic."""
    engine = create_engine(url)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    return engine


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
    return compare_metadata(context, Base.metadata)


def test_upgrade_from_empty_matches_the_models(tmp_path):
    engine = _migrated_from_empty(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.connect() as connection:
        assert migrate.current_revisions(connection) == (migrate.head_revision(),)
        diff = _differences(connection)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


@pytest.mark.postgres
def test_a_new_postgres_database_is_built_by_its_migrations_and_matches_the_models(postgres_db):
    with postgres_db.engine.connect() as connection:
        assert migrate.current_revisions(connection) == (migrate.head_revision(),)
        diff = _differences(connection)
    assert diff == [], f"models and migrations differ: {diff}"


def _described(index: Any) -> str:
    """An index as text, its partial-index condition (a TextClause) by what it says."""
    options = {name: str(value) for name, value in index.get("dialect_options", {}).items()}
    return repr({**index, "dialect_options": options})


def _schema(engine: Engine) -> dict[str, dict[str, object]]:
    """Every table as SQLite describes it: columns (in any order), keys, indexes, constraints."""
    found = inspect(engine)
    return {
        table: {
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"], c["default"], c["primary_key"])
                for c in found.get_columns(table)
            ),
            "primary key": found.get_pk_constraint(table),
            "foreign keys": sorted(map(repr, found.get_foreign_keys(table))),
            "indexes": sorted(map(_described, found.get_indexes(table))),
            "unique": sorted(map(repr, found.get_unique_constraints(table))),
            "checks": sorted(map(repr, found.get_check_constraints(table))),
        }
        for table in found.get_table_names()
    }


def test_a_new_file_is_created_at_the_head_with_the_schema_every_migration_gives(tmp_path):
    migrated = _migrated_from_empty(f"sqlite:///{tmp_path / 'migrated.db'}")
    new = open_database(str(tmp_path / "new.db"))
    try:
        assert new.migrated_from == ()
        with new.engine.connect() as connection:
            assert migrate.current_revisions(connection) == (migrate.head_revision(),)
            assert _differences(connection) == []
        created, expected = _schema(new.engine), _schema(migrated)
        assert set(created) == set(expected)
        for table, shape in expected.items():
            assert created[table] == shape, f"{table}: created at the head differs from migrated"
    finally:
        new.close()
        migrated.dispose()


def test_a_file_created_at_the_head_migrates_down_and_up_again(tmp_path):
    database = open_database(str(tmp_path / "g.db"))
    try:
        with database.engine.begin() as connection:
            from alembic import command

            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
            assert migrate.current_revisions(connection) == ("0001",)
            migrate.upgrade(connection)
            assert _differences(connection) == []
    finally:
        database.close()


def test_a_file_with_tables_of_its_own_is_never_stamped_as_up_to_date(tmp_path):
    path = tmp_path / "g.db"
    raw = backups.connect_file(path, None, check=False)
    raw.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    raw.close()
    with pytest.raises(DatabaseUnavailable, match="already exists"):
        open_database(str(path))
    with backups.open_file(path, None) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"contact"}
        assert [c[1] for c in connection.execute("PRAGMA table_info(contact)")] == ["id", "name"]


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


def test_creating_a_new_file_loads_no_alembic(tmp_path):
    code = (
        "import sys\n"
        "from app.storage import database as d, migrate\n"
        "db = d.open_database(sys.argv[1])\n"
        "with db.engine.connect() as c:\n"
        "    print(*migrate.current_revisions(c), migrate.head_revision(), 'alembic' in sys.modules)\n"
        "db.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "new.db")], capture_output=True, text=True, check=True
    )
    head = migrate.head_revision()
    assert result.stdout.split() == [head, head, "False"], result.stderr


def _links_and_consent(connection: Connection) -> tuple[list[tuple[int, int]], list[tuple[object, ...]]]:
    from sqlalchemy import text

    links = connection.execute(text("SELECT event_id, contact_id FROM audit_event_contact ORDER BY 1, 2")).all()
    consent = connection.execute(text("SELECT * FROM consent_change ORDER BY id")).all()
    return [tuple(r) for r in links], [tuple(r) for r in consent]


def _without_rowid(connection: Connection) -> bool:
    from sqlalchemy import text

    sql = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'audit_event_contact'")).scalar_one()
    return "WITHOUT ROWID" in sql.upper()


def test_revision_0011_keeps_every_audit_link_and_consent_entry_both_ways(tmp_path):
    """0011 rebuilds the audit links without rowids and narrows the corrections index: nothing is lost."""
    from alembic import command
    from sqlalchemy import text

    from app.services.importing import import_paths

    database = open_database(str(tmp_path / "g.db"))
    try:
        import_paths(database, [Path(__file__).parents[1] / "fixtures" / "linkedin" / "native"])
        with database.engine.begin() as connection:
            assert _without_rowid(connection)  # a new file is created so, as the models say
            mistaken = connection.execute(text("SELECT min(id) FROM consent_change")).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO consent_change (contact_id, channel, status, changed_on, source, note, recorded_at,"
                    " corrects_id) SELECT contact_id, channel, 'refused', changed_on, 'manual', 'a correction',"
                    " recorded_at, id FROM consent_change WHERE id = :id"
                ),
                {"id": mistaken},
            )
            before = _links_and_consent(connection)
            assert len(before[0]) > 50 and len(before[1]) > 50

            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
            assert not _without_rowid(connection)
            assert _links_and_consent(connection) == before
            migrate.upgrade(connection)
            assert _without_rowid(connection)
            assert _links_and_consent(connection) == before
            assert _differences(connection) == []

            plan = connection.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM consent_change WHERE corrects_id = :id"), {"id": mistaken}
            ).all()
            assert "ix_consent_change_corrects_id" in " ".join(str(row[-1]) for row in plan)
            # removing the mistaken entry still takes its correction with it (ON DELETE CASCADE through the index)
            connection.execute(text("DELETE FROM consent_change WHERE id = :id"), {"id": mistaken})
            left = connection.execute(
                text("SELECT count(*) FROM consent_change WHERE corrects_id = :id"), {"id": mistaken}
            )
            assert left.scalar_one() == 0
    finally:
        database.close()
