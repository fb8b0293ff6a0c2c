"""Reply templates: text with ``{placeholders}`` filled from the contact and the owner profile.

A template is checked when it is saved (an unknown placeholder or a stray brace is an error then, never when a
reply is written); a filled reply longer than LinkedIn's 300-character limit for a connection note is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter

from app.core.errors import BadInput
from app.core.records import OwnerProfile

# LinkedIn's limit for the note that goes with an invitation; replies are kept within it so they fit anywhere.
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


def template_placeholders(text: str) -> tuple[str, ...]:
    """The placeholders ``text`` uses, in order of first use; BadInput for unknown or malformed ones."""
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
        """The template with the owner's values already in, left to fill with each sender's name."""
        values = reply_values("", "", owner)
        parts = []
        for literal, name, _, _ in Formatter().parse(self.text):
            parts.append(_escape(literal))
            if name is not None:
                parts.append(_escape(values[name]) if name in OWNER_PLACEHOLDERS else "{" + name + "}")
        return OwnerTemplate(
            "".join(parts),
            tuple(name for name in self.placeholders if name in OWNER_PLACEHOLDERS and not values[name]),
            "last_name" in self.placeholders,
        )


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
