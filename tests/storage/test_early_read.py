"""The contacts table read before the app has loaded: the same rows as the usual reader, or nothing at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus
from app.services import contacts
from app.storage.contact_table import load_rows
from app.storage.database import connect_sqlite_file, open_database
from app.storage.early_read import EarlyRead, read_contact_table
from app.storage.file_keys import file_id_keyring_name
from app.storage.keys import SERVICE
from app.storage.models import ConsentChange
from tests.keyring_backend import TestKeyring
from tests.ui.population import populate


def _record(path: Path) -> list:
    """A record with what the table shows in all its forms: invented contacts with tags and consent, a display
    name, a contact with a last name only, a consent corrected by a later entry, and a second contact corrected
    back to what it was."""
    database = open_database(str(path))
    populate(database, 300, seed=3)
    named = contacts.add_contact(database, NewContact("Ada", "Quill", display_name="Dr Ada Quill ✓"))
    surname_only = contacts.add_contact(database, NewContact("", "Okonkwo"))
    # SQLite hands the early reader its rows as JSON text: a stranger's text that looks like JSON, or breaks it
    contacts.add_contact(
        database,
        NewContact(
            'Zoë "\\"],[1',
            "Null\x00Byte",
            company='{"id": 1}',
            position="line\nbreak\ttab \u2028 \u202e 😀",
            notes='["notes", null, 0042, 1e5]',
        ),
    )
    with database.session() as session:
        first = ConsentChange(
            contact_id=named.id, channel=Channel.LINKEDIN.value, status="granted", changed_on=date(2026, 5, 1)
        )
        session.add(first)
        session.flush()
        session.add(  # a mistaken "granted": the correction says "refused", and only it counts
            ConsentChange(
                contact_id=named.id,
                channel=Channel.LINKEDIN.value,
                status=ConsentStatus.REFUSED.value,
                changed_on=date(2026, 5, 1),
                corrects_id=first.id,
            )
        )
        session.add(  # another channel never shows in the LinkedIn column
            ConsentChange(contact_id=surname_only.id, channel="email", status="granted", changed_on=date(2026, 6, 1))
        )
    with database.session() as session:
        rows = load_rows(session, database.owner_id)
    database.close()
    return rows


def test_the_early_read_gives_the_rows_the_usual_reader_gives(tmp_path):
    path = tmp_path / "g.db"
    usual = _record(path)
    early = read_contact_table(path)
    assert early is not None
    assert early.rows == usual
    by_name = {row.name: row for row in early.rows}
    assert by_name["Dr Ada Quill ✓"].consent is ConsentStatus.REFUSED
    assert by_name["Okonkwo"].consent is ConsentStatus.NOT_ASKED  # the e-mail consent is not LinkedIn's
    early.close()


def test_the_early_read_runs_on_its_own_thread_and_hands_its_result_over(tmp_path):
    path = tmp_path / "g.db"
    usual = _record(path)
    reading = EarlyRead(path)
    early = reading.result()
    assert early is not None and early.rows == usual
    assert reading.name == "gatehouse-early-read" and not reading.is_alive()
    early.close()


def test_a_write_after_the_early_read_is_noticed(tmp_path):
    path = tmp_path / "g.db"
    _record(path)
    untouched = read_contact_table(path)
    assert untouched is not None and untouched.still_current()
    assert not untouched.still_current()  # asked once: the connection is closed after the answer

    early = read_contact_table(path)
    assert early is not None
    database = open_database(str(path))  # what the app does next: nothing written, still current
    assert early.still_current()
    early = read_contact_table(path)
    contacts.add_contact(database, NewContact("Late", "Comer"))  # another command writes meanwhile
    assert early is not None and not early.still_current()
    database.close()


def test_nothing_is_read_early_from_a_file_that_is_new_locked_away_or_old(tmp_path, test_keyring: TestKeyring):
    assert read_contact_table(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()  # and no file was made

    path = tmp_path / "g.db"
    _record(path)
    key = test_keyring.get_password(SERVICE, file_id_keyring_name(path))
    test_keyring.delete_password(SERVICE, file_id_keyring_name(path))
    assert read_contact_table(path) is None  # the app will ask for the key; nothing is guessed
    test_keyring.set_password(SERVICE, file_id_keyring_name(path), key)

    with connect_sqlite_file(path) as raw:  # a schema older than this version's: the app backs up and migrates
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_contact_table(path) is None

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"\x13" * 8192)
    assert read_contact_table(damaged) is None


def test_an_unencrypted_file_is_read_early_as_well(tmp_path):
    path = tmp_path / "plain.db"
    database = open_database(str(path), encrypt_new=False)
    populate(database, 50, seed=5)
    with database.session() as session:
        usual = load_rows(session, database.owner_id)
        assert session.execute(text("SELECT count(*) FROM contact")).scalar() == 50
    database.close()
    early = read_contact_table(path)
    assert early is not None and early.rows == usual
    early.close()
