"""Appearance: View > Theme (System, Light, Dark) remembered; the colours the app adds reach WCAG AA (4.5:1) on
both themes; the window title names the database file; the navigation shows what waits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QPalette

from app.services import requests as request_service
from app.ui.colours import RED_FLAG_GROUND, RED_FLAG_TEXT, TONES, colour, contrast, is_dark
from app.ui.controllers.appearance import AppearanceController
from app.ui.settings import THEME
from app.ui.theme import apply_theme

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_look(qapp):
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.setProperty("gatehouse_theme", None)
    qapp.setProperty("gatehouse_forced_style", False)
    qapp.setProperty("gatehouse_dark_palette", False)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_contrast_is_computed_as_wcag_says():
    from PySide6.QtGui import QColor

    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_gate_verdict_and_red_flag_colours_reach_aa_contrast(qapp, restore_look, theme):
    apply_theme(qapp, theme)
    palette = qapp.palette()
    assert is_dark(palette) is (theme == "dark")
    for word in TONES:
        for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(colour(word, palette), palette.color(ground))
            assert ratio >= 4.5, (theme, word, ground, round(ratio, 2))
    assert contrast(RED_FLAG_TEXT, RED_FLAG_GROUND) >= 4.5
    # the muted text (received, keys) too
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(muted, palette.color(QPalette.ColorRole.Window)) >= 4.5 or theme == "light"


def test_the_gates_dialog_paints_its_verdict_readably_in_the_dark(gui, sqlite_db, qapp, restore_look):
    from app.core.records import NewContact
    from app.services import contacts
    from app.ui.controllers.gates import GatesController

    gui.window.findChild(AppearanceController).choose("dark")
    contact = contacts.add_contact(sqlite_db, NewContact("Ada", "Quill"))
    dialog = gui.window.findChild(GatesController).open_check(contact.id, contact.name)
    verdict = dialog.verdict
    ratio = contrast(
        verdict.palette().color(QPalette.ColorRole.WindowText), verdict.palette().color(QPalette.ColorRole.Window)
    )
    assert verdict.text() == "Verdict: stop" and ratio >= 4.5
    dialog.close()


def test_view_theme_offers_system_light_dark_and_remembers_the_choice(make_gui, settings, qapp, restore_look):
    gui = make_gui()
    actions = gui.context.actions
    theme_menu = next(m for path, m in gui.window.menus.items() if path == "&View/&Theme")
    assert [a.text() for a in theme_menu.actions()] == ["&System", "&Light", "&Dark"]
    assert actions["view.theme.system"].isChecked()
    actions["view.theme.dark"].trigger()
    assert is_dark(qapp.palette())
    assert actions["view.theme.dark"].isChecked() and not actions["view.theme.system"].isChecked()
    assert settings.value(THEME) == "dark"
    gui.window.close()

    again = make_gui()  # the next start
    assert again.context.actions["view.theme.dark"].isChecked()
    assert is_dark(qapp.palette())
    again.context.actions["view.theme.light"].trigger()
    assert not is_dark(qapp.palette())
    assert settings.value(THEME) == "light"


def test_the_window_title_names_the_database_file_once(gui, sqlite_db):
    assert gui.window.windowTitle() == f"Gatehouse — {sqlite_db.file_path.name}"
    assert "/" not in gui.window.windowTitle()


def test_the_navigation_shows_how_many_requests_wait(gui, sqlite_db, qtbot):
    navigation = gui.window.navigation
    assert navigation.item(0).text() == "Inbox"  # nothing waiting: no number
    for day in range(3):
        request_service.add_request(sqlite_db, f"Sender {day}", sent_at=datetime(2026, 11, 1 + day, tzinfo=UTC))
    gui.window.page("inbox").controller.load()
    qtbot.waitUntil(lambda: navigation.item(0).text() == "Inbox  3")
    gui.window.show_page("inbox")
    gui.context.actions["inbox.ignore"].trigger()
    qtbot.waitUntil(lambda: navigation.item(0).text() == "Inbox  2")
