"""The profile text page: the owner profile beside the three texts with their counts, regenerated as you type,
when the tone changes and when the policy changes; Save and Copy."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.core.blurb import LIMITS, BlurbLength
from app.core.policy.model import Conditions, Policy, Rule, default_policy
from app.core.vocabulary import AccountKind, AuditAction, Decision, Relationship, Tone
from app.services import policy as policy_service
from app.services import profile
from app.services.blurb import make_profile_text
from app.storage.audit import list_events

pytestmark = pytest.mark.gui


@pytest.fixture
def owner(sqlite_db):
    return profile.update_profile(
        sqlite_db, display_name="Morgan Reed", organisation="Northbridge University",
        service_contact="northbridge.ac.uk/careers", group_url="linkedin.com/groups/123",
    )  # fmt: skip


def open_page(gui):
    gui.window.show_page("profile-text")
    page = gui.window.page("profile-text")
    return page, page.controller


def test_the_three_texts_follow_the_form_as_you_type_with_their_counts(owner, gui, qtbot):
    page, _controller = open_page(gui)
    view = page.view
    assert view.fields["display_name"].text() == "Morgan Reed"
    assert view.tones[Tone.WARM].isChecked()
    for length, preview in view.previews.items():
        expected = make_profile_text(owner, default_policy(), length, Tone.WARM)
        assert preview.text.toPlainText() == expected.text
        assert preview.count.text() == f"{expected.characters:,} / {LIMITS[length]:,} characters"
        assert expected.characters <= LIMITS[length]
    assert not view.save_button.isEnabled()

    qtbot.keyClicks(view.fields["checks_messages"], "every Monday")
    assert "every Monday" in view.previews[BlurbLength.FULL].text.toPlainText()
    assert view.save_button.isEnabled()
    warm = view.previews[BlurbLength.FULL].text.toPlainText()
    view.tones[Tone.FORMAL].setChecked(True)
    formal = view.previews[BlurbLength.FULL].text.toPlainText()
    assert formal != warm and "formal tone" in view.heading.text()

    view.save_button.click()
    saved = profile.get_profile(gui.context.database)
    assert (saved.checks_messages, saved.tone) == ("every Monday", Tone.FORMAL)
    assert not view.save_button.isEnabled()
    with gui.context.database.session() as session:
        events = list_events(session, gui.context.database.owner_id, action=AuditAction.PROFILE_CHANGE)
    assert events[-1].details == {"fields": ["checks_messages", "tone"]}


def test_copy_and_regenerate_when_the_policy_changes(owner, gui):
    page, _controller = open_page(gui)
    full = page.view.previews[BlurbLength.FULL]
    full.copy_button.click()
    assert QGuiApplication.clipboard().text() == full.text.toPlainText()
    before = full.text.toPlainText()
    assert "clients" in before

    only_colleagues = Policy(
        "Colleagues only",
        (Rule("Colleagues", Decision.CONNECT, Conditions(relationship=(Relationship.COLLEAGUE,))),),
        default=Decision.IGNORE,
    )
    policy_service.save_policy(gui.context.database, only_colleagues)
    gui.context.events.policy_changed.emit()
    after = full.text.toPlainText()
    assert after != before and "clients" not in after
    assert "“Colleagues only”" in page.view.heading.text()


def test_the_linkedin_account_kind_is_chosen_and_saved(owner, gui):
    page, _controller = open_page(gui)
    combo = page.view.account_kind
    assert combo.currentText() == "Free"
    assert not page.view.save_button.isEnabled()
    combo.setCurrentIndex(combo.findText("Premium"))
    assert page.view.save_button.isEnabled()
    page.view.save_button.click()
    assert profile.get_profile(gui.context.database).account_kind is AccountKind.PREMIUM
    with gui.context.database.session() as session:
        events = list_events(session, gui.context.database.owner_id, action=AuditAction.PROFILE_CHANGE)
    assert events[-1].details == {"fields": ["account_kind"]}
