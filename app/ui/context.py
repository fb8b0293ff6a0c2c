"""What pages and controllers are given: the database, the task runner, settings, actions and app events.

Dependencies are passed in through an ``AppContext``; nothing is fetched from a global application object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.services.drafts import DraftChecker
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
    drafts: DraftChecker | None = None  # the draft check's matcher, shared by every page (app.ui.controllers.drafts)
