"""Bulk reads for imports: contacts read column by column give what the driver's own rows give, and the larger
page cache an import uses is given back afterwards, also when the import fails."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.storage import bulk
from app.storage.database import Database
from app.storage.models import Contact


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
        monkeypatch.setattr(bulk, "_plain_columns", lambda *_: None)  # the driver's rows, in batches
        assert list(bulk.load_contacts(session, sqlite_db.owner_id)) == read
    assert [(c.first_name, c.last_name, c.company, c.connected_on, c.relationship_guessed) for c in read] == [
        ('Zoë "Z"\x1f', "Ørsted 😀", "123", date(2026, 9, 4), True),
        ("Ann", "", "", None, False),
    ]


def test_the_page_cache_is_given_back_after_an_import_block_and_after_an_error(sqlite_db: Database) -> None:
    before = _cache_size(sqlite_db)
    with sqlite_db.session() as session, bulk.page_cache(session, 8192):
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -8192
    assert _cache_size(sqlite_db) == before
    with pytest.raises(RuntimeError), sqlite_db.session() as session, bulk.page_cache(session, 8192):
        raise RuntimeError("the import failed")
    assert _cache_size(sqlite_db) == before
