"""The contacts page with a large record: it fits a small laptop's screen, typing never resizes the window, and
the table's cells show each contact's text as plain text on one line."""

from __future__ import annotations

from itertools import cycle, islice

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.core.contact_rows import ContactRow
from app.core.vocabulary import ConsentStatus, MetIn, Relationship
from app.ui.views.contact_cells import ContactCells

pytestmark = pytest.mark.gui

SMALL_SCREEN = (1024, 700)


def large_record(size: int) -> list[ContactRow]:
    """``size`` contacts spread over every relationship, so that each chip shows a five- or six-figure count."""
    relationships = islice(cycle(Relationship), size)
    return [
        ContactRow(
            id=number,
            name=f"Contact {number:06d}",
            company="Harbour & Co." if number % 3 else "Meridian Bank",
            position="Careers Adviser" if number % 5 else "Lecturer",
            relationship=relationship,
            met_in=MetIn.UNKNOWN,
            consent=ConsentStatus.IMPLIED,
            connected_on=None,
            last_interaction=None,
            tags=(),
            notes="",
            profile_url=None,
        )
        for number, relationship in zip(range(1, size + 1), relationships, strict=True)
    ]


def shown_record(gui, rows: list[ContactRow]):
    page = gui.window.page("contacts")
    page.controller.model.set_rows(rows)
    page.controller.take_rows()
    return page


def test_with_100000_contacts_the_window_fits_a_1024_pixel_screen_and_typing_never_resizes_it(gui, qtbot):
    page = shown_record(gui, large_record(100_000))
    window = gui.window
    window.resize(*SMALL_SCREEN)
    qtbot.wait(10)
    assert page.view.chips["all"].text() == "All  100,000"
    assert window.minimumSizeHint().width() <= SMALL_SCREEN[0]
    hints = set()
    search = page.view.search_edit
    search.setFocus()
    for key in "contact 09":
        qtbot.keyClick(search, key)
        hints.add(window.minimumSizeHint().width())
        assert window.width() == SMALL_SCREEN[0], search.text()
    assert page.view.shown_label.text() == "Showing 10,000 of 100,000"
    for _ in range(4):
        qtbot.keyClick(search, Qt.Key.Key_Backspace)
        hints.add(window.minimumSizeHint().width())
        assert window.width() == SMALL_SCREEN[0], search.text()
    assert len(hints) == 1  # the count kept the width of its widest text: nothing beside it moved
    label = page.view.shown_label
    assert label.width() >= label.fontMetrics().horizontalAdvance("Showing 100,000 of 100,000")


def drawn(table) -> set[str]:
    """The texts the table's cells show when painted now."""
    delegate = table.itemDelegate()
    assert isinstance(delegate, ContactCells)
    delegate.forget_layouts()
    table.viewport().grab()
    return delegate.texts_drawn()


def stranger(name: str, company: str) -> ContactRow:
    return large_record(1)[0]._replace(name=name, company=company)


def test_cells_show_a_strangers_text_as_typed_on_one_line(gui, qtbot):
    hostile = stranger('<b>Ada</b> <img src="x">\nQuill', "Acme & <i>Co</i>\u2028Ltd\r")
    page = shown_record(gui, [hostile])
    table = page.view.table
    gui.window.resize(1440, 900)
    table.setColumnWidth(0, 400)
    texts = drawn(table)
    assert '<b>Ada</b> <img src="x"> Quill' in texts  # markup shown as text; the line break as a space
    assert "Acme & <i>Co</i> Ltd " in texts


def test_a_narrow_column_ends_its_text_with_an_ellipsis(gui, qtbot):
    page = shown_record(gui, [stranger("Ada Quill-Featherstonehaugh of Lower Slaughter", "Acme")])
    table = page.view.table
    gui.window.resize(1440, 900)
    table.setColumnWidth(0, 90)
    (name,) = [text for text in drawn(table) if text.startswith("Ada")]
    assert name.endswith("…") and len(name) < 20
    table.setColumnWidth(0, 600)
    assert "Ada Quill-Featherstonehaugh of Lower Slaughter" in drawn(table)


def test_the_row_with_unsaved_edits_is_painted_by_qt_in_italics(gui, qtbot):
    page = shown_record(gui, large_record(3))
    model = page.controller.model
    table = page.view.table
    table.clearSelection()
    table.setCurrentIndex(QModelIndex())
    assert "Contact 000001" in drawn(table)
    model.set_edited_id(model.id_at(0))
    texts = drawn(table)
    assert "Contact 000001" not in texts and "Contact 000002" in texts  # row 0: Qt's own delegate, with the font
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).italic()
