"""Requests typed in, triage against the stored policy, recording suggestions and decisions by hand; SQLite and
PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.errors import BadInput, NotFound
from app.core.policy.model import Conditions, Policy, Rule
from app.core.records import NewContact
from app.core.vocabulary import (
    AuditAction,
    Channel,
    ConsentStatus,
    Decision,
    Direction,
    Relationship,
    RequestStatus,
)
from app.services import contacts, profile, triage
from app.services import policy as policy_service
from app.services import requests as service
from app.storage import requests as request_repo
from app.storage.audit import list_events
from app.storage.policies import load_policy

TODAY = date(2026, 11, 21)


def at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=UTC)


@pytest.fixture
def inbox(db):
    """An adviser with a profile, three known contacts and five pending requests."""
    profile.update_profile(db, display_name="Morgan Adviser", service_contact="careers.example.ac.uk/contact")
    client = contacts.add_contact(
        db,
        NewContact("Ada", "Quill", profile_url="linkedin.com/in/ada", relationship=Relationship.CLIENT,
                   last_interaction=date(2026, 3, 1), tags=("Alumni",)),
    )  # fmt: skip
    old_client = contacts.add_contact(
        db, NewContact("Ben", "Marsh", relationship=Relationship.CLIENT, last_interaction=date(2020, 1, 1))
    )
    withdrawn = contacts.add_contact(
        db,
        NewContact("Cleo", "Abara", profile_url="linkedin.com/in/cleo", relationship=Relationship.COLLEAGUE),
        consent={Channel.LINKEDIN: ConsentStatus.WITHDRAWN},
    )
    ids = {
        "client": service.add_request(db, "Ada Quill", profile_url="https://www.linkedin.com/in/ADA/", sent_at=at(1)),
        "old client": service.add_request(db, "Ben Marsh", sent_at=at(2)),
        "withdrawn": service.add_request(db, "Cleo Abara", profile_url="linkedin.com/in/cleo", sent_at=at(3)),
        "spam": service.add_request(db, "Sam Seller", note="Buy 1,000 followers now!", sent_at=at(4)),
        "stranger": service.add_request(db, "Dee Nobody", profile_url="linkedin.com/in/dee", sent_at=at(5)),
    }
    return {"client": client, "old client": old_client, "withdrawn": withdrawn, "requests": ids}


def test_a_new_database_has_the_default_policy(db):
    view = policy_service.show_policy(db)
    assert view.is_default
    assert view.policy.rules[0].name == "Selling, trading endorsements or scams"
    with db.session() as session:
        assert load_policy(session, db.owner_id) == view.policy  # installed, not only shown


def test_requests_find_their_sender_or_add_a_stranger(db, inbox):
    added = inbox["requests"]
    assert (added["client"].new_contact, added["client"].matched_by) == (False, "profile URL")
    assert added["client"].request.contact_id == inbox["client"].id
    assert (added["old client"].new_contact, added["old client"].matched_by) == (False, "name")
    assert added["spam"].new_contact and added["spam"].matched_by == ""
    sender = contacts.show_contact(db, str(added["spam"].request.contact_id)).contact
    assert (sender.first_name, sender.last_name, sender.relationship) == ("Sam", "Seller", Relationship.STRANGER)
    assert added["stranger"].request.profile_url == "linkedin.com/in/dee"
    assert added["spam"].request.note == "Buy 1,000 followers now!"
    assert added["spam"].request.status is RequestStatus.PENDING
    with db.session() as session:
        new_contacts = list_events(session, db.owner_id, action=AuditAction.CONTACT_ADD)
        assert [e.details.get("source") for e in new_contacts][-2:] == ["request", "request"]


def test_a_second_pending_request_from_the_same_person_is_refused(db, inbox):
    with pytest.raises(BadInput, match="already has a pending request"):
        service.add_request(db, "Ada Quill", profile_url="linkedin.com/in/ada")
    with pytest.raises(BadInput, match="needs the sender's name"):
        service.add_request(db, "   ")


def test_a_name_two_contacts_share_makes_a_new_stranger(db):
    contacts.add_contact(db, NewContact("Jo", "Reyes"))
    contacts.add_contact(db, NewContact("Jo", "Reyes", profile_url="linkedin.com/in/jo-2"))
    assert service.add_request(db, "jo  REYES").new_contact


def test_triage_suggests_per_the_default_policy(db, inbox):
    result = triage.suggest(db, today=TODAY)
    by_name = {r.request.contact_name: r.suggestion for r in result.results}
    assert [r.request.contact_name for r in result.results] == [
        "Ada Quill", "Ben Marsh", "Cleo Abara", "Sam Seller", "Dee Nobody"
    ]  # fmt: skip
    assert by_name["Ada Quill"].decision is Decision.CONNECT
    assert by_name["Ben Marsh"].decision is Decision.REPLY
    assert by_name["Ben Marsh"].rule_name == "Known but not in touch for 24 months, no note"
    assert by_name["Ben Marsh"].reply_text == (
        "Hi Ben, thank you for the invitation. Could you remind me where we met? Best wishes, Morgan Adviser"
    )
    assert by_name["Cleo Abara"].decision is Decision.IGNORE
    assert by_name["Cleo Abara"].reason == "Consent refused or withdrawn: LinkedIn consent withdrawn."
    assert by_name["Sam Seller"].decision is Decision.REPORT
    assert [(m.category.value, m.phrase) for m in by_name["Sam Seller"].red_flags] == [
        ("selling", "Buy 1,000 followers")
    ]
    assert by_name["Dee Nobody"].rule_name == "Stranger without a note"
    assert result.counts() == {Decision.CONNECT: 1, Decision.REPLY: 2, Decision.IGNORE: 1, Decision.REPORT: 1}
    assert not result.applied
    assert all(r.status is RequestStatus.PENDING for r in service.list_requests(db))  # nothing written


def test_triage_is_deterministic_for_a_given_day(db, inbox):
    first = triage.suggest(db, today=TODAY)
    assert triage.suggest(db, today=TODAY) == first
    # Ada's last interaction (2026-03-01) is more than 24 months old on 2028-03-02
    later = {r.request.contact_name: r.suggestion.decision for r in triage.suggest(db, today=date(2028, 3, 2)).results}
    assert later["Ada Quill"] is Decision.REPLY


def test_apply_records_every_suggestion_with_an_audit_event(db, inbox):
    applied = triage.apply(db, today=TODAY)
    assert applied.applied and len(applied.results) == 5
    stored = {r.contact_name: r for r in service.list_requests(db)}
    assert all(r.status is RequestStatus.DECIDED and r.decided_at is not None for r in stored.values())
    assert stored["Ada Quill"].decision is Decision.CONNECT
    assert stored["Ada Quill"].rule_name == "Known and in touch within 24 months"
    assert stored["Ada Quill"].explanation.startswith("Known and in touch within 24 months: relationship client")
    assert stored["Dee Nobody"].reply_text.startswith("Hi Dee, thank you for the invitation.")
    with db.session() as session:
        events = list_events(session, db.owner_id, action=AuditAction.DECIDE)
        assert len(events) == 5
        ada = list_events(session, db.owner_id, action=AuditAction.DECIDE, contact_id=inbox["client"].id)
    assert [e.details for e in ada] == [
        {
            "request_id": stored["Ada Quill"].id,
            "decision": "connect",
            "rule": "Known and in touch within 24 months",
            "by": "policy",
        }
    ]
    assert triage.suggest(db, today=TODAY).results == ()  # nothing pending any more
    assert service.list_requests(db, pending_only=True) == []


def test_deciding_by_hand_overrides_the_suggestion(db, inbox):
    spam_id = inbox["requests"]["spam"].request.id
    triage.apply(db, today=TODAY)
    decided = service.decide(db, spam_id, Decision.IGNORE)
    assert (decided.decision, decided.status, decided.rule_name) == (Decision.IGNORE, RequestStatus.DECIDED, None)
    assert decided.explanation == "Decided by hand: ignore (the earlier decision was report)."
    with db.session() as session:
        events = list_events(session, db.owner_id, action=AuditAction.DECIDE, contact_id=decided.contact_id)
    assert [e.details["by"] for e in events] == ["policy", "hand"]
    assert events[-1].details["decision"] == "ignore"


def test_a_reply_by_hand_gets_the_policys_text_unless_given_one(db, inbox):
    ada = inbox["requests"]["client"].request.id
    replied = service.decide(db, ada, Decision.REPLY, today=TODAY)
    # the policy says connect for Ada, so the reply is the default template's
    assert replied.reply_text == (
        "Hi Ada, thank you for the invitation. Could you remind me where we met? Best wishes, Morgan Adviser"
    )
    own = service.decide(db, ada, Decision.REPLY, reply_text="Lovely to hear from you, Ada!")
    assert own.reply_text == "Lovely to hear from you, Ada!"


def test_bad_decisions_are_refused_and_nothing_is_written(db, inbox):
    ada = inbox["requests"]["client"].request.id
    with pytest.raises(BadInput, match="--reply-text goes with the decision reply"):
        service.decide(db, ada, Decision.CONNECT, reply_text="Hi")
    with pytest.raises(NotFound, match="no connection request with id 999"):
        service.decide(db, 999, Decision.CONNECT)
    with db.session() as session:
        outgoing = request_repo.add_request(session, db.owner_id, inbox["client"].id, direction=Direction.OUTGOING)
    with pytest.raises(BadInput, match="one you sent"):
        service.decide(db, outgoing, Decision.CONNECT)
    assert service.list_requests(db, pending_only=True)[0].decision is None
    with db.session() as session:
        assert list_events(session, db.owner_id, action=AuditAction.DECIDE) == []


def test_triage_reads_tags_and_consent_of_the_senders(db, inbox):
    tagged = Policy(
        "Tags first",
        (
            Rule("Alumni", Decision.CONNECT, Conditions(tags=("alumni",))),
            Rule("Withdrawn", Decision.REPORT, Conditions(consent=(ConsentStatus.WITHDRAWN,))),
        ),
        default=Decision.IGNORE,
    )
    policy_service.save_policy(db, tagged)
    decisions = {r.request.contact_name: r.suggestion.decision for r in triage.suggest(db, today=TODAY).results}
    assert decisions == {
        "Ada Quill": Decision.CONNECT,
        "Ben Marsh": Decision.IGNORE,
        "Cleo Abara": Decision.REPORT,
        "Sam Seller": Decision.IGNORE,
        "Dee Nobody": Decision.IGNORE,
    }
