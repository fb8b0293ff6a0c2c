"""Checking a whole policy before it is saved: names, template references, placeholders, month counts.

Each problem carries the path of what is wrong (``("rule", 2, "template")``, indexes from 0) so a policy file
can name the line, and a message that names the rule or template by number and name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import BadInput
from app.core.policy.model import CONDITION_NAMES, DraftsSection, Policy, Rule
from app.core.policy.templates import template_placeholders
from app.core.vocabulary import Decision

MAX_MONTHS = 1200
TEMPLATE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MONTH_CONDITIONS = ("last_interaction_within_months", "last_interaction_older_than_months")

KeyPath = tuple[str | int, ...]  # where in a policy's dictionary form: ("rule", 2, "when", "tags")


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    path: KeyPath
    message: str


def rule_label(index: int, rule_name: str) -> str:
    return f'rule {index + 1} ("{rule_name}")' if rule_name else f"rule {index + 1}"


def template_label(index: int, template_id: str) -> str:
    return f'template {index + 1} ("{template_id}")' if template_id else f"template {index + 1}"


def policy_problems(policy: Policy) -> list[PolicyProblem]:
    problems: list[PolicyProblem] = []
    if not policy.name.strip():
        problems.append(PolicyProblem(("policy", "name"), "the policy needs a name"))
    template_ids = _template_problems(policy, problems)
    known_ids = ", ".join(template_ids) or "none defined"
    if policy.default_template is not None and policy.default_template not in template_ids:
        problems.append(
            PolicyProblem(
                ("policy", "default_template"),
                f'default_template "{policy.default_template}" is not a template of this policy '
                f"(templates: {known_ids})",
            )
        )
    seen_names: set[str] = set()
    for index, rule in enumerate(policy.rules):
        label = rule_label(index, rule.name)
        if not rule.name.strip():
            problems.append(PolicyProblem(("rule", index, "name"), f"{label} needs a name"))
        elif rule.name.casefold() in seen_names:
            problems.append(PolicyProblem(("rule", index, "name"), f"{label}: another rule has the same name"))
        seen_names.add(rule.name.casefold())
        if rule.template is not None:
            if rule.decision is not Decision.REPLY:
                problems.append(
                    PolicyProblem(
                        ("rule", index, "template"),
                        f'{label}: a template only goes with then = "reply", not "{rule.decision.value}"',
                    )
                )
            elif rule.template not in template_ids:
                problems.append(
                    PolicyProblem(
                        ("rule", index, "template"),
                        f'{label}: template "{rule.template}" is not defined (templates: {known_ids})',
                    )
                )
        problems.extend(_condition_problems(index, rule))
    problems.extend(drafts_problems(policy.drafts))
    return problems


def is_web_address(text: str) -> bool:
    """ "example.ac.uk", "https://www.example.ac.uk/careers": a host with a dot and no spaces."""
    return "." in text and not any(c.isspace() for c in text)


def drafts_problems(section: DraftsSection) -> list[PolicyProblem]:
    """The [drafts] section: no blank entries, web addresses in ``website``."""
    problems = []
    for key in ("website", "products", "confidential", "partners", "disclosure"):
        for number, value in enumerate(getattr(section, key), start=1):
            if not value.strip():
                problems.append(PolicyProblem(("drafts", key), f"[drafts] {key}: entry {number} is empty"))
            elif key == "website" and not is_web_address(value):
                problems.append(
                    PolicyProblem(
                        ("drafts", key), f'[drafts] website: "{value}" is not a web address (such as "example.ac.uk")'
                    )
                )
    return problems


def _template_problems(policy: Policy, problems: list[PolicyProblem]) -> list[str]:
    ids: list[str] = []
    for index, template in enumerate(policy.templates):
        label = template_label(index, template.id)
        if not TEMPLATE_ID.match(template.id):
            problems.append(
                PolicyProblem(
                    ("template", index, "id"),
                    f"{label}: an id is lower-case letters, digits and dashes, like remind-me",
                )
            )
        elif template.id in ids:
            problems.append(PolicyProblem(("template", index, "id"), f"{label}: another template has the same id"))
        ids.append(template.id)
        if not template.text.strip():
            problems.append(PolicyProblem(("template", index, "text"), f"{label}: the text is empty"))
            continue
        try:
            template_placeholders(template.text)
        except BadInput as exc:
            problems.append(PolicyProblem(("template", index, "text"), f"{label}: {exc}"))
    return ids


def _condition_problems(index: int, rule: Rule) -> list[PolicyProblem]:
    problems = []
    label = rule_label(index, rule.name)
    for name in CONDITION_NAMES:
        value = getattr(rule.when, name)
        path: KeyPath = ("rule", index, "when", name)
        if isinstance(value, tuple) and not value:
            problems.append(
                PolicyProblem(path, f"{label}: {name} is an empty list, which never matches; leave it out instead")
            )
        if isinstance(value, tuple) and any(isinstance(item, str) and not item.strip() for item in value):
            problems.append(PolicyProblem(path, f"{label}: {name} holds an empty value"))
        if (
            name in MONTH_CONDITIONS
            and value is not None
            and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MONTHS)
        ):
            problems.append(
                PolicyProblem(path, f"{label}: {name} must be a whole number of months from 1 to {MAX_MONTHS}")
            )
    return problems


def check_policy(policy: Policy) -> None:
    """BadInput naming the first problem; a policy that passes can be saved and evaluated."""
    problems = policy_problems(policy)
    if problems:
        raise BadInput(problems[0].message)
