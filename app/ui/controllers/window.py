"""The main window's behaviour: pages, undo, remembered geometry, closing safely, Help."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent

from app.ui import help as help_dialogs
from app.ui.context import AppContext
from app.ui.dialogs.inputs import ShortcutsDialog
from app.ui.dialogs.messages import confirm
from app.ui.main_window import MainWindow
from app.ui.pages import Page
from app.ui.settings import CURRENT_PAGE, WINDOW_GEOMETRY, WINDOW_STATE

STATUS_MESSAGE_MS = 6000


class WindowController(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._closing_confirmed = False
        self._connect_signals()
        self._update_undo_actions()
        self.restore_state()

    def _connect_signals(self) -> None:
        w, a, stack = self.window, self.context.actions, self.context.undo_stack
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
        if isinstance(page, Page):
            self.context.settings.set_value(CURRENT_PAGE, page.key)
            page.page_shown()

    def _update_undo_actions(self) -> None:
        stack, a = self.context.undo_stack, self.context.actions
        if not shiboken6.isValid(stack):  # the stack announces it is empty while it is being destroyed
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
        settings = self.context.settings
        geometry = settings.value(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        state = settings.value(WINDOW_STATE)
        if not state.isEmpty():
            self.window.restoreState(state)
        key = settings.value(CURRENT_PAGE)
        self.window.show_page(key if key in self.window.pages else "contacts")

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
            return self._on_close(event)
        return False

    def _on_close(self, event: QCloseEvent) -> bool:
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
        return False

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
