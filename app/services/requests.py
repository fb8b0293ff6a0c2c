"""Connection requests: recording one typed or pasted from LinkedIn, listing them, deciding one by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.policy.evaluation import PolicyEvaluator
from app.core.profile_url import normalise_profile_url
from app.core.records import ConnectionRequest, NewContact
from app.core.vocabulary import AuditAction, Decision, Direction, Relationship, RequestStatus, Source
from app.storage import contacts as contact_repo
from app.storage import owners, policies
from app.storage import requests as repo
from app.storage.audit import record_event
from app.storage.base import utcnow
from app.storage.database import Database
from app.storage.suppression import refuse_if_erased


@dataclass(frozen=True, slots=True)
class AddedRequest:
    request: ConnectionRequest
    new_contact: bool  # the sender was not in the record and was added as a stranger
    matched_by: str  # "profile URL", "name" or "" for a new contact


def split_name(name: str) -> tuple[str, str]:
    """'Ada Quill' -> ('Ada', 'Quill'); one word is a first name."""
    parts = name.split(None, 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (name.strip(), "")


def add_request(
    db: Database, name: str, *, profile_url: str | None = None, note: str = "", sent_at: datetime | None = None
) -> AddedRequest:
    """Record an incoming request. The sender is found by profile URL, or, without one, by a name only one
    contact has; otherwise they are added to the record as a stranger."""
    name = " ".join(name.split())
    if not name:
        raise BadInput("a request needs the sender's name (--name)")
    with db.session() as session:
        row, matched_by = None, ""
        if normalise_profile_url(profile_url) is None:
            profile_url = None  # empty, or a URL that names no member (``https://www.linkedin.com/in``)
        if profile_url:
            refuse_if_erased(session, db.owner_id, profile_url)
            row = contact_repo.find_by_profile_url(session, db.owner_id, profile_url)
            matched_by = "profile URL" if row is not None else ""
        else:
            same_name = repo.find_contacts_by_name(session, db.owner_id, name)
            if len(same_name) == 1:
                row, matched_by = same_name[0], "name"
        new_contact = row is None
        if row is None:
            first, last = split_name(name)
            row = contact_repo.add_contact(
                session,
                db.owner_id,
                NewContact(
                    first, last, profile_url=profile_url, relationship=Relationship.STRANGER, source=Source.MANUAL
                ),
                relationship_guessed=True,
            )
            record_event(session, db.owner_id, AuditAction.CONTACT_ADD, [row.id], {"source": "request"})
        elif (pending := repo.pending_incoming_for(session, db.owner_id, row.id)) is not None:
            raise BadInput(f"{name} already has a pending request (id {pending}); decide it first")
        request_id = repo.add_request(session, db.owner_id, row.id, sent_at=sent_at or utcnow(), note=note.strip())
        return AddedRequest(repo.get_request(session, db.owner_id, request_id), new_contact, matched_by)


def list_requests(db: Database, *, pending_only: bool = False) -> list[ConnectionRequest]:
    with db.session() as session:
        return repo.list_requests(session, db.owner_id, pending_only=pending_only)


@dataclass(frozen=True, slots=True)
class SentInvitation:
    """An invitation the owner sent that is still waiting (LinkedIn asks members to withdraw old ones)."""

    request: ConnectionRequest
    age_days: int | None  # whole days since it was sent, in local time; None when the export gave no time

    @property
    def request_id(self) -> int:
        return self.request.id

    @property
    def name(self) -> str:
        return self.request.contact_name


def sent_waiting(db: Database, *, today: date | None = None) -> list[SentInvitation]:
    """Outgoing invitations still pending, oldest first (those without a time last), with their age in days."""
    day = today or date.today()
    with db.session() as session:
        found = repo.list_requests(session, db.owner_id, pending_only=True, direction=Direction.OUTGOING)
    found.sort(key=lambda r: (r.sent_at is None, r.sent_at or datetime.min.replace(tzinfo=UTC), r.id))
    return [
        SentInvitation(r, max(0, (day - r.sent_at.astimezone().date()).days) if r.sent_at is not None else None)
        for r in found
    ]


def decide(
    db: Database, request_id: int, decision: Decision, *, reply_text: str | None = None, today: date | None = None
) -> ConnectionRequest:
    """Record the adviser's own decision on an incoming request; it replaces whatever the policy suggested.
    A `reply` without a text of its own gets the reply the policy would write."""
    if reply_text is not None and decision is not Decision.REPLY:
        raise BadInput(f"--reply-text goes with the decision reply, not {decision.value}")
    if reply_text is not None and not reply_text.strip():
        raise BadInput("the reply text is empty")
    with db.session() as session:
        request = repo.get_request(session, db.owner_id, request_id)
        if request.direction is not Direction.INCOMING:
            raise BadInput(f"request {request_id} is one you sent; only incoming requests are decided")
        if request.status is RequestStatus.DONE:
            raise BadInput(f"request {request_id} is already done ({request.decision}); nothing to decide")
        if decision is Decision.REPLY and reply_text is None:
            reply_text = _suggested_reply(db, session, request_id, today or date.today())
        explanation = f"Decided by hand: {decision.value}"
        if request.decision is not None and request.decision is not decision:
            explanation += f" (the earlier decision was {request.decision.value})"
        repo.record_decisions(
            session,
            db.owner_id,
            [
                repo.DecisionRecord(
                    request_id, request.contact_id, decision, None, explanation + ".", reply_text, by="hand"
                )
            ],
        )
        return repo.get_request(session, db.owner_id, request_id)


def _suggested_reply(db: Database, session: Session, request_id: int, today: date) -> str | None:
    """The reply the policy writes for this request; when its rule is not a reply, the default template's."""
    policy = policies.policy_or_default(session, db.owner_id)
    evaluator = PolicyEvaluator(policy, owners.load_profile(session, db.owner_id), today)
    facts = repo.request_facts(session, db.owner_id, request_id)
    reply = evaluator.evaluate(facts).reply or evaluator.default_reply(facts)
    return reply.text if reply is not None else None
