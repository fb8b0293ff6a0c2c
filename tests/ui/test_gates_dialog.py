"""Contacts > Before you contact…: the four gates for the current contact (or the inbox's sender), as the brief's
example says: a client met in the work role, no consent, a personal thank-you on LinkedIn -> stop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from app.core.gates import Gate, Purpose
from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts
from app.services import requests as request_service
from app.ui.controllers.gates import GatesController
from app.ui.dialogs.gates import GatesDialog

pytestmark = pytest.mark.gui


def visible_dialog(gui) -> GatesDialog:
    return next(d for d in gui.window.findChildren(GatesDialog) if d.isVisible())


def test_the_brief_example_says_stop_on_consent_channel_and_context(gui, sqlite_db, qtbot):
    client = contacts.add_contact(
        sqlite_db,
        NewContact("Ben", "Ostrander", relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE),
        consent={Channel.LINKEDIN: ConsentStatus.NOT_ASKED},
    )
    gui.context.actions["view.refresh"].trigger()
    page = gui.window.page("contacts")
    assert page.controller.current_id() == client.id
    page.view.table.setFocus()
    qtbot.keyClick(gui.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(gui)
    assert dialog.windowTitle() == "Before you contact Ben Ostrander"
    dialog.choose(Channel.LINKEDIN, Purpose.PERSONAL)

    outcomes = {gate: label.text() for gate, label in dialog.gate_outcomes.items()}
    assert outcomes == {Gate.CONSENT: "stop", Gate.CHANNEL: "stop", Gate.CONTEXT: "stop", Gate.CAUSE: "caution"}
    assert dialog.verdict.text() == "Verdict: stop"
    assert dialog.gate_sentences[Gate.CHANNEL].text() == "LinkedIn is for professional matters, not personal ones."
    assert dialog.gate_sentences[Gate.CONSENT].text().startswith("Ben Ostrander has not agreed to be contacted")
    for label in (*dialog.gate_sentences.values(), dialog.verdict):
        assert label.textFormat() == Qt.TextFormat.PlainText

    # another channel and purpose answer at once
    dialog.choose(Channel.EMAIL, Purpose.WORK_FOLLOW_UP)
    assert dialog.gate_outcomes[Gate.CHANNEL].text() == "pass"
    assert dialog.result is not None and dialog.result.purpose is Purpose.WORK_FOLLOW_UP


def test_from_the_inbox_the_check_is_about_the_sender(gui, sqlite_db):
    request_service.add_request(sqlite_db, "Sam <b>Stranger</b>", sent_at=datetime(2026, 11, 2, tzinfo=UTC))
    gui.window.show_page("inbox")
    page = gui.window.page("inbox")
    page.controller.load()
    page.view.detail.check_button.click()
    dialog = visible_dialog(gui)
    assert dialog.windowTitle() == "Before you contact Sam <b>Stranger</b>"
    # the inbox suggests replying to this stranger, and the check opens on that reply: the two agree
    assert page.controller.current_result().suggestion.decision.value == "reply"
    assert dialog.purpose.currentText() == "Replying to their invitation"
    assert dialog.channel.currentText() == "LinkedIn"
    assert dialog.verdict.text() == "Verdict: go"
    assert dialog.gate_sentences[Gate.CONSENT].text() == (
        "Sam <b>Stranger</b> invited you on LinkedIn: a reply there answers them."
    )
    dialog.choose(Channel.LINKEDIN, Purpose.NETWORKING)
    assert dialog.gate_outcomes[Gate.CONSENT].text() == "stop"  # a stranger has not agreed to anything
    assert dialog.verdict.text() == "Verdict: stop"


def test_the_gates_dialog_names_its_controls(gui, sqlite_db):
    from tests.ui.accessibility import unnamed_controls

    contact = contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))
    dialog = gui.window.findChild(GatesController).open_check(contact.id, contact.name)
    assert unnamed_controls(dialog) == []
