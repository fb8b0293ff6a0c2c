"""The draft checker over a real record: the matcher is built once and follows every change to the record, the
policy's [drafts] section and the profile."""

from __future__ import annotations

from dataclasses import replace

from app.core.drafts import DraftCategory, Light
from app.core.policy.model import DraftsSection
from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import Relationship
from app.services import contacts, profile
from app.services import policy as policy_service
from app.services.drafts import DraftChecker, check_text
from app.services.privacy import erase_contact


def _client(db, first: str, last: str, **fields) -> int:
    return contacts.add_contact(db, NewContact(first, last, relationship=Relationship.CLIENT, **fields)).id


def test_a_client_in_the_record_is_red_and_named(db):
    contact_id = _client(db, "Hope", "Ostrander", company="Acme Engineering")
    contacts.add_contact(db, NewContact("Ben", "Quill", relationship=Relationship.COLLEAGUE))
    result = check_text(db, "Well done Hope Ostrander and Ben Quill!")
    assert result.light is Light.RED
    (finding,) = result.findings
    assert (finding.category, finding.text, finding.contact_id) == (DraftCategory.CLIENT, "Hope Ostrander", contact_id)


def test_the_matcher_is_built_once_and_follows_the_record(db):
    checker = DraftChecker(db)
    hope = _client(db, "Hope", "Ostrander")
    assert checker.check("Hope Ostrander").light is Light.RED
    built = checker._names
    assert checker.check("Hope Ostrander again").light is Light.RED
    assert checker._names is built  # nothing changed: the same matcher

    contacts.update_contacts(db, [hope], ContactChanges(relationship=Relationship.COLLEAGUE))
    assert checker.check("Hope Ostrander").light is Light.GREEN
    _client(db, "Zoë", "Lindqvist")
    assert checker.check("zoe lindqvist").light is Light.RED
    dee = _client(db, "Dee", "Marsh")
    assert checker.check("Dee Marsh").light is Light.RED
    erase_contact(db, str(dee))
    assert checker.check("Dee Marsh").light is Light.GREEN


def test_the_policy_section_and_the_profile_count_at_once(db):
    checker = DraftChecker(db)
    assert checker.check("Northbridge University is the best.").light is Light.GREEN
    profile.update_profile(db, organisation="Northbridge University")
    assert checker.check("Northbridge University is the best.").light is Light.YELLOW
    policy = policy_service.get_policy(db)
    section = DraftsSection(partners=("Globex",), disclosure=("#NBstaff",))
    policy_service.save_policy(db, replace(policy, drafts=section))
    assert policy_service.get_policy(db).drafts == section
    assert checker.check("Northbridge University is the best. #NBstaff").light is Light.GREEN
    assert checker.check("Lunch with Globex.").light is Light.RED
