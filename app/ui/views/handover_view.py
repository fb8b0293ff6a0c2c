"""The handover page's layout: past handovers, the contacts of the one selected with their status and buttons to
mark them, and "New handover…" to start the wizard. Layout only; ``HandoverController`` gives it behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.handover import HandoverStatus
from app.ui.dialogs.messages import bold, plain_label
from app.ui.views.task_progress import TaskProgressView
from app.ui.views.widgets import list_table

MARK_KEYS = {
    HandoverStatus.INTRODUCED: "I",
    HandoverStatus.DECLINED: "D",
    HandoverStatus.SKIPPED: "S",
    HandoverStatus.PENDING: "P",
}


class HandoverView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover-view")
        heading = plain_label(self.tr("Handovers"), wrap=False)
        heading.setFont(bold(heading.font(), 1.15))
        self.new_button = QPushButton(self.tr("New handover…"))
        self.new_button.setObjectName("new-handover")
        self.new_button.setAccessibleName(self.tr("New handover"))
        self.new_button.setToolTip(self.tr("Hand your work contacts over to a successor (Ctrl+Shift+H)"))
        self.progress = TaskProgressView(cancellable=False)  # while the candidates for a new handover are read
        self.progress.setObjectName("handover-progress")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.new_button)

        self.handovers = list_table(self.tr("Past handovers"))
        self.handovers.setObjectName("past-handovers")
        self.entries = list_table(self.tr("Contacts of the selected handover"))
        self.entries.setObjectName("handover-entries")
        self.entries.setSelectionMode(self.entries.SelectionMode.ExtendedSelection)
        self.entries.setAccessibleDescription(
            self.tr("I introduced, D declined, S skipped, P back to pending, for the selected contacts")
        )
        self.entries_heading = plain_label()
        self.entries_heading.setAccessibleName(self.tr("Selected handover"))
        self.entries_heading.setFont(bold(self.entries_heading.font()))
        self.mark_buttons: dict[HandoverStatus, QPushButton] = {}
        marks = QHBoxLayout()
        marks.addWidget(plain_label(self.tr("Mark the selected contacts:"), wrap=False))
        for status, key in MARK_KEYS.items():
            button = QPushButton(f"{status.value}  {key}")
            button.setAccessibleName(self.tr("Mark {status}").format(status=status.value))
            self.mark_buttons[status] = button
            marks.addWidget(button)
        marks.addStretch(1)
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(self.entries_heading)
        entries_layout.addWidget(self.entries, 1)
        entries_layout.addLayout(marks)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("handover-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.handovers)
        self.splitter.addWidget(entries_box)
        self.splitter.setSizes([220, 480])

        self.empty = QWidget()
        self.empty.setAccessibleName(self.tr("No handovers yet"))
        empty_heading = plain_label(self.tr("No handovers yet"))
        empty_heading.setFont(bold(empty_heading.font(), 1.4))
        empty_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = plain_label(
            self.tr(
                "When you leave a post, hand your work contacts over to your successor: the clients, colleagues and "
                "fellow professionals you met in your work role or through professional networks, each with the "
                "reason and an introduction, as CSV, vCard or a printable PDF. Every handover is recorded here."
            )
        )
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(560)
        self.empty_button = QPushButton(self.tr("New handover…"))
        self.empty_button.setAccessibleName(self.tr("Start a new handover"))
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_heading)
        empty_layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        hint = plain_label(
            self.tr("Keys in the contacts list: I introduced · D declined · S skipped · P back to pending"), wrap=False
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setAccessibleName(self.tr("Handover keys"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)

    def show_state(self, has_handovers: bool) -> None:
        self.stack.setCurrentWidget(self.splitter if has_handovers else self.empty)

    def show_starting(self, message: str) -> None:
        """A new handover is being prepared (``message``), or no longer when it is empty."""
        if message:
            self.progress.start(message)
        else:
            self.progress.finish()
        for button in (self.new_button, self.empty_button):
            button.setEnabled(not message)
