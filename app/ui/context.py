"""What pages and controllers are given: the database, the task runner, settings, actions and app events.

Dependencies are passed in through an ``AppContext``; nothing is fetched from a global application object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from app.storage.database import Database
from app.ui.actions import ActionRegistry
from app.ui.settings import Settings
from app.ui.tasks import TaskFailure, TaskRunner


class AppEvents(QObject):
    """App-wide notifications, so each page refreshes only what changed.

    ``contacts_changed`` carries the ids changed, or None when the whole record may have changed (an import).
    """

    contacts_changed = Signal(object)  # frozenset[int] | None
    message = Signal(str)  # a short status-bar message
    policy_changed = Signal()  # the saved policy changed (suggestions and the profile text follow it)
    profile_changed = Signal()  # the owner profile changed (replies and the profile text follow it)


@dataclass
class AppContext:
    database: Database
    runner: TaskRunner
    settings: Settings
    actions: ActionRegistry
    events: AppEvents = field(default_factory=AppEvents)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)  # one undo history for the whole app
    report_failure: Callable[[TaskFailure], None] = field(default=lambda failure: None)

    def adopt(self, owner: QObject) -> None:
        """Give the context's Qt objects to ``owner`` (the main window), so they are deleted with it, by Qt,
        not by the garbage collector at some later moment."""
        for part in (self.runner, self.events, self.actions, self.undo_stack):
            part.setParent(owner)

    def shutdown(self) -> None:
        """The window is closing: stop the jobs (their results are dropped) and empty the undo history while
        the pages its commands act on still exist."""
        if isValid(self.runner):
            self.runner.shutdown()
        if isValid(self.undo_stack):
            self.undo_stack.clear()
