"""The policy editor's files: import a TOML policy into the editor, export the policy as shown, or start again from
the default policy. Nothing is saved until the user saves: what would change is shown first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from app.core.errors import GatehouseError
from app.core.policy.model import default_policy
from app.core.policy.policy_file import read_policy_file, write_policy_file
from app.ui.dialogs.messages import confirm, show_error
from app.ui.settings import POLICY_FOLDER

if TYPE_CHECKING:
    from app.ui.controllers.policy.editor import PolicyEditorController

POLICY_FILTER = "Gatehouse policy (*.toml);;All files (*)"


class PolicyFiles(QObject):
    def __init__(self, editor: PolicyEditorController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.view
        self.context = editor.context
        self._connect_signals()

    def _connect_signals(self) -> None:
        v, a = self.view, self.editor.actions
        a["policy.import"].triggered.connect(self.ask_import)
        v.import_button.clicked.connect(self.ask_import)
        a["policy.export"].triggered.connect(self.ask_export)
        v.export_button.clicked.connect(self.ask_export)
        a["policy.reset"].triggered.connect(self.ask_reset)
        v.reset_button.clicked.connect(self.ask_reset)

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.view.window(), self.tr("Import policy"), self.context.settings.value(POLICY_FOLDER), POLICY_FILTER
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        """Read a policy file into the editor (not saved yet: what would change is shown first)."""
        self.context.settings.set_value(POLICY_FOLDER, str(path.parent))
        try:
            policy = read_policy_file(path)
        except GatehouseError as exc:
            show_error(self.view.window(), self.tr("Policy not imported"), str(exc))
            return False
        self.editor.source = f"import {path.name}"
        self.editor.set_working(policy)
        self.context.events.message.emit(
            self.tr("Read {file}: see what would change, then save.").format(file=path.name)
        )
        return True

    def ask_export(self) -> None:
        folder = self.context.settings.value(POLICY_FOLDER) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.view.window(), self.tr("Export policy"), str(Path(folder) / "policy.toml"), POLICY_FILTER
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(".toml"))

    def export_to(self, path: Path) -> bool:
        """Write the policy as shown (with any unsaved edits) to a TOML file."""
        policy = self.editor.policy
        if policy is None:
            return False
        self.context.settings.set_value(POLICY_FOLDER, str(path.parent))
        problems = self.editor.problems()
        if problems:
            show_error(self.view.window(), self.tr("Policy not exported"), problems[0])
            return False
        try:
            write_policy_file(path, policy)
        except (OSError, GatehouseError) as exc:
            show_error(self.view.window(), self.tr("Policy not exported"), str(exc))
            return False
        self.context.events.message.emit(self.tr("Policy written to {file}").format(file=path))
        return True

    def ask_reset(self) -> None:
        confirm(
            self.view.window(),
            self.tr("Reset to default"),
            self.tr("Put the default policy in the editor?"),
            self.tr("Your rules and templates are replaced in the editor; nothing is saved until you save."),
            self.tr("&Reset"),
            self.reset,
        )

    def reset(self) -> None:
        self.editor.source = "reset"
        self.editor.set_working(default_policy())
