"""The four-gates check before contacting someone: choose the channel and the purpose, see each gate pass, ask for
caution or stop (one sentence each) and the overall verdict.

The dialog is a view: it is given a ``check(channel, purpose)`` function (the controller's call into the service)
and shows what it returns, again whenever the channel or the purpose changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.gates import Gate, GateCheck, GateOutcome, Purpose, Verdict
from app.core.vocabulary import Channel
from app.ui.colours import colour
from app.ui.dialogs.messages import bold, plain_label

GateCheckFunction = Callable[[Channel, Purpose], GateCheck]


def outcome_word(outcome: GateOutcome) -> str:
    """A gate's answer as the dialog says it: pass, caution or stop."""
    return {GateOutcome.PASS: "pass", GateOutcome.CAUTION: "caution", GateOutcome.FAIL: "stop"}[outcome]


def channel_names() -> dict[Channel, str]:
    return {
        Channel.LINKEDIN: QCoreApplication.translate("GatesDialog", "LinkedIn"),
        Channel.EMAIL: QCoreApplication.translate("GatesDialog", "E-mail"),
        Channel.PHONE: QCoreApplication.translate("GatesDialog", "Phone"),
        Channel.SOCIAL: QCoreApplication.translate("GatesDialog", "Social media"),
    }


def purpose_names() -> dict[Purpose, str]:
    return {
        Purpose.WORK_FOLLOW_UP: QCoreApplication.translate("GatesDialog", "A work follow-up"),
        Purpose.PERSONAL: QCoreApplication.translate("GatesDialog", "A personal matter (a thank-you, a favour)"),
        Purpose.NETWORKING: QCoreApplication.translate("GatesDialog", "Networking"),
        Purpose.RECRUITMENT: QCoreApplication.translate("GatesDialog", "Recruitment (a job or a placement)"),
        Purpose.SALES: QCoreApplication.translate("GatesDialog", "Selling something"),
        Purpose.INVITATION_REPLY: QCoreApplication.translate("GatesDialog", "Replying to their invitation"),
    }


def gate_names() -> dict[Gate, str]:
    return {
        Gate.CONSENT: QCoreApplication.translate("GatesDialog", "Consent"),
        Gate.CHANNEL: QCoreApplication.translate("GatesDialog", "Channel"),
        Gate.CONTEXT: QCoreApplication.translate("GatesDialog", "Context"),
        Gate.CAUSE: QCoreApplication.translate("GatesDialog", "Cause"),
    }


def _coloured(label: QLabel, word: str) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour(word, palette))
    label.setPalette(palette)


class GatesDialog(QDialog):
    def __init__(
        self,
        contact_name: str,
        check: GateCheckFunction,
        parent: QWidget | None = None,
        *,
        channel: Channel | None = None,
        purpose: Purpose | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gates-dialog")
        self.setWindowTitle(self.tr("Before you contact {name}").format(name=contact_name or self.tr("this person")))
        self.setAccessibleName(self.tr("Before you contact"))
        self._check = check
        self.result: GateCheck | None = None

        intro = plain_label(
            self.tr(
                "Before you write to {name}, four gates must pass: consent, channel, context and cause. "
                "Choose how and why you want to get in touch."
            ).format(name=contact_name or self.tr("this person"))
        )
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for value, text in channel_names().items():
            self.channel.addItem(text, value.value)
        if channel is not None:
            self.channel.setCurrentIndex(list(Channel).index(channel))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        for value, text in purpose_names().items():
            self.purpose.addItem(text, value.value)
        if purpose is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))
        form = QFormLayout()
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Purpose:"), self.purpose)

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self.gate_outcomes: dict[Gate, QLabel] = {}
        self.gate_sentences: dict[Gate, QLabel] = {}
        for row, (gate, name) in enumerate(gate_names().items()):
            title = plain_label(name, wrap=False)
            title.setFont(bold(title.font()))
            outcome = plain_label(wrap=False)
            outcome.setObjectName(f"gate-outcome:{gate.value}")
            outcome.setAccessibleName(self.tr("{gate}: answer").format(gate=name))
            outcome.setFont(bold(outcome.font()))
            outcome.setMinimumWidth(outcome.fontMetrics().horizontalAdvance("caution") + 8)
            sentence = plain_label()
            sentence.setObjectName(f"gate-sentence:{gate.value}")
            sentence.setAccessibleName(self.tr("{gate}: why").format(gate=name))
            sentence.setMinimumWidth(360)
            for column, widget in enumerate((title, outcome, sentence)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self.gate_outcomes[gate] = outcome
            self.gate_sentences[gate] = sentence
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.verdict = plain_label(wrap=False)
        self.verdict.setObjectName("gates-verdict")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setFont(bold(self.verdict.font(), 1.4))
        self.verdict_text = plain_label()
        self.verdict_text.setAccessibleName(self.tr("What the verdict means"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(line)
        layout.addWidget(self.verdict)
        layout.addWidget(self.verdict_text)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.channel.currentIndexChanged.connect(self.run_check)
        self.purpose.currentIndexChanged.connect(self.run_check)
        self.resize(640, 420)
        self.run_check()

    def choose(self, channel: Channel, purpose: Purpose) -> None:
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))

    def run_check(self) -> None:
        result = self._check(Channel(self.channel.currentData()), Purpose(self.purpose.currentData()))
        self.result = result
        for gate_result in result.gates:
            word = outcome_word(gate_result.outcome)
            outcome = self.gate_outcomes[gate_result.gate]
            outcome.setText(word)
            _coloured(outcome, word)
            self.gate_sentences[gate_result.gate].setText(gate_result.sentence)
        verdict = result.verdict.value
        self.verdict.setText(self.tr("Verdict: {verdict}").format(verdict=verdict))
        _coloured(self.verdict, verdict)
        self.verdict_text.setText(
            {
                Verdict.GO: self.tr("Every gate passes: go ahead."),
                Verdict.CAUTION: self.tr("No gate stops you, but read the cautions before you write."),
                Verdict.STOP: self.tr("At least one gate says stop: do not make this contact this way."),
            }[result.verdict]
        )
