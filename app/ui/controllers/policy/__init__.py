"""The policy editor's behaviour: ``PolicyEditorController`` keeps the one working copy of the policy; its parts
edit it (the rules and the rule form, the reply templates), show what it would change, and read or write it as a
file."""

from app.ui.controllers.policy.editor import PolicyEditorController

__all__ = ["PolicyEditorController"]
