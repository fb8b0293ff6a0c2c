"""The policy file's [drafts] section: read, written back the same, and refused with its line when wrong."""

from __future__ import annotations

import pytest

from app.core.errors import BadInput
from app.core.policy.model import DraftsSection, default_policy
from app.core.policy.policy_file import policy_from_toml, policy_to_toml

BASE = '[policy]\nname = "House"\n'
DRAFTS = """\
[drafts]
employer = "Northbridge  University"
website = ["northbridge.ac.uk", "www.northbridge-careers.org"]
products = ["CareerPath Online"]
confidential = ["Falcon restructure", "Project Kestrel"]
partners = ["Globex Recruitment"]
disclosure = ["#NorthbridgeStaff"]
"""


def test_the_drafts_section_reads_and_writes_back_the_same():
    policy = policy_from_toml(BASE + DRAFTS)
    assert policy.drafts == DraftsSection(
        employer="Northbridge University",
        website=("northbridge.ac.uk", "www.northbridge-careers.org"),
        products=("CareerPath Online",),
        confidential=("Falcon restructure", "Project Kestrel"),
        partners=("Globex Recruitment",),
        disclosure=("#NorthbridgeStaff",),
    )
    text = policy_to_toml(policy)
    assert "[drafts]" in text
    assert policy_from_toml(text) == policy


def test_a_policy_without_the_section_has_an_empty_one_and_writes_none():
    policy = policy_from_toml(BASE)
    assert policy.drafts.is_empty()
    assert "\n[drafts]" not in policy_to_toml(default_policy())


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ('[drafts]\ncolour = "red"\n', r'line 5: \[drafts\]: unknown key "colour"'),
        ("[drafts]\nconfidential = [1, 2]\n", r"line 5: \[drafts\] confidential must be a list of text"),
        ('[drafts]\npartners = ["Globex", "  "]\n', r"line 5: \[drafts\] partners: entry 2 is empty"),
        ('[drafts]\nwebsite = ["our website"]\n', r'line 5: \[drafts\] website: "our website" is not a web address'),
        ("[drafts]\nemployer = 3\n", r'line 5: \[drafts\]: "employer" must be text in quotes'),
    ],
)
def test_a_wrong_drafts_section_is_refused_with_its_line(section, message):
    with pytest.raises(BadInput, match=message):
        policy_from_toml(BASE + "\n" + section, "house.toml")


def test_drafts_must_be_a_table():
    with pytest.raises(BadInput, match=r"house.toml, line 1: \[drafts\] must be a table"):
        policy_from_toml('drafts = "yes"\n' + BASE, "house.toml")
