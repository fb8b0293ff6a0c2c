"""Painting the contacts table's cells: plain text, laid out once per text and width, then only drawn.

Qt's own delegate lays out each cell's text again on every repaint (a ``QTextLayout`` per cell: itemizing,
shaping, eliding) and asks the model for seven roles per cell, each a call into Python. At 100,000 contacts the
table is repainted on every keystroke in the search box, and that was half of the keystroke. ``ContactCells``
asks the model for the row once per cell, keeps each text it has drawn as a ``QStaticText`` (elided to the
column's width, plain text: a name such as ``<b>x</b>`` is shown as typed) and draws that. The few cells that
look different (the current cell with its focus frame, the row with unsaved edits in italics) are painted by
Qt's delegate as before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.contact_index import CELL_TEXT, Column
from app.ui.models.contacts_table import ContactsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

_RIGHT_ALIGNED = frozenset({Column.CONNECTED_ON, Column.LAST_INTERACTION})
# The state flags as plain integers: a test of an enum flag builds a new enum object, several per cell.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_OWN_LOOK = QStyle.StateFlag.State_HasFocus.value  # painted by Qt's delegate: the focus frame
# Looked up once: each lookup of a Qt enum member is a Python call, and a repaint paints a hundred cells.
_DISABLED, _ACTIVE_GROUP, _INACTIVE = (
    QPalette.ColorGroup.Disabled,
    QPalette.ColorGroup.Active,
    QPalette.ColorGroup.Inactive,
)
_HIGHLIGHT, _HIGHLIGHTED_TEXT, _TEXT = (
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.HighlightedText,
    QPalette.ColorRole.Text,
)
# Line breaks and other control characters in a stranger's name are shown as spaces: one line per row.
_ONE_LINE = {code: " " for code in (*range(0x20), 0x7F, 0x2028, 0x2029)}
# Texts kept laid out; past this many (after much resizing of columns) the cache starts again.
MOST_KEPT = 20_000
MOST_LOOKS = 64  # cell colours kept: a palette has eight states of a cell; past a few palettes (themes), again


class ContactCells(QStyledItemDelegate):
    """The delegate of the contacts table (``ContactsTableView`` sets it with its model)."""

    def __init__(self, model: ContactsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._laid_out: dict[tuple[str, int, bool], tuple[QStaticText, int, int]] = {}
        # The background and text colour of a cell, by palette and state (a palette's colours are each a call).
        self._looks: dict[tuple[int, int], tuple[QBrush | None, QColor]] = {}

    def forget_layouts(self) -> None:
        """Lay the texts out again (the font changed)."""
        self._laid_out.clear()
        self._looks.clear()

    def texts_drawn(self) -> set[str]:
        """The texts laid out since the last ``forget_layouts``, as drawn (elided, on one line)."""
        return {text.text() for text, _dx, _dy in self._laid_out.values()}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        model = self._model
        state = option.state.value
        row_number = index.row()
        row = model.contacts.row_at(row_number) if row_number < len(model.contacts.visible) else None
        if row is None or state & _OWN_LOOK or row.id == model.edited_id:
            super().paint(painter, option, index)  # Qt's look: the focus frame, the unsaved row in italics
            return
        column = index.column()
        rect = option.rect
        width = rect.width()
        key = (CELL_TEXT[column](row), width, column in _RIGHT_ALIGNED)
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            laid_out = self._lay_out(option, key)
        text, dx, dy = laid_out
        palette = option.palette
        look_key = (palette.cacheKey(), state & (_ENABLED | _ACTIVE | _SELECTED))
        look = self._looks.get(look_key)
        if look is None:
            if len(self._looks) >= MOST_LOOKS:
                self._looks.clear()
            look = self._looks[look_key] = _look(palette, state)
        background, pen = look
        if background is not None:
            painter.fillRect(rect, background)
        painter.setPen(pen)
        painter.setFont(option.font)
        painter.drawStaticText(rect.x() + dx, rect.y() + dy, text)

    def _lay_out(self, option: QStyleOptionViewItem, key: tuple[str, int, bool]) -> tuple[QStaticText, int, int]:
        shown, width, right = key
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        metrics = option.fontMetrics
        room = max(width - 2 * margin, 0)
        elided = metrics.elidedText(shown.translate(_ONE_LINE), Qt.TextElideMode.ElideRight, room)
        text = QStaticText(elided)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.prepare(font=option.font)
        drawn = metrics.horizontalAdvance(elided)
        dx = width - margin - drawn if right else margin
        dy = (option.rect.height() - metrics.height()) // 2
        if len(self._laid_out) >= MOST_KEPT:
            self._laid_out.clear()
        self._laid_out[key] = laid_out = (text, dx, dy)
        return laid_out


def _look(palette: QPalette, state: int) -> tuple[QBrush | None, QColor]:
    """A cell's background (None: the table's own) and text colour in ``state``, from ``palette``."""
    group = _DISABLED if not state & _ENABLED else _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE
    if state & _SELECTED:
        return palette.brush(group, _HIGHLIGHT), palette.color(group, _HIGHLIGHTED_TEXT)
    return None, palette.color(group, _TEXT)
