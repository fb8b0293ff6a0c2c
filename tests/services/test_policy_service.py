"""The stored policy: save, import, export, reset, preview; a refused policy leaves the stored one as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core.errors import BadInput
from app.core.policy.model import Conditions, Policy, ReplyTemplate, Rule, default_policy
from app.core.vocabulary import AuditAction, Decision, Relationship
from app.services import policy as service
from app.services import profile
from app.services import requests as requests_service
from app.storage.audit import list_events

TODAY = date(2026, 11, 21)

HOUSE = Policy(
    "House policy",
    (
        Rule("Spam", Decision.REPORT, Conditions(red_flags=tuple(default_policy().rules[0].when.red_flags or ()))),
        Rule("Strangers", Decision.IGNORE, Conditions(relationship=(Relationship.STRANGER,))),
        Rule("Old rule", Decision.CONNECT, Conditions(known=True, tags=("mentor",)), enabled=False),
    ),
    default=Decision.REPLY,
    default_template="hi",
    templates=(ReplyTemplate("hi", "Hi {first_name}! {owner_name}, {organisation}"),),
)


def test_a_saved_policy_reads_back_the_same_and_is_audited(db):
    change = service.save_policy(db, HOUSE)
    assert change.policy == HOUSE
    assert service.get_policy(db) == HOUSE
    assert not service.show_policy(db).is_default
    with db.session() as session:
        (event,) = list_events(session, db.owner_id, action=AuditAction.POLICY_CHANGE)
    assert event.details == {"source": "edited", "name": "House policy", "rules": 3, "templates": 1}


def test_saving_again_replaces_rules_and_templates(db):
    service.save_policy(db, HOUSE)
    smaller = replace(HOUSE, rules=HOUSE.rules[:1], templates=(ReplyTemplate("hi", "Hello {first_name}"),))
    service.save_policy(db, smaller)
    assert service.get_policy(db) == smaller


def test_a_bad_policy_is_refused_and_the_stored_one_stays(db):
    service.save_policy(db, HOUSE)
    broken = replace(HOUSE, templates=(ReplyTemplate("hi", "Hi {firstname}"),))
    with pytest.raises(BadInput, match=r'template 1 \("hi"\): unknown placeholder \{firstname\}'):
        service.save_policy(db, broken)
    assert service.get_policy(db) == HOUSE


def test_import_and_export_through_a_file(db, tmp_path):
    path = tmp_path / "house.toml"
    service.save_policy(db, HOUSE)
    assert service.export_policy(db, path) == HOUSE
    service.reset_policy(db)
    assert service.get_policy(db) == default_policy()
    imported = service.import_policy(db, path, today=TODAY)
    assert imported.policy == HOUSE == service.get_policy(db)


def test_a_refused_import_names_the_line_and_changes_nothing(db, tmp_path):
    service.save_policy(db, HOUSE)
    path = tmp_path / "bad.toml"
    path.write_text(
        '[policy]\nname = "Bad"\n\n[[rule]]\nname = "R"\nthen = "connect"\nwhen.relationship = ["friend"]\n'
    )
    with pytest.raises(BadInput, match=r"bad.toml, line 7: rule 1 \(\"R\"\): unknown relationship 'friend'"):
        service.import_policy(db, path)
    assert service.get_policy(db) == HOUSE
    with db.session() as session:
        assert len(list_events(session, db.owner_id, action=AuditAction.POLICY_CHANGE)) == 1


def test_a_change_says_how_many_pending_requests_would_get_another_decision(db):
    requests_service.add_request(db, "Ada Stranger")
    requests_service.add_request(db, "Ben Spammer", note="Cheap followers for sale")
    assert service.preview_policy(db, HOUSE, today=TODAY).changed == 1  # Ada: reply -> ignore; Ben stays report
    change = service.save_policy(db, HOUSE, today=TODAY)
    assert (change.comparison.total, change.comparison.changed) == (2, 1)
    assert change.comparison.changes[0].after.decision is Decision.IGNORE
    assert service.reset_policy(db, today=TODAY).comparison.changed == 1


def test_template_checks_use_the_owner_profile(db):
    service.save_policy(db, HOUSE)
    (check,) = service.show_policy(db).templates
    assert check.missing == ("owner_name", "organisation")
    profile.update_profile(db, display_name="Morgan Adviser", organisation="Oxbridge Careers Service")
    (check,) = service.show_policy(db).templates
    assert check.missing == ()
    assert check.estimated_length == len("Hi Alexandra! Morgan Adviser, Oxbridge Careers Service")
    assert not check.too_long
