"""The pages of the main window, registered in one place.

To add a page: write a ``Page`` subclass (``app/ui/pages/base.py``) in its own module here and add it to
``PAGE_TYPES``, in the order the navigation should show it. Pages not built yet subclass ``EmptyStatePage``.
"""

from __future__ import annotations

from app.ui.pages.base import EmptyStatePage, Page
from app.ui.pages.contacts import ContactsPage
from app.ui.pages.handover import HandoverPage
from app.ui.pages.inbox import InboxPage
from app.ui.pages.policy import PolicyPage
from app.ui.pages.profile_text import ProfileTextPage

PAGE_TYPES: tuple[type[Page], ...] = (InboxPage, ContactsPage, PolicyPage, ProfileTextPage, HandoverPage)

__all__ = ["PAGE_TYPES", "EmptyStatePage", "Page"]
