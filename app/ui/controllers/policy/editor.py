"""The policy editor's working copy: loaded in the background, edited through its parts, checked as you type, saved
through the policy service.

The working copy is a plain ``Policy`` (frozen dataclasses): every edit makes a new one (``edit``) and the parts
are told (``after_edit``). A policy with problems (a rule without a name, two rules with one name, a bad
placeholder...) cannot be saved: the Save button and Ctrl+S stay off and the problems are listed.

The parts, each in its own module: the rules list and the rule form (``RuleEditor``), the reply templates
(``TemplateEditor``), the [drafts] section (``DraftsEditor``), "what would change" (``ChangePreview``) and policy
files (``PolicyFiles``: import, export, reset to default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import GatehouseError
from app.core.policy.evaluation import PolicyComparison
from app.core.policy.model import Policy
from app.core.policy.validation import policy_problems
from app.core.records import OwnerProfile
from app.core.vocabulary import Decision
from app.services import policy as policy_service
from app.services import profile as profile_service
from app.services import requests as request_service
from app.services.policy import PolicyChange
from app.ui.actions import POLICY_PAGE, RULES
from app.ui.context import AppContext
from app.ui.controllers.policy.change_preview import ChangePreview
from app.ui.controllers.policy.drafts import DraftsEditor
from app.ui.controllers.policy.files import PolicyFiles
from app.ui.controllers.policy.rule_form import RuleEditor
from app.ui.controllers.policy.templates import TemplateEditor
from app.ui.dialogs.messages import show_error
from app.ui.models.policy_rules import RulesModel
from app.ui.settings import POLICY_SPLITTER
from app.ui.tasks import TaskFailure
from app.ui.views.policy_view import PolicyView

Facts = tuple[OwnerProfile, list[tuple[int, str]]]  # the owner profile, and (request id, sender) of pending requests


class PolicyEditorController(QObject):
    loaded = Signal()
    preview_updated = Signal()  # "what would change" shows the working policy
    saved = Signal()

    def __init__(self, view: PolicyView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.actions = context.actions
        self.today: date | None = None  # None: today; tests fix the day
        self.model = RulesModel(self)
        view.table.setModel(self.model)
        view.table.apply_default_widths()
        view.table.addActions(self.actions.actions_in_scope(RULES))
        view.addActions(self.actions.actions_in_scope(POLICY_PAGE))
        self.saved_policy: Policy | None = None
        self.policy: Policy | None = None
        self.owner = OwnerProfile()
        self.source = "edited"  # what the audit log says the saved policy came from
        self._filling = False
        self._saving = False
        self._after_save: Callable[[], None] | None = None  # save_edits' ``then``, once the save is done
        self.rules = RuleEditor(self)
        self.templates = TemplateEditor(self)
        self.changes = ChangePreview(self)
        self.files = PolicyFiles(self)
        self.drafts = DraftsEditor(self)
        self._connect_signals()
        self.rules.show_rule(None)
        self.update_buttons()
        self.restore_state()

    def _connect_signals(self) -> None:
        v, a = self.view, self.actions
        v.policy_name.textEdited.connect(lambda text: self.edit(lambda p: replace(p, name=text)))
        v.default_decision.currentIndexChanged.connect(self._default_edited)
        v.default_template.currentIndexChanged.connect(self._default_edited)
        a["policy.save"].triggered.connect(self.save)
        v.save_button.clicked.connect(self.save)
        a["policy.revert"].triggered.connect(self.revert)
        v.revert_button.clicked.connect(self.revert)
        self.changes.updated.connect(self.preview_updated)
        # Requests, contacts and the profile change on other pages: page_shown() reads them again.

    # --- loading ----------------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.context.database

        def read(_task: object) -> tuple[Policy, OwnerProfile, list[tuple[int, str]]]:
            pending = request_service.list_requests(db, pending_only=True)
            return (
                policy_service.get_policy(db),
                profile_service.get_profile(db),
                [(r.id, r.contact_name) for r in pending],
            )

        self.context.runner.submit(self.tr("Read the policy"), read, on_success=self._loaded)

    def _loaded(self, result: tuple[Policy, OwnerProfile, list[tuple[int, str]]]) -> None:
        policy, owner, names = result
        self._set_facts(owner, names)
        if self.policy is None or not self.dirty:
            self.saved_policy = policy
            self.set_working(policy)
            if self.model.rowCount():
                self.select_rule(0)
        else:
            self.saved_policy = policy
            self.after_edit()
        self.loaded.emit()

    def page_shown(self) -> None:
        """The page came to the front: requests or the profile may have changed on the command line meanwhile."""
        if self.policy is not None:
            self._reload_facts()

    def _reload_facts(self) -> None:
        """Requests, contacts or the profile changed: the preview and the samples follow; edits are kept."""
        db = self.context.database

        def read(_task: object) -> Facts:
            pending = request_service.list_requests(db, pending_only=True)
            return profile_service.get_profile(db), [(r.id, r.contact_name) for r in pending]

        self.context.runner.submit(
            self.tr("Read the requests"), read, on_success=lambda result: self._facts_loaded(*result)
        )

    def _facts_loaded(self, owner: OwnerProfile, names: list[tuple[int, str]]) -> None:
        self._set_facts(owner, names)
        self.templates.update_preview()
        self.changes.schedule()

    def _set_facts(self, owner: OwnerProfile, names: list[tuple[int, str]]) -> None:
        self.owner = owner
        self.changes.request_names = dict(names)
        self.templates.set_samples([name for _request_id, name in names])
        self.drafts.show_owner()

    # --- the working policy -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.policy is not None and self.policy != self.saved_policy

    def problems(self) -> list[str]:
        return [problem.message for problem in policy_problems(self.policy)] if self.policy is not None else []

    @property
    def is_filling(self) -> bool:
        return self._filling

    @contextmanager
    def filling(self) -> Iterator[None]:
        """The widgets are being filled from the working policy: what they signal meanwhile is not an edit."""
        before, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = before

    def set_working(self, policy: Policy) -> None:
        """Show ``policy`` everywhere (after load, revert, import, reset)."""
        rule_row = self.rules.current_row()
        template_row = self.view.templates.list.currentRow()
        self.policy = policy
        with self.filling():
            self.view.policy_name.setText(policy.name)
            self.model.set_rules(policy.rules, policy.default_template)
            self.fill_template_choices()
            self.templates.fill_list()
            self.drafts.fill(policy)
        if self.model.rowCount():
            self.select_rule(min(max(rule_row or 0, 0), self.model.rowCount() - 1))
        else:
            self.rules.show_rule(None)
        if policy.templates:
            self.view.templates.list.setCurrentRow(min(max(template_row, 0), len(policy.templates) - 1))
        else:
            self.templates.show_template(None)
        self.after_edit()

    def edit(self, change: Callable[[Policy], Policy]) -> None:
        """One edit of the working policy (ignored while the widgets are being filled)."""
        if self._filling or self.policy is None:
            return
        self.policy = change(self.policy)
        self.after_edit()

    def after_edit(self) -> None:
        problems = self.problems()
        self.view.problems.setText("\n".join(problems))
        self.view.problems.setVisible(bool(problems))
        self.update_buttons()
        self.templates.update_used_by()
        self.templates.update_preview()
        self.changes.schedule()

    def update_buttons(self) -> None:
        can_save = self.dirty and not self.problems()
        self.view.save_button.setEnabled(can_save)
        self.actions["policy.save"].setEnabled(can_save)
        self.view.revert_button.setEnabled(self.dirty)
        self.actions["policy.revert"].setEnabled(self.dirty)
        row = self.rules.current_row()
        has_rule = row is not None
        count = self.model.rowCount()
        for key, button, enabled in (
            ("policy.remove_rule", self.view.remove_rule_button, has_rule),
            ("policy.move_up", self.view.up_button, has_rule and row is not None and row > 0),
            ("policy.move_down", self.view.down_button, has_rule and row is not None and row < count - 1),
        ):
            button.setEnabled(enabled)
            self.actions[key].setEnabled(enabled)

    # --- the policy's own fields ------------------------------------------------------------------------

    def fill_template_choices(self) -> None:
        """The template choices of the policy's default and of the rule form, from the working policy."""
        assert self.policy is not None
        ids = [t.id for t in self.policy.templates]
        self.view.default_decision.setCurrentIndex(self.view.default_decision.findData(self.policy.default.value))
        for combo, none_text, current in (
            (self.view.default_template, self.tr("none"), self.policy.default_template),
            (self.view.rule_form.template, self.tr("the policy's default"), self.rules.current_template()),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none_text, None)
            for template_id in ids:
                combo.addItem(template_id, template_id)
            if current is not None and current not in ids:
                combo.addItem(self.tr("{id} (not defined)").format(id=current), current)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self.view.default_template.setEnabled(self.policy.default is Decision.REPLY)

    def _default_edited(self) -> None:
        decision = Decision(self.view.default_decision.currentData())
        template = self.view.default_template.currentData() if decision is Decision.REPLY else None
        self.view.default_template.setEnabled(decision is Decision.REPLY)
        self.edit(lambda p: replace(p, default=decision, default_template=template))
        self.model.set_default_template(self.policy.default_template if self.policy else None)

    # --- saving and reverting ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the policy in the background (it works out what changes for every pending request); False when
        there is nothing to save or a problem stops it."""
        if self.policy is None or not self.dirty:
            return False
        problems = self.problems()
        if problems:
            show_error(self.view.window(), self.tr("Policy not saved"), problems[0])
            return False
        db, policy, source, today = self.context.database, self.policy, self.source, self.today
        self.view.save_button.setEnabled(False)
        self.actions["policy.save"].setEnabled(False)
        self._saving = True
        self.context.runner.submit(
            self.tr("Save the policy"),
            lambda _task: policy_service.save_policy(db, policy, source=source, today=today),
            on_success=self._saved,
            on_failure=self._not_saved,
        )
        return True

    def _not_saved(self, failure: TaskFailure) -> None:
        self._saving = False
        self._after_save = None
        self.update_buttons()
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("Policy not saved"), failure.message)
        else:
            self.context.report_failure(failure)

    def _saved(self, change: PolicyChange) -> None:
        self._saving = False
        self.saved_policy = change.policy
        self.source = "edited"
        self.after_edit()
        self.context.events.message.emit(
            self.tr("Policy saved: {changed} of {total} pending requests get another decision.").format(
                changed=f"{change.comparison.changed:,}", total=f"{change.comparison.total:,}"
            )
        )
        self.context.events.policy_changed.emit()
        self.saved.emit()
        then, self._after_save = self._after_save, None
        if then is not None:
            if self.dirty:  # edited again while it was being saved
                self.save_edits(then)
            else:
                then()

    def revert(self) -> None:
        if self.saved_policy is not None:
            self.source = "edited"
            self.set_working(self.saved_policy)

    # --- unsaved edits (the window asks before they are lost) -------------------------------------------

    def unsaved_edits(self) -> str:
        return self.tr("the policy") if self.dirty else ""

    def save_edits(self, then: Callable[[], None]) -> None:
        self._after_save = then
        if not self._saving and not self.save():
            self._after_save = None

    def discard_edits(self) -> None:
        self.revert()

    # --- what the page and its tests use of the parts ---------------------------------------------------

    def current_rule_row(self) -> int | None:
        return self.rules.current_row()

    def select_rule(self, row: int) -> None:
        self.rules.select_rule(row)

    @property
    def comparison(self) -> PolicyComparison | None:
        """What the working policy would change, once worked out (None while it is not)."""
        return self.changes.comparison

    @comparison.setter
    def comparison(self, comparison: PolicyComparison | None) -> None:
        self.changes.comparison = comparison

    def refresh_preview(self) -> None:
        self.changes.refresh()

    def import_from(self, path: Path) -> bool:
        return self.files.import_from(path)

    def export_to(self, path: Path) -> bool:
        return self.files.export_to(path)

    def reset(self) -> None:
        self.files.reset()

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.context.settings.value(POLICY_SPLITTER)
        if not state.isEmpty():
            self.view.splitter.restoreState(state)

    def save_state(self) -> None:
        self.context.settings.set_value(POLICY_SPLITTER, self.view.splitter.saveState())
