"""``gatehouse`` with no command: the desktop app, started so that its window and contacts table show soon.

This module imports next to nothing. ``start`` first locks the database file and sets a thread reading its
contacts table (``app.storage.early_read``); only then does it load Qt and the app's window, which takes longer
than the read, so the two go on side by side. ``app.ui.application.show_and_load`` does the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import GatehouseError
from app.core.many_objects import keep_what_bulk_jobs_build, many_objects
from app.storage.early_read import EarlyRead
from app.storage.locations import chosen_file
from app.storage.lock import InstanceLock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Gui


def start(db_choice: str | None = None, *, watch: Callable[[QApplication], None] | None = None) -> Gui | None:
    """Everything ``run_gui`` does before entering the event loop: the window is shown when this returns.

    ``watch`` is given the application as soon as it exists, before any window (a benchmark or a test installs
    an event filter there to see the first paints)."""
    keep_what_bulk_jobs_build()  # a long-lived process: the rows read, the index, the triage results
    with many_objects():  # start-up builds many objects and no reference cycles worth collecting
        path = chosen_file(db_choice)
        lock: InstanceLock | None = None
        reading: EarlyRead | None = None
        if path is not None and path.is_file():
            try:
                lock = InstanceLock(path).acquire()
            except GatehouseError:
                lock = None  # opening the database says why, in a dialog
            else:
                reading = EarlyRead(path)
        from app.ui.application import show_and_load

        return show_and_load(db_choice, path, lock, reading, watch)


def run_gui(db_choice: str | None = None) -> int:
    gui = start(db_choice)
    if gui is None:
        return 2
    from app.ui.application import close_gui, create_application

    try:
        return create_application().exec()
    finally:
        close_gui(gui)
