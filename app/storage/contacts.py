"""Reading and writing contacts, their e-mails, tags and consent history. Returns core dataclasses."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ScalarSelect, Select, Subquery, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.core import records
from app.core.errors import BadInput, NotFound
from app.core.profile_url import looks_like_profile_url, normalise_profile_url
from app.core.vocabulary import Channel, ConsentStatus, Relationship
from app.storage.base import utcnow
from app.storage.contact_record import to_record
from app.storage.models import ConsentChange, Contact, ContactEmail, ContactTag


def normalise_email(address: str) -> str:
    return address.strip().lower()


def normalise_tag(tag: str) -> str:
    return " ".join(tag.split()).lower()


ID_BATCH = 5000  # ids per IN list (SQLite allows 32,766 bound parameters in one statement)
ContactIds = Iterable[int] | Select[tuple[int]] | ScalarSelect[int] | None
_Query = TypeVar("_Query", bound=Select[Any])


def _of_contacts(query: _Query, contact_ids: ContactIds) -> _Query:
    """``query`` narrowed to the consent changes of ``contact_ids`` (a SELECT of ids, a scalar subquery of ids
    or a collection of ids); ``None`` leaves it as it is: every contact."""
    if isinstance(contact_ids, Select):
        return query.where(ConsentChange.contact_id.in_(contact_ids.scalar_subquery()))
    if isinstance(contact_ids, ScalarSelect):
        return query.where(ConsentChange.contact_id.in_(contact_ids))
    if contact_ids is not None:
        return query.where(ConsentChange.contact_id.in_(list(contact_ids)))
    return query


def latest_consent(contact_ids: ContactIds = None, channel: Channel | None = None) -> Subquery:
    """A subquery (contact_id, channel, status) of the current consent per contact and channel: the latest
    change by date, then by the order it was recorded, leaving out entries a correction supersedes.

    ``contact_ids`` is a few ids or a SELECT of ids (for large sets: a bound-parameter list has a size limit).
    """
    ranked = select(
        ConsentChange.contact_id,
        ConsentChange.channel,
        ConsentChange.status,
        func.row_number()
        .over(
            partition_by=(ConsentChange.contact_id, ConsentChange.channel),
            order_by=(ConsentChange.changed_on.desc(), ConsentChange.id.desc()),
        )
        .label("rank"),
    )
    correction = aliased(ConsentChange)
    ranked = ranked.where(~exists().where(correction.corrects_id == ConsentChange.id))  # corrected: no longer counts
    if channel is not None:
        ranked = ranked.where(ConsentChange.channel == channel.value)
    sub = _of_contacts(ranked, contact_ids).subquery()
    return select(sub.c.contact_id, sub.c.channel, sub.c.status).where(sub.c.rank == 1).subquery()


def current_consent_rows(
    session: Session, contact_ids: ContactIds = None, channel: Channel | None = None
) -> dict[int, dict[Channel, ConsentStatus]]:
    """The current consent per contact and channel (see ``latest_consent``)."""
    result: dict[int, dict[Channel, ConsentStatus]] = {}
    for contact_id, chan, status in session.connection().execute(select(latest_consent(contact_ids, channel))):
        result.setdefault(contact_id, {})[Channel(chan)] = ConsentStatus(status)
    return result


def consent_in_order(contact_ids: ContactIds, channel: Channel) -> Select[tuple[int, str]]:
    """(contact_id, status) of every change on ``channel`` that counts, in the order they count: by contact, then
    by date, then by the order they were recorded; entries a correction supersedes are left out.

    The last row of each contact is its current consent, as ``latest_consent`` ranks it, without the window
    function: for reading the whole record into a dict (later rows replace earlier ones) in half the time.
    """
    correction = aliased(ConsentChange)
    query = select(ConsentChange.contact_id, ConsentChange.status).where(
        ConsentChange.channel == channel.value,
        ~exists().where(correction.corrects_id == ConsentChange.id),
    )
    return _of_contacts(query, contact_ids).order_by(
        ConsentChange.contact_id, ConsentChange.changed_on, ConsentChange.id
    )


def current_consent_on(session: Session, contact_ids: ContactIds, channel: Channel) -> dict[int, ConsentStatus]:
    """The current consent of each contact on one channel; contacts with no history on it are left out."""
    if contact_ids is None or isinstance(contact_ids, Select | ScalarSelect):
        batches: Iterable[ContactIds] = [contact_ids]
    else:
        ids = list(contact_ids)
        batches = (ids[start : start + ID_BATCH] for start in range(0, len(ids), ID_BATCH))
    consent: dict[int, ConsentStatus] = {}
    for batch in batches:
        latest = latest_consent(batch, channel)
        for contact_id, status in session.connection().execute(select(latest.c.contact_id, latest.c.status)):
            consent[contact_id] = ConsentStatus(status)
    return consent


def _with_children(query: Select[tuple[Contact]]) -> Select[tuple[Contact]]:
    return query.options(selectinload(Contact.emails), selectinload(Contact.tags))


def search_condition(text: str):  # noqa: ANN201 (a SQL expression)
    """Matches name, company, position, notes or a tag containing ``text`` (case-insensitive)."""
    pattern = f"%{text.strip().lower()}%"
    tagged = select(ContactTag.contact_id).where(ContactTag.name.like(pattern))
    return or_(
        func.lower(Contact.first_name + " " + Contact.last_name).like(pattern),
        func.lower(Contact.display_name).like(pattern),
        func.lower(Contact.company).like(pattern),
        func.lower(Contact.position).like(pattern),
        func.lower(Contact.notes).like(pattern),
        Contact.id.in_(tagged),
    )


def emails_and_tags(
    session: Session, contact_ids: ScalarSelect[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """The e-mail addresses (in order) and tags (by name) of a set of contacts, in two queries."""
    connection = session.connection()
    emails: dict[int, list[str]] = {}
    for contact_id, address in connection.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(contact_ids))
        .order_by(ContactEmail.contact_id, ContactEmail.position)
    ):
        emails.setdefault(contact_id, []).append(address)
    tags: dict[int, list[str]] = {}
    for contact_id, name in connection.execute(
        select(ContactTag.contact_id, ContactTag.name)
        .where(ContactTag.contact_id.in_(contact_ids))
        .order_by(ContactTag.contact_id, ContactTag.name)
    ):
        tags.setdefault(contact_id, []).append(name)
    return emails, tags


def list_contacts(
    session: Session,
    owner_id: int,
    *,
    search: str | None = None,
    relationships: Sequence[Relationship] = (),
) -> list[records.Contact]:
    """Contacts ordered by name, in a few set-based queries (plain rows, no ORM objects: fast at 100,000)."""
    chosen = select(Contact.id).where(Contact.owner_id == owner_id)
    if search and search.strip():
        chosen = chosen.where(search_condition(search))
    if relationships:
        chosen = chosen.where(Contact.relationship.in_([r.value for r in relationships]))
    ids = chosen.scalar_subquery()
    connection = session.connection()
    emails, tags = emails_and_tags(session, ids)
    consent = current_consent_rows(session, chosen)
    rows = connection.execute(
        select(*Contact.__table__.c)
        .where(Contact.id.in_(ids))
        .order_by(func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id)
    )
    return [
        to_record(row, consent.get(row.id), emails=emails.get(row.id, ()), tags=tags.get(row.id, ())) for row in rows
    ]


def get_row(session: Session, owner_id: int, contact_id: int) -> Contact:
    row = session.scalars(
        _with_children(select(Contact).where(Contact.owner_id == owner_id, Contact.id == contact_id))
    ).first()
    if row is None:
        raise NotFound(f"no contact with id {contact_id}")
    return row


def find_by_profile_url(session: Session, owner_id: int, url: str) -> Contact | None:
    key = normalise_profile_url(url)
    if key is None:
        return None
    return session.scalars(select(Contact).where(Contact.owner_id == owner_id, Contact.profile_url == key)).first()


def find_by_email(session: Session, owner_id: int, address: str) -> Contact | None:
    return session.scalars(
        select(Contact)
        .join(ContactEmail)
        .where(Contact.owner_id == owner_id, ContactEmail.normalised == normalise_email(address))
        .limit(1)
    ).first()


def resolve_row(session: Session, owner_id: int, id_or_url: str) -> Contact:
    """A contact named by its id, its profile URL (matched after normalisation) or its e-mail address."""
    text = id_or_url.strip()
    if text.isdigit():
        return get_row(session, owner_id, int(text))
    row = None
    if "@" in text and "/" not in text:
        row = find_by_email(session, owner_id, text)
    elif looks_like_profile_url(text):
        row = find_by_profile_url(session, owner_id, text)
    if row is None:
        raise NotFound(f"no contact matches {text!r}")
    return get_row(session, owner_id, row.id)


def record_of(session: Session, row: Contact) -> records.Contact:
    return to_record(row, current_consent_rows(session, [row.id]).get(row.id))


def consent_history(session: Session, contact_id: int) -> list[records.ConsentChange]:
    rows = session.scalars(
        select(ConsentChange)
        .where(ConsentChange.contact_id == contact_id)
        .order_by(ConsentChange.changed_on, ConsentChange.id)
    ).all()
    corrected_by = {r.corrects_id: r.id for r in rows if r.corrects_id is not None}
    return [
        records.ConsentChange(
            channel=Channel(r.channel),
            status=ConsentStatus(r.status),
            changed_on=r.changed_on,
            source=r.source,
            note=r.note,
            id=r.id,
            recorded_at=r.recorded_at,
            corrects_id=r.corrects_id,
            corrected_by_id=corrected_by.get(r.id),
        )
        for r in rows
    ]


def set_emails(row: Contact, addresses: Iterable[str]) -> None:
    seen: list[str] = []
    for address in addresses:
        clean = address.strip()
        if clean and normalise_email(clean) not in [normalise_email(s) for s in seen]:
            seen.append(clean)
    row.emails = [
        ContactEmail(position=i, address=address, normalised=normalise_email(address)) for i, address in enumerate(seen)
    ]


def set_tags(row: Contact, tags: Iterable[str]) -> None:
    names = sorted({normalise_tag(t) for t in tags if normalise_tag(t)})
    existing = {t.name: t for t in row.tags}
    row.tags = [existing.get(name) or ContactTag(name=name) for name in names]


def add_contact(
    session: Session, owner_id: int, new: records.NewContact, *, relationship_guessed: bool = False
) -> Contact:
    """``relationship_guessed``: the relationship is the app's guess (a sender not yet known is a stranger), which
    a later import may replace; what a user chooses is never replaced."""
    now = utcnow()
    row = Contact(
        owner_id=owner_id,
        first_name=new.first_name.strip(),
        last_name=new.last_name.strip(),
        display_name=new.display_name.strip(),
        profile_url=normalise_profile_url(new.profile_url),
        profile_url_seen=new.profile_url.strip() if normalise_profile_url(new.profile_url) else None,
        company=new.company.strip(),
        position=new.position.strip(),
        relationship=new.relationship.value,
        relationship_guessed=relationship_guessed,
        met_in=new.met_in.value,
        met_where=new.met_where,
        met_on=new.met_on,
        connected_on=new.connected_on,
        last_interaction=new.last_interaction,
        notes=new.notes,
        source=new.source.value,
        created_at=now,
        updated_at=now,
    )
    set_emails(row, new.emails)
    set_tags(row, new.tags)
    session.add(row)
    session.flush()
    return row


def apply_changes(row: Contact, changes: records.ContactChanges) -> bool:
    """Apply a partial update; returns whether anything changed."""
    before = _snapshot(row)
    for name in ("first_name", "last_name", "display_name", "company", "position", "met_where", "notes"):
        value = getattr(changes, name)
        if value is not None:
            setattr(row, name, value)
    if changes.relationship is not None and changes.relationship.value != row.relationship:
        row.relationship = changes.relationship.value
        row.relationship_guessed = False  # the user's choice: no import replaces it
    if changes.met_in is not None:
        row.met_in = changes.met_in.value
    if changes.met_on is not None:
        row.met_on = changes.met_on
    if changes.profile_url is not None:
        row.profile_url = normalise_profile_url(changes.profile_url)  # None for a URL that names no member
        row.profile_url_seen = changes.profile_url.strip() if row.profile_url else None
    if changes.emails is not None:
        set_emails(row, changes.emails)
    if changes.add_tags or changes.remove_tags:
        removed = {normalise_tag(t) for t in changes.remove_tags}
        set_tags(row, [t.name for t in row.tags if t.name not in removed] + list(changes.add_tags))
    changed = _snapshot(row) != before
    if changed:
        row.updated_at = utcnow()
    return changed


def _snapshot(row: Contact) -> tuple[object, ...]:
    return (
        row.first_name, row.last_name, row.display_name, row.company, row.position, row.met_where, row.notes,
        row.relationship, row.met_in, row.met_on, row.profile_url, row.profile_url_seen,
        tuple(e.address for e in row.emails), tuple(t.name for t in row.tags),
    )  # fmt: skip


def append_consent(
    session: Session,
    contact_id: int,
    channel: Channel,
    status: ConsentStatus,
    *,
    changed_on: date | None = None,
    source: str = "manual",
    note: str = "",
    corrects: int | None = None,
) -> None:
    """Add an entry to the contact's consent history; ``corrects`` names a mistaken entry of the same contact that
    the new one supersedes (the mistaken entry is kept, and no longer counts)."""
    if corrects is not None:
        mistaken = session.get(ConsentChange, corrects)
        if mistaken is None or mistaken.contact_id != contact_id:
            raise BadInput(f"consent entry {corrects} is not in this contact's history")
        if session.scalar(select(ConsentChange.id).where(ConsentChange.corrects_id == corrects).limit(1)):
            raise BadInput(f"consent entry {corrects} has been corrected already; correct the correction instead")
    session.add(
        ConsentChange(
            contact_id=contact_id,
            channel=channel.value,
            status=status.value,
            changed_on=changed_on or date.today(),
            source=source,
            note=note,
            recorded_at=utcnow(),
            corrects_id=corrects,
        )
    )


def delete_contact(session: Session, owner_id: int, contact_id: int) -> None:
    row = get_row(session, owner_id, contact_id)
    session.execute(delete(Contact).where(Contact.id == row.id))
