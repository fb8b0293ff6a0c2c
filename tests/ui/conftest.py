"""GUI fixtures: the main window over a real SQLite file, with its own settings file and a synchronous runner."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.storage.database import Database
from app.ui.application import Gui, build_main_window
from app.ui.settings import Settings
from app.ui.tasks import SynchronousTaskRunner, TaskRunner


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "gatehouse-settings.ini"), QSettings.Format.IniFormat))


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
    for gui in built:  # pytest-qt has closed the windows already; jobs left running are stopped, not finished
        if isValid(gui.window):
            gui.context.shutdown()
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
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def gui(make_gui: Callable[..., Gui]) -> Gui:
    return make_gui()
