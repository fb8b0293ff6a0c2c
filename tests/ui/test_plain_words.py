"""Plain words: no field names, command-line flags, Python class names, template paths or raw vocabulary slugs
reach the person using the app; one label per word in the table, the editor, the menus and the status bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from app.services import requests as request_service
from app.ui.vocabulary import label, phrase
from tests.ui.population import populate

pytestmark = pytest.mark.gui

# What must never show: slugs with hyphens or underscores, flags, class paths, template files, "linkedin".
FORBIDDEN = re.compile(
    r"\b(?:work-role|professional-network|personal-life|online-only|not-asked|group_url|service_contact|"
    r"owner_name|display_name)\b|(?<![\w.])--[a-z]|keyring\.backends|\.toml\b|\bTOML\b|(?<![./\w])linkedin(?![.\w])"
)


def shown_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        texts.extend(filter(None, (text, widget.toolTip(), widget.accessibleName())))
    for action in window.findChildren(type(window.menus["&File"].menuAction())):
        texts.extend(filter(None, (action.text(), action.statusTip())))
    return texts


def test_no_slug_flag_class_name_or_template_path_is_shown(gui, sqlite_db):
    populate(sqlite_db, 40)
    request_service.add_request(sqlite_db, "Dee Nobody", note="hello")
    gui.context.actions["view.refresh"].trigger()
    for key in gui.window.pages:
        gui.window.show_page(key)
    gui.window.page("inbox").controller.load()
    offending = [text for text in shown_texts(gui.window) if FORBIDDEN.search(text)]
    assert offending == [], offending
    # the contacts table says "Work role", "Not asked", as the menus do
    model = gui.window.page("contacts").controller.model
    cells = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert not any(isinstance(cell, str) and FORBIDDEN.search(cell) for cell in cells)
    assert "Work role" in cells and label("work-role") == "Work role"
    menu_titles = [a.text() for a in gui.window.menus["&Contacts/Set &met in"].actions()]
    assert "Work role" in menu_titles


def test_one_label_per_word():
    assert label("linkedin") == "LinkedIn" and phrase("linkedin") == "LinkedIn"
    assert label("not-asked") == "Not asked" and phrase("not-asked") == "not asked"
    assert label("email") == "E-mail"
    assert phrase("professional-network") == "professional network"


def test_the_status_bar_and_undo_say_words_not_slugs(gui, sqlite_db, qtbot):
    populate(sqlite_db, 5)
    gui.context.actions["view.refresh"].trigger()
    page = gui.window.page("contacts")
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    undo = gui.context.actions["edit.undo"].text()
    assert "work role" in undo and "work-role" not in undo
