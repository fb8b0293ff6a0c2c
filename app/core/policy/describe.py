"""A policy in words, for `gatehouse policy show` and the policy editor: "relationship client or colleague;
no note"."""

from __future__ import annotations

from enum import Enum

from app.core.policy.model import Conditions, Policy, Rule
from app.core.vocabulary import Decision


def _any_of(values: tuple[object, ...]) -> str:
    words = [v.value if isinstance(v, Enum) else str(v) for v in values]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def describe_conditions(when: Conditions) -> str:
    parts: list[str] = []
    if when.red_flags is not None:
        parts.append(f"red flags: {_any_of(when.red_flags)}")
    if when.relationship is not None:
        parts.append(f"relationship {_any_of(when.relationship)}")
    if when.known is not None:
        parts.append("known" if when.known else "not known")
    if when.met_in is not None:
        parts.append(f"met in {_any_of(when.met_in)}")
    if when.consent is not None:
        parts.append(f"LinkedIn consent {_any_of(when.consent)}")
    if when.tags is not None:
        parts.append(f"tagged {_any_of(when.tags)}")
    if when.last_interaction_within_months is not None:
        parts.append(f"last interaction within {when.last_interaction_within_months} months")
    if when.last_interaction_older_than_months is not None:
        parts.append(f"no interaction for {when.last_interaction_older_than_months} months")
    if when.has_note is not None:
        parts.append("a note" if when.has_note else "no note")
    return "; ".join(parts) if parts else "every request"


def describe_decision(decision: Decision, template: str | None) -> str:
    return f"{decision.value} (template {template})" if decision is Decision.REPLY and template else decision.value


def describe_rule(rule: Rule, policy: Policy) -> str:
    template = (rule.template or policy.default_template) if rule.decision is Decision.REPLY else None
    off = " [switched off]" if not rule.enabled else ""
    return f"{rule.name} -> {describe_decision(rule.decision, template)}{off}"
