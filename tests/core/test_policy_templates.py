from __future__ import annotations

import pytest

from app.core.errors import BadInput
from app.core.policy.model import default_policy
from app.core.policy.templates import (
    REPLY_LIMIT,
    check_template,
    fill_template,
    linkedin_length,
    sample_reply,
    template_placeholders,
)
from app.core.records import OwnerProfile

OWNER = OwnerProfile(
    display_name="Morgan Adviser",
    organisation="Oxbridge Careers Service",
    group_url="https://www.linkedin.com/groups/4242",
    public_handle="@CareersMorgan",
    service_contact="careers.example.ac.uk/contact",
)


def test_every_placeholder_is_filled_from_the_contact_and_the_owner_profile():
    text = "{first_name} {last_name} {owner_name} {organisation} {group_url} {handle} {service_contact}"
    reply = fill_template(text, "Ada", "Quill", OWNER)
    assert reply.text == (
        "Ada Quill Morgan Adviser Oxbridge Careers Service https://www.linkedin.com/groups/4242 @CareersMorgan "
        "careers.example.ac.uk/contact"
    )
    assert reply.missing == ()
    assert not reply.too_long


def test_an_unknown_first_name_reads_there_and_empty_owner_values_are_listed():
    reply = fill_template("Hi {first_name}, see {group_url}. {owner_name}", "", "", OwnerProfile())
    assert reply.text == "Hi there, see . "
    assert reply.missing == ("group_url", "owner_name")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hi {firstname}", "unknown placeholder {firstname}"),
        ("Hi {}", "unknown placeholder {}"),
        ("Hi {0}", "unknown placeholder {0}"),
        ("Hi {first_name.upper}", "unknown placeholder {first_name.upper}"),
        ("Hi {first_name!r}", "takes no format"),
        ("Hi {first_name:>20}", "takes no format"),
        ("Hi {first_name", "literal brace"),
        ("Hi first_name}", "literal brace"),
        ("   ", "empty"),
    ],
)
def test_a_bad_template_is_refused_when_it_is_saved(text, message):
    with pytest.raises(BadInput, match=message.replace("{", r"\{").replace("}", r"\}")):
        check_template(text)


def test_literal_braces_are_written_doubled():
    assert template_placeholders("{{not a placeholder}} {first_name}") == ("first_name",)
    assert fill_template("{{x}} {first_name}", "Ada", "", OWNER).text == "{x} Ada"


def test_a_reply_over_300_characters_is_flagged():
    text = "Hi {first_name}, " + "x" * (REPLY_LIMIT - len("Hi Ada, ")) + " {last_name}"
    assert fill_template(text, "Ada", "", OWNER).length == REPLY_LIMIT + 1
    assert fill_template(text, "Ada", "", OWNER).too_long
    exact = "Hi {first_name}, " + "x" * (REPLY_LIMIT - len("Hi Ada, "))
    assert not fill_template(exact, "Ada", "Q", OWNER).too_long


def test_length_counts_as_linkedin_does():
    assert linkedin_length("Hi 👋") == 5  # an emoji is two UTF-16 units


def test_the_default_templates_fit_with_a_full_profile():
    for template in default_policy().templates:
        assert sample_reply(template.text, OWNER).length <= REPLY_LIMIT, template.id
        assert sample_reply(template.text, OWNER).missing == ()
    # the group and the service contact are optional parts; a signature without a name is not
    assert sample_reply(default_policy().templates[1].text, OwnerProfile()).missing == ("owner_name",)


@pytest.mark.parametrize(
    ("group_url", "service_contact", "says"),
    [
        ("", "", "through my work. Best wishes, Morgan"),
        ("lnkd.in/g", "", "our group lnkd.in/g is the quickest route. Best wishes, Morgan"),
        ("", "careers.example", "through my work. You can also reach the service at careers.example. Best wishes"),
        ("lnkd.in/g", "careers.example", "quickest route. You can also reach the service at careers.example."),
    ],
)
def test_an_optional_part_whose_field_is_empty_drops_out(group_url, service_contact, says):
    owner = OwnerProfile("Morgan", group_url=group_url, service_contact=service_contact)
    reply = fill_template(default_policy().templates[1].text, "Ada", "Quill", owner)
    assert says in reply.text
    assert "  " not in reply.text and " ." not in reply.text and "[" not in reply.text
    assert reply.missing == ()


def test_optional_parts_are_checked_and_brackets_can_be_literal():
    assert fill_template("[[note]] {first_name}[ see {group_url}]", "Ada", "", OwnerProfile()).text == "[note] Ada"
    for broken in ("Hi [ {group_url}", "Hi ] there", "[a [b] c]"):
        with pytest.raises(BadInput):
            check_template(broken)
