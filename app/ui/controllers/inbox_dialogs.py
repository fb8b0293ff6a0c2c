"""The inbox's two dialogs: Add a request (one the adviser records by hand, with the sender's name, profile and
note) and Apply a rule (every pending suggestion of one rule recorded at once, after confirmation).

Each dialog is parented to the window and deletes itself when closed. The strings keep the ``InboxController``
translation context they had before they moved here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.errors import GatehouseError
from app.services import inbox as inbox_service
from app.services import requests as request_service
from app.ui.dialogs.messages import show_error
from app.ui.dialogs.requests import AddRequestDialog, ApplyRuleDialog
from app.ui.models.requests import rule_text
from app.ui.tasks import TaskFailure

if TYPE_CHECKING:
    from app.ui.controllers.inbox import InboxController


class InboxDialogs(QObject):
    """Opens the inbox's dialogs and records what they ask for; ``inbox`` is read again afterwards."""

    def __init__(self, inbox: InboxController) -> None:
        super().__init__(inbox)
        self.inbox = inbox
        self.context = inbox.context

    def ask_add_request(self) -> AddRequestDialog:
        self.inbox.show_tab(0)
        dialog = AddRequestDialog(self.add_request, self.inbox.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_request(self, name: str, profile_url: str, note: str) -> str | None:
        """Record a request; None when it was recorded, else why not (the dialog shows it)."""
        try:
            added = request_service.add_request(
                self.context.database, name, profile_url=profile_url.strip() or None, note=note
            )
        except GatehouseError as exc:
            return str(exc)
        self.inbox.select_after_load(added.request.id)
        self.inbox.load()
        if added.new_contact:  # the Contacts page shows the new stranger
            self.context.events.contacts_changed.emit(frozenset({added.request.contact_id}))
            self.inbox.cancel_reload()
        self.context.events.message.emit(
            QCoreApplication.translate("InboxController", "Request from {name} added.").format(
                name=added.request.contact_name
            )
        )
        return None

    def ask_apply_rule(self) -> ApplyRuleDialog | None:
        results = tuple(self.inbox.model.results())
        if not results:
            return None
        self.inbox.show_tab(0)
        counts = inbox_service.rule_counts(results)
        decisions = {r.suggestion.rule_name: r.suggestion.decision for r in results}
        current = self.inbox.current_result()
        chosen = current.suggestion.rule_name if current is not None else next(iter(counts))
        dialog = ApplyRuleDialog(counts, decisions, chosen, self.apply_rule, self.inbox.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_rule(self, rule_name: str | None) -> None:
        """Record every suggestion of one rule, in the background (thousands of requests, one transaction)."""
        db, today = self.context.database, self.inbox.today

        def done(decided: list[int]) -> None:
            self.context.events.message.emit(
                QCoreApplication.translate("InboxController", "Recorded {count} decisions of the rule {rule}.").format(
                    count=f"{len(decided):,}", rule=rule_text(rule_name)
                )
            )
            self.inbox.load()

        def failed(failure: TaskFailure) -> None:
            self.inbox.load()
            if isinstance(failure.exception, GatehouseError):
                show_error(
                    self.inbox.view.window(),
                    QCoreApplication.translate("InboxController", "Suggestions not applied"),
                    failure.message,
                )
            else:
                self.context.report_failure(failure)

        self.context.runner.submit(
            QCoreApplication.translate("InboxController", "Apply a rule's suggestions"),
            lambda _task: inbox_service.apply_rule(db, rule_name, today=today),
            on_success=done,
            on_failure=failed,
        )
