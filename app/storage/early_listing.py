"""``gatehouse contacts list`` read in plain SQL, before SQLAlchemy has loaded.

Loading SQLAlchemy and the mapped tables costs a command several times what listing a personal record does, so a
listing of an up-to-date SQLite file reads it here, on a SQLCipher connection of its own, through the same checks
as the desktop app's early read (``app.storage.early_read.open_early``: the key from the keyring, the newest
schema, an owner), and only when the usual open has nothing to do to the file: today's backup is taken (the
first command of the day takes it, and with it SQLite's integrity check) and no unfinished copy is left beside
it. Anything else (a server, a new file, a key to ask for, a schema to migrate or refuse, a backup due, a copy
to clean, a damaged file) returns None and the command opens the database the usual way, which does that work
and explains what it meets.

The queries are those of ``app.storage.contacts.list_contacts`` written out, with the same search, filter and
order, and the records are built by the same ``to_record``: a test holds the two listings to the same result.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import sqlcipher3.dbapi2 as sqlcipher

from app.core import records
from app.core.vocabulary import Channel, ConsentStatus, Relationship
from app.storage.backups import has_recent_backup
from app.storage.contact_record import stored_day, stored_moment, to_record
from app.storage.early_read import open_early
from app.storage.keys import KeyringStore, SecretStore
from app.storage.orphans import orphan_copies


class _StoredContact(NamedTuple):
    """The contact table's columns that a record holds, as ``to_record`` reads them."""

    id: int
    first_name: str
    last_name: str
    display_name: str
    profile_url: str | None
    profile_url_seen: str | None
    company: str
    position: str
    relationship: str
    met_in: str
    met_where: str
    met_on: Any
    connected_on: Any
    last_interaction: Any
    notes: str
    source: str
    created_at: Any
    updated_at: Any
    reviewed_at: Any


_COLUMNS = ", ".join(_StoredContact._fields)
# ``app.storage.contacts.search_condition``: name, company, position, notes or a tag containing the text.
_SEARCH = """
 AND (lower(first_name || ' ' || last_name) LIKE :pattern OR lower(display_name) LIKE :pattern
      OR lower(company) LIKE :pattern OR lower(position) LIKE :pattern OR lower(notes) LIKE :pattern
      OR id IN (SELECT contact_id FROM contact_tag WHERE name LIKE :pattern))
"""
# ``app.storage.contacts.latest_consent``: per contact and channel the latest change by date, then by the order
# it was recorded, leaving out entries a correction supersedes.
_CONSENT = """
SELECT contact_id, channel, status FROM (
  SELECT entry.contact_id, entry.channel, entry.status,
         row_number() OVER (PARTITION BY entry.contact_id, entry.channel
                            ORDER BY entry.changed_on DESC, entry.id DESC) AS rank
  FROM consent_change AS entry
  WHERE NOT EXISTS (SELECT 1 FROM consent_change AS correction WHERE correction.corrects_id = entry.id)
    AND entry.contact_id IN ({chosen})
) WHERE rank = 1
"""


def list_contacts(
    path: Path,
    *,
    search: str | None = None,
    relationships: Sequence[Relationship] = (),
    secrets: SecretStore | None = None,
) -> list[records.Contact] | None:
    """The owner's contacts of the SQLite file at ``path`` ordered by name, as ``list_contacts`` of the usual
    storage gives them; None when the file is to be opened the usual way. Never raises for what the file holds."""
    if not has_recent_backup(path) or orphan_copies(path):
        return None
    try:
        opened = open_early(path, secrets if secrets is not None else KeyringStore())
    except Exception:  # a damaged file, a wrong key: the usual path meets it and says so
        return None
    if opened is None:
        return None
    connection, owner_id = opened
    try:
        return _listing(connection, owner_id, search, relationships)
    except sqlcipher.Error:
        return None
    finally:
        with contextlib.suppress(sqlcipher.Error):
            connection.close()


def _listing(
    connection: sqlcipher.Connection, owner_id: int, search: str | None, relationships: Sequence[Relationship]
) -> list[records.Contact]:
    chosen = "SELECT id FROM contact WHERE owner_id = :owner"
    parameters: dict[str, object] = {"owner": owner_id}
    if search and search.strip():
        chosen += _SEARCH
        parameters["pattern"] = f"%{search.strip().lower()}%"
    for number, relationship in enumerate(relationships):
        parameters[f"relationship{number}"] = relationship.value
    if relationships:
        chosen += f" AND relationship IN ({', '.join(f':relationship{n}' for n in range(len(relationships)))})"

    emails: dict[int, list[str]] = {}
    for contact_id, address in connection.execute(
        f"SELECT contact_id, address FROM contact_email WHERE contact_id IN ({chosen}) ORDER BY contact_id, position",
        parameters,
    ):
        emails.setdefault(contact_id, []).append(address)
    tags: dict[int, list[str]] = {}
    for contact_id, name in connection.execute(
        f"SELECT contact_id, name FROM contact_tag WHERE contact_id IN ({chosen}) ORDER BY contact_id, name",
        parameters,
    ):
        tags.setdefault(contact_id, []).append(name)
    consent: dict[int, dict[Channel, ConsentStatus]] = {}
    for contact_id, channel, status in connection.execute(_CONSENT.format(chosen=chosen), parameters):
        consent.setdefault(contact_id, {})[Channel(channel)] = ConsentStatus(status)
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM contact WHERE id IN ({chosen}) ORDER BY lower(last_name), lower(first_name), id",
        parameters,
    )
    return [
        to_record(stored, consent.get(stored.id), emails=emails.get(stored.id, ()), tags=tags.get(stored.id, ()))
        for stored in map(_stored, rows)
    ]


def _stored(row: tuple[Any, ...]) -> _StoredContact:
    stored = _StoredContact._make(row)
    return stored._replace(
        met_on=stored_day(stored.met_on),
        connected_on=stored_day(stored.connected_on),
        last_interaction=stored_day(stored.last_interaction),
        created_at=stored_moment(stored.created_at),
        updated_at=stored_moment(stored.updated_at),
        reviewed_at=stored_moment(stored.reviewed_at),
    )
