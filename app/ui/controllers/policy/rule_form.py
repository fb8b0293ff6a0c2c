"""The policy editor's rules: the ordered list (select, add, delete, move, switch on and off) and the form of the
rule selected, whose every change becomes an edit of the working policy."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject

from app.core.policy.model import Conditions, Rule
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship
from app.ui.controllers.editing import connect_edits
from app.ui.views.policy_view import ANY

if TYPE_CHECKING:
    from app.ui.controllers.policy.editor import PolicyEditorController


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base 2``, ``base 3``... (``base-2``... for a hyphenated id) when it is taken."""
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken or f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}" if "-" in base else f"{base} {number}"


class RuleEditor(QObject):
    def __init__(self, editor: PolicyEditorController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.view
        self.model = editor.model
        self._connect_signals()

    def _connect_signals(self) -> None:
        v, a, form = self.view, self.editor.actions, self.view.rule_form
        v.table.selectionModel().currentRowChanged.connect(self._current_rule_changed)
        self.model.rules_edited.connect(self._rules_edited)
        connect_edits(form.editors(), self._rule_form_edited)
        a["policy.add_rule"].triggered.connect(self.add_rule)
        v.add_rule_button.clicked.connect(self.add_rule)
        a["policy.remove_rule"].triggered.connect(self.remove_rule)
        v.remove_rule_button.clicked.connect(self.remove_rule)
        a["policy.move_up"].triggered.connect(lambda: self.move_rule(-1))
        v.up_button.clicked.connect(lambda: self.move_rule(-1))
        a["policy.move_down"].triggered.connect(lambda: self.move_rule(1))
        v.down_button.clicked.connect(lambda: self.move_rule(1))

    # --- which rule -------------------------------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.view.table.currentIndex()
        return index.row() if index.isValid() and index.row() < self.model.rowCount() else None

    def current_template(self) -> str | None:
        row = self.current_row()
        return self.model.rule_at(row).template if row is not None else None

    def select_rule(self, row: int) -> None:
        index = self.model.index(row, 2)
        self.view.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.table.scrollTo(index)
        self.show_rule(row)

    def _current_rule_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_rule(current.row() if current.isValid() else None)

    # --- the form ---------------------------------------------------------------------------------------

    def show_rule(self, row: int | None) -> None:
        form = self.view.rule_form
        form.setEnabled(row is not None)
        self.editor.update_buttons()
        if row is None:
            return
        rule = self.model.rule_at(row)
        when = rule.when
        with self.editor.filling():
            form.name.setText(rule.name)
            form.enabled.setChecked(rule.enabled)
            form.decision.setCurrentIndex(form.decision.findData(rule.decision.value))
            if self.editor.policy is not None:
                self.editor.fill_template_choices()
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
        policy, row = self.editor.policy, self.current_row()
        if self.editor.is_filling or policy is None or row is None:
            return
        rule = self.rule_from_form()
        self.view.rule_form.template.setEnabled(rule.decision is Decision.REPLY)
        rules = list(policy.rules)
        rules[row] = rule
        self.model.replace_rule(row, rule, policy.default_template)
        self.editor.edit(lambda p: replace(p, rules=tuple(rules)))

    # --- the list ---------------------------------------------------------------------------------------

    def _rules_edited(self, rules: tuple[Rule, ...]) -> None:
        """The list changed a rule (switched on or off, moved by drag and drop)."""
        self.editor.edit(lambda p: replace(p, rules=rules))
        row = self.current_row()
        if row is not None:
            self.show_rule(row)

    def add_rule(self) -> None:
        policy = self.editor.policy
        if policy is None:
            return
        row = self.current_row()
        position = row + 1 if row is not None else len(policy.rules)
        name = unique_name(self.tr("New rule"), {r.name for r in policy.rules})
        rules = list(policy.rules)
        rules.insert(position, Rule(name, Decision.REPLY))
        self.editor.edit(lambda p: replace(p, rules=tuple(rules)))
        self.show_rules()
        self.select_rule(position)
        self.view.tabs.setCurrentIndex(0)
        self.view.rule_form.name.setFocus()
        self.view.rule_form.name.selectAll()

    def remove_rule(self) -> None:
        policy, row = self.editor.policy, self.current_row()
        if policy is None or row is None:
            return
        rules = list(policy.rules)
        del rules[row]
        self.editor.edit(lambda p: replace(p, rules=tuple(rules)))
        self.show_rules()
        if self.model.rowCount():
            self.select_rule(min(row, self.model.rowCount() - 1))
        else:
            self.show_rule(None)

    def move_rule(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        if self.model.move_rule(row, row + step):
            self.select_rule(row + step)

    def show_rules(self) -> None:
        """The list shows the working policy's rules again."""
        policy = self.editor.policy
        assert policy is not None
        self.model.set_rules(policy.rules, policy.default_template)
