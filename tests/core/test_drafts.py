"""The traffic light for drafts: the labelled set in tests/fixtures/drafts.toml, offsets, folding, edge cases."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.core.drafts import (
    DraftCategory,
    DraftTerms,
    Light,
    NamedPerson,
    NameMatcher,
    check_draft,
    check_draft_once,
)
from app.core.policy.model import DraftsSection
from app.core.records import OwnerProfile

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "drafts.toml"
DATA = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))
OWNER = OwnerProfile(**DATA["owner"])
SECTION = DraftsSection(**{k: tuple(v) if isinstance(v, list) else v for k, v in DATA["drafts"].items()})
CLIENTS = [NamedPerson(contact_id=c.pop("id"), **c) for c in (dict(c) for c in DATA["client"])]
MATCHER = NameMatcher(CLIENTS)
TERMS = DraftTerms(SECTION, OWNER)


def test_the_labelled_set_is_big_and_covers_every_light_and_category():
    drafts = DATA["draft"]
    assert len(drafts) >= 60
    assert {d["light"] for d in drafts} == {"green", "yellow", "red"}
    assert {c for d in drafts for c in d["categories"]} == {c.value for c in DraftCategory}


@pytest.mark.parametrize("item", DATA["draft"], ids=[d["text"][:50] or "(empty)" for d in DATA["draft"]])
def test_each_labelled_draft_gets_its_light_and_categories(item):
    result = check_draft(item["text"], MATCHER, TERMS)
    found = sorted({f.category.value for f in result.findings})
    assert (result.light.value, found) == (item["light"], sorted(item["categories"])), [
        (f.category.value, f.text, f.why) for f in result.findings
    ]


def test_offsets_point_into_the_draft_as_given_whatever_the_folding():
    draft = "😀 Ünïcode first: JOSÉ\u00a0 MÜLLER did well; ask ﬁona@example.com."
    result = check_draft(draft, MATCHER, TERMS)
    for finding in result.findings:
        assert draft[finding.start : finding.end] == finding.text
    client = next(f for f in result.findings if f.category is DraftCategory.CLIENT)
    assert client.text == "JOSÉ\u00a0 MÜLLER"
    assert client.contact_id == 3
    assert "José Müller (contact 3)" in client.why


def test_the_client_finding_says_which_contact():
    result = check_draft("Hope from Acme said hello.", MATCHER, TERMS)
    (finding,) = result.findings
    assert finding.contact_id == 1
    assert "Hope Ostrander (contact 1)" in finding.why
    assert '"acme"' in finding.why


def test_a_first_name_shared_by_two_clients_names_both_when_the_detail_fits_both():
    clients = [
        NamedPerson(10, "Sam", "Lee", company="Brightwater"),
        NamedPerson(11, "Sam", "Roe", company="Brightwater"),
    ]
    result = check_draft_once("Sam from Brightwater came by.", clients, OWNER)
    (finding,) = result.findings
    assert finding.contact_id is None
    assert "Sam Lee (contact 10)" in finding.why and "Sam Roe (contact 11)" in finding.why


def test_without_clients_or_a_policy_only_the_phrases_count():
    assert check_draft_once("Hope Ostrander did great.", [], OwnerProfile()).light is Light.GREEN
    assert check_draft_once("My client did great.", [], OwnerProfile()).light is Light.RED


def test_the_employer_defaults_to_the_profile_organisation_and_the_policy_can_name_another():
    owner = OwnerProfile(organisation="Northbridge University")
    praise = "Northbridge University is the best."
    assert check_draft_once(praise, [], owner).light is Light.YELLOW
    other = DraftsSection(employer="Southgate College")
    assert check_draft_once(praise, [], owner, other).light is Light.GREEN
    assert check_draft_once("Southgate College is the best.", [], owner, other).light is Light.YELLOW


def test_the_employer_site_defaults_to_the_profile_service_contact_page():
    owner = OwnerProfile(service_contact="https://careers.northbridge.ac.uk/contact")
    result = check_draft_once("Dates: https://careers.northbridge.ac.uk/fairs.", [], owner)
    (finding,) = result.findings
    assert (finding.light, finding.category, finding.text) == (
        Light.GREEN,
        DraftCategory.PUBLIC_SOURCE,
        "https://careers.northbridge.ac.uk/fairs",
    )
    assert check_draft_once("Dates: https://example.org/fairs", [], owner).findings == ()


def test_a_long_hostile_draft_is_checked_quickly():
    import time

    hostile = ("a" * 5000 + " my my my " + "1-" * 3000 + "@" * 2000 + "x." * 3000) * 3
    start = time.perf_counter()
    check_draft(hostile, MATCHER, TERMS)
    assert time.perf_counter() - start < 2.0


def test_the_json_form_has_the_fields_the_cli_promises():
    result = check_draft("My client rang 07700 900123.", MATCHER, TERMS).to_dict()
    assert result["light"] == "red"
    assert set(result["findings"][0]) == {"light", "category", "start", "end", "text", "why"}


@pytest.mark.parametrize(
    "unit",
    [
        "Northbridge University ",  # the employer again and again in one endless sentence
        "Hope Ostrander hope ",  # names
        "https://www.northbridge.ac.uk/x 07700 900123 a@b.co ",  # links, phones, e-mails
        "my client sorry salary apparently ",  # phrases
        "Ünïcödé Ngọc  Nguyễn ß ﬁ ",  # the slow folding path
    ],
)
def test_a_huge_repetitive_draft_stays_linear(unit):
    import time

    def seconds(times: int) -> float:
        draft = unit * times
        start = time.process_time()  # CPU time: other processes on the machine do not count
        check_draft(draft, MATCHER, TERMS)
        return time.process_time() - start

    small, large = seconds(500), seconds(4000)
    assert large < 3 * 8 * small + 1.0, (small, large)  # eight times the text, not 64 times the time


def test_many_first_names_stay_linear():
    import time

    def seconds(times: int) -> float:
        draft = "Priya Mensah met Hope at Acme. " * times
        start = time.process_time()
        check_draft(draft, MATCHER, TERMS)
        return time.process_time() - start

    small, large = seconds(300), seconds(2400)
    assert large < 3 * 8 * small + 1.0, (small, large)
