"""The owner profile's LinkedIn account kind: stored, and used by the four-gates check for invitation notes."""

from __future__ import annotations

from app.core.gates import Gate, GateOutcome
from app.core.records import NewContact
from app.core.vocabulary import AccountKind, Channel, MetIn, Purpose, Relationship
from app.services import contacts, gates, profile


def test_the_account_kind_is_free_by_default_and_kept_when_set(db):
    assert profile.get_profile(db).account_kind is AccountKind.FREE
    profile.update_profile(db, account_kind=AccountKind.PREMIUM)
    assert profile.get_profile(db).account_kind is AccountKind.PREMIUM


def test_the_four_gates_hold_an_invitation_note_to_the_owners_limit(db):
    ben = NewContact("Ben", "Ostrander", relationship=Relationship.PROFESSIONAL, met_in=MetIn.PROFESSIONAL_NETWORK)
    contact = contacts.add_contact(db, ben)
    note = "x" * 250
    free = gates.check(db, str(contact.id), Channel.LINKEDIN, Purpose.NETWORKING, note=note)
    assert (free.note_limit, free.outcome(Gate.CHANNEL)) == (200, GateOutcome.CAUTION)
    profile.update_profile(db, account_kind=AccountKind.PREMIUM)
    premium = gates.check(db, str(contact.id), Channel.LINKEDIN, Purpose.NETWORKING, note=note)
    assert (premium.note_limit, premium.outcome(Gate.CHANNEL)) == (300, GateOutcome.PASS)
    assert "a Premium LinkedIn account allows 300 characters in an invitation note" in premium.gates[1].sentence
