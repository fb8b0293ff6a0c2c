"""The main window's behaviour: pages, undo, remembered geometry, closing safely, Help.

Unsaved edits are never lost silently: leaving a page whose form holds them, or closing the window, asks first
(Save, Discard, Cancel). While the question is open the page stays shown; Cancel keeps the page and the edits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from app.ui import help as help_dialogs
from app.ui.context import AppContext
from app.ui.dialogs.inputs import ShortcutsDialog
from app.ui.dialogs.messages import ask_to_save, confirm
from app.ui.main_window import MainWindow
from app.ui.pages import Page
from app.ui.settings import CURRENT_PAGE, WINDOW_GEOMETRY, WINDOW_STATE
from app.ui.tasks import Task

STATUS_MESSAGE_MS = 6000


class WindowController(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._closing_confirmed = False
        self._shown: Page | None = None  # the page in front, until another is shown
        self.unsaved_question: QMessageBox | None = None  # open while the user decides about unsaved edits
        self._connect_signals()
        self._update_undo_actions()
        self.restore_state()

    def _connect_signals(self) -> None:
        w, a, stack = self.window, self.context.actions, self.context.undo_group
        w.navigation.currentRowChanged.connect(self._page_changed)
        for key, page in w.pages.items():
            page.status_changed.connect(lambda text, k=key: w.show_status(k, text))
            page.show_requested.connect(lambda k=key: w.show_page(k))
            a[f"view.page.{key}"].triggered.connect(lambda _=False, k=key: w.show_page(k))
        a["file.quit"].triggered.connect(w.close)
        a["edit.undo"].triggered.connect(stack.undo)
        a["edit.redo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.undoTextChanged.connect(self._update_undo_actions)
        stack.redoTextChanged.connect(self._update_undo_actions)
        a["help.shortcuts"].triggered.connect(self.show_shortcuts)
        a["help.about"].triggered.connect(self.show_about)
        a["help.user_guide"].triggered.connect(lambda: help_dialogs.show_user_guide(self.window))
        self.context.events.message.connect(lambda text: w.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        w.installEventFilter(self)

    def _page_changed(self, row: int) -> None:
        page = self.window.pages_stack.widget(row)
        if not isinstance(page, Page):
            return
        left = self._shown
        if left is not None and left is not page and (self._asking() or self._unsaved(left)):
            self._stay_on(left)
            if not self._asking():
                self._ask_about_unsaved(
                    [left],
                    self.tr("Unsaved edits"),
                    self.tr("Save your edits to {what} before you leave the {page} page?"),
                    lambda: self.window.show_page(page.key),
                )
            return
        self._shown = page
        self.context.undo_group.setActiveStack(page.context.undo_stack)  # Ctrl+Z acts on the page shown
        self.context.settings.set_value(CURRENT_PAGE, page.key)
        page.page_shown()

    def _stay_on(self, page: Page) -> None:
        """Show ``page`` again, as if it had never been left (the navigation says nothing)."""
        self.window.pages_stack.setCurrentWidget(page)
        self._sync_navigation()

    def _sync_navigation(self) -> None:
        """The navigation highlights the page shown, and only that one (a click being handled may have selected
        the page that was refused, after the refusal)."""
        navigation = self.window.navigation
        row = self.window.pages_stack.currentIndex()
        navigation.blockSignals(True)
        navigation.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        navigation.blockSignals(False)

    # --- unsaved edits ----------------------------------------------------------------------------------

    @staticmethod
    def _unsaved(page: Page) -> str:
        return page.edits.unsaved_edits() if page.edits is not None else ""

    def _asking(self) -> bool:
        return self.unsaved_question is not None

    def _ask_about_unsaved(self, pages: list[Page], title: str, question: str, then: Callable[[], None]) -> None:
        """Save, Discard or Cancel the unsaved edits of ``pages``; after Save or Discard, ``then``."""
        what = [self._unsaved(page) for page in pages]
        names = (
            what[0] if len(what) == 1 else self.tr("{some} and {last}").format(some=", ".join(what[:-1]), last=what[-1])
        )
        current = QCoreApplication.translate("Pages", self.window.current_page().title)

        def save(remaining: list[Page]) -> None:
            if not remaining:
                QTimer.singleShot(0, then)  # once the save's own task has finished
                return
            edits = remaining[0].edits
            assert edits is not None
            edits.save_edits(lambda: save(remaining[1:]))

        def discard() -> None:
            for page in pages:
                if page.edits is not None:
                    page.edits.discard_edits()
            then()

        box = ask_to_save(
            self.window,
            title,
            question.format(what=names, page=current),
            self.tr("Edits you do not save are lost."),
            lambda: (self._answered(box), save(pages)),
            lambda: (self._answered(box), discard()),
        )
        box.finished.connect(lambda _result: self._answered(box))  # Cancel
        box.finished.connect(self._sync_navigation)  # after Cancel the page shown is the one highlighted
        self.unsaved_question = box

    def _answered(self, box: QMessageBox) -> None:
        if self.unsaved_question is box:
            self.unsaved_question = None

    def _update_undo_actions(self) -> None:
        stack, a = self.context.undo_group, self.context.actions
        if not shiboken6.isValid(stack):  # the group announces it is empty while it is being destroyed
            return
        a["edit.undo"].setEnabled(stack.canUndo())
        a["edit.undo"].setText(
            self.tr("&Undo {action}").format(action=stack.undoText()) if stack.canUndo() else self.tr("&Undo")
        )
        a["edit.redo"].setEnabled(stack.canRedo())
        a["edit.redo"].setText(
            self.tr("&Redo {action}").format(action=stack.redoText()) if stack.canRedo() else self.tr("&Redo")
        )

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        self.window.restore_layout(self.context.settings)
        self._shown = self.window.current_page()
        self.context.undo_group.setActiveStack(self._shown.context.undo_stack)
        self._shown.page_shown()  # also when the frame showed this page already

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value(WINDOW_GEOMETRY, self.window.saveGeometry())
        settings.set_value(WINDOW_STATE, self.window.saveState())
        for page in self.window.pages.values():
            page.save_state()
        settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            assert isinstance(event, QCloseEvent)
            try:
                return self._on_close(event)
            except Exception:  # reported like any other (PySide6 can crash on an exception left in an event filter)
                sys.excepthook(*sys.exc_info())
                return False
        return False

    def _on_close(self, event: QCloseEvent) -> bool:
        edited = [page for page in self.window.pages.values() if self._unsaved(page)]
        if edited and not self._closing_confirmed:
            event.ignore()
            if not self._asking():
                running = self.context.runner.active_tasks()
                self._ask_about_unsaved(
                    edited,
                    self.tr("Quit Gatehouse"),
                    self.tr("Save your edits to {what} before you quit?"),
                    lambda: self._close_after_jobs_since(running),
                )
            return True
        runner = self.context.runner
        if runner.busy and not self._closing_confirmed:
            event.ignore()
            names = ", ".join(sorted({task.name.lower() for task in runner.active_tasks()}))
            confirm(
                self.window,
                self.tr("Quit Gatehouse"),
                self.tr("Gatehouse is still busy ({tasks}).").format(tasks=names),
                self.tr("Quitting now stops it; an import that is stopped writes nothing."),
                self.tr("&Stop and quit"),
                self._stop_and_quit,
            )
            return True
        self.save_state()
        self.context.shutdown()
        return False

    def _close_after_jobs_since(self, running: list[Task]) -> None:
        """Close once the jobs started since ``running`` are done (saving sets some off: other pages read what it
        changed); jobs that were running already are asked about as usual."""
        started = [task for task in self.context.runner.active_tasks() if task not in running]
        if started:
            started[0].finished.connect(lambda: QTimer.singleShot(0, lambda: self._close_after_jobs_since(running)))
        else:
            self.window.close()

    def _stop_and_quit(self) -> None:
        self.context.runner.cancel_all()
        self.context.runner.wait(30_000)
        self._closing_confirmed = True
        self.window.close()

    # --- help -------------------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        actions = [self.context.actions[spec.key] for spec in self.context.actions.specs()]
        dialog = ShortcutsDialog(actions, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        help_dialogs.show_about(self.window, self.context.database.name)
