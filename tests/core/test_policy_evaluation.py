"""The default policy rule by rule (a request that reaches each rule and one that just misses it), first-match
order, explanations, replies, determinism and the comparison of two policies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core.policy.evaluation import PolicyEvaluator, RequestFacts, compare_policies, evaluate
from app.core.policy.model import Conditions, Policy, ReplyTemplate, Rule, default_policy
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, Decision, MetIn, Relationship

TODAY = date(2026, 11, 21)
OWNER = OwnerProfile(display_name="Morgan Adviser", group_url="https://lnkd.in/g", service_contact="careers.example")
RECENT = date(2025, 6, 1)
LONG_AGO = date(2019, 3, 1)
EXACTLY_24_MONTHS = date(2024, 11, 21)
JUST_OVER_24_MONTHS = date(2024, 11, 20)


def facts(**values) -> RequestFacts:
    base = {"request_id": 1, "first_name": "Ada", "last_name": "Quill"}
    return RequestFacts(**{**base, **values})


def suggest(f: RequestFacts, policy: Policy | None = None):
    return evaluate(policy or default_policy(), f, OWNER, TODAY)


# (request that reaches the rule, request that just misses it, rule number the near miss reaches instead)
DEFAULT_RULES = [
    (1, facts(note="Buy 1,000 followers now"), facts(note="I bought your book, loved it"), 8),
    (1, facts(note="E4E?"), facts(note="Thanks for endorsing me!"), 8),
    (2, facts(note="Send me all your contacts please"), facts(note="Thanks for the contacts you shared"), 8),
    (2, facts(note="Accept my request immediately"), facts(note="No need to accept right away"), 8),
    (
        3,
        facts(relationship=Relationship.CLIENT, consent=ConsentStatus.WITHDRAWN, last_interaction=RECENT),
        facts(relationship=Relationship.CLIENT, consent=ConsentStatus.NOT_ASKED, last_interaction=RECENT),
        4,
    ),
    (
        3,
        facts(relationship=Relationship.STRANGER, consent=ConsentStatus.REFUSED),
        facts(relationship=Relationship.STRANGER, consent=ConsentStatus.IMPLIED),
        6,
    ),
    (
        4,
        facts(relationship=Relationship.COLLEAGUE, last_interaction=EXACTLY_24_MONTHS),
        facts(relationship=Relationship.COLLEAGUE, last_interaction=JUST_OVER_24_MONTHS),
        5,
    ),
    (
        4,
        facts(relationship=Relationship.PROFESSIONAL, last_interaction=RECENT, note="Great panel!"),
        facts(relationship=Relationship.PERSONAL, last_interaction=RECENT, note="Great panel!"),
        None,
    ),
    (
        5,
        facts(relationship=Relationship.CLIENT, last_interaction=LONG_AGO),
        facts(relationship=Relationship.CLIENT, last_interaction=LONG_AGO, note="We met at the fair in 2019"),
        None,
    ),
    (
        5,
        facts(relationship=Relationship.CLIENT, last_interaction=None),
        facts(relationship=Relationship.UNSORTED, last_interaction=None),
        None,
    ),
    (6, facts(relationship=Relationship.STRANGER), facts(relationship=Relationship.STRANGER, note="Hi"), 8),
    (6, facts(relationship=Relationship.STRANGER, note="  "), facts(relationship=Relationship.UNSORTED), None),
    (1, facts(note="Verify your account or it will be suspended"), facts(note="I verified my account"), 8),
    (2, facts(note="Please send me your date of birth"), facts(note="Thanks for the tip about my date of birth"), 8),
    (
        7,
        facts(note="We offer an AI platform for careers services. Open to a quick call?"),
        facts(relationship=Relationship.UNSORTED, note="We offer an AI platform for careers services. Open to a call?"),
        None,
    ),
    (7, facts(note="WhatsApp me on +44 7700 900123"), facts(note="Our alumni WhatsApp group says hello"), 8),
    (
        8,
        facts(relationship=Relationship.STRANGER, note="Loved your talk"),
        facts(relationship=Relationship.STRANGER),
        6,
    ),
    (8, facts(note="We met at the fair"), facts(relationship=Relationship.UNSORTED, note="We met at the fair"), None),
]


@pytest.mark.parametrize(("number", "reaches", "misses", "instead"), DEFAULT_RULES)
def test_each_default_rule_is_reached_and_just_missed(number, reaches, misses, instead):
    hit = suggest(reaches)
    assert hit.rule_number == number
    assert hit.rule_name == default_policy().rules[number - 1].name
    assert hit.decision is default_policy().rules[number - 1].decision
    assert suggest(misses).rule_number == instead


def test_the_default_decides_when_no_rule_matches():
    result = suggest(facts(relationship=Relationship.UNSORTED, note="Hello there"))
    assert (result.decision, result.rule_name, result.rule_number) == (Decision.REPLY, None, None)
    assert result.reason == "No rule matched (relationship unsorted, a note), so the policy's default applies: reply."
    assert result.template_id == "remind-me"
    assert (
        result.reply_text
        == "Hi Ada, thank you for the invitation. Could you remind me where we met? Best wishes, Morgan Adviser"
    )


def test_the_first_matching_rule_wins():
    # a stranger with a selling note matches rule 1 (report) and rule 8 (reply): rule 1 comes first
    spam = facts(relationship=Relationship.STRANGER, note="Cheap followers for sale")
    assert suggest(spam).decision is Decision.REPORT
    policy = default_policy()
    reordered = replace(policy, rules=(policy.rules[7], *policy.rules[:7]))
    assert suggest(spam, reordered).decision is Decision.REPLY
    assert suggest(spam, reordered).rule_name == "Stranger with a note"


def test_a_disabled_rule_is_skipped():
    policy = default_policy()
    rules = list(policy.rules)
    rules[0] = replace(rules[0], enabled=False)
    result = suggest(
        facts(note="Buy followers cheap, I also endorse you if you endorse me"), replace(policy, rules=tuple(rules))
    )
    assert result.rule_number == 8  # the stranger-with-a-note rule; numbers stay the policy's own


def test_the_explanation_names_the_facts_that_matched():
    assert suggest(facts(note="Buy 1,000 followers now")).reason == (
        'Selling, trading endorsements or scams: the note says "Buy 1,000 followers" (selling).'
    )
    assert suggest(facts(relationship=Relationship.CLIENT, last_interaction=RECENT)).reason == (
        "Known and in touch within 24 months: relationship client; last interaction 2025-06-01, within 24 months."
    )
    assert suggest(facts(relationship=Relationship.CLIENT)).reason == (
        "Known but not in touch for 24 months, no note: relationship client; no interaction recorded; no note."
    )
    assert suggest(facts(relationship=Relationship.CLIENT, consent=ConsentStatus.REFUSED)).reason == (
        "Consent refused or withdrawn: LinkedIn consent refused."
    )


def test_every_condition_kind_is_checked_and_explained():
    rule = Rule(
        "Alumni met at work",
        Decision.CONNECT,
        Conditions(
            met_in=(MetIn.WORK_ROLE,),
            known=True,
            tags=("Alumni",),
            consent=(ConsentStatus.IMPLIED,),
            last_interaction_older_than_months=6,
        ),
    )
    policy = Policy("Test", (rule,), default=Decision.IGNORE)
    matching = facts(
        relationship=Relationship.PERSONAL,
        met_in=MetIn.WORK_ROLE,
        tags=frozenset({"alumni", "mentor"}),
        consent=ConsentStatus.IMPLIED,
        last_interaction=date(2026, 5, 20),
    )
    result = suggest(matching, policy)
    assert result.decision is Decision.CONNECT
    assert result.reason == (
        "Alumni met at work: known (relationship personal); met in work-role; LinkedIn consent implied; "
        "tagged alumni; last interaction 2026-05-20, more than 6 months ago."
    )
    for changed in (
        {"relationship": Relationship.STRANGER},
        {"met_in": MetIn.PERSONAL_LIFE},
        {"tags": frozenset({"mentor"})},
        {"consent": ConsentStatus.EXPLICIT},
        {"last_interaction": date(2026, 5, 21)},
    ):
        assert suggest(replace(matching, **changed), policy).decision is Decision.IGNORE, changed
    assert result.reply is None  # connect carries no reply


def test_a_rule_without_conditions_matches_everything():
    policy = Policy("Everything", (Rule("All of them", Decision.IGNORE),))
    assert suggest(facts(), policy).reason == "All of them: this rule matches every request."


def test_a_reply_rule_without_its_own_template_uses_the_default_template():
    policy = Policy(
        "P",
        (Rule("Strangers", Decision.REPLY, Conditions(relationship=(Relationship.STRANGER,))),),
        default_template="hello",
        templates=(ReplyTemplate("hello", "Hello {first_name} from {organisation}"),),
    )
    result = suggest(facts(first_name=""), policy)
    assert result.template_id == "hello"
    assert result.reply_text == "Hello there from "
    assert result.reply is not None and result.reply.missing == ("organisation",)


def test_literal_braces_and_braces_in_the_profile_survive_the_reply():
    policy = Policy(
        "P", (), default_template="b", templates=(ReplyTemplate("b", "{{hi}} {first_name} {last_name}, {handle}"),)
    )
    owner = replace(OWNER, public_handle="{me}")
    reply = evaluate(policy, facts(last_name=""), owner, TODAY).reply
    assert reply is not None
    assert (reply.text, reply.missing) == ("{hi} Ada , {me}", ("last_name",))


def test_a_long_reply_is_flagged():
    long_text = "Hi {first_name}. " + "Please read this. " * 20
    policy = Policy("P", (), default_template="long", templates=(ReplyTemplate("long", long_text),))
    assert suggest(facts(), policy).reply_too_long


def test_evaluation_is_deterministic_for_a_given_day():
    f = facts(relationship=Relationship.CLIENT, last_interaction=date(2024, 12, 1), note="Hello!")
    first = PolicyEvaluator(default_policy(), OWNER, TODAY).evaluate(f)
    assert all(PolicyEvaluator(default_policy(), OWNER, TODAY).evaluate(f) == first for _ in range(3))
    assert first.decision is Decision.CONNECT
    later = PolicyEvaluator(default_policy(), OWNER, date(2026, 12, 2)).evaluate(f)
    assert later.rule_number != first.rule_number  # a day later the interaction is more than 24 months old


def test_calendar_months_follow_the_calendar():
    # 24 months before 31 March 2026 is 31 March 2024; before 29 Feb 2028 it is 28 Feb 2026
    policy = Policy("P", (Rule("Recent", Decision.CONNECT, Conditions(last_interaction_within_months=24)),))
    assert evaluate(policy, facts(last_interaction=date(2024, 3, 31)), OWNER, date(2026, 3, 31)).rule_number == 1
    assert evaluate(policy, facts(last_interaction=date(2024, 3, 30)), OWNER, date(2026, 3, 31)).rule_number is None
    assert evaluate(policy, facts(last_interaction=date(2026, 2, 28)), OWNER, date(2028, 2, 29)).rule_number == 1


def test_compare_policies_counts_requests_that_would_get_another_decision():
    requests = [
        facts(request_id=1, relationship=Relationship.STRANGER),
        facts(request_id=2, relationship=Relationship.STRANGER, note="Hello"),
        facts(request_id=3, note="Buy followers"),
    ]
    strict = replace(
        default_policy(),
        rules=(
            *default_policy().rules[:5],
            Rule("Strangers", Decision.IGNORE, Conditions(relationship=(Relationship.STRANGER,))),
        ),
    )
    comparison = compare_policies(default_policy(), strict, requests, OWNER, TODAY)
    assert comparison.total == 3
    assert comparison.changed == 2
    assert [(c.request_id, c.before.decision, c.after.decision) for c in comparison.changes] == [
        (1, Decision.REPLY, Decision.IGNORE),
        (2, Decision.REPLY, Decision.IGNORE),
    ]
    assert compare_policies(default_policy(), default_policy(), requests, OWNER, TODAY).changed == 0
