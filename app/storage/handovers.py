"""Storing handover lists and the status of each handed-over contact. Returns core dataclasses."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import records
from app.core.errors import NotFound
from app.core.handover import (
    HANDOVER_MET_IN,
    HANDOVER_RELATIONSHIPS,
    HandoverEntry,
    HandoverFormat,
    HandoverRow,
    HandoverStatus,
    HandoverSummary,
    Successor,
)
from app.core.vocabulary import MetIn, Relationship, Source
from app.storage.base import utcnow
from app.storage.contacts import current_consent_rows, emails_and_tags
from app.storage.models import Contact, Handover, HandoverContact


def candidate_contacts(session: Session, owner_id: int) -> list[records.Contact]:
    """Contacts whose relationship and role met make them possible handover candidates, with their current
    consent, in a few set-based queries (no id lists: fine at 100,000 contacts). The product's rules are applied,
    in full, by ``app.core.handover.select_candidates``."""
    chosen = (
        select(Contact.id)
        .where(
            Contact.owner_id == owner_id,
            Contact.relationship.in_([r.value for r in HANDOVER_RELATIONSHIPS]),
            Contact.met_in.in_([m.value for m in HANDOVER_MET_IN]),
        )
        .scalar_subquery()
    )
    consent = current_consent_rows(session, chosen)
    emails, tags = emails_and_tags(session, chosen)
    columns = [Contact.__table__.c[name] for name in _RECORD_COLUMNS]
    found = []
    for row in session.execute(select(*columns).where(Contact.id.in_(chosen))).mappings():
        values = dict(row)
        found.append(
            records.Contact(
                **{k: v for k, v in values.items() if k not in _ENUM_COLUMNS},
                relationship=Relationship(values["relationship"]),
                met_in=MetIn(values["met_in"]),
                source=Source(values["source"]),
                emails=tuple(emails.get(values["id"], ())),
                tags=tuple(tags.get(values["id"], ())),
                consent=consent.get(values["id"], {}),
            )
        )
    return found


_ENUM_COLUMNS = frozenset({"relationship", "met_in", "source"})
# the record's fields that are columns of the contact table (e-mails, tags and consent come from their own tables)
_RECORD_COLUMNS = tuple(name for name in records.Contact.__slots__ if name not in ("emails", "tags", "consent"))


def add_handover(
    session: Session,
    owner_id: int,
    *,
    actor: str,
    successor: Successor,
    export_format: HandoverFormat,
    file_name: str,
    rows: Iterable[HandoverRow],
) -> Handover:
    now = utcnow()
    handover = Handover(
        owner_id=owner_id,
        created_at=now,
        actor=actor,
        successor_name=successor.name,
        successor_email=successor.email,
        successor_url=successor.url,
        format=export_format.value,
        file_name=file_name,
    )
    handover.entries = [
        HandoverContact(
            contact_id=row.contact_id, status=HandoverStatus.PENDING.value, status_changed_at=now, reason=row.reason
        )
        for row in rows
    ]
    session.add(handover)
    session.flush()
    return handover


def _counts(session: Session, handover_ids: Sequence[int]) -> dict[int, dict[HandoverStatus, int]]:
    counts: dict[int, dict[HandoverStatus, int]] = {hid: {} for hid in handover_ids}
    if not handover_ids:
        return counts
    for handover_id, status, count in session.execute(
        select(HandoverContact.handover_id, HandoverContact.status, func.count())
        .where(HandoverContact.handover_id.in_(handover_ids))
        .group_by(HandoverContact.handover_id, HandoverContact.status)
    ):
        counts[handover_id][HandoverStatus(status)] = count
    return counts


def _summary(row: Handover, counts: dict[HandoverStatus, int]) -> HandoverSummary:
    return HandoverSummary(
        id=row.id,
        created_at=row.created_at,
        actor=row.actor,
        successor=Successor(row.successor_name, row.successor_email, row.successor_url),
        format=HandoverFormat(row.format),
        file_name=row.file_name,
        status_counts={status: counts.get(status, 0) for status in HandoverStatus},
    )


def list_handovers(session: Session, owner_id: int) -> list[HandoverSummary]:
    """Every handover of this owner, oldest first."""
    rows = session.scalars(
        select(Handover).where(Handover.owner_id == owner_id).order_by(Handover.created_at, Handover.id)
    ).all()
    counts = _counts(session, [r.id for r in rows])
    return [_summary(r, counts[r.id]) for r in rows]


def get_handover_row(session: Session, owner_id: int, handover_id: int | None) -> Handover:
    """The handover with this id, or the latest one when ``handover_id`` is None."""
    query = select(Handover).where(Handover.owner_id == owner_id)
    if handover_id is None:
        row = session.scalars(query.order_by(Handover.created_at.desc(), Handover.id.desc()).limit(1)).first()
        if row is None:
            raise NotFound("no handover yet: create one with `gatehouse handover create`")
        return row
    row = session.scalars(query.where(Handover.id == handover_id)).first()
    if row is None:
        raise NotFound(f"no handover with id {handover_id}")
    return row


def get_summary(session: Session, handover: Handover) -> HandoverSummary:
    return _summary(handover, _counts(session, [handover.id])[handover.id])


def list_entries(session: Session, handover_id: int) -> list[HandoverEntry]:
    rows = session.execute(
        select(
            HandoverContact,
            Contact.first_name,
            Contact.last_name,
            Contact.display_name,
            Contact.company,
            Contact.profile_url_seen,
            Contact.profile_url,
        )
        .join(Contact, Contact.id == HandoverContact.contact_id)
        .where(HandoverContact.handover_id == handover_id)
        .order_by(func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id)
    ).all()
    return [
        HandoverEntry(
            contact_id=entry.contact_id,
            name=display or f"{first} {last}".strip(),
            status=HandoverStatus(entry.status),
            status_changed_at=entry.status_changed_at,
            reason=entry.reason,
            company=company or "",
            profile_url=url_seen or url,
        )
        for entry, first, last, display, company, url_seen, url in rows
    ]


def set_status(session: Session, handover_id: int, contact_ids: Iterable[int], status: HandoverStatus) -> list[int]:
    """Set the status of these contacts on the handover; returns the ids whose status changed.
    Raises NotFound naming the first contact that is not on the handover."""
    ids = list(dict.fromkeys(contact_ids))
    entries = {
        e.contact_id: e
        for e in session.scalars(
            select(HandoverContact).where(
                HandoverContact.handover_id == handover_id, HandoverContact.contact_id.in_(ids)
            )
        )
    }
    missing = [cid for cid in ids if cid not in entries]
    if missing:
        raise NotFound(f"contact {missing[0]} is not on handover {handover_id}")
    now = utcnow()
    changed = []
    for cid in ids:
        entry = entries[cid]
        if entry.status != status.value:
            entry.status = status.value
            entry.status_changed_at = now
            changed.append(cid)
    session.flush()
    return changed


def handovers_of_contact(session: Session, owner_id: int, contact_id: int) -> list[HandoverSummary]:
    """Where a person's data went: every handover that listed this contact (for access and erasure requests)."""
    rows = session.scalars(
        select(Handover)
        .join(HandoverContact)
        .where(Handover.owner_id == owner_id, HandoverContact.contact_id == contact_id)
        .order_by(Handover.created_at, Handover.id)
    ).all()
    counts = _counts(session, [r.id for r in rows])
    return [_summary(r, counts[r.id]) for r in rows]
