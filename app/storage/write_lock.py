"""Every Gatehouse process using a database file holds a shared lock on ``<database>.write.lock``; replacing the
file (encrypt, rekey, restore, File > Encrypt) needs the lock exclusively for the whole copy-check-swap.

So a command that writes while the file is being replaced cannot happen: the replacing one finds the file in use
and says "busy, nothing changed", or the writer does, and waits no longer than the busy timeout. The operating
system drops the lock when a process ends, even by SIGKILL, so a stale lock file never blocks.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from app.core.errors import GatehouseError

POLL_SECONDS = 0.05


class DatabaseInUse(GatehouseError):
    """The lock could not be had within the busy timeout."""


def write_lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".write.lock")


def create_private_folder(folder: Path) -> None:
    """The folder of a database, made 0700 when Gatehouse creates it (a folder the user made is left as it is)."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


class _FileLock:
    """One open lock file per process and database: every ``Database`` of one process on one file shares it (an
    flock is held per open file, and two of one process's own must not lock each other out)."""

    def __init__(self, path: Path) -> None:
        create_private_folder(path.parent)
        self.path = path
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self.users = 0


_OPEN: dict[Path, _FileLock] = {}
_GUARD = threading.Lock()


class WriteLock:
    def __init__(self, database_path: Path, timeout_seconds: float) -> None:
        self.database_path = database_path
        self.path = write_lock_path(database_path)
        self.timeout_seconds = timeout_seconds
        self._file: _FileLock | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def _open(self) -> int | None:
        """The lock file's descriptor; None when it cannot be created (a read-only folder, where no Gatehouse can
        replace the file either, so there is nothing to lock against)."""
        if self._file is None:
            with _GUARD:
                key = self.path.absolute()
                file = _OPEN.get(key)
                if file is None:
                    try:
                        file = _OPEN[key] = _FileLock(self.path)
                    except OSError:
                        return None
                file.users += 1
                self._file = file
        return self._file.fd

    def _wait(self, take: Callable[[int], None]) -> bool:
        fd = self._open()
        if fd is None:
            return True
        deadline = time.monotonic() + self.timeout_seconds
        while True:
            try:
                take(fd)
                return True
            except OSError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(POLL_SECONDS)

    def try_exclusive(self) -> bool:
        """One attempt, without waiting: True when no other Gatehouse (process, or database of this process) has
        the file open."""
        fd = self._open()
        if fd is None or self._file is None or self._file.users > 1:
            return False
        try:
            _lock_exclusive(fd)
        except OSError:
            return False
        return True

    def share(self) -> WriteLock:
        """Taken on opening: waits while another process replaces the file, then fails with "busy"."""
        if not self._wait(_lock_shared):
            self.release()
            raise DatabaseInUse(
                f"{self.database_path} is busy: another Gatehouse is encrypting, re-keying or restoring it; "
                "nothing changed. Try again when it has finished"
            )
        return self

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """The whole copy-check-swap: no other Gatehouse process may have the file open meanwhile."""
        was_shared = self.held
        if not self._wait(_lock_exclusive):
            if was_shared:
                self._wait(_lock_shared)  # a failed conversion may have dropped the shared lock
            else:
                self.release()
            raise DatabaseInUse(
                f"{self.database_path} is busy: another Gatehouse command or window is using it; nothing changed. "
                "Try again when it has finished"
            )
        try:
            yield
        finally:
            if was_shared:
                self._wait(_lock_shared)
            else:
                self.release()

    def release(self) -> None:
        if self._file is None:
            return
        file, self._file = self._file, None
        with _GUARD:
            file.users -= 1
            if file.users > 0:
                return
            _OPEN.pop(file.path.absolute(), None)
        try:
            _unlock(file.fd)
        finally:
            os.close(file.fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_shared(fd: int) -> None:  # msvcrt has no shared lock: Windows relies on the instance lock alone
        return None

    def _lock_exclusive(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def _lock_exclusive(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
