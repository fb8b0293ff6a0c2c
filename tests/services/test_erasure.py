"""Erasure leaves only a suppression entry; subject export writes everything held about one person."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.core.errors import NotFound
from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, Relationship
from app.services import contacts, privacy
from app.services.importing import import_paths
from app.storage.audit import list_events
from app.storage.base import Base
from app.storage.models import ConnectionRequest, Suppression
from app.storage.suppression import SuppressionIndex, is_suppressed
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)
from tests.conftest import EXPORT_TOOL

URL = "https://www.linkedin.com/in/Zeb-Quint/"


def _person(db, **extra):
    person = contacts.add_contact(
        db,
        NewContact(
            "Zebediah", "Quintessence", profile_url=URL, emails=("ZQ@Example.org",), tags=("alumni",),
            notes="met at the harbour fair", relationship=Relationship.CLIENT, **extra,
        ),
        consent={Channel.LINKEDIN: ConsentStatus.IMPLIED},
    )  # fmt: skip
    contacts.set_contact(db, str(person.id), ContactChanges(), consent=ConsentStatus.EXPLICIT, channel=Channel.EMAIL)
    with db.session() as session:
        session.add(
            ConnectionRequest(
                owner_id=db.owner_id, contact_id=person.id, direction="incoming", note="visa help please",
                sent_at=datetime.now(UTC),
            )
        )  # fmt: skip
    return person


def _handover_including(db, contact_id: int) -> int | None:
    tables = Base.metadata.tables
    if "handover" not in tables:
        return None
    with db.session() as session:
        handover_id = session.execute(
            tables["handover"].insert().values(
                owner_id=db.owner_id, created_at=datetime.now(UTC), actor="me", successor_name="Sam Successor",
                successor_email="", successor_url="", format="csv", file_name="handover.csv",
            )
        ).inserted_primary_key[0]  # fmt: skip
        session.execute(
            tables["handover_contact"].insert().values(
                handover_id=handover_id, contact_id=contact_id, status="pending",
                status_changed_at=datetime.now(UTC), reason="client",
            )
        )  # fmt: skip
    return handover_id


def _rows_about(db, contact_id: int) -> dict[str, int]:
    counts = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name == "contact":
                    n = session.execute(
                        select(func.count()).select_from(table).where(table.c[fk.parent.name] == contact_id)
                    ).scalar_one()
                    counts[table.name] = n
    return counts


def test_erase_removes_the_person_and_everything_about_them(db):
    person = _person(db)
    other = contacts.add_contact(db, NewContact("Ada", "Quill"))
    handover_id = _handover_including(db, person.id)
    assert sum(_rows_about(db, person.id).values()) > 0

    result = privacy.erase_contact(db, "linkedin.com/in/zeb-quint")

    assert result.contact_id == person.id and result.name == "Zebediah Quintessence"
    assert result.suppression_entries == 3  # the profile URL, the e-mail address and the name (to hold URL-less rows)
    assert set(_rows_about(db, person.id).values()) == {0}
    assert [c.id for c in contacts.list_contacts(db)] == [other.id]
    with pytest.raises(NotFound):
        contacts.show_contact(db, str(person.id))
    if handover_id is not None:
        assert [h.id for h in result.handovers] == [handover_id]
        assert result.handovers[0].successor_name == "Sam Successor"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ConnectionRequest)) == 0
        erasures = list_events(session, db.owner_id, action=AuditAction.ERASE)
        assert len(erasures) == 1 and erasures[0].contact_ids == ()
        # what is left holds no readable trace of the person
        kept = " ".join(str(e.details) for e in list_events(session, db.owner_id))
        digests = [s.digest for s in session.scalars(select(Suppression))]
    assert "Zebediah" not in kept and "zeb-quint" not in kept and "example.org" not in kept.lower()
    assert len(digests) == 3 and all(len(d) == 64 and "zeb" not in d for d in digests)


def test_the_suppression_entry_recognises_the_person_in_any_url_form_or_by_e_mail(db):
    _person(db)
    privacy.erase_contact(db, "zq@example.org")
    with db.session() as session:
        index = SuppressionIndex.load(session, db.owner_id)
        assert index.is_suppressed("linkedin.com/in/zeb-quint")
        assert index.is_suppressed("https://www.linkedin.com/in/ZEB-QUINT/?trk=x")
        assert index.is_suppressed(None, ["zq@EXAMPLE.org"])
        assert not index.is_suppressed("linkedin.com/in/someone-else", ["other@example.org"])
        assert is_suppressed(session, db.owner_id, URL)


def test_erasing_someone_unknown_changes_nothing(db):
    _person(db)
    with pytest.raises(NotFound):
        privacy.erase_contact(db, "linkedin.com/in/nobody")
    assert len(contacts.list_contacts(db)) == 1
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Suppression)) == 0


def test_subject_export_holds_everything_about_one_person(db, tmp_path):
    person = _person(db)
    contacts.add_contact(db, NewContact("Ada", "Quill", notes="someone else entirely"))
    handover_id = _handover_including(db, person.id)
    out = privacy.write_subject_export(db, str(person.id), tmp_path / "subject.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contact"]["first_name"] == "Zebediah"
    assert data["contact"]["notes"] == "met at the harbour fair"
    assert data["contact"]["emails"] == ["ZQ@Example.org"]
    assert [h["status"] for h in data["consent_history"]] == ["implied", "explicit"]
    assert data["rows_by_table"]["connection_request"][0]["note"] == "visa help please"
    assert data["rows_by_table"]["contact_tag"] == [{"contact_id": person.id, "name": "alumni"}]
    assert {e["action"] for e in data["audit_events"]} >= {"contact-add", "consent-change"}
    if handover_id is not None:
        assert [h["id"] for h in data["handovers"]] == [handover_id]
    assert "someone else entirely" not in out.read_text(encoding="utf-8")


def test_a_later_import_does_not_bring_an_erased_person_back(db, tmp_path):
    export = tmp_path / "export"
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(export), "--connections", "12", "--invitations", "4", "--seed", "8"],
        check=True,
        capture_output=True,
    )
    first = import_paths(db, [export])
    everyone = contacts.list_contacts(db)
    assert first.contacts_added == len(everyone) > 0
    erased = next(c for c in everyone if c.profile_url)
    privacy.erase_contact(db, str(erased.id))

    again = import_paths(db, [export])
    after = contacts.list_contacts(db)
    assert erased.profile_url not in {c.profile_url for c in after}
    assert len(after) == len(everyone) - 1
    assert any("suppression list" in s.reason for s in again.skipped)


def test_cli_erase_asks_for_confirmation_and_lists_handovers(gatehouse, tmp_path):  # noqa: F811
    added = gatehouse("contacts", "add", "--first-name", "Zeb", "--profile-url", URL, "--json").json()
    refused = gatehouse("erase", URL)  # no terminal and no --yes
    assert_one_line_error(refused)
    assert "--yes" in refused.stderr
    assert len(gatehouse("contacts", "list", "--json").json()) == 1

    out = tmp_path / "zeb.json"
    exported = gatehouse("subject-export", str(added["id"]), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["contact"]["first_name"] == "Zeb"

    erased = gatehouse("erase", URL, "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "Erased Zeb" in erased.stdout and "not included in any handover" in erased.stdout
    assert gatehouse("contacts", "list", "--json").json() == []
    assert_one_line_error(gatehouse("erase", URL, "--yes"))  # nobody left to erase
    assert_one_line_error(gatehouse("subject-export", URL, "--out", str(tmp_path / "none.json")))
    assert not (tmp_path / "none.json").exists()
