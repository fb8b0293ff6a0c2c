"""A contact's record (``records.Contact``) from what the contact table holds.

Kept apart from ``app.storage.contacts`` and free of SQLAlchemy, so both readers build records the same way:
the usual one (an ORM contact, or a row of SQLAlchemy Core) and ``app.storage.early_listing``, which reads the
table in plain SQL before SQLAlchemy has loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from app.core import records
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship, Source


def to_record(
    row: Any,
    consent: dict[Channel, ConsentStatus] | None = None,
    *,
    emails: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
) -> records.Contact:
    """A record from an ORM contact, or from a plain row of the contact table (any object with its columns as
    attributes) with its e-mails and tags."""
    return records.Contact(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        display_name=row.display_name,
        profile_url=row.profile_url,
        profile_url_seen=row.profile_url_seen,
        emails=tuple(emails) if emails is not None else tuple(e.address for e in row.emails),
        company=row.company,
        position=row.position,
        relationship=Relationship(row.relationship),
        met_in=MetIn(row.met_in),
        met_where=row.met_where,
        met_on=row.met_on,
        connected_on=row.connected_on,
        last_interaction=row.last_interaction,
        tags=tuple(tags) if tags is not None else tuple(t.name for t in row.tags),
        notes=row.notes,
        source=Source(row.source),
        created_at=row.created_at,
        updated_at=row.updated_at,
        reviewed_at=row.reviewed_at,
        consent=dict(consent or {}),
    )


def stored_day(text: str | None) -> date | None:
    """A date column as SQLite holds it (ISO text), read without SQLAlchemy."""
    return date.fromisoformat(text) if text else None


def stored_moment(text: str | None) -> datetime | None:
    """A UTC datetime column as SQLite holds it (ISO text with no zone), read as ``UTCDateTime`` reads it."""
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
