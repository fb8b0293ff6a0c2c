"""Nothing changes without the user meaning it, and people are easy to find: the contact editor and the search as
a person meets them (issue 15, items 1, 2, 5 and 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, Relationship
from app.services import contact_table as table_service
from app.services import contacts as contact_service
from app.ui.controllers.contact_editor import PUT_AWAY_PAUSE_MS
from app.ui.dialogs.inputs import NewContactDialog

pytestmark = pytest.mark.gui


def add(db, first, last="Person", **fields):
    consent = fields.pop("consent", {Channel.LINKEDIN: ConsentStatus.IMPLIED})
    return contact_service.add_contact(db, NewContact(first, last, **fields), consent=consent).id


@pytest.fixture
def record(sqlite_db):
    return {
        "bjorn": add(sqlite_db, "Björn", "Ångström", company="Malmö Careers"),
        "ada": add(sqlite_db, "Ada", "Quill", company="Acme Careers", profile_url="linkedin.com/in/ada-quill"),
        "ada2": add(sqlite_db, "Ada", "Quill", company="Beta Ltd", profile_url="linkedin.com/in/ada-quill-2"),
        "ben": add(sqlite_db, "Ben", "Ostrander"),
    }


@pytest.fixture
def page(gui, record):
    gui.context.actions["view.refresh"].trigger()
    gui.window.show_page("contacts")
    return gui.window.page("contacts")


def names(page) -> list[str]:
    model = page.controller.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def select_id(page, contact_id):
    row = page.controller.model.row_of_id(contact_id)
    page.view.table.selectionModel().setCurrentIndex(
        page.controller.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def wheel(widget, steps: int = -1) -> bool:
    """Turn the mouse wheel over ``widget``; True when the widget took the event."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_an_unfocused_combo_scrolls_the_form_and_changes_nothing(page, qtbot, record):
    select_id(page, record["ben"])
    editor = page.view.editor
    page.view.table.setFocus()
    before = (editor.met_in.currentIndex(), editor.relationship.currentIndex(), editor.consent_channel.currentIndex())
    for combo in (editor.met_in, editor.relationship, editor.consent_channel, editor.consent_status):
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus either
        wheel(combo, -1)
        wheel(combo, 1)
    before_date = editor.consent_date.date()
    wheel(editor.consent_date, 1)
    assert editor.consent_date.date() == before_date
    after = (editor.met_in.currentIndex(), editor.relationship.currentIndex(), editor.consent_channel.currentIndex())
    assert after == before
    assert not editor.unsaved_bar.isVisible() and not page.controller.editor.dirty

    editor.met_in.setFocus()  # a field the user chose with Tab or a click still turns with the wheel
    qtbot.waitUntil(editor.met_in.hasFocus)
    wheel(editor.met_in, 1)  # up: "unknown" is the last choice
    assert editor.met_in.currentIndex() == before[0] - 1
    assert page.controller.editor.dirty and editor.unsaved_bar.isVisible()
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)  # Discard: the window closes unasked
    assert not page.controller.editor.dirty


def test_the_editor_says_who_and_tells_same_names_apart(page, record):
    editor = page.view.editor
    select_id(page, record["ada"])
    first = (editor.heading.text(), editor.subheading.text(), editor.profile_line.text())
    select_id(page, record["ada2"])
    second = (editor.heading.text(), editor.subheading.text(), editor.profile_line.text())
    assert first[0] == second[0] == "Ada Quill"
    assert first == ("Ada Quill", "Acme Careers", "linkedin.com/in/ada-quill")
    assert second[1:] == ("Beta Ltd", "linkedin.com/in/ada-quill-2")
    assert editor.profile_line.textFormat() == Qt.TextFormat.PlainText


def test_unsaved_bar_saves_from_anywhere_and_the_editor_clears_when_nothing_is_selected(page, qtbot, sqlite_db, record):
    editor = page.view.editor
    select_id(page, record["ada"])
    editor.scroll.verticalScrollBar().setValue(editor.scroll.verticalScrollBar().maximum())
    qtbot.keyClicks(editor.position, "Head of Careers")
    assert editor.unsaved_bar.isVisible()  # above the scrolled form, not inside it
    assert editor.pending_label.text() == "Unsaved edits to Ada Quill (Acme Careers)."
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert contact_service.show_contact(sqlite_db, str(record["ada"])).contact.position == "Head of Careers"
    assert not editor.unsaved_bar.isVisible()

    qtbot.keyClicks(page.view.search_edit, "ostrander")  # Ada is no longer shown: the editor puts her away
    assert names(page) == ["Ben Ostrander"]
    assert page.view.selection_label.text() == "No selection"
    qtbot.waitUntil(lambda: editor.stack.currentWidget() is editor.placeholder)  # once the typing pauses
    page.view.search_edit.clear()  # the search gone, Ada is back where she was, selected and in the editor
    assert page.controller.current_id() == record["ada"]
    assert page.view.selection_label.text() == "1 selected"
    assert editor.stack.currentWidget() is editor.details and editor.heading.text() == "Ada Quill"


def test_a_contact_hidden_by_one_keystroke_and_shown_by_the_next_stays_in_the_form(page, qtbot, record):
    editor = page.view.editor
    select_id(page, record["ada"])
    pages: list[int] = []
    editor.stack.currentChanged.connect(pages.append)
    qtbot.keyClicks(page.view.search_edit, "os")  # Ada hidden ("os" is Ben Ostrander's)
    assert names(page) == ["Ben Ostrander"] and page.view.selection_label.text() == "No selection"
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Backspace)  # Ada back before the typing paused
    assert page.controller.current_id() == record["ada"]
    qtbot.wait(2 * PUT_AWAY_PAUSE_MS)
    assert editor.stack.currentWidget() is editor.details and editor.heading.text() == "Ada Quill"
    assert not pages  # the "nothing selected" page was never shown on the way: the form was not laid out again


def test_search_folds_accents_and_case_and_no_match_offers_a_way_back(page, qtbot, record):
    qtbot.keyClicks(page.view.search_edit, "bjorn angstrom")
    assert names(page) == ["Björn Ångström"]
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "MALMO")
    assert names(page) == ["Björn Ångström"]
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "zebra")
    assert page.view.table_stack.currentWidget() is page.view.no_match
    assert page.view.no_match_label.text() == "No contacts match “zebra”."
    qtbot.mouseClick(page.view.clear_search_button, Qt.MouseButton.LeftButton)
    assert page.view.search_edit.text() == "" and len(names(page)) == 4
    assert page.view.table_stack.currentWidget() is page.view.table


def test_search_scrolls_to_the_first_match(gui, qtbot, sqlite_db):
    for number in range(300):
        add(sqlite_db, f"Person {number:03}", "Smith" if number < 250 else "Zeta")
    gui.context.actions["view.refresh"].trigger()
    gui.window.show_page("contacts")
    page = gui.window.page("contacts")
    table = page.view.table
    table.scrollToBottom()
    assert table.verticalScrollBar().value() > 0
    qtbot.keyClicks(page.view.search_edit, "smith")
    assert table.verticalScrollBar().value() == 0
    assert table.rowAt(0) == 0


def test_escape_clears_the_search_and_ctrl_u_there_shows_unsorted(page, qtbot, sqlite_db, record):
    table_service.classify_contacts(
        sqlite_db, [record["ben"]], table_service.Classification(relationship=Relationship.CLIENT)
    )
    page.context.actions["view.refresh"].trigger()
    search = page.view.search_edit
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "ada")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and len(names(page)) == 4
    qtbot.keyClicks(search, "ben")
    qtbot.keyClick(search, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert page.view.chips["unsorted"].isChecked()
    assert "Ben Ostrander" not in names(page) and len(names(page)) == 3


def test_home_and_end_go_to_the_first_and_last_contact(page, qtbot):
    table = page.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == page.controller.model.rowCount() - 1
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0


def test_the_relationship_column_comes_right_after_the_name(page):
    header = page.view.table.horizontalHeader()
    from app.ui.models.contact_index import Column

    assert header.visualIndex(Column.RELATIONSHIP) == 1
    assert header.visualIndex(Column.MET_IN) == 2


def test_bulk_change_above_fifty_asks_first_and_says_how_many_are_classified(gui, qtbot, sqlite_db):
    ids = [add(sqlite_db, f"Person {number:02}") for number in range(60)]
    table_service.classify_contacts(sqlite_db, ids[:7], table_service.Classification(relationship=Relationship.CLIENT))
    gui.context.actions["view.refresh"].trigger()
    gui.window.show_page("contacts")
    page = gui.window.page("contacts")
    page.view.table.setFocus()
    page.view.table.selectAll()
    question = "Set relationship to colleague for 60 contacts?"

    def asked() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.text() == question
        ]

    qtbot.keyClick(page.view.table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(asked()) == 1)
    [box] = asked()
    assert "7 of them are already classified" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel is the default and changes nothing
    qtbot.waitUntil(lambda: not asked())
    assert all(r.relationship is not Relationship.COLLEAGUE for r in table_service.load_contact_table(sqlite_db))

    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(asked()) == 1)
    [box] = asked()
    go = next(b for b in box.buttons() if b.text() == "&Change 60")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    rows = table_service.load_contact_table(sqlite_db)
    assert [r.relationship for r in rows] == [Relationship.COLLEAGUE] * 60
    assert QApplication.overrideCursor() is None  # the busy cursor went with the job


def test_the_consent_form_starts_afresh_for_each_contact_at_not_asked(page, qtbot, sqlite_db, record):
    editor = page.view.editor
    select_id(page, record["ada"])
    assert editor.consent_status.currentData() == ConsentStatus.NOT_ASKED.value
    assert editor.consent_channel.currentData() == Channel.LINKEDIN.value
    editor.consent_channel.setCurrentIndex(editor.consent_channel.findData("email"))
    editor.consent_status.setCurrentIndex(editor.consent_status.findData("explicit"))
    qtbot.keyClicks(editor.consent_source, "asked in person")
    qtbot.keyClicks(editor.consent_note, "for Ada only")
    select_id(page, record["ben"])
    assert editor.consent_status.currentData() == ConsentStatus.NOT_ASKED.value
    assert editor.consent_channel.currentData() == Channel.LINKEDIN.value
    assert (editor.consent_source.text(), editor.consent_note.text()) == ("", "")
    editor.consent_status.setCurrentIndex(editor.consent_status.findData("explicit"))
    qtbot.mouseClick(editor.add_consent_button, Qt.MouseButton.LeftButton)  # no source: refused, said why
    assert "Source" in editor.error_label.text()
    history = contact_service.show_contact(sqlite_db, str(record["ben"])).consent_history
    assert [h.status for h in history] == [ConsentStatus.IMPLIED]


def test_new_contact_warns_of_a_likely_duplicate(page, gui, qtbot, sqlite_db, record):
    gui.context.actions["contacts.new"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewContactDialog) and w.isVisible())
    qtbot.keyClicks(dialog.first_name, "Bjorn")
    qtbot.keyClicks(dialog.last_name, "Angstrom")
    assert dialog.duplicate_label.isVisible()
    assert "Björn Ångström (Malmö Careers)" in dialog.duplicate_label.text()
    assert dialog.ok_button.text() == "&Add anyway"
    dialog.last_name.clear()
    qtbot.keyClicks(dialog.last_name, "Nobody-Else")
    assert not dialog.duplicate_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Bjorn Nobody-Else" in {c.name for c in contact_service.list_contacts(sqlite_db)}


def test_undo_belongs_to_the_page_shown(page, gui, qtbot, sqlite_db, record):
    select_id(page, record["ben"])
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_1)  # Ben becomes a client, on the Contacts page
    assert table_service.load_contact_rows(sqlite_db, [record["ben"]])[0].relationship is Relationship.CLIENT
    undo = gui.context.actions["edit.undo"]
    assert undo.isEnabled()
    gui.window.show_page("handover")
    assert not undo.isEnabled()  # nothing to undo on the Handover page
    undo.trigger()
    qtbot.keyClick(gui.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_service.load_contact_rows(sqlite_db, [record["ben"]])[0].relationship is Relationship.CLIENT
    gui.window.show_page("contacts")
    assert undo.isEnabled()
    undo.trigger()
    assert table_service.load_contact_rows(sqlite_db, [record["ben"]])[0].relationship is Relationship.UNSORTED


def test_after_cancel_in_unsaved_edits_the_navigation_highlights_the_page_shown(page, gui, qtbot, record):
    select_id(page, record["ben"])
    qtbot.keyClicks(page.view.editor.position, "Recruiter")
    navigation = gui.window.navigation
    policy_row = list(gui.window.pages).index("policy")
    item = navigation.item(policy_row)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center())
    qtbot.waitUntil(lambda: gui.window_controller.unsaved_question is not None)
    box = gui.window_controller.unsaved_question
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    contacts_row = list(gui.window.pages).index("contacts")
    assert gui.window.current_page() is page
    assert navigation.currentRow() == contacts_row
    assert [navigation.row(i) for i in navigation.selectedItems()] == [contacts_row]
    assert page.controller.editor.dirty
    page.view.editor.revert_button.click()


def test_a_mistaken_consent_entry_is_corrected_and_both_stay_in_the_history(page, qtbot, sqlite_db, record):
    editor = page.view.editor
    select_id(page, record["ben"])
    editor.consent_status.setCurrentIndex(editor.consent_status.findData("explicit"))
    qtbot.keyClicks(editor.consent_source, "careers fair sheet")
    qtbot.mouseClick(editor.add_consent_button, Qt.MouseButton.LeftButton)
    assert "LinkedIn explicit" in editor.current_consent.text()
    assert not editor.correct_button.isEnabled()  # nothing selected in the history yet
    editor.history_table.selectRow(0)  # newest first: the mistaken entry
    assert editor.correct_button.isEnabled()
    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    assert editor.correcting_label.isVisible() and "explicit" in editor.correcting_label.text()
    assert editor.consent_source.text() == "careers fair sheet"  # the entry's values, to change what was wrong
    editor.consent_status.setCurrentIndex(editor.consent_status.findData("refused"))
    qtbot.mouseClick(editor.add_consent_button, Qt.MouseButton.LeftButton)

    history = contact_service.show_contact(sqlite_db, str(record["ben"])).consent_history
    assert [(h.status, h.counts) for h in history] == [
        (ConsentStatus.IMPLIED, True),
        (ConsentStatus.EXPLICIT, False),
        (ConsentStatus.REFUSED, True),
    ]
    assert "LinkedIn refused" in editor.current_consent.text()
    statuses = [editor.history_model.index(r, 2).data() for r in range(editor.history_model.rowCount())]
    assert "Explicit (mistaken, corrected)" in statuses and "Refused (correction)" in statuses
    assert not editor.correcting_label.isVisible()


def test_open_profile_says_when_no_browser_could_be_started(page, qtbot, record):
    from app.ui.dialogs.messages import ErrorDialog

    # This test machine has no browser: the offscreen platform opens no URL, as on a desktop with none set up.
    select_id(page, record["ada"])
    qtbot.mouseClick(page.view.editor.open_profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.window().findChildren(ErrorDialog)))
    [dialog] = [d for d in page.window().findChildren(ErrorDialog) if d.isVisible()]
    assert dialog.windowTitle() == "No browser could be started"
    assert QApplication.clipboard().text() == "https://linkedin.com/in/ada-quill"
    dialog.close()


def test_delete_explains_how_it_differs_from_erase(page, qtbot, record):
    select_id(page, record["ben"])
    page.view.editor.delete_button.click()
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.text() == "Delete Ben Ostrander from your record?"
    )
    assert "Erase this person" in box.informativeText() and "brings them back" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)


def test_handover_lists_tell_contacts_of_the_same_name_apart(qtmodeltester):
    from datetime import UTC, datetime

    from app.core.handover import HandoverEntry, HandoverStatus
    from app.ui.models.handovers import HandoverEntriesModel

    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    model = HandoverEntriesModel()
    model.set_rows(
        [
            HandoverEntry(1, "Ada Quill", HandoverStatus.PENDING, now, "client", "Acme Careers", "linkedin.com/in/a"),
            HandoverEntry(2, "Ada Quill", HandoverStatus.PENDING, now, "client", "", "linkedin.com/in/ada-2"),
            HandoverEntry(3, "Ben Ostrander", HandoverStatus.PENDING, now, "colleague", "Acme Careers"),
        ]
    )
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Ada Quill (Acme Careers)",
        "Ada Quill (linkedin.com/in/ada-2)",
        "Ben Ostrander",  # only names that repeat get more
    ]
    qtmodeltester.check(model)
