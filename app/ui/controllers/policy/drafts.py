"""The policy editor's [drafts] section: employer, its websites and products, confidential names and terms,
partners and disclosure phrases, one entry a line; the employer field shows the profile's organisation when
it is left empty (that is what the check then uses)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.policy.model import DraftsSection, Policy
from app.ui.controllers.editing import connect_edits

if TYPE_CHECKING:
    from app.ui.controllers.policy.editor import PolicyEditorController


def _lines(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(line.split()) for line in text.splitlines() if line.strip()))


class DraftsEditor(QObject):
    def __init__(self, editor: PolicyEditorController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.view.drafts
        self._connect_signals()

    def _connect_signals(self) -> None:
        connect_edits((self.view.employer, *self.view.lists.values()), self._edited)

    def fill(self, policy: Policy) -> None:
        section = policy.drafts
        self.view.employer.setText(section.employer)
        for key, edit in self.view.lists.items():
            values = "\n".join(getattr(section, key))
            if edit.toPlainText() != values:
                edit.setPlainText(values)
        self.show_owner()

    def show_owner(self) -> None:
        organisation = self.editor.owner.organisation
        self.view.employer.setPlaceholderText(
            self.tr("{organisation} (your profile's organisation)").format(organisation=organisation)
            if organisation
            else self.tr("Your profile's organisation (none set)")
        )

    def section_from_form(self) -> DraftsSection:
        values = {key: _lines(edit.toPlainText()) for key, edit in self.view.lists.items()}
        return DraftsSection(employer=" ".join(self.view.employer.text().split()), **values)

    def _edited(self) -> None:
        section = self.section_from_form()
        self.editor.edit(lambda policy: replace(policy, drafts=section))
