"""The main window: navigation over the registered pages, honest empty states, menus, keyboard, state kept."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from shiboken6 import isValid

from app.ui.actions import ACTIONS, MENUS
from app.ui.application import apply_color_scheme, build_main_window, dark_palette, install_exception_hook, is_dark
from app.ui.dialogs.messages import ErrorDialog
from app.ui.pages import PAGE_TYPES, EmptyStatePage
from app.ui.tasks import SynchronousTaskRunner, ThreadedTaskRunner
from tests.ui.population import populate

pytestmark = pytest.mark.gui


def test_navigation_lists_the_pages_and_unbuilt_pages_say_so(gui, qtbot):
    window = gui.window
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Inbox", "Contacts", "Policy", "Profile text", "Handover"]
    assert window.current_page().key == "contacts"
    for page_type in PAGE_TYPES:
        if issubclass(page_type, EmptyStatePage):
            gui.context.actions[f"view.page.{page_type.key}"].trigger()
            page = window.current_page()
            assert page.key == page_type.key
            assert page.heading_label.isVisible()
            assert "not built yet" in page.heading_label.text()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "contacts"


def test_an_empty_record_offers_import_and_the_status_bar_counts(gui, sqlite_db):
    page = gui.window.page("contacts")
    assert page.view.table_stack.currentWidget() is page.view.empty_record
    assert gui.window.status_labels["contacts"].text() == "0 contacts · 0 unsorted"
    populate(sqlite_db, 12)
    gui.context.actions["view.refresh"].trigger()
    assert page.view.table_stack.currentWidget() is page.view.table
    unsorted = sum(
        1 for r in range(page.controller.model.rowCount()) if page.controller.model.row_at(r).relationship == "unsorted"
    )
    assert gui.window.status_labels["contacts"].text() == f"12 contacts · {unsorted} unsorted"


def test_every_action_is_in_a_menu_with_a_mnemonic_and_window_shortcuts_are_unique(gui):
    menus = gui.window.menus
    assert [menus[title].title() for title in MENUS] == list(MENUS)
    in_menus = {action.objectName() for menu in menus.values() for action in menu.actions()}
    for spec in gui.context.actions.specs():
        assert spec.key in in_menus, f"{spec.key} is in no menu"
        classification = spec.key.startswith(("contacts.", "inbox.relationship.", "inbox.met_in."))  # keys 1-5
        assert "&" in spec.text or classification, f"{spec.key} has no mnemonic"
    shortcuts = [
        (spec.scope, gui.context.actions[spec.key].shortcut().toString())
        for spec in gui.context.actions.specs()
        if not gui.context.actions[spec.key].shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))
    assert len(ACTIONS) > 20


def test_every_control_has_an_accessible_name(gui, sqlite_db):
    populate(sqlite_db, 3)
    gui.context.actions["view.refresh"].trigger()
    widgets = [
        widget
        for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
        for widget in gui.window.findChildren(kind)
    ]
    assert len(widgets) > 30
    missing = [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        for widget in widgets
        if not widget.accessibleName()
        and not widget.objectName().startswith("qt_")
        # Qt's own parts: headers, a line edit's clear button, combo-box popups (windows of their own)
        and not isinstance(widget, QHeaderView)
        and not isinstance(widget.parent(), QLineEdit)
        and widget.window() is gui.window
    ]
    assert missing == [], "\n".join(missing)


def test_labels_that_show_contact_data_are_plain_text(gui, sqlite_db):
    populate(sqlite_db, 2)
    gui.context.actions["view.refresh"].trigger()
    editor = gui.window.page("contacts").view.editor
    for label in (editor.heading, editor.subheading, editor.connected_on, editor.current_consent):
        assert label.textFormat() == Qt.TextFormat.PlainText
    rich = [
        label.objectName() or label.text()[:30]
        for label in gui.window.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText and label.text() and label.buddy() is None
    ]
    assert rich == []


def test_geometry_splitter_and_columns_are_remembered(make_gui, sqlite_db):
    populate(sqlite_db, 5)
    first = make_gui()
    first.window.resize(760, 560)  # within the offscreen screen (800x600)
    size = (first.window.width(), first.window.height())
    assert size != (1280, 800)
    view = first.window.page("contacts").view
    view.table.setColumnWidth(1, 321)
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    default_sizes = view.splitter.sizes()
    view.splitter.setSizes([default_sizes[0] - 100, default_sizes[1] + 100])  # as far as the table's minimum
    sizes = view.splitter.sizes()
    assert abs(sizes[1] - default_sizes[1]) >= 20
    first.context.actions["view.page.policy"].trigger()
    first.window.close()

    second = make_gui()
    view = second.window.page("contacts").view
    assert (second.window.width(), second.window.height()) == size
    assert view.table.columnWidth(1) == 321
    assert view.table.horizontalHeader().sortIndicatorSection() == 6
    assert view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # the layout settles the splitter within a few pixels of where it was left
    assert all(abs(a - b) <= 16 for a, b in zip(view.splitter.sizes(), sizes, strict=True))
    assert second.window.current_page().key == "policy"


def test_a_failing_background_job_becomes_a_dialog_with_copyable_details(gui, qtbot):
    def broken(_context):
        raise KeyError("owner")

    gui.context.runner.submit("Read contacts", broken)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible())
    assert "Read contacts failed" in dialog.message_label.text()
    assert "KeyError" in dialog.details_view.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "Traceback" in QGuiApplication.clipboard().text()
    assert gui.window.isVisible()
    dialog.close()


def test_the_palette_follows_a_dark_scheme_and_back(qapp):
    assert is_dark(dark_palette())
    light = QPalette(qapp.palette())
    assert not is_dark(light)
    style = qapp.style().name()
    apply_color_scheme(qapp)  # the offscreen platform reports no scheme: nothing changes
    assert qapp.palette() == light
    try:
        apply_color_scheme(qapp, Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 200
    finally:
        apply_color_scheme(qapp, Qt.ColorScheme.Light)
        qapp.setStyle(style)
    assert not is_dark(qapp.palette())


def test_an_exception_in_a_slot_becomes_an_error_dialog(gui, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(lambda: gui.window)
    try:
        raise ValueError("the selection moved")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert dialog.message_label.text() == "the selection moved"
    assert "ValueError" in dialog.details
    dialog.close()


def test_closing_while_an_import_runs_asks_first(make_gui, qtbot):
    gui = make_gui(runner=SynchronousTaskRunner())
    gui.context.runner._active.append(gui.context.runner.prepare("Import LinkedIn export", lambda c: None))
    gui.window.close()
    assert gui.window.isVisible()
    gui.context.runner._active.clear()
    gui.window.close()
    assert not gui.window.isVisible()


def test_closing_the_window_stops_its_jobs_and_deletes_its_qt_parts_with_it(settings, sqlite_db, qtbot):
    """A crash in garbage collection came from Qt objects owned by nobody but Python reference cycles (the undo
    history and its commands, the runner's task handles): they were finalised at a random later moment."""
    populate(sqlite_db, 4)
    gui = build_main_window(sqlite_db, settings=settings, runner=ThreadedTaskRunner())  # not left to pytest-qt
    gui.window.show()
    page = gui.window.page("contacts")
    qtbot.waitUntil(lambda: page.controller.model.rowCount() == 4 and not gui.context.runner.busy)
    page.view.table.setFocus()
    page.view.table.selectRow(0)
    qtbot.keyClick(page.view.table, Qt.Key.Key_1)  # classified: one command on the undo stack
    stack = page.context.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1 and not gui.context.runner.busy)
    parts = (gui.context.undo_group, gui.context.runner, gui.context.events, gui.context.actions)
    assert all(part.parent() is gui.window for part in parts) and stack.parent() is gui.context.undo_group
    parts = (*parts, stack)
    gui.window.close()
    assert not gui.window.isVisible()
    assert stack.count() == 0 and gui.context.runner.closed
    gui.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(isValid(part) for part in parts)  # deleted by Qt with the window, not left to the collector
