"""Settings declared once (key, type, default) over QSettings.

Window state (geometry, splitters, column layout) lives under ``window/``, what the user last chose under
``history/``, and preferences under ``preferences/``. Add a setting by declaring it here; read and write it with
``Settings.value(SETTING)`` and ``Settings.set_value(SETTING, value)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


# Window state
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
CURRENT_PAGE = Setting("window/page", str, "contacts")
CONTACTS_SPLITTER = Setting("window/contacts_splitter", QByteArray, QByteArray())
CONTACTS_COLUMNS = Setting("window/contacts_columns", QByteArray, QByteArray())
INBOX_SPLITTER = Setting("window/inbox_splitter", QByteArray, QByteArray())
POLICY_SPLITTER = Setting("window/policy_splitter", QByteArray, QByteArray())
PROFILE_TEXT_SPLITTER = Setting("window/profile_text_splitter", QByteArray, QByteArray())
HANDOVER_SPLITTER = Setting("window/handover_splitter", QByteArray, QByteArray())

# What the user last chose
IMPORT_FOLDER = Setting("history/import_folder", str, "")
EXPORT_FOLDER = Setting("history/export_folder", str, "")
POLICY_FOLDER = Setting("history/policy_folder", str, "")
HANDOVER_FOLDER = Setting("history/handover_folder", str, "")
WELCOME_SHOWN = Setting("history/welcome_shown", bool, False)  # the first-start welcome, shown once
WELCOME_STEPS_DONE = Setting("history/welcome_steps_done", str, "")  # the welcome's steps taken, comma-separated

# Preferences
CONSENT_SOURCE = Setting("preferences/consent_source", str, "manual")
THEME = Setting("preferences/theme", str, "system")  # system, light or dark (View > Theme)

ALL_SETTINGS: tuple[Setting[object], ...] = cast(
    tuple[Setting[object], ...],
    (
        WINDOW_GEOMETRY,
        WINDOW_STATE,
        CURRENT_PAGE,
        CONTACTS_SPLITTER,
        CONTACTS_COLUMNS,
        INBOX_SPLITTER,
        POLICY_SPLITTER,
        PROFILE_TEXT_SPLITTER,
        HANDOVER_SPLITTER,
        IMPORT_FOLDER,
        EXPORT_FOLDER,
        POLICY_FOLDER,
        HANDOVER_FOLDER,
        WELCOME_SHOWN,
        WELCOME_STEPS_DONE,
        CONSENT_SOURCE,
        THEME,
    ),
)


class Settings:
    """Typed access to a QSettings store; the store is passed in (tests use an INI file of their own)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def store(self) -> QSettings:
        return self._store

    def value(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return setting.default
        raw = self._store.value(setting.key)
        if setting.type is QByteArray:
            return cast(T, raw if isinstance(raw, QByteArray) else QByteArray(raw or b""))
        try:
            if setting.type is bool and isinstance(raw, str):
                return cast(T, raw.strip().lower() in ("1", "true", "yes"))
            return setting.type(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set_value(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
