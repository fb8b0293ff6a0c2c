"""Never lose data: replacing the file (rekey, encrypt, restore) under concurrent writers, keys that follow a
moved file, a locked keyring, private files. Real ``gatehouse`` processes on real files; where a kill must land
at a chosen moment, the child process kills itself there with SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)
from tests.conftest import EXPORT_TOOL
from tests.keyring_backend import TestKeyring

ROOT = str(Path(__file__).resolve().parents[2])
QUICK = {"GATEHOUSE_BUSY_TIMEOUT_MS": "300"}

# An import that stops in the middle of its transaction (the database open, rows written, not committed) and
# waits there for the test.
PAUSED_IMPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.storage.database import open_database
    from app.services.importing import import_paths

    db = open_database(sys.argv[1])
    paused = []

    def progress(done, total, message):
        if not paused:  # the first progress report comes from inside the import transaction
            paused.append(done)
            print("MIDDLE", flush=True)
            sys.stdin.readline()

    summary = import_paths(db, [Path(sys.argv[2])], progress=progress)
    db.close()
    print("FINISHED", summary.contacts_added, flush=True)
    """
)

# Holds the write lock exclusively, as a rekey or restore does for its copy-check-swap, until told to stop.
HOLDING_THE_SWAP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.storage.write_lock import WriteLock

    lock = WriteLock(Path(sys.argv[1]), 1.0)
    with lock.exclusive():
        print("HELD", flush=True)
        sys.stdin.readline()
    """
)

# A rekey that SIGKILLs itself at a chosen step: "before-swap" (new file written, its key kept) or "after-swap".
KILLED_REKEY = textwrap.dedent(
    """
    import os, signal, sys
    from app.storage import backups
    from app.storage.database import open_database
    from app.services.backup import rekey_database

    moment = sys.argv[2]
    original = backups.swap_in

    def swap_in(replacement, path, keep_old_as):
        if moment == "before-swap":
            os.kill(os.getpid(), signal.SIGKILL)
        original(replacement, path, keep_old_as)
        os.kill(os.getpid(), signal.SIGKILL)

    backups.swap_in = swap_in
    rekey_database(open_database(sys.argv[1]))
    """
)


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": ROOT},
    )  # fmt: skip


def _finish(child: subprocess.Popen[str]) -> str:
    out, err = child.communicate("\n", timeout=120)
    assert child.returncode == 0, err
    return out


def _export(folder: Path, connections: int = 300) -> Path:
    out = folder / "export"
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(out), "--connections", str(connections), "--invitations", "0",
         "--messages", "0", "--seed", "7"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return out


def _count(run, **kwargs: object) -> int:
    listed = run("contacts", "list", "--json", **kwargs)
    assert listed.returncode == 0, listed.stderr
    return len(listed.json())


def test_rekey_while_an_import_writes_is_busy_and_loses_nothing(gatehouse, tmp_path):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    importing = _child(PAUSED_IMPORT, str(gatehouse.database), str(_export(tmp_path)))
    try:
        assert importing.stdout.readline().strip() == "MIDDLE", importing.stderr.read()
        refused = gatehouse("rekey", env=QUICK)
        assert_one_line_error(refused)
        assert "busy" in refused.stderr and "nothing changed" in refused.stderr
        finished = _finish(importing)
    finally:
        importing.kill()
    added = int(finished.split()[1])
    assert added > 250
    # the import's rows are all in the file, which still opens with the key the keyring holds for it
    assert _count(gatehouse) == 1 + added
    assert gatehouse("rekey").returncode == 0  # and now that nobody else writes, the rekey goes through
    assert _count(gatehouse) == 1 + added


def test_a_restore_waits_for_nobody_it_says_busy_while_another_command_has_the_file(gatehouse, tmp_path):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    backup = tmp_path / "manual.bak"
    assert gatehouse("backup", "--out", str(backup)).returncode == 0
    importing = _child(PAUSED_IMPORT, str(gatehouse.database), str(_export(tmp_path)))
    try:
        assert importing.stdout.readline().strip() == "MIDDLE"
        refused = gatehouse("restore", "--yes", str(backup), env=QUICK)
        assert_one_line_error(refused)
        assert "busy" in refused.stderr and "nothing changed" in refused.stderr
        added = int(_finish(importing).split()[1])
    finally:
        importing.kill()
    assert _count(gatehouse) == 1 + added


def test_a_writer_arriving_during_a_swap_is_told_busy_and_writes_nothing(gatehouse):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    swapping = _child(HOLDING_THE_SWAP, str(gatehouse.database))
    try:
        assert swapping.stdout.readline().strip() == "HELD"
        refused = gatehouse("contacts", "add", "--first-name", "Bea", env=QUICK)
        assert_one_line_error(refused)
        assert "busy" in refused.stderr and "nothing changed" in refused.stderr
        _finish(swapping)
    finally:
        swapping.kill()
    assert _count(gatehouse) == 1
    assert gatehouse("contacts", "add", "--first-name", "Bea").returncode == 0
    assert _count(gatehouse) == 2


@pytest.mark.parametrize("moment", ["before-swap", "after-swap"])
def test_a_rekey_killed_at_the_swap_leaves_a_file_its_key_opens(gatehouse, moment, test_keyring: TestKeyring):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    killed = _child(KILLED_REKEY, str(gatehouse.database), moment)
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert _count(gatehouse) == 1  # the right key is the one the keyring gives: no entry to delete by hand
    assert not gatehouse.database.with_name("cli.db.rekeying").exists()  # the orphan copy is cleaned at start
    assert gatehouse("rekey").returncode == 0
    assert _count(gatehouse) == 1


def test_a_moved_database_keeps_its_key_and_a_new_one_never_replaces_it(gatehouse, tmp_path):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    path: Path = gatehouse.database
    moved = tmp_path / "elsewhere" / "moved.db"
    moved.parent.mkdir()
    shutil.move(path, moved)
    assert _count(gatehouse) == 0  # Gatehouse opened once with the file away: a new, empty database
    assert _count(gatehouse, db=str(moved)) == 1  # the moved file opens where it is now
    path.rename(tmp_path / "the-new-one.db")
    for side in path.parent.glob("cli.db*"):
        side.unlink()
    shutil.move(moved, path)  # moved back, as README advises
    assert _count(gatehouse) == 1
    assert _count(gatehouse, db=str(tmp_path / "the-new-one.db")) == 0  # and the new one still opens too


def test_a_locked_keyring_says_it_is_locked(gatehouse):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    refused = gatehouse("contacts", "list", env={"GATEHOUSE_TEST_KEYRING_LOCKED": "1"})
    assert_one_line_error(refused)
    assert "keyring is locked" in refused.stderr and "unlock" in refused.stderr
    assert "holds no key" not in refused.stderr
    assert _count(gatehouse) == 1  # unlocked, the same key opens it


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_database_its_backups_and_locks_are_private_in_a_private_folder(gatehouse, isolated_home):  # noqa: F811
    data = Path(os.environ["XDG_DATA_HOME"]) / "Gatehouse"
    assert not data.exists()
    added = gatehouse("contacts", "add", "--first-name", "Ada", db="", env={"GATEHOUSE_DB": ""})
    assert added.returncode == 0, added.stderr
    assert gatehouse("backup", env={"GATEHOUSE_DB": ""}).returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    files = sorted(data.iterdir())
    assert any(f.name.endswith(".bak") for f in files) and any(f.name.endswith(".lock") for f in files)
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_file_encrypt_in_the_app_is_busy_while_a_command_writes(tmp_path, monkeypatch):
    """The desktop app's path: its own instance lock held, File > Encrypt calls encrypt_database."""
    from app.services.backup import encrypt_database
    from app.storage.database import open_database
    from app.storage.lock import InstanceLock
    from app.storage.write_lock import DatabaseInUse

    monkeypatch.setenv("GATEHOUSE_BUSY_TIMEOUT_MS", "300")
    path = tmp_path / "plain.db"
    app_lock = InstanceLock(path).acquire()
    app_db = open_database(str(path), encrypt_new=False)
    app_db.instance_lock = app_lock
    try:
        importing = _child(PAUSED_IMPORT, str(path), str(_export(tmp_path)))
        try:
            assert importing.stdout.readline().strip() == "MIDDLE", importing.stderr.read()
            with pytest.raises(DatabaseInUse, match=r"busy.*nothing changed"):
                encrypt_database(app_db)
            added = int(_finish(importing).split()[1])
        finally:
            importing.kill()
        assert not app_db.is_encrypted and path.read_bytes().startswith(b"SQLite format 3")
        encrypt_database(app_db)  # nobody else has it open now
        app_db.reopen()
        with app_db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM contact").scalar() == added
    finally:
        app_db.close()


def test_orphan_copies_are_cleaned_at_start_and_what_stays_is_listed(gatehouse):  # noqa: F811
    assert gatehouse("contacts", "add", "--first-name", "Ada").returncode == 0
    folder = gatehouse.database.parent
    orphans = [
        folder / "cli.db.daily-20261201-101010.bak.partial",
        folder / "cli.db.pre-restore-20261201-101010.bak.partial",
        folder / "cli.db.restoring",
        folder / "cli.db.rekeying",
        folder / "cli.db.rekeying-wal",
    ]
    for orphan in orphans:
        orphan.write_bytes(b"half a copy")
    stuck = folder / "cli.db.encrypting"  # a folder by that name cannot be unlinked
    stuck.mkdir()
    (stuck / "inside").write_text("x")
    listed = gatehouse("backup", "--list")
    assert listed.returncode == 0, listed.stderr
    assert not any(orphan.exists() for orphan in orphans)
    assert "could not be removed" in listed.stdout and str(stuck) in listed.stdout
    assert _count(gatehouse) == 1
