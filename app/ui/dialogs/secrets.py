"""Asking for a database passphrase or a team password when the system keyring cannot keep them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.storage.keys import PassphrasePrompt, PassphraseRequest, PasswordPrompt


class SecretDialog(QDialog):
    """One password field, or two that must match when a new passphrase is chosen."""

    def __init__(self, title: str, explanation: str, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("secret_dialog")
        self.explanation = QLabel(explanation)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # may name a file: never rich text
        self.explanation.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.mismatch = QLabel(self.tr("The two entries differ."))
        self.mismatch.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.secret)
        if confirm:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        self.repeat.setVisible(confirm)
        self._confirm = confirm
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.buttons)
        self.secret.textChanged.connect(self._update_ok)
        self.repeat.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        differs = self._confirm and self.secret.text() != self.repeat.text()
        self.mismatch.setVisible(bool(differs and self.repeat.text()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.secret.text()) and not differs)

    def value(self) -> str | None:
        return self.secret.text() if self.result() == QDialog.DialogCode.Accepted.value else None


def passphrase_prompt(parent: Callable[[], QWidget | None] = lambda: None) -> PassphrasePrompt:
    """The desktop app's answer to "which passphrase?": a modal dialog."""

    def ask(request: PassphraseRequest) -> str | None:
        # The storage layer's reason is worded for the command line (it may name the keyring's Python class);
        # the dialog says the same in a person's words, once. (``QCoreApplication.translate`` is written out:
        # pyside6-lupdate does not follow a shorter name for it.)
        if request.new:
            explanation = QCoreApplication.translate(
                "SecretDialog",
                "Your computer has no keyring Gatehouse can keep a key in, so your record is protected by a "
                "passphrase you choose for {database}. Without it the record cannot be opened: keep it somewhere "
                "safe.",
            ).format(database=request.database)
        else:
            explanation = (
                QCoreApplication.translate("SecretDialog", "That passphrase does not open {database}; try again.")
                if request.attempt > 1
                else QCoreApplication.translate("SecretDialog", "Enter the passphrase of {database}.")
            ).format(database=request.database)
        dialog = SecretDialog(
            QCoreApplication.translate("SecretDialog", "Gatehouse passphrase"),
            explanation,
            confirm=request.new,
            parent=parent(),
        )
        dialog.exec()
        return dialog.value()

    return ask


def password_prompt(parent: Callable[[], QWidget | None] = lambda: None) -> PasswordPrompt:
    """The team database's password, asked once; Gatehouse keeps it in the keyring afterwards."""

    def ask(database: str) -> str | None:
        dialog = SecretDialog(
            QCoreApplication.translate("SecretDialog", "Team database password"),
            QCoreApplication.translate(
                "SecretDialog", "The server wants a password for {database}. Gatehouse keeps it in your system keyring."
            ).format(database=database),
            confirm=False,
            parent=parent(),
        )
        dialog.secret.setAccessibleName(QCoreApplication.translate("SecretDialog", "Password"))
        dialog.exec()
        return dialog.value()

    return ask
