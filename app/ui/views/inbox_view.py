"""The inbox's layout: pending requests beside the one selected (sender, note with red flags, suggestion, reply),
and the history of decided requests. Layout only; ``InboxController`` gives it behaviour.

Everything a sender wrote (name, note) and the reply text are plain text: labels are ``Qt.PlainText``, the note
and the reply are ``QPlainTextEdit``s, and red flags are character formats on the note's plain document.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.messages import bold, plain_label
from app.ui.views.draft_check import DraftCheckView
from app.ui.views.red_flags import RedFlagHighlighter
from app.ui.views.widgets import list_table, scrolling


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class RequestDetailView(QWidget):
    """One pending request: who sent it, their note, what the policy suggests and the reply to send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request-detail")
        self.heading = plain_label()
        self.heading.setObjectName("request-sender")
        self.heading.setAccessibleName(self.tr("Sender"))
        self.heading.setFont(bold(self.heading.font(), 1.3))
        self.subheading = muted(plain_label())
        self.subheading.setAccessibleName(self.tr("Received and profile"))

        self.note = QPlainTextEdit()
        self.note.setObjectName("request-note")
        self.note.setAccessibleName(self.tr("The sender's note"))
        self.note.setReadOnly(True)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(40)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(self.tr("No note."))
        self.highlighter = RedFlagHighlighter(self.note.document())
        self.red_flags = plain_label()
        self.red_flags.setObjectName("request-red-flags")
        self.red_flags.setAccessibleName(self.tr("Red flags"))
        note_box = QGroupBox(self.tr("Note"))
        note_layout = QVBoxLayout(note_box)
        note_layout.addWidget(self.note)
        note_layout.addWidget(self.red_flags)

        self.decision = plain_label()
        self.decision.setObjectName("request-suggestion")
        self.decision.setAccessibleName(self.tr("Suggested decision"))
        self.decision.setFont(bold(self.decision.font(), 1.15))
        self.reason = plain_label()
        self.reason.setObjectName("request-reason")
        self.reason.setAccessibleName(self.tr("Why: the rule and the facts that matched"))

        # One keystroke each in the table; the buttons say which. Two rows of two, so the pane stays narrow.
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("accept-suggestion")
        self.accept_button.setAccessibleName(self.tr("Use the suggestion"))
        self.accept_button.setDefault(False)
        self.decision_buttons: dict[str, QPushButton] = {}
        for key, text, accessible in (
            ("connect", self.tr("Connect  C"), self.tr("Connect")),
            ("reply", self.tr("Reply  R"), self.tr("Reply")),
            ("ignore", self.tr("Ignore  I"), self.tr("Ignore")),
            ("report", self.tr("Report  P"), self.tr("Report")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"decide-{key}")
            button.setAccessibleName(accessible)
            self.decision_buttons[key] = button
        decide_row = QGridLayout()
        decide_row.addWidget(self.accept_button, 0, 0, 1, 2)
        for index, button in enumerate(self.decision_buttons.values()):
            decide_row.addWidget(button, 1 + index // 2, index % 2)
        self.next_step = plain_label()
        self.next_step.setObjectName("request-next-step")
        self.next_step.setAccessibleName(self.tr("What to do next on LinkedIn"))
        suggestion_box = QGroupBox(self.tr("Suggestion"))
        suggestion_layout = QVBoxLayout(suggestion_box)
        suggestion_layout.addWidget(self.decision)
        suggestion_layout.addWidget(self.reason)
        suggestion_layout.addLayout(decide_row)
        suggestion_layout.addWidget(self.next_step)

        # The sender's relationship and where you met them are what change the suggestion: set them here.
        self.relationship_button = QPushButton(self.tr("Relationship"))
        self.relationship_button.setObjectName("inbox-relationship")
        self.relationship_button.setAccessibleName(self.tr("Set the sender's relationship (1 to 5)"))
        self.relationship_button.setToolTip(
            self.tr("Keys in the list: 1 client, 2 colleague, 3 professional, 4 personal, 5 stranger")
        )
        self.met_in_button = QPushButton(self.tr("Met in"))
        self.met_in_button.setObjectName("inbox-met-in")
        self.met_in_button.setAccessibleName(self.tr("Set where you met the sender (Alt+1 to Alt+5)"))
        self.met_in_button.setToolTip(self.tr("Keys in the list: Alt+1 to Alt+5"))
        classify_row = QHBoxLayout()
        classify_row.addWidget(self.relationship_button)
        classify_row.addWidget(self.met_in_button)
        classify_row.addStretch(1)

        self.reply = QPlainTextEdit()
        self.reply.setObjectName("request-reply")
        self.reply.setAccessibleName(self.tr("Reply text"))
        self.reply.setTabChangesFocus(True)
        self.reply.setMinimumHeight(72)
        self.reply.setMaximumHeight(140)
        self.reply.setPlaceholderText(self.tr("No reply: the suggestion is not to reply."))
        self.reply_count = plain_label(wrap=False)
        self.reply_count.setObjectName("reply-count")
        self.reply_count.setAccessibleName(self.tr("Reply length"))
        self.reply_warning = plain_label()
        self.reply_warning.setAccessibleName(self.tr("Reply warning"))
        self.copy_button = QPushButton(self.tr("Copy reply"))
        self.copy_button.setAccessibleName(self.tr("Copy reply"))
        self.copy_button.setToolTip(self.tr("Copy the reply text to the clipboard (Ctrl+Shift+C)"))
        reply_box = QGroupBox(self.tr("Reply"))
        reply_layout = QVBoxLayout(reply_box)
        reply_layout.addWidget(self.reply)
        count_row = QHBoxLayout()
        count_row.addWidget(self.reply_count)
        count_row.addStretch(1)
        count_row.addWidget(self.copy_button)
        reply_layout.addLayout(count_row)
        reply_layout.addWidget(self.reply_warning)
        self.reply_check = DraftCheckView(compact=True)  # the traffic light on the reply's own text
        reply_layout.addWidget(self.reply_check)

        self.open_profile_button = QPushButton(self.tr("Open profile  O"))
        self.open_profile_button.setAccessibleName(self.tr("Open the sender's LinkedIn profile"))
        self.check_button = QPushButton(self.tr("Before you contact…"))
        self.check_button.setAccessibleName(self.tr("Before you contact: the four gates"))
        self.check_button.setToolTip(self.tr("Consent, channel, context and cause (Ctrl+K)"))
        tools_row = QHBoxLayout()
        tools_row.addWidget(self.open_profile_button)
        tools_row.addWidget(self.check_button)
        tools_row.addStretch(1)

        # Labels wrap at any width: none of them may widen the pane (long rule names, long profile addresses).
        for label in (
            self.heading,
            self.subheading,
            self.decision,
            self.reason,
            self.next_step,
            self.reply_warning,
            self.red_flags,
        ):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(classify_row)
        layout.addLayout(tools_row)
        layout.addWidget(suggestion_box)
        layout.addWidget(note_box)
        layout.addWidget(reply_box)
        layout.addStretch(1)
        scroll = scrolling(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self.body = body

        self.nothing = plain_label(self.tr("Select a request to see it here."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setAccessibleName(self.tr("No request selected"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.nothing)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def show_request(self, shown: bool) -> None:
        self.stack.setCurrentIndex(1 if shown else 0)

    def minimumSizeHint(self) -> QSize:
        """As wide as the buttons need, so the splitter narrows the list rather than hide "Report" or
        "Copy reply" (the scroll area itself would accept any width)."""
        hint = super().minimumSizeHint()
        needed = self.body.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), needed), hint.height())


class InboxView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox-view")
        self.counter = plain_label(wrap=False)
        self.counter.setObjectName("inbox-counter")
        self.counter.setAccessibleName(self.tr("Requests to decide"))
        self.counter.setFont(bold(self.counter.font(), 1.15))
        self.add_button = QPushButton(self.tr("Add request…"))
        self.add_button.setAccessibleName(self.tr("Add request"))
        self.add_button.setToolTip(self.tr("Record a request from LinkedIn's invitations page (Ctrl+Shift+R)"))
        self.apply_rule_button = QPushButton(self.tr("Apply all suggestions of a rule…"))
        self.apply_rule_button.setAccessibleName(self.tr("Apply all suggestions of a rule"))
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.apply_rule_button)

        # Pending
        self.table = list_table(self.tr("Pending requests"))
        self.table.setObjectName("pending-requests")
        self.table.setAccessibleDescription(
            self.tr(
                "A uses the suggestion; C connect, R reply, I ignore, P report; 1-5 and Alt+1-5 classify the "
                "sender; the next request follows"
            )
        )
        self.empty = plain_label(
            self.tr(
                "No requests to decide. Requests arrive with every import of your LinkedIn export "
                "(File > Import LinkedIn export); Add request records one from LinkedIn's invitations page."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No requests to decide"))
        self.empty.setMargin(24)
        self.loading = plain_label(self.tr("Reading your requests…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.tr("Reading requests"))
        self.table_stack = QStackedWidget()
        for widget in (self.loading, self.table, self.empty):
            self.table_stack.addWidget(widget)
        self.detail = RequestDetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inbox-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 480])
        self.hint = muted(
            plain_label(
                self.tr(
                    "Keys in the list: A use the suggestion · C connect · R reply · I ignore · P report · "
                    "1-5 relationship · Alt+1-5 met in · O open profile · Ctrl+Z undo"
                ),
                wrap=False,
            )
        )
        self.hint.setAccessibleName(self.tr("Inbox keys"))
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        pending = QWidget()
        pending_layout = QVBoxLayout(pending)
        pending_layout.setContentsMargins(0, 4, 0, 0)
        pending_layout.addWidget(self.splitter, 1)
        pending_layout.addWidget(self.hint)

        # History
        self.history_table = list_table(self.tr("Decided requests"))
        self.history_table.setObjectName("request-history")
        self.history_detail = plain_label()
        self.history_detail.setAccessibleName(self.tr("The decision and its reason"))
        self.undo_button = QPushButton(self.tr("Put back in the inbox  U"))
        self.undo_button.setAccessibleName(self.tr("Undo the decision: put the request back in the inbox"))
        history_row = QHBoxLayout()
        history_row.addWidget(self.history_detail, 1)
        history_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addLayout(history_row)

        # Sent: the invitations you sent that still wait
        self.sent_table = list_table(self.tr("Invitations you sent that still wait"))
        self.sent_table.setObjectName("sent-invitations")
        self.sent_summary = plain_label()
        self.sent_summary.setObjectName("sent-summary")
        self.sent_summary.setAccessibleName(self.tr("Invitations you sent"))
        self.sent_empty = plain_label(
            self.tr("No invitation you sent is waiting. Those you send on LinkedIn arrive with the next import.")
        )
        self.sent_empty.setAccessibleName(self.tr("No invitation you sent is waiting"))
        self.sent_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sent_empty.setMargin(24)
        self.sent_stack = QStackedWidget()
        self.sent_stack.addWidget(self.sent_empty)
        self.sent_stack.addWidget(self.sent_table)
        sent = QWidget()
        sent_layout = QVBoxLayout(sent)
        sent_layout.setContentsMargins(0, 4, 0, 0)
        sent_layout.addWidget(self.sent_stack, 1)
        sent_layout.addWidget(self.sent_summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inbox-tabs")
        self.tabs.setAccessibleName(self.tr("Pending, decided or sent requests"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(pending, self.tr("Pending"))
        self.tabs.addTab(history, self.tr("History"))
        self.tabs.addTab(sent, self.tr("Sent"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def show_sent_state(self, any_waiting: bool) -> None:
        self.sent_stack.setCurrentWidget(self.sent_table if any_waiting else self.sent_empty)

    def show_state(self, state: str) -> None:
        """``loading``, ``table`` or ``empty``."""
        widget = {"loading": self.loading, "table": self.table, "empty": self.empty}[state]
        self.table_stack.setCurrentWidget(widget)
