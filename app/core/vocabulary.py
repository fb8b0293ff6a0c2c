"""The product's vocabulary as enums; their values are the words used in the UI, the CLI and files."""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    CLIENT = "client"
    COLLEAGUE = "colleague"
    PROFESSIONAL = "professional"
    PERSONAL = "personal"
    STRANGER = "stranger"
    UNSORTED = "unsorted"


KNOWN_RELATIONSHIPS = frozenset({Relationship.CLIENT, Relationship.COLLEAGUE, Relationship.PROFESSIONAL})


class MetIn(StrEnum):
    WORK_ROLE = "work-role"
    PROFESSIONAL_NETWORK = "professional-network"
    PERSONAL_LIFE = "personal-life"
    ONLINE_ONLY = "online-only"
    UNKNOWN = "unknown"


class ConsentStatus(StrEnum):
    EXPLICIT = "explicit"
    IMPLIED = "implied"
    NOT_ASKED = "not-asked"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Channel(StrEnum):
    LINKEDIN = "linkedin"
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"


class Decision(StrEnum):
    CONNECT = "connect"
    REPLY = "reply"
    IGNORE = "ignore"
    REPORT = "report"


class RedFlag(StrEnum):
    SELLING = "selling"
    ENDORSEMENT_TRADING = "endorsement-trading"
    HARVESTING = "harvesting"
    PRESSURE = "pressure"
    LINK_ONLY = "link-only"
    SALES_PITCH = "sales-pitch"
    OFF_PLATFORM = "off-platform"
    PERSONAL_DATA = "personal-data"
    SCAM = "scam"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class RequestStatus(StrEnum):
    PENDING = "pending"
    DECIDED = "decided"
    DONE = "done"


class Source(StrEnum):
    LINKEDIN_EXPORT = "linkedin-export"
    MANUAL = "manual"
    VCARD = "vcard"


EXPORT_FORMATS = ("csv", "vcf")  # the files `gatehouse export contacts` and the app write


class Tone(StrEnum):
    WARM = "warm"
    FORMAL = "formal"


class AccountKind(StrEnum):
    """The owner's LinkedIn account: it sets how long an invitation note may be (see app.core.gates)."""

    FREE = "free"
    PREMIUM = "premium"


class AuditAction(StrEnum):
    IMPORT = "import"
    EXPORT = "export"
    DECIDE = "decide"
    ERASE = "erase"
    CONSENT_CHANGE = "consent-change"
    CONTACT_ADD = "contact-add"
    CONTACT_CHANGE = "contact-change"
    CONTACT_DELETE = "contact-delete"
    PROFILE_CHANGE = "profile-change"
    POLICY_CHANGE = "policy-change"
    HANDOVER = "handover"
    REVIEW = "review"


class Purpose(StrEnum):
    WORK_FOLLOW_UP = "work-follow-up"
    PERSONAL = "personal"
    NETWORKING = "networking"
    RECRUITMENT = "recruitment"
    SALES = "sales"
    # Answering someone who sent you a connection request: they wrote first, on LinkedIn.
    INVITATION_REPLY = "invitation-reply"


class HandoverFormat(StrEnum):
    CSV = "csv"
    VCF = "vcf"
    PDF = "pdf"


class HandoverStatus(StrEnum):
    """Where each handed-over contact stands: introduced to the successor yet or not."""

    PENDING = "pending"
    INTRODUCED = "introduced"
    DECLINED = "declined"
    SKIPPED = "skipped"
