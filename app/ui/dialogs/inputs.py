"""Small input dialogs: a tag with completion, a new contact, consent for many contacts, the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
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

from app.core.vocabulary import ConsentStatus
from app.ui.dialogs.messages import plain_label
from app.ui.views.widgets import guard_wheel


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

        self.duplicate_label = plain_label("")
        self.duplicate_label.setObjectName("likely-duplicate")
        self.duplicate_label.setAccessibleName(self.tr("Likely already in your record"))
        self.duplicate_label.hide()
        layout.insertWidget(1, self.duplicate_label)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.first_name.text().strip() or self.last_name.text().strip()))

    def name(self) -> str:
        return " ".join(part for part in (self.first_name.text().strip(), self.last_name.text().strip()) if part)

    def show_likely_duplicates(self, who: list[str]) -> None:
        """Say who in the record has a name like the one typed (plain text: the names are contact data)."""
        if not who:
            self.duplicate_label.hide()
            self.ok_button.setText(self.tr("&Add"))
            return
        shown = who[:3]
        more = len(who) - len(shown)
        text = self.tr("Already in your record? {people}").format(people="; ".join(shown))
        if more:
            text += " " + self.tr("and {count} more").format(count=more)
        self.duplicate_label.setText(text)
        self.duplicate_label.show()
        self.ok_button.setText(self.tr("&Add anyway"))


class BulkConsentDialog(QDialog):
    """LinkedIn consent for many contacts at once: when it was given and where it comes from, as for one contact."""

    def __init__(self, status: ConsentStatus, count: int, classified: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Record LinkedIn consent")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        contacts = self.tr("1 contact") if count == 1 else self.tr("{count} contacts").format(count=f"{count:,}")
        text = self.tr("Record LinkedIn consent “{status}” for {contacts}.").format(
            status=status.value.replace("-", " "), contacts=contacts
        )
        if classified:
            text += " " + self.tr("{classified} of them already have a LinkedIn consent recorded.").format(
                classified=f"{classified:,}"
            )
        self.summary = plain_label(text)
        self.summary.setAccessibleName(self.tr("What will be recorded"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Date of the consent change"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.source_edit = QLineEdit()
        self.source_edit.setAccessibleName(self.tr("Source of the consent change"))
        self.source_edit.setPlaceholderText(self.tr("e.g. sign-up sheet, careers fair 2026"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note on the consent change"))
        form = QFormLayout()
        form.addRow(self.tr("D&ate:"), self.date_edit)
        form.addRow(self.tr("So&urce:"), self.source_edit)
        form.addRow(self.tr("No&te:"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record"))
        self.ok_button.setAccessibleName(self.tr("Record"))
        self.ok_button.setEnabled(False)  # a source is needed: consent is only as good as where it comes from
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.source_edit.textChanged.connect(self._update_ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)  # the sentence on two lines at most, the source field wide enough to read
        guard_wheel(self)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.source_edit.text().strip()))

    def source(self) -> str:
        return " ".join(self.source_edit.text().split())

    def note(self) -> str:
        return self.note_edit.text().strip()

    def changed_on(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())


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
