"""The policy editor's reply templates: the list (add, delete), the id and text of the one selected (a renamed
template keeps its rules), the placeholders to insert, which rules use it, and its reply previewed for a sample
sender against the owner profile and LinkedIn's limit."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from app.core.errors import GatehouseError
from app.core.policy.model import Policy, ReplyTemplate
from app.core.policy.templates import REPLY_LIMIT, SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME, fill_template
from app.core.vocabulary import Decision
from app.ui.controllers.editing import connect_edits
from app.ui.controllers.policy.rule_form import unique_name
from app.ui.vocabulary import listing, profile_field

if TYPE_CHECKING:
    from app.ui.controllers.policy.editor import PolicyEditorController

SAMPLES = 12  # pending senders offered as samples for the template preview
NEW_TEMPLATE_TEXT = "Hi {first_name}, thank you for the invitation. Best wishes, {owner_name}"


class TemplateEditor(QObject):
    def __init__(self, editor: PolicyEditorController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.view
        self._samples: list[tuple[str, str]] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        templates = self.view.templates
        templates.list.currentRowChanged.connect(self._current_template_changed)
        connect_edits((templates.template_id, templates.text), self._template_edited)
        templates.add_button.clicked.connect(self.add_template)
        templates.remove_button.clicked.connect(self.remove_template)
        templates.placeholders.itemActivated.connect(self._insert_placeholder)
        templates.insert_button.clicked.connect(self._insert_placeholder)
        templates.sample.currentIndexChanged.connect(self.update_preview)

    def set_samples(self, names: list[str]) -> None:
        """The preview's samples: a long made-up name, then the first pending senders."""
        samples = [(SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME)]
        for name in names[:SAMPLES]:
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

    # --- which template ---------------------------------------------------------------------------------

    def fill_list(self) -> None:
        policy = self.editor.policy
        assert policy is not None
        templates = self.view.templates.list
        row = templates.currentRow()
        templates.blockSignals(True)
        templates.clear()
        for template in policy.templates:
            templates.addItem(QListWidgetItem(template.id))
        templates.blockSignals(False)
        if policy.templates:
            templates.setCurrentRow(min(max(row, 0), len(policy.templates) - 1))

    def current_row(self) -> int | None:
        row = self.view.templates.list.currentRow()
        policy = self.editor.policy
        return row if policy is not None and 0 <= row < len(policy.templates) else None

    def _current_template_changed(self, row: int) -> None:
        self.show_template(row if row >= 0 else None)

    def show_template(self, row: int | None) -> None:
        templates, policy = self.view.templates, self.editor.policy
        shown = policy is not None and row is not None and 0 <= row < len(policy.templates)
        for widget in (templates.template_id, templates.text, templates.remove_button, templates.placeholders,
                       templates.insert_button):  # fmt: skip
            widget.setEnabled(shown)
        with self.editor.filling():
            if shown:
                assert policy is not None and row is not None
                template = policy.templates[row]
                templates.template_id.setText(template.id)
                if templates.text.toPlainText() != template.text:
                    templates.text.setPlainText(template.text)
            else:
                templates.template_id.clear()
                templates.text.clear()
        self.update_used_by()
        self.update_preview()

    # --- editing ----------------------------------------------------------------------------------------

    def _template_edited(self) -> None:
        policy, row = self.editor.policy, self.current_row()
        if self.editor.is_filling or policy is None or row is None:
            return
        templates = self.view.templates
        old = policy.templates[row]
        new = ReplyTemplate(templates.template_id.text().strip(), templates.text.toPlainText())
        all_templates = list(policy.templates)
        all_templates[row] = new

        def change(policy: Policy) -> Policy:
            rules = policy.rules
            default_template = policy.default_template
            if new.id != old.id:  # a renamed template keeps its rules
                rules = tuple(replace(r, template=new.id) if r.template == old.id else r for r in rules)
                default_template = new.id if default_template == old.id else default_template
            return replace(policy, templates=tuple(all_templates), rules=rules, default_template=default_template)

        self.editor.edit(change)
        if new.id != old.id:
            item = templates.list.item(row)
            if item is not None:
                item.setText(new.id)
            with self.editor.filling():
                self.editor.fill_template_choices()
                self.editor.rules.show_rules()
                current = self.editor.rules.current_row()
                if current is None and self.editor.model.rowCount():
                    self.editor.rules.select_rule(0)

    def add_template(self) -> None:
        policy = self.editor.policy
        if policy is None:
            return
        template_id = unique_name("reply", {t.id for t in policy.templates})
        self.editor.edit(lambda p: replace(p, templates=(*p.templates, ReplyTemplate(template_id, NEW_TEMPLATE_TEXT))))
        self._fill_list_and_choices()
        self.view.templates.list.setCurrentRow(len(self.editor.policy.templates) - 1)
        self.view.tabs.setCurrentIndex(1)
        self.view.templates.template_id.setFocus()
        self.view.templates.template_id.selectAll()

    def remove_template(self) -> None:
        policy, row = self.editor.policy, self.current_row()
        if policy is None or row is None:
            return
        templates = list(policy.templates)
        del templates[row]
        self.editor.edit(lambda p: replace(p, templates=tuple(templates)))
        self._fill_list_and_choices()
        if templates:
            self.view.templates.list.setCurrentRow(min(row, len(templates) - 1))
        else:
            self.show_template(None)

    def _fill_list_and_choices(self) -> None:
        with self.editor.filling():
            self.fill_list()
            self.editor.fill_template_choices()

    def _insert_placeholder(self) -> None:
        item = self.view.templates.placeholders.currentItem()
        if item is None or not self.view.templates.text.isEnabled():
            return
        self.view.templates.text.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.view.templates.text.setFocus()

    # --- what the template is used for and what it says -------------------------------------------------

    def update_used_by(self) -> None:
        policy, row = self.editor.policy, self.current_row()
        if policy is None or row is None:
            self.view.templates.used_by.setText("")
            return
        template_id = policy.templates[row].id
        users = [
            self.tr("rule {number} ({name})").format(number=number, name=rule.name)
            for number, rule in enumerate(policy.rules, start=1)
            if rule.decision is Decision.REPLY and (rule.template or policy.default_template) == template_id
        ]
        if policy.default_template == template_id:
            users.append(self.tr("the default"))
        self.view.templates.used_by.setText(
            self.tr("Used by {users}.").format(users=", ".join(users)) if users else self.tr("Not used by any rule.")
        )

    def update_preview(self) -> None:
        templates, policy, row = self.view.templates, self.editor.policy, self.current_row()
        if policy is None or row is None:
            templates.preview.setPlainText("")
            templates.preview_count.setText("")
            templates.preview_warning.setText("")
            return
        index = max(templates.sample.currentIndex(), 0)
        first, last = self._samples[index] if index < len(self._samples) else (SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME)
        try:
            reply = fill_template(policy.templates[row].text, first, last, self.editor.owner)
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
            warnings.append(self.tr("Longer than your policy's target for brevity."))
        missing = [name for name in reply.missing if name != "last_name"]
        if missing:
            warnings.append(
                self.tr("Your profile leaves {fields} empty.").format(
                    fields=listing([profile_field(name) for name in missing])
                )
            )
        templates.preview_warning.setText(" ".join(warnings))
