"""What the draft check reads from the record: the clients' names and details, and a cheap version stamp."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.drafts import NamedPerson
from app.core.policy.model import DraftsSection
from app.core.policy.policy_file import drafts_from_dict
from app.core.vocabulary import Relationship
from app.storage.models import AuditEvent, Contact, Policy

RecordVersion = tuple[object, ...]


def record_version(session: Session, owner_id: int) -> RecordVersion:
    """A stamp that changes whenever the record does: the latest change to a contact (every edit sets
    updated_at), the highest contact id (an addition) and the latest audit event (a deletion or an erasure is
    always audited). Each is one step down an index, so the stamp costs the same at 100 or 100,000 contacts."""
    # One aggregate per query: the engines take a single max() straight from an index, not two together.
    latest_change = session.scalar(select(func.max(Contact.updated_at)).where(Contact.owner_id == owner_id))
    highest_id = session.scalar(select(func.max(Contact.id)).where(Contact.owner_id == owner_id))
    latest_event = session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.owner_id == owner_id))
    return latest_change, highest_id, latest_event


def client_names(session: Session, owner_id: int) -> list[NamedPerson]:
    rows = session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.display_name,
            Contact.company,
            Contact.position,
            Contact.met_where,
        ).where(Contact.owner_id == owner_id, Contact.relationship == Relationship.CLIENT.value)
    )
    return [
        NamedPerson(
            contact_id=row.id,
            first_name=row.first_name or "",
            last_name=row.last_name or "",
            display_name=row.display_name or "",
            company=row.company or "",
            position=row.position or "",
            met_where=row.met_where or "",
        )
        for row in rows
    ]


def drafts_section(session: Session, owner_id: int) -> DraftsSection:
    """The stored policy's [drafts] section alone (one column of one row); empty when there is no policy yet."""
    stored = session.scalar(select(Policy.drafts).where(Policy.owner_id == owner_id))
    return drafts_from_dict(stored or {})
