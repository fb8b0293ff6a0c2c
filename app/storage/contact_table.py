"""The contacts table as compact rows: ids and display fields, three queries for the whole record.

The desktop app shows up to 100,000 contacts at once. Building ``records.Contact`` through the ORM for each of
them costs seconds; these queries select plain columns, tags and the current LinkedIn consent in bulk (Core
statements on the session's connection: no ORM row handling) and build one small immutable row per contact (a
named tuple, built in C). Bulk classification (and undoing it) also lives here, because it works on many
contacts in one transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from app.core.contact_rows import ContactRow, build_rows
from app.core.many_objects import many_objects
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.storage.base import utcnow
from app.storage.contacts import consent_in_order, normalise_tag, set_tags
from app.storage.models import ConsentChange, Contact, ContactTag

# SQLite allows 32,766 bound parameters per statement; PostgreSQL more. Stay far below both.
ID_CHUNK = 900


@dataclass(frozen=True, slots=True)
class ClassificationState:
    """The classified fields of one contact before a bulk change: what undo puts back."""

    contact_id: int
    relationship: Relationship
    met_in: MetIn
    tags: tuple[str, ...]
    relationship_guessed: bool = False


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def load_rows(session: Session, owner_id: int, contact_ids: Collection[int] | None = None) -> list[ContactRow]:
    """Every contact of the owner (or only ``contact_ids``), ordered by id."""
    if contact_ids is None:
        with many_objects():  # a few objects per contact, 100,000 contacts, no reference cycles
            return _load_rows(session, owner_id, None)
    rows: list[ContactRow] = []
    for chunk in _chunks(sorted(set(contact_ids))):
        rows.extend(_load_rows(session, owner_id, chunk))
    return rows


def _load_rows(session: Session, owner_id: int, ids: Sequence[int] | None) -> list[ContactRow]:
    contacts = select(
        Contact.id,
        Contact.display_name,
        Contact.first_name,
        Contact.last_name,
        Contact.company,
        Contact.position,
        Contact.relationship,
        Contact.met_in,
        Contact.connected_on,
        Contact.last_interaction,
        Contact.notes,
        Contact.profile_url,
    ).where(Contact.owner_id == owner_id)
    tags = (
        select(ContactTag.contact_id, ContactTag.name)
        .join(Contact, Contact.id == ContactTag.contact_id)
        .where(Contact.owner_id == owner_id)
    )
    if ids is not None:
        contacts = contacts.where(Contact.id.in_(ids))
        tags = tags.where(ContactTag.contact_id.in_(ids))
    owned = select(Contact.id).where(Contact.owner_id == owner_id)
    consent = consent_in_order(ids if ids is not None else owned, Channel.LINKEDIN)

    # Plain Core rows on the session's connection, fetched at once: the ORM's row handling would double the time.
    connection = session.connection()
    return build_rows(
        connection.execute(contacts.order_by(Contact.id)).all(),
        connection.execute(tags.order_by(ContactTag.contact_id, ContactTag.name)).all(),
        connection.execute(consent).all(),
    )


def contact_rows_for_update(session: Session, owner_id: int, contact_ids: Iterable[int]) -> list[Contact]:
    """The ORM rows of ``contact_ids`` with their tags, in a few queries; unknown ids are left out."""
    rows: list[Contact] = []
    for chunk in _chunks(sorted(set(contact_ids))):
        rows.extend(
            session.scalars(
                select(Contact)
                .where(Contact.owner_id == owner_id, Contact.id.in_(chunk))
                .options(selectinload(Contact.tags))
                .order_by(Contact.id)
            ).all()
        )
    return rows


def classification_state(row: Contact) -> ClassificationState:
    return ClassificationState(
        contact_id=row.id,
        relationship=Relationship(row.relationship),
        met_in=MetIn(row.met_in),
        tags=tuple(t.name for t in row.tags),
        relationship_guessed=bool(row.relationship_guessed),
    )


def classify(
    row: Contact,
    *,
    relationship: Relationship | None = None,
    met_in: MetIn | None = None,
    add_tags: Sequence[str] = (),
    remove_tags: Sequence[str] = (),
) -> bool:
    """Change the classified fields of one contact; returns whether anything changed."""
    before = classification_state(row)
    if relationship is not None:
        row.relationship = relationship.value
        row.relationship_guessed = False  # classified by the user: no import replaces it
    if met_in is not None:
        row.met_in = met_in.value
    if add_tags or remove_tags:
        removed = {normalise_tag(t) for t in remove_tags}
        set_tags(row, [t.name for t in row.tags if t.name not in removed] + list(add_tags))
    changed = classification_state(row) != before
    if changed:
        row.updated_at = utcnow()
    return changed


def restore(row: Contact, state: ClassificationState) -> bool:
    """Put back the classified fields saved in ``state``; returns whether anything changed."""
    if classification_state(row) == state:
        return False
    row.relationship = state.relationship.value
    row.relationship_guessed = state.relationship_guessed
    row.met_in = state.met_in.value
    set_tags(row, state.tags)
    row.updated_at = utcnow()
    return True


def append_consent_changes(
    session: Session,
    contact_ids: Sequence[int],
    channel: Channel,
    status: ConsentStatus,
    *,
    changed_on: date,
    source: str,
    note: str = "",
) -> list[int]:
    """Append one consent change per contact; returns the ids of the new history entries."""
    now = utcnow()
    entries = [
        ConsentChange(
            contact_id=contact_id,
            channel=channel.value,
            status=status.value,
            changed_on=changed_on,
            source=source,
            note=note,
            recorded_at=now,
        )
        for contact_id in contact_ids
    ]
    session.add_all(entries)
    session.flush()
    return [entry.id for entry in entries]


def withdraw_consent_changes(session: Session, owner_id: int, change_ids: Sequence[int]) -> int:
    """Remove consent history entries that an undone bulk change had just added; returns how many went."""
    removed = 0
    for chunk in _chunks(list(change_ids)):
        owned = select(Contact.id).where(Contact.owner_id == owner_id)
        result = session.execute(
            delete(ConsentChange).where(ConsentChange.id.in_(chunk), ConsentChange.contact_id.in_(owned))
        )
        removed += int(getattr(result, "rowcount", 0) or 0)
    return removed


def count_with_relationship(session: Session, owner_id: int, relationship: Relationship) -> int:
    """How many contacts have ``relationship`` (e.g. still unsorted after an import)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Contact)
            .where(Contact.owner_id == owner_id, Contact.relationship == relationship.value)
        )
        or 0
    )
