"""GUI fixtures: the main window over a real SQLite file, with its own settings file and a synchronous runner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

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
    for gui in built:
        gui.context.runner.cancel_all()
        gui.context.runner.wait(10_000)
        qtbot.waitUntil(lambda gui=gui: not gui.context.runner.busy, timeout=10_000)


@pytest.fixture
def gui(make_gui: Callable[..., Gui]) -> Gui:
    return make_gui()
