"""One line of the contacts table: the compact row the desktop app holds for each contact.

The app shows up to 100,000 contacts at once and reads them all at start-up, so a row is a named tuple (built in
C, immutable; ``row._replace(...)`` gives a changed copy) rather than a ``records.Contact``. It lives in the core
because both readers build it, with ``build_rows``: the storage layer's (through SQLAlchemy Core) and the one that
reads the file before the rest of the app has loaded (``app.storage.early_read``, plain ``sqlite3``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, NamedTuple

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


def _as_given(value: Any) -> Any:
    return value


def build_rows(
    contacts: Iterable[tuple[Any, ...]],
    tags: Iterable[tuple[int, str]],
    consents: Iterable[tuple[int, str]],
    day: Callable[[Any], date | None] = _as_given,
) -> list[ContactRow]:
    """The table's rows, from three plain result sets (no ORM objects), in the order of ``contacts``.

    ``contacts``: (id, display name, first name, last name, company, position, relationship, met in, connected
    on, last interaction, notes, profile URL), the enums as their stored values; ``tags``: (contact id, tag), in
    the order shown; ``consents``: (contact id, LinkedIn consent status) in time order, the last of each contact
    wins (none: not asked). ``day`` turns a stored date into a date (SQLite text read without SQLAlchemy).
    """
    tags_of: dict[int, list[str]] = {}
    for contact_id, name in tags:
        tags_of.setdefault(contact_id, []).append(name)
    # The enums are few: look their members up once instead of constructing one per row.
    statuses = {member.value: member for member in ConsentStatus}
    consent_of = {contact_id: statuses[status] for contact_id, status in consents}
    relationships = {member.value: member for member in Relationship}
    met_ins = {member.value: member for member in MetIn}
    not_asked = ConsentStatus.NOT_ASKED
    no_tags: tuple[str, ...] = ()
    new_row = tuple.__new__  # ContactRow(...) without the keyword handling of its generated __new__
    return [
        new_row(
            ContactRow,
            (
                contact_id,
                shown_name(display_name, first_name, last_name),
                company,
                position,
                relationships[relationship],
                met_ins[met_in],
                consent_of.get(contact_id, not_asked),
                day(connected_on),
                day(last_interaction),
                tuple(tags_of[contact_id]) if contact_id in tags_of else no_tags,
                notes,
                profile_url,
            ),
        )
        for (
            contact_id,
            display_name,
            first_name,
            last_name,
            company,
            position,
            relationship,
            met_in,
            connected_on,
            last_interaction,
            notes,
            profile_url,
        ) in contacts
    ]
