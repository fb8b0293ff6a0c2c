"""Saving what an import matched: new contacts, their e-mails, tags and consent, changes, connection requests.

Used by ``app.services.import_merge.ImportRun`` once every file is read: everything is written in bulk
(``app.storage.bulk``) inside the import's transaction, nothing per row through the ORM.
"""

from __future__ import annotations

import operator
from datetime import UTC
from typing import TYPE_CHECKING, Any

from app.core.vocabulary import Channel, ConsentStatus, MetIn, RequestStatus
from app.storage import bulk
from app.storage.contacts import normalise_email, normalise_tag

if TYPE_CHECKING:
    from app.services.import_merge import ImportRun
    from app.services.import_person import Person

CONSENT_SOURCE = "linkedin-export"
_MET_IN_UNKNOWN = MetIn.UNKNOWN.value
# a new contact's columns, and the Person attribute each is written from
_CONTACT_FIELDS = (
    "id", "first_name", "last_name", "display_name", "profile_url", "profile_url_seen", "company", "position",
    "relationship", "connected_on", "last_interaction", "notes", "source", "relationship_guessed",
)  # fmt: skip
_contact_fields = operator.attrgetter(
    *({"profile_url": "url_key", "profile_url_seen": "url_seen"}.get(name, name) for name in _CONTACT_FIELDS)
)


def save(run: ImportRun) -> tuple[list[int], list[int], int]:
    """Write the run's people and requests; (ids added, ids updated, how many matched people are unchanged)."""
    meter, now = run.meter, run.now
    new_people = [p for p in run.people if p.is_new]
    changed: list[Person] = []
    unchanged = 0
    for person in run.people:
        if not person.is_new:
            if person.changed:
                changed.append(person)
            elif person.matched:
                unchanged += 1
    work = max(1, len(new_people) + len(changed) + len(run.new_requests))
    written = 0

    def after_chunk(count: int) -> None:
        nonlocal written
        written += count
        meter.advance(meter.rows + written * meter.rows // work, "Saving contacts")

    new_ids = bulk.reserve_contact_ids(run.session, len(new_people))
    for person, new_id in zip(new_people, new_ids, strict=True):
        person.id = new_id
        run.by_id[new_id] = person
    owner = run.owner_id
    bulk.insert_rows(
        run.session,
        "contact",
        _CONTACT_FIELDS,
        map(_contact_fields, new_people),  # attrgetter: each row's tuple made in C
        after_chunk,
        same={
            "owner_id": owner, "met_in": _MET_IN_UNKNOWN, "met_where": "", "created_at": now, "updated_at": now,
        },
    )  # fmt: skip

    emails: list[tuple[Any, ...]] = []
    tags: list[tuple[Any, ...]] = []
    for person in new_people:
        if person.emails:
            seen: set[str] = set()
            for address in person.emails:
                normalised = normalise_email(address)
                if normalised not in seen:
                    seen.add(normalised)
                    emails.append((person.id, len(seen) - 1, address, normalised))
        if person.tags:
            tags.extend((person.id, t) for t in sorted({normalise_tag(t) for t in person.tags} - {""}))
    for person in changed:
        start = len(person.emails) - len(person.new_emails)
        for offset, address in enumerate(person.new_emails):
            emails.append((person.id, start + offset, address, normalise_email(address)))
    bulk.insert_rows(run.session, "contact_email", ("contact_id", "position", "address", "normalised"), emails)
    bulk.insert_rows(run.session, "contact_tag", ("contact_id", "name"), tags)

    # LinkedIn consent 'implied' for every connection without a LinkedIn consent yet: the new connections with
    # a date in one INSERT ... SELECT (dated by connected_on) when their ids are one range, the others row by row
    linkedin, implied, note = Channel.LINKEDIN.value, ConsentStatus.IMPLIED.value, "connected on LinkedIn"
    in_sql = bulk.contiguous(new_ids)
    if in_sql:
        # exactly the new people with a connection date: only Connections.csv rows give one, and they imply it
        bulk.add_consent_for_new_connections(
            run.session, owner, new_ids, channel=linkedin, status=implied, source=CONSENT_SOURCE, note=note,
            recorded_at=now,
        )  # fmt: skip
    bulk.insert_rows(
        run.session,
        "consent_change",
        ("contact_id", "channel", "status", "changed_on"),
        (
            (p.id, linkedin, implied, p.implied_consent_on)
            for p in run.people
            if p.implied_consent_on is not None and not (in_sql and p.is_new and p.connected_on is not None)
        ),
        same={"source": CONSENT_SOURCE, "note": note, "recorded_at": now},
    )

    updates: list[dict[str, Any]] = []
    column_of = {"url_key": "profile_url", "url_seen": "profile_url_seen"}
    for person in changed:
        change = {column_of.get(k, k): v for k, v in (person.changes or {}).items()}
        change["updated_at"] = now
        change["id"] = person.id
        updates.append(change)
    bulk.update_contacts(run.session, updates)
    after_chunk(len(updates))

    done, pending = RequestStatus.DONE.value, RequestStatus.PENDING.value
    bulk.insert_rows(
        run.session,
        "connection_request",
        ("owner_id", "contact_id", "direction", "sent_at", "note", "status", "created_at", "candidate_contact_id"),
        [
            (
                owner, person.id, direction, row.sent_at.astimezone(UTC) if row.sent_at is not None else None,
                row.message, done if person.connected_on is not None else pending, now,
                candidate.id if candidate is not None else None,
            )
            for person, row, direction, candidate in run.new_requests
        ],
        after_chunk,
    )  # fmt: skip
    bulk.set_request_status(run.session, run.requests_done, RequestStatus.DONE.value)
    bulk.update_requests(
        run.session,
        [{"id": request_id, "contact_id": p.id} for request_id, p in run.requests_moved]
        + [{"id": request_id, "candidate_contact_id": p.id} for request_id, p in run.candidates_found],
    )
    if run.strangers_settled:
        gone = set(bulk.delete_guessed_strangers(run.session, run.strangers_settled))
        run.people = [p for p in run.people if p.id not in gone]  # not offered as possible duplicates
        for contact_id in gone:
            run.by_id.pop(contact_id, None)
    return new_ids, [p.id for p in changed if p.id is not None], unchanged


def link_event(run: ImportRun, event_id: int, added: list[int], updated: list[int]) -> None:
    """The import's audit event names every contact it added or updated (new ones in one INSERT ... SELECT)."""
    if bulk.contiguous(added):
        bulk.link_new_contacts(run.session, event_id, run.owner_id, added)
        bulk.link_event_contacts(run.session, event_id, updated)
    else:
        bulk.link_event_contacts(run.session, event_id, [*added, *updated])
