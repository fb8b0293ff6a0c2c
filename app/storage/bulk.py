"""Bulk reads and writes for imports of tens of thousands of rows.

The import loads what it needs to match people in a few queries, then writes with executemany-style statements
(SQLAlchemy Core on the mapped tables) inside the caller's session and transaction. No ORM objects are built per
row: at 30,000 connections the unit of work would cost more than the whole import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.core.vocabulary import Channel
from app.storage.models import AuditEventContact, ConnectionRequest, ConsentChange, Contact, ContactEmail, ContactTag

CHUNK_ROWS = 1000

contact_table = Contact.__table__
email_table = ContactEmail.__table__
tag_table = ContactTag.__table__
consent_table = ConsentChange.__table__
request_table = ConnectionRequest.__table__
event_contact_table = AuditEventContact.__table__


@dataclass(frozen=True, slots=True)
class ExistingContact:
    id: int
    profile_url: str | None
    profile_url_seen: str | None
    first_name: str
    last_name: str
    display_name: str
    company: str
    position: str
    connected_on: date | None
    last_interaction: date | None
    relationship: str
    source: str


@dataclass(frozen=True, slots=True)
class ExistingRequest:
    id: int
    contact_id: int
    direction: str
    sent_at: datetime | None
    status: str


def load_contacts(session: Session, owner_id: int) -> list[ExistingContact]:
    c = contact_table.c
    query = select(
        c.id, c.profile_url, c.profile_url_seen, c.first_name, c.last_name, c.display_name, c.company, c.position,
        c.connected_on, c.last_interaction, c.relationship, c.source,
    ).where(c.owner_id == owner_id)  # fmt: skip
    return [ExistingContact(*row) for row in session.execute(query)]


def load_emails(session: Session, owner_id: int) -> list[tuple[int, int, str, str]]:
    """(contact id, position, address, normalised) of every e-mail of the owner's contacts."""
    e, c = email_table.c, contact_table.c
    query = (
        select(e.contact_id, e.position, e.address, e.normalised)
        .join(contact_table, c.id == e.contact_id)
        .where(c.owner_id == owner_id)
        .order_by(e.contact_id, e.position)
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def contacts_with_consent(session: Session, owner_id: int, channel: Channel) -> set[int]:
    """Ids of contacts with any consent recorded on ``channel`` (an import never adds a second opinion)."""
    k, c = consent_table.c, contact_table.c
    query = (
        select(k.contact_id)
        .distinct()
        .join(contact_table, c.id == k.contact_id)
        .where(c.owner_id == owner_id, k.channel == channel.value)
    )
    return set(session.scalars(query))


def load_requests(session: Session, owner_id: int) -> list[ExistingRequest]:
    r = request_table.c
    query = select(r.id, r.contact_id, r.direction, r.sent_at, r.status).where(r.owner_id == owner_id)
    return [ExistingRequest(*row) for row in session.execute(query)]


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterable[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert_contacts(
    session: Session, rows: Sequence[dict[str, Any]], after_chunk: Callable[[int], None] | None = None
) -> list[int]:
    """Insert contacts; returns their new ids in the order of ``rows``."""
    statement = insert(contact_table).returning(contact_table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    connection = session.connection()
    for chunk in _chunks(rows, CHUNK_ROWS):
        ids.extend(connection.execute(statement, list(chunk)).scalars())
        if after_chunk is not None:
            after_chunk(len(chunk))
    return ids


def insert_rows(
    session: Session, table_name: str, rows: Sequence[dict[str, Any]], after_chunk: Callable[[int], None] | None = None
) -> None:
    """executemany INSERT into one of the tables an import fills."""
    table = {
        "contact_email": email_table,
        "contact_tag": tag_table,
        "consent_change": consent_table,
        "connection_request": request_table,
        "audit_event_contact": event_contact_table,
    }[table_name]
    connection = session.connection()
    for chunk in _chunks(rows, CHUNK_ROWS):
        connection.execute(insert(table), list(chunk))
        if after_chunk is not None:
            after_chunk(len(chunk))


def update_contacts(session: Session, changes: Sequence[dict[str, Any]]) -> None:
    """UPDATE contacts by id; each dict holds ``id`` and the columns to set. Grouped by the columns set."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        columns = tuple(sorted(k for k in change if k != "id"))
        groups.setdefault(columns, []).append({"contact_id_": change["id"], **{f"{k}_": change[k] for k in columns}})
    connection = session.connection()
    for columns, rows in groups.items():
        statement = (
            update(contact_table)
            .where(contact_table.c.id == bindparam("contact_id_"))
            .values({name: bindparam(f"{name}_", type_=contact_table.c[name].type) for name in columns})
        )
        for chunk in _chunks(rows, CHUNK_ROWS):
            connection.execute(statement, list(chunk))


def set_request_status(session: Session, request_ids: Iterable[int], status: str) -> None:
    ids = list(request_ids)
    for start in range(0, len(ids), CHUNK_ROWS):
        session.connection().execute(
            update(request_table).where(request_table.c.id.in_(ids[start : start + CHUNK_ROWS])).values(status=status)
        )


def link_event_contacts(session: Session, event_id: int, contact_ids: Iterable[int]) -> None:
    """The audit event's contacts, written in bulk (an import can concern every contact in the record)."""
    rows = [{"event_id": event_id, "contact_id": cid} for cid in dict.fromkeys(contact_ids)]
    insert_rows(session, "audit_event_contact", rows)
