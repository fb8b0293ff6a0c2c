"""Error and confirmation dialogs. Every text is shown as plain text: messages may quote contact data.

Dialogs are opened window-modal with ``open()`` and answer through callbacks, so the event loop keeps running
(background jobs go on reporting) and tests can find and answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErrorDialog(QDialog):
    """A failure explained in one sentence, with the details (a traceback or a list) to copy into a report."""

    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("error-dialog")
        self.details = details
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Error"))
        self.message_label = plain_label(message)
        self.message_label.setAccessibleName(self.tr("Error message"))
        self.message_label.setMinimumWidth(360)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message_label, 1)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setVisible(bool(details))
        self.details_view.setMinimumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the message and the details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(560, 360 if details else 160)

    def copy_details(self) -> None:
        text = self.message_label.text()
        if self.details:
            text += "\n\n" + self.details
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> ErrorDialog:
    dialog = ErrorDialog(title, message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _question(parent: QWidget | None, title: str, text: str, informative: str) -> QMessageBox:
    """A window-modal question, deleted once answered; ``text`` is plain text (it may quote contact data)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)  # our own words only: contact data goes in the plain ``text``
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str,
    confirm_text: str,
    on_confirm: Callable[[], None],
) -> QMessageBox:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = _question(parent, title, text, informative)
    go = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole)
    go.setAccessibleName(confirm_text.replace("&", ""))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        if box.clickedButton() is go:
            on_confirm()

    box.finished.connect(answered)
    box.open()
    return box


def ask_to_save(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str,
    on_save: Callable[[], None],
    on_discard: Callable[[], None],
) -> QMessageBox:
    """Unsaved edits would be lost: Save (the default), Discard, or Cancel (Escape), which changes nothing."""
    box = _question(parent, title, text, informative)
    box.setObjectName("unsaved-edits")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    for button, name in (
        (QMessageBox.StandardButton.Save, QCoreApplication.translate("Messages", "Save")),
        (QMessageBox.StandardButton.Discard, QCoreApplication.translate("Messages", "Discard the edits")),
        (QMessageBox.StandardButton.Cancel, QCoreApplication.translate("Messages", "Cancel")),
    ):
        box.button(button).setAccessibleName(name)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered() -> None:
        clicked = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else None
        if clicked == QMessageBox.StandardButton.Save:
            on_save()
        elif clicked == QMessageBox.StandardButton.Discard:
            on_discard()

    box.finished.connect(answered)
    box.open()
    return box


def bold(font: QFont, scale: float = 1.0) -> QFont:
    result = QFont(font)
    result.setBold(True)
    if scale != 1.0 and result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * scale)
    return result
