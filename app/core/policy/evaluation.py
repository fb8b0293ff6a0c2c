"""Evaluating the policy for incoming requests: the first enabled rule that matches decides, else the default.

Every suggestion carries its explanation: the rule's name and the facts that matched, in one sentence. Nothing
here reads a clock: "today" is an argument, so the same request, policy and day always give the same answer.
Rules, templates and month cut-offs are prepared once per evaluator; one evaluator serves a whole inbox.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from app.core.policy.model import Conditions, Policy, Rule
from app.core.policy.red_flags import RedFlagMatch, find_red_flags
from app.core.policy.templates import CheckedTemplate, FilledReply, OwnerTemplate
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship

NOT_KNOWN = frozenset({Relationship.STRANGER, Relationship.UNSORTED})


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the policy looks at for one incoming request: the sender as the record knows them, and the note."""

    request_id: int
    first_name: str
    last_name: str
    note: str = ""
    relationship: Relationship = Relationship.STRANGER
    met_in: MetIn = MetIn.UNKNOWN
    consent: ConsentStatus = ConsentStatus.NOT_ASKED  # the LinkedIn channel's current consent
    tags: frozenset[str] = field(default_factory=frozenset)
    last_interaction: date | None = None

    @property
    def has_note(self) -> bool:
        return bool(self.note) and not self.note.isspace()

    @property
    def known(self) -> bool:
        """In the record and classified as someone the adviser knows (not a stranger, not unsorted)."""
        return self.relationship not in NOT_KNOWN


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the policy suggests for one request, and why."""

    request_id: int
    decision: Decision
    rule_name: str | None  # None: no rule matched and the policy's default applies
    rule_number: int | None  # the rule's position in the policy, from 1
    reason: str
    template_id: str | None
    reply: FilledReply | None  # for `reply` when a template applies
    red_flags: tuple[RedFlagMatch, ...]

    @property
    def reply_text(self) -> str | None:
        return self.reply.text if self.reply is not None else None

    @property
    def reply_too_long(self) -> bool:
        return self.reply is not None and self.reply.too_long


# A condition prepared for evaluation: a test, and the words that explain why it held.
Test = Callable[[RequestFacts, frozenset[RedFlag]], bool]
Explain = Callable[[RequestFacts, tuple[RedFlagMatch, ...]], str]


@dataclass(frozen=True, slots=True)
class _PreparedRule:
    number: int
    rule: Rule
    tests: tuple[Test, ...]
    explains: tuple[Explain, ...]
    template: OwnerTemplate | None


class PolicyEvaluator:
    """A policy prepared for one owner profile and one day."""

    def __init__(self, policy: Policy, owner: OwnerProfile, today: date) -> None:
        self.policy = policy
        self.owner = owner
        self.today = today
        templates = {t.id: CheckedTemplate.of(t.text).for_owner(owner) for t in policy.templates}
        self._default_template = templates.get(policy.default_template) if policy.default_template else None
        rules = tuple(
            self._prepare(number, rule, templates) for number, rule in enumerate(policy.rules, start=1) if rule.enabled
        )
        # The rules a sender of each relationship can meet, in order: relationship and "known" conditions are
        # settled here once, not tried again for every request.
        self._rules_for = {
            relationship: tuple(p for p in rules if _admits(p.rule.when, relationship)) for relationship in Relationship
        }

    def _prepare(self, number: int, rule: Rule, templates: dict[str, OwnerTemplate]) -> _PreparedRule:
        tests: list[Test] = []
        explains: list[Explain] = []
        when = rule.when
        if when.red_flags is not None:
            wanted_flags = frozenset(when.red_flags)
            tests.append(lambda f, flags: not wanted_flags.isdisjoint(flags))
            explains.append(
                lambda f, matches: (
                    "the note says " + " and ".join(m.describe() for m in matches if m.category in wanted_flags)
                )
            )
        if when.relationship is not None:  # tested in _rules_for
            explains.append(lambda f, matches: f"relationship {f.relationship.value}")
        if when.known is not None:  # tested in _rules_for
            explains.append(
                lambda f, matches: f"{'known' if f.known else 'not known'} (relationship {f.relationship.value})"
            )
        if when.met_in is not None:
            met_in = frozenset(when.met_in)
            tests.append(lambda f, flags: f.met_in in met_in)
            explains.append(lambda f, matches: f"met in {f.met_in.value}")
        if when.consent is not None:
            consent = frozenset(when.consent)
            tests.append(lambda f, flags: f.consent in consent)
            explains.append(lambda f, matches: f"LinkedIn consent {f.consent.value}")
        if when.tags is not None:
            tags = frozenset(" ".join(t.split()).lower() for t in when.tags)
            tests.append(lambda f, flags: not tags.isdisjoint(f.tags))
            explains.append(lambda f, matches: "tagged " + ", ".join(sorted(tags & f.tags)))
        if when.last_interaction_within_months is not None:
            # each condition's values get their own names: the closures keep the name, not the value
            within = when.last_interaction_within_months
            since = self.today - relativedelta(months=within)
            tests.append(lambda f, flags: f.last_interaction is not None and f.last_interaction >= since)
            explains.append(lambda f, matches: f"last interaction {f.last_interaction}, within {within} months")
        if when.last_interaction_older_than_months is not None:
            older = when.last_interaction_older_than_months
            before = self.today - relativedelta(months=older)
            tests.append(lambda f, flags: f.last_interaction is None or f.last_interaction < before)
            explains.append(
                lambda f, matches: (
                    "no interaction recorded"
                    if f.last_interaction is None
                    else f"last interaction {f.last_interaction}, more than {older} months ago"
                )
            )
        if when.has_note is not None:
            has_note = when.has_note
            tests.append(lambda f, flags: f.has_note is has_note)
            explains.append(lambda f, matches: "a note" if f.has_note else "no note")
        template = None
        if rule.decision is Decision.REPLY:
            template = templates.get(rule.template) if rule.template else self._default_template
        return _PreparedRule(number, rule, tuple(tests), tuple(explains), template)

    def evaluate(self, facts: RequestFacts) -> Suggestion:
        matches = find_red_flags(facts.note) if facts.note else ()
        flags = frozenset(m.category for m in matches)
        for prepared in self._rules_for[facts.relationship]:
            for test in prepared.tests:
                if not test(facts, flags):
                    break
            else:
                return self._suggest(facts, prepared, matches)
        return self._default(facts, matches)

    def evaluate_all(self, requests: Iterable[RequestFacts]) -> list[Suggestion]:
        return [self.evaluate(facts) for facts in requests]

    def _suggest(self, facts: RequestFacts, prepared: _PreparedRule, matches: tuple[RedFlagMatch, ...]) -> Suggestion:
        rule = prepared.rule
        if prepared.explains:
            reason = f"{rule.name}: " + "; ".join(explain(facts, matches) for explain in prepared.explains) + "."
        else:
            reason = f"{rule.name}: this rule matches every request."
        return Suggestion(
            request_id=facts.request_id,
            decision=rule.decision,
            rule_name=rule.name,
            rule_number=prepared.number,
            reason=reason,
            template_id=(rule.template or self.policy.default_template) if prepared.template else None,
            reply=self._reply(prepared.template, facts),
            red_flags=matches,
        )

    def _default(self, facts: RequestFacts, matches: tuple[RedFlagMatch, ...]) -> Suggestion:
        decision = self.policy.default
        note = "a note" if facts.has_note else "no note"
        template = self._default_template if decision is Decision.REPLY else None
        return Suggestion(
            request_id=facts.request_id,
            decision=decision,
            rule_name=None,
            rule_number=None,
            reason=(
                f"No rule matched (relationship {facts.relationship.value}, {note}), "
                f"so the policy's default applies: {decision.value}."
            ),
            template_id=self.policy.default_template if template else None,
            reply=self._reply(template, facts),
            red_flags=matches,
        )

    def default_reply(self, facts: RequestFacts) -> FilledReply | None:
        """The policy's default template filled for this request (for a reply the adviser decides by hand)."""
        return self._reply(self._default_template, facts)

    def _reply(self, template: OwnerTemplate | None, facts: RequestFacts) -> FilledReply | None:
        if template is None:
            return None
        return template.fill(facts.first_name, facts.last_name)


def _admits(when: Conditions, relationship: Relationship) -> bool:
    """Whether a rule's relationship and "known" conditions let a sender of this relationship through."""
    if when.relationship is not None and relationship not in when.relationship:
        return False
    return when.known is None or when.known is (relationship not in NOT_KNOWN)


def evaluate(policy: Policy, facts: RequestFacts, owner: OwnerProfile, today: date) -> Suggestion:
    return PolicyEvaluator(policy, owner, today).evaluate(facts)


@dataclass(frozen=True, slots=True)
class DecisionChange:
    request_id: int
    before: Suggestion
    after: Suggestion


@dataclass(frozen=True, slots=True)
class PolicyComparison:
    """How a new policy would treat the same requests: which would get another decision."""

    total: int
    changes: tuple[DecisionChange, ...]

    @property
    def changed(self) -> int:
        return len(self.changes)


def compare_policies(
    old: Policy, new: Policy, requests: Sequence[RequestFacts], owner: OwnerProfile, today: date
) -> PolicyComparison:
    before = PolicyEvaluator(old, owner, today).evaluate_all(requests)
    after = PolicyEvaluator(new, owner, today).evaluate_all(requests)
    changes = tuple(
        DecisionChange(a.request_id, a, b) for a, b in zip(before, after, strict=True) if a.decision != b.decision
    )
    return PolicyComparison(len(requests), changes)
