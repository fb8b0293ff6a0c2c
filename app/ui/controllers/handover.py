"""The handover page's behaviour: list past handovers and where each contact stands, mark contacts, and run the
wizard with the handover service behind it (the same service and choices as `gatehouse handover create`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand

from app.core.errors import GatehouseError
from app.core.handover import (
    HandoverCandidate,
    HandoverChoices,
    HandoverEntry,
    HandoverFormat,
    HandoverStatus,
    HandoverSummary,
)
from app.services import handover as handover_service
from app.services.handover import HandoverResult
from app.ui.actions import ENTRIES
from app.ui.context import AppContext
from app.ui.dialogs.messages import show_error
from app.ui.models.handovers import HandoverEntriesModel, HandoversModel, status_summary
from app.ui.settings import HANDOVER_FOLDER, HANDOVER_SPLITTER
from app.ui.tasks import TaskFailure
from app.ui.views.handover_view import HandoverView
from app.ui.wizards.handover import Created, HandoverActions, HandoverWizard, Refused


class MarkCommand(QUndoCommand):
    """Contacts of a handover marked with one status; undo gives each the status it had before."""

    def __init__(
        self, controller: HandoverController, handover_id: int, entries: list[HandoverEntry], status: HandoverStatus
    ) -> None:
        count = len(entries)
        # a name is the contact's own text, never a format string: only our "{count} contacts" is formatted
        what = (
            entries[0].name
            if count == 1
            else QCoreApplication.translate("HandoverController", "{count} contacts").format(count=count)
        )
        super().__init__(
            QCoreApplication.translate("HandoverController", "mark {what} {status}").format(
                what=what, status=status.value
            )
        )
        self.controller = controller
        self.handover_id = handover_id
        self.before = {entry.contact_id: entry.status for entry in entries}
        self.status = status

    def redo(self) -> None:
        if not self.controller.set_statuses(self.handover_id, dict.fromkeys(self.before, self.status)):
            self.setObsolete(True)

    def undo(self) -> None:
        self.controller.set_statuses(self.handover_id, self.before, undoing=True)


class HandoverController(QObject):
    loaded = Signal()
    created = Signal(object)  # HandoverResult
    show_requested = Signal()

    def __init__(self, view: HandoverView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.actions = context.actions
        self.handovers_model = HandoversModel(self)
        self.entries_model = HandoverEntriesModel(self)
        view.handovers.setModel(self.handovers_model)
        view.entries.setModel(self.entries_model)
        for column, width in enumerate((130, 170, 60, 80, 230)):
            view.handovers.setColumnWidth(column, width)
        for column, width in enumerate((200, 90, 130)):
            view.entries.setColumnWidth(column, width)
        view.entries.addActions(self.actions.actions_in_scope(ENTRIES))
        self.wizard: HandoverWizard | None = None
        self._wanted: int | None = None
        self._starting = False  # the candidates are being read for a new handover
        self._connect_signals()
        self._update_marks()
        self.restore_state()

    def _connect_signals(self) -> None:
        v, a = self.view, self.actions
        a["handover.new"].triggered.connect(self.start_wizard)
        v.new_button.clicked.connect(self.start_wizard)
        v.empty_button.clicked.connect(self.start_wizard)
        v.handovers.selectionModel().currentRowChanged.connect(self._handover_changed)
        v.entries.selectionModel().selectionChanged.connect(self._update_marks)
        for status, button in v.mark_buttons.items():
            button.clicked.connect(a[f"handover.mark.{status.value}"].trigger)
            a[f"handover.mark.{status.value}"].triggered.connect(lambda _=False, s=status: self.mark_selected(s))
        self.context.events.contacts_changed.connect(lambda ids: self.load() if ids is None else None)

    # --- past handovers ---------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.context.database
        self.context.runner.submit(
            self.tr("Read the handovers"), lambda _task: handover_service.list_handovers(db), on_success=self._loaded
        )

    def _loaded(self, handovers: list[HandoverSummary]) -> None:
        keep = self._wanted if self._wanted is not None else self.current_handover_id()
        self._wanted = None
        ordered = sorted(handovers, key=lambda h: (h.created_at, h.id), reverse=True)
        self.handovers_model.set_rows(ordered)
        self.view.show_state(bool(ordered))
        row = self.handovers_model.row_of_id(keep) if keep is not None else None
        if row is None and ordered:
            row = 0
        if row is not None:
            index = self.handovers_model.index(row, 0)
            self.view.handovers.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self._show_entries(self.handovers_model.summary_at(row).id)
        else:
            self.entries_model.set_rows([])
            self.view.entries_heading.setText("")
        self.loaded.emit()

    def current_handover_id(self) -> int | None:
        index = self.view.handovers.currentIndex()
        if not index.isValid() or index.row() >= self.handovers_model.rowCount():
            return None
        return self.handovers_model.summary_at(index.row()).id

    def _handover_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_entries(self.handovers_model.summary_at(current.row()).id)

    def _show_entries(self, handover_id: int) -> None:
        try:
            summary, entries = handover_service.handover_status(self.context.database, handover_id)
        except GatehouseError:
            return
        self._set_entries(summary, entries)

    def _set_entries(self, summary: HandoverSummary, entries: list[HandoverEntry]) -> None:
        """Show a handover's contacts, keeping the selection and the current contact when they are still there."""
        selected = {entry.contact_id for entry in self._selected_entries()}
        current = self.view.entries.currentIndex()
        current_id = self.entries_model.entry_at(current.row()).contact_id if current.isValid() else None
        self.entries_model.set_rows(entries)
        self.view.entries_heading.setText(
            self.tr("To {successor}, {date}: {counts}").format(
                successor=summary.successor.name,
                date=summary.created_at.date().isoformat(),
                counts=status_summary(summary),
            )
        )
        if not self.entries_model.rowCount():
            self._update_marks()
            return
        selection = self.view.entries.selectionModel()
        current_row = self.entries_model.row_of_id(current_id) if current_id is not None else None
        selection.setCurrentIndex(
            self.entries_model.index(current_row or 0, 0),
            QItemSelectionModel.SelectionFlag.NoUpdate
            if selected
            else QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        for row in range(self.entries_model.rowCount()):
            if self.entries_model.entry_at(row).contact_id in selected:
                selection.select(
                    self.entries_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update_marks()

    def _selected_entries(self) -> list[HandoverEntry]:
        rows = sorted(index.row() for index in self.view.entries.selectionModel().selectedRows())
        if not rows and self.view.entries.currentIndex().isValid():
            rows = [self.view.entries.currentIndex().row()]
        return [self.entries_model.entry_at(row) for row in rows if row < self.entries_model.rowCount()]

    def _update_marks(self) -> None:
        enabled = bool(self._selected_entries())
        for status, button in self.view.mark_buttons.items():
            button.setEnabled(enabled)
            self.actions[f"handover.mark.{status.value}"].setEnabled(enabled)

    def mark_selected(self, status: HandoverStatus) -> None:
        """Mark the selected contacts; Ctrl+Z on this page puts back the statuses they had."""
        handover_id = self.current_handover_id()
        entries = [entry for entry in self._selected_entries() if entry.status is not status]
        if handover_id is None or not entries:
            return
        self.context.undo_stack.push(MarkCommand(self, handover_id, entries, status))  # push() marks them

    def set_statuses(self, handover_id: int, statuses: dict[int, HandoverStatus], *, undoing: bool = False) -> bool:
        """Give each contact (id) of a handover its status; False (and the user told why) when it failed."""
        by_status: dict[HandoverStatus, list[str]] = {}
        for contact_id, status in statuses.items():
            by_status.setdefault(status, []).append(str(contact_id))
        changed: list[int] = []
        try:
            for status, ids in by_status.items():
                changed += handover_service.mark(self.context.database, handover_id, ids, status)[1]
        except GatehouseError as exc:
            show_error(self.view.window(), self.tr("Status not changed"), str(exc))
            self._wanted = handover_id
            self.load()
            return False
        if undoing:
            message = self.tr("Undone: {count} contacts back to their earlier status.").format(count=len(changed))
        else:
            [status] = by_status
            message = (
                self.tr("1 contact marked {status}.")
                if len(changed) == 1
                else self.tr("{count} contacts marked {status}.").format(count=len(changed), status="{status}")
            ).format(status=status.value)
        self.context.events.message.emit(message)
        self._wanted = handover_id
        self.load()
        return True

    # --- the wizard -------------------------------------------------------------------------------------

    def start_wizard(self) -> None:
        """Read the candidates in the background (the page shows it), then open the wizard over them."""
        self.show_requested.emit()
        if self._starting:
            return
        self._set_starting(True)
        db = self.context.database
        self.context.runner.submit(
            self.tr("Read the handover candidates"),
            lambda _task: handover_service.list_candidates(db),
            on_success=self._open_wizard,
            on_failure=self._no_candidates,
        )

    def _set_starting(self, starting: bool) -> None:
        self._starting = starting
        self.view.show_starting(self.tr("Reading your contacts for the handover…") if starting else "")
        self.actions["handover.new"].setEnabled(not starting)

    def _no_candidates(self, failure: TaskFailure) -> None:
        self._set_starting(False)
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("No handover possible"), failure.message)
        else:
            self.context.report_failure(failure)

    def _open_wizard(self, candidates: list[HandoverCandidate]) -> None:
        self._set_starting(False)
        if not candidates:
            show_error(
                self.view.window(),
                self.tr("Nobody to hand over"),
                self.tr(
                    "No contact meets the handover rules yet: classify your work contacts on the Contacts page "
                    "(client, colleague or professional; met in your work role or a professional network)."
                ),
            )
            return
        db = self.context.database
        actions = HandoverActions(
            plan=lambda choices: handover_service.plan_handover(db, choices),
            create=self._create,
        )
        wizard = HandoverWizard(candidates, actions, self.context.settings.value(HANDOVER_FOLDER), self.view.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _create(
        self, choices: HandoverChoices, fmt: HandoverFormat, out: Path, on_created: Created, on_refused: Refused
    ) -> None:
        """Write the file and record the handover in the background; the wizard waits for the answer."""
        db = self.context.database
        self.context.runner.submit(
            self.tr("Write the handover"),
            lambda _task: handover_service.create_handover(db, choices, fmt, out),
            on_success=lambda result: self._created(result, on_created),
            on_failure=lambda failure: self._not_created(failure, on_refused),
        )

    def _created(self, result: HandoverResult, on_created: Created) -> None:
        self.context.settings.set_value(HANDOVER_FOLDER, str(result.path.parent))
        self._wanted = result.summary.id
        self.context.events.message.emit(
            self.tr("Handover to {successor} recorded: {file}").format(
                successor=result.summary.successor.name, file=result.path
            )
        )
        self.load()
        self.created.emit(result)
        on_created(result)

    def _not_created(self, failure: TaskFailure, on_refused: Refused) -> None:
        on_refused(failure.message)  # nothing was written or recorded
        if not isinstance(failure.exception, GatehouseError):
            self.context.report_failure(failure)

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.context.settings.value(HANDOVER_SPLITTER)
        if not state.isEmpty():
            self.view.splitter.restoreState(state)

    def save_state(self) -> None:
        self.context.settings.set_value(HANDOVER_SPLITTER, self.view.splitter.saveState())
