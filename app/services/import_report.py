"""What an import reports: its summary, possible duplicates, progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import GatehouseError
from app.core.linkedin.rows import (
    SkippedRow,
)

ProgressCallback = Callable[[int, int, str], None]
PROGRESS_EVERY = 500  # rows between progress reports and cancellation checks


class ImportCancelled(GatehouseError):
    """The user cancelled the import; nothing was written."""


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    """A contact of this import whose name is like another contact's; the user decides, nothing is merged."""

    contact_id: int
    name: str
    other_id: int
    other_name: str
    score: int  # rapidfuzz token_sort_ratio, 90-100

    def to_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "other_id": self.other_id,
            "other_name": self.other_name,
            "score": self.score,
        }


@dataclass(frozen=True)
class ImportSummary:
    contacts_added: int
    contacts_updated: int
    contacts_unchanged: int
    requests_added: int
    interactions_seen: int
    skipped: tuple[SkippedRow, ...]
    ignored_files: tuple[str, ...]
    possible_duplicates: tuple[PossibleDuplicate, ...]
    files_read: tuple[str, ...] = ()
    requests_done: int = 0  # pending requests closed because the person is now a connection
    interactions_unmatched: int = 0  # people with messages who are not in the record
    owner_fields_filled: tuple[str, ...] = ()
    audit_event_id: int | None = None
    requests_incoming: int = 0  # of requests_added: invitations to the owner
    requests_outgoing: int = 0  # of requests_added: invitations the owner sent
    requests_settled_by_name: int = 0  # invitations without a profile URL joined to a connection by name and date
    requests_probably_connected: int = 0  # pending, but a connection has the sender's name (candidate_contact_id)
    messages_without_urls: int = 0  # message rows with no sender or recipient profile URL (matched to nobody)
    dates_before_linkedin: int = 0  # connections or invitations dated before May 2003
    unsorted_contacts: int = 0  # in the whole record after the import: what "Sort unsorted contacts" offers

    def to_json(self) -> dict[str, object]:
        return {
            "contacts_added": self.contacts_added,
            "contacts_updated": self.contacts_updated,
            "contacts_unchanged": self.contacts_unchanged,
            "requests_added": self.requests_added,
            "requests_done": self.requests_done,
            "interactions_seen": self.interactions_seen,
            "interactions_unmatched": self.interactions_unmatched,
            "messages_without_urls": self.messages_without_urls,
            "requests_incoming": self.requests_incoming,
            "requests_outgoing": self.requests_outgoing,
            "requests_settled_by_name": self.requests_settled_by_name,
            "requests_probably_connected": self.requests_probably_connected,
            "skipped": [{"file": s.file, "line": s.line, "reason": s.reason} for s in self.skipped],
            "ignored_files": list(self.ignored_files),
            "possible_duplicates": [d.to_json() for d in self.possible_duplicates],
            "files_read": list(self.files_read),
            "owner_fields_filled": list(self.owner_fields_filled),
            "dates_before_linkedin": self.dates_before_linkedin,
            "unsorted_contacts": self.unsorted_contacts,
        }


class Meter:
    """Progress in two equal stages of the rows read: reading and matching, then saving."""

    def __init__(self, progress: ProgressCallback | None, is_cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self.rows = 1
        self.done = 0
        self._next_report = 0

    @property
    def total(self) -> int:
        return 2 * self.rows

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelled("import cancelled; nothing was written")

    def advance(self, to: int, message: str) -> None:
        """Move to ``to`` (never backwards); report and poll for cancellation every PROGRESS_EVERY rows."""
        if to < self._next_report:
            return
        self.done = max(self.done, min(to, self.total))
        self._next_report = self.done + PROGRESS_EVERY
        self.check()
        if self._progress is not None:
            self._progress(self.done, self.total, message)

    def finish(self, message: str) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total, message)
