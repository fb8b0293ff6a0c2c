"""Reading and writing an owner's policy. Returns the core Policy; a new database gets the default policy."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.policy.model import Policy, ReplyTemplate, Rule, default_policy
from app.core.policy.policy_file import conditions_from_dict, conditions_to_dict, drafts_from_dict, drafts_to_dict
from app.core.policy.validation import rule_label
from app.core.vocabulary import Decision
from app.storage import models
from app.storage.base import utcnow


def load_policy(session: Session, owner_id: int) -> Policy | None:
    """The stored policy, or None when the owner has none yet."""
    row = session.scalars(select(models.Policy).where(models.Policy.owner_id == owner_id)).first()
    if row is None:
        return None
    rules = session.scalars(
        select(models.PolicyRule).where(models.PolicyRule.policy_id == row.id).order_by(models.PolicyRule.position)
    ).all()
    templates = session.scalars(
        select(models.PolicyTemplate)
        .where(models.PolicyTemplate.policy_id == row.id)
        .order_by(models.PolicyTemplate.position)
    ).all()
    try:
        return Policy(
            name=row.name,
            rules=tuple(
                Rule(
                    r.name,
                    Decision(r.decision),
                    conditions_from_dict(r.conditions, where=rule_label(i, r.name)),
                    r.template_id,
                    r.enabled,
                )
                for i, r in enumerate(rules)
            ),
            default=Decision(row.default_decision),
            default_template=row.default_template,
            templates=tuple(ReplyTemplate(t.template_id, t.text) for t in templates),
            drafts=drafts_from_dict(row.drafts or {}),
        )
    except (BadInput, ValueError) as exc:
        raise BadInput(
            f"the stored policy cannot be read ({exc}); `gatehouse policy reset` restores the default"
        ) from None


def save_policy(session: Session, owner_id: int, policy: Policy) -> None:
    """Replace the owner's policy (rules and templates as a whole). The caller has checked it."""
    row = session.scalars(select(models.Policy).where(models.Policy.owner_id == owner_id)).first()
    if row is None:
        row = models.Policy(owner_id=owner_id)
        session.add(row)
    row.name = policy.name
    row.default_decision = policy.default.value
    row.default_template = policy.default_template
    row.drafts = drafts_to_dict(policy.drafts) or None
    row.updated_at = utcnow()
    session.flush()
    session.execute(delete(models.PolicyRule).where(models.PolicyRule.policy_id == row.id))
    session.execute(delete(models.PolicyTemplate).where(models.PolicyTemplate.policy_id == row.id))
    session.add_all(
        models.PolicyRule(
            policy_id=row.id,
            position=position,
            name=rule.name,
            decision=rule.decision.value,
            template_id=rule.template,
            enabled=rule.enabled,
            conditions=conditions_to_dict(rule.when),
        )
        for position, rule in enumerate(policy.rules)
    )
    session.add_all(
        models.PolicyTemplate(policy_id=row.id, template_id=t.id, position=position, text=t.text)
        for position, t in enumerate(policy.templates)
    )
    session.flush()


def delete_policy(session: Session, owner_id: int) -> None:
    session.execute(delete(models.Policy).where(models.Policy.owner_id == owner_id))


def policy_or_default(session: Session, owner_id: int) -> Policy:
    """The owner's policy; the first time, the default policy is installed and returned."""
    policy = load_policy(session, owner_id)
    if policy is not None:
        return policy
    try:
        with session.begin_nested():
            save_policy(session, owner_id, default_policy())
    except IntegrityError:
        pass  # another process installed it at the same moment: read theirs
    return load_policy(session, owner_id) or default_policy()
