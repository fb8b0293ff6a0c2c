"""One line of the contacts table: the compact row the desktop app holds for each contact.

The app shows up to 100,000 contacts at once and reads them all at start-up, so a row is a named tuple (built in
C, immutable; ``row._replace(...)`` gives a changed copy) rather than a ``records.Contact``. It lives in the core
because both readers build it: the storage layer's and the one that reads the file before the rest of the app
has loaded (``app.storage.early_read``).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.core.vocabulary import ConsentStatus, MetIn, Relationship


class ContactRow(NamedTuple):
    """What one line of the contacts table shows, plus the notes the search box looks in."""

    id: int
    name: str
    company: str
    position: str
    relationship: Relationship
    met_in: MetIn
    consent: ConsentStatus  # the current consent on LinkedIn
    connected_on: date | None
    last_interaction: date | None
    tags: tuple[str, ...]
    notes: str
    profile_url: str | None


def shown_name(display_name: str | None, first_name: str, last_name: str) -> str:
    """The name the table shows: the display name, else first and last name."""
    return display_name or f"{first_name} {last_name}".strip()
