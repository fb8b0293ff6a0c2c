"""What pages and controllers are given: the database, the task runner, settings, actions and app events.

Dependencies are passed in through an ``AppContext``; nothing is fetched from a global application object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from shiboken6 import isValid

from app.ui.actions import ActionRegistry
from app.ui.settings import Settings
from app.ui.tasks import TaskFailure, TaskRunner

if TYPE_CHECKING:  # not imported at start-up: the window's frame is shown before the database layer is loaded
    from app.services.drafts import DraftChecker
    from app.storage.database import Database


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
    """What every page shares, and the page's own undo history.

    Undo belongs to the page on screen: each page is given ``for_page()``, a copy of the context with an undo stack
    of its own in ``undo_group``; Edit > Undo (Ctrl+Z) acts on the stack of the page shown.
    """

    database: Database
    runner: TaskRunner
    settings: Settings
    actions: ActionRegistry
    events: AppEvents = field(default_factory=AppEvents)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)  # this page's undo history
    report_failure: Callable[[TaskFailure], None] = field(default=lambda failure: None)
    drafts: DraftChecker | None = None  # the draft check's matcher, shared by every page (app.ui.controllers.drafts)
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)  # every page's undo stack

    def __post_init__(self) -> None:
        if self.undo_stack not in self.undo_group.stacks():
            self.undo_group.addStack(self.undo_stack)

    def for_page(self) -> AppContext:
        """The context for one page: the same database, runner, settings, actions and events, its own undo stack.

        Failures still go to whatever ``report_failure`` the shared context holds (it is set after the window)."""
        return replace(
            self,
            undo_stack=QUndoStack(self.undo_group),  # owned by the group, which the window owns (``adopt``)
            report_failure=lambda failure: self.report_failure(failure),
        )

    def clear_undo(self) -> None:
        """Forget the undo history of every page (an erasure: undo entries may name the erased person)."""
        for stack in self.undo_group.stacks():
            stack.clear()

    def adopt(self, owner: QObject) -> None:
        """Give the context's Qt objects to ``owner`` (the main window), so they are deleted with it, by Qt,
        not by the garbage collector at some later moment. Page stacks made later belong to the group."""
        for part in (self.runner, self.events, self.actions, self.undo_group):
            part.setParent(owner)
        self.undo_stack.setParent(self.undo_group)

    def shutdown(self) -> None:
        """The window is closing: stop the jobs (their results are dropped) and empty every page's undo history
        while the pages its commands act on still exist."""
        if isValid(self.runner):
            self.runner.shutdown()
        if isValid(self.undo_group):
            self.clear_undo()
