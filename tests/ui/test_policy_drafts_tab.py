"""The policy editor's Drafts tab: the [drafts] section edited, checked, saved, and shown from an import."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from app.core.drafts import Light
from app.core.policy.model import DraftsSection
from app.services import policy as policy_service
from app.services import profile
from app.services.drafts import check_text

pytestmark = pytest.mark.gui


def open_editor(gui):
    gui.window.show_page("policy")
    page = gui.window.page("policy")
    return page, page.controller


def type_into(edit, text: str) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insertPlainText(text)


def test_the_drafts_tab_edits_checks_and_saves_the_section(gui, sqlite_db, qtbot):
    profile.update_profile(sqlite_db, organisation="Northbridge University")
    page, controller = open_editor(gui)
    view = page.view.drafts
    assert view.employer.placeholderText() == "Northbridge University (your profile's organisation)"
    type_into(view.lists["partners"], "Globex\n\n  Initech  \n")
    type_into(view.lists["website"], "our website")
    assert controller.policy.drafts.partners == ("Globex", "Initech")
    assert '[drafts] website: "our website" is not a web address' in page.view.problems.text()
    assert not page.view.save_button.isEnabled()

    view.lists["website"].setPlainText("northbridge.ac.uk")
    qtbot.keyClicks(view.employer, "Northbridge  Careers")
    assert page.view.save_button.isEnabled()
    page.view.save_button.click()
    saved = policy_service.get_policy(sqlite_db).drafts
    assert saved == DraftsSection(
        employer="Northbridge Careers", website=("northbridge.ac.uk",), partners=("Globex", "Initech")
    )
    assert check_text(sqlite_db, "Lunch with Initech today").light is Light.RED
    assert check_text(sqlite_db, "Northbridge Careers is the best").light is Light.YELLOW


def test_an_imported_section_shows_in_the_tab(gui, sqlite_db, tmp_path):
    page, controller = open_editor(gui)
    path = tmp_path / "house.toml"
    path.write_text(
        '[policy]\nname = "House"\n\n[drafts]\nconfidential = ["Falcon restructure", "Merton merger"]\n',
        encoding="utf-8",
    )
    assert controller.import_from(path)
    assert page.view.drafts.lists["confidential"].toPlainText() == "Falcon restructure\nMerton merger"
    assert policy_service.get_policy(sqlite_db).drafts.is_empty()  # read into the editor, not saved yet
    page.view.save_button.click()
    assert policy_service.get_policy(sqlite_db).drafts.confidential == ("Falcon restructure", "Merton merger")
