"""Crash safety: a process killed (SIGKILL) in the middle of importing a 100,000-connection export leaves a
database that opens, passes ``PRAGMA integrity_check`` and holds none of that import (all or nothing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.records import NewContact
from app.services import contacts
from app.storage.backups import SQLITE_HEADER
from app.storage.database import open_database
from tests.conftest import EXPORT_TOOL

CONNECTIONS = 100_000
PART = 25_000  # the shared tool's dates run out past ~30,000 connections, so four parts make one export

# The importing process: it reports when its import transaction has written several MB to the WAL, then waits
# (inside the transaction) for the test to kill it, so the kill always lands in the middle of the import.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.storage.database import open_database
    from app.services.importing import import_paths

    database_path, export = Path(sys.argv[1]), Path(sys.argv[2])
    wal = database_path.with_name(database_path.name + "-wal")
    start = wal.stat().st_size if wal.exists() else 0
    db = open_database(str(database_path))

    def progress(done, total, message):
        if message == "Saving contacts" and wal.exists() and wal.stat().st_size > start + 5_000_000:
            print(f"MIDDLE {done} {total} {wal.stat().st_size}", flush=True)
            sys.stdin.readline()  # never answered: the test kills us here

    import_paths(db, [export], progress=progress)
    print("FINISHED", flush=True)
    """
)


def _big_export(folder: Path) -> Path:
    """One Connections.csv with 100,000 rows, from four synthetic exports of the shared tool."""
    rows: list[str] = []
    head: list[str] = []
    for part in range(CONNECTIONS // PART):
        out = folder / f"part{part}"
        subprocess.run(
            [sys.executable, str(EXPORT_TOOL), str(out), "--connections", str(PART), "--invitations", "0",
             "--messages", "0", "--seed", str(100 + part)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        lines = (out / "Connections.csv").read_text(encoding="utf-8").split("\n")
        header = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
        head = head or lines[: header + 1]
        rows += [line for line in lines[header + 1 :] if line]
    export = folder / "export"
    export.mkdir()
    (export / "Connections.csv").write_text("\n".join(head + rows), encoding="utf-8")
    assert len(rows) == CONNECTIONS
    return export


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_in_the_middle_of_a_100000_connection_import_leaves_none_of_it(tmp_path):
    export = _big_export(tmp_path)
    path = tmp_path / "g.db"
    database = open_database(str(path))
    contacts.add_contact(database, NewContact("Ada", "Quill", notes="was here before"))
    database.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(export)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    try:
        line = child.stdout.readline()
        assert line.startswith("MIDDLE"), line + child.stderr.read()
        done, total, wal_size = (int(x) for x in line.split()[1:])
        assert done < total and wal_size > 5_000_000  # half-written: the WAL holds frames of the open transaction
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
        child.stdin.close()

    assert not path.read_bytes().startswith(SQLITE_HEADER)  # still the encrypted file
    reopened = open_database(str(path))
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 1
            assert connection.exec_driver_sql("SELECT count(*) FROM audit_event WHERE action = 'import'").scalar() == 0
        assert [(c.first_name, c.notes) for c in contacts.list_contacts(reopened)] == [("Ada", "was here before")]
        # and the same import, run again to the end, now brings all of it
        from app.services.importing import import_paths

        summary = import_paths(reopened, [export])
        assert summary.contacts_added > 0.95 * CONNECTIONS
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            total = connection.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        assert total == 1 + summary.contacts_added
    finally:
        reopened.close()
