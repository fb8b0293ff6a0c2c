"""Copies left behind by a process killed in the middle of a backup, encrypt, rekey or restore.

Each of those writes a new file beside the database and swaps it in only when it is complete, so a copy that is
still there was never swapped in: the database file is the one from before, and the copy can go (with its key,
which was kept under the copy's own id). Cleaned when a Gatehouse opens the file and no other has it open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.storage.backups import glob_escape

SWAP_COPIES = (".encrypting", ".rekeying", ".restoring")
SIDE_FILES = ("-wal", "-shm", "-journal")


def orphan_copies(path: Path) -> list[Path]:
    """The unfinished copies beside ``path`` (``.bak.partial``, ``.pre-restore-*.bak.partial``, ``.rekeying`` ...)."""
    found: list[Path] = []
    for suffix in SWAP_COPIES:
        copy = path.with_name(path.name + suffix)
        found += [p for p in [copy, *(copy.with_name(copy.name + side) for side in SIDE_FILES)] if _exists(p)]
    found += sorted(path.parent.glob(f"{glob_escape(path.name)}.*.partial"))
    found += sorted(path.parent.glob(f"{glob_escape(path.name)}.*.partial-*"))
    return found


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def clean_orphan_copies(path: Path, forget_key: Callable[[Path], None]) -> list[Path]:
    """Remove the unfinished copies; returns those that could not be removed (``backup --list`` shows them)."""
    left: list[Path] = []
    for orphan in orphan_copies(path):
        try:
            if orphan.is_file() and not orphan.is_symlink():
                forget_key(orphan)
            orphan.unlink()
        except OSError:
            left.append(orphan)
    return left
