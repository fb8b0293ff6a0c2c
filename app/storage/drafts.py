"""What the draft check reads from the record: the clients' names and details, and a cheap version stamp."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.drafts import NamedPerson
from app.core.vocabulary import Relationship
from app.storage.models import Contact

RecordVersion = tuple[int, object]


def record_version(session: Session, owner_id: int) -> RecordVersion:
    """How many contacts, and the latest change to any of them: any edit, addition or erasure changes it."""
    count, latest = session.execute(
        select(func.count(Contact.id), func.max(Contact.updated_at)).where(Contact.owner_id == owner_id)
    ).one()
    return int(count), latest


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
