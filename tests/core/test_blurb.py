from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.blurb import (
    LIMITS,
    BlurbLength,
    build_blurb,
    default_blurb_wording,
    describe_connect_rule,
    linkedin_length,
    parse_blurb_wording,
    wording_path,
)
from app.core.errors import BadInput
from app.core.policy.model import Conditions, Policy, Rule, default_policy
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship, Tone

FIELDS = (
    "display_name",
    "role_title",
    "organisation",
    "group_url",
    "public_handle",
    "service_contact",
    "checks_messages",
)
REALISTIC = {
    "display_name": "Morgan Reyes",
    "role_title": "Careers adviser",
    "organisation": "Northfield University",
    "group_url": "https://www.linkedin.com/groups/1234567",
    "public_handle": "@northfieldcareers",
    "service_contact": "https://northfield.ac.uk/careers/contact",
    "checks_messages": "twice a week",
}
# A field typed at its worst: long, with its own full stop, spaces and a line break.
LONG = {name: ("  " + (value + " ") * 12).rstrip() + ".\n" for name, value in REALISTIC.items()}

# An empty field inside a sentence would leave "at ." or "I'm , adviser"; a left-over placeholder shows braces.
DANGLING = re.compile(r"\s[.,;:!?]|[,;:]\s*$|\{\w*\}|\.\.|  |^[,;:.]")


def assert_finished(text: str) -> None:
    """Finished sentences: every paragraph ends a sentence, nothing dangles, no placeholder is left."""
    assert text.strip(), "empty text"
    assert text == text.strip()
    for paragraph in text.split("\n\n"):
        assert paragraph.strip() and paragraph.rstrip()[-1] in ".!?", f"unfinished paragraph: {paragraph!r}"
        assert "\n" not in paragraph, f"a stray line break: {paragraph!r}"
        match = DANGLING.search(paragraph)
        assert match is None, f"dangling {match.group()!r} in {paragraph!r}"


def profile_with(filled: set[str], values: dict[str, str], tone: Tone = Tone.WARM) -> OwnerProfile:
    return OwnerProfile(**{name: (values[name] if name in filled else "") for name in FIELDS}, tone=tone)


def all_field_combinations() -> list[set[str]]:
    return [set(c) for n in range(len(FIELDS) + 1) for c in itertools.combinations(FIELDS, n)]


@pytest.mark.parametrize("values", [REALISTIC, LONG], ids=["realistic", "long"])
def test_every_variant_fits_and_reads_finished_for_every_combination_of_fields(values):
    policy = default_policy()
    for filled in all_field_combinations():
        for tone, length in itertools.product(Tone, BlurbLength):
            text = build_blurb(profile_with(filled, values), policy, length, tone)
            assert linkedin_length(text) <= LIMITS[length], (filled, tone, length, text)
            assert_finished(text)


def test_filled_fields_appear_and_empty_ones_leave_no_trace():
    full = build_blurb(profile_with(set(FIELDS), REALISTIC), default_policy(), BlurbLength.FULL, Tone.WARM)
    for name in FIELDS:
        assert REALISTIC[name] in full, name
    bare = build_blurb(OwnerProfile(), default_policy(), BlurbLength.FULL, Tone.WARM)
    assert "Hello, I'm" not in bare and "quickest route" not in bare and "check my messages" not in bare
    assert "connect" in bare  # what the policy says still stands without a profile


def test_limits_are_linkedins():
    assert LIMITS == {BlurbLength.HEADLINE: 220, BlurbLength.SHORT: 300, BlurbLength.FULL: 2600}


def test_characters_are_counted_as_linkedin_counts_them():
    assert linkedin_length("abc") == 3
    assert linkedin_length("😀") == 2  # outside the basic plane: two UTF-16 code units
    emoji = {name: "😀" * 150 for name in FIELDS}
    for length in BlurbLength:
        text = build_blurb(profile_with(set(FIELDS), emoji), default_policy(), length)
        assert linkedin_length(text) <= LIMITS[length]


def test_the_default_policy_in_plain_words():
    text = build_blurb(profile_with(set(FIELDS), REALISTIC), default_policy(), BlurbLength.FULL, Tone.WARM)
    assert "clients, colleagues and fellow professionals I have been in touch with in the last 2 years" in text
    assert "ask for a little context" in text  # strangers get a reply asking for context
    assert "sell followers or trade endorsements" in text
    assert "personalised invitation" in text
    assert "I check my messages twice a week" in text


def test_a_change_of_policy_changes_the_text():
    profile = profile_with(set(FIELDS), REALISTIC)
    colleagues_only = Policy(
        name="Colleagues only",
        rules=(
            Rule(
                "Colleagues from work",
                Decision.CONNECT,
                Conditions(relationship=(Relationship.COLLEAGUE,), met_in=(MetIn.WORK_ROLE,)),
            ),
        ),
        default=Decision.IGNORE,
    )
    for tone, length in itertools.product(Tone, BlurbLength):
        before = build_blurb(profile, default_policy(), length, tone)
        after = build_blurb(profile, colleagues_only, length, tone)
        assert before != after, (tone, length)
        assert "clients" in before and "clients" not in after
        assert "colleagues" in after
    warm = build_blurb(profile, colleagues_only, BlurbLength.FULL, Tone.WARM)
    assert "colleagues I met through my work" in warm
    assert "leave the invitation unanswered" in warm and "ask for a little context" not in warm
    assert "sell followers" not in warm  # that policy has no red-flag rule


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (Conditions(), "anyone"),
        (Conditions(known=True), "people I know"),
        (Conditions(met_in=(MetIn.PROFESSIONAL_NETWORK, MetIn.WORK_ROLE)),
         "people I met through my work or through professional networks"),
        (Conditions(relationship=(Relationship.PROFESSIONAL,), last_interaction_within_months=12),
         "fellow professionals I have been in touch with in the last year"),
        (Conditions(relationship=(Relationship.CLIENT,), consent=(ConsentStatus.EXPLICIT,)),
         "clients who have agreed to hear from me here"),
        (Conditions(relationship=(Relationship.COLLEAGUE,), tags=("acme-secret-project",)), "some colleagues"),
        (Conditions(has_note=True, last_interaction_older_than_months=18),
         "people I have not been in touch with for more than 18 months and who add a note to their invitation"),
    ],
)  # fmt: skip
def test_connect_rules_in_plain_words(when, expected):
    assert describe_connect_rule(when, default_blurb_wording())[0] == expected


def test_tags_never_reach_the_text():
    policy = Policy(
        "Tagged",
        (Rule("Mentors", Decision.CONNECT, Conditions(relationship=(Relationship.CLIENT,), tags=("ada-quill",))),),
    )
    for length in BlurbLength:
        text = build_blurb(profile_with(set(FIELDS), REALISTIC), policy, length)
        assert "ada-quill" not in text and "some clients" in text


def test_several_connect_rules_are_joined():
    policy = Policy(
        "Two",
        (
            Rule("a", Decision.CONNECT, Conditions(relationship=(Relationship.COLLEAGUE,))),
            Rule("b", Decision.CONNECT, Conditions(relationship=(Relationship.CLIENT,), has_note=True)),
            Rule("c", Decision.CONNECT, Conditions(relationship=(Relationship.PERSONAL,)), enabled=False),
        ),
    )
    text = build_blurb(OwnerProfile(), policy, BlurbLength.FULL, Tone.WARM)
    assert "with colleagues, and with clients who add a note to their invitation." in text
    assert "friends" not in text  # a disabled rule says nothing


def test_a_policy_without_connect_rules_still_gives_finished_text():
    policy = Policy("Never", (), default=Decision.IGNORE)
    for tone, length in itertools.product(Tone, BlurbLength):
        text = build_blurb(profile_with(set(FIELDS), REALISTIC), policy, length, tone)
        assert_finished(text)
        assert "connect with" not in text and "accept invitations from" not in text


# --- hypothesis: any profile text, any policy -------------------------------------------------------------------

field_text = st.one_of(
    st.just(""),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=400),
    st.text(alphabet=" .,;:!?-/@abcXYZé😀\n\t", max_size=60),
)
conditions = st.builds(
    Conditions,
    relationship=st.none() | st.lists(st.sampled_from(Relationship), min_size=1, max_size=3).map(tuple),
    met_in=st.none() | st.lists(st.sampled_from(MetIn), min_size=1, max_size=2).map(tuple),
    consent=st.none() | st.lists(st.sampled_from(ConsentStatus), min_size=1, max_size=2).map(tuple),
    has_note=st.none() | st.booleans(),
    red_flags=st.none() | st.lists(st.sampled_from(RedFlag), min_size=1, max_size=2).map(tuple),
    known=st.none() | st.booleans(),
    tags=st.none() | st.just(("private-tag",)),
    last_interaction_within_months=st.none() | st.integers(1, 60),
    last_interaction_older_than_months=st.none() | st.integers(1, 60),
)
policies = st.builds(
    Policy,
    name=st.just("Generated"),
    rules=st.lists(
        st.builds(Rule, name=st.just("rule"), decision=st.sampled_from(Decision), when=conditions), max_size=6
    ).map(tuple),
    default=st.sampled_from(Decision),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.fixed_dictionaries({name: field_text for name in FIELDS}),
    policy=policies,
    tone=st.sampled_from(Tone),
    length=st.sampled_from(BlurbLength),
)
def test_any_profile_and_any_policy_stay_within_the_limit(values, policy, tone, length):
    profile = OwnerProfile(**values, tone=tone)
    text = build_blurb(profile, policy, length)
    assert linkedin_length(text) <= LIMITS[length]
    assert text.strip()
    for paragraph in text.split("\n\n"):
        assert paragraph.rstrip()[-1] in ".!?"
    assert "private-tag" not in text


# --- the wording file ---------------------------------------------------------------------------------------------


def test_the_wording_lives_in_the_packaged_template_file():
    path = wording_path("blurb")
    assert path.is_file() and path.parent.name == "templates"
    assert "I'm glad to connect here with {whom}." in path.read_text(encoding="utf-8")


def test_an_edited_wording_file_changes_the_text(tmp_path: Path):
    edited = tmp_path / "blurb.toml"
    source = wording_path("blurb").read_text(encoding="utf-8")
    edited.write_text(source.replace('colleague = "colleagues"', 'colleague = "Kolleginnen und Kollegen"'), "utf-8")
    text = build_blurb(OwnerProfile(), default_policy(), BlurbLength.FULL, Tone.WARM, parse_blurb_wording(edited))
    assert "Kolleginnen und Kollegen" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("Hello, I'm {name}, {role} at {organisation}.", "Hello, I'm {nmae}."), r"line \d+: .*unknown placeholder"),
        (('if = ["strangers-reply"]', 'if = ["strangers-maybe"]'), "unknown condition 'strangers-maybe'"),
        (("Please include a note with your invitation.", "Please include a note"), "must end a sentence"),
        (('client = "clients"', 'client = "clients'), r"blurb\.toml"),
    ],
)
def test_a_broken_wording_file_names_the_file_and_what_is_wrong(tmp_path: Path, change, message):
    broken = tmp_path / "blurb.toml"
    source = wording_path("blurb").read_text(encoding="utf-8")
    assert change[0] in source
    broken.write_text(source.replace(change[0], change[1], 1), "utf-8")
    with pytest.raises(BadInput, match=message) as raised:
        parse_blurb_wording(broken)
    assert str(broken) in str(raised.value)


def test_tone_defaults_to_the_profile_tone():
    profile = profile_with(set(FIELDS), REALISTIC, Tone.FORMAL)
    assert build_blurb(profile, default_policy()) == build_blurb(profile, default_policy(), tone=Tone.FORMAL)
    assert build_blurb(replace(profile, tone=Tone.WARM), default_policy()) != build_blurb(profile, default_policy())
