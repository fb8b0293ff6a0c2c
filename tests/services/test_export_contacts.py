"""Exporting contacts: spreadsheet-safe CSV, vCard 4.0 that imports back without loss, an audit event each time."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.errors import BadInput
from app.core.records import NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts as contact_service
from app.services.exporting import export_contacts
from app.services.importing import import_paths
from app.storage.audit import list_events
from app.storage.database import open_database

NOW = datetime(2026, 11, 21, tzinfo=UTC)


def add(db, first, last, **values):
    consent = values.pop("consent", None)
    return contact_service.add_contact(db, NewContact(first, last, **values), consent=consent)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_cells_never_run_as_formulas(db, tmp_path):
    add(db, '=HYPERLINK("http://evil.example","click")', "Quill", company="+44 20 7946 0000", position="-director")
    add(db, "Ben", "@Marsh", notes=" =1+1", tags=("=cmd",))
    out = tmp_path / "contacts.csv"
    assert export_contacts(db, "csv", out) == 2
    rows = {r["id"]: r for r in read_csv(out)}
    for row in rows.values():
        for column, value in row.items():
            assert not value.lstrip(" ").startswith(("=", "+", "-", "@")), (column, value)
    ada = next(r for r in rows.values() if "HYPERLINK" in r["first_name"])
    assert ada["first_name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert (ada["company"], ada["position"]) == ("'+44 20 7946 0000", "'-director")
    ben = next(r for r in rows.values() if r["first_name"] == "Ben")
    assert (ben["last_name"], ben["notes"], ben["tags"]) == ("'@Marsh", "' =1+1", "'=cmd")


def test_csv_holds_the_record_and_filters_by_relationship(sqlite_db, tmp_path):
    add(
        sqlite_db, "Ada", "Quill", profile_url="https://www.linkedin.com/in/ada-quill", emails=("ada@example.org",),
        company="Acme, Inc.", relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE, tags=("alumni",),
        consent={Channel.LINKEDIN: ConsentStatus.EXPLICIT},
    )  # fmt: skip
    add(sqlite_db, "Ben", "Marsh", relationship=Relationship.PERSONAL)
    out = tmp_path / "clients.csv"
    assert export_contacts(sqlite_db, "csv", out, relationships=[Relationship.CLIENT]) == 1
    (row,) = read_csv(out)
    assert (row["first_name"], row["company"], row["relationship"], row["met_in"]) == (
        "Ada",
        "Acme, Inc.",
        "client",
        "work-role",
    )
    assert (row["profile_url"], row["emails"], row["linkedin_consent"], row["tags"]) == (
        "https://www.linkedin.com/in/ada-quill", "ada@example.org", "explicit", "alumni",
    )  # fmt: skip
    assert export_contacts(sqlite_db, "csv", out, relationships=["client", "personal"]) == 2


def test_vcards_import_back_without_loss(db, tmp_path):
    add(
        db, "Zoë", "O'Brien", profile_url="https://www.linkedin.com/in/zo%C3%AB-obrien/",
        emails=("zoe@example.org", "z.obrien@work.example"), company="Acme, Inc.", position='Lead "Growth"; Hacker',
        notes="Met at the fair, 2025", tags=("alumni", "mentor"),
    )  # fmt: skip
    add(db, "", "", display_name="Oxbridge Careers Service", company="University of Exampleton")
    add(db, "Li", "王 🎓", emails=("li@example.org",))
    out = tmp_path / "contacts.vcf"
    assert export_contacts(db, "vcf", out) == 3
    assert out.read_text(encoding="utf-8").count("VERSION:4.0") == 3

    fresh = open_database(str(tmp_path / "fresh.db"))
    try:
        summary = import_paths(fresh, [out], now=NOW)
        assert summary.contacts_added == 3

        def facts(contacts):
            return sorted(
                (
                    c.name,
                    c.first_name,
                    c.last_name,
                    c.display_name,
                    c.profile_url,
                    c.emails,
                    c.company,
                    c.position,
                    c.notes,
                    c.tags,
                )
                for c in contacts
            )

        assert facts(contact_service.list_contacts(fresh)) == facts(contact_service.list_contacts(db))
        # the same cards again: matched by URL or e-mail; the card with neither is never matched by its name
        # alone, so it comes in again and is reported as a possible duplicate
        again = import_paths(fresh, [out], now=NOW)
        assert (again.contacts_added, again.contacts_updated, again.contacts_unchanged) == (1, 0, 2)
        assert [(d.name, d.other_name, d.score) for d in again.possible_duplicates] == [
            ("Oxbridge Careers Service", "Oxbridge Careers Service", 100)
        ]
    finally:
        fresh.close()


def test_every_export_is_in_the_audit_log(sqlite_db, tmp_path):
    ada = add(sqlite_db, "Ada", "Quill", relationship=Relationship.COLLEAGUE)
    add(sqlite_db, "Ben", "Marsh")
    export_contacts(sqlite_db, "vcf", tmp_path / "colleagues.vcf", relationships=[Relationship.COLLEAGUE])
    with sqlite_db.session() as session:
        (event,) = list_events(session, sqlite_db.owner_id, action=AuditAction.EXPORT)
    assert event.contact_ids == (ada.id,)
    assert event.details["format"] == "vcf" and event.details["count"] == 1
    assert event.details["file"] == str((tmp_path / "colleagues.vcf").resolve())


def test_bad_export_requests_write_nothing(sqlite_db, tmp_path):
    add(sqlite_db, "Ada", "Quill")
    with pytest.raises(BadInput, match="unknown export format 'pdf'"):
        export_contacts(sqlite_db, "pdf", tmp_path / "x.pdf")
    with pytest.raises(BadInput, match="does not exist"):
        export_contacts(sqlite_db, "csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(BadInput, match="unknown relationship 'friends'"):
        export_contacts(sqlite_db, "csv", tmp_path / "x.csv", relationships=["friends"])
    assert not (tmp_path / "x.csv").exists() and not list(tmp_path.glob(".x.csv*"))
    with sqlite_db.session() as session:
        assert list_events(session, sqlite_db.owner_id, action=AuditAction.EXPORT) == []
