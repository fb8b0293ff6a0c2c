"""The traffic light in the desktop app: Contacts > Check a draft… (Ctrl+D), and the same live check on any text.

``DraftCheckController`` watches one editor: a short while after the last keystroke it checks the text and shows
the light, the highlighted words and the reasons. The check itself takes milliseconds once the clients' names
are in the matcher; building (or rebuilding, after the record changed) goes through the task runner, and the
check follows when it is done. One ``DraftChecker`` serves the whole app (``AppContext.drafts``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.drafts import DraftCheck
from app.core.errors import GatehouseError
from app.services.drafts import DraftChecker
from app.ui.context import AppContext
from app.ui.tasks import Task, TaskFailure
from app.ui.views.draft_check import DraftCheckView, DraftHighlighter

CHECK_DRAFT = "drafts.check"
DEBOUNCE_MS = 250


def draft_checker(context: AppContext) -> DraftChecker:
    """The app's one checker (its matcher is built once and shared by every page)."""
    if context.drafts is None:
        context.drafts = DraftChecker(context.database)
    return context.drafts


class DraftCheckController(QObject):
    """A live traffic light for ``editor``'s text, shown in ``view`` and as colours on the editor's document."""

    checked = Signal(object)  # DraftCheck

    def __init__(
        self,
        editor: QPlainTextEdit,
        view: DraftCheckView,
        context: AppContext,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.view = view
        self.context = context
        self.result: DraftCheck | None = None
        self.highlighter = DraftHighlighter(editor.document())
        self._preparing: Task | None = None
        self._checked_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self.schedule)
        self._timer.timeout.connect(self.check_now)

    def schedule(self) -> None:
        """Check again once the typing pauses (a repaint of the highlighting changes no text: nothing to do)."""
        if self.editor.toPlainText() != self._checked_text:
            self._timer.start()

    def check_now(self) -> DraftCheck | None:
        self._timer.stop()
        text = self.editor.toPlainText()
        try:
            result = draft_checker(self.context).check_if_ready(text)
        except GatehouseError as exc:
            self.view.show_problem(str(exc))
            return None
        if result is None:
            self._prepare()
            return None
        self.result = result
        self._checked_text = text
        self.highlighter.set_findings(text, result.findings)
        self.view.show_result(result)
        self.checked.emit(result)
        return result

    def _prepare(self) -> None:
        if self._preparing is not None:
            return
        self.view.show_waiting()
        checker = draft_checker(self.context)
        self._preparing = self.context.runner.submit(
            self.tr("Read your clients' names for the draft check"),
            lambda _task: checker.prepare(),
            on_success=self._prepared,
            on_failure=self._prepare_failed,
        )

    def _prepared(self, _count: int) -> None:
        self._preparing = None
        self.check_now()

    def _prepare_failed(self, failure: TaskFailure) -> None:
        self._preparing = None
        self.view.show_problem(failure.message)


class DraftsController(QObject):
    """Opens the "Check a draft" dialog from its action."""

    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("drafts-controller")
        self.window = window
        self.context = context
        context.actions[CHECK_DRAFT].triggered.connect(self.open_dialog)

    def open_dialog(self) -> QWidget:
        from app.ui.dialogs.drafts import DraftDialog

        dialog = DraftDialog(self.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
