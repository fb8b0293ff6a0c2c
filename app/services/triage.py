"""Triage of pending incoming requests: the policy's suggestion for each, and recording them as decisions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.many_objects import many_objects
from app.core.policy.evaluation import PolicyEvaluator, Suggestion
from app.core.records import ConnectionRequest
from app.core.vocabulary import Decision
from app.storage import owners, policies
from app.storage import requests as repo
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class TriageResult:
    """A pending request and what the policy suggests for it (decision, rule, reason, reply, red flags)."""

    request: ConnectionRequest
    suggestion: Suggestion


@dataclass(frozen=True, slots=True)
class Triage:
    results: tuple[TriageResult, ...]
    policy_name: str
    applied: bool  # the suggestions were recorded as decisions

    def counts(self) -> Counter[Decision]:
        return Counter(r.suggestion.decision for r in self.results)


def _evaluate(session: Session, db: Database, today: date) -> Triage:
    policy = policies.policy_or_default(session, db.owner_id)
    evaluator = PolicyEvaluator(policy, owners.load_profile(session, db.owner_id), today)
    with many_objects():  # a few small objects per request, no reference cycles
        pending = repo.pending_incoming(session, db.owner_id)
        results = tuple(TriageResult(p.request, evaluator.evaluate(p.facts)) for p in pending)
    return Triage(results, policy.name, applied=False)


def suggest(db: Database, *, today: date | None = None) -> Triage:
    """The policy's suggestion for every pending incoming request, oldest first; nothing is written."""
    with db.session() as session:
        return _evaluate(session, db, today or date.today())


def apply(db: Database, *, today: date | None = None) -> Triage:
    """Record every suggestion as the request's decision (status `decided`), with an audit event for each."""
    with db.session() as session:
        triage = _evaluate(session, db, today or date.today())
        incomplete = [r for r in triage.results if r.suggestion.reply is not None and r.suggestion.reply.missing]
        if incomplete:  # all or nothing: a reply with an empty slot is never stored
            fields = sorted({name for r in incomplete for name in r.suggestion.reply.missing})  # type: ignore[union-attr]
            first = incomplete[0].request
            raise BadInput(
                f"{len(incomplete)} of {len(triage.results)} replies would have an empty slot "
                f"({', '.join(fields)}; first: request {first.id}, {first.contact_name}); nothing was recorded. "
                "Fill the profile with `gatehouse profile set`, or put the field in [ ] in the template."
            )
        repo.record_decisions(
            session,
            db.owner_id,
            [
                repo.DecisionRecord(
                    request_id=r.request.id,
                    contact_id=r.request.contact_id,
                    decision=r.suggestion.decision,
                    rule_name=r.suggestion.rule_name,
                    explanation=r.suggestion.reason,
                    reply_text=r.suggestion.reply_text,
                    by="policy",
                )
                for r in triage.results
            ],
        )
        return Triage(triage.results, triage.policy_name, applied=True)
