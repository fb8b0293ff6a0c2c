"""The policy editor's behaviour: one working copy of the policy, edited through the rules list, the rule form and
the template editor; checked as you type; "what would change" worked out in the background; saved, imported,
exported or reset through the policy service.

The working copy is a plain ``Policy`` (frozen dataclasses): every edit makes a new one and the views are told. A
policy with problems (a rule without a name, two rules with one name, a bad placeholder...) cannot be saved: the
Save button and Ctrl+S stay off and the problems are listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit, QListWidgetItem, QSpinBox

from app.core.errors import GatehouseError
from app.core.policy.evaluation import PolicyComparison
from app.core.policy.model import Conditions, Policy, ReplyTemplate, Rule, default_policy
from app.core.policy.policy_file import read_policy_file, write_policy_file
from app.core.policy.templates import (
    REPLY_LIMIT,
    SAMPLE_FIRST_NAME,
    SAMPLE_LAST_NAME,
    fill_template,
)
from app.core.policy.validation import policy_problems
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship
from app.services import policy as policy_service
from app.services import profile as profile_service
from app.services import requests as request_service
from app.services.policy import PolicyChange
from app.ui.actions import POLICY_PAGE, RULES
from app.ui.context import AppContext
from app.ui.dialogs.messages import confirm, show_error
from app.ui.models.policy_rules import RulesModel
from app.ui.settings import POLICY_FOLDER, POLICY_SPLITTER
from app.ui.tasks import TaskFailure
from app.ui.views.policy_view import ANY, PolicyView

PREVIEW_DELAY_MS = 250
SAMPLES = 12  # pending senders offered as samples for the template preview
POLICY_FILTER = "Gatehouse policy (*.toml);;All files (*)"
NEW_TEMPLATE_TEXT = "Hi {first_name}, thank you for the invitation. Best wishes, {owner_name}"


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken or f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}" if "-" in base else f"{base} {number}"


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
        self.comparison: PolicyComparison | None = None
        self._names: dict[int, str] = {}
        self._samples: list[tuple[str, str]] = []
        self._source = "edited"
        self._filling = False
        self._preview_generation = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._connect_signals()
        self._show_rule(None)
        self._update_buttons()
        self.restore_state()

    def _connect_signals(self) -> None:
        v, a, form, templates = self.view, self.actions, self.view.rule_form, self.view.templates
        v.table.selectionModel().currentRowChanged.connect(self._current_rule_changed)
        self.model.rules_edited.connect(self._rules_edited)
        v.policy_name.textEdited.connect(lambda text: self._edit(lambda p: replace(p, name=text)))
        v.default_decision.currentIndexChanged.connect(self._default_edited)
        v.default_template.currentIndexChanged.connect(self._default_edited)
        for editor in form.editors():
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(self._rule_form_edited)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(self._rule_form_edited)
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self._rule_form_edited)
            elif isinstance(editor, QSpinBox):
                editor.valueChanged.connect(self._rule_form_edited)
        templates.list.currentRowChanged.connect(self._current_template_changed)
        templates.template_id.textEdited.connect(self._template_edited)
        templates.text.textChanged.connect(self._template_edited)
        templates.add_button.clicked.connect(self.add_template)
        templates.remove_button.clicked.connect(self.remove_template)
        templates.placeholders.itemActivated.connect(self._insert_placeholder)
        templates.insert_button.clicked.connect(self._insert_placeholder)
        templates.sample.currentIndexChanged.connect(self._update_template_preview)
        a["policy.save"].triggered.connect(self.save)
        v.save_button.clicked.connect(self.save)
        a["policy.revert"].triggered.connect(self.revert)
        v.revert_button.clicked.connect(self.revert)
        a["policy.add_rule"].triggered.connect(self.add_rule)
        v.add_rule_button.clicked.connect(self.add_rule)
        a["policy.remove_rule"].triggered.connect(self.remove_rule)
        v.remove_rule_button.clicked.connect(self.remove_rule)
        a["policy.move_up"].triggered.connect(lambda: self.move_rule(-1))
        v.up_button.clicked.connect(lambda: self.move_rule(-1))
        a["policy.move_down"].triggered.connect(lambda: self.move_rule(1))
        v.down_button.clicked.connect(lambda: self.move_rule(1))
        a["policy.import"].triggered.connect(self.ask_import)
        v.import_button.clicked.connect(self.ask_import)
        a["policy.export"].triggered.connect(self.ask_export)
        v.export_button.clicked.connect(self.ask_export)
        a["policy.reset"].triggered.connect(self.ask_reset)
        v.reset_button.clicked.connect(self.ask_reset)
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
            self._after_edit()
        self.loaded.emit()

    def page_shown(self) -> None:
        """The page came to the front: requests or the profile may have changed on the command line meanwhile."""
        if self.policy is not None:
            self._reload_facts()

    def _reload_facts(self) -> None:
        """Requests, contacts or the profile changed: the preview and the samples follow; edits are kept."""
        db = self.context.database

        def read(_task: object) -> tuple[OwnerProfile, list[tuple[int, str]]]:
            pending = request_service.list_requests(db, pending_only=True)
            return profile_service.get_profile(db), [(r.id, r.contact_name) for r in pending]

        self.context.runner.submit(
            self.tr("Read the requests"), read, on_success=lambda result: self._facts_loaded(*result)
        )

    def _facts_loaded(self, owner: OwnerProfile, names: list[tuple[int, str]]) -> None:
        self._set_facts(owner, names)
        self._update_template_preview()
        self._schedule_preview()

    def _set_facts(self, owner: OwnerProfile, names: list[tuple[int, str]]) -> None:
        self.owner = owner
        self._names = dict(names)
        samples = [(SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME)]
        for _request_id, name in names[:SAMPLES]:
            first, _, last = name.partition(" ")
            samples.append((first, last))
        self._samples = samples
        combo = self.view.templates.sample
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("{name} (a long name)").format(name=f"{SAMPLE_FIRST_NAME} {SAMPLE_LAST_NAME}"))
        for first, last in samples[1:]:
            combo.addItem(f"{first} {last}".strip())
        combo.blockSignals(False)

    # --- the working policy -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.policy is not None and self.policy != self.saved_policy

    def problems(self) -> list[str]:
        return [problem.message for problem in policy_problems(self.policy)] if self.policy is not None else []

    def set_working(self, policy: Policy) -> None:
        """Show ``policy`` everywhere (after load, revert, import, reset)."""
        rule_row = self.current_rule_row()
        template_row = self.view.templates.list.currentRow()
        self.policy = policy
        self._filling = True
        try:
            self.view.policy_name.setText(policy.name)
            self.model.set_rules(policy.rules, policy.default_template)
            self._fill_template_choices()
            self._fill_template_list()
        finally:
            self._filling = False
        if self.model.rowCount():
            self.select_rule(min(max(rule_row or 0, 0), self.model.rowCount() - 1))
        else:
            self._show_rule(None)
        if policy.templates:
            self.view.templates.list.setCurrentRow(min(max(template_row, 0), len(policy.templates) - 1))
        else:
            self._show_template(None)
        self._after_edit()

    def _edit(self, change: Callable[[Policy], Policy]) -> None:
        if self._filling or self.policy is None:
            return
        self.policy = change(self.policy)
        self._after_edit()

    def _after_edit(self) -> None:
        problems = self.problems()
        self.view.problems.setText("\n".join(problems))
        self.view.problems.setVisible(bool(problems))
        self._update_buttons()
        self._update_used_by()
        self._update_template_preview()
        self._schedule_preview()

    def _update_buttons(self) -> None:
        can_save = self.dirty and not self.problems()
        self.view.save_button.setEnabled(can_save)
        self.actions["policy.save"].setEnabled(can_save)
        self.view.revert_button.setEnabled(self.dirty)
        self.actions["policy.revert"].setEnabled(self.dirty)
        row = self.current_rule_row()
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

    def _fill_template_choices(self) -> None:
        assert self.policy is not None
        ids = [t.id for t in self.policy.templates]
        self.view.default_decision.setCurrentIndex(self.view.default_decision.findData(self.policy.default.value))
        for combo, none_text, current in (
            (self.view.default_template, self.tr("none"), self.policy.default_template),
            (self.view.rule_form.template, self.tr("the policy's default"), self._current_rule_template()),
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
        self._edit(lambda p: replace(p, default=decision, default_template=template))
        self.model.set_default_template(self.policy.default_template if self.policy else None)

    # --- rules ------------------------------------------------------------------------------------------

    def current_rule_row(self) -> int | None:
        index = self.view.table.currentIndex()
        return index.row() if index.isValid() and index.row() < self.model.rowCount() else None

    def _current_rule_template(self) -> str | None:
        row = self.current_rule_row()
        return self.model.rule_at(row).template if row is not None else None

    def select_rule(self, row: int) -> None:
        index = self.model.index(row, 2)
        self.view.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.table.scrollTo(index)
        self._show_rule(row)

    def _current_rule_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_rule(current.row() if current.isValid() else None)

    def _show_rule(self, row: int | None) -> None:
        form = self.view.rule_form
        form.setEnabled(row is not None)
        self._update_buttons()
        if row is None:
            return
        rule = self.model.rule_at(row)
        when = rule.when
        self._filling = True
        try:
            form.name.setText(rule.name)
            form.enabled.setChecked(rule.enabled)
            form.decision.setCurrentIndex(form.decision.findData(rule.decision.value))
            if self.policy is not None:
                self._fill_template_choices()
            form.template.setCurrentIndex(max(form.template.findData(rule.template), 0) if rule.template else 0)
            form.template.setEnabled(rule.decision is Decision.REPLY)
            form.relationship.set_chosen(tuple(r.value for r in when.relationship) if when.relationship else None)
            form.met_in.set_chosen(tuple(m.value for m in when.met_in) if when.met_in else None)
            form.consent.set_chosen(tuple(c.value for c in when.consent) if when.consent else None)
            form.red_flags.set_chosen(tuple(f.value for f in when.red_flags) if when.red_flags else None)
            form.has_note.setCurrentIndex(form.has_note.findData(ANY if when.has_note is None else when.has_note))
            form.known.setCurrentIndex(form.known.findData(ANY if when.known is None else when.known))
            form.tags.setText(", ".join(when.tags or ()))
            form.within.setValue(when.last_interaction_within_months or 0)
            form.older.setValue(when.last_interaction_older_than_months or 0)
        finally:
            self._filling = False

    def rule_from_form(self) -> Rule:
        form = self.view.rule_form
        decision = Decision(form.decision.currentData())
        tags = tuple(tag.strip() for tag in form.tags.text().split(",") if tag.strip())

        def words(box_words: tuple[str, ...] | None, enum_type: type) -> tuple | None:
            return tuple(enum_type(word) for word in box_words) if box_words else None

        has_note, known = form.has_note.currentData(), form.known.currentData()
        return Rule(
            name=form.name.text(),
            decision=decision,
            when=Conditions(
                relationship=words(form.relationship.chosen(), Relationship),
                met_in=words(form.met_in.chosen(), MetIn),
                consent=words(form.consent.chosen(), ConsentStatus),
                has_note=None if has_note == ANY else bool(has_note),
                red_flags=words(form.red_flags.chosen(), RedFlag),
                known=None if known == ANY else bool(known),
                tags=tags or None,
                last_interaction_within_months=form.within.value() or None,
                last_interaction_older_than_months=form.older.value() or None,
            ),
            template=form.template.currentData() if decision is Decision.REPLY else None,
            enabled=form.enabled.isChecked(),
        )

    def _rule_form_edited(self) -> None:
        row = self.current_rule_row()
        if self._filling or self.policy is None or row is None:
            return
        rule = self.rule_from_form()
        self.view.rule_form.template.setEnabled(rule.decision is Decision.REPLY)
        rules = list(self.policy.rules)
        rules[row] = rule
        self.model.replace_rule(row, rule, self.policy.default_template)
        self._edit(lambda p: replace(p, rules=tuple(rules)))

    def _rules_edited(self, rules: tuple[Rule, ...]) -> None:
        """The list changed a rule (switched on or off, moved by drag and drop)."""
        self._edit(lambda p: replace(p, rules=rules))
        row = self.current_rule_row()
        if row is not None:
            self._show_rule(row)

    def add_rule(self) -> None:
        if self.policy is None:
            return
        row = self.current_rule_row()
        position = row + 1 if row is not None else len(self.policy.rules)
        name = _unique(self.tr("New rule"), {r.name for r in self.policy.rules})
        rules = list(self.policy.rules)
        rules.insert(position, Rule(name, Decision.REPLY))
        self._edit(lambda p: replace(p, rules=tuple(rules)))
        self.model.set_rules(self.policy.rules, self.policy.default_template)
        self.select_rule(position)
        self.view.tabs.setCurrentIndex(0)
        self.view.rule_form.name.setFocus()
        self.view.rule_form.name.selectAll()

    def remove_rule(self) -> None:
        row = self.current_rule_row()
        if self.policy is None or row is None:
            return
        rules = list(self.policy.rules)
        del rules[row]
        self._edit(lambda p: replace(p, rules=tuple(rules)))
        self.model.set_rules(self.policy.rules, self.policy.default_template)
        if self.model.rowCount():
            self.select_rule(min(row, self.model.rowCount() - 1))
        else:
            self._show_rule(None)

    def move_rule(self, step: int) -> None:
        row = self.current_rule_row()
        if row is None:
            return
        if self.model.move_rule(row, row + step):
            self.select_rule(row + step)

    # --- templates --------------------------------------------------------------------------------------

    def _fill_template_list(self) -> None:
        assert self.policy is not None
        templates = self.view.templates.list
        row = templates.currentRow()
        templates.blockSignals(True)
        templates.clear()
        for template in self.policy.templates:
            templates.addItem(QListWidgetItem(template.id))
        templates.blockSignals(False)
        if self.policy.templates:
            templates.setCurrentRow(min(max(row, 0), len(self.policy.templates) - 1))

    def current_template_row(self) -> int | None:
        row = self.view.templates.list.currentRow()
        return row if self.policy is not None and 0 <= row < len(self.policy.templates) else None

    def _current_template_changed(self, row: int) -> None:
        self._show_template(row if row >= 0 else None)

    def _show_template(self, row: int | None) -> None:
        templates = self.view.templates
        shown = self.policy is not None and row is not None and 0 <= row < len(self.policy.templates)
        for widget in (templates.template_id, templates.text, templates.remove_button, templates.placeholders,
                       templates.insert_button):  # fmt: skip
            widget.setEnabled(shown)
        self._filling = True
        try:
            if shown:
                assert self.policy is not None and row is not None
                template = self.policy.templates[row]
                templates.template_id.setText(template.id)
                if templates.text.toPlainText() != template.text:
                    templates.text.setPlainText(template.text)
            else:
                templates.template_id.clear()
                templates.text.clear()
        finally:
            self._filling = False
        self._update_used_by()
        self._update_template_preview()

    def _template_edited(self) -> None:
        row = self.current_template_row()
        if self._filling or self.policy is None or row is None:
            return
        templates = self.view.templates
        old = self.policy.templates[row]
        new = ReplyTemplate(templates.template_id.text().strip(), templates.text.toPlainText())
        all_templates = list(self.policy.templates)
        all_templates[row] = new

        def change(policy: Policy) -> Policy:
            rules = policy.rules
            default_template = policy.default_template
            if new.id != old.id:  # a renamed template keeps its rules
                rules = tuple(replace(r, template=new.id) if r.template == old.id else r for r in rules)
                default_template = new.id if default_template == old.id else default_template
            return replace(policy, templates=tuple(all_templates), rules=rules, default_template=default_template)

        self._edit(change)
        if new.id != old.id:
            item = templates.list.item(row)
            if item is not None:
                item.setText(new.id)
            self._filling = True
            try:
                self._fill_template_choices()
                self.model.set_rules(self.policy.rules, self.policy.default_template)
                current = self.current_rule_row()
                if current is None and self.model.rowCount():
                    self.select_rule(0)
            finally:
                self._filling = False

    def add_template(self) -> None:
        if self.policy is None:
            return
        template_id = _unique("reply", {t.id for t in self.policy.templates})
        self._edit(lambda p: replace(p, templates=(*p.templates, ReplyTemplate(template_id, NEW_TEMPLATE_TEXT))))
        self._filling = True
        try:
            self._fill_template_list()
            self._fill_template_choices()
        finally:
            self._filling = False
        self.view.templates.list.setCurrentRow(len(self.policy.templates) - 1)
        self.view.tabs.setCurrentIndex(1)
        self.view.templates.template_id.setFocus()
        self.view.templates.template_id.selectAll()

    def remove_template(self) -> None:
        row = self.current_template_row()
        if self.policy is None or row is None:
            return
        templates = list(self.policy.templates)
        del templates[row]
        self._edit(lambda p: replace(p, templates=tuple(templates)))
        self._filling = True
        try:
            self._fill_template_list()
            self._fill_template_choices()
        finally:
            self._filling = False
        if templates:
            self.view.templates.list.setCurrentRow(min(row, len(templates) - 1))
        else:
            self._show_template(None)

    def _insert_placeholder(self) -> None:
        item = self.view.templates.placeholders.currentItem()
        if item is None or not self.view.templates.text.isEnabled():
            return
        self.view.templates.text.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.view.templates.text.setFocus()

    def _update_used_by(self) -> None:
        row = self.current_template_row()
        if self.policy is None or row is None:
            self.view.templates.used_by.setText("")
            return
        template_id = self.policy.templates[row].id
        users = [
            self.tr("rule {number} ({name})").format(number=number, name=rule.name)
            for number, rule in enumerate(self.policy.rules, start=1)
            if rule.decision is Decision.REPLY and (rule.template or self.policy.default_template) == template_id
        ]
        if self.policy.default_template == template_id:
            users.append(self.tr("the default"))
        self.view.templates.used_by.setText(
            self.tr("Used by {users}.").format(users=", ".join(users)) if users else self.tr("Not used by any rule.")
        )

    def _update_template_preview(self) -> None:
        templates = self.view.templates
        row = self.current_template_row()
        if self.policy is None or row is None:
            templates.preview.setPlainText("")
            templates.preview_count.setText("")
            templates.preview_warning.setText("")
            return
        index = max(templates.sample.currentIndex(), 0)
        first, last = self._samples[index] if index < len(self._samples) else (SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME)
        try:
            reply = fill_template(self.policy.templates[row].text, first, last, self.owner)
        except GatehouseError as exc:
            templates.preview.setPlainText("")
            templates.preview_count.setText("")
            templates.preview_warning.setText(str(exc))
            return
        templates.preview.setPlainText(reply.text)
        templates.preview_count.setText(
            self.tr("{length} / {limit} characters").format(length=reply.length, limit=REPLY_LIMIT)
        )
        warnings = []
        if reply.too_long:
            warnings.append(self.tr("Too long for a LinkedIn invitation note."))
        missing = [name for name in reply.missing if name != "last_name"]
        if missing:
            warnings.append(self.tr("Your profile leaves {fields} empty.").format(fields=", ".join(missing)))
        templates.preview_warning.setText(" ".join(warnings))

    # --- what would change ------------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Work out, in the background, how many pending requests the working policy decides differently."""
        self._preview_timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        policy = self.policy
        if policy is None:
            return
        if self.problems():
            self.comparison = None
            self.view.changes_summary.setText(self.tr("Fix the problems below to see what would change."))
            self.view.changes.clear()
            self.preview_updated.emit()
            return
        db, today = self.context.database, self.today
        self.context.runner.submit(
            self.tr("Preview the policy"),
            lambda _task: policy_service.preview_policy(db, policy, today=today),
            on_success=lambda comparison: self._preview_ready(generation, comparison),
        )

    def _preview_ready(self, generation: int, comparison: PolicyComparison) -> None:
        if generation != self._preview_generation:
            return  # an older edit's answer
        self.comparison = comparison
        if not self.dirty:
            summary = self.tr("No unsaved edits. {total} pending requests.").format(total=f"{comparison.total:,}")
        else:
            summary = self.tr("With these edits, {changed} of {total} pending requests would get another decision.")
            summary = summary.format(changed=f"{comparison.changed:,}", total=f"{comparison.total:,}")
        self.view.changes_summary.setText(summary)
        self.view.changes.clear()
        for change in comparison.changes[:500]:
            name = self._names.get(change.request_id, self.tr("request {id}").format(id=change.request_id))
            rule = change.after.rule_name or self.tr("the default")
            self.view.changes.addItem(
                f"{name}: {change.before.decision.value} → {change.after.decision.value} ({rule})"
            )
        self.preview_updated.emit()

    # --- saving, importing, exporting, resetting --------------------------------------------------------

    def save(self) -> bool:
        """Save the policy in the background (it works out what changes for every pending request); False when
        there is nothing to save or a problem stops it."""
        if self.policy is None or not self.dirty:
            return False
        problems = self.problems()
        if problems:
            show_error(self.view.window(), self.tr("Policy not saved"), problems[0])
            return False
        db, policy, source, today = self.context.database, self.policy, self._source, self.today
        self.view.save_button.setEnabled(False)
        self.actions["policy.save"].setEnabled(False)
        self.context.runner.submit(
            self.tr("Save the policy"),
            lambda _task: policy_service.save_policy(db, policy, source=source, today=today),
            on_success=self._saved,
            on_failure=self._not_saved,
        )
        return True

    def _not_saved(self, failure: TaskFailure) -> None:
        self._update_buttons()
        if isinstance(failure.exception, GatehouseError):
            show_error(self.view.window(), self.tr("Policy not saved"), failure.message)
        else:
            self.context.report_failure(failure)

    def _saved(self, change: PolicyChange) -> None:
        self.saved_policy = change.policy
        self._source = "edited"
        self._after_edit()
        self.context.events.message.emit(
            self.tr("Policy saved: {changed} of {total} pending requests get another decision.").format(
                changed=f"{change.comparison.changed:,}", total=f"{change.comparison.total:,}"
            )
        )
        self.context.events.policy_changed.emit()
        self.saved.emit()

    def revert(self) -> None:
        if self.saved_policy is not None:
            self._source = "edited"
            self.set_working(self.saved_policy)

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
        self._source = f"import {path.name}"
        self.set_working(policy)
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
        if self.policy is None:
            return False
        self.context.settings.set_value(POLICY_FOLDER, str(path.parent))
        problems = self.problems()
        if problems:
            show_error(self.view.window(), self.tr("Policy not exported"), problems[0])
            return False
        try:
            write_policy_file(path, self.policy)
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
        self._source = "reset"
        self.set_working(default_policy())

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.context.settings.value(POLICY_SPLITTER)
        if not state.isEmpty():
            self.view.splitter.restoreState(state)

    def save_state(self) -> None:
        self.context.settings.set_value(POLICY_SPLITTER, self.view.splitter.saveState())
