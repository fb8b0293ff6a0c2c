"""Start-up in two steps: the window and its contacts table first, the rest of the app built into it after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.records import NewContact
from app.services import contacts
from app.storage.database import Database, open_database
from app.storage.early_read import read_contact_table
from app.ui.application import attach_main_window, window_frame
from app.ui.pages import PAGES, page_types
from app.ui.pages.contacts_preview import ContactsPreview
from app.ui.settings import Settings
from app.ui.tasks import SynchronousTaskRunner
from tests.ui.population import populate

ROOT = Path(__file__).resolve().parents[2]

# The app started as ``gatehouse`` starts it, watched by an event filter installed before its window exists.
START = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QTableView
from app.ui.start_up import start

seen = {}

class FirstFilledPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "filled" not in seen:
            table = watched.parent()
            if isinstance(table, QTableView) and table.objectName() == "contacts-table" and watched is table.viewport():
                model = table.model()
                if model is not None and model.rowCount() > 0:
                    seen["filled"] = {
                        "rows": model.rowCount(),
                        "database layer loaded": "sqlalchemy" in sys.modules,
                        "window": table.window().windowTitle(),
                    }
        return False

watcher = FirstFilledPaint()
gui = start(sys.argv[1], watch=lambda application: application.installEventFilter(watcher))
QCoreApplication.instance().removeEventFilter(watcher)
page = gui.window.page("contacts")
for _ in range(2000):  # a page that reads its table itself does so in the background
    if page.controller.loaded_once:
        break
    QCoreApplication.processEvents()
    time.sleep(0.005)
seen["ready"] = {
    "pages": sorted(gui.window.pages),
    "rows": page.controller.model.rowCount(),
    "loaded": page.controller.loaded_once,
    "current": page.controller.current_id() is not None,
    "chips": page.view.chips["all"].text(),
}
from app.ui.application import close_gui

close_gui(gui)
print(json.dumps(seen))
"""


def _start(path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(path)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_contacts_table_is_painted_before_the_database_layer_is_loaded(tmp_path):
    path = tmp_path / "gatehouse.db"
    database = open_database(str(path))
    populate(database, 200, seed=2)
    database.close()

    seen = _start(path)

    assert seen["filled"] == {"rows": 200, "database layer loaded": False, "window": "Gatehouse — gatehouse.db"}
    ready = seen["ready"]
    assert ready["pages"] == sorted(entry.key for entry in PAGES)
    assert ready["rows"] == 200 and ready["loaded"] and ready["current"]
    assert ready["chips"] == "All  200"


def test_a_first_start_without_a_database_still_shows_the_window(tmp_path):
    seen = _start(tmp_path / "new.db")  # nothing to read early: the page reads the new, empty record itself
    assert "filled" not in seen
    assert seen["ready"]["loaded"] and seen["ready"]["rows"] == 0


def _preview(database: Database, settings: Settings, qtbot) -> tuple:
    window = window_frame(title="gatehouse.db")
    qtbot.addWidget(window)
    preview = ContactsPreview(settings, window)
    window.show_in_slot("contacts", preview.view)
    path = database.file_path
    assert path is not None
    early = read_contact_table(path)
    assert early is not None
    preview.fill(early)
    return window, preview


def test_the_contacts_page_takes_over_the_table_it_was_shown_with(qtbot, sqlite_db: Database, settings: Settings):
    populate(sqlite_db, 40, seed=4)
    window, preview = _preview(sqlite_db, settings, qtbot)
    assert preview.model.rowCount() == 40

    gui = attach_main_window(window, sqlite_db, settings=settings, runner=SynchronousTaskRunner(), preview=preview)

    page = gui.window.page("contacts")
    assert page.view is preview.view and page.controller.model is preview.model  # nothing on screen is rebuilt
    assert page.controller.loaded_once and page.controller.model.rowCount() == 40
    assert gui.window.windowTitle() == "Gatehouse — gatehouse.db"
    assert list(gui.window.pages) == [entry.key for entry in PAGES]
    assert [type(p) for p in gui.window.pages.values()] == list(page_types())
    _close(gui)


def test_a_contact_written_after_the_early_read_is_shown_once_the_page_is_built(
    qtbot, sqlite_db: Database, settings: Settings
):
    populate(sqlite_db, 40, seed=4)
    window, preview = _preview(sqlite_db, settings, qtbot)
    contacts.add_contact(sqlite_db, NewContact("Late", "Comer"))  # another command wrote meanwhile

    gui = attach_main_window(window, sqlite_db, settings=settings, runner=SynchronousTaskRunner(), preview=preview)

    model = gui.window.page("contacts").controller.model
    assert model.rowCount() == 41
    assert "Late Comer" in {model.contacts.row_at(row).name for row in range(model.rowCount())}
    _close(gui)


def _close(gui) -> None:
    """Close the window while its settings exist (the fixture that opened the database closes it)."""
    gui.context.shutdown()
    gui.window.close()
    gui.window.deleteLater()
