"""The plain rows the LinkedIn readers produce. Text is trimmed of outer spaces; URLs are as found.

Rows are NamedTuples (immutable, and several times cheaper to build than frozen dataclasses: an export can hold
100,000 connections and as many messages); SkippedRow, of which there are few, is a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple


class FileKind(StrEnum):
    CONNECTIONS = "connections"
    INVITATIONS = "invitations"
    MESSAGES = "messages"
    PROFILE = "profile"
    VCARD = "vcard"


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row that was read but not used, and why (reported to the user, never an error)."""

    file: str
    line: int
    reason: str


class ConnectionRow(NamedTuple):
    file: str
    line: int
    first_name: str
    last_name: str
    profile_url: str | None
    email: str | None
    company: str
    position: str
    connected_on: date | None


class InvitationRow(NamedTuple):
    """One invitation; ``sent_at`` is the exporting user's local time (LinkedIn writes no zone)."""

    file: str
    line: int
    incoming: bool
    from_name: str
    to_name: str
    sent_at: datetime | None
    message: str
    inviter_url: str | None
    invitee_url: str | None

    @property
    def other_name(self) -> str:
        """The person who is not the owner of the export."""
        return self.from_name if self.incoming else self.to_name

    @property
    def other_url(self) -> str | None:
        return self.inviter_url if self.incoming else self.invitee_url

    @property
    def owner_url(self) -> str | None:
        return self.invitee_url if self.incoming else self.inviter_url

    @property
    def owner_name(self) -> str:
        return self.to_name if self.incoming else self.from_name


class MessageRow(NamedTuple):
    """One message that counts as an interaction (drafts and SPAM are left out by the reader)."""

    file: str
    line: int
    conversation_id: str
    sender_name: str
    sender_url: str | None
    recipient_urls: tuple[str, ...]
    sent_at: datetime  # timezone-aware (LinkedIn writes UTC)
    folder: str


class ProfileRow(NamedTuple):
    """The owner's own row of Profile.csv."""

    file: str
    line: int
    first_name: str
    last_name: str
    headline: str
    twitter_handles: str
    websites: str
