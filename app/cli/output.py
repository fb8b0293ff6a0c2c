"""Printing results: JSON with ISO dates and plain-text tables."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.records import Contact


def _default(value: object) -> object:
    from datetime import date  # here, not at the top: `gatehouse --help` imports this module

    if isinstance(value, date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def contact_json(contact: Contact) -> dict[str, object]:
    return {
        "id": contact.id,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "display_name": contact.display_name,
        "profile_url": contact.profile_url_seen or (f"https://{contact.profile_url}" if contact.profile_url else None),
        "profile_key": contact.profile_url,
        "email": contact.email,
        "emails": list(contact.emails),
        "company": contact.company,
        "position": contact.position,
        "connected_on": contact.connected_on,
        "relationship": contact.relationship,
        "met_in": contact.met_in,
        "met_where": contact.met_where,
        "met_on": contact.met_on,
        "consent": contact.linkedin_consent,
        "consent_by_channel": {channel.value: status.value for channel, status in contact.consent.items()},
        "last_interaction": contact.last_interaction,
        "tags": list(contact.tags),
        "notes": contact.notes,
        "source": contact.source,
        "created_at": contact.created_at,
        "updated_at": contact.updated_at,
        "reviewed_at": contact.reviewed_at,
    }


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Left-aligned columns separated by two spaces; None prints as an empty cell."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    sys.stdout.write("\n".join(lines) + "\n")
