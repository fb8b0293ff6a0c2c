"""The product's vocabulary as a person reads it: one display label per word, for every table, editor, menu,
status line and PDF.

Files, the CLI and the database keep the words themselves ("work-role", "not-asked", "linkedin"); people see
"Work role", "Not asked", "LinkedIn". ``label`` is the one mapping; ``phrase`` is the same label in the middle of
a sentence ("Set where you met them: work role").
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Every word people see, once. Words missing here fall back to "Capitalised words" (see ``label``).
LABELS: dict[str, str] = {
    # relationship
    "client": QT_TRANSLATE_NOOP("Vocabulary", "Client"),
    "colleague": QT_TRANSLATE_NOOP("Vocabulary", "Colleague"),
    "professional": QT_TRANSLATE_NOOP("Vocabulary", "Professional"),
    "personal": QT_TRANSLATE_NOOP("Vocabulary", "Personal"),
    "stranger": QT_TRANSLATE_NOOP("Vocabulary", "Stranger"),
    "unsorted": QT_TRANSLATE_NOOP("Vocabulary", "Unsorted"),
    # met in
    "work-role": QT_TRANSLATE_NOOP("Vocabulary", "Work role"),
    "professional-network": QT_TRANSLATE_NOOP("Vocabulary", "Professional network"),
    "personal-life": QT_TRANSLATE_NOOP("Vocabulary", "Personal life"),
    "online-only": QT_TRANSLATE_NOOP("Vocabulary", "Online only"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
    # consent
    "explicit": QT_TRANSLATE_NOOP("Vocabulary", "Explicit"),
    "implied": QT_TRANSLATE_NOOP("Vocabulary", "Implied"),
    "not-asked": QT_TRANSLATE_NOOP("Vocabulary", "Not asked"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
    # channels
    "linkedin": QT_TRANSLATE_NOOP("Vocabulary", "LinkedIn"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "social": QT_TRANSLATE_NOOP("Vocabulary", "Social media"),
    # decisions
    "connect": QT_TRANSLATE_NOOP("Vocabulary", "Connect"),
    "reply": QT_TRANSLATE_NOOP("Vocabulary", "Reply"),
    "ignore": QT_TRANSLATE_NOOP("Vocabulary", "Ignore"),
    "report": QT_TRANSLATE_NOOP("Vocabulary", "Report"),
    # red flags
    "selling": QT_TRANSLATE_NOOP("Vocabulary", "Selling"),
    "endorsement-trading": QT_TRANSLATE_NOOP("Vocabulary", "Endorsement trading"),
    "harvesting": QT_TRANSLATE_NOOP("Vocabulary", "Harvesting"),
    "pressure": QT_TRANSLATE_NOOP("Vocabulary", "Pressure"),
    "link-only": QT_TRANSLATE_NOOP("Vocabulary", "Link only"),
    "sales-pitch": QT_TRANSLATE_NOOP("Vocabulary", "Sales pitch"),
    "off-platform": QT_TRANSLATE_NOOP("Vocabulary", "Off platform"),
    "personal-data": QT_TRANSLATE_NOOP("Vocabulary", "Personal data"),
    "scam": QT_TRANSLATE_NOOP("Vocabulary", "Scam"),
    # sources
    "linkedin-export": QT_TRANSLATE_NOOP("Vocabulary", "LinkedIn export"),
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "Typed in"),
    "vcard": QT_TRANSLATE_NOOP("Vocabulary", "vCard"),
    # tones
    "warm": QT_TRANSLATE_NOOP("Vocabulary", "Warm"),
    "formal": QT_TRANSLATE_NOOP("Vocabulary", "Formal"),
}
# Proper names keep their capitals in the middle of a sentence.
PROPER = frozenset({"linkedin", "linkedin-export", "vcard"})


def label(word: str | StrEnum) -> str:
    """A vocabulary word as people read it: "work-role" -> "Work role", "linkedin" -> "LinkedIn"."""
    key = str(word)
    known = LABELS.get(key)
    if known is not None:
        return QCoreApplication.translate("Vocabulary", known)
    text = key.replace("-", " ").replace("_", " ")
    return text[:1].upper() + text[1:]


def phrase(word: str | StrEnum) -> str:
    """The label inside a sentence: "work role", "not asked", but still "LinkedIn"."""
    text = label(word)
    if str(word) in PROPER:
        return text
    return text[:1].lower() + text[1:]


# The adviser's profile fields and the reply placeholders that read them, as people call them.
PROFILE_FIELDS: dict[str, str] = {
    "display_name": QT_TRANSLATE_NOOP("Vocabulary", "your name"),
    "owner_name": QT_TRANSLATE_NOOP("Vocabulary", "your name"),
    "role_title": QT_TRANSLATE_NOOP("Vocabulary", "your role"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "your organisation"),
    "profile_url": QT_TRANSLATE_NOOP("Vocabulary", "your LinkedIn profile address"),
    "group_url": QT_TRANSLATE_NOOP("Vocabulary", "your group's link"),
    "public_handle": QT_TRANSLATE_NOOP("Vocabulary", "your public handle"),
    "handle": QT_TRANSLATE_NOOP("Vocabulary", "your public handle"),
    "service_contact": QT_TRANSLATE_NOOP("Vocabulary", "your service's contact page"),
    "checks_messages": QT_TRANSLATE_NOOP("Vocabulary", "how often you check messages"),
    "tone": QT_TRANSLATE_NOOP("Vocabulary", "the tone"),
    "account_kind": QT_TRANSLATE_NOOP("Vocabulary", "your LinkedIn account kind"),
    "first_name": QT_TRANSLATE_NOOP("Vocabulary", "the sender's first name"),
    "last_name": QT_TRANSLATE_NOOP("Vocabulary", "the sender's last name"),
}


def profile_field(name: str) -> str:
    """A profile field or placeholder as people call it: "group_url" -> "your group's link"."""
    known = PROFILE_FIELDS.get(name)
    return QCoreApplication.translate("Vocabulary", known) if known else name.replace("_", " ")


def listing(words: list[str]) -> str:
    """ "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + QCoreApplication.translate("Vocabulary", " and ") + words[-1]
