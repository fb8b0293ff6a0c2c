"""The inbox's use cases on SQLite and PostgreSQL: newest first, accept a suggestion, apply one rule, undo, history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.errors import BadInput
from app.core.records import NewContact
from app.core.vocabulary import AuditAction, Decision, Relationship, RequestStatus
from app.services import contacts, inbox, profile, triage
from app.services import requests as request_service
from app.storage.audit import list_events

TODAY = date(2026, 11, 21)


def at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=UTC)


@pytest.fixture
def requests(db):
    profile.update_profile(db, display_name="Morgan Adviser")
    contacts.add_contact(
        db, NewContact("Ada", "Quill", relationship=Relationship.CLIENT, last_interaction=date(2026, 3, 1))
    )
    return {
        "ada": request_service.add_request(db, "Ada Quill", sent_at=at(1)).request.id,
        "sam": request_service.add_request(db, "Sam Seller", note="Buy 1,000 followers now!", sent_at=at(3)).request.id,
        "tim": request_service.add_request(
            db, "Tim Trader", note="Cheap endorsements for sale", sent_at=at(2)
        ).request.id,
        "dee": request_service.add_request(db, "Dee Nobody").request.id,
    }


def decide_events(db) -> list[dict]:
    with db.session() as session:
        return [e.details for e in list_events(session, db.owner_id, action=AuditAction.DECIDE)]


def test_pending_is_newest_first(db, requests):
    order = [r.request.id for r in inbox.pending(db, today=TODAY)]
    assert order == [requests["dee"], requests["sam"], requests["tim"], requests["ada"]]  # Dee's came in now


def test_accept_records_the_rule_and_reason_and_an_edited_reply(db, requests):
    decided = inbox.accept(db, requests["dee"], reply_text="Hi Dee, where did we meet? Morgan", today=TODAY)
    assert (decided.status, decided.decision) == (RequestStatus.DECIDED, Decision.REPLY)
    assert decided.rule_name == "Stranger without a note"
    assert decided.explanation.startswith("Stranger without a note:")
    assert decided.reply_text == "Hi Dee, where did we meet? Morgan"
    connect = inbox.accept(db, requests["ada"], reply_text="ignored for connect", today=TODAY)
    assert (connect.decision, connect.reply_text) == (Decision.CONNECT, None)
    assert decide_events(db) == [
        {"request_id": requests["dee"], "decision": "reply", "rule": "Stranger without a note", "by": "accepted"},
        {"request_id": requests["ada"], "decision": "connect", "rule": "Known and in touch within 24 months",
         "by": "accepted"},
    ]  # fmt: skip
    with pytest.raises(BadInput, match="undo it first"):
        inbox.accept(db, requests["ada"], today=TODAY)


def test_apply_rule_decides_only_that_rules_requests(db, requests):
    counts = inbox.rule_counts(inbox.pending(db, today=TODAY))
    assert counts["Selling, trading endorsements or scams"] == 2
    decided = inbox.apply_rule(db, "Selling, trading endorsements or scams", today=TODAY)
    assert sorted(decided) == sorted([requests["sam"], requests["tim"]])
    left = {r.request.id for r in triage.suggest(db, today=TODAY).results}
    assert left == {requests["ada"], requests["dee"]}
    assert all(r.decision is Decision.REPORT for r in inbox.history(db))


def test_undo_puts_a_decision_back_and_history_is_latest_first(db, requests):
    request_service.decide(db, requests["sam"], Decision.IGNORE)
    inbox.accept(db, requests["ada"], today=TODAY)
    assert [r.id for r in inbox.history(db)] == [requests["ada"], requests["sam"]]
    back = inbox.undo_decision(db, requests["sam"])
    assert (back.status, back.decision, back.reply_text, back.decided_at) == (RequestStatus.PENDING, None, None, None)
    assert [r.id for r in inbox.history(db)] == [requests["ada"]]
    assert requests["sam"] in {r.request.id for r in inbox.pending(db, today=TODAY)}
    assert decide_events(db)[-1] == {"request_id": requests["sam"], "decision": None, "undone": "ignore", "by": "hand"}
    with pytest.raises(BadInput, match="nothing to undo"):
        inbox.undo_decision(db, requests["sam"])
