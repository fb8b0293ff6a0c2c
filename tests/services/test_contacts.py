from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import BadInput, NotFound
from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts as service
from app.storage.audit import list_events


def test_add_then_find_by_any_form_of_the_profile_url(db):
    added = service.add_contact(
        db, NewContact("Jürgen", "Xu", profile_url="https://www.linkedin.com/in/J%C3%BCrgen-x/", emails=("J@X.org",))
    )
    assert added.relationship is Relationship.UNSORTED
    found = service.show_contact(db, "https://linkedin.com/in/jürgen-x").contact
    assert found.id == added.id
    assert service.show_contact(db, "j@x.org").contact.id == added.id
    with pytest.raises(NotFound):
        service.show_contact(db, "https://linkedin.com/in/someone-else")


def test_duplicate_profile_url_is_refused_and_nothing_written(db):
    service.add_contact(db, NewContact("Ada", "Quill", profile_url="linkedin.com/in/ada"))
    with pytest.raises(BadInput):
        service.add_contact(db, NewContact("Ada", "Other", profile_url="https://www.linkedin.com/in/ADA/"))
    assert [c.last_name for c in service.list_contacts(db)] == ["Quill"]


def test_consent_history_is_appended_and_current_consent_is_the_latest(db):
    contact = service.add_contact(db, NewContact("Ben", "Ostrander"), consent={Channel.LINKEDIN: ConsentStatus.IMPLIED})
    assert contact.linkedin_consent is ConsentStatus.IMPLIED
    service.set_contact(db, str(contact.id), ContactChanges(), consent=ConsentStatus.WITHDRAWN, consent_note="asked")
    service.set_contact(db, str(contact.id), ContactChanges(), consent=ConsentStatus.EXPLICIT, channel=Channel.EMAIL)
    detail = service.show_contact(db, str(contact.id))
    assert [h.status for h in detail.consent_history] == [
        ConsentStatus.IMPLIED,
        ConsentStatus.WITHDRAWN,
        ConsentStatus.EXPLICIT,
    ]
    assert detail.contact.consent == {Channel.LINKEDIN: ConsentStatus.WITHDRAWN, Channel.EMAIL: ConsentStatus.EXPLICIT}
    with db.session() as session:
        assert len(list_events(session, db.owner_id, contact_id=contact.id)) == 3  # add + two consent changes


def test_bulk_classification_changes_every_selected_contact(db):
    ids = [service.add_contact(db, NewContact(f"P{i}", "Person")).id for i in range(3)]
    service.update_contacts(db, ids[:2], ContactChanges(relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE))
    by_id = {c.id: c for c in service.list_contacts(db)}
    assert [by_id[i].relationship for i in ids] == [Relationship.CLIENT, Relationship.CLIENT, Relationship.UNSORTED]
    assert by_id[ids[0]].met_in is MetIn.WORK_ROLE


def test_search_and_relationship_filter(db):
    service.add_contact(db, NewContact("Ada", "Quill", company="Acme", tags=("Alumni",)))
    service.add_contact(
        db, NewContact("Ben", "Marsh", notes="met at the careers fair", relationship=Relationship.CLIENT)
    )
    assert [c.first_name for c in service.list_contacts(db, search="ACME")] == ["Ada"]
    assert [c.first_name for c in service.list_contacts(db, search="alumni")] == ["Ada"]
    assert [c.first_name for c in service.list_contacts(db, search="fair")] == ["Ben"]
    assert [c.first_name for c in service.list_contacts(db, relationships=[Relationship.CLIENT])] == ["Ben"]


def test_tags_are_added_and_removed(db):
    contact = service.add_contact(db, NewContact("Ada", "Quill", tags=("alumni",)))
    updated = service.set_contact(db, str(contact.id), ContactChanges(add_tags=("Mentor",), remove_tags=("alumni",)))
    assert updated.tags == ("mentor",)


def test_a_profile_url_that_names_no_member_is_kept_as_no_url(db):
    """The contact editor and `contacts add` save what LinkedIn's late-2023 exports write as no URL at all."""
    first = service.add_contact(db, NewContact("Ada", "Quill", profile_url="https://www.linkedin.com/in"))
    second = service.add_contact(db, NewContact("Ben", "Marsh", profile_url="https://www.linkedin.com/in"))
    assert (first.profile_url, second.profile_url) == (None, None)  # two people, not one 'in' member
    [changed] = service.update_contacts(db, [first.id], ContactChanges(profile_url="https://www.linkedin.com/in/"))
    assert changed.profile_url is None and changed.profile_url_seen is None


def test_classifying_a_contact_makes_its_relationship_the_users(db):
    from app.storage.models import Contact

    contact = service.add_contact(db, NewContact("Ada", "Quill"))
    with db.session() as session:
        session.get(Contact, contact.id).relationship_guessed = True
    service.update_contacts(db, [contact.id], ContactChanges(relationship=Relationship.STRANGER))
    with db.session() as session:
        assert session.get(Contact, contact.id).relationship_guessed is False


def test_a_correction_supersedes_a_mistaken_consent_entry_and_both_stay_in_the_history(db):
    contact = service.add_contact(db, NewContact("Cy", "Moss"))
    service.set_contact(
        db,
        str(contact.id),
        ContactChanges(),
        consent=ConsentStatus.EXPLICIT,
        consent_on=date(2026, 5, 1),
        consent_source="sign-up sheet",
    )
    mistaken = service.show_contact(db, str(contact.id)).consent_history[-1]
    assert service.show_contact(db, str(contact.id)).contact.linkedin_consent is ConsentStatus.EXPLICIT
    # the sheet said "refused", and on another date: the correction may say an earlier date and still wins
    service.set_contact(
        db,
        str(contact.id),
        ContactChanges(),
        consent=ConsentStatus.REFUSED,
        consent_on=date(2026, 4, 1),
        consent_source="sign-up sheet, read again",
        consent_corrects=mistaken.id,
    )
    detail = service.show_contact(db, str(contact.id))
    assert detail.contact.linkedin_consent is ConsentStatus.REFUSED
    by_id = {h.id: h for h in detail.consent_history}
    assert len(by_id) == 2  # append-only: nothing removed or rewritten
    assert by_id[mistaken.id].status is ConsentStatus.EXPLICIT and by_id[mistaken.id].corrected_by_id is not None
    correction = by_id[by_id[mistaken.id].corrected_by_id]
    assert (correction.status, correction.corrects_id) == (ConsentStatus.REFUSED, mistaken.id)
    with pytest.raises(BadInput, match="corrected already"):
        service.set_contact(
            db, str(contact.id), ContactChanges(), consent=ConsentStatus.EXPLICIT, consent_corrects=mistaken.id
        )
    other = service.add_contact(db, NewContact("Di", "Ray"))
    with pytest.raises(BadInput, match="not in this contact's history"):
        service.set_contact(
            db, str(other.id), ContactChanges(), consent=ConsentStatus.EXPLICIT, consent_corrects=correction.id
        )
