"""What every window of the app must give assistive technology: an accessible name on every control."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)


def unnamed_controls(window: QWidget) -> list[str]:
    """The controls inside ``window`` without an accessible name (Qt's own parts left aside)."""
    widgets = [widget for kind in CONTROLS for widget in window.findChildren(kind)]
    return [
        f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
        for widget in widgets
        if not widget.accessibleName()
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget, QHeaderView)
        and not isinstance(widget.parent(), QLineEdit)
        and widget.window() is window
    ]
