"""The policy editor's "what would change": a moment after the last edit, the working policy is compared in the
background with the saved one over every pending request (the count `gatehouse triage` would show after saving),
and the requests that would get another decision are listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.policy.evaluation import PolicyComparison
from app.services import policy as policy_service
from app.ui.vocabulary import phrase

if TYPE_CHECKING:
    from app.ui.controllers.policy.editor import PolicyEditorController

PREVIEW_DELAY_MS = 250
LISTED = 500  # requests listed at most; the summary counts them all


class ChangePreview(QObject):
    updated = Signal()  # "what would change" shows the working policy

    def __init__(self, editor: PolicyEditorController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.view
        self.comparison: PolicyComparison | None = None
        self.request_names: dict[int, str] = {}  # pending request id -> sender, to list the changes
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Work out, in the background, how many pending requests the working policy decides differently."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        policy = self.editor.policy
        if policy is None:
            return
        if self.editor.problems():
            self.comparison = None
            self.view.changes_summary.setText(self.tr("Fix the problems below to see what would change."))
            self.view.changes.clear()
            self.updated.emit()
            return
        db, today = self.editor.context.database, self.editor.today
        self.editor.context.runner.submit(
            self.tr("Preview the policy"),
            lambda _task: policy_service.preview_policy(db, policy, today=today),
            on_success=lambda comparison: self._ready(generation, comparison),
        )

    def _ready(self, generation: int, comparison: PolicyComparison) -> None:
        if generation != self._generation:
            return  # an older edit's answer
        self.comparison = comparison
        if not self.editor.dirty:
            summary = self.tr("No unsaved edits. {total} pending requests.").format(total=f"{comparison.total:,}")
        else:
            summary = self.tr("With these edits, {changed} of {total} pending requests would get another decision.")
            summary = summary.format(changed=f"{comparison.changed:,}", total=f"{comparison.total:,}")
        self.view.changes_summary.setText(summary)
        self.view.changes.clear()
        for change in comparison.changes[:LISTED]:
            name = self.request_names.get(change.request_id, self.tr("request {id}").format(id=change.request_id))
            rule = change.after.rule_name or self.tr("the default")
            self.view.changes.addItem(
                f"{name}: {phrase(change.before.decision)} → {phrase(change.after.decision)} ({rule})"
            )
        self.updated.emit()
