"""The user guide's own screenshots are taken here, by the test suite, so they always show the app as it is.

Each run draws the real main window (offscreen, over a real SQLite file) and writes the pictures only the guide
shows into resources/help/screenshots/; the README's pictures of a full record come from `make screenshots`
(tests/ui/screenshots.py), which the guide reuses. A picture is drawn the same way on every run (fixed window
size, fixed data), so an unchanged app leaves the file unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage

from app.storage.database import Database
from app.ui.application import Gui, build_main_window
from app.ui.settings import Settings
from app.ui.tasks import SynchronousTaskRunner
from app.ui.views.contacts_view import ContactsTableView

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "resources" / "help" / "screenshots"
WINDOW_SIZE = QSize(1180, 720)


@pytest.fixture
def make_window(qtbot, sqlite_db: Database, tmp_path: Path) -> Iterator[Callable[[], Gui]]:
    """The main window over a new, empty database."""

    def make() -> Gui:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        gui = build_main_window(sqlite_db, settings=settings, runner=SynchronousTaskRunner())
        qtbot.addWidget(gui.window)
        gui.window.resize(WINDOW_SIZE)
        gui.window.show_page("contacts")
        return gui

    yield make


def save(gui: Gui, qtbot, name: str) -> QImage:
    gui.window.show()
    qtbot.waitExposed(gui.window)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert gui.window.grab().save(str(path)), f"could not write {path}"
    image = QImage(str(path))
    assert image.size() == WINDOW_SIZE * gui.window.devicePixelRatio()
    return image


def distinct_colours(image: QImage) -> int:
    step = 16
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_first_start_screenshot_shows_the_empty_record(make_window, qtbot):
    gui = make_window()
    image = save(gui, qtbot, "first-start.png")
    assert distinct_colours(image) > 3  # not a blank picture
    assert gui.window.findChild(ContactsTableView).model().rowCount() == 0
