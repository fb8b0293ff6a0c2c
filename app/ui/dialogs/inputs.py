"""Small input dialogs: a tag with completion, a new contact, the list of keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.messages import plain_label


def add_or_cancel() -> tuple[QDialogButtonBox, QPushButton]:
    """Add and Cancel for a dialog that adds something; Add stays off until the form says what to add."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    add = buttons.button(QDialogButtonBox.StandardButton.Ok)
    add.setText(QCoreApplication.translate("InputDialogs", "&Add"))
    add.setAccessibleName(QCoreApplication.translate("InputDialogs", "Add"))
    add.setEnabled(False)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("InputDialogs", "Cancel")
    )
    return buttons, add


class TagDialog(QDialog):
    """Ask for one tag; completes from the tags already in the record."""

    def __init__(self, title: str, prompt: str, known_tags: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.tag_edit = QLineEdit()
        self.tag_edit.setAccessibleName(self.tr("Tag"))
        self.tag_edit.setMaxLength(64)
        completer = QCompleter(sorted(set(known_tags)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.ok_button.setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.tag_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(prompt))
        layout.addWidget(self.tag_edit)
        layout.addWidget(buttons)

    @property
    def tag(self) -> str:
        return " ".join(self.tag_edit.text().split())


def ask_tag(
    parent: QWidget | None, title: str, prompt: str, known_tags: Iterable[str], on_tag: Callable[[str], None]
) -> TagDialog:
    dialog = TagDialog(title, prompt, known_tags, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_tag(dialog.tag) if dialog.tag else None)
    dialog.open()
    return dialog


class NewContactDialog(QDialog):
    """The least a new contact needs: a name, and the LinkedIn profile if there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact"))
        self.setAccessibleName(self.tr("New contact"))
        self.first_name = QLineEdit()
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name = QLineEdit()
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.profile_url = QLineEdit()
        self.profile_url.setAccessibleName(self.tr("LinkedIn profile URL"))
        self.profile_url.setPlaceholderText("https://www.linkedin.com/in/…")
        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("LinkedIn &profile:"), self.profile_url)
        buttons, self.ok_button = add_or_cancel()
        for edit in (self.first_name, self.last_name):
            edit.textChanged.connect(self._update_ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.first_name.text().strip() or self.last_name.text().strip()))


class ShortcutsDialog(QDialog):
    """Every action with its shortcut, as the registry declares them."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = [
            (action.text().replace("&", ""), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in actions
            if not action.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "In the contacts table, 1-5 set the relationship of the selected contacts (0 puts them back to "
                    "unsorted) and move to the next row; Alt+1-5 set where you met them."
                )
            )
        )
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
