from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import BadInput
from app.core.records import NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, MetIn, Relationship
from app.services import contact_table as service
from app.services import contacts as contacts_service
from app.services.contact_table import Classification
from app.storage.audit import list_events


def _add(db, first: str, last: str = "Person", **fields) -> int:
    consent = fields.pop("consent", None)
    return contacts_service.add_contact(db, NewContact(first, last, **fields), consent=consent).id


def test_rows_carry_the_display_fields_tags_and_current_linkedin_consent(db):
    ada = _add(
        db,
        "Ada",
        "Quill",
        company="Acme",
        position="Adviser",
        tags=("Alumni", "mentor"),
        notes="met at the fair",
        connected_on=date(2024, 5, 1),
        profile_url="https://www.linkedin.com/in/ada-q/",
        consent={Channel.LINKEDIN: ConsentStatus.IMPLIED, Channel.EMAIL: ConsentStatus.EXPLICIT},
    )
    contacts_service.set_contact(db, str(ada), contacts_service.ContactChanges(), consent=ConsentStatus.WITHDRAWN)
    ben = _add(db, "", "", display_name="Ben O.", relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE)

    rows = {row.id: row for row in service.load_contact_table(db)}

    assert rows[ada].name == "Ada Quill"
    assert (rows[ada].company, rows[ada].position, rows[ada].notes) == ("Acme", "Adviser", "met at the fair")
    assert rows[ada].tags == ("alumni", "mentor")
    assert rows[ada].consent is ConsentStatus.WITHDRAWN
    assert rows[ada].connected_on == date(2024, 5, 1)
    assert rows[ada].profile_url == "linkedin.com/in/ada-q"
    assert rows[ben].name == "Ben O."
    assert (rows[ben].relationship, rows[ben].met_in, rows[ben].consent) == (
        Relationship.CLIENT,
        MetIn.WORK_ROLE,
        ConsentStatus.NOT_ASKED,
    )
    assert [row.id for row in service.load_contact_rows(db, [ben, 999_999])] == [ben]


def test_bulk_classification_writes_every_field_and_undo_restores_it(db):
    ids = [_add(db, f"P{i}", tags=("keep",), consent={Channel.LINKEDIN: ConsentStatus.IMPLIED}) for i in range(3)]
    untouched = _add(db, "Other")
    change = Classification(
        relationship=Relationship.COLLEAGUE,
        met_in=MetIn.PROFESSIONAL_NETWORK,
        consent=ConsentStatus.EXPLICIT,
        consent_note="asked at the event",
        add_tags=("Event 2024",),
    )

    result = service.classify_contacts(db, ids, change, today=date.today())

    assert {row.id for row in result.rows} == set(ids)
    after = {row.id: row for row in service.load_contact_table(db)}
    for cid in ids:
        assert after[cid].relationship is Relationship.COLLEAGUE
        assert after[cid].met_in is MetIn.PROFESSIONAL_NETWORK
        assert after[cid].consent is ConsentStatus.EXPLICIT
        assert after[cid].tags == ("event 2024", "keep")
    assert after[untouched].relationship is Relationship.UNSORTED
    history = contacts_service.show_contact(db, str(ids[0])).consent_history
    assert [(h.status, h.changed_on, h.note) for h in history][-1] == (
        ConsentStatus.EXPLICIT,
        date.today(),
        "asked at the event",
    )

    service.undo_classification(db, result)

    restored = {row.id: row for row in service.load_contact_table(db)}
    for cid in ids:
        assert restored[cid].relationship is Relationship.UNSORTED
        assert restored[cid].met_in is MetIn.UNKNOWN
        assert restored[cid].consent is ConsentStatus.IMPLIED
        assert restored[cid].tags == ("keep",)
    assert [h.status for h in contacts_service.show_contact(db, str(ids[0])).consent_history] == [ConsentStatus.IMPLIED]
    with db.session() as session:
        events = list_events(session, db.owner_id, contact_id=ids[0])
    assert [e.action for e in events][-3:] == [
        AuditAction.CONTACT_CHANGE,
        AuditAction.CONSENT_CHANGE,
        AuditAction.CONTACT_CHANGE,
    ]
    assert events[-1].details["undo"].startswith("Set relationship to colleague")


def test_consent_is_appended_only_where_it_changes(db):
    same = _add(db, "Same", consent={Channel.LINKEDIN: ConsentStatus.REFUSED})
    other = _add(db, "Other")
    result = service.classify_contacts(db, [same, other], Classification(consent=ConsentStatus.REFUSED))
    assert result.consent_contact_ids == (other,)
    assert len(contacts_service.show_contact(db, str(same)).consent_history) == 1


def test_email_consent_leaves_the_linkedin_column_alone(db):
    cid = _add(db, "Mail", consent={Channel.LINKEDIN: ConsentStatus.IMPLIED})
    service.classify_contacts(db, [cid], Classification(consent=ConsentStatus.EXPLICIT, channel=Channel.EMAIL))
    assert service.load_contact_rows(db, [cid])[0].consent is ConsentStatus.IMPLIED
    assert contacts_service.show_contact(db, str(cid)).contact.consent[Channel.EMAIL] is ConsentStatus.EXPLICIT


def test_an_empty_classification_is_refused(db):
    with pytest.raises(BadInput):
        service.classify_contacts(db, [1], Classification())


def test_undo_skips_contacts_deleted_meanwhile(sqlite_db):
    db = sqlite_db
    keep, gone = _add(db, "Keep"), _add(db, "Gone")
    result = service.classify_contacts(db, [keep, gone], Classification(relationship=Relationship.CLIENT))
    contacts_service.delete_contact(db, gone)
    rows = service.undo_classification(db, result)
    assert [(row.id, row.relationship) for row in rows] == [(keep, Relationship.UNSORTED)]


def test_classifying_more_contacts_than_one_statement_holds(sqlite_db):
    db = sqlite_db
    with db.session() as session:
        from app.storage import contacts as repo

        ids = [repo.add_contact(session, db.owner_id, NewContact(f"N{i}", "Bulk")).id for i in range(2000)]
    result = service.classify_contacts(db, ids, Classification(relationship=Relationship.PROFESSIONAL))
    assert len(result.before) == 2000
    assert {row.relationship for row in service.load_contact_table(db)} == {Relationship.PROFESSIONAL}
