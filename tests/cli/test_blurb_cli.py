from __future__ import annotations

from app.core.policy.model import Conditions, Policy, Rule
from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, Decision, MetIn, Relationship
from app.services.contacts import add_contact
from app.services.policy import save_policy
from app.storage.database import open_database
from tests.cli.conftest import assert_one_line_error

CONTACTS = [
    ("Zebedee", "Quillfeather", "Umbrella Holdings", "https://www.linkedin.com/in/zebedee-q/", "client"),
    ("Ottilie", "Marchbanks", "Grayling Fisheries", "https://www.linkedin.com/in/ottilie-m/", "colleague"),
    ("Casimir", "Drummond", "Northfield Careers Lab", "https://www.linkedin.com/in/casimir-d/", "professional"),
]


def test_blurb_uses_the_profile_stays_within_limits_and_never_names_a_contact(gatehouse):
    assert (
        gatehouse(
            "profile", "set", "--name", "Morgan Reyes", "--role", "Careers adviser",
            "--organisation", "Northfield University", "--service-contact", "https://northfield.ac.uk/careers",
            "--group-url", "https://www.linkedin.com/groups/42", "--checks-messages", "twice a week",
        ).returncode
        == 0
    )  # fmt: skip
    database = open_database(str(gatehouse.database))
    try:
        for first, last, company, url, relationship in CONTACTS:
            new = NewContact(first, last, company=company, profile_url=url, relationship=Relationship(relationship),
                             met_in=MetIn.WORK_ROLE, notes=f"{first} asked about {company}")  # fmt: skip
            add_contact(database, new, consent={Channel.LINKEDIN: ConsentStatus.EXPLICIT})
    finally:
        database.close()

    limits = {"headline": 220, "short": 300, "full": 2600}
    for length, tone in (("headline", "warm"), ("short", "formal"), ("full", "formal")):
        result = gatehouse("blurb", "--length", length, "--tone", tone, "--json")
        assert result.returncode == 0, result.stderr
        data = result.json()
        assert (data["length"], data["tone"], data["limit"]) == (length, tone, limits[length])
        assert data["characters"] == len(data["text"]) <= limits[length]
        text = data["text"]
        for first, last, company, url, _ in CONTACTS:
            for secret in (first, last, company, url, url.split("/in/")[1].strip("/")):
                assert secret.lower() not in text.lower(), (length, tone, secret)
        assert "Northfield University" in text or length == "short"

    plain = gatehouse("blurb")
    assert plain.returncode == 0
    assert plain.stdout.startswith("Hello, I'm Morgan Reyes, Careers adviser at Northfield University.")
    assert "https://northfield.ac.uk/careers" in plain.stdout


def test_blurb_with_an_empty_profile_still_reads_finished(gatehouse):
    result = gatehouse("blurb", "--length", "short")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(".") and " ." not in result.stdout and "{" not in result.stdout


def test_blurb_bad_options_are_one_line_errors(gatehouse):
    assert_one_line_error(gatehouse("blurb", "--length", "tweet"))
    assert_one_line_error(gatehouse("blurb", "--tone", "shouty"))


def test_a_change_of_policy_changes_the_blurb(gatehouse):
    before = gatehouse("blurb", "--length", "short")
    assert before.returncode == 0, before.stderr
    database = open_database(str(gatehouse.database))
    try:
        save_policy(
            database,
            Policy(
                "Colleagues only",
                (Rule("Colleagues", Decision.CONNECT, Conditions(relationship=(Relationship.COLLEAGUE,))),),
                default=Decision.IGNORE,
            ),
        )
    finally:
        database.close()
    after = gatehouse("blurb", "--length", "short")
    assert after.returncode == 0, after.stderr
    assert "clients" in before.stdout and "clients" not in after.stdout
    assert "connect with colleagues." in after.stdout
