"""Building blocks several views share: the look of the app's lists, a frameless scrolling area, and fields that
ignore the mouse wheel until they have the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QWidget,
)


def set_up_list_table(table: QTableView) -> None:
    """A list of records: whole rows selected, read-only, one line per row at one height, no grid, columns the
    user can widen and the last one filling the rest. Tab leaves the list rather than moving between cells."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    horizontal = table.horizontalHeader()
    horizontal.setHighlightSections(False)
    horizontal.setStretchLastSection(True)
    horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def list_table(accessible: str) -> QTableView:
    """A list of records where one row at a time is selected (the inbox's requests, past handovers)."""
    table = QTableView()
    table.setAccessibleName(accessible)
    set_up_list_table(table)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area without a frame, resized with it (a form taller than the window)."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


class WheelGuard(QObject):
    """Combo boxes, spin boxes and date fields ignore the mouse wheel unless they have the keyboard focus.

    Scrolling a long form with the wheel would otherwise turn whichever field passes under the pointer ("Met in"
    became "Work role") and mark the record changed. The ignored wheel event goes on to the scroll area around
    the field, so the form scrolls as the user meant. ``guard_wheel`` installs it on each field of a window or
    dialog (not on the application, where a filter written in Python would be called for every event of every
    widget: a few hundred per keystroke in the search box) and gives the fields ``Qt.StrongFocus``, so that the
    wheel does not give them the focus either.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        if isinstance(watched, QComboBox | QAbstractSpinBox) and not watched.hasFocus():
            event.ignore()  # not accepted: Qt offers it to the parents (the scroll area)
            return True
        return False


def guard_wheel(root: QWidget) -> None:
    """Every combo, spin and date field under ``root`` ignores the wheel unless it has the focus, and takes the
    focus by Tab or a click only. The guard belongs to ``root`` (one per window or dialog)."""
    guard = root.findChild(WheelGuard, "wheel-guard", Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheel-guard")
    for field in (*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)):
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)  # installed twice, it is still called once
