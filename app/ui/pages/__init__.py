"""The pages of the main window, registered in one place.

To add a page: write a ``Page`` subclass (``app/ui/pages/base.py``) in its own module here and add its entry to
``PAGES``, in the order the navigation should show it. Pages not built yet subclass ``EmptyStatePage``.

An entry names its page's key, title and class without importing it: the window's frame (navigation, menus,
shortcuts) is built from the entries before the pages' modules and what they use have been loaded, so the app
shows its window sooner. ``PAGE_TYPES`` imports them all, on first use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.pages.base import EmptyStatePage, Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", ...): translated where it is shown
    module: str
    class_name: str

    def page_type(self) -> type[Page]:
        page_type = getattr(importlib.import_module(self.module), self.class_name)
        assert issubclass(page_type, Page) and page_type.key == self.key, self
        return page_type


PAGES: tuple[PageEntry, ...] = (
    PageEntry("inbox", QT_TRANSLATE_NOOP("Pages", "Inbox"), "app.ui.pages.inbox", "InboxPage"),
    PageEntry("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"), "app.ui.pages.contacts", "ContactsPage"),
    PageEntry("policy", QT_TRANSLATE_NOOP("Pages", "Policy"), "app.ui.pages.policy", "PolicyPage"),
    PageEntry(
        "profile-text", QT_TRANSLATE_NOOP("Pages", "Profile text"), "app.ui.pages.profile_text", "ProfileTextPage"
    ),
    PageEntry("handover", QT_TRANSLATE_NOOP("Pages", "Handover"), "app.ui.pages.handover", "HandoverPage"),
)


def page_types() -> tuple[type[Page], ...]:
    """Every page's class, in the navigation's order (their modules are imported now)."""
    return tuple(entry.page_type() for entry in PAGES)


def __getattr__(name: str) -> object:
    if name == "PAGE_TYPES":  # kept for callers that want the classes themselves
        return page_types()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PAGES", "PAGE_TYPES", "EmptyStatePage", "Page", "PageEntry", "page_types"]
