"""Reading and writing connection requests. Returns core dataclasses.

Triage reads every pending incoming request with what the policy needs about its sender in three queries
(requests joined with contacts, their tags, their current LinkedIn consent), whatever the size of the inbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from app.core import records
from app.core.errors import NotFound
from app.core.gates import effective_consent
from app.core.policy.evaluation import RequestFacts
from app.core.vocabulary import (
    AuditAction,
    Channel,
    Decision,
    Direction,
    MetIn,
    Relationship,
    RequestStatus,
)
from app.storage.audit import current_actor
from app.storage.base import utcnow
from app.storage.contacts import current_consent_on
from app.storage.models import AuditEvent, AuditEventContact, ConnectionRequest, Contact, ContactTag

_CANDIDATE = aliased(Contact, name="candidate")
_COLUMNS = (
    ConnectionRequest.id,
    ConnectionRequest.contact_id,
    ConnectionRequest.direction,
    ConnectionRequest.sent_at,
    ConnectionRequest.note,
    ConnectionRequest.status,
    ConnectionRequest.decision,
    ConnectionRequest.rule_name,
    ConnectionRequest.explanation,
    ConnectionRequest.reply_text,
    ConnectionRequest.decided_at,
    Contact.first_name,
    Contact.last_name,
    Contact.display_name,
    Contact.profile_url,
    Contact.profile_url_seen,
    ConnectionRequest.candidate_contact_id,
    _CANDIDATE.first_name,
    _CANDIDATE.last_name,
    _CANDIDATE.display_name,
    _CANDIDATE.connected_on,
)
_WIDTH = len(_COLUMNS)
# what the policy needs about the sender, after the columns above
_FACT_COLUMNS = (Contact.relationship, Contact.met_in, Contact.last_interaction, Contact.connected_on)


# Enum members by value: a dictionary lookup per row instead of an enum call (triage reads thousands of rows).
_DIRECTIONS = {d.value: d for d in Direction}
_STATUSES = {s.value: s for s in RequestStatus}
_DECISIONS = {d.value: d for d in Decision}
_RELATIONSHIPS = {r.value: r for r in Relationship}
_MET_IN = {m.value: m for m in MetIn}


def _record(row: Row[Any] | tuple[Any, ...]) -> records.ConnectionRequest:
    """A request from a row of ``_COLUMNS`` (read by position: rows are plain tuples here)."""
    (request_id, contact_id, direction, sent_at, note, status, decision, rule_name, explanation, reply_text,
     decided_at, first_name, last_name, display_name, profile_url, profile_url_seen, candidate_id, candidate_first,
     candidate_last, candidate_display, candidate_on) = row[:_WIDTH]  # fmt: skip
    return records.ConnectionRequest(
        id=request_id,
        contact_id=contact_id,
        contact_name=display_name or f"{first_name} {last_name}".strip(),
        profile_url=profile_url_seen or (f"https://{profile_url}" if profile_url else None),
        direction=_DIRECTIONS[direction],
        sent_at=sent_at,
        note=note,
        status=_STATUSES[status],
        decision=_DECISIONS[decision] if decision else None,
        rule_name=rule_name,
        explanation=explanation,
        reply_text=reply_text,
        decided_at=decided_at,
        candidate_contact_id=candidate_id,
        candidate_name=(candidate_display or f"{candidate_first or ''} {candidate_last or ''}".strip())
        if candidate_id is not None
        else "",
        candidate_connected_on=candidate_on,
    )


def _query(owner_id: int, *extra: Any) -> Select[Any]:
    return (
        select(*_COLUMNS, *extra)
        .join(Contact, Contact.id == ConnectionRequest.contact_id)
        .outerjoin(_CANDIDATE, _CANDIDATE.id == ConnectionRequest.candidate_contact_id)
        .where(ConnectionRequest.owner_id == owner_id)
    )


def list_requests(
    session: Session, owner_id: int, *, pending_only: bool = False, direction: Direction | None = None
) -> list[records.ConnectionRequest]:
    """Newest first (requests without a time last)."""
    query = _query(owner_id)
    if pending_only:
        query = query.where(ConnectionRequest.status == RequestStatus.PENDING.value)
    if direction is not None:
        query = query.where(ConnectionRequest.direction == direction.value)
    query = query.order_by(ConnectionRequest.sent_at.desc().nulls_last(), ConnectionRequest.id.desc())
    return [_record(row) for row in session.execute(query)]


def get_request(session: Session, owner_id: int, request_id: int) -> records.ConnectionRequest:
    row = session.execute(_query(owner_id).where(ConnectionRequest.id == request_id)).first()
    if row is None:
        raise NotFound(f"no connection request with id {request_id}")
    return _record(row)


def pending_incoming_for(session: Session, owner_id: int, contact_id: int) -> int | None:
    return session.scalars(
        select(ConnectionRequest.id).where(
            ConnectionRequest.owner_id == owner_id,
            ConnectionRequest.contact_id == contact_id,
            ConnectionRequest.direction == Direction.INCOMING.value,
            ConnectionRequest.status == RequestStatus.PENDING.value,
        )
    ).first()


def add_request(
    session: Session,
    owner_id: int,
    contact_id: int,
    *,
    direction: Direction = Direction.INCOMING,
    sent_at: datetime | None = None,
    note: str = "",
) -> int:
    row = ConnectionRequest(
        owner_id=owner_id,
        contact_id=contact_id,
        direction=direction.value,
        sent_at=sent_at,
        note=note,
        status=RequestStatus.PENDING.value,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True, slots=True)
class RequestWithFacts:
    """A request and what the policy looks at for it."""

    request: records.ConnectionRequest
    facts: RequestFacts


def pending_incoming(session: Session, owner_id: int) -> list[RequestWithFacts]:
    """Every pending incoming request, oldest first, with its sender's facts."""
    return _with_facts(
        session,
        owner_id,
        ConnectionRequest.status == RequestStatus.PENDING.value,
        ConnectionRequest.direction == Direction.INCOMING.value,
    )


def request_facts(session: Session, owner_id: int, request_id: int) -> RequestFacts:
    found = _with_facts(session, owner_id, ConnectionRequest.id == request_id)
    if not found:
        raise NotFound(f"no connection request with id {request_id}")
    return found[0].facts


def _with_facts(session: Session, owner_id: int, *where: Any) -> list[RequestWithFacts]:
    chosen = (ConnectionRequest.owner_id == owner_id, *where)
    senders = select(ConnectionRequest.contact_id).where(*chosen).scalar_subquery()
    tags: dict[int, set[str]] = {}
    for contact_id, tag in (
        session.connection()
        .execute(select(ContactTag.contact_id, ContactTag.name).where(ContactTag.contact_id.in_(senders)))
        .all()
    ):
        tags.setdefault(contact_id, set()).add(tag)
    consent = current_consent_on(session, senders, Channel.LINKEDIN)
    # Core execution on the session's connection: plain rows, without the ORM's per-row work
    rows = (
        session.connection()
        .execute(
            _query(owner_id, *_FACT_COLUMNS)
            .where(*chosen)
            .order_by(ConnectionRequest.sent_at.asc().nulls_last(), ConnectionRequest.id)
        )
        .all()
    )
    result = []
    no_tags: frozenset[str] = frozenset()
    for row in rows:
        request = _record(row)
        first_name, last_name, display_name = row[11:14]
        relationship, met_in, last_interaction, connected_on = row[_WIDTH:]
        status, _ = effective_consent(consent.get(request.contact_id), Channel.LINKEDIN, connected_on)
        sender_tags = tags.get(request.contact_id)
        result.append(
            RequestWithFacts(
                request,
                RequestFacts(
                    request_id=request.id,
                    first_name=first_name or (display_name.split(" ", 1)[0] if display_name else ""),
                    last_name=last_name,
                    note=request.note,
                    relationship=_RELATIONSHIPS[relationship],
                    met_in=_MET_IN[met_in],
                    consent=status,
                    tags=frozenset(sender_tags) if sender_tags else no_tags,
                    last_interaction=last_interaction,
                ),
            )
        )
    return result


def find_contacts_by_name(session: Session, owner_id: int, name: str) -> list[Contact]:
    """Contacts whose display name or first and last name are ``name`` (ignoring case and spacing)."""
    key = " ".join(name.split()).lower()
    full = func.lower(func.trim(Contact.first_name + " " + Contact.last_name))
    return list(
        session.scalars(
            select(Contact)
            .where(Contact.owner_id == owner_id, or_(full == key, func.lower(Contact.display_name) == key))
            .order_by(Contact.id)
            .limit(2)
        )
    )


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """A decision to store on a request, by the policy (``rule_name`` may be None: the default) or by hand."""

    request_id: int
    contact_id: int
    decision: Decision
    rule_name: str | None
    explanation: str
    reply_text: str | None
    by: str  # "policy" or "hand"


def record_decisions(session: Session, owner_id: int, decisions: Sequence[DecisionRecord]) -> datetime:
    """Mark the requests decided and write one audit event per decision (linked to the sender), in bulk."""
    if not decisions:
        return utcnow()
    now = utcnow()
    session.execute(
        update(ConnectionRequest),
        [
            {
                "id": d.request_id,
                "status": RequestStatus.DECIDED.value,
                "decision": d.decision.value,
                "rule_name": d.rule_name,
                "explanation": d.explanation,
                "reply_text": d.reply_text,
                "decided_at": now,
            }
            for d in decisions
        ],
    )
    actor = current_actor()
    event_ids = session.scalars(
        insert(AuditEvent).returning(AuditEvent.id, sort_by_parameter_order=True),
        [
            {
                "owner_id": owner_id,
                "at": now,
                "actor": actor,
                "action": AuditAction.DECIDE.value,
                "details": {
                    "request_id": d.request_id,
                    "decision": d.decision.value,
                    "rule": d.rule_name,
                    "by": d.by,
                },
            }
            for d in decisions
        ],
    ).all()
    session.execute(
        insert(AuditEventContact),
        [{"event_id": event_id, "contact_id": d.contact_id} for event_id, d in zip(event_ids, decisions, strict=True)],
    )
    return now
