"""Reply templates: text with ``{placeholders}`` filled from the contact and the owner profile.

A template is checked when it is saved (an unknown placeholder or a stray brace is an error then, never when a
reply is written). A part in square brackets is optional: it drops out, brackets and all, when a profile field
it uses is empty ("[ Our group {group_url} is open to all.]"), so a reply never reads "our group  and ...";
write [[ or ]] for a literal bracket. An empty field outside such a part is listed as missing, and a reply with a
missing field is not stored by ``triage --apply``. A reply longer than the policy's own target for brevity
(300 characters) is flagged: a reply to an invitation is a message, and LinkedIn allows messages far longer.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter

from app.core.errors import BadInput
from app.core.records import OwnerProfile

# The policy's own target for brevity: a reply to an invitation is a message (LinkedIn allows far more), kept
# short as a matter of style. LinkedIn's limits for an invitation note are in app.core.gates (by account kind).
REPLY_LIMIT = 300

PLACEHOLDERS: dict[str, str] = {
    "first_name": "the sender's first name",
    "last_name": "the sender's last name",
    "owner_name": "your name, from your profile",
    "organisation": "your organisation, from your profile",
    "group_url": "your group's link, from your profile",
    "handle": "your public handle, from your profile",
    "service_contact": "your service's contact page or reception, from your profile",
}
OWNER_PLACEHOLDERS = ("owner_name", "organisation", "group_url", "handle", "service_contact")
# When the sender's first name is unknown the greeting still reads well: "Hi there, ..."
NO_FIRST_NAME = "there"
# Names used to estimate how long a template gets once filled (long but ordinary names).
SAMPLE_FIRST_NAME = "Alexandra"
SAMPLE_LAST_NAME = "Montgomery-Smith"


def linkedin_length(text: str) -> int:
    """Characters as LinkedIn counts them (UTF-16 code units: an emoji counts twice); never less than len()."""
    return len(text.encode("utf-16-le")) // 2


def optional_parts(text: str) -> list[tuple[bool, str]]:
    """The template cut into (optional, text) pieces at its square brackets; [[ and ]] stand for literal ones.
    BadInput for a bracket left open, closed twice or nested."""
    pieces: list[tuple[bool, str]] = []
    current: list[str] = []
    optional = False
    index = 0
    while index < len(text):
        char = text[index]
        if char in "[]" and text[index + 1 : index + 2] == char:
            current.append(char)
            index += 2
            continue
        if char == "[":
            if optional:
                raise BadInput("an optional part in [ ] cannot hold another one (write [[ for a literal bracket)")
            pieces.append((False, "".join(current)))
            current, optional = [], True
        elif char == "]":
            if not optional:
                raise BadInput("a ] closes no optional part (write ]] for a literal bracket)")
            pieces.append((True, "".join(current)))
            current, optional = [], False
        else:
            current.append(char)
        index += 1
    if optional:
        raise BadInput("an optional part opened with [ is not closed with ]")
    pieces.append((False, "".join(current)))
    return [piece for piece in pieces if piece[1]]


def template_placeholders(text: str) -> tuple[str, ...]:
    """The placeholders ``text`` uses, in order of first use; BadInput for unknown or malformed ones."""
    optional_parts(text)
    text = text.replace("[[", "[").replace("]]", "]")
    try:
        parts = list(Formatter().parse(text))
    except ValueError as exc:
        raise BadInput(f"{exc} (write {{{{ or }}}} for a literal brace)") from None
    names: list[str] = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name not in PLACEHOLDERS:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise BadInput(f"unknown placeholder {shown} (expected one of: {allowed})")
        if spec or conversion:
            raise BadInput(f"placeholder {shown} takes no format; write {{{name}}}")
        if name not in names:
            names.append(name)
    return tuple(names)


def check_template(text: str) -> None:
    """BadInput when the text is empty or a placeholder is unknown or malformed."""
    if not text.strip():
        raise BadInput("the text is empty")
    template_placeholders(text)


@dataclass(frozen=True, slots=True)
class FilledReply:
    """A reply ready to send, with what a user should know before sending it."""

    text: str
    length: int  # as LinkedIn counts
    missing: tuple[str, ...]  # placeholders whose value is empty (e.g. no group link in the profile)

    @property
    def too_long(self) -> bool:
        return self.length > REPLY_LIMIT


def reply_values(first_name: str, last_name: str, owner: OwnerProfile) -> dict[str, str]:
    return {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "owner_name": owner.display_name,
        "organisation": owner.organisation,
        "group_url": owner.group_url,
        "handle": owner.public_handle,
        "service_contact": owner.service_contact,
    }


@dataclass(frozen=True, slots=True)
class CheckedTemplate:
    """A template whose placeholders have been checked once, ready to fill many times."""

    text: str
    placeholders: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> CheckedTemplate:
        return cls(text, template_placeholders(text))

    def for_owner(self, owner: OwnerProfile) -> OwnerTemplate:
        """The template with the owner's values already in, left to fill with each sender's name. An optional
        part that uses an empty profile field drops out; an empty one outside optional parts is missing."""
        values = reply_values("", "", owner)
        parts: list[str] = []
        missing: list[str] = []
        for optional, piece in optional_parts(self.text):
            names = [name for _, name, _, _ in Formatter().parse(piece) if name is not None]
            empty = [name for name in names if name in OWNER_PLACEHOLDERS and not values[name]]
            if optional and empty:
                continue
            missing.extend(name for name in empty if name not in missing)
            for literal, name, _, _ in Formatter().parse(piece):
                parts.append(_escape(literal))
                if name is not None:
                    parts.append(_escape(values[name]) if name in OWNER_PLACEHOLDERS else "{" + name + "}")
        return OwnerTemplate("".join(parts), tuple(missing), "last_name" in self.placeholders)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


@dataclass(frozen=True, slots=True)
class OwnerTemplate:
    """A template with one owner's profile filled in (triage fills the same template for thousands of senders)."""

    text: str
    owner_missing: tuple[str, ...]
    uses_last_name: bool

    def fill(self, first_name: str, last_name: str) -> FilledReply:
        """An empty first name reads "there"; empty values the reply needs are listed as missing."""
        filled = self.text.format(first_name=first_name.strip() or NO_FIRST_NAME, last_name=last_name.strip())
        missing = self.owner_missing
        if self.uses_last_name and not last_name.strip():
            missing = (*missing, "last_name")
        return FilledReply(filled, len(filled) if filled.isascii() else linkedin_length(filled), missing)


def fill_template(text: str, first_name: str, last_name: str, owner: OwnerProfile) -> FilledReply:
    return CheckedTemplate.of(text).for_owner(owner).fill(first_name, last_name)


def sample_reply(text: str, owner: OwnerProfile) -> FilledReply:
    """The template filled for a sender with a long name and this owner profile: how long it gets, and which
    profile fields it needs that are empty."""
    return fill_template(text, SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME, owner)
