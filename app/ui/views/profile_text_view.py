"""The profile text page's layout: your profile beside the three texts it makes (headline, short, full), each with
its character count against LinkedIn's limit and a Copy button. Layout only; ``ProfileTextController`` gives it
behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.blurb import LIMITS, BlurbLength
from app.core.vocabulary import AccountKind, Tone
from app.ui.dialogs.messages import bold, plain_label
from app.ui.views.draft_check import DraftCheckView
from app.ui.views.widgets import scrolling

# The owner profile's text fields in the form, in order
PROFILE_FIELDS = (
    "display_name",
    "role_title",
    "organisation",
    "profile_url",
    "group_url",
    "public_handle",
    "service_contact",
    "checks_messages",
)


class TextPreview(QGroupBox):
    """One variant of the profile text, read-only, with its count and a Copy button."""

    def __init__(self, title: str, length: BlurbLength, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.length = length
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"profile-text:{length.value}")
        self.text.setAccessibleName(title)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.count = plain_label(wrap=False)
        self.count.setObjectName(f"profile-text-count:{length.value}")
        self.count.setAccessibleName(self.tr("{title}: length").format(title=title))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the {title} text").format(title=title.lower()))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)


class ProfileTextView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile-text-view")
        labels = {
            "display_name": (self.tr("&Name:"), self.tr("Morgan Reed")),
            "role_title": (self.tr("&Role:"), self.tr("Careers Adviser")),
            "organisation": (self.tr("&Organisation:"), self.tr("Northbridge University")),
            "profile_url": (self.tr("LinkedIn &profile:"), "https://www.linkedin.com/in/…"),
            "group_url": (self.tr("&Group link:"), "https://www.linkedin.com/groups/…"),
            "public_handle": (self.tr("Public &handle:"), "@northbridge_careers"),
            "service_contact": (
                self.tr("Ser&vice contact:"),
                self.tr("the careers service's contact page or reception"),
            ),
            "checks_messages": (self.tr("&Checks messages:"), self.tr("once a week")),
        }
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field in PROFILE_FIELDS:
            text, placeholder = labels[field]
            edit = QLineEdit()
            edit.setObjectName(f"profile:{field}")
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            edit.setPlaceholderText(placeholder)
            self.fields[field] = edit
            form.addRow(text, edit)
        self.tone_group = QButtonGroup(self)
        self.tones: dict[Tone, QRadioButton] = {}
        tone_row = QHBoxLayout()
        for tone, text in ((Tone.WARM, self.tr("&Warm")), (Tone.FORMAL, self.tr("&Formal"))):
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Tone: {tone}").format(tone=tone.value))
            self.tone_group.addButton(button)
            self.tones[tone] = button
            tone_row.addWidget(button)
        tone_row.addStretch(1)
        form.addRow(plain_label(self.tr("Tone:"), wrap=False), tone_row)
        # LinkedIn limits an invitation note by account kind; the four-gates check uses it
        self.account_kind = QComboBox()
        self.account_kind.setObjectName("profile:account_kind")
        self.account_kind.setAccessibleName(self.tr("LinkedIn account"))
        self.account_kind.addItem(self.tr("Free"), AccountKind.FREE.value)
        self.account_kind.addItem(self.tr("Premium"), AccountKind.PREMIUM.value)
        self.account_kind.setToolTip(
            self.tr(
                "An invitation note holds 200 characters on a free account, which also gets only a few "
                "personalised notes a month, and 300 on Premium."
            )
        )
        form.addRow(self.tr("LinkedIn &account:"), self.account_kind)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setObjectName("profile-save")
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert to the saved profile"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        explanation = plain_label(
            self.tr(
                "Replies, this text and handover introductions use your profile. The text says whom you connect "
                "with and what happens to other invitations, from your policy; it never names or hints at a contact. "
                "Leave a field empty and it is simply not mentioned."
            )
        )
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        profile_box = QGroupBox(self.tr("Your profile"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addLayout(form)
        profile_layout.addLayout(buttons)
        profile_layout.addWidget(explanation)
        profile_layout.addStretch(1)
        left = scrolling(profile_box)

        self.heading = plain_label()
        self.heading.setObjectName("profile-text-heading")
        self.heading.setAccessibleName(self.tr("Which policy the text follows"))
        self.heading.setFont(bold(self.heading.font()))
        self.previews: dict[BlurbLength, TextPreview] = {
            BlurbLength.HEADLINE: TextPreview(
                self.tr("Headline (at most {limit} characters)").format(limit=LIMITS[BlurbLength.HEADLINE]),
                BlurbLength.HEADLINE,
            ),
            BlurbLength.SHORT: TextPreview(
                self.tr("Short (at most {limit} characters)").format(limit=LIMITS[BlurbLength.SHORT]),
                BlurbLength.SHORT,
            ),
            BlurbLength.FULL: TextPreview(
                self.tr("Full, for the About section (at most {limit} characters)").format(
                    limit=f"{LIMITS[BlurbLength.FULL]:,}"
                ),
                BlurbLength.FULL,
            ),
        }
        self.previews[BlurbLength.HEADLINE].text.setMaximumHeight(80)
        self.previews[BlurbLength.SHORT].text.setMaximumHeight(110)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.previews[BlurbLength.HEADLINE])
        right_layout.addWidget(self.previews[BlurbLength.SHORT])
        right_layout.addWidget(self.previews[BlurbLength.FULL], 1)
        self.full_check = DraftCheckView(compact=True)  # a profile text must never name a client
        right_layout.addWidget(self.full_check)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("profile-text-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter, 1)
