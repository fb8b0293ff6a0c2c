"""Keeping the record: list, add, show and classify contacts, and change their consent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.errors import BadInput
from app.core.records import ConsentChange, Contact, ContactChanges, NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, Relationship
from app.storage import contacts as repo
from app.storage.audit import record_event
from app.storage.database import Database
from app.storage.suppression import refuse_if_erased


@dataclass(frozen=True, slots=True)
class ContactDetail:
    contact: Contact
    consent_history: tuple[ConsentChange, ...]


def list_contacts(
    db: Database, *, search: str | None = None, relationships: Sequence[Relationship] = ()
) -> list[Contact]:
    with db.session() as session:
        return repo.list_contacts(session, db.owner_id, search=search, relationships=relationships)


def add_contact(db: Database, new: NewContact, *, consent: dict[Channel, ConsentStatus] | None = None) -> Contact:
    if not (new.first_name.strip() or new.last_name.strip() or new.display_name.strip()):
        raise BadInput("a contact needs a first name, a last name or a display name")
    with db.session() as session:
        refuse_if_erased(session, db.owner_id, new.profile_url, new.emails)
        if new.profile_url and repo.find_by_profile_url(session, db.owner_id, new.profile_url) is not None:
            raise BadInput(f"a contact with the profile URL {new.profile_url} is already in the record")
        row = repo.add_contact(session, db.owner_id, new)
        for channel, status in (consent or {}).items():
            repo.append_consent(session, row.id, channel, status, source=new.source.value)
        record_event(session, db.owner_id, AuditAction.CONTACT_ADD, [row.id], {"source": new.source.value})
        return repo.record_of(session, row)


def show_contact(db: Database, id_or_url: str) -> ContactDetail:
    with db.session() as session:
        row = repo.resolve_row(session, db.owner_id, id_or_url)
        return ContactDetail(repo.record_of(session, row), tuple(repo.consent_history(session, row.id)))


def update_contacts(db: Database, contact_ids: Sequence[int], changes: ContactChanges) -> list[Contact]:
    """Apply one change to several contacts in one transaction (bulk classification)."""
    with db.session() as session:
        rows = [repo.get_row(session, db.owner_id, cid) for cid in contact_ids]
        changed = [row.id for row in rows if repo.apply_changes(row, changes)]
        if changed:
            session.flush()
            record_event(session, db.owner_id, AuditAction.CONTACT_CHANGE, changed, _describe(changes))
        consent = repo.current_consent_rows(session, [row.id for row in rows])
        return [repo.to_record(row, consent.get(row.id)) for row in rows]


def set_contact(
    db: Database,
    id_or_url: str,
    changes: ContactChanges,
    *,
    consent: ConsentStatus | None = None,
    channel: Channel = Channel.LINKEDIN,
    consent_on: date | None = None,
    consent_source: str = "manual",
    consent_note: str = "",
    consent_corrects: int | None = None,
) -> Contact:
    """Change a contact's fields and, with ``consent``, add an entry to its consent history; ``consent_corrects``
    names a mistaken entry that the new one corrects (both stay in the history)."""
    if consent_corrects is not None and consent is None:
        raise BadInput("a correction needs the consent it should have said")
    with db.session() as session:
        row = repo.resolve_row(session, db.owner_id, id_or_url)
        if repo.apply_changes(row, changes):
            session.flush()
            record_event(session, db.owner_id, AuditAction.CONTACT_CHANGE, [row.id], _describe(changes))
        if consent is not None:
            repo.append_consent(
                session,
                row.id,
                channel,
                consent,
                changed_on=consent_on,
                source=consent_source,
                note=consent_note,
                corrects=consent_corrects,
            )
            session.flush()
            details: dict[str, object] = {"channel": channel.value, "status": consent.value, "source": consent_source}
            if consent_corrects is not None:
                details["corrects"] = consent_corrects
            record_event(session, db.owner_id, AuditAction.CONSENT_CHANGE, [row.id], details)
        return repo.record_of(session, row)


def delete_contact(db: Database, contact_id: int) -> None:
    with db.session() as session:
        repo.delete_contact(session, db.owner_id, contact_id)
        record_event(session, db.owner_id, AuditAction.CONTACT_DELETE, [], {"contact_id": contact_id})


def _describe(changes: ContactChanges) -> dict[str, object]:
    """The audit details of a change: which fields, with enum values spelled out."""
    details: dict[str, object] = {}
    for name in ContactChanges.__slots__:
        value = getattr(changes, name)
        if value is None or value == ():
            continue
        if name in ("notes", "emails", "first_name", "last_name", "display_name"):
            details[name] = "changed"  # the audit log names fields, it does not copy personal text
        else:
            details[name] = list(value) if isinstance(value, tuple) else str(value)
    return details
