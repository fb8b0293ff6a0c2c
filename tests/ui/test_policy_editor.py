"""The policy editor: rules in order (drag and drop, move up and down, on and off), the rule form, templates with a
live preview, "what would change" before saving (the same count `gatehouse triage` shows), problems that block
saving, TOML import and export, reset to default."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.policy.model import default_policy
from app.core.policy.policy_file import read_policy_file
from app.core.records import NewContact
from app.core.vocabulary import Decision, Relationship
from app.services import contacts, profile
from app.services import policy as policy_service
from app.services import requests as request_service
from app.ui.dialogs.messages import ErrorDialog
from app.ui.models.policy_rules import RuleColumn, RulesModel
from tests.cli.inprocess import InProcess

pytestmark = pytest.mark.gui

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def requests(sqlite_db):
    """Pending requests that the default policy decides in several ways."""
    profile.update_profile(sqlite_db, display_name="Morgan Adviser", group_url="linkedin.com/groups/42")
    for number, (name, relationship, note) in enumerate(
        [
            ("Ada Quill", Relationship.CLIENT, ""),
            ("Ben Marsh", Relationship.COLLEAGUE, "Good to see you at the panel"),
            ("Cy Okafor", Relationship.PROFESSIONAL, ""),
        ]
    ):
        contacts.add_contact(
            sqlite_db,
            NewContact(*name.split(), relationship=relationship, last_interaction=date.today() - timedelta(days=40)),
        )
        request_service.add_request(sqlite_db, name, note=note, sent_at=START + timedelta(days=number))
    for number, (name, note) in enumerate(
        [
            ("Sam Seller", "Buy 1,000 followers now"),
            ("Tim Trader", "I will endorse you if you endorse me"),
            ("Dee Nobody", ""),
            ("Eve Unknown", ""),
            ("Fay Writer", "We met at the careers fair last week"),
            ("Gus Pusher", "Please send me all your contacts in finance"),
        ],
        start=3,
    ):
        request_service.add_request(sqlite_db, name, note=note, sent_at=START + timedelta(days=number))
    return sqlite_db


@pytest.fixture
def cli(sqlite_db, capsys, monkeypatch) -> InProcess:
    """`gatehouse` on the same database file the window has open."""
    return InProcess(sqlite_db.file_path, capsys, monkeypatch)


def open_editor(gui):
    gui.window.show_page("policy")
    page = gui.window.page("policy")
    return page, page.controller


def rule_row(controller, name: str) -> int:
    return next(r for r in range(controller.model.rowCount()) if controller.model.rule_at(r).name == name)


def test_what_would_change_matches_gatehouse_triage(gui, requests, cli):
    page, controller = open_editor(gui)
    before = {row["request_id"]: row["decision"] for row in cli("triage", "--json").json()}
    assert len(before) == 9

    # Rule 1 reports sellers: make it ignore them; switch off "Stranger without a note"; a stranger's note: connect
    controller.select_rule(rule_row(controller, "Selling, trading endorsements or scams"))
    form = page.view.rule_form
    form.decision.setCurrentIndex(form.decision.findData("ignore"))
    strangers = rule_row(controller, "Stranger without a note")
    controller.model.setData(controller.model.index(strangers, RuleColumn.ON), Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    controller.select_rule(rule_row(controller, "Stranger with a note"))
    form.decision.setCurrentIndex(form.decision.findData("connect"))
    assert controller.dirty and page.view.save_button.isEnabled()
    controller.refresh_preview()
    shown = controller.comparison.changed
    assert shown > 0
    assert page.view.changes_summary.text() == (
        f"With these edits, {shown} of 9 pending requests would get another decision."
    )
    assert page.view.changes.count() == shown
    assert policy_service.get_policy(requests) == default_policy()  # nothing saved yet

    page.view.save_button.click()
    after = {row["request_id"]: row["decision"] for row in cli("triage", "--json").json()}
    assert sum(before[request_id] != after[request_id] for request_id in before) == shown
    saved = policy_service.get_policy(requests)
    assert saved == controller.policy and not controller.dirty
    assert [r.enabled for r in saved.rules if r.name == "Stranger without a note"] == [False]


def test_an_invalid_rule_cannot_be_saved(gui, requests, qtbot):
    page, controller = open_editor(gui)
    form = page.view.rule_form
    controller.select_rule(1)
    form.name.clear()
    qtbot.keyClicks(form.name, "Consent refused or withdrawn")  # the name of rule 3 as well
    assert not page.view.save_button.isEnabled()
    assert not gui.context.actions["policy.save"].isEnabled()
    assert page.view.problems.text() == 'rule 3 ("Consent refused or withdrawn"): another rule has the same name'
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S does nothing
    assert policy_service.get_policy(requests) == default_policy()
    controller.refresh_preview()
    assert page.view.changes_summary.text() == "Fix the problems below to see what would change."

    form.name.clear()
    qtbot.keyClicks(form.name, "x")
    form.name.clear()
    form.name.textEdited.emit("")
    assert "rule 2 needs a name" in page.view.problems.text()
    assert controller.save() is False  # refused even when asked directly, with the reason
    error = next(d for d in gui.window.findChildren(ErrorDialog) if d.isVisible())
    assert error.message_label.text() == "rule 2 needs a name"
    assert policy_service.get_policy(requests) == default_policy()

    qtbot.keyClicks(form.name, "Harvesting or pressure")
    page.view.tabs.setCurrentIndex(1)
    templates = page.view.templates
    templates.list.setCurrentRow(0)
    templates.text.setPlainText("Hi {firstname}, who are you?")
    assert "unknown placeholder {firstname}" in page.view.problems.text()
    assert not page.view.save_button.isEnabled()
    templates.text.setPlainText("Hi {first_name}, who are you? {owner_name}")
    assert page.view.problems.text() == ""
    qtbot.keyClick(page.view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = policy_service.get_policy(requests)
    assert saved.rules[1].name == "Harvesting or pressure"
    assert saved.template("remind-me").text == "Hi {first_name}, who are you? {owner_name}"


def test_rules_move_by_keyboard_and_drag_and_drop_and_switch_on_and_off(gui, requests, qtbot, qtmodeltester):
    page, controller = open_editor(gui)
    names = [r.name for r in default_policy().rules]
    table = page.view.table
    controller.select_rule(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in controller.policy.rules][:2] == [names[1], names[0]]
    assert controller.current_rule_row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in controller.policy.rules] == names
    assert not controller.dirty  # moved back: nothing to save

    model = controller.model
    mime = model.mimeData([model.index(len(names) - 1, RuleColumn.NAME)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))  # dropped above row 0
    assert controller.policy.rules[0].name == names[-1]
    mime = model.mimeData([model.index(0, RuleColumn.NAME)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(-1, -1))  # dropped below the last row
    assert [r.name for r in controller.policy.rules] == names

    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert controller.policy.rules[1].name == "New rule" and len(controller.policy.rules) == 9
    assert gui.window.focusWidget() is page.view.rule_form.name  # ready to name it
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(controller.policy.rules) == 8

    model.setData(model.index(2, RuleColumn.ON), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert controller.policy.rules[2].enabled is False
    assert not page.view.rule_form.enabled.isChecked() or controller.current_rule_row() != 2
    qtmodeltester.check(model)
    page.view.revert_button.click()
    assert controller.policy == default_policy()


def test_the_template_editor_previews_a_sample_request(requests, gui, qtbot):
    page, controller = open_editor(gui)
    page.view.tabs.setCurrentIndex(1)
    templates = page.view.templates
    templates.list.setCurrentRow(1)
    assert templates.template_id.text() == "service-channels"
    assert templates.used_by.text() == "Used by rule 8 (Stranger with a note)."
    assert "linkedin.com/groups/42" in templates.preview.toPlainText()  # filled from the owner profile
    assert templates.preview.toPlainText().startswith("Hi Alexandra,")
    # the profile leaves service_contact empty: the part of the template that uses it drops out, no gap to warn of
    assert "reach the service" not in templates.preview.toPlainText()
    assert "service_contact" not in templates.preview_warning.text()
    samples = [templates.sample.itemText(i) for i in range(templates.sample.count())]
    assert "Fay Writer" in samples
    templates.sample.setCurrentIndex(samples.index("Fay Writer"))
    assert templates.preview.toPlainText().startswith("Hi Fay,")

    templates.text.setPlainText("Hello ")
    templates.text.moveCursor(QTextCursor.MoveOperation.End)
    templates.placeholders.setCurrentRow(0)
    templates.insert_button.click()
    assert templates.text.toPlainText() == "Hello {first_name}"
    assert templates.preview.toPlainText() == "Hello Fay"
    assert templates.preview_count.text() == "9 / 300 characters"
    templates.text.setPlainText("x" * 301)
    assert "target for brevity" in templates.preview_warning.text()

    # renaming a template keeps its rules
    templates.template_id.setText("channels")
    templates.template_id.textEdited.emit("channels")
    assert [r.template for r in controller.policy.rules if r.name == "Stranger with a note"] == ["channels"]
    assert page.view.problems.text() == ""


def test_import_export_and_reset(gui, requests, tmp_path):
    page, controller = open_editor(gui)
    out = tmp_path / "house.toml"
    assert controller.export_to(out)
    assert read_policy_file(out) == default_policy()

    text = out.read_text(encoding="utf-8").replace('then = "report"', 'then = "ignore"', 1)
    edited = tmp_path / "edited.toml"
    edited.write_text(text, encoding="utf-8")
    assert controller.import_from(edited)
    assert controller.dirty and controller.policy.rules[0].decision is Decision.IGNORE
    controller.refresh_preview()
    assert controller.comparison.changed == 2  # the two sellers
    page.view.save_button.click()
    assert policy_service.get_policy(requests).rules[0].decision is Decision.IGNORE

    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("red_flags = [", "red_flagz = [", 1), encoding="utf-8")
    assert not controller.import_from(broken)
    error = next(d for d in gui.window.findChildren(ErrorDialog) if d.isVisible())
    assert error.message_label.text().startswith(f"{broken}, line 18: rule 1 (")
    assert "red_flagz" in error.message_label.text()
    assert not controller.dirty

    controller.reset()
    assert controller.policy == default_policy() and controller.dirty
    page.view.save_button.click()
    assert policy_service.get_policy(requests) == default_policy()


def test_rules_model_passes_the_model_tester(qtmodeltester):
    model = RulesModel()
    policy = default_policy()
    model.set_rules(policy.rules, policy.default_template)
    assert model.index(4, RuleColumn.THEN).data() == "reply (remind-me)"
    assert model.index(0, RuleColumn.WHEN).data() == "red flags: selling, endorsement-trading or scam"
    qtmodeltester.check(model)
