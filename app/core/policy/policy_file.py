"""Policy files: the policy as human-editable TOML, so a service can share a house policy.

    [policy]
    name = "Careers service policy"
    default = "reply"                 # decision when no rule matches
    default_template = "remind-me"

    [[rule]]
    name = "Selling or trading endorsements"
    when.red_flags = ["selling", "endorsement-trading"]   # any of these
    then = "report"

    [[template]]
    id = "remind-me"
    text = "Hi {first_name}, ... {owner_name}"

Read with ``tomllib``, written with ``tomli-w``. Anything wrong (an unknown key, condition, word or template, a
bad placeholder) is refused with the file's line and a message; nothing is half-read. The same dictionary form
(``policy_to_dict`` / ``policy_from_dict``) is what the database keeps for a rule's conditions.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from app.core.errors import BadInput, NotFound, parse_enum
from app.core.policy.model import CONDITION_NAMES, Conditions, DraftsSection, Policy, ReplyTemplate, Rule
from app.core.policy.validation import KeyPath, is_web_address, policy_problems, rule_label, template_label
from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship

E = TypeVar("E", bound=Enum)

ENUM_CONDITIONS: dict[str, tuple[type[Enum], str]] = {
    "relationship": (Relationship, "relationship"),
    "met_in": (MetIn, "met-in role"),
    "consent": (ConsentStatus, "consent"),
    "red_flags": (RedFlag, "red-flag category"),
}
BOOL_CONDITIONS = ("has_note", "known")
INT_CONDITIONS = ("last_interaction_within_months", "last_interaction_older_than_months")
TOP_KEYS = ("policy", "rule", "template", "drafts")
POLICY_KEYS = ("name", "default", "default_template")
RULE_KEYS = ("name", "when", "then", "template", "enabled")
TEMPLATE_KEYS = ("id", "text")
DRAFTS_LISTS = ("website", "products", "confidential", "partners", "disclosure")
DRAFTS_KEYS = ("employer", *DRAFTS_LISTS)

HEADER = """\
# Gatehouse contact policy. Rules are tried in order: the first enabled rule whose conditions all hold decides;
# a list inside a condition means "any of these". When no rule matches, [policy] default decides.
# Conditions: relationship, met_in, consent (LinkedIn), has_note, red_flags, known, tags,
#             last_interaction_within_months, last_interaction_older_than_months.
# Decisions (then): connect, reply, ignore, report. Templates may use {first_name} {last_name} {owner_name}
# {organisation} {group_url} {handle} {service_contact}.

"""


class PolicyFileError(BadInput):
    """A problem at a place in a policy's dictionary form; the file reader turns the place into a line."""

    def __init__(self, path: KeyPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


# --- writing ------------------------------------------------------------------------------------------------


def conditions_to_dict(when: Conditions) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in CONDITION_NAMES:
        value = getattr(when, name)
        if value is None:
            continue
        data[name] = [v.value if isinstance(v, Enum) else v for v in value] if isinstance(value, tuple) else value
    return data


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    head: dict[str, Any] = {"name": policy.name, "default": policy.default.value}
    if policy.default_template is not None:
        head["default_template"] = policy.default_template
    rules = []
    for rule in policy.rules:
        item: dict[str, Any] = {"name": rule.name, "then": rule.decision.value}
        if rule.template is not None:
            item["template"] = rule.template
        if not rule.enabled:
            item["enabled"] = False
        when = conditions_to_dict(rule.when)
        if when:
            item["when"] = when
        rules.append(item)
    data: dict[str, Any] = {"policy": head}
    if rules:
        data["rule"] = rules
    if policy.templates:
        data["template"] = [{"id": t.id, "text": t.text} for t in policy.templates]
    if not policy.drafts.is_empty():
        data["drafts"] = drafts_to_dict(policy.drafts)
    return data


def drafts_to_dict(section: DraftsSection) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if section.employer:
        data["employer"] = section.employer
    for key in DRAFTS_LISTS:
        values = getattr(section, key)
        if values:
            data[key] = list(values)
    return data


def policy_to_toml(policy: Policy) -> str:
    return HEADER + tomli_w.dumps(policy_to_dict(policy), multiline_strings=True)


def write_policy_file(path: Path, policy: Policy) -> None:
    try:
        path.write_text(policy_to_toml(policy), encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None


# --- reading ------------------------------------------------------------------------------------------------


def _expect_keys(data: Mapping[str, Any], allowed: tuple[str, ...], path: KeyPath, where: str) -> None:
    for key in data:
        if key not in allowed:
            expected = ", ".join(allowed)
            raise PolicyFileError((*path, key), f'{where}: unknown key "{key}" (expected one of: {expected})')


def _text(data: Mapping[str, Any], key: str, path: KeyPath, where: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise PolicyFileError(path, f'{where} needs "{key}"')
        return None
    if not isinstance(value, str):
        raise PolicyFileError((*path, key), f'{where}: "{key}" must be text in quotes')
    return value


def _enum(enum_type: type[E], value: object, what: str, path: KeyPath, where: str) -> E:
    if not isinstance(value, str):
        raise PolicyFileError(path, f"{where}: {what} must be a word in quotes")
    try:
        return parse_enum(enum_type, value, what)
    except BadInput as exc:
        raise PolicyFileError(path, f"{where}: {exc}") from None


def conditions_from_dict(data: object, path: KeyPath = (), where: str = "rule") -> Conditions:
    if not isinstance(data, Mapping):
        raise PolicyFileError(path, f"{where}: when must be a table of conditions")
    values: dict[str, Any] = {}
    for name, raw in data.items():
        here = (*path, name)
        if name not in CONDITION_NAMES:
            expected = ", ".join(CONDITION_NAMES)
            raise PolicyFileError(here, f'{where}: unknown condition "{name}" (expected one of: {expected})')
        if name in BOOL_CONDITIONS:
            if not isinstance(raw, bool):
                raise PolicyFileError(here, f"{where}: {name} must be true or false")
            values[name] = raw
        elif name in INT_CONDITIONS:
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise PolicyFileError(here, f"{where}: {name} must be a whole number of months")
            values[name] = raw
        else:
            items = [raw] if isinstance(raw, str) else raw
            if not isinstance(items, list):
                raise PolicyFileError(here, f'{where}: {name} must be a list such as ["a", "b"]')
            if name == "tags":
                if not all(isinstance(item, str) for item in items):
                    raise PolicyFileError(here, f"{where}: tags must be text in quotes")
                values[name] = tuple(" ".join(item.split()).lower() for item in items)
            else:
                enum_type, what = ENUM_CONDITIONS[name]
                values[name] = tuple(_enum(enum_type, item, what, here, where) for item in items)
    return Conditions(**values)


def policy_from_dict(data: Mapping[str, Any]) -> Policy:
    """The policy a TOML document describes; PolicyFileError at the first problem, with its place."""
    for key in data:
        if key not in TOP_KEYS:
            raise PolicyFileError(
                (key,), f'unknown table "{key}" (a policy file has [policy], [[rule]], [[template]] and [drafts])'
            )
    head = data.get("policy")
    if not isinstance(head, Mapping):
        raise PolicyFileError(("policy",), "the file needs a [policy] table with at least a name")
    _expect_keys(head, POLICY_KEYS, ("policy",), "[policy]")
    name = _text(head, "name", ("policy",), "[policy]", required=True) or ""
    default = _enum(Decision, head.get("default", "reply"), "decision", ("policy", "default"), "[policy] default")
    default_template = _text(head, "default_template", ("policy",), "[policy]", required=False)

    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise PolicyFileError(("rule",), "rules are written as [[rule]] tables")
    parsed_rules = tuple(_rule(index, item) for index, item in enumerate(rules))

    templates = data.get("template", [])
    if not isinstance(templates, list):
        raise PolicyFileError(("template",), "templates are written as [[template]] tables")
    parsed_templates = tuple(_template(index, item) for index, item in enumerate(templates))

    drafts = drafts_from_dict(data.get("drafts", {}))
    policy = Policy(name, parsed_rules, default, default_template, parsed_templates, drafts)
    problems = policy_problems(policy)
    if problems:
        raise PolicyFileError(problems[0].path, problems[0].message)
    return policy


def _rule(index: int, item: object) -> Rule:
    path: KeyPath = ("rule", index)
    if not isinstance(item, Mapping):
        raise PolicyFileError(path, f"rule {index + 1} must be a [[rule]] table")
    name = item.get("name") if isinstance(item.get("name"), str) else ""
    where = rule_label(index, name or "")
    _expect_keys(item, RULE_KEYS, path, where)
    _text(item, "name", path, where, required=True)
    if "then" not in item:
        raise PolicyFileError(path, f'{where} needs "then" (connect, reply, ignore or report)')
    decision = _enum(Decision, item["then"], "decision", (*path, "then"), where)
    template = _text(item, "template", path, where, required=False)
    enabled = item.get("enabled", True)
    if not isinstance(enabled, bool):
        raise PolicyFileError((*path, "enabled"), f"{where}: enabled must be true or false")
    when = conditions_from_dict(item.get("when", {}), (*path, "when"), where)
    return Rule(name or "", decision, when, template, enabled)


def drafts_from_dict(data: object) -> DraftsSection:
    """The ``[drafts]`` table: employer as text, the rest as lists of text; blank entries are refused."""
    path: KeyPath = ("drafts",)
    if not isinstance(data, Mapping):
        raise PolicyFileError(path, "[drafts] must be a table")
    _expect_keys(data, DRAFTS_KEYS, path, "[drafts]")
    employer = _text(data, "employer", path, "[drafts]", required=False) or ""
    values: dict[str, tuple[str, ...]] = {}
    for key in DRAFTS_LISTS:
        raw = data.get(key, [])
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise PolicyFileError((*path, key), f'[drafts] {key} must be a list of text such as ["a", "b"]')
        cleaned = []
        for number, item in enumerate(items, start=1):
            text = " ".join(item.split())
            if not text:
                raise PolicyFileError((*path, key), f"[drafts] {key}: entry {number} is empty")
            if key == "website" and not is_web_address(text):
                raise PolicyFileError(
                    (*path, key), f'[drafts] website: "{text}" is not a web address (such as "example.ac.uk")'
                )
            cleaned.append(text)
        values[key] = tuple(dict.fromkeys(cleaned))
    return DraftsSection(employer=" ".join(employer.split()), **values)


def _template(index: int, item: object) -> ReplyTemplate:
    path: KeyPath = ("template", index)
    if not isinstance(item, Mapping):
        raise PolicyFileError(path, f"template {index + 1} must be a [[template]] table")
    template_id = item.get("id") if isinstance(item.get("id"), str) else ""
    where = template_label(index, template_id or "")
    _expect_keys(item, TEMPLATE_KEYS, path, where)
    _text(item, "id", path, where, required=True)
    text = _text(item, "text", path, where, required=True)
    return ReplyTemplate(template_id or "", text or "")


TOML_ERROR_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


MAX_POLICY_BYTES = 256 * 1024  # a policy of hundreds of rules and templates is a few tens of KB
MAX_NESTING = 16  # arrays and inline tables inside each other
MAX_KEY_PARTS = 16  # a.b.c = ... : TOML parsers take quadratic time over the parts of one dotted key


def check_policy_shape(text: str, source: str = "the policy file") -> None:
    """Refuse, before parsing, a text too big, too deeply nested or with a too long dotted key (one linear pass),
    so a hostile file cannot exhaust the stack, the memory or the time of the TOML parser."""
    if len(text) > MAX_POLICY_BYTES:
        raise BadInput(f"{source}: over {MAX_POLICY_BYTES // 1024} KB; a policy file is much smaller than that")
    depth, quote, line, dots, in_key, comment = 0, "", 1, 0, True, False
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            line, dots, in_key, comment = line + 1, 0, True, False
            i += 1
            continue
        if comment:
            i += 1
            continue
        if quote:
            if text.startswith(quote, i):
                i, quote = i + len(quote), ""
                continue
            i += 2 if char == "\\" and quote[0] == '"' else 1
            continue
        if char in "\"'":
            quote = char * 3 if text.startswith(char * 3, i) else char
            i += len(quote)
            continue
        if char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise BadInput(f"{source}, line {line}: nested more than {MAX_NESTING} deep; not a policy file")
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "=":
            in_key = False
        elif char == "." and in_key:
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise BadInput(f"{source}, line {line}: a key of more than {MAX_KEY_PARTS} parts; not a policy file")
        i += 1


def policy_from_toml(text: str, source: str = "the policy file") -> Policy:
    """Parse and check a policy file's text; BadInput naming ``source``, the line and the problem."""
    check_policy_shape(text, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        place = TOML_ERROR_PLACE.search(message)
        if place:
            reason = message[: place.start()]
            raise BadInput(f"{source}, line {place[1]}: {reason} (column {place[2]}); this is not valid TOML") from None
        raise BadInput(f"{source}: {message}; this is not valid TOML") from None
    try:
        return policy_from_dict(data)
    except PolicyFileError as exc:
        line = locate(text, exc.path)
        where = f"{source}, line {line}" if line is not None else source
        raise BadInput(f"{where}: {exc.message}") from None


def read_policy_file(path: Path) -> Policy:
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise BadInput(f"{path}: over {MAX_POLICY_BYTES // 1024} KB; a policy file is much smaller than that")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"no policy file at {path}") from None
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text (byte {exc.start}); save the policy file as UTF-8") from None
    return policy_from_toml(text, str(path))


# --- finding the line of a key ------------------------------------------------------------------------------

_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"[^"\\]*(?:\\.[^"\\]*)*"|\'[^\']*\')'
_DOTTED = re.compile(rf"\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*")
_KEY_LINE = re.compile(rf"^\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=\s*(.*)$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[(.+?)\]\]\s*(?:#.*)?$")
_TABLE = re.compile(r"^\s*\[(.+?)\]\s*(?:#.*)?$")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
_INLINE_KEY = re.compile(rf"(?:^|[{{,])\s*({_BARE_OR_QUOTED})\s*=")


def _split_key(dotted: str) -> list[str]:
    parts = re.findall(_BARE_OR_QUOTED, dotted)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def _brackets(value: str) -> int:
    """Open minus closed brackets and braces in a value, ignoring strings and a trailing comment."""
    code = _STRING.sub("", value).split("#", 1)[0]
    return code.count("[") + code.count("{") - code.count("]") - code.count("}")


def key_lines(text: str) -> dict[KeyPath, int]:
    """Where each key, table and array entry of a TOML document starts (lines from 1), as dictionary paths."""
    lines: dict[KeyPath, int] = {}
    counts: dict[str, int] = {}
    table: KeyPath = ()
    multiline: str | None = None
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if multiline is not None:
            if multiline in line:
                multiline = None
            continue
        if depth > 0:
            depth += _brackets(line)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if match := _ARRAY_TABLE.match(line):
            name = _split_key(match[1])
            key = ".".join(name)
            counts[key] = counts.get(key, -1) + 1
            table = (*_resolve(name[:-1], counts), name[-1], counts[key])
            lines.setdefault(table, number)
            continue
        if match := _TABLE.match(line):
            name = _split_key(match[1])
            table = (*_resolve(name[:-1], counts), name[-1])
            lines.setdefault(table, number)
            continue
        match = _KEY_LINE.match(line)
        if match is None:
            continue
        key_path = (*table, *_split_key(match[1]))
        for end in range(len(table) + 1, len(key_path) + 1):
            lines.setdefault(key_path[:end], number)
        value = match[2]
        for quote in ('"""', "'''"):
            if value.startswith(quote) and value.count(quote) == 1:
                multiline = quote
        if value.startswith("{"):
            for inner in _INLINE_KEY.findall(_STRING.sub('""', value)):
                lines.setdefault((*key_path, *_split_key(inner)), number)
        depth = _brackets(value)
    return lines


def _resolve(names: list[str], counts: dict[str, int]) -> KeyPath:
    """A table name's parts, with the current index after each array of tables ([rule.when] is rule N's when)."""
    path: list[str | int] = []
    for end, name in enumerate(names, start=1):
        path.append(name)
        key = ".".join(names[:end])
        if key in counts:
            path.append(counts[key])
    return tuple(path)


def locate(text: str, path: KeyPath) -> int | None:
    """The line of ``path`` or of the nearest enclosing key or table that the text has."""
    lines = key_lines(text)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
