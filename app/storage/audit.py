"""The audit log: who did what to which contacts, when."""

from __future__ import annotations

import getpass
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import records
from app.core.vocabulary import AuditAction
from app.storage.base import utcnow
from app.storage.models import AuditEvent, AuditEventContact


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record_event(
    session: Session,
    owner_id: int,
    action: AuditAction,
    contact_ids: Iterable[int] = (),
    details: dict[str, object] | None = None,
) -> AuditEvent:
    event = AuditEvent(
        owner_id=owner_id, at=utcnow(), actor=current_actor(), action=action.value, details=details or {}
    )
    event.contacts = [AuditEventContact(contact_id=cid) for cid in dict.fromkeys(contact_ids)]
    session.add(event)
    session.flush()
    return event


def list_events(
    session: Session, owner_id: int, *, action: AuditAction | None = None, contact_id: int | None = None
) -> list[records.AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.owner_id == owner_id).order_by(AuditEvent.at, AuditEvent.id)
    if action is not None:
        query = query.where(AuditEvent.action == action.value)
    if contact_id is not None:
        query = query.where(
            AuditEvent.id.in_(select(AuditEventContact.event_id).where(AuditEventContact.contact_id == contact_id))
        )
    return [
        records.AuditEvent(
            id=e.id,
            at=e.at,
            actor=e.actor,
            action=AuditAction(e.action),
            contact_ids=tuple(c.contact_id for c in e.contacts),
            details=dict(e.details or {}),
        )
        for e in session.scalars(query).all()
    ]
