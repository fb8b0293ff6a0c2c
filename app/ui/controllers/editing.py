"""Noticing the user's edits in a form, whatever the kind of field."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget


def connect_edits(fields: Iterable[QWidget], edited: Callable[[], None]) -> None:
    """Call ``edited`` whenever one of ``fields`` changes: a line edit as the user types (not when set from code),
    a text edit, a check box, a combo box or a spin box whenever its value changes."""
    for field in fields:
        if isinstance(field, QLineEdit):
            field.textEdited.connect(edited)
        elif isinstance(field, QPlainTextEdit):
            field.textChanged.connect(edited)
        elif isinstance(field, QAbstractButton):
            field.toggled.connect(edited)
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(edited)
        elif isinstance(field, QSpinBox):
            field.valueChanged.connect(edited)
        else:
            raise TypeError(f"no edit signal known for {type(field).__name__}")
