"""Importing LinkedIn exports through the service layer, on SQLite files and on PostgreSQL."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.profile_url import normalise_profile_url
from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, MetIn, Relationship, Source
from app.services import contacts as contact_service
from app.services import profile as profile_service
from app.services.importing import import_paths
from app.storage.audit import list_events
from app.storage.base import Base
from app.storage.database import open_database
from app.storage.models import ConnectionRequest
from tests.conftest import EXPORT_TOOL

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
ZIP = FIXTURES / "Complete_LinkedInDataExport_11-21-2026.zip"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
OWNER_URL = "https://www.linkedin.com/in/morgan-adviser-0c4f1e"


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The file read independently of Gatehouse's readers: plain csv.DictReader after the preamble."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("First Name", "From,", "CONVERSATION ID")))
    return list(csv.DictReader(io.StringIO("\n".join(lines[start:]))))


def requests(db) -> list[ConnectionRequest]:
    with db.session() as session:
        return list(session.scalars(select(ConnectionRequest).order_by(ConnectionRequest.id)))


def test_first_import_of_an_export(db):
    summary = import_paths(db, [ZIP], now=NOW)

    connections = [r for r in csv_rows(FIXTURES / "native" / "Connections.csv") if r["First Name"] or r["URL"]]
    connection_keys = {normalise_profile_url(r["URL"]) for r in connections}
    invitations = csv_rows(FIXTURES / "native" / "Invitations.csv")
    other = [r["inviterProfileUrl"] if r["Direction"] == "INCOMING" else r["inviteeProfileUrl"] for r in invitations]
    newcomers = {normalise_profile_url(u) for u in other} - connection_keys
    assert summary.contacts_added == len(connection_keys) + len(newcomers)
    assert (summary.contacts_updated, summary.contacts_unchanged) == (0, 0)
    assert summary.requests_added == len(invitations)
    assert [s.reason for s in summary.skipped] == ["a deleted or hidden member (the row holds only a date)"]
    assert summary.skipped[0].file.endswith("Connections.csv")

    everyone = {c.profile_url: c for c in contact_service.list_contacts(db)}
    first = connections[0]
    ada = everyone[normalise_profile_url(first["URL"])]
    assert (ada.first_name, ada.last_name, ada.company) == (
        first["First Name"].strip(),
        first["Last Name"].strip(),
        first["Company"],
    )
    assert ada.connected_on == datetime.strptime(first["Connected On"], "%d %b %Y").date()
    assert ada.relationship is Relationship.UNSORTED and ada.source is Source.LINKEDIN_EXPORT
    assert ada.linkedin_consent is ConsentStatus.IMPLIED and Channel.EMAIL not in ada.consent
    detail = contact_service.show_contact(db, str(ada.id))
    assert [(h.status, h.changed_on, h.source) for h in detail.consent_history] == [
        (ConsentStatus.IMPLIED, ada.connected_on, "linkedin-export")
    ]

    for key in newcomers:
        person = everyone[key]
        assert person.connected_on is None and person.linkedin_consent is ConsentStatus.NOT_ASKED
    incoming_new = {normalise_profile_url(r["inviterProfileUrl"]) for r in invitations if r["Direction"] == "INCOMING"}
    assert {everyone[k].relationship for k in incoming_new - connection_keys} == {Relationship.STRANGER}

    by_id = {c.id: c for c in everyone.values()}
    for request in requests(db):
        person = by_id[request.contact_id]
        assert request.status == ("done" if person.connected_on else "pending")
        assert request.sent_at is not None and request.sent_at.tzinfo is not None
    assert any(r.status == "pending" and r.direction == "incoming" for r in requests(db))

    assert any(c.last_interaction for c in everyone.values())
    assert OWNER_URL.removeprefix("https://www.") not in everyone  # the owner never becomes a contact

    profile = profile_service.get_profile(db)
    assert (profile.display_name, profile.role_title, profile.organisation) == (
        "Morgan Adviser", "Careers Adviser", "Oxbridge Careers Service",
    )  # fmt: skip
    assert profile.profile_url == OWNER_URL and profile.public_handle == "@CareersMorgan"

    with db.session() as session:
        (event,) = list_events(session, db.owner_id, action=AuditAction.IMPORT)
    assert event.details["contacts_added"] == summary.contacts_added
    assert set(event.contact_ids) == set(by_id)


def test_last_interaction_is_the_latest_message_in_either_direction(sqlite_db):
    import_paths(sqlite_db, [FIXTURES / "native"], now=NOW)
    messages = [m for m in csv_rows(FIXTURES / "native" / "messages.csv") if m["FOLDER"] in ("INBOX", "ARCHIVE")]
    latest: dict[str, date] = {}
    for m in messages:
        when = datetime.strptime(m["DATE"], "%Y-%m-%d %H:%M:%S UTC").replace(tzinfo=UTC).astimezone().date()
        people = [m["SENDER PROFILE URL"], *m["RECIPIENT PROFILE URLS"].split(",")]
        for url in people:
            key = normalise_profile_url(url)
            if key and url != OWNER_URL:
                latest[key] = max(latest.get(key, when), when)
    found = {c.profile_url: c.last_interaction for c in contact_service.list_contacts(sqlite_db) if c.last_interaction}
    assert found == {k: v for k, v in latest.items() if k in found}
    assert len(found) == len(
        {k for k in latest if k in {c.profile_url for c in contact_service.list_contacts(sqlite_db)}}
    )


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Pacific/Auckland", date(2026, 12, 2)),  # 23:30 UTC is already the next morning there
        ("America/Los_Angeles", date(2026, 12, 1)),
        ("Europe/London", date(2026, 12, 1)),
    ],
)
def test_a_message_counts_on_the_day_it_was_where_the_user_is(tmp_path, monkeypatch, zone, expected):
    """Last interaction is the local day of the latest message, also across a summer-time switch."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        folder = tmp_path / "export"
        folder.mkdir()
        (folder / "Connections.csv").write_text(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Ada,Novak,https://www.linkedin.com/in/ada-novak,,,,01 Mar 2026\n"
            "Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,,,01 Mar 2026\n",
            encoding="utf-8",
        )
        (folder / "messages.csv").write_text(
            "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER\n"
            "c1,Ada Novak,https://www.linkedin.com/in/ada-novak,Morgan Adviser,"
            "https://www.linkedin.com/in/morgan-adviser,2026-12-01 23:30:00 UTC,Hello,INBOX\n"
            "c2,Ben Okafor,https://www.linkedin.com/in/ben-okafor,Morgan Adviser,"
            "https://www.linkedin.com/in/morgan-adviser,2026-03-29 00:30:00 UTC,Hello,INBOX\n",
            encoding="utf-8",
        )
        database = open_database(str(tmp_path / "gatehouse.db"))
        try:
            import_paths(database, [folder], now=NOW)
            days = {c.first_name: c.last_interaction for c in contact_service.list_contacts(database)}
        finally:
            database.close()
        switch_day = datetime(2026, 3, 29, 0, 30, tzinfo=UTC).astimezone().date()  # London: 01:30 BST, same day
        assert days == {"Ada": expected, "Ben": switch_day}
    finally:
        monkeypatch.undo()
        time.tzset()


TABLES = ("contact", "contact_email", "contact_tag", "consent_change", "connection_request", "audit_event", "owner")


def snapshot(db, *, with_audit: bool = True) -> list[object]:
    """Everything an import could change, as plain values."""
    with db.session() as session:
        state: list[object] = [
            (name, session.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar())
            for name in TABLES
            if with_audit or name != "audit_event"
        ]
    state += [
        (c.id, c.first_name, c.last_name, c.profile_url, c.emails, c.company, c.position, c.connected_on,
         c.last_interaction, c.relationship, c.met_in, c.notes, c.tags, tuple(sorted(c.consent.items())), c.updated_at)
        for c in contact_service.list_contacts(db)
    ]  # fmt: skip
    state += [(r.id, r.contact_id, r.direction, r.sent_at, r.status, r.note) for r in requests(db)]
    state.append(profile_service.get_profile(db))
    return state


def test_reimporting_the_same_export_changes_nothing(db):
    first = import_paths(db, [ZIP], now=NOW)
    before = snapshot(db, with_audit=False)
    again = import_paths(db, [ZIP], now=datetime(2026, 11, 22, tzinfo=UTC))
    assert (again.contacts_added, again.contacts_updated, again.requests_added) == (0, 0, 0)
    assert again.contacts_unchanged == first.contacts_added
    assert snapshot(db, with_audit=False) == before


def test_spreadsheet_resaved_variant_matches_the_fresh_one(sqlite_db):
    import_paths(sqlite_db, [FIXTURES / "native"], now=NOW)
    again = import_paths(sqlite_db, [FIXTURES / "excel"], now=NOW)
    assert (again.contacts_added, again.contacts_updated, again.requests_added) == (0, 0, 0)
    assert again.contacts_unchanged > 50


def test_a_newer_export_updates_linkedin_facts_and_keeps_what_the_user_entered(db, tmp_path):
    import_paths(db, [FIXTURES / "native"], now=NOW)
    rows = csv_rows(FIXTURES / "native" / "Connections.csv")
    target_url = next(r["URL"] for r in rows if r["URL"] and r["Company"])
    person = contact_service.show_contact(db, target_url).contact
    contact_service.set_contact(
        db,
        str(person.id),
        ContactChanges(
            relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE, notes="CV review 2025", add_tags=("alumni",)
        ),
        consent=ConsentStatus.WITHDRAWN,
    )

    newer = tmp_path / "newer"
    shutil.copytree(FIXTURES / "native", newer)
    text = (newer / "Connections.csv").read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if target_url in line)
    changed = line.replace(
        f",{next(r for r in rows if r['URL'] == target_url)['Company']},", ",Brand New Employer Ltd,", 1
    )
    (newer / "Connections.csv").write_text(text.replace(line, changed), encoding="utf-8")

    summary = import_paths(db, [newer], now=datetime(2026, 12, 1, tzinfo=UTC))
    assert (summary.contacts_added, summary.contacts_updated, summary.requests_added) == (0, 1, 0)
    after = contact_service.show_contact(db, target_url)
    c = after.contact
    assert c.company == "Brand New Employer Ltd"
    assert (c.relationship, c.met_in, c.notes, c.tags) == (
        Relationship.CLIENT,
        MetIn.WORK_ROLE,
        "CV review 2025",
        ("alumni",),
    )
    assert c.linkedin_consent is ConsentStatus.WITHDRAWN
    assert [h.status for h in after.consent_history] == [ConsentStatus.IMPLIED, ConsentStatus.WITHDRAWN]


def test_people_match_by_url_then_email_never_by_name(sqlite_db):
    by_email = contact_service.add_contact(
        sqlite_db, NewContact("Dana", "L.", emails=("DANA@example.org",), notes="mine")
    )
    same_name = contact_service.add_contact(sqlite_db, NewContact("Eero", "Haddad", company="typed by hand"))
    summary = import_paths(sqlite_db, [FIXTURES / "export-2021" / "Connections.csv"], now=NOW)
    assert (summary.contacts_added, summary.contacts_updated) == (2, 1)  # Dana merged by e-mail; Eero and Farah new
    dana = contact_service.show_contact(sqlite_db, str(by_email.id)).contact
    assert (dana.company, dana.connected_on, dana.notes, dana.first_name) == (
        "Hooli",
        date(2021, 11, 3),
        "mine",
        "Dana",
    )
    assert dana.linkedin_consent is ConsentStatus.IMPLIED
    eeros = [c for c in contact_service.list_contacts(sqlite_db) if c.first_name == "Eero"]
    assert len(eeros) == 2  # same name, not merged...
    assert [(d.other_id, d.name) for d in summary.possible_duplicates] == [(same_name.id, "Eero Haddad")]  # ...reported


def test_2018_export_without_urls_is_idempotent(sqlite_db):
    folder = FIXTURES / "export-2018"
    first = import_paths(sqlite_db, [folder], now=NOW)
    assert first.contacts_added == 4 and first.interactions_seen == 2
    # no profile URL in 2018 messages: two rows matched to nobody, reported apart from people not in the record
    assert (first.messages_without_urls, first.interactions_unmatched) == (2, 0)
    again = import_paths(sqlite_db, [folder], now=NOW)
    assert (again.contacts_added, again.contacts_updated, again.contacts_unchanged) == (0, 0, 4)
    assert all(c.profile_url is None for c in contact_service.list_contacts(sqlite_db))


def test_2021_invitations_without_urls_are_recorded_once(sqlite_db):
    folder = FIXTURES / "export-2021"
    first = import_paths(sqlite_db, [folder], now=NOW)
    assert first.requests_added == 3
    assert import_paths(sqlite_db, [folder], now=NOW).requests_added == 0
    hana = next(c for c in contact_service.list_contacts(sqlite_db) if c.first_name == "Hana")
    assert hana.relationship is Relationship.STRANGER
    statuses = {r.contact_id: r.status for r in requests(sqlite_db)}
    assert statuses[hana.id] == "pending"


def test_an_accepted_invitation_is_closed_by_the_next_export(sqlite_db, tmp_path):
    invitations = csv_rows(FIXTURES / "native" / "Invitations.csv")
    pending = next(r for r in invitations if r["Direction"] == "INCOMING")
    only = tmp_path / "first"
    shutil.copytree(FIXTURES / "native", only)
    (only / "Connections.csv").unlink()
    import_paths(sqlite_db, [only], now=NOW)
    sender = contact_service.show_contact(sqlite_db, pending["inviterProfileUrl"]).contact
    assert sender.relationship is Relationship.STRANGER
    assert {r.status for r in requests(sqlite_db) if r.contact_id == sender.id} == {"pending"}

    later = tmp_path / "later"
    shutil.copytree(FIXTURES / "native", later)
    with (later / "Connections.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{pending['From']},,{pending['inviterProfileUrl']},,,,20 Nov 2026")
    summary = import_paths(sqlite_db, [later], now=NOW)
    assert summary.requests_done >= 1
    assert {r.status for r in requests(sqlite_db) if r.contact_id == sender.id} == {"done"}
    # 'stranger' was the first import's guess: now a connection, they are unsorted, as one import of both gives
    assert contact_service.show_contact(sqlite_db, str(sender.id)).contact.relationship is Relationship.UNSORTED


def test_a_stranger_the_user_chose_stays_a_stranger_once_connected(sqlite_db, tmp_path):
    invitations = csv_rows(FIXTURES / "native" / "Invitations.csv")
    pending = next(r for r in invitations if r["Direction"] == "INCOMING")
    only = tmp_path / "first"
    shutil.copytree(FIXTURES / "native", only)
    (only / "Connections.csv").unlink()
    import_paths(sqlite_db, [only], now=NOW)
    sender = contact_service.show_contact(sqlite_db, pending["inviterProfileUrl"]).contact
    # the user makes it theirs: personal, then back to stranger on purpose
    contact_service.update_contacts(sqlite_db, [sender.id], ContactChanges(relationship=Relationship.PERSONAL))
    contact_service.update_contacts(sqlite_db, [sender.id], ContactChanges(relationship=Relationship.STRANGER))

    later = tmp_path / "later"
    shutil.copytree(FIXTURES / "native", later)
    with (later / "Connections.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{pending['From']},,{pending['inviterProfileUrl']},,,,20 Nov 2026")
    import_paths(sqlite_db, [later], now=NOW)
    assert contact_service.show_contact(sqlite_db, str(sender.id)).contact.relationship is Relationship.STRANGER


def test_progress_is_reported_and_ends_at_the_total(sqlite_db, tmp_path):
    big = tmp_path / "big"
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(big), "--connections", "3000", "--seed", "5"],
        check=True,
        capture_output=True,
    )
    calls: list[tuple[int, int, str]] = []
    summary = import_paths(sqlite_db, [big], progress=lambda d, t, m: calls.append((d, t, m)), now=NOW)
    assert summary.contacts_added > 2900
    assert 10 <= len(calls) < 100  # often enough for a progress bar, not per row
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert calls[-1][0] == calls[-1][1]
    assert any(m.startswith("Reading Connections.csv") for _, _, m in calls)


def test_summary_json_has_the_promised_keys(sqlite_db):
    data = import_paths(sqlite_db, [ZIP], now=NOW).to_json()
    for key in ("contacts_added", "contacts_updated", "contacts_unchanged", "requests_added", "skipped"):
        assert key in data
    assert set(data["skipped"][0]) == {"file", "line", "reason"}


def test_new_ids_with_gaps_are_written_row_by_row(sqlite_db, monkeypatch):
    """On PostgreSQL another session can take sequence values in between: the import then writes row by row."""
    from app.storage import bulk

    reserve = bulk.reserve_contact_ids
    monkeypatch.setattr(bulk, "reserve_contact_ids", lambda session, count: [i * 2 for i in reserve(session, count)])
    summary = import_paths(sqlite_db, [FIXTURES / "native"], now=NOW)
    everyone = contact_service.list_contacts(sqlite_db)
    assert all(c.id % 2 == 0 for c in everyone) and len(everyone) == summary.contacts_added
    assert {c.linkedin_consent for c in everyone if c.connected_on} == {ConsentStatus.IMPLIED}
    with sqlite_db.session() as session:
        (event,) = list_events(session, sqlite_db.owner_id, action=AuditAction.IMPORT)
    assert set(event.contact_ids) == {c.id for c in everyone}


def test_a_url_that_urlsplit_refuses_does_not_stop_the_import(sqlite_db, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Quill,https://[broken,,Acme,,04 Sep 2026\n",
        encoding="utf-8",
    )
    assert import_paths(sqlite_db, [path], now=NOW).contacts_added == 1
    assert import_paths(sqlite_db, [path], now=NOW).contacts_unchanged == 1


def test_the_summary_splits_the_directions_counts_the_unsorted_and_flags_dates_before_linkedin(sqlite_db, tmp_path):
    import subprocess
    import sys

    from tests.conftest import EXPORT_TOOL

    folder = tmp_path / "export"
    subprocess.run([sys.executable, str(EXPORT_TOOL), str(folder), "--connections", "40", "--seed", "6"], check=True,
                   capture_output=True)  # fmt: skip
    connections = folder / "Connections.csv"
    text = connections.read_text(encoding="utf-8")
    connections.write_text(text.replace(" 2026\n", " 1999\n", 2), encoding="utf-8")  # two dates typed wrong
    summary = import_paths(sqlite_db, [folder], now=NOW)
    assert summary.dates_before_linkedin == 2
    assert summary.requests_incoming > 0 and summary.requests_outgoing > 0
    assert summary.requests_incoming + summary.requests_outgoing == summary.requests_added
    assert summary.unsorted_contacts >= summary.contacts_added - summary.requests_incoming
    data = summary.to_json()
    assert data["dates_before_linkedin"] == 2 and data["unsorted_contacts"] == summary.unsorted_contacts
