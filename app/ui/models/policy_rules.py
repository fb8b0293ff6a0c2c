"""The policy editor's list of rules: a thin Qt adapter over the policy's ``Rule`` tuple, in order.

The "On" column is a check box (enable or disable a rule); rows move by drag and drop (or ``move_rule``). Every
change is announced with ``rules_edited`` carrying the new tuple, so the controller keeps the one working policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from app.core.policy.describe import describe_conditions
from app.core.policy.model import Rule
from app.core.vocabulary import Decision
from app.ui.models.records import plain_tip

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the rule's position (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the Rule itself
MIME_TYPE = "application/x-gatehouse-rule-rows"


class RuleColumn(IntEnum):
    NUMBER = 0
    ON = 1
    NAME = 2
    WHEN = 3
    THEN = 4


def rule_headers() -> dict[RuleColumn, str]:
    return {
        RuleColumn.NUMBER: QCoreApplication.translate("RulesModel", "#"),
        RuleColumn.ON: QCoreApplication.translate("RulesModel", "On"),
        RuleColumn.NAME: QCoreApplication.translate("RulesModel", "Rule"),
        RuleColumn.WHEN: QCoreApplication.translate("RulesModel", "When"),
        RuleColumn.THEN: QCoreApplication.translate("RulesModel", "Then"),
    }


class RulesModel(QAbstractTableModel):
    rules_edited = Signal(object)  # tuple[Rule, ...]

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rules: list[Rule] = []
        self._default_template: str | None = None
        self._headers = rule_headers()

    # --- what is shown ----------------------------------------------------------------------------------

    def set_rules(self, rules: Sequence[Rule], default_template: str | None) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self._default_template = default_template
        self.endResetModel()

    def replace_rule(self, row: int, rule: Rule, default_template: str | None) -> None:
        """Show an edited rule in place (the rule form changed it); does not announce."""
        self._rules[row] = rule
        self._default_template = default_template
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(RuleColumn) - 1))

    def set_default_template(self, default_template: str | None) -> None:
        """The "Then" column names the template a `reply` rule without its own gets."""
        if default_template != self._default_template:
            self._default_template = default_template
            if self._rules:
                self.dataChanged.emit(self.index(0, RuleColumn.THEN), self.index(len(self._rules) - 1, RuleColumn.THEN))

    def rules(self) -> tuple[Rule, ...]:
        return tuple(self._rules)

    def rule_at(self, row: int) -> Rule:
        return self._rules[row]

    def move_rule(self, source: int, destination: int) -> bool:
        """Move the rule at ``source`` so that it ends up at position ``destination``; announces the new order."""
        count = len(self._rules)
        if not (0 <= source < count and 0 <= destination < count) or source == destination:
            return False
        # beginMoveRows wants the row the moved one goes before, in the old numbering
        before = destination + 1 if destination > source else destination
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), before):
            return False
        rule = self._rules.pop(source)
        self._rules.insert(destination, rule)
        self.endMoveRows()
        first, last = min(source, destination), max(source, destination)
        self.dataChanged.emit(self.index(first, RuleColumn.NUMBER), self.index(last, RuleColumn.NUMBER))
        self.rules_edited.emit(self.rules())
        return True

    # --- reading ----------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RuleColumn)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows: a drop place
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() == RuleColumn.ON:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _text(self, rule: Rule, row: int, column: RuleColumn) -> str:
        match column:
            case RuleColumn.NUMBER:
                return str(row + 1)
            case RuleColumn.ON:
                return ""
            case RuleColumn.NAME:
                return rule.name
            case RuleColumn.WHEN:
                return describe_conditions(rule.when)
            case RuleColumn.THEN:
                template = (rule.template or self._default_template) if rule.decision is Decision.REPLY else None
                return f"{rule.decision.value} ({template})" if template else rule.decision.value

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rules):
            return None
        rule = self._rules[index.row()]
        column = RuleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rule, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (RuleColumn.NAME, RuleColumn.WHEN):
            return plain_tip(self._text(rule, index.row(), column))  # a shared policy file's names are untrusted
        if role == Qt.ItemDataRole.CheckStateRole and column is RuleColumn.ON:
            return Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not rule.enabled:  # a rule switched off reads muted
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ID_ROLE:
            return index.row()
        if role == SORT_ROLE:
            return (
                index.row() if column in (RuleColumn.NUMBER, RuleColumn.ON) else self._text(rule, index.row(), column)
            )
        if role == ROW_ROLE:
            return rule
        return None

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != RuleColumn.ON or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        rule = self._rules[index.row()]
        if rule.enabled == checked:
            return True
        self._rules[index.row()] = replace(rule, enabled=checked)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(RuleColumn) - 1))
        self.rules_edited.emit(self.rules())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self._headers[RuleColumn(section)]
        return None

    # --- drag and drop: moving a rule -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(str(r) for r in rows[:1]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        if not text:
            return False
        source = int(text)
        # dropped on a row: before it; between rows: at ``row``; below the last row: at the end
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rules))
        destination = target - 1 if target > source else target
        self.move_rule(source, max(0, min(destination, len(self._rules) - 1)))
        return True

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """The view asks this after a move by drag and drop; the move has happened, nothing is to be removed."""
        return False
