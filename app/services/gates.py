"""The four-gates check before contacting someone."""

from __future__ import annotations

from app.core.gates import GateCheck, Purpose, check_contact
from app.core.vocabulary import Channel
from app.storage import contacts as contact_repo
from app.storage import requests as request_repo
from app.storage.database import Database


def check(db: Database, id_or_url: str, channel: Channel, purpose: Purpose) -> GateCheck:
    """Consent, channel, context and cause for the contact named by id, profile URL or e-mail address."""
    with db.session() as session:
        row = contact_repo.resolve_row(session, db.owner_id, id_or_url)
        contact = contact_repo.record_of(session, row)
        invited = request_repo.pending_incoming_for(session, db.owner_id, contact.id) is not None
    return check_contact(contact, channel, purpose, invited=invited)
