"""The contacts page's behaviour: load the table, filter as you type, classify the selected rows, undo.

The whole record is read once (compact rows, in the background); after that the database is asked only for the
rows a change touched. Classification runs through the task runner and goes on the app's undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QApplication, QMenu

from app.core.errors import GatehouseError
from app.core.records import NewContact
from app.core.vocabulary import ConsentStatus, MetIn, Relationship
from app.services import contact_table as table_service
from app.services import contacts as contact_service
from app.services.contact_table import Classification, ClassificationResult, ContactRow
from app.ui.actions import TABLE
from app.ui.context import AppContext
from app.ui.controllers.contact_editor import ContactEditorController
from app.ui.dialogs.inputs import BulkConsentDialog, NewContactDialog, ask_tag
from app.ui.dialogs.messages import confirm, show_error
from app.ui.models.contact_index import ContactFilter
from app.ui.models.contacts_table import ContactsTableModel
from app.ui.models.records import plain_tip
from app.ui.pages.contacts_preview import restore_table_layout
from app.ui.settings import CONTACTS_COLUMNS, CONTACTS_SPLITTER
from app.ui.tasks import TaskFailure
from app.ui.views.contacts_view import ALL, ContactsView

BULK_CONFIRM = 50  # a change to more rows than this asks first (a whole unsorted list selected by mistake)


class ClassifyCommand(QUndoCommand):
    """One classification of some contacts; redo applies it, undo restores what it changed."""

    def __init__(self, controller: ContactsController, contact_ids: Sequence[int], change: Classification) -> None:
        count = len(contact_ids)
        contacts = (
            QCoreApplication.translate("ContactsController", "1 contact")
            if count == 1
            else QCoreApplication.translate("ContactsController", "{count} contacts")
        )
        super().__init__(f"{change.describe()} ({contacts.format(count=f'{count:,}')})")
        self.controller = controller
        self.contact_ids = tuple(contact_ids)
        self.change = change
        self.result: ClassificationResult | None = None

    def redo(self) -> None:
        self.controller.run_classification(self)

    def undo(self) -> None:
        self.controller.run_undo(self)


class ContactsController(QObject):
    status_changed = Signal(str)
    show_requested = Signal()
    loaded = Signal()  # the table holds the record (first load, reload after an import)
    classified = Signal()  # a classification or its undo reached the table

    def __init__(
        self,
        view: ContactsView,
        context: AppContext,
        parent: QObject | None = None,
        *,
        model: ContactsTableModel | None = None,
    ) -> None:
        """``model``: the one the view shows already, laid out and maybe filled (``ContactsPreview``)."""
        super().__init__(parent)
        taking_over = model is not None  # the preview's view and model, laid out as the user left them
        self.view = view
        self.context = context
        self.actions = context.actions
        self.undo_stack = context.undo_stack
        if model is None:
            model = ContactsTableModel(parent=self)
            self.view.table.setModel(model)
        else:
            model.setParent(self)
        self.model = model
        self.editor = ContactEditorController(view.editor, context, self)
        self._loaded_once = False
        self._hidden_id: int | None = None  # the contact the search hid, shown again when the search shows it
        self._typing = False  # in apply_filter: a contact the search hides is put away once the typing pauses
        self._announcing = False  # set while this controller tells other pages about its own change
        self._build_menus()
        self.view.table.addActions(self._table_actions())
        self._connect_signals()
        if not taking_over:
            self.restore_state()
        self._update_selection()

    def _table_actions(self) -> list[QAction]:
        return self.actions.actions_in_scope(TABLE)

    def _build_menus(self) -> None:
        v = self.view
        for button, prefix in (
            (v.relationship_button, "contacts.relationship."),
            (v.met_in_button, "contacts.met_in."),
            (v.consent_button, "contacts.consent."),
        ):
            menu = QMenu(button)
            for spec in self.actions.specs():
                if spec.key.startswith(prefix):
                    menu.addAction(self.actions[spec.key])
            button.setMenu(menu)

    def _connect_signals(self) -> None:
        v, a = self.view, self.actions
        v.search_edit.textChanged.connect(self.apply_filter)
        v.search_edit.window_keys = {
            a[key].shortcut()[0] for key in ("contacts.show_unsorted", "contacts.show_all") if a[key].shortcut().count()
        }
        v.consent_combo.currentIndexChanged.connect(self.apply_filter)
        v.chip_group.buttonToggled.connect(lambda _button, checked: self.apply_filter() if checked else None)
        selection = v.table.selectionModel()
        selection.selectionChanged.connect(self._update_selection)
        selection.currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._update_selection)
        for relationship in Relationship:
            a[f"contacts.relationship.{relationship.value}"].triggered.connect(
                lambda _=False, r=relationship: self.classify(Classification(relationship=r), advance=True)
            )
        for met_in in MetIn:
            a[f"contacts.met_in.{met_in.value}"].triggered.connect(
                lambda _=False, m=met_in: self.classify(Classification(met_in=m), advance=True)
            )
        for status in ConsentStatus:
            a[f"contacts.consent.{status.value}"].triggered.connect(lambda _=False, s=status: self.ask_bulk_consent(s))
        a["contacts.tag"].triggered.connect(self.ask_add_tag)
        a["contacts.untag"].triggered.connect(self.ask_remove_tag)
        a["contacts.new"].triggered.connect(self.ask_new_contact)
        a["contacts.edit"].triggered.connect(self.focus_editor)
        a["contacts.open_profile"].triggered.connect(self.editor.open_profile)
        a["contacts.delete"].triggered.connect(self.editor.ask_delete)
        a["contacts.show_unsorted"].triggered.connect(self.show_unsorted)
        a["contacts.show_all"].triggered.connect(self.show_all)
        a["edit.find"].triggered.connect(self.focus_search)
        a["view.refresh"].triggered.connect(self.load)
        v.tag_button.clicked.connect(a["contacts.tag"].trigger)
        v.untag_button.clicked.connect(a["contacts.untag"].trigger)
        v.undo_button.clicked.connect(self.undo_stack.undo)
        v.import_button.clicked.connect(a["file.import"].trigger)
        v.new_contact_button.clicked.connect(a["contacts.new"].trigger)
        self.undo_stack.canUndoChanged.connect(v.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        v.undo_button.setEnabled(self.undo_stack.canUndo())
        self.editor.contact_changed.connect(lambda cid: self.context.events.contacts_changed.emit(frozenset({cid})))
        self.editor.dirty_changed.connect(self._editor_dirty_changed)
        v.clear_search_button.clicked.connect(self.show_all)
        self.editor.contact_deleted.connect(self._contact_deleted)
        self.context.events.contacts_changed.connect(self._contacts_changed)

    def _editor_dirty_changed(self, dirty: bool) -> None:
        """The row of a contact with unsaved edits stays marked while the selection moves elsewhere."""
        self.model.set_edited_id(self.editor.contact_id if dirty else None)

    def _undo_text_changed(self, text: str) -> None:
        # an undo step's text can quote a contact's name: the tooltip shows it as written
        self.view.undo_button.setToolTip(
            plain_tip(self.tr("Undo {action}").format(action=text)) if text else self.tr("Nothing to undo")
        )

    # --- loading ----------------------------------------------------------------------------------------

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def load(self) -> None:
        """Read the whole record in the background; the table keeps its filter, sort and current contact."""
        if not self._loaded_once:
            self.view.show_state("loading")
        self.context.runner.submit(
            self.tr("Read contacts"),
            lambda _context: table_service.load_contact_table(self.context.database),
            on_success=self._loaded,
        )

    def take_rows(self) -> None:
        """The model holds the record already (read before the page was built): show it as if just loaded."""
        self.model.contacts.prepare_search()
        self._loaded_once = True
        self._after_reset(None)
        if self.model.rowCount() > 0:
            self._set_current_row(0)
        self.loaded.emit()

    def _loaded(self, rows: list[ContactRow]) -> None:
        current = self.current_id()
        self.model.set_rows(rows)
        self._loaded_once = True
        self._after_reset(current)
        if current is None and self.model.rowCount() > 0:
            self._set_current_row(0)
        self.loaded.emit()

    def _announce(self, ids: Sequence[int]) -> None:
        """Tell other pages which contacts a classification changed, without reacting to it here."""
        self._announcing = True
        try:
            self.context.events.contacts_changed.emit(frozenset(ids))
        finally:
            self._announcing = False

    def _contacts_changed(self, ids: frozenset[int] | None) -> None:
        if self._announcing:
            return
        if ids is None:
            self.undo_stack.clear()
            self.load()
            return
        self.undo_stack.clear()  # an edit made outside the undo history: undoing older steps would clobber it
        rows = table_service.load_contact_rows(self.context.database, ids)
        known = {row.id for row in rows if self.model.contacts.row_by_id(row.id) is not None}
        self.model.update_rows([row for row in rows if row.id in known])
        new = [row for row in rows if row.id not in known]
        if new:
            current = self.current_id()
            self.model.add_rows(new)
            self._after_reset(current)
        self._update_counts()
        self.editor.reload()

    def _contact_deleted(self, contact_id: int) -> None:
        self.undo_stack.clear()
        row = self.model.row_of_id(contact_id)
        self.model.remove_ids([contact_id])
        self._after_reset(None)
        if row is not None and self.model.rowCount():
            self._set_current_row(min(row, self.model.rowCount() - 1))
        self._announce([contact_id])

    # --- filtering --------------------------------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        v = self.view
        checked = v.chip_group.checkedButton()
        chip = next((key for key, button in v.chips.items() if button is checked), ALL)
        consent = v.consent_combo.currentData()
        return ContactFilter(
            text=v.search_edit.text(),
            relationships=frozenset() if chip == ALL else frozenset({Relationship(chip)}),
            consents=frozenset() if consent == ALL else frozenset({ConsentStatus(consent)}),
        )

    def apply_filter(self) -> None:
        """Filter as the user types. The contact shown stays if it still matches; one the search hid comes back
        (current and selected, as before) once the search shows it again, e.g. after Backspace."""
        current = self.current_id()
        if current is not None:
            self._hidden_id = None
        self._typing = True
        try:
            self.model.set_filter(self.current_filter())
            self._after_reset(current, rows_changed=False)
        finally:
            self._typing = False
        if self.current_id() is not None:
            return
        if current is not None:
            self._hidden_id = current
        row = self.model.row_of_id(self._hidden_id) if self._hidden_id is not None else None
        if row is not None:
            self._hidden_id = None
            self._set_current_row(row)
        else:
            self.view.table.scrollToTop()  # the first match, not wherever the table was scrolled to

    def show_unsorted(self) -> None:
        self.show_requested.emit()
        self.view.chips[Relationship.UNSORTED.value].setChecked(True)
        self.view.search_edit.clear()
        self.model.refilter()
        self._after_reset(None)
        if self.model.rowCount():
            self._set_current_row(0)
        self.view.table.setFocus()

    def show_all(self) -> None:
        self.show_requested.emit()
        v = self.view
        for widget in (v.search_edit, v.consent_combo):
            widget.blockSignals(True)
        v.search_edit.clear()
        v.consent_combo.setCurrentIndex(0)
        for widget in (v.search_edit, v.consent_combo):
            widget.blockSignals(False)
        v.chips[ALL].setChecked(True)
        self.apply_filter()

    def _after_reset(self, keep_id: int | None, *, rows_changed: bool = True) -> None:
        """After a reset: keep the current contact if it is still shown, update the labels."""
        v = self.view
        if self.model.contacts.total == 0:
            v.show_state("empty" if self._loaded_once else "loading")
        elif self.model.rowCount() == 0:
            v.show_no_match(self.current_filter().text.strip())
        else:
            v.show_state("table")
        row = self.model.row_of_id(keep_id) if keep_id is not None else None
        if row is not None:
            self._set_current_row(row, select=False)
        else:
            # The contact shown is no longer in the table: the editor says nothing is selected (unless it holds
            # unsaved edits, which it keeps, with its bar); as the user types, once the typing pauses.
            self.editor.show_contact(None, typing=self._typing)
            self._update_selection()
        if rows_changed:
            self._update_counts()
        else:
            self._update_shown()

    # --- selection --------------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The selected contacts, or the current one when nothing is selected."""
        rows = sorted(index.row() for index in self.view.table.selectionModel().selectedRows())
        if not rows:
            current = self.view.table.currentIndex()
            rows = [current.row()] if current.isValid() else []
        return [self.model.id_at(row) for row in rows]

    def _set_current_row(self, row: int, *, select: bool = True) -> None:
        table = self.view.table
        column = max(table.currentIndex().column(), 0)
        index = self.model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect if select else QItemSelectionModel.SelectionFlag.NoUpdate
        )
        table.selectionModel().setCurrentIndex(index, flags)
        table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.editor.show_contact(None, typing=self._typing)
            return
        self.editor.show_contact(self.model.id_at(current.row()))

    def _update_selection(self) -> None:
        count = len(self.view.table.selectionModel().selectedRows())
        has_rows = self.model.rowCount() > 0
        self.view.selection_label.setText(self._selection_text(f"{count:,}" if count else ""))
        for widget in self.view.selection_buttons():
            widget.setEnabled(has_rows)

    def _update_counts(self) -> None:
        """The counts on the chips and in the status bar: after the rows changed, not on every keystroke."""
        contacts = self.model.contacts
        counts = contacts.relationship_counts()
        v = self.view
        most = f"{contacts.total:,}"  # the widest the count beside the search box and the selection can get
        v.shown_label.reserve((self._shown_text(most, most), self._shown_text("", most)))
        v.selection_label.reserve((self._selection_text(most), self._selection_text("")))
        v.show_counts(contacts.total, counts)
        self._update_shown()
        self.status_changed.emit(self.status_text())

    def _update_shown(self) -> None:
        shown, total = self.model.rowCount(), self.model.contacts.total
        self.view.shown_label.setText(self._shown_text(f"{shown:,}" if shown != total else "", f"{total:,}"))

    def _shown_text(self, shown: str, total: str) -> str:
        """The count beside the search box: "Showing 12 of 30,000"; "30,000 contacts" when all are shown."""
        if shown:
            return self.tr("Showing {shown} of {total}").format(shown=shown, total=total)
        return self.tr("{total} contacts").format(total=total)

    def _selection_text(self, count: str) -> str:
        return self.tr("{count} selected").format(count=count) if count else self.tr("No selection")

    def status_text(self) -> str:
        contacts = self.model.contacts
        if not self._loaded_once:
            return self.tr("Reading contacts…")
        unsorted = contacts.relationship_counts().get(Relationship.UNSORTED, 0)
        return self.tr("{total} contacts · {unsorted} unsorted").format(
            total=f"{contacts.total:,}", unsorted=f"{unsorted:,}"
        )

    # --- classifying ------------------------------------------------------------------------------------

    def classify(self, change: Classification, *, advance: bool, confirmed: bool = False) -> None:
        """Apply ``change`` to the selected rows; with one row, move on to the next (fast classification).

        Above ``BULK_CONFIRM`` rows the user is asked first, and told how many are already classified.
        """
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > BULK_CONFIRM and not confirmed:
            self._confirm_bulk(ids, change)
            return
        if advance and len(ids) == 1:
            row = self.view.table.currentIndex().row()
            if row + 1 < self.model.rowCount():
                self._set_current_row(row + 1)
        self.undo_stack.push(ClassifyCommand(self, ids, change))

    def already_classified(self, ids: Sequence[int], change: Classification) -> int:
        """How many of ``ids`` already have a relationship, a met in or a LinkedIn consent of their own."""
        rows = [row for cid in ids if (row := self.model.contacts.row_by_id(cid)) is not None]
        if change.relationship is not None:
            return sum(row.relationship is not Relationship.UNSORTED for row in rows)
        if change.met_in is not None:
            return sum(row.met_in is not MetIn.UNKNOWN for row in rows)
        if change.consent is not None:
            return sum(row.consent is not ConsentStatus.NOT_ASKED for row in rows)
        return 0

    def _confirm_bulk(self, ids: Sequence[int], change: Classification) -> None:
        count = len(ids)
        classified = self.already_classified(ids, change)
        informative = (
            self.tr("{classified} of them are already classified; their classification is replaced.").format(
                classified=f"{classified:,}"
            )
            if classified
            else self.tr("None of them is classified yet.")
            if change.relationship is not None or change.met_in is not None
            else ""
        )
        confirm(
            self.view.window(),
            self.tr("Change {count} contacts").format(count=f"{count:,}"),
            self.tr("{change} for {count} contacts?").format(change=change.describe(), count=f"{count:,}"),
            informative + (" " if informative else "") + self.tr("Undo (Ctrl+Z) puts them back."),
            self.tr("&Change {count}").format(count=f"{count:,}"),
            lambda: self.classify(change, advance=False, confirmed=True),
        )

    def ask_bulk_consent(self, status: ConsentStatus) -> None:
        """Consent for the selected contacts: the date and the source are asked for, as for one contact."""
        ids = self.selected_ids()
        if not ids:
            return
        classified = self.already_classified(ids, Classification(consent=status))
        dialog = BulkConsentDialog(status, len(ids), classified, self.view.window())
        dialog.accepted.connect(lambda: self._bulk_consent_chosen(dialog, status))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _bulk_consent_chosen(self, dialog: BulkConsentDialog, status: ConsentStatus) -> None:
        self.classify(
            Classification(
                consent=status,
                consent_source=dialog.source(),
                consent_note=dialog.note(),
                consent_on=dialog.changed_on(),
            ),
            advance=False,
            confirmed=True,  # the dialog asked, with the count
        )

    def _busy(self, command: ClassifyCommand) -> bool:
        """A long change shows a busy cursor and says what it is doing until it is done."""
        if len(command.contact_ids) <= BULK_CONFIRM:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.context.events.message.emit(
            self.tr("Changing {count} contacts…").format(count=f"{len(command.contact_ids):,}")
        )
        return True

    @staticmethod
    def _not_busy(busy: bool) -> None:
        if busy:
            QApplication.restoreOverrideCursor()

    def run_classification(self, command: ClassifyCommand) -> None:
        def work(_context: object) -> ClassificationResult:
            # Stored by the worker itself, so an undo queued right behind it finds the result.
            command.result = table_service.classify_contacts(self.context.database, command.contact_ids, command.change)
            return command.result

        busy = self._busy(command)

        def done(result: ClassificationResult) -> None:
            self._not_busy(busy)
            self._show_rows(result.rows, command.text())

        def failed(failure: TaskFailure) -> None:
            self._not_busy(busy)
            self._classification_failed(failure)

        self.context.runner.submit(self.tr("Classify contacts"), work, on_success=done, on_failure=failed)

    def run_undo(self, command: ClassifyCommand) -> None:
        def work(_context: object) -> list[ContactRow]:
            result, command.result = command.result, None
            return [] if result is None else table_service.undo_classification(self.context.database, result)

        busy = self._busy(command)

        def done(rows: list[ContactRow]) -> None:
            self._not_busy(busy)
            self._show_rows(rows, self.tr("Undone: {action}").format(action=command.text()))

        def failed(failure: TaskFailure) -> None:
            self._not_busy(busy)
            self._classification_failed(failure)

        self.context.runner.submit(self.tr("Undo classification"), work, on_success=done, on_failure=failed)

    def _show_rows(self, rows: Sequence[ContactRow], message: str) -> None:
        self.model.update_rows(rows)
        self._announce([row.id for row in rows])
        self._update_counts()
        if self.editor.contact_id in {row.id for row in rows}:
            self.editor.reload()
        self.context.events.message.emit(message)
        self.classified.emit()

    def _classification_failed(self, failure: TaskFailure) -> None:
        self.undo_stack.clear()
        self.load()
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("Classification not saved"), failure.message)
        else:
            self.context.report_failure(failure)

    def ask_add_tag(self) -> None:
        ids = self.selected_ids()
        if ids:
            ask_tag(
                self.view.window(),
                self.tr("Add tag"),
                (
                    self.tr("Tag for the selected contact:")
                    if len(ids) == 1
                    else self.tr("Tag for the {count} selected contacts:").format(count=f"{len(ids):,}")
                ),
                self.model.contacts.known_tags(),
                lambda tag: self.classify(Classification(add_tags=(tag,)), advance=False),
            )

    def ask_remove_tag(self) -> None:
        ids = self.selected_ids()
        if ids:
            tags = {tag for cid in ids if (row := self.model.contacts.row_by_id(cid)) for tag in row.tags}
            ask_tag(
                self.view.window(),
                self.tr("Remove tag"),
                (
                    self.tr("Tag to remove from the selected contact:")
                    if len(ids) == 1
                    else self.tr("Tag to remove from the {count} selected contacts:").format(count=f"{len(ids):,}")
                ),
                tags,
                lambda tag: self.classify(Classification(remove_tags=(tag,)), advance=False),
            )

    # --- other actions ----------------------------------------------------------------------------------

    def ask_new_contact(self) -> None:
        self.show_requested.emit()
        dialog = NewContactDialog(self.view.window())
        dialog.accepted.connect(lambda: self.add_contact(dialog))
        from app.ui.controllers.likely_duplicates import LikelyDuplicates  # rapidfuzz: loaded when first asked

        LikelyDuplicates(self.model.contacts.rows, dialog)  # the dialog's child: it goes with the dialog
        dialog.open()

    def add_contact(self, dialog: NewContactDialog) -> None:
        try:
            contact = contact_service.add_contact(
                self.context.database,
                NewContact(
                    first_name=dialog.first_name.text().strip(),
                    last_name=dialog.last_name.text().strip(),
                    profile_url=dialog.profile_url.text().strip() or None,
                ),
            )
        except GatehouseError as exc:
            show_error(self.view.window(), self.tr("Contact not added"), str(exc))
            return
        dialog.deleteLater()
        self.view.search_edit.clear()
        self.context.events.contacts_changed.emit(frozenset({contact.id}))
        row = self.model.row_of_id(contact.id)
        if row is None:  # a relationship chip hides it: show everything
            self.show_all()
            row = self.model.row_of_id(contact.id)
        if row is not None:
            self._set_current_row(row)
        self.focus_editor()

    def focus_search(self) -> None:
        self.show_requested.emit()
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    def focus_editor(self) -> None:
        if self.editor.detail is not None:
            self.view.editor.first_name.setFocus()

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        restore_table_layout(self.view, self.context.settings)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_value(CONTACTS_COLUMNS, self.view.table.horizontalHeader().saveState())
        settings.set_value(CONTACTS_SPLITTER, self.view.splitter.saveState())
