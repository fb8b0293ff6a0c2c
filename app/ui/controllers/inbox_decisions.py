"""Decisions on inbox requests: the keys that make them, the undo command that records one (and puts the request
back when undone), and what is left to do on LinkedIn afterwards (Gatehouse never touches LinkedIn).

The strings keep the ``InboxController`` translation context they had before they moved here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.core.vocabulary import Decision
from app.services.triage import TriageResult
from app.ui.vocabulary import phrase

if TYPE_CHECKING:
    from app.ui.controllers.inbox import InboxController

DECISION_KEYS = {
    Decision.CONNECT: "inbox.connect",
    Decision.REPLY: "inbox.reply",
    Decision.IGNORE: "inbox.ignore",
    Decision.REPORT: "inbox.report",
}


class DecideCommand(QUndoCommand):
    """A decision on one request; redo records it (again), undo puts the request back in the inbox."""

    def __init__(
        self,
        controller: InboxController,
        result: TriageResult,
        decision: Decision | None,
        reply_text: str | None,
    ) -> None:
        shown = phrase(decision or result.suggestion.decision)
        super().__init__(
            QCoreApplication.translate("InboxController", "decision {decision} on {name}").format(
                decision=shown, name=result.request.contact_name
            )
        )
        self.controller = controller
        self.request_id = result.request.id
        self.decision = decision  # None: the suggestion accepted
        self.reply_text = reply_text

    def redo(self) -> None:
        self.controller.record(self)

    def undo(self) -> None:
        self.controller.put_back(self.request_id, from_undo_stack=True)


def next_step(decision: Decision) -> str:
    """What is left to do on LinkedIn once the decision is recorded here (Gatehouse never touches LinkedIn).

    Each text is marked with ``QCoreApplication.translate`` written out: ``pyside6-lupdate`` does not follow a
    shorter name for it, and would file the texts where no translation is looked up."""
    steps = {
        Decision.CONNECT: QCoreApplication.translate("InboxController", "Then, on LinkedIn: accept the invitation."),
        Decision.REPLY: QCoreApplication.translate(
            "InboxController",
            "Then, on LinkedIn: copy the reply, paste it into a message to them, and leave the invitation waiting.",
        ),
        Decision.IGNORE: QCoreApplication.translate(
            "InboxController", "Then, on LinkedIn: choose Ignore on the invitation (they are not told)."
        ),
        Decision.REPORT: QCoreApplication.translate(
            "InboxController",
            "Then, on LinkedIn: open their profile, choose More > Report / Block, and ignore the invitation.",
        ),
    }
    return steps[decision]
