"""Building blocks several views share: the look of the app's lists, and a frameless scrolling area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QScrollArea, QTableView, QWidget


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
