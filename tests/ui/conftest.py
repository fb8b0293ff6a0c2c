"""GUI fixtures: the main window over a real SQLite file, with its own settings file and a synchronous runner."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from shiboken6 import delete, isValid, ownedByPython

from app.storage.database import Database
from app.ui.application import Gui, build_main_window
from app.ui.settings import Settings
from app.ui.tasks import SynchronousTaskRunner, TaskRunner


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    store = QSettings(str(tmp_path / "gatehouse-settings.ini"), QSettings.Format.IniFormat)
    yield Settings(store)
    delete(store)  # windows of the test shared it; it goes when the test ends, not in a later collection


@pytest.fixture
def make_gui(qtbot, sqlite_db: Database, settings: Settings) -> Iterator[Callable[..., Gui]]:
    """Build the main window (shown) over ``sqlite_db``; jobs run synchronously unless a runner is given."""
    built: list[Gui] = []

    def make(*, runner: TaskRunner | None = None, database: Database | None = None) -> Gui:
        gui = build_main_window(
            database or sqlite_db,
            settings=settings,
            runner=runner if runner is not None else SynchronousTaskRunner(),
        )
        qtbot.addWidget(gui.window)
        gui.window.show()
        qtbot.waitExposed(gui.window)
        built.append(gui)
        return gui

    yield make
    for gui in built:  # jobs left running are stopped, not finished
        if isValid(gui.window):
            gui.context.shutdown()
            # A window whose close was refused while jobs ran (pytest-qt closed it while a reload was still
            # running) closes now, while the settings it saves its layout to still exist.
            if gui.window.isVisible():
                gui.window.close()
            gui.window.deleteLater()


@pytest.fixture(autouse=True)
def windows_deleted_when_the_test_ends(qapp) -> Iterator[None]:
    """Every window a test leaves is closed and deleted when it ends, and the garbage is collected then: what
    a test created is finalised in that test, never by a garbage collection in the middle of a later one."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isValid(widget) and widget.isVisible():
            widget.close()
    for widget in QApplication.topLevelWidgets():
        if isValid(widget) and widget.parent() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    orphans = qt_objects_left_to_the_collector()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not orphans, (
        "Qt objects owned only by Python reference cycles (give each a Qt parent or an explicit end): "
        + ", ".join(f"{name} x{count}" for name, count in orphans.most_common())
    )


def qt_objects_left_to_the_collector() -> Counter[str]:
    """Collect the garbage and count the live Qt objects in it: each one would have been deleted by a garbage
    collection at a random later moment, on whatever thread ran it, which is how Qt crashes in GC."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        orphans = Counter(
            type(item).__qualname__
            for item in gc.garbage
            if isinstance(item, QObject) and isValid(item) and ownedByPython(item)
        )
    finally:
        gc.set_debug(0)
        gc.garbage.clear()  # freed here, at a known moment, in the GUI thread
    return orphans


@pytest.fixture
def gui(make_gui: Callable[..., Gui]) -> Gui:
    return make_gui()
