"""The menu actions of the app as QActions and menus, built from the specs of ``action_specs``.

An action is declared by an ``ActionSpec`` (in ``action_specs``, the table of every action); ``ActionRegistry``
turns the specs into QActions and menus. Controllers look actions up by key (``registry["file.import"]``) and
connect them; pages add their own specs by listing them in the table. The table's names are importable from here
too, as they were before it had a module of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.ui.action_specs import (
    ACTIONS,
    ENTRIES,
    HISTORY,
    INBOX,
    MENU_TITLES,
    MENUS,
    MET_IN_KEYS,
    POLICY_PAGE,
    PROFILE_PAGE,
    RELATIONSHIP_KEYS,
    RULES,
    TABLE,
    WINDOW,
    ActionSpec,
    Shortcut,
    page_action_specs,
)
from app.ui.vocabulary import label

__all__ = [
    "ACTIONS",
    "ENTRIES",
    "HISTORY",
    "INBOX",
    "MENUS",
    "MENU_TITLES",
    "MET_IN_KEYS",
    "POLICY_PAGE",
    "PROFILE_PAGE",
    "RELATIONSHIP_KEYS",
    "RULES",
    "TABLE",
    "WINDOW",
    "ActionRegistry",
    "ActionSpec",
    "Shortcut",
    "label",
    "page_action_specs",
]


class ActionRegistry(QObject):
    """The QActions of the app by key, and the menus they appear in."""

    def __init__(self, specs: Iterable[ActionSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        for spec in specs:
            if spec.key in self._specs:
                raise ValueError(f"action {spec.key!r} is declared twice")
            self._specs[spec.key] = spec
            self._actions[spec.key] = self._build(spec)

    def _build(self, spec: ActionSpec) -> QAction:
        # The specs hold English (marked for `make translations`); the user's language is applied here.
        action = QAction(QCoreApplication.translate("Actions", spec.text), self)
        action.setObjectName(spec.key)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            tip = QCoreApplication.translate("Actions", spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut if spec.scope == WINDOW else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: object) -> bool:
        return key in self._actions

    def specs(self) -> tuple[ActionSpec, ...]:
        return tuple(self._specs.values())

    def actions_in_scope(self, scope: str) -> list[QAction]:
        return [self._actions[key] for key, spec in self._specs.items() if spec.scope == scope]

    def install_window_actions(self, window: QWidget) -> None:
        """Window-wide shortcuts work even while the menu bar is hidden or collapsed."""
        window.addActions(self.actions_in_scope(WINDOW))

    def build_menus(self, menu_bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}

        def menu_for(path: str) -> QMenu:
            if path in menus:
                return menus[path]
            parent_path, _, title = path.rpartition("/")
            title = QCoreApplication.translate("Menus", title)
            menu = menu_bar.addMenu(title) if not parent_path else menu_for(parent_path).addMenu(title)
            menu.setObjectName(f"menu:{path}")
            menus[path] = menu
            return menu

        for title in MENUS:
            menu_for(title)
        for key, spec in self._specs.items():
            menu = menu_for(spec.menu)
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self._actions[key])
        return menus
