"""Policy files: the issue's example reads, export then import gives the same policy, every rejection names the
line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import BadInput, NotFound
from app.core.policy.model import Conditions, Policy, ReplyTemplate, Rule, default_policy
from app.core.policy.policy_file import (
    policy_from_toml,
    policy_to_toml,
    read_policy_file,
    write_policy_file,
)
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship

EXAMPLE = """\
[policy]
name = "Careers service policy"
default = "reply"                 # decision when no rule matches
default_template = "remind-me"

[[rule]]
name = "Selling, trading endorsements or scams"
when.red_flags = ["selling", "endorsement-trading"]   # any of these
then = "report"

[[rule]]
name = "Known and recent"
when.relationship = ["client", "colleague", "professional"]
when.consent = ["explicit", "implied"]
when.last_interaction_within_months = 24
then = "connect"

[[rule]]
name = "Stranger without a note"
when.relationship = ["stranger"]
when.has_note = false
then = "reply"
template = "remind-me"

[[template]]
id = "remind-me"
text = "Hi {first_name}, thanks for the invitation. Could you remind me where we met? {owner_name}"
"""


def test_the_example_policy_file_reads():
    policy = policy_from_toml(EXAMPLE)
    assert policy.name == "Careers service policy"
    assert policy.default is Decision.REPLY
    assert [r.name for r in policy.rules] == [
        "Selling, trading endorsements or scams",
        "Known and recent",
        "Stranger without a note",
    ]
    assert policy.rules[0].when == Conditions(red_flags=(RedFlag.SELLING, RedFlag.ENDORSEMENT_TRADING))
    assert policy.rules[1].when == Conditions(
        relationship=(Relationship.CLIENT, Relationship.COLLEAGUE, Relationship.PROFESSIONAL),
        consent=(ConsentStatus.EXPLICIT, ConsentStatus.IMPLIED),
        last_interaction_within_months=24,
    )
    assert policy.rules[2].template == "remind-me"
    assert policy.template("remind-me") is not None


def test_other_spellings_of_the_same_policy_read_the_same():
    as_tables = """
[policy]
name = "P"
[[rule]]
name = "R"
then = "ignore"
[rule.when]
relationship = "stranger"
has_note = true
"""
    inline = """
[policy]
name = "P"
[[rule]]
name = "R"
then = "ignore"
when = { relationship = ["STRANGER"], has_note = true }
"""
    assert policy_from_toml(as_tables) == policy_from_toml(inline)


FULL = Policy(
    name="Everything",
    rules=(
        Rule(
            "All conditions",
            Decision.CONNECT,
            Conditions(
                relationship=(Relationship.CLIENT,),
                met_in=(MetIn.WORK_ROLE, MetIn.PROFESSIONAL_NETWORK),
                consent=(ConsentStatus.EXPLICIT,),
                has_note=True,
                red_flags=(RedFlag.LINK_ONLY,),
                known=True,
                tags=("alumni", "mentor group"),
                last_interaction_within_months=6,
                last_interaction_older_than_months=1,
            ),
        ),
        Rule("Switched off", Decision.REPORT, Conditions(known=False), enabled=False),
        Rule("Catch-all reply", Decision.REPLY, template="two-lines"),
    ),
    default=Decision.IGNORE,
    default_template=None,
    templates=(
        ReplyTemplate("two-lines", 'Hi {first_name},\nsee {group_url} — "quotes" and {{braces}}.\n{owner_name}'),
    ),
)


@pytest.mark.parametrize("policy", [default_policy(), FULL], ids=["default", "full"])
def test_export_then_import_gives_the_same_policy(policy, tmp_path):
    assert policy_from_toml(policy_to_toml(policy)) == policy
    path = tmp_path / "policy.toml"
    write_policy_file(path, policy)
    assert read_policy_file(path) == policy


names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}").replace("[", "[[").replace("]", "]]")


@st.composite
def policies(draw) -> Policy:
    def some(enum):
        return draw(st.none() | st.lists(st.sampled_from(list(enum)), min_size=1, max_size=3, unique=True).map(tuple))

    rule_names = draw(st.lists(names, max_size=5, unique_by=str.casefold))
    rules = []
    for name in rule_names:
        decision = draw(st.sampled_from(list(Decision)))
        when = Conditions(
            relationship=some(Relationship),
            met_in=some(MetIn),
            consent=some(ConsentStatus),
            has_note=draw(st.none() | st.booleans()),
            red_flags=some(RedFlag),
            known=draw(st.none() | st.booleans()),
            last_interaction_within_months=draw(st.none() | st.integers(1, 1200)),
        )
        template = "t" if decision is Decision.REPLY and draw(st.booleans()) else None
        rules.append(Rule(name, decision, when, template, draw(st.booleans())))
    return Policy(
        draw(names),
        tuple(rules),
        draw(st.sampled_from(list(Decision))),
        draw(st.sampled_from([None, "t"])),
        # literal braces and brackets are doubled: {field} is a slot and [...] a part that drops out when empty
        (ReplyTemplate("t", _literal(draw(names)) + " {first_name}"),),
    )


@settings(max_examples=40, deadline=None)
@given(policies())
def test_any_policy_survives_a_round_trip(policy):
    assert policy_from_toml(policy_to_toml(policy)) == policy


def line_of(text: str, fragment: str | tuple[str, int]) -> int:
    """The line holding ``fragment`` (or its n-th occurrence, from 1), where a problem should be reported."""
    fragment, occurrence = (fragment, 1) if isinstance(fragment, str) else fragment
    return [number for number, line in enumerate(text.splitlines(), 1) if fragment in line][occurrence - 1]


REJECTIONS = [
    # (change to EXAMPLE, the line to name, words of the message)
    (("[policy]", "[policies]"), "[policies]", 'unknown table "policies"'),
    (('default = "reply"', 'default = "reply"\ncolour = "blue"'), "colour", '[policy]: unknown key "colour"'),
    (('default = "reply"', 'default = "accept"'), "default =", "unknown decision 'accept'"),
    (('name = "Known and recent"', 'name = "Known and recent"\npriority = 1'), "priority", 'unknown key "priority"'),
    (("when.consent", "when.consnt"), "when.consnt", 'rule 2 ("Known and recent"): unknown condition "consnt"'),
    (('["stranger"]', '["strangers"]'), '["strangers"]', "unknown relationship 'strangers'"),
    (('["explicit", "implied"]', '["explicit", "assumed"]'), "assumed", "unknown consent 'assumed'"),
    (('"endorsement-trading"]', '"endorsements"]'), '"endorsements"]', "unknown red-flag category 'endorsements'"),
    (('then = "connect"', 'then = "accept"'), "accept", "unknown decision 'accept'"),
    (
        ('template = "remind-me"\n\n[[template]]', 'template = "remind"\n\n[[template]]'),
        'template = "remind"',
        'template "remind" is not defined',
    ),
    (
        ('default_template = "remind-me"', 'default_template = "remind"'),
        "default_template",
        'default_template "remind"',
    ),
    (("{owner_name}", "{owner}"), "text =", "unknown placeholder {owner}"),
    (("? {owner_name}", "? {owner_name"), "text =", "literal brace"),
    (("= 24", "= 0"), "= 0", "whole number of months from 1 to 1200"),
    (("= 24", '= "24"'), '= "24"', "must be a whole number of months"),
    (("has_note = false", 'has_note = "no"'), "has_note", "has_note must be true or false"),
    (('when.relationship = ["stranger"]', "when.relationship = []"), "[]", "empty list, which never matches"),
    (
        ('then = "connect"', 'then = "connect"\ntemplate = "remind-me"'),
        ('template = "remind-me"', 2),
        'only goes with then = "reply"',
    ),
    (('name = "Known and recent"', 'name = "Stranger without a note"'), ("Stranger without a note", 2), "same name"),
    (('then = "connect"\n', ""), ("[[rule]]", 2), 'needs "then"'),
    (('id = "remind-me"', 'id = "Remind Me"'), "Remind Me", "an id is lower-case letters"),
    (('then = "report"', "then = report"), "then = report", "not valid TOML"),
]


@pytest.mark.parametrize(("change", "line_with", "message"), REJECTIONS, ids=[r[2][:40] for r in REJECTIONS])
def test_every_rejection_names_the_line_and_the_problem(change, line_with, message):
    old, new = change
    assert old in EXAMPLE
    text = EXAMPLE.replace(old, new, 1)
    with pytest.raises(BadInput) as caught:
        policy_from_toml(text, "house.toml")
    assert str(caught.value).startswith(f"house.toml, line {line_of(text, line_with)}: "), str(caught.value)
    assert message in str(caught.value)


def test_duplicate_template_ids_and_a_missing_policy_table_are_refused():
    doubled = EXAMPLE + '\n[[template]]\nid = "remind-me"\ntext = "Again"\n'
    with pytest.raises(BadInput, match=r"line 30: template 2 \(\"remind-me\"\): another template has the same id"):
        policy_from_toml(doubled, "house.toml")
    with pytest.raises(BadInput, match=r"^house.toml: the file needs a \[policy\] table"):
        policy_from_toml('[[rule]]\nname = "x"\nthen = "ignore"\n', "house.toml")


def test_reading_a_file_that_is_missing_or_not_utf8(tmp_path: Path):
    with pytest.raises(NotFound, match="no policy file at"):
        read_policy_file(tmp_path / "nope.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('[policy]\nname = "Café"\n'.encode("latin-1"))
    with pytest.raises(BadInput, match="not UTF-8"):
        read_policy_file(latin1)
