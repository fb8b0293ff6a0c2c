"""The four gates over a table of cases, the product brief's example first."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from app.core.gates import (
    Gate,
    GateOutcome,
    Purpose,
    Verdict,
    check_contact,
    effective_consent,
    invitation_note_limit,
    invitation_note_problem,
)
from app.core.records import Contact
from app.core.vocabulary import AccountKind, Channel, ConsentStatus, MetIn, Relationship, Source

NOW = datetime(2026, 11, 21, tzinfo=UTC)
P, C, F = GateOutcome.PASS, GateOutcome.CAUTION, GateOutcome.FAIL


def contact(
    relationship: Relationship,
    met_in: MetIn,
    consent: dict[Channel, ConsentStatus] | None = None,
    connected_on: date | None = None,
) -> Contact:
    return Contact(
        id=7, first_name="Ben", last_name="Ostrander", display_name="", profile_url=None, profile_url_seen=None,
        emails=(), company="", position="", relationship=relationship, met_in=met_in, met_where="", met_on=None,
        connected_on=connected_on, last_interaction=None, tags=(), notes="", source=Source.MANUAL, created_at=NOW,
        updated_at=NOW, reviewed_at=None, consent=consent or {},
    )  # fmt: skip


def test_the_briefs_example_stops_on_consent_channel_and_context():
    # a customer met in the work role, no consent, a personal thank-you via LinkedIn
    check = check_contact(contact(Relationship.CLIENT, MetIn.WORK_ROLE), Channel.LINKEDIN, Purpose.PERSONAL)
    assert check.verdict is Verdict.STOP
    assert check.failed == (Gate.CONSENT, Gate.CHANNEL, Gate.CONTEXT)
    sentences = {r.gate: r.sentence for r in check.gates}
    assert (
        sentences[Gate.CONSENT] == "Ben Ostrander has not agreed to be contacted by LinkedIn: consent was never asked."
    )
    assert sentences[Gate.CHANNEL] == "LinkedIn is for professional matters, not personal ones."
    assert sentences[Gate.CONTEXT] == (
        "You met Ben Ostrander in your work role: contact goes through your employer's official channels, "
        "not privately."
    )
    assert sentences[Gate.CAUSE].endswith("a personal reason does not justify crossing the other gates.")


EXPLICIT_EMAIL = {Channel.EMAIL: ConsentStatus.EXPLICIT}
IMPLIED_LINKEDIN = {Channel.LINKEDIN: ConsentStatus.IMPLIED}

R, M, Ch, Pu, CS, V = Relationship, MetIn, Channel, Purpose, ConsentStatus, Verdict
CASES = [
    # relationship, met in, consent, channel, purpose -> consent, channel, context, cause, verdict
    (R.CLIENT, M.WORK_ROLE, EXPLICIT_EMAIL, Ch.EMAIL, Pu.WORK_FOLLOW_UP, (P, P, P, P), V.GO),
    (R.CLIENT, M.WORK_ROLE, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.WORK_FOLLOW_UP, (P, P, C, P), V.CAUTION),
    (R.CLIENT, M.WORK_ROLE, EXPLICIT_EMAIL, Ch.EMAIL, Pu.SALES, (P, C, F, F), V.STOP),
    (R.CLIENT, M.WORK_ROLE, EXPLICIT_EMAIL, Ch.SOCIAL, Pu.WORK_FOLLOW_UP, (F, F, F, P), V.STOP),
    (R.COLLEAGUE, M.PROFESSIONAL_NETWORK, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.NETWORKING, (P, P, P, P), V.GO),
    (R.PROFESSIONAL, M.PROFESSIONAL_NETWORK, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.RECRUITMENT, (P, P, P, P), V.GO),
    (R.PROFESSIONAL, M.PROFESSIONAL_NETWORK, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.SALES, (C, C, C, C), V.CAUTION),
    (R.PERSONAL, M.PERSONAL_LIFE, {Ch.PHONE: CS.EXPLICIT}, Ch.PHONE, Pu.PERSONAL, (P, P, P, P), V.GO),
    (R.PERSONAL, M.PERSONAL_LIFE, {Ch.SOCIAL: CS.IMPLIED}, Ch.SOCIAL, Pu.PERSONAL, (P, P, P, P), V.GO),
    (R.PERSONAL, M.PERSONAL_LIFE, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.PERSONAL, (P, F, P, P), V.STOP),
    (R.STRANGER, M.ONLINE_ONLY, {}, Ch.LINKEDIN, Pu.NETWORKING, (F, P, P, C), V.STOP),
    (R.STRANGER, M.UNKNOWN, {}, Ch.PHONE, Pu.SALES, (F, F, C, F), V.STOP),
    (R.UNSORTED, M.UNKNOWN, IMPLIED_LINKEDIN, Ch.LINKEDIN, Pu.WORK_FOLLOW_UP, (P, P, C, C), V.CAUTION),
    (R.CLIENT, M.WORK_ROLE, {Ch.EMAIL: CS.WITHDRAWN}, Ch.EMAIL, Pu.WORK_FOLLOW_UP, (F, P, P, P), V.STOP),
    (R.COLLEAGUE, M.WORK_ROLE, {Ch.EMAIL: CS.REFUSED}, Ch.EMAIL, Pu.WORK_FOLLOW_UP, (F, P, P, P), V.STOP),
    # consent is per channel: explicit e-mail consent says nothing about LinkedIn
    (R.CLIENT, M.WORK_ROLE, EXPLICIT_EMAIL, Ch.LINKEDIN, Pu.WORK_FOLLOW_UP, (F, P, C, P), V.STOP),
]  # fmt: skip


@pytest.mark.parametrize(("relationship", "met_in", "consent", "channel", "purpose", "outcomes", "verdict"), CASES)
def test_gates(relationship, met_in, consent, channel, purpose, outcomes, verdict):
    check = check_contact(contact(relationship, met_in, consent), channel, purpose)
    assert tuple(r.gate for r in check.gates) == (Gate.CONSENT, Gate.CHANNEL, Gate.CONTEXT, Gate.CAUSE)
    assert tuple(r.outcome for r in check.gates) == outcomes
    assert check.verdict is verdict
    assert all(r.sentence and r.sentence.endswith(".") and "{" not in r.sentence for r in check.gates)


def test_a_linkedin_connection_implies_consent_for_linkedin_only():
    connected = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK, connected_on=date(2024, 5, 1))
    on_linkedin = check_contact(connected, Channel.LINKEDIN, Purpose.NETWORKING)
    assert on_linkedin.outcome(Gate.CONSENT) is P
    assert "implied by your LinkedIn connection (since 2024-05-01)" in on_linkedin.gates[0].sentence
    assert check_contact(connected, Channel.EMAIL, Purpose.NETWORKING).outcome(Gate.CONSENT) is F
    # a recorded withdrawal wins over the connection
    withdrawn = contact(
        Relationship.PROFESSIONAL,
        MetIn.PROFESSIONAL_NETWORK,
        {Channel.LINKEDIN: ConsentStatus.WITHDRAWN},
        connected_on=date(2024, 5, 1),
    )
    assert check_contact(withdrawn, Channel.LINKEDIN, Purpose.NETWORKING).outcome(Gate.CONSENT) is F
    assert effective_consent(None, Channel.EMAIL, date(2024, 5, 1)) == (ConsentStatus.NOT_ASKED, False)


def test_implied_consent_does_not_cover_selling():
    check = check_contact(
        contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK, IMPLIED_LINKEDIN),
        Channel.LINKEDIN,
        Purpose.SALES,
    )
    assert check.outcome(Gate.CONSENT) is C
    assert "does not cover selling" in check.gates[0].sentence


def test_every_combination_has_an_answer_and_the_verdict_follows_the_gates():
    for relationship, met_in, channel, purpose, status in itertools.product(
        Relationship, MetIn, Channel, Purpose, [None, *ConsentStatus]
    ):
        consent = {} if status is None else {channel: status}
        check = check_contact(contact(relationship, met_in, consent), channel, purpose)
        outcomes = {r.outcome for r in check.gates}
        expected = Verdict.STOP if F in outcomes else Verdict.CAUTION if C in outcomes else Verdict.GO
        assert check.verdict is expected


def test_a_stranger_who_invited_you_may_be_answered_on_linkedin_as_the_inbox_suggests():
    # The inbox suggests replying to a stranger with no note; the gates for that reply must not say stop.
    stranger = contact(Relationship.STRANGER, MetIn.UNKNOWN)
    check = check_contact(stranger, Channel.LINKEDIN, Purpose.INVITATION_REPLY, invited=True)
    assert tuple(r.outcome for r in check.gates) == (P, P, P, P)
    assert check.verdict is Verdict.GO
    assert check.gates[0].sentence == "Ben Ostrander invited you on LinkedIn: a reply there answers them."
    # ...while writing to the same stranger for anything else still stops on consent
    assert check_contact(stranger, Channel.LINKEDIN, Purpose.NETWORKING).verdict is Verdict.STOP


@pytest.mark.parametrize(
    ("consent", "invited", "channel", "outcomes", "verdict"),
    [
        ({}, False, Ch.LINKEDIN, (F, P, P, P), V.STOP),  # no invitation waiting: nothing to reply to
        ({Ch.LINKEDIN: CS.REFUSED}, True, Ch.LINKEDIN, (F, P, P, P), V.STOP),  # a refusal still stops
        ({}, True, Ch.EMAIL, (F, C, P, P), V.STOP),  # the invitation covers LinkedIn only
        ({}, True, Ch.PHONE, (F, F, P, P), V.STOP),
    ],
)
def test_an_invitation_reply_is_answered_where_the_invitation_was_sent(consent, invited, channel, outcomes, verdict):
    check = check_contact(contact(R.STRANGER, M.UNKNOWN, consent), channel, Pu.INVITATION_REPLY, invited=invited)
    assert tuple(r.outcome for r in check.gates) == outcomes
    assert check.verdict is verdict


def test_every_relationship_and_context_has_an_answer_for_an_invitation_reply():
    for relationship, met_in in itertools.product(Relationship, MetIn):
        check = check_contact(contact(relationship, met_in), Channel.LINKEDIN, Purpose.INVITATION_REPLY, invited=True)
        assert check.verdict in (Verdict.GO, Verdict.CAUTION)


# --- invitation notes, limited by the owner's LinkedIn account kind ---------------------------------------------


@pytest.mark.parametrize(("kind", "limit"), [(AccountKind.FREE, 200), (AccountKind.PREMIUM, 300)])
def test_an_invitation_note_is_limited_by_account_kind(kind, limit):
    assert invitation_note_limit(kind) == limit
    stranger = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK)
    result = check_contact(stranger, Channel.LINKEDIN, Purpose.NETWORKING, account_kind=kind)
    assert result.note_limit == limit
    sentence = next(r.sentence for r in result.gates if r.gate is Gate.CHANNEL)
    assert f"keep it to {limit} characters" in sentence
    kind_word = "a free" if kind is AccountKind.FREE else "a Premium"
    assert f"{kind_word} LinkedIn account allows {limit} characters in an invitation note" in sentence
    assert ("only a few personalised notes a month" in sentence) == (kind is AccountKind.FREE)


def test_the_default_account_is_free():
    stranger = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK)
    assert check_contact(stranger, Channel.LINKEDIN, Purpose.NETWORKING).note_limit == 200


def test_a_note_over_the_limit_asks_for_caution():
    someone = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK)
    note = "x" * 250
    free = check_contact(someone, Channel.LINKEDIN, Purpose.NETWORKING, note=note)
    assert free.outcome(Gate.CHANNEL) is C
    channel = next(r.sentence for r in free.gates if r.gate is Gate.CHANNEL)
    assert "Your note is 250 characters, over the 200 that fit: a free LinkedIn account allows 200" in channel
    premium = check_contact(someone, Channel.LINKEDIN, Purpose.NETWORKING, note=note, account_kind=AccountKind.PREMIUM)
    assert premium.outcome(Gate.CHANNEL) is P
    assert "Your note" not in premium.gates[1].sentence
    assert invitation_note_problem("😀" * 101, AccountKind.FREE) is not None  # an emoji counts twice, as on LinkedIn


def test_no_note_limit_without_an_invitation():
    connected = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK, connected_on=date(2025, 1, 2))
    assert check_contact(connected, Channel.LINKEDIN, Purpose.NETWORKING).note_limit is None
    stranger = contact(Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK)
    assert check_contact(stranger, Channel.EMAIL, Purpose.NETWORKING).note_limit is None
    # a reply to an invitation is a message, not a note
    assert check_contact(stranger, Channel.LINKEDIN, Purpose.INVITATION_REPLY, invited=True).note_limit is None
