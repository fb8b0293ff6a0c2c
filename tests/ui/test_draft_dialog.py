"""Contacts > Check a draft… (Ctrl+D): the light as you type, the words in the light's colour on the plain
document, the reason beside each, Copy; and the same check under the Inbox's reply and the profile text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor

from app.core.drafts import DraftCategory, Light
from app.core.records import NewContact
from app.core.vocabulary import Relationship
from app.services import contacts, profile
from app.services import requests as request_service
from app.ui.dialogs.drafts import DraftDialog
from app.ui.tasks import ThreadedTaskRunner
from app.ui.views.draft_check import LIGHT_GROUND

pytestmark = pytest.mark.gui


def visible_dialog(gui) -> DraftDialog:
    return next(d for d in gui.window.findChildren(DraftDialog) if d.isVisible())


def background_at(editor, position: int):
    """The highlight's ground colour of the character at ``position`` (formats drawn by the highlighter)."""
    block = editor.document().findBlock(position)
    offset = position - block.position()
    for layout_format in block.layout().formats():
        if layout_format.start <= offset < layout_format.start + layout_format.length:
            return layout_format.format.background().color()
    return None


def test_ctrl_d_is_taken_by_nothing_else(gui):
    bound = [
        action.text()
        for action in gui.window.findChildren(type(gui.context.actions["drafts.check"]))
        if action.shortcut() == QKeySequence("Ctrl+D")
    ]
    assert bound == [gui.context.actions["drafts.check"].text()]


def test_a_pasted_draft_naming_a_client_turns_red_as_they_type(gui, sqlite_db, qtbot):
    hope = contacts.add_contact(
        sqlite_db, NewContact("Hope", "Ostrander", company="Acme Engineering", relationship=Relationship.CLIENT)
    )
    qtbot.keyClick(gui.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(gui)
    assert dialog.check_view.light.text() == "Green: nothing off limits found."

    dialog.editor.setPlainText("😀 I hope you are well.\nCongratulations <b>Hope Ostrander</b>!")
    qtbot.waitUntil(lambda: dialog.controller.result is not None and dialog.controller.result.light is Light.RED)
    view = dialog.check_view
    assert view.light.text() == "Red: off limits as it stands. When in doubt, leave it out."
    assert view.light.textFormat() == Qt.TextFormat.PlainText
    (finding,) = dialog.controller.result.findings
    assert (finding.category, finding.contact_id) == (DraftCategory.CLIENT, hope.id)
    item = view.findings.item(0).text()
    assert item.startswith("Red · “Hope Ostrander”: names Hope Ostrander (contact 1)")

    # The words are coloured on the document itself (after an emoji: Qt counts two units), the rest is not.
    text = dialog.editor.toPlainText()
    start = dialog.editor.document().find("Hope Ostrander").selectionStart()
    assert background_at(dialog.editor, start) == LIGHT_GROUND[Light.RED]
    assert background_at(dialog.editor, start + len("Hope Ostrander") - 1) == LIGHT_GROUND[Light.RED]
    assert background_at(dialog.editor, text.index("hope") + 1) is None  # "I hope": the word, not the name
    assert "<b>" in dialog.editor.toPlainText()  # plain text: the tag is shown, never rendered

    # typing on: the light follows, without a click
    cursor = dialog.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("Sorry for the long queue at the fair.")
    qtbot.waitUntil(lambda: dialog.controller.result.light is Light.YELLOW)
    assert view.findings.item(0).text().startswith("Yellow · “Sorry”")

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Sorry for the long queue at the fair."
    dialog.reject()


def test_the_first_check_builds_the_matcher_on_the_task_runner(make_gui, sqlite_db, qtbot):
    contacts.add_contact(sqlite_db, NewContact("Zoë", "Lindqvist", relationship=Relationship.CLIENT))
    gui = make_gui(runner=ThreadedTaskRunner())
    gui.context.actions["drafts.check"].trigger()
    dialog = visible_dialog(gui)
    dialog.editor.setPlainText("Well done zoe lindqvist")
    qtbot.waitUntil(lambda: dialog.controller.result is not None and dialog.controller.result.light is Light.RED)
    # a client added meanwhile counts at the next keystroke (the matcher is rebuilt in the background)
    contacts.add_contact(sqlite_db, NewContact("Ada", "Quill", relationship=Relationship.CLIENT))
    dialog.editor.setPlainText("Well done Ada Quill")
    qtbot.waitUntil(lambda: [f.text for f in dialog.controller.result.findings] == ["Ada Quill"])
    dialog.reject()


def test_the_inbox_reply_box_gets_the_same_check_on_its_own_text(gui, sqlite_db, qtbot):
    contacts.add_contact(sqlite_db, NewContact("José", "Müller", relationship=Relationship.CLIENT))
    request_service.add_request(sqlite_db, "Sam Stranger", sent_at=datetime(2026, 11, 2, tzinfo=UTC))
    gui.window.show_page("inbox")
    page = gui.window.page("inbox")
    page.controller.load()
    detail = page.view.detail
    qtbot.waitUntil(lambda: page.controller.request_detail.reply_check.result is not None)
    assert page.controller.request_detail.reply_check.result.light is Light.GREEN
    detail.reply.setPlainText("Hi Sam, my client jose muller mentioned you.")
    qtbot.waitUntil(lambda: page.controller.request_detail.reply_check.result.light is Light.RED)
    assert {f.category for f in page.controller.request_detail.reply_check.result.findings} == {
        DraftCategory.CLIENT,
        DraftCategory.CLIENT_RELATIONSHIP,
    }
    assert detail.reply_check.light.text().startswith("Red:")


def test_the_profile_text_is_checked_too(gui, sqlite_db, qtbot):
    contacts.add_contact(sqlite_db, NewContact("Grace", "Haddad", relationship=Relationship.CLIENT))
    profile.update_profile(sqlite_db, display_name="Morgan Reed", organisation="Northbridge University")
    gui.window.show_page("profile-text")
    page = gui.window.page("profile-text")
    check = page.controller.text_check
    qtbot.waitUntil(lambda: check.result is not None and check.result.light is Light.GREEN)
    qtbot.keyClicks(page.view.fields["checks_messages"], " (ask Grace Haddad)")
    qtbot.waitUntil(lambda: check.result.light is Light.RED)
    assert check.result.findings[0].text == "Grace Haddad"
    assert page.view.full_check.light.text().startswith("Red:")


def test_every_control_of_the_dialog_has_an_accessible_name_and_the_dialog_goes_when_closed(gui, qtbot):
    from tests.ui.accessibility import unnamed_controls

    dialog = gui.context.actions["drafts.check"].trigger() or visible_dialog(gui)
    assert unnamed_controls(dialog) == []
    dialog.editor.setPlainText("hello")
    dialog.reject()
    qtbot.waitUntil(lambda: not gui.window.findChildren(DraftDialog))  # WA_DeleteOnClose: nothing left behind
