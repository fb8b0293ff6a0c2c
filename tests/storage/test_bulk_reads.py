"""Bulk reads for imports: contacts read column by column give what the driver's own rows give, and the larger
page cache an import uses is given back afterwards, also when the import fails."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, text

from app.storage import bulk
from app.storage.database import Database
from app.storage.models import Contact, Owner


def _cache_size(db: Database) -> int:
    with db.session() as session:
        return int(session.execute(text("PRAGMA cache_size")).scalar_one())


def test_contacts_read_as_json_columns_are_those_of_the_driver_rows(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite_db.session() as session:
        session.add_all(
            [
                Contact(owner_id=sqlite_db.owner_id, first_name='Zoë "Z"\x1f', last_name="Ørsted 😀", company="123",
                        profile_url="linkedin.com/in/zoe", connected_on=date(2026, 9, 4), relationship_guessed=True),
                Contact(owner_id=sqlite_db.owner_id, first_name="Ann", last_name="", last_interaction=date(2025, 1, 2)),
            ]
        )  # fmt: skip
    with sqlite_db.session() as session:
        read = list(bulk.load_contacts(session, sqlite_db.owner_id))
        monkeypatch.setattr(bulk, "_plain_column_batches", lambda *_: None)  # the driver's rows, in batches
        assert list(bulk.load_contacts(session, sqlite_db.owner_id)) == read
    assert [(c.first_name, c.last_name, c.company, c.connected_on, c.relationship_guessed) for c in read] == [
        ('Zoë "Z"\x1f', "Ørsted 😀", "123", date(2026, 9, 4), True),
        ("Ann", "", "", None, False),
    ]


@pytest.mark.parametrize("contacts", [7, 8])  # batches of 2: the last one short, or every one full
def test_contacts_read_a_batch_at_a_time_are_every_contact_once_in_id_order(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, contacts: int
) -> None:
    with sqlite_db.session() as session:
        other = Owner(display_name="Another adviser", db_role="other")
        session.add(other)
        session.flush()
        for n in range(contacts + 3):  # another owner's contacts in between, and a gap where one was erased
            owner = other.id if n % 4 == 1 else sqlite_db.owner_id
            session.add(Contact(owner_id=owner, first_name=f"P{n}", last_name="", profile_url=f"linkedin.com/in/p{n}"))
        session.flush()
        session.execute(delete(Contact).where(Contact.first_name == "P2"))
    with sqlite_db.session() as session:
        whole = list(bulk.load_contacts(session, sqlite_db.owner_id))
        monkeypatch.setattr(bulk, "COLUMN_BATCH_ROWS", 2)
        assert list(bulk.load_contacts(session, sqlite_db.owner_id)) == whole
    expected = [f"P{n}" for n in range(contacts + 3) if n % 4 != 1 and n != 2]
    assert [c.first_name for c in whole] == expected
    assert [c.id for c in whole] == sorted(c.id for c in whole)


def test_the_page_cache_is_given_back_after_an_import_block_and_after_an_error(sqlite_db: Database) -> None:
    before = _cache_size(sqlite_db)
    with sqlite_db.session() as session, bulk.page_cache(session, 8192):
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -8192
    assert _cache_size(sqlite_db) == before
    with pytest.raises(RuntimeError), sqlite_db.session() as session, bulk.page_cache(session, 8192):
        raise RuntimeError("the import failed")
    assert _cache_size(sqlite_db) == before
