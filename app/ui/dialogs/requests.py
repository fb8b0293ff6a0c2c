"""Inbox dialogs: a request typed or pasted from LinkedIn's invitations page, and applying one rule's suggestions.

Both answer through callbacks. The add-request dialog stays open with the reason when the request is refused
(a sender with a pending request already), so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import Decision
from app.ui.dialogs.inputs import add_or_cancel
from app.ui.dialogs.messages import plain_label

# (name, profile URL, note) -> None when recorded, else the reason it was refused
AddRequest = Callable[[str, str, str], str | None]


class AddRequestDialog(QDialog):
    """The sender's name (as LinkedIn shows it), their profile address and the note they wrote."""

    def __init__(self, submit: AddRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add-request")
        self.setWindowTitle(self.tr("Add request"))
        self.setAccessibleName(self.tr("Add request"))
        self._submit = submit
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Sender's name"))
        self.name.setPlaceholderText(self.tr("As LinkedIn shows it, e.g. Ada Quill"))
        self.profile_url = QLineEdit()
        self.profile_url.setAccessibleName(self.tr("Sender's LinkedIn profile URL"))
        self.profile_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("The sender's note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Paste the invitation's message, if it has one"))
        self.note.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Profile URL:"), self.profile_url)
        form.addRow(self.tr("N&ote:"), self.note)
        self.error = plain_label()
        self.error.setObjectName("add-request-error")
        self.error.setAccessibleName(self.tr("Why the request was not added"))
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons, self.ok_button = add_or_cancel()
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self._try_add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "A sender already in your record is found by the profile URL (or by a name only one contact "
                    "has); anyone else is added to your record as a stranger."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _try_add(self) -> None:
        problem = self._submit(self.name.text(), self.profile_url.text(), self.note.toPlainText())
        if problem is None:
            self.accept()
        else:
            self.error.setText(problem)
            self.error.show()


class ApplyRuleDialog(QDialog):
    """Choose a rule; the dialog says how many pending requests it decides and what is recorded for them."""

    def __init__(
        self,
        counts: Mapping[str | None, int],
        decisions: Mapping[str | None, Decision],
        chosen: str | None,
        on_apply: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("apply-rule")
        self.setWindowTitle(self.tr("Apply all suggestions of a rule"))
        self.setAccessibleName(self.tr("Apply all suggestions of a rule"))
        self._counts = dict(counts)
        self._decisions = dict(decisions)
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Rule"))
        for rule_name, count in self._counts.items():
            shown = rule_name if rule_name is not None else self.tr("(the policy's default)")
            self.rule.addItem(self.tr("{rule} — {count} pending").format(rule=shown, count=f"{count:,}"), rule_name)
        if chosen in self._counts:
            self.rule.setCurrentIndex(list(self._counts).index(chosen))
        self.consequence = plain_label()
        self.consequence.setObjectName("apply-rule-consequence")
        self.consequence.setAccessibleName(self.tr("What will be recorded"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setAccessibleName(self.tr("Apply"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)  # the safe answer
        self.apply_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: on_apply(self.rule.currentData()))
        self.rule.currentIndexChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Rule:"), self.rule)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(buttons)
        self._update()
        self.resize(520, 200)

    def _update(self) -> None:
        rule_name = self.rule.currentData()
        count = self._counts.get(rule_name, 0)
        decision = self._decisions.get(rule_name)
        word = decision.value if decision is not None else ""
        self.consequence.setText(
            self.tr(
                "Records “{decision}” as the decision on {count} pending requests, with the rule's reason and reply. "
                "Each can be put back from the History."
            ).format(decision=word, count=f"{count:,}")
        )
        self.apply_button.setText(self.tr("Apply {count} suggestions").format(count=f"{count:,}"))
        self.apply_button.setEnabled(count > 0)
