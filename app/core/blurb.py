"""The "advice for contacting me" profile text, built from the owner profile and the active policy.

Pure: ``build_blurb(profile, policy, length, tone)`` returns text. The wording lives in
``resources/templates/blurb.toml``; this module only chooses among its options. It never sees a contact: its
inputs are the owner's own profile and the policy's rules, described with the template's words, so the text
cannot name or hint at an individual contact.

The small template machinery here (options with placeholders and conditions, first usable option wins) is also
used for the handover's introduction messages (``app.core.handover``).
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from app.core.errors import BadInput
from app.core.policy.model import Conditions, Policy
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship, Tone


class BlurbLength(StrEnum):
    HEADLINE = "headline"
    SHORT = "short"
    FULL = "full"


# LinkedIn's limits: a headline holds 220 characters; the short text fits a connection note or a featured
# post's teaser (300); the About section holds 2,600.
LIMITS: Mapping[BlurbLength, int] = {BlurbLength.HEADLINE: 220, BlurbLength.SHORT: 300, BlurbLength.FULL: 2600}

PROFILE_PLACEHOLDERS = (
    "name",
    "first_name",
    "role",
    "organisation",
    "group_url",
    "handle",
    "service_contact",
    "checks_messages",
)
POLICY_PLACEHOLDERS = ("whom", "whom_brief")
BLURB_PLACEHOLDERS = frozenset(PROFILE_PLACEHOLDERS + POLICY_PLACEHOLDERS)

BLURB_CONDITIONS = frozenset(
    [f"{who}-{d.value}" for who in ("strangers", "noted-strangers") for d in Decision]
    + ["reports-selling", "ignores-harvesting", "honours-withdrawn-consent", "reports-scams", "ignores-pitches"]
)

_SENTENCE_END = (".", "!", "?", "…")
_TRIM = " \t.,;:!?…"


def linkedin_length(text: str) -> int:
    """Characters as LinkedIn counts them (UTF-16 code units: an emoji counts twice); never less than len()."""
    return len(text.encode("utf-16-le")) // 2


# --- templates ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateOption:
    """One way to say something: text with ``{placeholders}``, usable when every placeholder has a value and
    every condition holds."""

    text: str
    placeholders: frozenset[str]
    conditions: frozenset[str] = frozenset()

    def usable(self, values: Mapping[str, str], facts: frozenset[str] = frozenset()) -> bool:
        return self.conditions <= facts and all(values.get(name) for name in self.placeholders)

    def fill(self, values: Mapping[str, str]) -> str:
        return self.text.format_map(values)


@dataclass(frozen=True, slots=True)
class TemplatePart:
    options: tuple[TemplateOption, ...]
    priority: int = 5
    paragraph: int = 1


def first_usable(
    options: Iterable[TemplateOption], values: Mapping[str, str], facts: frozenset[str] = frozenset()
) -> str | None:
    """The first option that can be filled completely, filled; None when none can."""
    for option in options:
        if option.usable(values, facts):
            return option.fill(values)
    return None


def wording_path(name: str) -> Path:
    """The packaged wording file ``resources/templates/NAME.toml`` (``app.resources`` once installed)."""
    return Path(str(files("app.resources"))) / "templates" / f"{name}.toml"


def read_wording_file(path: Path) -> tuple[dict[str, Any], str]:
    """A wording file's TOML data and raw text; a broken file names itself and the line."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read the wording file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"{path}: {exc}") from None


class WordingChecker:
    """Turns TOML values into template options, naming the file, line and part of anything wrong."""

    def __init__(self, path: Path, raw: str, placeholders: frozenset[str], conditions: frozenset[str]) -> None:
        self.path = path
        self.raw = raw
        self.placeholders = placeholders
        self.conditions = conditions

    def fail(self, where: str, problem: str, snippet: str = "") -> BadInput:
        line = self._line_of(snippet) if snippet else None
        at = f"{self.path}, line {line}" if line else str(self.path)
        return BadInput(f"{at}: {where}: {problem}")

    def _line_of(self, snippet: str) -> int | None:
        probe = snippet[:40]
        index = self.raw.find(probe)
        return self.raw.count("\n", 0, index) + 1 if index >= 0 and probe else None

    def option(self, value: object, where: str, *, sentence: bool = True) -> TemplateOption:
        if isinstance(value, str):
            text, conditions = value, []
        elif isinstance(value, dict) and isinstance(value.get("text"), str):
            text, conditions = value["text"], value.get("if", [])
            if not isinstance(conditions, list) or not all(isinstance(c, str) for c in conditions):
                raise self.fail(where, "`if` must be a list of condition names", text)
        else:
            raise self.fail(where, 'an option is a string or { text = "...", if = [...] }')
        names = self.placeholder_names(text, where)
        unknown = sorted(names - self.placeholders)
        if unknown:
            raise self.fail(where, f"unknown placeholder {{{unknown[0]}}}", text)
        bad = sorted(set(conditions) - self.conditions)
        if bad:
            raise self.fail(where, f"unknown condition {bad[0]!r}", text)
        if not text.strip():
            raise self.fail(where, "an empty option")
        if sentence and not text.rstrip().endswith(_SENTENCE_END):
            raise self.fail(where, "an option must end a sentence (with . ! or ?)", text)
        return TemplateOption(text.strip(), names, frozenset(conditions))

    def placeholder_names(self, text: str, where: str) -> frozenset[str]:
        try:
            names = {name for _, name, spec, conv in string.Formatter().parse(text) if name is not None}
        except ValueError as exc:
            raise self.fail(where, f"broken braces ({exc})", text) from None
        if "" in names or any(not name.isidentifier() for name in names):
            raise self.fail(where, "placeholders are names in braces, like {name}", text)
        return frozenset(names)

    def options(self, values: object, where: str, *, sentence: bool = True) -> tuple[TemplateOption, ...]:
        if not isinstance(values, list) or not values:
            raise self.fail(where, "`options` must be a non-empty list")
        return tuple(self.option(v, f"{where} option {i + 1}", sentence=sentence) for i, v in enumerate(values))

    def words(self, data: Mapping[str, Any], section: str, keys: Iterable[str]) -> dict[str, str]:
        table = data.get(section)
        if not isinstance(table, dict):
            raise self.fail(f"[{section}]", "missing")
        found: dict[str, str] = {}
        for key in keys:
            value = table.get(key)
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"[{section}]", f"{key} = '...' is missing")
            found[key] = value
        return found


# --- the blurb's wording ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlurbWording:
    relationship: Mapping[Relationship, str]
    met_in: Mapping[MetIn, str]
    period: Mapping[str, str]
    span: Mapping[str, str]
    clause: Mapping[str, str]
    join: Mapping[str, str]
    people: Mapping[str, str]
    variants: Mapping[tuple[Tone, BlurbLength], tuple[TemplatePart, ...]]


_WORD_SECTIONS = {
    "period": ("month", "months", "year", "years"),
    "span": ("month", "months", "year", "years"),
    "clause": ("met_in", "recent", "older", "consent", "note"),
    "join": ("and_pair", "and_list", "or_pair", "or_list", "clauses", "rules_pair", "rules_list", "rules_middle"),
    "people": ("anyone", "described", "known", "unknown", "selected", "selected_anyone"),
}


def parse_blurb_wording(path: Path) -> BlurbWording:
    data, raw = read_wording_file(path)
    check = WordingChecker(path, raw, BLURB_PLACEHOLDERS, BLURB_CONDITIONS)
    words = data.get("words")
    if not isinstance(words, dict):
        raise check.fail("[words]", "missing")
    relationship = check.words(words, "relationship", [r.value for r in Relationship])
    met_in = check.words(words, "met_in", [m.value for m in MetIn])
    sections = {name: check.words(words, name, keys) for name, keys in _WORD_SECTIONS.items()}
    variants: dict[tuple[Tone, BlurbLength], tuple[TemplatePart, ...]] = {}
    for tone in Tone:
        for length in BlurbLength:
            where = f"[{tone.value}.{length.value}]"
            table = data.get(tone.value, {}).get(length.value)
            parts = table.get("part") if isinstance(table, dict) else None
            if not isinstance(parts, list) or not parts:
                raise check.fail(where, f"no parts: add [[{tone.value}.{length.value}.part]] tables")
            variants[(tone, length)] = tuple(_part(check, p, f"{where} part {i + 1}") for i, p in enumerate(parts))
    return BlurbWording(
        relationship={Relationship(k): v for k, v in relationship.items()},
        met_in={MetIn(k): v for k, v in met_in.items()},
        variants=variants,
        **sections,
    )


def _part(check: WordingChecker, table: object, where: str) -> TemplatePart:
    if not isinstance(table, dict):
        raise check.fail(where, "a part is a table with `options`")
    priority, paragraph = table.get("priority", 5), table.get("paragraph", 1)
    if not isinstance(priority, int) or not isinstance(paragraph, int):
        raise check.fail(where, "`priority` and `paragraph` are whole numbers")
    return TemplatePart(check.options(table.get("options"), where), priority, paragraph)


@cache
def default_blurb_wording() -> BlurbWording:
    return parse_blurb_wording(wording_path("blurb"))


# --- what the profile and the policy contribute ---------------------------------------------------------------


def clean_value(text: str) -> str:
    """A profile field as it may appear inside a sentence: one line, no punctuation of its own at either end
    (so "weekly." never becomes "weekly.."), and empty when nothing but punctuation was typed."""
    single_line = " ".join(text.split())
    return single_line.strip(_TRIM).strip()


def profile_values(profile: OwnerProfile) -> dict[str, str]:
    name = clean_value(profile.display_name)
    return {
        "name": name,
        "first_name": clean_value(name.split(" ", 1)[0]) if name else "",
        "role": clean_value(profile.role_title),
        "organisation": clean_value(profile.organisation),
        "group_url": clean_value(profile.group_url),
        "handle": clean_value(profile.public_handle),
        "service_contact": clean_value(profile.service_contact),
        "checks_messages": clean_value(profile.checks_messages),
    }


def _join(items: Sequence[str], pair: str, many: str) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return pair.format(first=items[0], last=items[1])
    return many.format(rest=", ".join(items[:-1]), last=items[-1])


def _period(months: int, forms: Mapping[str, str]) -> str:
    if months % 12 == 0:
        years = months // 12
        return forms["year"] if years == 1 else forms["years"].format(n=years)
    return forms["month"] if months == 1 else forms["months"].format(n=months)


def _in_order(values: Iterable[Any], enum_type: type[StrEnum]) -> list[Any]:
    """Unique enum members in the enum's own order (so the text does not depend on how a rule lists them)."""
    chosen = set(values)
    return [member for member in enum_type if member in chosen]


def _people(when: Conditions, words: BlurbWording, has_clauses: bool) -> str:
    if when.relationship:
        people = _join(
            [words.relationship[r] for r in _in_order(when.relationship, Relationship)],
            words.join["and_pair"],
            words.join["and_list"],
        )
    elif when.known is True:
        people = words.people["known"]
    elif when.known is False:
        people = words.people["unknown"]
    else:
        people = ""
    if when.tags:  # tags are the owner's private labels: say "some", never the tag itself
        return words.people["selected"].format(people=people) if people else words.people["selected_anyone"]
    if people:
        return people
    # "anyone" alone, but "people who have agreed to hear from me" (not "anyone who have agreed")
    return words.people["described"] if has_clauses else words.people["anyone"]


def _clauses(when: Conditions, words: BlurbWording) -> list[str]:
    clauses = []
    if when.met_in:
        where = _join(
            [words.met_in[m] for m in _in_order(when.met_in, MetIn)], words.join["or_pair"], words.join["or_list"]
        )
        clauses.append(words.clause["met_in"].format(where=where))
    if when.last_interaction_within_months:
        clauses.append(words.clause["recent"].format(period=_period(when.last_interaction_within_months, words.period)))
    if when.last_interaction_older_than_months:
        clauses.append(words.clause["older"].format(span=_period(when.last_interaction_older_than_months, words.span)))
    if when.consent and set(when.consent) <= {ConsentStatus.EXPLICIT, ConsentStatus.IMPLIED}:
        clauses.append(words.clause["consent"])
    if when.has_note is True:
        clauses.append(words.clause["note"])
    return clauses


def describe_connect_rule(when: Conditions, words: BlurbWording) -> tuple[str, str]:
    """(in full, in brief) plain words for the people a connect rule accepts."""
    clauses = _clauses(when, words)
    people = _people(when, words, bool(clauses))
    described = clauses[0] if clauses else ""
    for clause in clauses[1:]:
        described = words.join["clauses"].format(first=described, next=clause)
    return (f"{people} {described}" if described else people), people


def _matches_plain_stranger(when: Conditions, *, has_note: bool) -> bool:
    """Could this rule catch an invitation from someone not in the record, without red flags?"""
    return (
        (when.relationship is None or Relationship.STRANGER in when.relationship)
        and when.known is not True
        and when.red_flags is None
        and (when.consent is None or ConsentStatus.NOT_ASKED in when.consent)
        and (when.has_note is None or when.has_note is has_note)
        and when.tags is None
        and (when.met_in is None or MetIn.UNKNOWN in when.met_in)
        and when.last_interaction_within_months is None
    )


@dataclass(frozen=True, slots=True)
class PolicyWords:
    """What the profile text says about a policy."""

    whom: str
    whom_brief: str
    facts: frozenset[str]


def describe_policy(policy: Policy, words: BlurbWording) -> PolicyWords:
    rules = [rule for rule in policy.rules if rule.enabled]
    full: list[str] = []
    brief: list[str] = []
    for rule in rules:
        if rule.decision is Decision.CONNECT:
            described, people = describe_connect_rule(rule.when, words)
            full.extend([described] if described not in full else [])
            brief.extend([people] if people not in brief else [])
    if len(full) <= 2:
        whom = _join(full, words.join["rules_pair"], words.join["rules_list"])
    else:
        whom = full[0]
        for item in full[1:-1]:
            whom = words.join["rules_middle"].format(first=whom, next=item)
        whom = words.join["rules_list"].format(rest=whom, last=full[-1])
    facts: set[str] = set()
    for prefix, has_note in (("strangers", False), ("noted-strangers", True)):
        rule = next((r for r in rules if _matches_plain_stranger(r.when, has_note=has_note)), None)
        facts.add(f"{prefix}-{(rule.decision if rule else policy.default).value}")
    for rule in rules:
        flags = set(rule.when.red_flags or ())
        if rule.decision is Decision.REPORT and flags & {RedFlag.SELLING, RedFlag.ENDORSEMENT_TRADING}:
            facts.add("reports-selling")
        if rule.decision in (Decision.IGNORE, Decision.REPORT) and flags & {RedFlag.HARVESTING, RedFlag.PRESSURE}:
            facts.add("ignores-harvesting")
        if rule.decision is Decision.REPORT and RedFlag.SCAM in flags:
            facts.add("reports-scams")
        if rule.decision in (Decision.IGNORE, Decision.REPORT) and flags >= {RedFlag.SALES_PITCH, RedFlag.OFF_PLATFORM}:
            facts.add("ignores-pitches")
        consent = set(rule.when.consent or ())
        if rule.decision in (Decision.IGNORE, Decision.REPORT) and consent & {
            ConsentStatus.REFUSED,
            ConsentStatus.WITHDRAWN,
        }:
            facts.add("honours-withdrawn-consent")
    return PolicyWords(
        whom, _join(brief, words.join["and_pair"], words.join["and_list"]) if brief else "", frozenset(facts)
    )


# --- building the text ------------------------------------------------------------------------------------------


def assemble(
    parts: Sequence[TemplatePart],
    values: Mapping[str, str],
    facts: frozenset[str],
    limit: int,
    measure: Callable[[str], int] = linkedin_length,
    paragraphs: bool = True,
) -> str:
    """The most complete text within ``limit``: parts are filled in order of priority, each with its first
    usable option that still fits; a part that cannot be said completely is left out."""
    chosen: dict[int, str] = {}
    for index in sorted(range(len(parts)), key=lambda i: (parts[i].priority, i)):
        for option in parts[index].options:
            if not option.usable(values, facts):
                continue
            attempt = {**chosen, index: option.fill(values)}
            if measure(_render(parts, attempt, paragraphs)) <= limit:
                chosen = attempt
                break
    return _render(parts, chosen, paragraphs)


def _render(parts: Sequence[TemplatePart], chosen: Mapping[int, str], paragraphs: bool) -> str:
    groups: dict[int, list[str]] = {}
    for index, part in enumerate(parts):
        if index in chosen:
            groups.setdefault(part.paragraph if paragraphs else 0, []).append(chosen[index])
    return "\n\n".join(" ".join(sentences) for _, sentences in sorted(groups.items()))


def build_blurb(
    profile: OwnerProfile,
    policy: Policy,
    length: BlurbLength = BlurbLength.FULL,
    tone: Tone | None = None,
    wording: BlurbWording | None = None,
) -> str:
    """The profile text for ``profile`` under ``policy``; at most ``LIMITS[length]`` characters."""
    wording = wording or default_blurb_wording()
    described = describe_policy(policy, wording)
    values = {**profile_values(profile), "whom": described.whom, "whom_brief": described.whom_brief}
    parts = wording.variants[(tone or profile.tone, length)]
    return assemble(parts, values, described.facts, LIMITS[length], paragraphs=length is BlurbLength.FULL)
