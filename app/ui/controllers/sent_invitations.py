"""The inbox's Sent tab: reads the invitations the owner sent that still wait, in the background.

Read when the Inbox page is built, again after an import or any change to the record (``contacts_changed``),
and when the page is shown after such a change. Nothing is decided here: a sent invitation is withdrawn on
LinkedIn, and the next import records it.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Signal

from app.services import requests as requests_service
from app.services.requests import SentInvitation
from app.storage.database import Database
from app.ui.context import AppContext
from app.ui.models.sent_invitations import SentColumn, SentInvitationsModel
from app.ui.views.inbox_view import InboxView

OLD_DAYS = 21  # LinkedIn asks members to withdraw invitations that wait for weeks


def _read(db: Database, today: date | None, _task: object) -> list[SentInvitation]:
    return requests_service.sent_waiting(db, today=today)


class SentInvitationsController(QObject):
    loaded = Signal()

    def __init__(self, view: InboxView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.today: date | None = None  # None: today; tests fix the day
        self.model = SentInvitationsModel(self)
        view.sent_table.setModel(self.model)
        view.sent_table.setColumnWidth(SentColumn.SENT, 130)
        view.sent_table.setColumnWidth(SentColumn.TO, 200)
        view.sent_table.setColumnWidth(SentColumn.AGE, 90)
        self._stale = False
        self._connect_signals()
        self._show_count()

    def _connect_signals(self) -> None:
        self.context.events.contacts_changed.connect(self._record_changed)

    def _record_changed(self, _ids: object) -> None:
        if self.view.isVisible():
            self.load()
        else:
            self._stale = True

    def page_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.load()

    def current_contact(self) -> tuple[int, str] | None:
        """The person of the invitation selected (for the four-gates check)."""
        index = self.view.sent_table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        request = self.model.invitation_at(index.row()).request
        return request.contact_id, request.contact_name

    def load(self) -> None:
        self.context.runner.submit(
            self.tr("Read the invitations you sent"),
            partial(_read, self.context.database, self.today),
            on_success=self._loaded,
        )

    def _loaded(self, invitations: list[SentInvitation]) -> None:
        self.model.set_rows(invitations)
        self._show_count()
        self.loaded.emit()

    def _show_count(self) -> None:
        rows = [self.model.invitation_at(n) for n in range(self.model.rowCount())]
        old = sum(1 for r in rows if r.age_days is not None and r.age_days >= OLD_DAYS)
        self.view.show_sent_state(bool(rows))
        if not rows:
            text = ""
        else:
            count = (
                self.tr("1 invitation you sent still waits")
                if len(rows) == 1
                else self.tr("{count} invitations you sent still wait").format(count=len(rows))
            )
            if old:
                text = self.tr(
                    "{count}; {old} for three weeks or more: LinkedIn asks you to withdraw invitations that wait "
                    "for weeks (on LinkedIn: My Network > Manage > Sent)."
                ).format(count=count, old=old)
            else:
                text = self.tr("{count}, the oldest first.").format(count=count)
        self.view.sent_summary.setText(text)
