"""The contacts page as a user drives it: search, filter, sort, classify from the keyboard, undo, edit, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contact_table as table_service
from app.services import contacts as contact_service
from app.ui.dialogs.inputs import BulkConsentDialog, NewContactDialog, TagDialog
from app.ui.models.contact_index import Column

pytestmark = pytest.mark.gui

HOSTILE_NAME = '<img src=x onerror="alert(1)">'


def add(db, first, last="Person", **fields):
    consent = fields.pop("consent", {Channel.LINKEDIN: ConsentStatus.IMPLIED})
    return contact_service.add_contact(db, NewContact(first, last, **fields), consent=consent).id


@pytest.fixture
def record(sqlite_db):
    """Six contacts; four unsorted (Ada, Ben, Chiara, Dev by name), two already classified."""
    ids = {
        "ada": add(sqlite_db, "Ada", "Quill", company="Acme Careers", tags=("alumni",)),
        "ben": add(sqlite_db, "Ben", "Ostrander", position="Recruiter at ACME"),
        "chiara": add(sqlite_db, "Chiara", "Rossi", notes="met at the careers fair"),
        "dev": add(sqlite_db, "Dev", "Patel", profile_url="https://www.linkedin.com/in/dev-patel-1/"),
        "eve": add(sqlite_db, "Eve", "Stone", relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE),
        "fay": add(
            sqlite_db,
            "Fay",
            "Wong",
            relationship=Relationship.COLLEAGUE,
            consent={Channel.LINKEDIN: ConsentStatus.REFUSED},
        ),
    }
    return ids


@pytest.fixture
def page(gui, record):
    gui.context.actions["view.refresh"].trigger()
    return gui.window.page("contacts")


def open_dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def shown_names(page) -> list[str]:
    model = page.controller.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def stored(db, contact_id):
    return table_service.load_contact_rows(db, [contact_id])[0]


def current_name(page) -> str:
    return page.controller.model.row_at(page.view.table.currentIndex().row()).name


def test_search_filters_as_you_type(page, qtbot):
    qtbot.keyClicks(page.view.search_edit, "acme")
    assert shown_names(page) == ["Ada Quill", "Ben Ostrander"]
    qtbot.keyClicks(page.view.search_edit, " car")
    assert shown_names(page) == ["Ada Quill"]
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "FAIR")
    assert shown_names(page) == ["Chiara Rossi"]
    qtbot.keyClicks(page.view.search_edit, "zzz")
    assert page.view.table_stack.currentWidget() is page.view.no_match
    page.view.search_edit.clear()
    assert len(shown_names(page)) == 6
    assert page.view.shown_label.text() == "6 contacts"


def test_a_contact_the_search_hid_comes_back_in_the_editor_as_stored(page, gui, qtbot, sqlite_db, record):
    editor = page.view.editor
    assert current_name(page) == "Ada Quill" and editor.company.text() == "Acme Careers"
    qtbot.keyClicks(page.view.search_edit, "ben")
    assert shown_names(page) == ["Ben Ostrander"]
    qtbot.waitUntil(lambda: not editor.company.isVisible())  # put away once the typing pauses
    for _ in "ben":
        qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Backspace)
    assert current_name(page) == "Ada Quill" and editor.company.text() == "Acme Careers"
    # changed elsewhere while the search hid it (another page says so): the editor shows what is stored now
    qtbot.keyClicks(page.view.search_edit, "ben")
    contact_service.update_contacts(sqlite_db, [record["ada"]], ContactChanges(company="Lumen Labs"))
    gui.context.events.contacts_changed.emit(frozenset({record["ada"]}))
    page.view.search_edit.clear()
    assert current_name(page) == "Ada Quill" and editor.company.text() == "Lumen Labs"


def test_relationship_chips_and_the_consent_filter(page, qtbot):
    qtbot.mouseClick(page.view.chips["client"], Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Eve Stone"]
    assert page.view.chips["unsorted"].text() == "Unsorted  4"
    qtbot.mouseClick(page.view.chips["all"], Qt.MouseButton.LeftButton)
    page.view.consent_combo.setCurrentIndex(page.view.consent_combo.findData("refused"))
    assert shown_names(page) == ["Fay Wong"]
    assert page.view.shown_label.text() == "Showing 1 of 6"


def test_clicking_a_column_header_sorts_by_it(page, qtbot):
    header = page.view.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(Column.RELATIONSHIP) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    relationships = [page.controller.model.row_at(r).relationship for r in range(6)]
    order = {r: i for i, r in enumerate(Relationship)}
    assert [order[r] for r in relationships] == sorted(order[r] for r in relationships)
    direction = header.sortIndicatorOrder()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert header.sortIndicatorOrder() != direction
    assert page.controller.model.row_at(0).relationship is Relationship.UNSORTED


def test_unsorted_view_classifies_with_number_keys_moving_down_and_undo_restores(page, gui, qtbot, sqlite_db, record):
    qtbot.keyClick(gui.window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert page.view.chips["unsorted"].isChecked()
    assert shown_names(page) == ["Ada Quill", "Ben Ostrander", "Chiara Rossi", "Dev Patel"]
    table = page.view.table
    assert table.hasFocus() and current_name(page) == "Ada Quill"

    qtbot.keyClick(table, Qt.Key.Key_1)  # client
    assert current_name(page) == "Ben Ostrander"
    qtbot.keyClick(table, Qt.Key.Key_3)  # professional
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # met in: professional network
    assert current_name(page) == "Dev Patel"

    assert stored(sqlite_db, record["ada"]).relationship is Relationship.CLIENT
    assert stored(sqlite_db, record["ben"]).relationship is Relationship.PROFESSIONAL
    assert stored(sqlite_db, record["chiara"]).met_in is MetIn.PROFESSIONAL_NETWORK
    # classified rows stay in view until the filter changes, so the user keeps their place
    assert shown_names(page)[:2] == ["Ada Quill", "Ben Ostrander"]
    assert page.controller.model.row_at(0).relationship is Relationship.CLIENT
    assert gui.window.status_labels["contacts"].text() == "6 contacts · 2 unsorted"

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(sqlite_db, record["chiara"]).met_in is MetIn.UNKNOWN
    assert gui.context.actions["edit.undo"].text().startswith("&Undo Set relationship to professional")
    gui.context.actions["edit.undo"].trigger()
    gui.context.actions["edit.undo"].trigger()
    assert stored(sqlite_db, record["ada"]).relationship is Relationship.UNSORTED
    assert stored(sqlite_db, record["ben"]).relationship is Relationship.UNSORTED
    assert page.controller.model.row_at(0).relationship is Relationship.UNSORTED
    gui.context.actions["edit.redo"].trigger()
    assert stored(sqlite_db, record["ada"]).relationship is Relationship.CLIENT


def test_bulk_classification_of_selected_rows_and_its_undo(page, qtbot, sqlite_db, record):
    table = page.view.table
    selection = table.selectionModel()
    for name in ("Ada Quill", "Ben Ostrander", "Chiara Rossi"):
        row = shown_names(page).index(name)
        selection.select(
            page.controller.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert page.view.selection_label.text() == "3 selected"
    table.setFocus()
    before = current_name(page)
    qtbot.keyClick(table, Qt.Key.Key_2)  # colleague, for all three; the cursor stays
    assert current_name(page) == before
    page.context.actions["contacts.consent.explicit"].trigger()
    dialog = open_dialog(BulkConsentDialog)  # consent in bulk asks for its date and source, as for one contact
    assert "3 contacts" in dialog.summary.text() and "3 of them already have" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled()  # no source, no record
    assert dialog.date_edit.date() == QDate.currentDate()
    qtbot.keyClicks(dialog.source_edit, "sign-up sheet")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    for key in ("ada", "ben", "chiara"):
        row = stored(sqlite_db, record[key])
        assert (row.relationship, row.consent) == (Relationship.COLLEAGUE, ConsentStatus.EXPLICIT)
    assert stored(sqlite_db, record["dev"]).relationship is Relationship.UNSORTED
    history = contact_service.show_contact(sqlite_db, str(record["ada"])).consent_history
    assert [(h.status, h.changed_on, h.source) for h in history][1:] == [
        (ConsentStatus.EXPLICIT, date.today(), "sign-up sheet")
    ]

    page.view.undo_button.click()  # the consent change
    page.view.undo_button.click()  # the relationship
    for key in ("ada", "ben", "chiara"):
        row = stored(sqlite_db, record[key])
        assert (row.relationship, row.consent) == (Relationship.UNSORTED, ConsentStatus.IMPLIED)
    history = contact_service.show_contact(sqlite_db, str(record["ada"])).consent_history
    assert [h.status for h in history] == [ConsentStatus.IMPLIED]
    assert not page.view.undo_button.isEnabled()


def test_tagging_the_selection_from_the_keyboard(page, qtbot, sqlite_db, record):
    table = page.view.table
    table.setFocus()
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_T)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TagDialog) and w.isVisible())
    qtbot.keyClicks(dialog.tag_edit, "Careers  Fair 2024")
    qtbot.keyClick(dialog.tag_edit, Qt.Key.Key_Return)
    assert all("careers fair 2024" in stored(sqlite_db, cid).tags for cid in record.values())
    assert stored(sqlite_db, record["ada"]).tags == ("alumni", "careers fair 2024")


def select_contact(page, name):
    row = shown_names(page).index(name)
    page.view.table.selectionModel().setCurrentIndex(
        page.controller.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_editor_shows_every_field_and_saves_changes(page, qtbot, sqlite_db, record):
    select_contact(page, "Ada Quill")
    editor = page.view.editor
    assert editor.heading.text() == "Ada Quill"
    assert editor.company.text() == "Acme Careers"
    assert editor.tags.text() == "alumni"
    assert not editor.save_button.isEnabled()
    editor.position.clear()
    qtbot.keyClicks(editor.position, "Head of Careers")
    editor.met_in.setCurrentIndex(editor.met_in.findData("work-role"))
    qtbot.keyClicks(editor.met_on, "2024-03-05")
    editor.tags.setText("alumni, Mentor")
    editor.tags.textEdited.emit(editor.tags.text())
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    contact = contact_service.show_contact(sqlite_db, str(record["ada"])).contact
    assert (contact.position, contact.met_in, contact.met_on, contact.tags) == (
        "Head of Careers",
        MetIn.WORK_ROLE,
        date(2024, 3, 5),
        ("alumni", "mentor"),
    )
    assert page.controller.model.row_at(shown_names(page).index("Ada Quill")).position == "Head of Careers"
    assert not editor.save_button.isEnabled()


def test_the_editor_refuses_bad_input_and_keeps_unsaved_changes_while_the_table_moves(page, qtbot, sqlite_db, record):
    select_contact(page, "Ben Ostrander")
    editor = page.view.editor
    qtbot.keyClicks(editor.met_on, "not a date")
    editor.save_button.click()
    assert editor.error_label.isVisible()
    assert "not a date" in editor.error_label.text()
    select_contact(page, "Chiara Rossi")
    assert editor.heading.text() == "Ben Ostrander"  # still on the contact with unsaved changes
    assert editor.unsaved_bar.isVisible()
    assert "Unsaved edits to Ben Ostrander" in editor.pending_label.text()
    assert "Save or discard them to see the contact selected" in editor.pending_label.text()
    model = page.controller.model
    ben_row = shown_names(page).index("Ben Ostrander")
    assert model.index(ben_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # the edited row stays marked
    assert model.index(shown_names(page).index("Chiara Rossi"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    editor.revert_button.click()
    assert not editor.unsaved_bar.isVisible()
    assert model.index(ben_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.heading.text() == "Chiara Rossi"
    assert stored(sqlite_db, record["ben"]).name == "Ben Ostrander"


def test_adding_a_consent_change_appends_to_the_history(page, qtbot, sqlite_db, record):
    select_contact(page, "Dev Patel")
    editor = page.view.editor
    assert editor.history_model.rowCount() == 1
    editor.consent_channel.setCurrentIndex(editor.consent_channel.findData("email"))
    editor.consent_status.setCurrentIndex(editor.consent_status.findData("explicit"))
    editor.consent_source.setText("asked in person")
    qtbot.keyClicks(editor.consent_note, "happy to get the newsletter")
    qtbot.mouseClick(editor.add_consent_button, Qt.MouseButton.LeftButton)
    history = contact_service.show_contact(sqlite_db, str(record["dev"])).consent_history
    assert [(h.channel, h.status, h.source, h.note) for h in history][-1] == (
        Channel.EMAIL,
        ConsentStatus.EXPLICIT,
        "asked in person",
        "happy to get the newsletter",
    )
    assert editor.history_model.rowCount() == 2
    assert "E-mail explicit" in editor.current_consent.text()


class Browser(QObject):
    """Stands in for the system browser through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_profile_hands_the_linkedin_address_to_the_browser(page, qtbot):
    browser = Browser()
    opened = browser.opened
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        select_contact(page, "Dev Patel")
        assert page.view.editor.open_profile_button.isEnabled()
        qtbot.mouseClick(page.view.editor.open_profile_button, Qt.MouseButton.LeftButton)
        select_contact(page, "Ada Quill")
        assert not page.view.editor.open_profile_button.isEnabled()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [url.toString() for url in opened] == ["https://linkedin.com/in/dev-patel-1"]


def test_hostile_names_are_shown_literally_and_delete_asks_first(gui, qtbot, sqlite_db):
    hostile = add(sqlite_db, HOSTILE_NAME, "<b>Bold</b>", company="<i>Co</i>")
    gui.context.actions["view.refresh"].trigger()
    page = gui.window.page("contacts")
    select_contact(page, f"{HOSTILE_NAME} <b>Bold</b>")
    editor = page.view.editor
    assert editor.heading.text() == f"{HOSTILE_NAME} <b>Bold</b>"
    assert editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert editor.subheading.text() == "<i>Co</i>"
    index = page.controller.model.index(0, Column.NAME)
    assert index.data() == f"{HOSTILE_NAME} <b>Bold</b>"

    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Delete)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE_NAME in box.text()
    delete_button = next(b for b in box.buttons() if b.text() == "&Delete")
    qtbot.mouseClick(delete_button, Qt.MouseButton.LeftButton)
    assert contact_service.list_contacts(sqlite_db) == []
    assert page.controller.model.rowCount() == 0
    assert page.view.table_stack.currentWidget() is page.view.empty_record
    assert hostile not in {row.id for row in table_service.load_contact_table(sqlite_db)}


def test_cancelling_delete_keeps_the_contact(page, qtbot, sqlite_db, record):
    select_contact(page, "Eve Stone")
    page.view.editor.delete_button.click()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert stored(sqlite_db, record["eve"]).name == "Eve Stone"


def test_a_new_contact_is_added_selected_and_ready_to_edit(page, gui, qtbot, sqlite_db):
    qtbot.mouseClick(page.view.chips["client"], Qt.MouseButton.LeftButton)
    gui.context.actions["contacts.new"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewContactDialog) and w.isVisible())
    dialog.first_name.setText("Zoë")  # QTest types ASCII only
    qtbot.keyClicks(dialog.last_name, "Adams")
    qtbot.keyClicks(dialog.profile_url, "linkedin.com/in/zoe-adams")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in contact_service.list_contacts(sqlite_db, search="Zoë")] == ["Zoë Adams"]
    assert current_name(page) == "Zoë Adams"  # the client filter gave way so the new contact is shown
    assert page.view.editor.heading.text() == "Zoë Adams"
    assert gui.window.status_labels["contacts"].text() == "7 contacts · 5 unsorted"
