"""Merging an export's rows into the record: matching people, then writing everything in bulk.

Used by ``app.services.importing.import_paths``, which holds the transaction; see its docstring for the rules.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy.orm import Session

from app.core.linkedin.archive import SourceFile
from app.core.linkedin.dates import DateReader
from app.core.linkedin.duplicates import NamedPerson, possible_duplicates
from app.core.linkedin.interactions import InteractionCollector, Interactions
from app.core.linkedin.keys import ProfileKeys
from app.core.linkedin.owner import owner_profile_from
from app.core.linkedin.readers import (
    read_connections,
    read_invitations,
    read_messages,
    read_profile,
)
from app.core.linkedin.rows import (
    ConnectionRow,
    FileKind,
    InvitationRow,
    ProfileRow,
    SkippedRow,
)
from app.core.records import OwnerProfile
from app.core.vcard import VCardPerson, read_vcards
from app.core.vocabulary import (
    AuditAction,
    Channel,
    Direction,
    Relationship,
    RequestStatus,
    Source,
)
from app.services import import_saving
from app.services.import_person import Person
from app.services.import_report import PROGRESS_EVERY, ImportSummary, Meter, PossibleDuplicate
from app.storage import bulk, owners
from app.storage.audit import record_event
from app.storage.contact_table import count_with_relationship
from app.storage.contacts import normalise_email
from app.storage.suppression import HELD_BY_NAME, SuppressionIndex

_LINKEDIN = Source.LINKEDIN_EXPORT.value
_VCARD = Source.VCARD.value
LINKEDIN_STARTED = date(2003, 5, 5)  # LinkedIn opened on 5 May 2003: no connection or invitation is older
_UNSORTED = Relationship.UNSORTED.value
_STRANGER = Relationship.STRANGER.value
_INCOMING, _OUTGOING = Direction.INCOMING.value, Direction.OUTGOING.value

# Files are applied in this order: connections first (so invitations from connections are 'done'), messages last
# (the owner's profile URL is known from invitations by then).
_ORDER = {
    FileKind.PROFILE: 0,
    FileKind.CONNECTIONS: 1,
    FileKind.VCARD: 2,
    FileKind.INVITATIONS: 3,
    FileKind.MESSAGES: 4,
}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def fold_name(text: str) -> str:
    """A name compared without case, accents or spacing: 'Søren  MÜLLER' = 'soren muller' = 'Soren Müller'."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").split()).casefold()


def _connected_on(person: Person) -> date:
    return person.connected_on or date.min


def _local_day(moment: datetime) -> date:
    """The day ``moment`` (aware) falls on in local time: ``moment.astimezone().date()``, a third of its cost."""
    try:
        return date.fromtimestamp(moment.timestamp())
    except (OverflowError, OSError, ValueError):  # beyond what the platform's localtime() reads
        return moment.astimezone().date()


def _take(rows: Iterator[Any], count: int) -> list[Any]:
    return list(itertools.islice(rows, count))


def _split_name(full: str) -> tuple[str, str]:
    """Invitations give one name; the first word is taken as the first name until Connections.csv says better."""
    words = full.split(maxsplit=1)
    if not words:
        return "", ""
    return words[0], words[1] if len(words) > 1 else ""


class ImportRun:
    def __init__(self, session: Session, owner_id: int, now: datetime, meter: Meter) -> None:
        self.session = session
        self.owner_id = owner_id
        self.now = now
        self.meter = meter
        self.people: list[Person] = []
        self.by_id: dict[int, Person] = {}
        self.by_url: dict[str, Person] = {}
        self.by_email: dict[str, Person] = {}
        self.by_connection_row: dict[tuple[str, str, date], Person] = {}
        self.url_key = ProfileKeys()
        self.skipped: list[SkippedRow] = []
        # (person, row, direction, the connection who probably is the person when the name did not settle it)
        self.new_requests: list[tuple[Person, InvitationRow, str, Person | None]] = []
        self._connections_by_name: dict[str, list[Person]] | None = None  # built at the first URL-less invitation
        self.settled_by_name = 0  # this export's URL-less invitations joined to a connection by name and date
        self.owner_names: Counter[str] = Counter()  # the owner's name as Invitations.csv writes it
        self.requests_moved: list[tuple[int, Person]] = []  # record requests settled by name: (id, connection)
        self.candidates_found: list[tuple[int, Person]] = []  # record requests' probable senders: (id, connection)
        self.strangers_settled: list[int] = []  # contact ids of strangers who turned out to be connections
        self.dates_before_linkedin = 0  # rows dated before LinkedIn existed: a misread date, or a typing error
        self.requests_done: set[int] = set()
        self.owner_urls: dict[str, str] = {}  # the owner's profile URL keys seen in Invitations.csv, as written
        self._utc_times: dict[datetime, datetime] = {}  # Invitations.csv's local times, in UTC
        # The first statement writes the import's audit event: from here on the transaction holds SQLite's write
        # lock, so the record read next cannot change before the import writes (and ids can be reserved).
        self.event = record_event(session, owner_id, AuditAction.IMPORT, (), {})
        self._suppressed = self._load_suppression()
        self._load_record()

    # -- the record as it is ---------------------------------------------------------------------------------------

    def _load_record(self) -> None:
        session, owner_id = self.session, self.owner_id
        with_consent = bulk.contacts_with_consent(session, owner_id, Channel.LINKEDIN)
        people = self.people
        people.extend(bulk.load_contacts(session, owner_id, Person))
        self.by_id.update((person.id, person) for person in people)
        by_url = self.by_url
        for person in people:  # one member per profile URL in the record (a unique constraint)
            if person.url_key:
                by_url[person.url_key] = person
            elif person.connected_on is not None:
                self.by_connection_row.setdefault(
                    (_fold(person.first_name), _fold(person.last_name), person.connected_on), person
                )
        self._has_consent_ids = with_consent
        for contact_id, _position, address, normalised in bulk.load_emails(session, owner_id):
            person = self.by_id.get(contact_id)
            if person is not None:
                person.emails = (*person.emails, address)
                self.by_email.setdefault(normalised, person)
        self.existing_requests = bulk.load_requests(session, owner_id)
        self.request_keys = {(r.direction, r.contact_id, r.sent_at) for r in self.existing_requests}
        self.request_keys_by_name: dict[tuple[str, datetime | None, str], int] = {}
        for request in self.existing_requests:
            person = self.by_id.get(request.contact_id)
            if person is not None and person.url_key is None:
                key = (request.direction, request.sent_at, _fold(person.name))
                self.request_keys_by_name.setdefault(key, request.contact_id)

    def _register(self, person: Person) -> None:
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

    def find(self, url_key: str | None, emails: Sequence[str]) -> Person | None:
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

    def new_person(
        self,
        source: str,
        relationship: str,
        url_key: str | None,
        url_seen: str | None,
        first_name: str,
        last_name: str,
        *,
        display_name: str = "",
        company: str = "",
        position: str = "",
        connected_on: date | None = None,
        emails: Sequence[str] = (),
        notes: str = "",
        tags: tuple[str, ...] = (),
    ) -> Person:
        person = Person(
            None, url_key, url_seen, first_name, last_name, display_name, company, position, connected_on, None,
            relationship, source, is_new=True, emails=tuple(emails), notes=notes, tags=tags,
        )  # fmt: skip
        self._register(person)
        for address in person.emails:
            self.by_email.setdefault(normalise_email(address), person)
        return person

    def touch(self, person: Person) -> None:
        person.matched = True

    def add_email(self, person: Person, address: str | None) -> None:
        if not address:
            return
        key = normalise_email(address)
        if any(normalise_email(e) == key for e in person.emails):
            return
        person.emails = (*person.emails, address)
        if not person.is_new:
            person.new_emails = (*person.new_emails, address)
        self.by_email.setdefault(key, person)

    def fill_url(self, person: Person, url_key: str | None, seen: str | None) -> None:
        if person.url_key is None and url_key is not None and url_key not in self.by_url:
            person.set("url_key", url_key)
            person.set("url_seen", seen)
            self.by_url[url_key] = person

    def _each(self, handle: Callable[[Any], object]) -> Callable[[list[Any]], None]:
        """A handler of a batch of rows that calls ``handle`` for each (skipped rows are reported)."""
        skipped = self.skipped.append

        def each(batch: list[Any]) -> None:
            for row in batch:
                if type(row) is SkippedRow:
                    skipped(row)
                else:
                    handle(row)

        return each

    def apply_connections(self, rows: list[ConnectionRow | SkippedRow]) -> None:
        """Connections.csv's rows (this runs for every row: lookups kept in locals, the common cases lean)."""
        keys, by_url, suppressed, has_consent = self.url_key, self.by_url, self._suppressed, self._has_consent_ids
        people, skipped, today = self.people, self.skipped.append, self.now.date()
        for row in rows:
            if type(row) is SkippedRow:
                skipped(row)
                continue
            file, line, first, last, url, email, company, position, connected_on = row  # type: ignore[misc]
            if connected_on is not None and connected_on < LINKEDIN_STARTED:
                self.dates_before_linkedin += 1
            key = keys[url]
            emails = (email,) if email else ()
            if suppressed.keys:
                if self._is_suppressed(key, emails):
                    skipped(SkippedRow(file, line, "on the suppression list (erased at their request)"))
                    continue
                if key is None and not emails and suppressed.holds_name(first, last):
                    skipped(SkippedRow(file, line, HELD_BY_NAME))
                    continue
            person = by_url.get(key) if key is not None else None
            if person is None and emails:
                person = self.find(key, emails)
            if person is None and key is None and connected_on is not None:
                person = self.by_connection_row.get((_fold(first), _fold(last), connected_on))
            if person is None:
                # the common case of a first import, kept lean: a new connection
                person = Person(
                    None, key, url, first, last, "", company, position, connected_on, None, _UNSORTED, _LINKEDIN,
                    is_new=True, emails=emails,
                )  # fmt: skip
                people.append(person)
                if key:
                    by_url.setdefault(key, person)
                elif connected_on is not None:
                    self.by_connection_row.setdefault((_fold(first), _fold(last), connected_on), person)
                if emails:
                    self.by_email.setdefault(normalise_email(email), person)  # type: ignore[arg-type]
                person.implied_consent_on = connected_on or today
            else:
                person.matched = True
                # LinkedIn's facts are updated (only where they differ: this runs for every row of a re-import)
                names_differ = (first != person.first_name or last != person.last_name) and (first or last)
                if names_differ and (person.source == _LINKEDIN or not (person.first_name or person.last_name)):
                    person.set("first_name", first)
                    person.set("last_name", last)
                if company and company != person.company:
                    person.set("company", company)
                if position and position != person.position:
                    person.set("position", position)
                if connected_on is not None and connected_on != person.connected_on:
                    person.set("connected_on", connected_on)
                if person.url_key is None:
                    self.fill_url(person, key, url)
                if email:
                    self.add_email(person, email)
                if person.relationship == _STRANGER and person.relationship_guessed:
                    person.set("relationship", _UNSORTED)  # the import's guess gives way: they are a connection now
                if person.is_new or person.id not in has_consent:
                    person.implied_consent_on = connected_on or today
            person.in_connections = True

    def apply_vcard(self, card: VCardPerson) -> None:
        key = self.url_key(card.profile_url)
        if self._is_suppressed(key, card.emails):
            self.skipped.append(SkippedRow(card.file, card.line, "on the suppression list (erased at their request)"))
            return
        if (
            key is None
            and not card.emails
            and self._suppressed.holds_name(
                *((card.first_name, card.last_name) if card.first_name or card.last_name else (card.display_name,))
            )
        ):
            self.skipped.append(SkippedRow(card.file, card.line, HELD_BY_NAME))
            return
        person = self.find(key, card.emails)
        if person is None:
            self.new_person(
                _VCARD,
                _UNSORTED,
                url_key=key,
                url_seen=card.profile_url,
                first_name=card.first_name,
                last_name=card.last_name,
                display_name=card.display_name,
                company=card.company,
                position=card.position,
                emails=card.emails,
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

    def connections_by_name(self) -> dict[str, list[Person]]:
        """Every connection (in the record or this export) by folded name; read once, after Connections.csv."""
        if self._connections_by_name is None:
            index: dict[str, list[Person]] = {}
            for person in self.people:
                if person.connected_on is not None:
                    index.setdefault(fold_name(f"{person.first_name} {person.last_name}"), []).append(person)
            self._connections_by_name = index
        return self._connections_by_name

    def settle_by_name(self, name: str, sent: datetime | None) -> tuple[Person | None, Person | None]:
        """For an invitation without a usable profile URL: (the connection it was accepted by, None) when exactly
        one connection has the name and was connected on or after the invitation's day; else (None, the likeliest
        connection of that name, or None). Two people who both have profile URLs are never joined by name: the
        invitation has none here."""
        found = self.connections_by_name().get(fold_name(name)) if name else None
        if not found:
            return None, None
        day = sent.date() if sent is not None else None
        after = [p for p in found if day is not None and p.connected_on is not None and p.connected_on >= day]
        if len(after) == 1:
            return after[0], None
        likeliest = min(after, key=_connected_on) if after else max(found, key=_connected_on)
        return None, likeliest

    def apply_invitation(self, row: InvitationRow) -> None:
        file, line, incoming, from_name, to_name, local_sent, _message, inviter_url, invitee_url = row
        if incoming:
            direction, other_name, other_url, owner_name, owner_url = (
                _INCOMING, from_name, inviter_url, to_name, invitee_url
            )  # fmt: skip
        else:
            direction, other_name, other_url, owner_name, owner_url = (
                _OUTGOING, to_name, invitee_url, from_name, inviter_url
            )  # fmt: skip
        if owner_name:
            self.owner_names[" ".join(owner_name.split())] += 1
        sent_at = None
        if local_sent is not None:
            if local_sent.date() < LINKEDIN_STARTED:
                self.dates_before_linkedin += 1
            sent_at = self._utc_times.get(local_sent)
            if sent_at is None:  # many invitations share a minute: each is converted once
                sent_at = self._utc_times[local_sent] = local_sent.astimezone(UTC)
        if owner_url:
            owner_key = self.url_key[owner_url]
            if owner_key is not None:
                self.owner_urls.setdefault(owner_key, owner_url)
        key = self.url_key[other_url]
        if self._suppressed.keys and self._is_suppressed(key, ()):
            self.skipped.append(SkippedRow(file, line, "on the suppression list (erased at their request)"))
            return
        person = self.by_url.get(key) if key is not None else None
        candidate: Person | None = None
        if person is None and key is None:
            # a pre-2023 invitation has no URLs: the same LinkedIn row is the same name at the same minute
            known = self.request_keys_by_name.get((direction, sent_at, _fold(other_name)))
            person = self.by_id.get(known) if known is not None else None
            if person is None:
                person, candidate = self.settle_by_name(other_name, local_sent)
                if person is not None:
                    self.settled_by_name += 1
        if person is None:
            first, last = _split_name(other_name)
            person = self.new_person(
                _LINKEDIN,
                _STRANGER if incoming else _UNSORTED,
                url_key=key,
                url_seen=other_url,
                first_name=first,
                last_name=last,
            )
        else:
            person.matched = True
        request_key = (direction, person.id if person.id is not None else ("new", id(person)), sent_at)
        if request_key in self.request_keys:
            return  # already in the record, or twice in this import
        self.request_keys.add(request_key)
        self.new_requests.append((person, row, direction, candidate))

    def close_accepted_requests(self) -> None:
        moved_from: dict[int, int] = {}  # contact id -> how many of their requests went to a connection
        for request in self.existing_requests:
            if request.status != RequestStatus.PENDING.value:
                continue
            person = self.by_id.get(request.contact_id)
            if person is None:
                continue
            if person.in_connections:
                self.requests_done.add(request.id)
            elif person.url_key is None and person.connected_on is None:
                # an earlier import's URL-less invitation, settled by this export's connections (order never matters)
                sent = request.sent_at.astimezone() if request.sent_at is not None else None  # the exporter's day
                settled, candidate = self.settle_by_name(person.name, sent)
                if settled is not None:
                    self.requests_moved.append((request.id, settled))
                    self.requests_done.add(request.id)
                    moved_from[request.contact_id] = moved_from.get(request.contact_id, 0) + 1
                elif candidate is not None and request.candidate_contact_id is None:
                    self.candidates_found.append((request.id, candidate))
        if moved_from:
            held = Counter(r.contact_id for r in self.existing_requests)
            # the person an earlier import made for an invitation that this export shows accepted: all of their
            # requests now belong to the connection, so they go (when nothing but the import's guesses is theirs)
            self.strangers_settled = [
                contact_id
                for contact_id, moved in moved_from.items()
                if moved == held[contact_id] and self._only_guesses(self.by_id[contact_id])
            ]

    def _only_guesses(self, person: Person) -> bool:
        return (
            person.source == _LINKEDIN
            and person.relationship in (_STRANGER, _UNSORTED)
            and person.relationship_guessed
            and not person.emails
            and not person.last_interaction
        )

    def apply_interactions(self, interactions: Interactions) -> int:
        """Move last interactions forward; returns how many people with messages are not in the record."""
        unmatched = 0
        for key, when in interactions.last_by_person.items():
            person = self.by_url.get(key)
            if person is None:
                unmatched += 1
                continue
            day = _local_day(when)
            self.touch(person)
            if person.last_interaction is None or day > person.last_interaction:
                person.set("last_interaction", day)
        return unmatched

    def owner_keys(self, profile: OwnerProfile) -> frozenset[str]:
        keys = set(self.owner_urls)
        own = self.url_key(profile.profile_url)
        if own:
            keys.add(own)
        return frozenset(keys)

    # -- the whole run -----------------------------------------------------------------------------------------------

    def run(self, files: list[SourceFile]) -> ImportSummary:
        """Read the files (emptying ``files``) and match each row as it comes, then write everything."""
        meter = self.meter
        dates = DateReader()
        messages = InteractionCollector(self.url_key)
        profiles: list[ProfileRow] = []
        count = 0
        files.sort(key=lambda f: _ORDER[f.kind], reverse=True)  # popped from the end: profile, connections, ...
        while files:
            source = files.pop()
            message = f"Reading {PurePosixPath(source.name).name}"
            kind = source.kind
            rows: Iterator[Any]
            handle: Callable[[list[Any]], None]
            if kind is FileKind.CONNECTIONS:
                rows, handle = read_connections(source.name, source.data, dates), self.apply_connections
            elif kind is FileKind.INVITATIONS:
                rows, handle = read_invitations(source.name, source.data, dates), self._each(self.apply_invitation)
            elif kind is FileKind.MESSAGES:
                rows, handle = read_messages(source.name, source.data, dates), messages.add_all
            elif kind is FileKind.PROFILE:
                rows, handle = read_profile(source.name, source.data, dates), self._each(profiles.append)
            else:
                rows, handle = read_vcards(source.name, source.data), self._each(self.apply_vcard)
            # a batch of rows at a time (a handler loops over them itself), progress and cancellation between them
            for batch in iter(functools.partial(_take, rows, PROGRESS_EVERY), []):
                handle(batch)
                count += len(batch)
                if len(batch) == PROGRESS_EVERY:
                    meter.advance(count, message)
        source = rows = None  # type: ignore[assignment]  # each file's bytes are let go once it is read
        meter.rows = max(1, count)  # the real count, for the saving stage
        meter.advance(count, "Matching people")
        self.close_accepted_requests()

        profile_row = profiles[0] if profiles else None
        profile = owners.load_profile(self.session, self.owner_id)
        known_owner = self.owner_keys(profile)
        invited_as = self.owner_names.most_common(1)[0][0] if self.owner_names else ""
        name_words = (
            f"{profile_row.first_name} {profile_row.last_name}" if profile_row else profile.display_name or invited_as
        )
        interactions = messages.result(known_owner, " ".join(name_words.split()))
        # without Profile.csv, the owner's name is the one Invitations.csv gives them, else their own messages'
        owner_name = invited_as or messages.name_of(interactions.owner_keys)
        del messages  # its conversations are summed up in ``interactions``
        unmatched = self.apply_interactions(interactions)

        owner_url = ""
        if interactions.owner_keys:
            owner_url = next(
                (self.owner_urls[k] for k in sorted(interactions.owner_keys) if k in self.owner_urls),
                "https://www." + sorted(interactions.owner_keys)[0],
            )
        found = owner_profile_from(profile_row, owner_url)
        if not found.display_name and owner_name:
            found = replace(found, display_name=owner_name)
        filled = self.fill_owner_profile(profile, found)
        added, updated, unchanged = import_saving.save(self)
        duplicates = self.find_duplicates()
        summary = ImportSummary(
            contacts_added=len(added),
            contacts_updated=len(updated),
            contacts_unchanged=unchanged,
            requests_added=len(self.new_requests),
            interactions_seen=interactions.messages_seen,
            skipped=tuple(self.skipped),
            ignored_files=(),
            possible_duplicates=tuple(duplicates),
            requests_done=len(self.requests_done),
            interactions_unmatched=unmatched,
            owner_fields_filled=filled,
            requests_incoming=sum(1 for r in self.new_requests if r[2] == Direction.INCOMING.value),
            requests_outgoing=sum(1 for r in self.new_requests if r[2] == Direction.OUTGOING.value),
            requests_settled_by_name=self.settled_by_name,
            requests_probably_connected=sum(1 for r in self.new_requests if r[3] is not None)
            + len(self.candidates_found),
            messages_without_urls=interactions.messages_without_urls,
            dates_before_linkedin=self.dates_before_linkedin,
            unsorted_contacts=count_with_relationship(self.session, self.owner_id, Relationship.UNSORTED),
        )
        event = self.event
        event.details = {
            "contacts_added": summary.contacts_added,
            "contacts_updated": summary.contacts_updated,
            "contacts_unchanged": summary.contacts_unchanged,
            "requests_added": summary.requests_added,
            "requests_done": summary.requests_done,
            "requests_incoming": summary.requests_incoming,
            "requests_outgoing": summary.requests_outgoing,
            "interactions_seen": summary.interactions_seen,
            "skipped": len(summary.skipped),
            "owner_fields_filled": list(filled),
        }
        import_saving.link_event(self, event.id, added, updated)
        return replace(summary, audit_event_id=event.id)

    def fill_owner_profile(self, current: OwnerProfile, found: OwnerProfile) -> tuple[str, ...]:
        merged = owners.fill_empty_fields(current, found)
        if merged == current:
            return ()
        owners.save_profile(self.session, self.owner_id, merged)
        return tuple(name for name in owners.PROFILE_FIELDS if getattr(merged, name) != getattr(current, name))

    def find_duplicates(self) -> list[PossibleDuplicate]:
        new_ids = [p.id for p in self.people if p.is_new and p.id is not None]
        if not new_ids or all(p.url_key is not None for p in self.people):
            return []  # two profile URLs are two LinkedIn members: nobody to compare
        everyone = [
            NamedPerson(p.id, p.name, p.url_key is not None, p.connected_on is not None)
            for p in self.people
            if p.id is not None
        ]
        return [
            PossibleDuplicate(m.new_id, self.by_id[m.new_id].name, m.other_id, self.by_id[m.other_id].name, m.score)
            for m in possible_duplicates(everyone, new_ids)
        ]
