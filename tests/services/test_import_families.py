"""Every LinkedIn export family (fixtures in tests/fixtures/linkedin/families/, see its README): an import leaves
no pending request that name and date settle, makes no second contact for an accepted invitation, and says so."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.vocabulary import Relationship
from app.services import profile as profile_service
from app.services import requests as request_service
from app.services import triage as triage_service
from app.services.importing import import_paths
from app.storage.models import Contact
from tests.benchmarks.bench_export_families import FAMILIES, FAMILIES_DIR, count_family

NOW = datetime(2023, 10, 9, 12, 0, tzinfo=UTC)
WITHOUT_URLS = ("2021", "2023-urn", "2023-placeholder", "2018")


def contacts(db) -> list[Contact]:
    with db.session() as session:
        return list(session.scalars(select(Contact).order_by(Contact.id)))


@pytest.mark.parametrize("family", list(FAMILIES.values()), ids=list(FAMILIES))
def test_no_pending_request_that_name_and_date_settle(family):
    count = count_family(FAMILIES_DIR / family)
    assert count.settled_by_name_and_date == 0
    if family in WITHOUT_URLS:
        # Sam Lee (two connections of that name) and Dana (connected months before she invited) stay pending,
        # each with the connection they probably are named
        assert (count.pending, count.really_connected, count.with_candidate) == (4, 2, 2)
    else:
        assert (count.pending, count.really_connected, count.with_candidate) == (2, 0, 0)  # Eve; Gus, sent


@pytest.mark.parametrize("family", WITHOUT_URLS)
def test_an_accepted_invitation_without_a_url_makes_no_second_contact(sqlite_db, family):
    summary = import_paths(sqlite_db, [FAMILIES_DIR / family], now=NOW)
    people = contacts(sqlite_db)
    names = [f"{c.first_name} {c.last_name}" for c in people]
    assert names.count("Ada Quill") == 1 and names.count("Ben Ostrander") == 1
    assert not any(n.casefold().startswith("soren") for n in names)  # 'Soren  muller' is Søren Müller
    # the 7 connections; Eve and Gus; and, unsettled, the senders 'Sam Lee' and 'Dana Lindqvist' as their own
    # contacts (possible duplicates, never merged by name)
    assert len(people) == 7 + 2 + 2
    assert summary.requests_added == 7  # none dropped as a duplicate of another
    assert (summary.requests_incoming, summary.requests_outgoing) == (5, 2)
    assert summary.requests_settled_by_name == 3 and summary.requests_probably_connected == 2
    waiting = {r.contact_name: r for r in request_service.list_requests(sqlite_db, pending_only=True)}
    assert set(waiting) == {"Eve Stranger", "Gus Reyes", "Sam Lee", "Dana Lindqvist"}
    sam = waiting["Sam Lee"]
    assert sam.probably_connected == "probably already connected: Sam Lee, connected on 2023-06-01"
    assert waiting["Dana Lindqvist"].probably_connected == (
        "probably already connected: Dana Lindqvist, connected on 2023-03-01"
    )
    assert waiting["Eve Stranger"].candidate_contact_id is None
    triaged = {r.request.contact_name: r.request for r in triage_service.suggest(sqlite_db).results}
    assert triaged["Sam Lee"].candidate_contact_id == sam.candidate_contact_id


@pytest.mark.parametrize("family", ["2023-placeholder", "2023-urn"])
def test_placeholder_and_urn_cells_are_no_url(sqlite_db, family):
    import_paths(sqlite_db, [FAMILIES_DIR / family], now=NOW)
    assert not [c for c in contacts(sqlite_db) if c.profile_url in ("linkedin.com/in", "linkedin.com")]
    assert profile_service.get_profile(sqlite_db).profile_url in (
        "",
        "https://www.linkedin.com/in/morgan-adviser-0c4f1e",
    )
    # each pending request on its own person, so each reply greets its own first name
    pending = request_service.list_requests(sqlite_db, pending_only=True)
    assert len({r.contact_id for r in pending}) == len(pending)


@pytest.mark.parametrize("family", list(FAMILIES.values()), ids=list(FAMILIES))
def test_reimport_changes_nothing_and_counts_nothing(sqlite_db, family):
    import_paths(sqlite_db, [FAMILIES_DIR / family], now=NOW)
    before = {c.id: c.updated_at for c in contacts(sqlite_db)}
    later = datetime(2023, 10, 10, 12, 0, tzinfo=UTC)
    again = import_paths(sqlite_db, [FAMILIES_DIR / family], now=later)
    assert (again.contacts_added, again.contacts_updated, again.requests_added) == (0, 0, 0)
    assert {c.id: c.updated_at for c in contacts(sqlite_db)} == before


def test_repeated_urls_do_not_count_as_updates_on_every_reimport(sqlite_db, tmp_path):
    folder = tmp_path / "repeated"
    shutil.copytree(FAMILIES_DIR / "current", folder)
    with (folder / "Connections.csv").open("a", encoding="utf-8") as handle:  # Ada twice, with another company
        handle.write("\nAda,Quill,https://www.linkedin.com/in/ada-quill-1a2b3c,,Other Co,,10 Sep 2023")
    import_paths(sqlite_db, [folder], now=NOW)
    again = import_paths(sqlite_db, [folder], now=NOW)
    assert again.contacts_updated == 0


@pytest.mark.parametrize("family", ["current", "2021"])
def test_import_order_does_not_matter(tmp_path, family):
    from app.storage.database import open_database
    from app.storage.keys import MemoryStore

    def outcome(order: list[str]) -> tuple[object, ...]:
        db = open_database(str(tmp_path / f"{'-'.join(order)}.db"), secrets=MemoryStore(), encrypt_new=False)
        try:
            for name in order:
                import_paths(db, [FAMILIES_DIR / family / name], now=NOW)
            people = sorted((f"{c.first_name} {c.last_name}", c.relationship) for c in contacts(db))
            pending = sorted(
                (r.contact_name, r.direction.value) for r in request_service.list_requests(db, pending_only=True)
            )
            return people, pending
        finally:
            db.close()

    together = outcome(["Connections.csv", "Invitations.csv"])
    people, pending = outcome(["Invitations.csv", "Connections.csv"])
    assert (people, pending) == together  # the same contacts, relationships and pending requests
    ada = [r for n, r in people if n == "Ada Quill"]
    assert ada == [Relationship.UNSORTED.value]  # the import's guess 'stranger' gave way once she was a connection


@pytest.mark.parametrize("family", ["excel", "2021", "2018", "renamed"])
def test_the_owner_is_named_without_profile_csv(sqlite_db, family):
    summary = import_paths(sqlite_db, [FAMILIES_DIR / family], now=NOW)
    assert profile_service.get_profile(sqlite_db).display_name == "Morgan Adviser"
    assert "display_name" in summary.owner_fields_filled


def test_renamed_files_are_read_in_a_folder_and_a_zip(sqlite_db, tmp_path):
    for source in ("renamed", "renamed.zip"):
        db_summary = import_paths(sqlite_db, [FAMILIES_DIR / source], now=NOW)
        read = {Path(n).name for n in db_summary.files_read}
        assert read == {"connection.csv", "Invitations.csv", "Messaages.csv"}
        assert [Path(n).name for n in db_summary.ignored_files] == ["Ad_Targeting.csv"]
    assert len([c for c in contacts(sqlite_db) if c.connected_on is not None]) == 7
