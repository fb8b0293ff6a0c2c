"""The policy editor's layout: the ordered rules, the policy's name and default, the rule form, the reply
templates with placeholder help and a live preview, the problems, and what the edits would change.

Layout only; ``PolicyEditorController`` gives it behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.policy.templates import PLACEHOLDERS
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship
from app.ui.actions import label
from app.ui.colours import paint
from app.ui.dialogs.messages import bold, plain_label
from app.ui.models.policy_rules import RuleColumn
from app.ui.views.widgets import scrolling, set_up_list_table
from app.ui.vocabulary import phrase

ANY = "any"


class RulesTableView(QTableView):
    """The rules in order; drag a row to move it (or Ctrl+Up / Ctrl+Down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policy-rules")
        self.setAccessibleName(self.tr("Rules, first match wins"))
        self.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move the selected rule; Space switches it on or off")
        )
        set_up_list_table(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def apply_default_widths(self) -> None:
        for column, width in ((RuleColumn.NUMBER, 28), (RuleColumn.ON, 34), (RuleColumn.NAME, 200),
                              (RuleColumn.WHEN, 240)):  # fmt: skip
            self.setColumnWidth(column, width)


class ChoiceBox(QGroupBox):
    """Check boxes for the words of one list condition; none ticked means "any"."""

    def __init__(self, title: str, words: list[str], columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        for number, word in enumerate(words):
            box = QCheckBox(label(word))
            box.setAccessibleName(f"{title}: {phrase(word)}")
            self.boxes[word] = box
            grid.addWidget(box, number // columns, number % columns)

    def chosen(self) -> tuple[str, ...] | None:
        words = tuple(word for word, box in self.boxes.items() if box.isChecked())
        return words or None

    def set_chosen(self, words: tuple[str, ...] | None) -> None:
        for word, box in self.boxes.items():
            box.setChecked(words is not None and word in words)


def tri_state(any_text: str, yes: str, no: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.addItem(any_text, ANY)
    combo.addItem(yes, True)
    combo.addItem(no, False)
    return combo


def months_box(accessible: str) -> QSpinBox:
    box = QSpinBox()
    box.setAccessibleName(accessible)
    box.setRange(0, 1200)
    box.setSpecialValueText(ANY)
    box.setSuffix(" months")
    box.setAccelerated(True)
    return box


class RuleFormView(QWidget):
    """One rule: its name, whether it is on, its conditions (all must hold) and its decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Rule name"))
        self.enabled = QCheckBox(self.tr("Rule is on"))
        self.enabled.setAccessibleName(self.tr("Rule is on"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        for decision in Decision:
            self.decision.addItem(decision.value, decision.value)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Reply template"))
        top = QFormLayout()
        top.addRow(self.tr("Na&me:"), self.name)
        top.addRow("", self.enabled)
        top.addRow(self.tr("&Then:"), self.decision)
        top.addRow(self.tr("Reply &template:"), self.template)

        explanation = plain_label(
            self.tr("When every condition below holds (ticking several words in a box means any of them):")
        )
        self.relationship = ChoiceBox(self.tr("Relationship"), [r.value for r in Relationship])
        self.met_in = ChoiceBox(self.tr("Met in"), [m.value for m in MetIn], columns=2)
        self.consent = ChoiceBox(self.tr("LinkedIn consent"), [c.value for c in ConsentStatus])
        self.red_flags = ChoiceBox(self.tr("Red flags in the note"), [f.value for f in RedFlag], columns=2)
        self.has_note = tri_state(self.tr("any"), self.tr("has a note"), self.tr("has no note"), self.tr("Note"))
        self.known = tri_state(
            self.tr("any"), self.tr("known (classified)"), self.tr("not known (stranger, unsorted)"), self.tr("Known")
        )
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags, any of them"))
        self.tags.setPlaceholderText(self.tr("any; or tags separated by commas"))
        self.within = months_box(self.tr("Last interaction within months"))
        self.older = months_box(self.tr("No interaction for months"))
        facts = QFormLayout()
        facts.addRow(self.tr("&Note:"), self.has_note)
        facts.addRow(self.tr("&Known:"), self.known)
        facts.addRow(self.tr("T&ags:"), self.tags)
        facts.addRow(self.tr("In touch &within:"), self.within)
        facts.addRow(self.tr("No contact &for:"), self.older)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addWidget(self.relationship)
        layout.addWidget(self.met_in)
        layout.addWidget(self.consent)
        layout.addWidget(self.red_flags)
        layout.addLayout(facts)
        layout.addStretch(1)

    def editors(self) -> list[QWidget]:
        return [
            self.name,
            self.enabled,
            self.decision,
            self.template,
            *self.relationship.boxes.values(),
            *self.met_in.boxes.values(),
            *self.consent.boxes.values(),
            *self.red_flags.boxes.values(),
            self.has_note,
            self.known,
            self.tags,
            self.within,
            self.older,
        ]


class TemplatesView(QWidget):
    """The reply templates: which one, its id and text, the placeholders to insert, and a live preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("policy-templates")
        self.list.setAccessibleName(self.tr("Reply templates"))
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton(self.tr("New template"))
        self.add_button.setAccessibleName(self.tr("New template"))
        self.remove_button = QPushButton(self.tr("Delete template"))
        self.remove_button.setAccessibleName(self.tr("Delete template"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)

        self.template_id = QLineEdit()
        self.template_id.setAccessibleName(self.tr("Template id"))
        self.template_id.setPlaceholderText("remind-me")
        self.used_by = plain_label()
        self.used_by.setAccessibleName(self.tr("Which rules use this template"))
        self.used_by.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("template-text")
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("&Id:"), self.template_id)
        form.addRow("", self.used_by)
        form.addRow(self.tr("Te&xt:"), self.text)

        self.placeholders = QListWidget()
        self.placeholders.setObjectName("placeholders")
        self.placeholders.setAccessibleName(self.tr("Placeholders: Enter inserts the selected one"))
        for name, meaning in PLACEHOLDERS.items():
            self.placeholders.addItem(f"{{{name}}}  {meaning}")
            self.placeholders.item(self.placeholders.count() - 1).setData(Qt.ItemDataRole.UserRole, name)
        self.placeholders.setMaximumHeight(110)
        self.insert_button = QPushButton(self.tr("Insert placeholder"))
        self.insert_button.setAccessibleName(self.tr("Insert the selected placeholder"))
        help_box = QGroupBox(self.tr("Placeholders (double-click or Enter to insert)"))
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(self.placeholders)
        help_layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignRight)

        self.sample = QComboBox()
        self.sample.setAccessibleName(self.tr("Sample request for the preview"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("template-preview")
        self.preview.setAccessibleName(self.tr("Preview of the reply"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMaximumHeight(100)
        self.preview_count = plain_label(wrap=False)
        self.preview_count.setObjectName("template-preview-count")
        self.preview_count.setAccessibleName(self.tr("Preview length"))
        self.preview_warning = plain_label()
        self.preview_warning.setAccessibleName(self.tr("Preview warning"))
        preview_box = QGroupBox(self.tr("Preview"))
        preview_form = QFormLayout(preview_box)
        preview_form.addRow(self.tr("&Sample:"), self.sample)
        preview_form.addRow(self.preview)
        count_row = QHBoxLayout()
        count_row.addWidget(self.preview_count)
        count_row.addWidget(self.preview_warning, 1)
        preview_form.addRow(count_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(help_box)
        layout.addWidget(preview_box)
        layout.addStretch(1)


class DraftsSectionView(QWidget):
    """The policy's [drafts] section: what the traffic light for posts and messages knows about your work."""

    LISTS = ("website", "products", "confidential", "partners", "disclosure")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = plain_label(
            self.tr(
                "What Check a draft (Ctrl+D) knows besides your clients. One entry a line. Confidential names, "
                "projects and terms, and partners or suppliers, are red when a draft names them; your employer "
                "and its products praised or compared are yellow unless the draft says you work there."
            )
        )
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.employer = QLineEdit()
        self.employer.setObjectName("drafts-employer")
        self.employer.setAccessibleName(self.tr("Employer"))
        titles = {
            "website": self.tr("Its own websites"),
            "products": self.tr("Its products and services"),
            "confidential": self.tr("Confidential names, projects and terms"),
            "partners": self.tr("Partners and suppliers"),
            "disclosure": self.tr("Disclosure phrases (besides “I work at”, #employee)"),
        }
        self.lists: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Employer:"), self.employer)
        for key in self.LISTS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"drafts-{key}")
            edit.setAccessibleName(titles[key])
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(72)
            self.lists[key] = edit
            form.addRow(titles[key] + ":", edit)
        self.lists["website"].setPlaceholderText("example.ac.uk")
        self.lists["disclosure"].setPlaceholderText("#MyServiceStaff")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)


class PolicyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policy-view")

        # The policy: name, default, rules
        self.policy_name = QLineEdit()
        self.policy_name.setAccessibleName(self.tr("Policy name"))
        self.default_decision = QComboBox()
        self.default_decision.setAccessibleName(self.tr("Decision when no rule matches"))
        for decision in Decision:
            self.default_decision.addItem(decision.value, decision.value)
        self.default_template = QComboBox()
        self.default_template.setAccessibleName(self.tr("Default reply template"))
        header = QFormLayout()
        header.addRow(self.tr("Po&licy name:"), self.policy_name)
        defaults = QHBoxLayout()
        defaults.addWidget(self.default_decision)
        defaults.addWidget(plain_label(self.tr("with template"), wrap=False))
        defaults.addWidget(self.default_template, 1)
        default_label = QLabel(self.tr("When no rule &matches:"))
        default_label.setBuddy(self.default_decision)
        header.addRow(default_label, defaults)

        self.table = RulesTableView()
        self.add_rule_button = QPushButton(self.tr("New rule"))
        self.add_rule_button.setAccessibleName(self.tr("New rule"))
        self.add_rule_button.setToolTip(self.tr("Insert"))
        self.remove_rule_button = QPushButton(self.tr("Delete rule"))
        self.remove_rule_button.setAccessibleName(self.tr("Delete rule"))
        self.remove_rule_button.setToolTip(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move rule up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move rule down"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        rule_buttons = QHBoxLayout()
        for button in (self.add_rule_button, self.remove_rule_button, self.up_button, self.down_button):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)

        # What the edits would change, and what is wrong
        self.changes_summary = plain_label()
        self.changes_summary.setObjectName("policy-changes-summary")
        self.changes_summary.setAccessibleName(self.tr("What would change"))
        self.changes_summary.setFont(bold(self.changes_summary.font()))
        self.changes = QListWidget()
        self.changes.setObjectName("policy-changes")
        self.changes.setAccessibleName(self.tr("Requests that would get another decision"))
        self.changes.setMaximumHeight(110)
        self.problems = plain_label()
        self.problems.setObjectName("policy-problems")
        self.problems.setAccessibleName(self.tr("Problems to fix before saving"))
        paint(self.problems, "error")
        changes_box = QGroupBox(self.tr("What would change"))
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.addWidget(self.changes_summary)
        changes_layout.addWidget(self.changes)
        changes_layout.addWidget(self.problems)

        self.save_button = QPushButton(self.tr("Save policy"))
        self.save_button.setObjectName("policy-save")
        self.save_button.setAccessibleName(self.tr("Save policy"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert to the saved policy"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import a policy from a file (shared by your service)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the policy to a file to share"))
        self.import_button.setToolTip(self.tr("Import a policy file, such as one your service shares"))
        self.export_button.setToolTip(self.tr("Write the policy to a file others can import"))
        self.reset_button = QPushButton(self.tr("Reset to default…"))
        self.reset_button.setAccessibleName(self.tr("Reset to the default policy"))
        save_row = QHBoxLayout()
        for button in (self.save_button, self.revert_button):
            save_row.addWidget(button)
        save_row.addStretch(1)
        for button in (self.import_button, self.export_button, self.reset_button):
            save_row.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(rule_buttons)
        left_layout.addWidget(changes_box)
        left_layout.addLayout(save_row)

        # The rule form and the templates
        self.rule_form = RuleFormView()
        self.templates = TemplatesView()
        self.drafts = DraftsSectionView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("policy-tabs")
        self.tabs.setAccessibleName(self.tr("Rule or reply templates"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scrolling(self.rule_form), self.tr("Rule"))
        self.tabs.addTab(scrolling(self.templates), self.tr("Reply templates"))
        self.tabs.addTab(scrolling(self.drafts), self.tr("Drafts"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("policy-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter, 1)
