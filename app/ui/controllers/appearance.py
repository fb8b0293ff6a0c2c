"""View > Theme (System, Light, Dark), remembered in the settings and applied to the whole app."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.context import AppContext
from app.ui.settings import THEME
from app.ui.theme import apply_theme

THEME_KEYS = ("system", "light", "dark")


class AppearanceController(QObject):
    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("appearance-controller")
        self.context = context
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for key in THEME_KEYS:
            action = context.actions[f"view.theme.{key}"]
            action.setCheckable(True)
            action.setData(key)
            self.group.addAction(action)
        self.group.triggered.connect(self._chosen)
        theme = context.settings.value(THEME)
        self._check(theme)
        if theme != "system":  # "system" is what the app starts with
            self.apply(theme)

    def theme(self) -> str:
        action = self.group.checkedAction()
        return str(action.data()) if action is not None else "system"

    def _check(self, theme: str) -> None:
        key = theme if theme in THEME_KEYS else "system"
        self.context.actions[f"view.theme.{key}"].setChecked(True)

    def _chosen(self, action: object) -> None:
        self.choose(self.theme())

    def choose(self, theme: str) -> None:
        self._check(theme)
        self.context.settings.set_value(THEME, theme)
        self.apply(theme)

    def apply(self, theme: str) -> None:
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_theme(application, theme)
