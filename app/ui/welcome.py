"""The welcome on first start: three first steps (your profile, your LinkedIn export, your policy), each a button
that takes you there. Shown once (remembered in the settings) and again from Help > Welcome…

The welcome stays open beside the window while you take a step (it is not modal), and remembers the steps taken:
each is marked done, here and the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.dialogs.messages import bold, plain_label
from app.ui.settings import WELCOME_SHOWN, WELCOME_STEPS_DONE

WELCOME_OBJECT_NAME = "welcome"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(WELCOME_OBJECT_NAME)
        self.setWindowTitle(self.tr("Welcome to Gatehouse"))
        self.setAccessibleName(self.tr("Welcome to Gatehouse"))
        heading = plain_label(self.tr("Welcome to Gatehouse"))
        heading.setFont(bold(heading.font(), 1.5))
        intro = plain_label(
            self.tr(
                "Gatehouse keeps your own record of your LinkedIn contacts and applies your contact policy to the "
                "connection requests you receive. Three steps get you going; Help > Welcome brings this back."
            )
        )
        self.profile_button = QPushButton(self.tr("1. Set up your profile"))
        self.profile_button.setAccessibleName(self.tr("Set up your profile"))
        self.import_button = QPushButton(self.tr("2. Import your LinkedIn export…"))
        self.import_button.setAccessibleName(self.tr("Import your LinkedIn export"))
        self.policy_button = QPushButton(self.tr("3. Review your policy"))
        self.policy_button.setAccessibleName(self.tr("Review your policy"))
        self.step_buttons = {"profile": self.profile_button, "import": self.import_button, "policy": self.policy_button}
        self._step_texts = {key: button.text() for key, button in self.step_buttons.items()}
        steps = (
            (
                self.profile_button,
                self.tr(
                    "Your name, role, organisation, group and service contact go into replies, your profile text "
                    "and handover introductions."
                ),
            ),
            (
                self.import_button,
                self.tr(
                    "On LinkedIn: Settings & Privacy > Data privacy > Get a copy of your data. Import the zip: your "
                    "connections become contacts to classify, and invitations arrive in the Inbox."
                ),
            ),
            (
                self.policy_button,
                self.tr(
                    "The default policy is written for careers advisers: read its rules and change what does not "
                    "fit you. The Policy page shows what each change would do before you save it."
                ),
            ),
        )
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(12)
        for row, (button, text) in enumerate(steps):
            explanation = plain_label(text)
            explanation.setMinimumWidth(380)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(explanation, row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Start"))
        close.setAccessibleName(self.tr("Start using Gatehouse"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def mark_done(self, steps: set[str]) -> None:
        """Steps already taken say so (and can be taken again)."""
        for key, button in self.step_buttons.items():
            done = key in steps
            button.setText(self.tr("{step} ✓").format(step=self._step_texts[key]) if done else self._step_texts[key])
            button.setToolTip(self.tr("Done; you can do it again") if done else "")


class WelcomeController(QObject):
    """Help > Welcome…, and the first-start welcome; each step goes where it says, is remembered as done, and leaves
    the welcome open for the next step."""

    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("welcome-controller")
        self.window = window
        self.context = context
        context.actions["help.welcome"].triggered.connect(self.show_welcome)

    def show_welcome(self) -> WelcomeDialog:
        existing = self.window.findChild(WelcomeDialog, WELCOME_OBJECT_NAME)
        if existing is not None and existing.isVisible():
            existing.raise_()
            return existing
        dialog = WelcomeDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(False)  # the window stays usable while the welcome waits for the next step
        dialog.mark_done(self.steps_done())
        dialog.profile_button.clicked.connect(self._profile_step)
        dialog.import_button.clicked.connect(self._import_step)
        dialog.policy_button.clicked.connect(self._policy_step)
        dialog.show()
        return dialog

    def steps_done(self) -> set[str]:
        return {step for step in self.context.settings.value(WELCOME_STEPS_DONE).split(",") if step}

    def _step_taken(self, step: str) -> None:
        done = self.steps_done() | {step}
        self.context.settings.set_value(WELCOME_STEPS_DONE, ",".join(sorted(done)))
        dialog = self.window.findChild(WelcomeDialog, WELCOME_OBJECT_NAME)
        if dialog is not None:
            dialog.mark_done(done)

    def _profile_step(self) -> None:
        self._step_taken("profile")
        self.context.actions["view.page.profile-text"].trigger()

    def _import_step(self) -> None:
        self._step_taken("import")
        self.context.actions["file.import"].trigger()

    def _policy_step(self) -> None:
        self._step_taken("policy")
        self.context.actions["view.page.policy"].trigger()

    def show_once(self) -> WelcomeDialog | None:
        """On the first start only: the settings remember that the welcome was shown."""
        settings = self.context.settings
        if settings.value(WELCOME_SHOWN):
            return None
        settings.set_value(WELCOME_SHOWN, True)
        settings.sync()
        return self.show_welcome()
