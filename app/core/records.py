"""The record's plain dataclasses: what services return and what the UI and CLI show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.core.vocabulary import (
    AccountKind,
    AuditAction,
    Channel,
    ConsentStatus,
    Decision,
    Direction,
    MetIn,
    Relationship,
    RequestStatus,
    Source,
    Tone,
)


@dataclass(frozen=True, slots=True)
class ConsentChange:
    """One append-only entry of a contact's consent history."""

    channel: Channel
    status: ConsentStatus
    changed_on: date
    source: str
    note: str = ""
    id: int | None = None
    recorded_at: datetime | None = None
    corrects_id: int | None = None  # this entry corrects a mistaken one (which stays in the history)
    corrected_by_id: int | None = None  # a later entry corrects this one: it no longer counts

    @property
    def counts(self) -> bool:
        """Whether the entry counts towards the current consent (a corrected entry does not)."""
        return self.corrected_by_id is None


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    first_name: str
    last_name: str
    display_name: str
    profile_url: str | None
    profile_url_seen: str | None
    emails: tuple[str, ...]
    company: str
    position: str
    relationship: Relationship
    met_in: MetIn
    met_where: str
    met_on: date | None
    connected_on: date | None
    last_interaction: date | None
    tags: tuple[str, ...]
    notes: str
    source: Source
    created_at: datetime
    updated_at: datetime
    reviewed_at: datetime | None
    consent: dict[Channel, ConsentStatus] = field(default_factory=dict)

    @property
    def email(self) -> str | None:
        return self.emails[0] if self.emails else None

    @property
    def name(self) -> str:
        return self.display_name or f"{self.first_name} {self.last_name}".strip()

    @property
    def linkedin_consent(self) -> ConsentStatus:
        return self.consent.get(Channel.LINKEDIN, ConsentStatus.NOT_ASKED)


@dataclass(frozen=True, slots=True)
class NewContact:
    """What a user or an importer supplies to create a contact."""

    first_name: str
    last_name: str
    display_name: str = ""
    profile_url: str | None = None
    emails: tuple[str, ...] = ()
    company: str = ""
    position: str = ""
    relationship: Relationship = Relationship.UNSORTED
    met_in: MetIn = MetIn.UNKNOWN
    met_where: str = ""
    met_on: date | None = None
    connected_on: date | None = None
    last_interaction: date | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    source: Source = Source.MANUAL


@dataclass(frozen=True, slots=True)
class ContactChanges:
    """A partial update of the fields a user classifies; None means 'leave as it is'."""

    relationship: Relationship | None = None
    met_in: MetIn | None = None
    met_where: str | None = None
    met_on: date | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    notes: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    company: str | None = None
    position: str | None = None
    emails: tuple[str, ...] | None = None
    profile_url: str | None = None

    def is_empty(self) -> bool:
        return self == ContactChanges()


@dataclass(frozen=True, slots=True)
class ConnectionRequest:
    id: int
    contact_id: int
    contact_name: str
    profile_url: str | None
    direction: Direction
    sent_at: datetime | None
    note: str
    status: RequestStatus
    decision: Decision | None
    rule_name: str | None
    explanation: str | None
    reply_text: str | None
    decided_at: datetime | None
    # an invitation without a usable profile URL whose sender is probably this connection (same name)
    candidate_contact_id: int | None = None
    candidate_name: str = ""
    candidate_connected_on: date | None = None

    @property
    def probably_connected(self) -> str | None:
        """'probably already connected: X, connected on D', when a connection has the sender's name."""
        if self.candidate_contact_id is None:
            return None
        on = f", connected on {self.candidate_connected_on.isoformat()}" if self.candidate_connected_on else ""
        return f"probably already connected: {self.candidate_name}{on}"


@dataclass(frozen=True, slots=True)
class OwnerProfile:
    """The adviser's own profile: feeds reply templates, the profile text and handovers."""

    display_name: str = ""
    role_title: str = ""
    organisation: str = ""
    profile_url: str = ""
    group_url: str = ""
    public_handle: str = ""
    service_contact: str = ""
    checks_messages: str = ""
    tone: Tone = Tone.WARM
    account_kind: AccountKind = AccountKind.FREE

    @property
    def first_name(self) -> str:
        return self.display_name.split(" ", 1)[0] if self.display_name else ""


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: AuditAction
    contact_ids: tuple[int, ...]
    details: dict[str, object]
