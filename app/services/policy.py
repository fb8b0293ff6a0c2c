"""The contact policy: show, save, import and export it, reset it to the default, and preview a change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.policy.evaluation import PolicyComparison, compare_policies
from app.core.policy.model import Policy, default_policy
from app.core.policy.policy_file import read_policy_file, write_policy_file
from app.core.policy.templates import REPLY_LIMIT, sample_reply
from app.core.policy.validation import check_policy
from app.core.records import OwnerProfile
from app.core.vocabulary import AuditAction
from app.storage import owners, policies
from app.storage import requests as request_repo
from app.storage.audit import record_event
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class TemplateCheck:
    """How a reply template fares with the owner's profile: its length for a long name, empty profile fields."""

    template_id: str
    estimated_length: int
    missing: tuple[str, ...]  # placeholders the owner profile leaves empty

    @property
    def too_long(self) -> bool:
        return self.estimated_length > REPLY_LIMIT


@dataclass(frozen=True, slots=True)
class PolicyView:
    policy: Policy
    is_default: bool  # the same as the product's default policy
    templates: tuple[TemplateCheck, ...]


@dataclass(frozen=True, slots=True)
class PolicyChange:
    """A policy saved (or previewed), and how the pending requests fare under it compared with the current one."""

    policy: Policy
    comparison: PolicyComparison
    templates: tuple[TemplateCheck, ...]


def template_checks(policy: Policy, owner: OwnerProfile) -> tuple[TemplateCheck, ...]:
    checks = []
    for template in policy.templates:
        sample = sample_reply(template.text, owner)
        checks.append(TemplateCheck(template.id, sample.length, sample.missing))
    return tuple(checks)


def get_policy(db: Database) -> Policy:
    """The owner's policy (the default policy is installed the first time)."""
    with db.session() as session:
        return policies.policy_or_default(session, db.owner_id)


def show_policy(db: Database) -> PolicyView:
    with db.session() as session:
        policy = policies.policy_or_default(session, db.owner_id)
        owner = owners.load_profile(session, db.owner_id)
        return PolicyView(policy, policy == default_policy(), template_checks(policy, owner))


def save_policy(db: Database, policy: Policy, *, source: str = "edited", today: date | None = None) -> PolicyChange:
    """Check and store ``policy`` in place of the current one; nothing is stored when a check fails."""
    check_policy(policy)
    with db.session() as session:
        old = policies.policy_or_default(session, db.owner_id)
        owner = owners.load_profile(session, db.owner_id)
        pending = [p.facts for p in request_repo.pending_incoming(session, db.owner_id)]
        policies.save_policy(session, db.owner_id, policy)
        record_event(
            session,
            db.owner_id,
            AuditAction.POLICY_CHANGE,
            [],
            {"source": source, "name": policy.name, "rules": len(policy.rules), "templates": len(policy.templates)},
        )
        comparison = compare_policies(old, policy, pending, owner, today or date.today())
        return PolicyChange(policy, comparison, template_checks(policy, owner))


def preview_policy(db: Database, policy: Policy, *, today: date | None = None) -> PolicyComparison:
    """How many pending requests ``policy`` would decide differently from the current one (nothing is saved)."""
    with db.session() as session:
        current = policies.policy_or_default(session, db.owner_id)
        owner = owners.load_profile(session, db.owner_id)
        pending = [p.facts for p in request_repo.pending_incoming(session, db.owner_id)]
    return compare_policies(current, policy, pending, owner, today or date.today())


def preview_import(db: Database, path: Path, *, today: date | None = None) -> PolicyChange:
    """Read and check a policy file and say what it would change; nothing is saved."""
    policy = read_policy_file(path)
    comparison = preview_policy(db, policy, today=today)
    with db.session() as session:
        owner = owners.load_profile(session, db.owner_id)
    return PolicyChange(policy, comparison, template_checks(policy, owner))


def import_policy(db: Database, path: Path, *, today: date | None = None) -> PolicyChange:
    """Read a policy file (refused whole, with the line, when anything in it is wrong) and make it the policy."""
    return save_policy(db, read_policy_file(path), source=f"import {path.name}", today=today)


def export_policy(db: Database, path: Path) -> Policy:
    policy = get_policy(db)
    write_policy_file(path, policy)
    return policy


def reset_policy(db: Database, *, today: date | None = None) -> PolicyChange:
    return save_policy(db, default_policy(), source="reset", today=today)
