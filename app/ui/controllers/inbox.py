"""The inbox's behaviour: read the pending requests with their suggestions, decide in one keystroke, undo, history.

Pending requests are read in the background (a busy inbox holds thousands); one decision is one quick write, made
directly, and goes on the app's undo stack (Edit > Undo puts the request back). After a decision the next request
is selected, so A, A, C, A... walks through the inbox. Suggestions are read again when contacts, the policy or the
owner profile change, because each of them can change what the policy suggests.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from app.core.errors import GatehouseError
from app.core.gates import Purpose
from app.core.records import ConnectionRequest
from app.core.vocabulary import Decision, MetIn, Relationship
from app.services import contact_table as table_service
from app.services import inbox as inbox_service
from app.services import requests as request_service
from app.services.contact_table import Classification, ClassificationResult
from app.services.triage import TriageResult
from app.ui.actions import HISTORY, INBOX
from app.ui.context import AppContext
from app.ui.controllers.inbox_decisions import DECISION_KEYS, DecideCommand, next_step
from app.ui.controllers.inbox_dialogs import InboxDialogs
from app.ui.controllers.inbox_request_detail import RequestDetailController, linkedin_link
from app.ui.dialogs.messages import show_error
from app.ui.models.requests import HistoryModel, PendingColumn, PendingRequestsModel
from app.ui.settings import INBOX_SPLITTER
from app.ui.tasks import TaskFailure
from app.ui.views.inbox_view import InboxView
from app.ui.vocabulary import phrase

RELOAD_DELAY_MS = 300
PENDING_WIDTHS = {
    PendingColumn.RECEIVED: 118,
    PendingColumn.FROM: 150,
    PendingColumn.SUGGESTION: 78,
    PendingColumn.RED_FLAGS: 100,
    PendingColumn.NOTE: 260,
}


class InboxController(QObject):
    status_changed = Signal(str)
    show_requested = Signal()
    loaded = Signal()  # the pending requests and the history were read
    decided = Signal(int)  # a request was decided (its id)

    def __init__(self, view: InboxView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.actions = context.actions
        self.today: date | None = None  # None: today; tests fix the day
        self.model = PendingRequestsModel(self)
        self.history_model = HistoryModel(self)
        view.table.setModel(self.model)
        view.history_table.setModel(self.history_model)
        view.table.addActions(self.actions.actions_in_scope(INBOX))
        view.history_table.addActions(self.actions.actions_in_scope(HISTORY))
        for column, width in PENDING_WIDTHS.items():
            view.table.setColumnWidth(column, width)
        view.history_table.setColumnWidth(0, 130)
        view.history_table.setColumnWidth(1, 170)
        view.history_table.setColumnWidth(2, 80)
        view.history_table.setColumnWidth(3, 260)
        self._wanted: int | None = None  # the request to select after the next load
        self._writing: set[int] = set()  # decided here, written in the background: not pending any more
        self._stale = False  # suggestions may have changed while the page was hidden
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._loaded_once = False
        self.request_detail = RequestDetailController(view.detail, context, self)
        self.dialogs = InboxDialogs(self)
        self._connect_signals()
        self.request_detail.show(None)
        self._update_counts()
        self.restore_state()

    def _connect_signals(self) -> None:
        v, a = self.view, self.actions
        v.table.selectionModel().currentRowChanged.connect(self._current_changed)
        v.history_table.selectionModel().currentRowChanged.connect(self._history_current_changed)
        a["inbox.accept"].triggered.connect(lambda: self.decide(None))
        for decision, key in DECISION_KEYS.items():
            a[key].triggered.connect(lambda _=False, d=decision: self.decide(d))
        v.detail.accept_button.clicked.connect(a["inbox.accept"].trigger)
        for key, button in v.detail.decision_buttons.items():
            button.clicked.connect(a[f"inbox.{key}"].trigger)
        for relationship in Relationship:
            if f"inbox.relationship.{relationship.value}" in a:
                a[f"inbox.relationship.{relationship.value}"].triggered.connect(
                    lambda _=False, r=relationship: self.classify_sender(Classification(relationship=r))
                )
        for met_in in MetIn:
            a[f"inbox.met_in.{met_in.value}"].triggered.connect(
                lambda _=False, m=met_in: self.classify_sender(Classification(met_in=m))
            )
        a["inbox.copy_reply"].triggered.connect(self.copy_reply)
        v.detail.copy_button.clicked.connect(self.copy_reply)
        a["inbox.open_profile"].triggered.connect(self.open_profile)
        v.detail.open_profile_button.clicked.connect(self.open_profile)
        v.detail.check_button.clicked.connect(a["contacts.check"].trigger)
        for button, prefix in (
            (v.detail.relationship_button, "inbox.relationship."),
            (v.detail.met_in_button, "inbox.met_in."),
        ):
            menu = QMenu(button)
            for spec in a.specs():
                if spec.key.startswith(prefix):
                    menu.addAction(a[spec.key])
            button.setMenu(menu)
        a["inbox.add_request"].triggered.connect(self.dialogs.ask_add_request)
        v.add_button.clicked.connect(self.dialogs.ask_add_request)
        a["inbox.apply_rule"].triggered.connect(self.dialogs.ask_apply_rule)
        v.apply_rule_button.clicked.connect(self.dialogs.ask_apply_rule)
        a["inbox.show_pending"].triggered.connect(lambda: self.show_tab(0))
        a["inbox.show_history"].triggered.connect(lambda: self.show_tab(1))
        a["inbox.undo_decision"].triggered.connect(self.put_back_selected)
        v.undo_button.clicked.connect(self.put_back_selected)
        events = self.context.events
        events.contacts_changed.connect(self._contacts_changed)
        events.policy_changed.connect(self._suggestions_changed)
        events.profile_changed.connect(self._suggestions_changed)
        self._reload_timer.timeout.connect(self.load)

    # --- what other pages change ------------------------------------------------------------------------

    def _contacts_changed(self, ids: frozenset[int] | None) -> None:
        if ids is None:  # an import: new requests, and the counter in the status bar
            self.load()
        else:
            self._suggestions_changed()

    def _suggestions_changed(self) -> None:
        """Contacts, the policy or the profile changed: suggestions may differ. Classifying on the Contacts page
        changes contacts at every key, so the inbox is read again only when it is shown (and a moment after the
        last change while it is)."""
        if self.view.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def page_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.load()

    # --- loading ----------------------------------------------------------------------------------------

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def load(self) -> None:
        """Read the pending requests (with the policy's suggestions) and the history in the background."""
        if not self._loaded_once:
            self.view.show_state("loading")
        db, today = self.context.database, self.today
        self.context.runner.submit(
            self.tr("Read the inbox"),
            lambda _task: (inbox_service.pending(db, today=today), inbox_service.history(db)),
            on_success=self._loaded,
        )

    def _loaded(self, result: tuple[tuple[TriageResult, ...], list[ConnectionRequest]]) -> None:
        pending, history = result
        if self._writing:  # read before a decision made meanwhile was written
            pending = tuple(r for r in pending if r.request.id not in self._writing)
        keep = self._wanted if self._wanted is not None else self.current_id()
        self._wanted = None
        self.model.set_rows(pending)
        keep_history = self._history_current_id()
        self.history_model.set_rows(history)
        self._loaded_once = True
        row = self.model.row_of_id(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self.request_detail.show(None)
        history_row = self.history_model.row_of_id(keep_history) if keep_history is not None else None
        if history_row is None and self.history_model.rowCount():
            history_row = 0
        if history_row is not None:
            self._select_history(history_row)
        self._update_counts()
        self.loaded.emit()

    def select_after_load(self, request_id: int) -> None:
        """Select this request once the inbox has been read again (one just added, or its sender classified)."""
        self._wanted = request_id

    def cancel_reload(self) -> None:
        """The inbox is being read already: the reload due a moment after a change is not needed."""
        self._reload_timer.stop()

    # --- the current request ----------------------------------------------------------------------------

    def current_id(self) -> int | None:
        result = self.current_result()
        return result.request.id if result is not None else None

    def current_result(self) -> TriageResult | None:
        index = self.view.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.result_at(index.row())

    def current_contact(self) -> tuple[int, str] | None:
        """The sender of the request shown (for the four-gates check)."""
        if self.view.tabs.currentIndex() == 1:
            request = self._history_current()
            return (request.contact_id, request.contact_name) if request is not None else None
        result = self.current_result()
        return (result.request.contact_id, result.request.contact_name) if result is not None else None

    def check_purpose(self) -> Purpose | None:
        """On the pending tab the sender is waiting for an answer to their invitation."""
        if self.view.tabs.currentIndex() == 0 and self.current_result() is not None:
            return Purpose.INVITATION_REPLY
        return None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.table.scrollTo(index)
        self.request_detail.show(self.model.result_at(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.request_detail.show(self.model.result_at(current.row()) if current.isValid() else None)

    # --- deciding ---------------------------------------------------------------------------------------

    def decide(self, decision: Decision | None) -> None:
        """Decide the current request (None: accept the suggestion) and show the next one at once; the decision
        is written in the background (a team database may be far away) and goes on the undo stack."""
        result = self.current_result()
        if result is None:
            return
        reply = self.view.detail.reply.toPlainText() if self.request_detail.showing is result else ""
        reply_text = reply if reply.strip() else None
        if decision is not None and decision is not Decision.REPLY:
            reply_text = None
        self.context.undo_stack.push(DecideCommand(self, result, decision, reply_text))  # push() records it

    def record(self, command: DecideCommand) -> None:
        """Take the request out of the list, select the next, and write the decision."""
        row = self.model.remove_id(command.request_id)
        self.request_detail.forget_edit(command.request_id)
        if self.model.rowCount():
            self.select_row(min(row or 0, self.model.rowCount() - 1))
        else:
            self.view.table.selectionModel().clearCurrentIndex()
            self.request_detail.show(None)
        self._update_counts()
        self._writing.add(command.request_id)
        db, today = self.context.database, self.today

        def work(_task: object) -> ConnectionRequest:
            if command.decision is None:
                return inbox_service.accept(db, command.request_id, reply_text=command.reply_text, today=today)
            return request_service.decide(
                db, command.request_id, command.decision, reply_text=command.reply_text, today=today
            )

        self.context.runner.submit(
            self.tr("Record a decision"), work, on_success=self._recorded, on_failure=self._not_recorded
        )

    def _recorded(self, decided: ConnectionRequest) -> None:
        self._writing.discard(decided.id)
        self.history_model.remove_id(decided.id)
        self.history_model.insert_row(0, decided)
        self._select_history(0)
        self._update_counts()
        decision = phrase(decided.decision) if decided.decision else ""
        then = next_step(decided.decision) if decided.decision else ""
        self.context.events.message.emit(
            self.tr("Decided: {decision} — {name}. {then}")
            .format(decision=decision, name=decided.contact_name, then=then)
            .strip()
        )
        self.decided.emit(decided.id)

    def _not_recorded(self, failure: TaskFailure) -> None:
        self._writing.clear()
        self.context.undo_stack.clear()  # the history no longer matches the record
        self.load()
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("Decision not recorded"), failure.message)
        else:
            self.context.report_failure(failure)

    def put_back(self, request_id: int, *, from_undo_stack: bool = False) -> None:
        """Undo a decision: the request goes back among the pending ones and is selected."""
        if not from_undo_stack:
            # undone outside the undo history: undoing older steps could act on this request again
            self.context.undo_stack.clear()
        db = self.context.database

        def done(request: ConnectionRequest) -> None:
            self.history_model.remove_id(request_id)
            self._wanted = request_id
            self.context.events.message.emit(self.tr("Back in the inbox: {name}").format(name=request.contact_name))
            self.load()

        self.context.runner.submit(
            self.tr("Undo a decision"),
            lambda _task: inbox_service.undo_decision(db, request_id),
            on_success=done,
            on_failure=self._not_recorded,
        )

    def put_back_selected(self) -> None:
        request = self._history_current()
        if request is not None:
            self.put_back(request.id)

    # --- classifying the sender -------------------------------------------------------------------------

    def classify_sender(self, change: Classification) -> None:
        """Set the sender's relationship or where you met them (1-5, Alt+1-5, as on Contacts); the suggestion is
        read again, since these are what the policy looks at. Like an edit in the contact editor, this is a change
        made outside the undo history (another key sets it again)."""
        result = self.current_result()
        if result is None:
            return
        request = result.request
        self._wanted = request.id  # stay on this request when the inbox is read again
        db = self.context.database

        def done(_result: ClassificationResult) -> None:
            self.context.events.contacts_changed.emit(frozenset({request.contact_id}))  # the Contacts page follows
            self._reload_timer.stop()
            self.load()  # the suggestion for this sender may change
            self.context.events.message.emit(
                self.tr("{name}: {change}. The suggestion follows.").format(
                    name=request.contact_name, change=change.describe()
                )
            )

        self.context.runner.submit(
            self.tr("Classify the sender"),
            lambda _task: table_service.classify_contacts(db, (request.contact_id,), change),
            on_success=done,
            on_failure=self._not_classified,
        )

    def _not_classified(self, failure: TaskFailure) -> None:
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("Classification not saved"), failure.message)
        else:
            self.context.report_failure(failure)

    # --- history ----------------------------------------------------------------------------------------

    def _history_current(self) -> ConnectionRequest | None:
        index = self.view.history_table.currentIndex()
        if not index.isValid() or index.row() >= self.history_model.rowCount():
            return None
        return self.history_model.request_at(index.row())

    def _history_current_id(self) -> int | None:
        request = self._history_current()
        return request.id if request is not None else None

    def _select_history(self, row: int) -> None:
        index = self.history_model.index(row, 0)
        self.view.history_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _history_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request = self.history_model.request_at(current.row()) if current.isValid() else None
        can_undo = request is not None and request.status.value == "decided"
        self.view.undo_button.setEnabled(can_undo)
        self.actions["inbox.undo_decision"].setEnabled(can_undo)
        if request is None:
            self.view.history_detail.setText("")
            return
        lines = [request.explanation or ""]
        if request.reply_text:
            lines.append(self.tr("Reply: {text}").format(text=request.reply_text))
        if request.status.value == "done":
            lines.append(self.tr("LinkedIn reports this request as done; it cannot be put back."))
        self.view.history_detail.setText("\n".join(line for line in lines if line))

    def show_tab(self, index: int) -> None:
        self.show_requested.emit()
        self.view.tabs.setCurrentIndex(index)
        (self.view.table if index == 0 else self.view.history_table).setFocus()

    # --- counts -----------------------------------------------------------------------------------------

    def status_text(self) -> str:
        count = self.model.rowCount()
        if not self._loaded_once:
            return ""
        if count == 0:
            return self.tr("No requests to decide")
        if count == 1:
            return self.tr("1 request to decide")
        return self.tr("{count} requests to decide").format(count=f"{count:,}")

    def _update_counts(self) -> None:
        v = self.view
        count, decided = self.model.rowCount(), self.history_model.rowCount()
        text = self.status_text()
        v.counter.setText(text)
        v.tabs.setTabText(0, self.tr("Pending ({count})").format(count=f"{count:,}"))
        v.tabs.setTabText(1, self.tr("History ({count})").format(count=f"{decided:,}"))
        if self._loaded_once:
            v.show_state("table" if count else "empty")
        v.apply_rule_button.setEnabled(count > 0)
        self.actions["inbox.apply_rule"].setEnabled(count > 0)
        if not decided:
            v.undo_button.setEnabled(False)
            self.actions["inbox.undo_decision"].setEnabled(False)
        self.status_changed.emit(text)

    # --- other actions ----------------------------------------------------------------------------------

    def copy_reply(self) -> None:
        text = self.view.detail.reply.toPlainText()
        if self.request_detail.showing is None or not text.strip():
            return
        QGuiApplication.clipboard().setText(text)
        self.context.events.message.emit(self.tr("Reply copied: paste it into LinkedIn."))

    def open_profile(self) -> None:
        result = self.current_result()
        url = linkedin_link(result.request.profile_url) if result is not None else None
        if url is not None:
            QDesktopServices.openUrl(url)

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.context.settings.value(INBOX_SPLITTER)
        if not state.isEmpty():
            self.view.splitter.restoreState(state)

    def save_state(self) -> None:
        self.context.settings.set_value(INBOX_SPLITTER, self.view.splitter.saveState())
