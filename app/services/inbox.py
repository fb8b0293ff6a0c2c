"""The inbox's use cases: pending requests newest first, accepting a suggestion, applying one rule's suggestions,
putting a decision back (undo), and the history of decided requests.

Deciding by hand is ``app.services.requests.decide``; triage itself is ``app.services.triage``. Every decision
and every undo writes an audit event (action ``decide``) linked to the sender, as ``gatehouse triage --apply`` and
``gatehouse decide`` do.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.policy.evaluation import PolicyEvaluator, Suggestion
from app.core.records import ConnectionRequest
from app.core.vocabulary import AuditAction, Decision, Direction, RequestStatus
from app.services import triage as triage_service
from app.services.triage import TriageResult
from app.storage import owners, policies
from app.storage import requests as repo
from app.storage.audit import record_event
from app.storage.database import Database
from app.storage.models import ConnectionRequest as RequestRow

# How the audit log says who decided: the adviser accepted the policy's suggestion in the inbox.
ACCEPTED = "accepted"


def _newest_first(result: TriageResult) -> tuple[bool, datetime, int]:
    sent_at = result.request.sent_at
    return (sent_at is not None, sent_at or datetime.min, result.request.id)


def pending(db: Database, *, today: date | None = None) -> tuple[TriageResult, ...]:
    """Every pending incoming request with the policy's suggestion, newest first (undated ones last)."""
    results = triage_service.suggest(db, today=today).results
    return tuple(sorted(results, key=_newest_first, reverse=True))


def _decidable(session: Session, db: Database, request_id: int) -> ConnectionRequest:
    request = repo.get_request(session, db.owner_id, request_id)
    if request.direction is not Direction.INCOMING:
        raise BadInput(f"request {request_id} is one you sent; only incoming requests are decided")
    if request.status is not RequestStatus.PENDING:
        raise BadInput(f"request {request_id} is {request.status.value} already ({request.decision}); undo it first")
    return request


def _suggestion(session: Session, db: Database, request_id: int, today: date) -> Suggestion:
    policy = policies.policy_or_default(session, db.owner_id)
    evaluator = PolicyEvaluator(policy, owners.load_profile(session, db.owner_id), today)
    return evaluator.evaluate(repo.request_facts(session, db.owner_id, request_id))


def accept(
    db: Database, request_id: int, *, reply_text: str | None = None, today: date | None = None
) -> ConnectionRequest:
    """Record the policy's suggestion as the decision, with its rule and reason. For a `reply`, ``reply_text``
    (the text as the adviser edited it) replaces the suggested reply; for other decisions it is ignored."""
    with db.session() as session:
        request = _decidable(session, db, request_id)
        suggestion = _suggestion(session, db, request_id, today or date.today())
        text = None
        if suggestion.decision is Decision.REPLY:
            text = reply_text if reply_text is not None and reply_text.strip() else suggestion.reply_text
        repo.record_decisions(
            session,
            db.owner_id,
            [
                repo.DecisionRecord(
                    request_id,
                    request.contact_id,
                    suggestion.decision,
                    suggestion.rule_name,
                    suggestion.reason,
                    text,
                    by=ACCEPTED,
                )
            ],
        )
        return repo.get_request(session, db.owner_id, request_id)


def rule_counts(results: tuple[TriageResult, ...]) -> dict[str | None, int]:
    """How many pending requests each rule suggests for (None: the policy's default), in the policy's order."""
    counts: dict[str | None, int] = {}
    for result in sorted(results, key=lambda r: r.suggestion.rule_number or 10**9):
        counts[result.suggestion.rule_name] = counts.get(result.suggestion.rule_name, 0) + 1
    return counts


def apply_rule(db: Database, rule_name: str | None, *, today: date | None = None) -> list[int]:
    """Record the suggestion of every pending request that rule ``rule_name`` decides (None: the requests no
    rule matched, decided by the default), as ``gatehouse triage --apply`` does for all of them. Returns the ids
    of the requests decided."""
    with db.session() as session:
        policy = policies.policy_or_default(session, db.owner_id)
        evaluator = PolicyEvaluator(policy, owners.load_profile(session, db.owner_id), today or date.today())
        chosen = [
            TriageResult(p.request, suggestion)
            for p in repo.pending_incoming(session, db.owner_id)
            if (suggestion := evaluator.evaluate(p.facts)).rule_name == rule_name
        ]
        repo.record_decisions(
            session,
            db.owner_id,
            [
                repo.DecisionRecord(
                    r.request.id,
                    r.request.contact_id,
                    r.suggestion.decision,
                    r.suggestion.rule_name,
                    r.suggestion.reason,
                    r.suggestion.reply_text,
                    by="policy",
                )
                for r in chosen
            ],
        )
        return [r.request.id for r in chosen]


def undo_decision(db: Database, request_id: int) -> ConnectionRequest:
    """Put a decided request back among the pending ones; the audit log keeps both the decision and its undoing.
    A request LinkedIn reports as done (accepted or withdrawn there) cannot be put back."""
    with db.session() as session:
        request = repo.get_request(session, db.owner_id, request_id)
        if request.direction is not Direction.INCOMING or request.status is not RequestStatus.DECIDED:
            raise BadInput(f"request {request_id} is {request.status.value}, not decided: nothing to undo")
        session.execute(
            update(RequestRow)
            .where(RequestRow.id == request_id, RequestRow.owner_id == db.owner_id)
            .values(
                status=RequestStatus.PENDING.value,
                decision=None,
                rule_name=None,
                explanation=None,
                reply_text=None,
                decided_at=None,
            )
        )
        record_event(
            session,
            db.owner_id,
            AuditAction.DECIDE,
            [request.contact_id],
            {
                "request_id": request_id,
                "decision": None,
                "undone": request.decision.value if request.decision else None,
                "by": "hand",
            },
        )
        return repo.get_request(session, db.owner_id, request_id)


def history(db: Database) -> list[ConnectionRequest]:
    """Incoming requests that have a decision, the latest decision first."""
    with db.session() as session:
        decided = [
            r
            for r in repo.list_requests(session, db.owner_id, direction=Direction.INCOMING)
            if r.status is not RequestStatus.PENDING and r.decision is not None
        ]
    return sorted(decided, key=lambda r: (r.decided_at is not None, r.decided_at or datetime.min, r.id), reverse=True)
