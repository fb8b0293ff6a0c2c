"""Importing LinkedIn's data export and vCards into the record: one transaction for the whole import.

What happens (the README's "Importing" section says the same for users):

- Connections.csv rows become contacts (``unsorted``, LinkedIn consent ``implied``, ``connected_on`` set).
- Incoming invitations become pending connection requests (the sender starts as a ``stranger`` when new); from
  someone who is already a connection they are recorded as ``done``. Outgoing invitations are recorded too.
- messages.csv moves each person's last interaction forward (drafts and SPAM ignored).
- Profile.csv (and the owner's profile URL found in the export) fills empty fields of the owner profile.
- vCards add contacts or fill empty fields of the matching ones.

People are matched by normalised profile URL, then e-mail, never by name alone (a URL-less 2018 connection is
the same LinkedIn row when name *and* connection date agree). Re-importing updates LinkedIn's facts (company,
position, connected-on, last interaction; names of contacts that came from LinkedIn) and never overwrites what
the user entered (relationship, met-in, consent, notes, tags). Alike names are reported as possible duplicates.

The files are read first (pure core readers; bad input stops before the database is touched), then everything
is matched in memory against the record, loaded in a few queries, and written with bulk statements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import GatehouseError
from app.core.linkedin.archive import SourceFile, collect_sources
from app.core.linkedin.dates import DateReader
from app.core.linkedin.duplicates import NamedPerson, possible_duplicates
from app.core.linkedin.interactions import InteractionCollector, Interactions
from app.core.linkedin.owner import owner_profile_from
from app.core.linkedin.readers import (
    estimate_rows,
    read_connections,
    read_invitations,
    read_messages,
    read_profile,
)
from app.core.linkedin.rows import (
    ConnectionRow,
    FileKind,
    InvitationRow,
    MessageRow,
    ProfileRow,
    SkippedRow,
)
from app.core.profile_url import normalise_profile_url
from app.core.records import OwnerProfile
from app.core.vcard import VCardPerson, read_vcards
from app.core.vocabulary import (
    AuditAction,
    Channel,
    ConsentStatus,
    Direction,
    MetIn,
    Relationship,
    RequestStatus,
    Source,
)
from app.storage import bulk, owners
from app.storage.audit import record_event
from app.storage.base import utcnow
from app.storage.contacts import normalise_email, normalise_tag
from app.storage.database import Database
from app.storage.suppression import SuppressionIndex

__all__ = [
    "ImportCancelled",
    "ImportSummary",
    "PossibleDuplicate",
    "ProgressCallback",
    "SkippedRow",
    "import_paths",
]

ProgressCallback = Callable[[int, int, str], None]
PROGRESS_EVERY = 500  # rows between progress reports and cancellation checks
CONSENT_SOURCE = "linkedin-export"

# Files are applied in this order: connections first (so invitations from connections are 'done'), messages last
# (the owner's profile URL is known from invitations by then).
_ORDER = {
    FileKind.PROFILE: 0,
    FileKind.CONNECTIONS: 1,
    FileKind.VCARD: 2,
    FileKind.INVITATIONS: 3,
    FileKind.MESSAGES: 4,
}


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
    interactions_unmatched: int = 0  # messages with people not in the record, or without profile URLs
    owner_fields_filled: tuple[str, ...] = ()
    audit_event_id: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "contacts_added": self.contacts_added,
            "contacts_updated": self.contacts_updated,
            "contacts_unchanged": self.contacts_unchanged,
            "requests_added": self.requests_added,
            "requests_done": self.requests_done,
            "interactions_seen": self.interactions_seen,
            "interactions_unmatched": self.interactions_unmatched,
            "skipped": [{"file": s.file, "line": s.line, "reason": s.reason} for s in self.skipped],
            "ignored_files": list(self.ignored_files),
            "possible_duplicates": [d.to_json() for d in self.possible_duplicates],
            "files_read": list(self.files_read),
            "owner_fields_filled": list(self.owner_fields_filled),
        }


def import_paths(
    db: Database,
    paths: Sequence[Path],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Import the export's zip, its folder, or single files, in one transaction.

    ``progress(done, total, message)`` is called every few hundred rows; ``is_cancelled()`` is polled as often and
    a True answer raises ImportCancelled with nothing written. Bad input raises BadInput("FILE:LINE: what").
    """
    moment = now or utcnow()
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    meter = _Meter(progress, is_cancelled)
    sources = collect_sources([Path(p) for p in paths])
    meter.check()
    parsed = _read_all(sources.files, meter)
    with db.session() as session:
        run = _ImportRun(session, db.owner_id, moment, meter)
        summary = run.apply(parsed)
        summary = _with_files(summary, sources.files, sources.ignored)
        meter.finish("Import finished")
        return summary


def _with_files(summary: ImportSummary, files: Sequence[SourceFile], ignored: Sequence[str]) -> ImportSummary:
    return replace(summary, files_read=tuple(f.name for f in files), ignored_files=tuple(ignored))


# --- progress -----------------------------------------------------------------------------------------------------


class _Meter:
    """Progress in three equal stages of the rows read: reading, matching, writing."""

    def __init__(self, progress: ProgressCallback | None, is_cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self.rows = 1
        self.done = 0
        self._last_report = -PROGRESS_EVERY

    @property
    def total(self) -> int:
        return 3 * self.rows

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelled("import cancelled; nothing was written")

    def advance(self, to: int, message: str) -> None:
        """Move to ``to`` (never backwards); report and poll for cancellation every PROGRESS_EVERY rows."""
        self.done = max(self.done, min(to, self.total))
        if self.done - self._last_report >= PROGRESS_EVERY:
            self._last_report = self.done
            self.check()
            if self._progress is not None:
                self._progress(self.done, self.total, message)

    def finish(self, message: str) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total, message)


# --- reading --------------------------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    profile: ProfileRow | None = None
    connections: list[ConnectionRow] = field(default_factory=list)
    vcards: list[VCardPerson] = field(default_factory=list)
    invitations: list[InvitationRow] = field(default_factory=list)
    messages: InteractionCollector = field(default_factory=InteractionCollector)
    skipped: list[SkippedRow] = field(default_factory=list)
    rows: int = 0


def _read_all(files: Sequence[SourceFile], meter: _Meter) -> _Parsed:
    parsed = _Parsed()
    meter.rows = max(1, sum(estimate_rows(f.data) for f in files))
    dates = DateReader()
    for source in sorted(files, key=lambda f: _ORDER[f.kind]):
        message = f"Reading {PurePosixPath(source.name).name}"
        rows: Iterable[Any]
        if source.kind is FileKind.CONNECTIONS:
            rows = read_connections(source.name, source.data, dates)
        elif source.kind is FileKind.INVITATIONS:
            rows = read_invitations(source.name, source.data, dates)
        elif source.kind is FileKind.MESSAGES:
            rows = read_messages(source.name, source.data, dates)
        elif source.kind is FileKind.PROFILE:
            rows = read_profile(source.name, source.data, dates)
        else:
            rows = read_vcards(source.name, source.data)
        for row in rows:
            parsed.rows += 1
            if isinstance(row, SkippedRow):
                parsed.skipped.append(row)
            elif isinstance(row, ConnectionRow):
                parsed.connections.append(row)
            elif isinstance(row, InvitationRow):
                parsed.invitations.append(row)
            elif isinstance(row, MessageRow):
                parsed.messages.add(row)
            elif isinstance(row, VCardPerson):
                parsed.vcards.append(row)
            elif parsed.profile is None:
                parsed.profile = row
            meter.advance(parsed.rows, message)
    meter.rows = max(1, parsed.rows)  # the real count, for the two stages to come
    meter.advance(meter.rows, "Matching people")
    return parsed


# --- matching and writing ---------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _split_name(full: str) -> tuple[str, str]:
    """Invitations give one name; the first word is taken as the first name until Connections.csv says better."""
    words = full.split(maxsplit=1)
    if not words:
        return "", ""
    return words[0], words[1] if len(words) > 1 else ""


class _Person:
    """One contact during the import: loaded from the record or new. Changes are collected, then written."""

    __slots__ = (
        "changes",
        "company",
        "connected_on",
        "display_name",
        "emails",
        "first_name",
        "id",
        "implied_consent_on",
        "in_connections",
        "is_new",
        "last_interaction",
        "last_name",
        "matched",
        "new_emails",
        "notes",
        "position",
        "relationship",
        "source",
        "tags",
        "url_key",
        "url_seen",
    )

    def __init__(self, **values: Any) -> None:
        self.changes: dict[str, object] = {}
        self.new_emails: list[str] = []
        self.emails: list[str] = []
        self.matched = False
        self.in_connections = False
        self.implied_consent_on: date | None = None
        self.notes = ""
        self.tags: tuple[str, ...] = ()
        self.id: int | None = None
        self.is_new = False
        for name, value in values.items():
            setattr(self, name, value)

    @property
    def name(self) -> str:
        return self.display_name or f"{self.first_name} {self.last_name}".strip()

    def set(self, column: str, value: object) -> None:
        """Change a LinkedIn fact; on an existing contact the change is remembered for the UPDATE."""
        if getattr(self, column) == value:
            return
        setattr(self, column, value)
        if not self.is_new:
            self.changes[column] = value

    @property
    def changed(self) -> bool:
        return bool(self.changes or self.new_emails or self.implied_consent_on is not None)


class _ImportRun:
    def __init__(self, session: Session, owner_id: int, now: datetime, meter: _Meter) -> None:
        self.session = session
        self.owner_id = owner_id
        self.now = now
        self.meter = meter
        self.people: list[_Person] = []
        self.by_id: dict[int, _Person] = {}
        self.by_url: dict[str, _Person] = {}
        self.by_email: dict[str, _Person] = {}
        self.by_connection_row: dict[tuple[str, str, date], _Person] = {}
        self.url_keys: dict[str, str | None] = {}
        self.skipped: list[SkippedRow] = []
        self.new_requests: list[tuple[_Person, InvitationRow, str]] = []
        self.requests_done: set[int] = set()
        self._load_record()
        self._suppressed = self._load_suppression()

    # -- the record as it is ---------------------------------------------------------------------------------------

    def _load_record(self) -> None:
        session, owner_id = self.session, self.owner_id
        with_consent = bulk.contacts_with_consent(session, owner_id, Channel.LINKEDIN)
        for row in bulk.load_contacts(session, owner_id):
            person = _Person(
                id=row.id,
                url_key=row.profile_url,
                url_seen=row.profile_url_seen,
                first_name=row.first_name,
                last_name=row.last_name,
                display_name=row.display_name,
                company=row.company,
                position=row.position,
                connected_on=row.connected_on,
                last_interaction=row.last_interaction,
                relationship=row.relationship,
                source=row.source,
            )
            self._register(person)
        self._has_consent_ids = with_consent
        for contact_id, _position, address, normalised in bulk.load_emails(session, owner_id):
            person = self.by_id.get(contact_id)
            if person is not None:
                person.emails.append(address)
                self.by_email.setdefault(normalised, person)
        self.existing_requests = bulk.load_requests(session, owner_id)
        self.request_keys = {(r.direction, r.contact_id, r.sent_at) for r in self.existing_requests}
        self.request_keys_by_name: dict[tuple[str, datetime | None, str], int] = {}
        for request in self.existing_requests:
            person = self.by_id.get(request.contact_id)
            if person is not None and person.url_key is None:
                key = (request.direction, request.sent_at, _fold(person.name))
                self.request_keys_by_name.setdefault(key, request.contact_id)

    def _register(self, person: _Person) -> None:
        self.people.append(person)
        if person.id is not None:
            self.by_id[person.id] = person
        if person.url_key:
            self.by_url.setdefault(person.url_key, person)
        elif person.connected_on is not None:
            self.by_connection_row.setdefault(
                (_fold(person.first_name), _fold(person.last_name), person.connected_on), person
            )

    def _load_suppression(self) -> SuppressionIndex:
        """Digests of the profile URLs and e-mails of people erased at their request (app.storage.suppression).

        ``_is_suppressed`` is the one place every import row passes through before a person is matched or created.
        """
        return SuppressionIndex.load(self.session, self.owner_id)

    def _is_suppressed(self, url_key: str | None, emails: Sequence[str]) -> bool:
        return self._suppressed.is_suppressed(url_key, emails, normalised=True)

    # -- matching ------------------------------------------------------------------------------------------------

    def url_key(self, url: str | None) -> str | None:
        if not url:
            return None
        try:
            return self.url_keys[url]
        except KeyError:
            key = self.url_keys[url] = normalise_profile_url(url)
            return key

    def find(self, url_key: str | None, emails: Sequence[str]) -> _Person | None:
        if url_key is not None:
            person = self.by_url.get(url_key)
            if person is not None:
                return person
        for address in emails:
            person = self.by_email.get(normalise_email(address))
            # an e-mail never joins two different LinkedIn members
            if person is not None and (url_key is None or person.url_key is None):
                return person
        return None

    def new_person(self, source: Source, relationship: Relationship, **values: Any) -> _Person:
        person = _Person(
            url_key=None,
            url_seen=None,
            first_name="",
            last_name="",
            display_name="",
            company="",
            position="",
            connected_on=None,
            last_interaction=None,
            relationship=relationship.value,
            source=source.value,
        )
        person.is_new = True
        person.matched = True
        for name, value in values.items():
            setattr(person, name, value)
        self._register(person)
        for address in person.emails:
            self.by_email.setdefault(normalise_email(address), person)
        return person

    def touch(self, person: _Person) -> None:
        person.matched = True

    def add_email(self, person: _Person, address: str | None) -> None:
        if not address:
            return
        key = normalise_email(address)
        if any(normalise_email(e) == key for e in person.emails):
            return
        person.emails.append(address)
        if not person.is_new:
            person.new_emails.append(address)
        self.by_email.setdefault(key, person)

    def fill_url(self, person: _Person, url_key: str | None, seen: str | None) -> None:
        if person.url_key is None and url_key is not None and url_key not in self.by_url:
            person.set("url_key", url_key)
            person.set("url_seen", seen)
            self.by_url[url_key] = person

    def apply_connection(self, row: ConnectionRow) -> None:
        key = self.url_key(row.profile_url)
        emails = (row.email,) if row.email else ()
        if self._is_suppressed(key, emails):
            self.skipped.append(SkippedRow(row.file, row.line, "on the suppression list (erased at their request)"))
            return
        person = self.find(key, emails)
        if person is None and key is None and row.connected_on is not None:
            person = self.by_connection_row.get((_fold(row.first_name), _fold(row.last_name), row.connected_on))
        if person is None:
            person = self.new_person(
                Source.LINKEDIN_EXPORT,
                Relationship.UNSORTED,
                url_key=key,
                url_seen=row.profile_url,
                first_name=row.first_name,
                last_name=row.last_name,
                company=row.company,
                position=row.position,
                connected_on=row.connected_on,
                emails=list(emails),
            )
        else:
            self.touch(person)
            names_from_linkedin = person.source == Source.LINKEDIN_EXPORT.value or not (
                person.first_name or person.last_name
            )
            if names_from_linkedin and (row.first_name or row.last_name):
                person.set("first_name", row.first_name)
                person.set("last_name", row.last_name)
            if row.company:
                person.set("company", row.company)
            if row.position:
                person.set("position", row.position)
            if row.connected_on is not None:
                person.set("connected_on", row.connected_on)
            self.fill_url(person, key, row.profile_url)
            self.add_email(person, row.email)
        person.in_connections = True
        if person.is_new or person.id not in self._has_consent_ids:
            person.implied_consent_on = row.connected_on or self.now.date()

    def apply_vcard(self, card: VCardPerson) -> None:
        key = self.url_key(card.profile_url)
        if self._is_suppressed(key, card.emails):
            self.skipped.append(SkippedRow(card.file, card.line, "on the suppression list (erased at their request)"))
            return
        person = self.find(key, card.emails)
        if person is None:
            self.new_person(
                Source.VCARD,
                Relationship.UNSORTED,
                url_key=key,
                url_seen=card.profile_url,
                first_name=card.first_name,
                last_name=card.last_name,
                display_name=card.display_name,
                company=card.company,
                position=card.position,
                emails=list(card.emails),
                notes=card.notes,
                tags=card.tags,
            )
            return
        # a vCard is someone's address book, not LinkedIn: it only fills what the record lacks
        self.touch(person)
        for column in ("first_name", "last_name", "display_name", "company", "position"):
            value = getattr(card, column)
            if value and not getattr(person, column):
                person.set(column, value)
        self.fill_url(person, key, card.profile_url)
        for address in card.emails:
            self.add_email(person, address)

    def apply_invitation(self, row: InvitationRow) -> None:
        key = self.url_key(row.other_url)
        if self._is_suppressed(key, ()):
            self.skipped.append(SkippedRow(row.file, row.line, "on the suppression list (erased at their request)"))
            return
        direction = Direction.INCOMING if row.incoming else Direction.OUTGOING
        sent_at = row.sent_at.astimezone(UTC) if row.sent_at is not None else None
        person = self.by_url.get(key) if key is not None else None
        if person is None and key is None:
            # a pre-2023 invitation has no URLs: the same LinkedIn row is the same name at the same minute
            known = self.request_keys_by_name.get((direction.value, sent_at, _fold(row.other_name)))
            person = self.by_id.get(known) if known is not None else None
        if person is None:
            first, last = _split_name(row.other_name)
            relationship = Relationship.STRANGER if row.incoming else Relationship.UNSORTED
            person = self.new_person(
                Source.LINKEDIN_EXPORT,
                relationship,
                url_key=key,
                url_seen=row.other_url,
                first_name=first,
                last_name=last,
            )
        else:
            self.touch(person)
        request_key = (direction.value, person.id if person.id is not None else ("new", id(person)), sent_at)
        if request_key in self.request_keys:
            return  # already in the record, or twice in this import
        self.request_keys.add(request_key)
        self.new_requests.append((person, row, direction.value))

    def close_accepted_requests(self) -> None:
        for request in self.existing_requests:
            if request.status != RequestStatus.PENDING.value:
                continue
            person = self.by_id.get(request.contact_id)
            if person is not None and person.in_connections:
                self.requests_done.add(request.id)

    def apply_interactions(self, interactions: Interactions) -> int:
        """Move last interactions forward; returns how many people with messages are not in the record."""
        unmatched = 0
        for key, when in interactions.last_by_person.items():
            person = self.by_url.get(key)
            if person is None:
                unmatched += 1
                continue
            day = when.astimezone().date()
            self.touch(person)
            if person.last_interaction is None or day > person.last_interaction:
                person.set("last_interaction", day)
        return unmatched

    def owner_keys(self, profile: OwnerProfile, invitations: Sequence[InvitationRow]) -> frozenset[str]:
        keys = {self.url_key(profile.profile_url)}
        keys.update(self.url_key(row.owner_url) for row in invitations)
        keys.discard(None)
        return frozenset(k for k in keys if k)

    # -- the whole run -----------------------------------------------------------------------------------------------

    def apply(self, parsed: _Parsed) -> ImportSummary:
        meter = self.meter
        base = meter.rows
        step = 0

        def advance(message: str) -> None:
            nonlocal step
            step += 1
            meter.advance(base + step, message)

        for row in parsed.connections:
            self.apply_connection(row)
            advance("Matching connections")
        for card in parsed.vcards:
            self.apply_vcard(card)
            advance("Matching vCards")
        for invitation in parsed.invitations:
            self.apply_invitation(invitation)
            advance("Matching invitations")
        self.close_accepted_requests()

        profile = owners.load_profile(self.session, self.owner_id)
        known_owner = self.owner_keys(profile, parsed.invitations)
        owner_name = " ".join(
            f"{parsed.profile.first_name} {parsed.profile.last_name}".split()
            if parsed.profile
            else profile.display_name.split()
        )
        interactions = parsed.messages.result(known_owner, owner_name)
        unmatched = self.apply_interactions(interactions) + interactions.messages_without_urls
        meter.advance(2 * base, "Saving")

        owner_url = ""
        if interactions.owner_keys:
            owner_url = next(
                (
                    row.owner_url
                    for row in parsed.invitations
                    if row.owner_url and self.url_key(row.owner_url) in interactions.owner_keys
                ),
                "https://www." + sorted(interactions.owner_keys)[0],
            )
        filled = self.fill_owner_profile(profile, owner_profile_from(parsed.profile, owner_url))

        added, updated, unchanged = self.write()
        duplicates = self.find_duplicates()
        summary = ImportSummary(
            contacts_added=len(added),
            contacts_updated=len(updated),
            contacts_unchanged=unchanged,
            requests_added=len(self.new_requests),
            interactions_seen=interactions.messages_seen,
            skipped=tuple(parsed.skipped + self.skipped),
            ignored_files=(),
            possible_duplicates=tuple(duplicates),
            requests_done=len(self.requests_done),
            interactions_unmatched=unmatched,
            owner_fields_filled=filled,
        )
        event = record_event(
            self.session,
            self.owner_id,
            AuditAction.IMPORT,
            (),
            {
                "contacts_added": summary.contacts_added,
                "contacts_updated": summary.contacts_updated,
                "contacts_unchanged": summary.contacts_unchanged,
                "requests_added": summary.requests_added,
                "requests_done": summary.requests_done,
                "interactions_seen": summary.interactions_seen,
                "skipped": len(summary.skipped),
                "owner_fields_filled": list(filled),
            },
        )
        bulk.link_event_contacts(self.session, event.id, [*added, *updated])
        return replace(summary, audit_event_id=event.id)

    def fill_owner_profile(self, current: OwnerProfile, found: OwnerProfile) -> tuple[str, ...]:
        merged = owners.fill_empty_fields(current, found)
        if merged == current:
            return ()
        owners.save_profile(self.session, self.owner_id, merged)
        return tuple(name for name in owners.PROFILE_FIELDS if getattr(merged, name) != getattr(current, name))

    def write(self) -> tuple[list[int], list[int], int]:
        meter, now = self.meter, self.now
        new_people = [p for p in self.people if p.is_new]
        changed = [p for p in self.people if not p.is_new and p.changed]
        unchanged = sum(1 for p in self.people if not p.is_new and p.matched and not p.changed)
        work = max(1, len(new_people) + len(changed) + len(self.new_requests))
        written = 0

        def after_chunk(count: int) -> None:
            nonlocal written
            written += count
            meter.advance(2 * meter.rows + written * meter.rows // work, "Saving contacts")

        rows = [
            {
                "owner_id": self.owner_id,
                "first_name": p.first_name,
                "last_name": p.last_name,
                "display_name": p.display_name,
                "profile_url": p.url_key,
                "profile_url_seen": p.url_seen,
                "company": p.company,
                "position": p.position,
                "relationship": p.relationship,
                "met_in": MetIn.UNKNOWN.value,
                "met_where": "",
                "met_on": None,
                "connected_on": p.connected_on,
                "last_interaction": p.last_interaction,
                "notes": p.notes,
                "source": p.source,
                "created_at": now,
                "updated_at": now,
                "reviewed_at": None,
            }
            for p in new_people
        ]
        for person, new_id in zip(new_people, bulk.insert_contacts(self.session, rows, after_chunk), strict=True):
            person.id = new_id
            self.by_id[new_id] = person

        emails: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        for person in new_people:
            seen: set[str] = set()
            for address in person.emails:
                if normalise_email(address) not in seen:
                    seen.add(normalise_email(address))
                    emails.append(
                        {
                            "contact_id": person.id,
                            "position": len(seen) - 1,
                            "address": address,
                            "normalised": normalise_email(address),
                        }
                    )
            for tag in sorted({normalise_tag(t) for t in person.tags if normalise_tag(t)}):
                tags.append({"contact_id": person.id, "name": tag})
        for person in changed:
            start = len(person.emails) - len(person.new_emails)
            for offset, address in enumerate(person.new_emails):
                emails.append(
                    {
                        "contact_id": person.id,
                        "position": start + offset,
                        "address": address,
                        "normalised": normalise_email(address),
                    }
                )
        bulk.insert_rows(self.session, "contact_email", emails)
        bulk.insert_rows(self.session, "contact_tag", tags)

        consent = [
            {
                "contact_id": p.id,
                "channel": Channel.LINKEDIN.value,
                "status": ConsentStatus.IMPLIED.value,
                "changed_on": p.implied_consent_on,
                "source": CONSENT_SOURCE,
                "note": "connected on LinkedIn",
                "recorded_at": now,
            }
            for p in self.people
            if p.implied_consent_on is not None
        ]
        bulk.insert_rows(self.session, "consent_change", consent)

        updates: list[dict[str, Any]] = []
        column_of = {"url_key": "profile_url", "url_seen": "profile_url_seen"}
        for person in changed:
            change = {column_of.get(k, k): v for k, v in person.changes.items()}
            change["updated_at"] = now
            change["id"] = person.id
            updates.append(change)
        bulk.update_contacts(self.session, updates)
        after_chunk(len(updates))

        requests = [
            {
                "owner_id": self.owner_id,
                "contact_id": person.id,
                "direction": direction,
                "sent_at": row.sent_at.astimezone(UTC) if row.sent_at is not None else None,
                "note": row.message,
                "status": (RequestStatus.DONE if person.connected_on is not None else RequestStatus.PENDING).value,
                "created_at": now,
            }
            for person, row, direction in self.new_requests
        ]
        bulk.insert_rows(self.session, "connection_request", requests, after_chunk)
        bulk.set_request_status(self.session, self.requests_done, RequestStatus.DONE.value)
        return [p.id for p in new_people if p.id is not None], [p.id for p in changed if p.id is not None], unchanged

    def find_duplicates(self) -> list[PossibleDuplicate]:
        new_ids = [p.id for p in self.people if p.is_new and p.id is not None]
        if not new_ids:
            return []
        everyone = [
            NamedPerson(p.id, p.name, p.url_key is not None, p.connected_on is not None)
            for p in self.people
            if p.id is not None
        ]
        return [
            PossibleDuplicate(m.new_id, self.by_id[m.new_id].name, m.other_id, self.by_id[m.other_id].name, m.score)
            for m in possible_duplicates(everyone, new_ids)
        ]
