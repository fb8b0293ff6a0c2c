"""Writes that cannot happen (another writer, a full disk, a read-only folder) fail clearly and change nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.errors import DatabaseUnavailable
from app.core.records import NewContact
from app.services import contacts
from app.storage import database as database_module
from app.storage.database import DatabaseBusy, DatabaseFull, DatabaseReadOnly, connect_sqlite_file, open_database
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)


def _names(db) -> list[str]:
    return sorted(c.first_name for c in contacts.list_contacts(db))


def _hold_write_lock(path: Path):
    raw = connect_sqlite_file(path)
    raw.execute("BEGIN IMMEDIATE")
    return raw


def test_a_write_waits_for_another_writer_within_the_busy_timeout(sqlite_db):
    holder = _hold_write_lock(sqlite_db.file_path)
    release = threading.Timer(0.3, holder.execute, ("COMMIT",))
    release.start()
    try:
        contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))  # waits, then writes
    finally:
        release.join()
        holder.close()
    assert _names(sqlite_db) == ["Ada"]


def test_a_write_that_cannot_get_the_lock_fails_clearly_and_writes_nothing(sqlite_db, monkeypatch):
    monkeypatch.setenv("GATEHOUSE_BUSY_TIMEOUT_MS", "200")
    sqlite_db.engine.dispose()  # new connections take the short timeout
    holder = _hold_write_lock(sqlite_db.file_path)
    try:
        with pytest.raises(DatabaseBusy, match="busy: another Gatehouse"):
            contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _names(sqlite_db) == []


def test_cli_write_against_a_held_lock_is_one_line(gatehouse):  # noqa: F811 (the fixture imported above)
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    holder = _hold_write_lock(gatehouse.database)
    try:
        result = gatehouse("contacts", "add", "--first-name", "Ben", env={"GATEHOUSE_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line_error(result)
    assert "busy" in result.stderr and "Nothing was written" in result.stderr
    assert [c["first_name"] for c in gatehouse("contacts", "list", "--json").json()] == ["Ada"]


def test_a_full_database_fails_clearly_and_keeps_what_it_had(sqlite_db):
    contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))
    with sqlite_db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(sqlite_db.engine, "connect")
    def _cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    sqlite_db.engine.dispose()
    with pytest.raises(DatabaseFull, match="full; nothing was written"):
        contacts.add_contact(sqlite_db, NewContact("Ben", "Marsh", notes="x" * 200_000))
    assert _names(sqlite_db) == ["Ada"]


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A 1 MiB tmpfs (needs root and mount; skipped, with the reason, elsewhere)."""
    folder = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_disk_fails_clearly_and_keeps_what_it_had(tiny_filesystem):
    path = tiny_filesystem / "g.db"
    db = open_database(str(path))
    contacts.add_contact(db, NewContact("Ada", "Quill"))
    db.close()
    db = open_database(str(path))
    try:
        with pytest.raises(DatabaseFull, match=r"disk holding .* is full"):
            contacts.add_contact(db, NewContact("Ben", "Marsh", notes="x" * 3_000_000))
        assert _names(db) == ["Ada"]
    finally:
        db.close()
    reopened = open_database(str(path))
    assert _names(reopened) == ["Ada"]
    reopened.close()


def test_a_read_only_folder_fails_clearly_and_leaves_the_file_alone(tiny_filesystem):
    path = tiny_filesystem / "g.db"
    db = open_database(str(path))
    contacts.add_contact(db, NewContact("Ada", "Quill"))
    db.close()
    before = path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_filesystem)], check=True)
    try:
        with pytest.raises(DatabaseUnavailable, match="folder is read-only"):
            open_database(str(path))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_filesystem)], check=True)
    assert path.read_bytes() == before


def test_a_write_refused_as_read_only_is_a_clear_error(sqlite_db):
    """A file that turns read-only under an open database: SQLite answers 'readonly database'."""

    @event.listens_for(sqlite_db.engine, "connect")
    def _read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    sqlite_db.engine.dispose()
    with pytest.raises(DatabaseReadOnly, match="cannot be written"):
        contacts.add_contact(sqlite_db, NewContact("Ben", "Marsh"))
    assert _names(sqlite_db) == []


def test_the_busy_timeout_is_five_seconds_unless_configured(monkeypatch):
    assert database_module.busy_timeout_ms() == 5000
    monkeypatch.setenv("GATEHOUSE_BUSY_TIMEOUT_MS", "750")
    assert database_module.busy_timeout_ms() == 750
