"""The four-gates check before contacting someone."""

from __future__ import annotations

from app.core.gates import GateCheck, Purpose, check_contact
from app.core.vocabulary import Channel
from app.storage import contacts as contact_repo
from app.storage import owners
from app.storage import requests as request_repo
from app.storage.database import Database


def check(db: Database, id_or_url: str, channel: Channel, purpose: Purpose, note: str | None = None) -> GateCheck:
    """Consent, channel, context and cause for the contact named by id, profile URL or e-mail address; an
    invitation's note is held to the limit of the owner's LinkedIn account kind."""
    with db.session() as session:
        row = contact_repo.resolve_row(session, db.owner_id, id_or_url)
        contact = contact_repo.record_of(session, row)
        invited = request_repo.pending_incoming_for(session, db.owner_id, contact.id) is not None
        account_kind = owners.load_profile(session, db.owner_id).account_kind
    return check_contact(contact, channel, purpose, invited=invited, account_kind=account_kind, note=note)
