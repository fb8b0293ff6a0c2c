"""Unsaved edits are never lost silently: closing the window, or leaving the page, with edits to the policy, the
profile or a contact asks Save / Discard / Cancel first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from app.core.policy.model import default_policy
from app.core.records import NewContact
from app.services import contacts as contact_service
from app.services import policy as policy_service
from app.services import profile as profile_service
from app.ui.dialogs.messages import ErrorDialog
from app.ui.tasks import ThreadedTaskRunner

pytestmark = pytest.mark.gui

Answer = QMessageBox.StandardButton


def edit_first_rule_name(gui, qtbot, text: str = " (edited)"):
    gui.window.show_page("policy")
    page = gui.window.page("policy")
    page.controller.select_rule(0)
    qtbot.keyClicks(page.view.rule_form.name, text)
    assert page.controller.dirty
    return page


def question(gui, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: gui.window_controller.unsaved_question is not None)
    box = gui.window_controller.unsaved_question
    qtbot.waitUntil(box.isVisible)
    return box


def answer(box: QMessageBox, qtbot, button: QMessageBox.StandardButton) -> None:
    assert box.button(button).accessibleName()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_closing_with_an_unsaved_policy_edit_asks_and_cancel_keeps_the_window_and_the_edit(gui, qtbot, sqlite_db):
    page = edit_first_rule_name(gui, qtbot)
    edited = page.controller.policy
    gui.window.close()
    box = question(gui, qtbot)
    assert box.text() == "Save your edits to the policy before you quit?"
    assert box.defaultButton() is box.button(Answer.Save)
    assert gui.window.isVisible()

    answer(box, qtbot, Answer.Cancel)
    assert gui.window.isVisible()
    assert page.controller.dirty and page.controller.policy == edited
    assert page.view.rule_form.name.text().endswith(" (edited)")

    gui.window.close()
    answer(question(gui, qtbot), qtbot, Answer.Discard)
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert policy_service.get_policy(sqlite_db) == default_policy()  # nothing was saved


def test_save_on_close_saves_the_policy_in_the_background_then_closes(make_gui, qtbot, sqlite_db):
    gui = make_gui(runner=ThreadedTaskRunner())
    qtbot.waitUntil(lambda: not gui.context.runner.busy)
    gui.window.show_page("policy")
    page = gui.window.page("policy")
    qtbot.waitUntil(lambda: page.controller.policy is not None and not gui.context.runner.busy)
    edit_first_rule_name(gui, qtbot)
    gui.window.close()
    answer(question(gui, qtbot), qtbot, Answer.Save)
    qtbot.waitUntil(lambda: not gui.window.isVisible(), timeout=10_000)
    assert policy_service.get_policy(sqlite_db).rules[0].name.endswith(" (edited)")
    assert not [box for box in gui.window.findChildren(QMessageBox) if box.isVisible()]  # not "still busy"


def test_a_policy_that_cannot_be_saved_keeps_the_window_open(gui, qtbot):
    page = edit_first_rule_name(gui, qtbot)
    page.view.rule_form.name.clear()
    page.view.rule_form.name.textEdited.emit("")  # a rule without a name
    gui.window.close()
    answer(question(gui, qtbot), qtbot, Answer.Save)
    error = next(d for d in gui.window.findChildren(ErrorDialog) if d.isVisible())
    assert "needs a name" in error.message_label.text()
    assert gui.window.isVisible() and page.controller.dirty
    assert gui.window_controller.unsaved_question is None  # answered; nothing is waiting to close the window
    error.close()


def test_leaving_the_policy_page_with_unsaved_edits_asks_and_cancel_stays(gui, qtbot, sqlite_db):
    page = edit_first_rule_name(gui, qtbot)
    gui.window.show_page("inbox")
    box = question(gui, qtbot)
    assert box.text() == "Save your edits to the policy before you leave the Policy page?"
    assert gui.window.current_page() is page  # shown while the user decides
    assert gui.window.navigation.currentRow() == list(gui.window.pages).index("policy")

    answer(box, qtbot, Answer.Cancel)
    assert gui.window.current_page() is page and page.controller.dirty

    gui.context.actions["view.page.inbox"].trigger()
    answer(question(gui, qtbot), qtbot, Answer.Discard)
    assert gui.window.current_page().key == "inbox"
    assert not page.controller.dirty and page.controller.policy == default_policy()
    assert policy_service.get_policy(sqlite_db) == default_policy()


def test_leaving_the_policy_page_and_saving_goes_on_to_the_page_asked_for(gui, qtbot, sqlite_db):
    edit_first_rule_name(gui, qtbot)
    gui.window.show_page("handover")
    answer(question(gui, qtbot), qtbot, Answer.Save)
    qtbot.waitUntil(lambda: gui.window.current_page().key == "handover")
    assert policy_service.get_policy(sqlite_db).rules[0].name.endswith(" (edited)")


def test_closing_with_an_unsaved_profile_asks_and_save_saves_it(gui, qtbot, sqlite_db):
    gui.window.show_page("profile-text")
    view = gui.window.page("profile-text").view
    qtbot.keyClicks(view.fields["checks_messages"], "every Monday")
    gui.window.close()
    box = question(gui, qtbot)
    assert box.text() == "Save your edits to your profile before you quit?"
    answer(box, qtbot, Answer.Save)
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert profile_service.get_profile(sqlite_db).checks_messages == "every Monday"


def test_leaving_the_contacts_page_with_an_unsaved_contact_asks(gui, qtbot, sqlite_db):
    contact_id = contact_service.add_contact(sqlite_db, NewContact("Ada", "Quill")).id
    gui.context.actions["view.refresh"].trigger()
    gui.window.show_page("contacts")
    page = gui.window.page("contacts")
    page.view.table.selectionModel().setCurrentIndex(
        page.controller.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor = page.view.editor
    qtbot.keyClicks(editor.company, "Acme Careers")
    gui.window.show_page("inbox")
    box = question(gui, qtbot)
    assert box.text() == "Save your edits to Ada Quill before you leave the Contacts page?"
    assert gui.window.current_page() is page
    answer(box, qtbot, Answer.Save)
    qtbot.waitUntil(lambda: gui.window.current_page().key == "inbox")
    assert contact_service.show_contact(sqlite_db, str(contact_id)).contact.company == "Acme Careers"


def test_edits_on_two_pages_are_asked_about_together(gui, qtbot, sqlite_db, tmp_path):
    gui.window.show_page("policy")
    policy = gui.window.page("policy").controller
    gui.window.show_page("profile-text")
    qtbot.keyClicks(gui.window.page("profile-text").view.fields["checks_messages"], "every Monday")
    edited = tmp_path / "edited.toml"
    assert policy.export_to(edited)
    edited.write_text(edited.read_text(encoding="utf-8").replace('then = "report"', 'then = "ignore"', 1), "utf-8")
    assert policy.import_from(edited)  # Policy > Import policy... works from any page
    gui.window.close()
    box = question(gui, qtbot)
    assert box.text() == "Save your edits to the policy and your profile before you quit?"
    answer(box, qtbot, Answer.Discard)
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert policy_service.get_policy(sqlite_db) == default_policy()
    assert profile_service.get_profile(sqlite_db).checks_messages == ""
