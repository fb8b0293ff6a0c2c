"""Check a draft… (Ctrl+D): paste a post, a comment or a message and see its traffic light as you type.

Red is off limits (a client named, something confidential, someone's personal data), yellow needs judgement,
green is fine. The words found are highlighted in the light's colour with the reason beside each; Copy puts the
text on the clipboard when you are done. The draft is plain text throughout and is never saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.controllers.drafts import DraftCheckController
from app.ui.dialogs.messages import plain_label
from app.ui.views.draft_check import DraftCheckView


class DraftDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-dialog")
        self.setWindowTitle(self.tr("Check a draft"))
        self.setAccessibleName(self.tr("Check a draft"))
        self.context = context
        intro = plain_label(
            self.tr(
                "Paste or write a post, a comment or a message. Red is off limits (a client named or pointed to, "
                "something confidential, someone else's e-mail or phone), yellow needs your judgement, green is "
                "fine. Nothing you write here is saved."
            )
        )
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("draft-text")
        self.editor.setAccessibleName(self.tr("Draft"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Your draft…"))
        self.check_view = DraftCheckView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.check_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("draft-copy")
        self.copy_button.setAccessibleName(self.tr("Copy the draft"))
        self.copy_button.setToolTip(self.tr("Put the draft on the clipboard"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        kwargs = {} if delay_ms is None else {"delay_ms": delay_ms}
        self.controller = DraftCheckController(self.editor, self.check_view, context, self, **kwargs)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.resize(820, 460)
        self.controller.check_now()

    def copy(self) -> None:
        text = self.editor.toPlainText()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.context.events.message.emit(self.tr("The draft is on the clipboard."))
