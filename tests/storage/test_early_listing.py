"""``contacts list`` read in plain SQL before SQLAlchemy loads: the listing the usual path gives, or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts
from app.storage import early_listing
from app.storage.database import connect_sqlite_file, open_database
from app.storage.file_keys import file_id_keyring_name
from app.storage.keys import SERVICE
from app.storage.models import ConsentChange
from tests.keyring_backend import TestKeyring
from tests.ui.population import populate

SEARCHES = [None, "", "  ", "quill", "QUILL", "ada q", "okonkwo", "mentor-2026", "percent", "%", "_", "nobody-x", "✓"]
FILTERS = [(), (Relationship.CLIENT,), (Relationship.CLIENT, Relationship.COLLEAGUE), (Relationship.STRANGER,)]


def _record(path: Path, *, encrypt: bool = True) -> None:
    """Invented contacts with tags and consent, and the odd ones: a display name with a mark, a last name only,
    a consent corrected by a later entry, e-mail consent, several addresses in order, notes with a '%' in them."""
    database = open_database(str(path), encrypt_new=encrypt)
    populate(database, 300, seed=3)
    named = contacts.add_contact(
        database,
        NewContact(
            "Ada",
            "Quill",
            display_name="Dr Ada Quill ✓",
            emails=("z@example.org", "a@example.org"),
            tags=("mentor-2026", "alumni"),
            relationship=Relationship.CLIENT,
            met_in=MetIn.WORK_ROLE,
            met_on=date(2026, 3, 4),
            notes="Asked about a 100% remote role",
        ),
    )
    surname_only = contacts.add_contact(
        database, NewContact("", "Okonkwo", company="Percent_Ltd", relationship=Relationship.COLLEAGUE)
    )
    with database.session() as session:
        first = ConsentChange(
            contact_id=named.id,
            channel=Channel.LINKEDIN.value,
            status=ConsentStatus.EXPLICIT.value,
            changed_on=date(2026, 5, 1),
        )
        session.add(first)
        session.flush()
        session.add(  # a mistaken "explicit": the correction says "refused", and only it counts
            ConsentChange(
                contact_id=named.id,
                channel=Channel.LINKEDIN.value,
                status=ConsentStatus.REFUSED.value,
                changed_on=date(2026, 5, 1),
                corrects_id=first.id,
            )
        )
        session.add(
            ConsentChange(
                contact_id=surname_only.id,
                channel="email",
                status=ConsentStatus.EXPLICIT.value,
                changed_on=date(2026, 6, 1),
            )
        )
    database.close()


def _usual(path: Path, search: str | None, relationships: tuple[Relationship, ...]) -> list:
    database = open_database(str(path))
    try:
        return contacts.list_contacts(database, search=search, relationships=relationships)
    finally:
        database.close()


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypted", "plain"])
def test_the_early_listing_gives_what_the_usual_listing_gives(tmp_path, encrypt):
    path = tmp_path / "g.db"
    _record(path, encrypt=encrypt)
    for search in SEARCHES:
        for relationships in FILTERS:
            usual = _usual(path, search, relationships)
            early = early_listing.list_contacts(path, search=search, relationships=relationships)
            assert early == usual, (search, relationships)

    everyone = early_listing.list_contacts(path)
    assert everyone is not None and len(everyone) == 302
    ada = next(c for c in everyone if c.display_name == "Dr Ada Quill ✓")
    assert ada.emails == ("z@example.org", "a@example.org")  # in the order they were given
    assert ada.consent[Channel.LINKEDIN] is ConsentStatus.REFUSED  # the correction, not the mistake
    assert ada.met_on == date(2026, 3, 4) and ada.created_at.tzinfo is not None
    okonkwo = early_listing.list_contacts(path, search="okonkwo")
    assert okonkwo is not None and okonkwo[0].consent.get(Channel.EMAIL) is ConsentStatus.EXPLICIT
    assert [c.last_name for c in early_listing.list_contacts(path, search="100%") or []] == ["Quill"]
    assert early_listing.list_contacts(path, search="nobody-x") == []


def test_nothing_is_listed_early_from_a_file_that_is_new_locked_away_old_or_damaged(
    tmp_path, test_keyring: TestKeyring
):
    assert early_listing.list_contacts(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()  # and no file was made

    path = tmp_path / "g.db"
    _record(path)
    _usual(path, None, ())  # the first open of the day took its backup
    key = test_keyring.get_password(SERVICE, file_id_keyring_name(path))
    test_keyring.delete_password(SERVICE, file_id_keyring_name(path))
    assert early_listing.list_contacts(path) is None  # the usual path asks for the key; nothing is guessed
    test_keyring.set_password(SERVICE, file_id_keyring_name(path), key)
    assert early_listing.list_contacts(path) is not None

    for backup in path.parent.glob("g.db.*.bak"):
        backup.unlink()
    assert early_listing.list_contacts(path) is None  # the day's first command takes the backup and checks the file
    _usual(path, None, ())
    assert early_listing.list_contacts(path) is not None
    unfinished = path.with_name("g.db.rekeying")
    unfinished.write_bytes(b"left by a process that was killed")
    assert early_listing.list_contacts(path) is None  # the usual open cleans it away
    _usual(path, None, ())
    assert not unfinished.exists() and early_listing.list_contacts(path) is not None

    with connect_sqlite_file(path) as raw:  # an older schema: the usual path backs up and migrates
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
    assert early_listing.list_contacts(path) is None

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"\x13" * 8192)
    assert early_listing.list_contacts(damaged) is None
    assert damaged.read_bytes() == b"\x13" * 8192  # left as it was, for the usual path to explain
