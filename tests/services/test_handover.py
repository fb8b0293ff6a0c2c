from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import vobject

from app.core.errors import BadInput, NotFound
from app.core.handover import HandoverChoices, HandoverFormat, HandoverStatus, Successor, rows_to_csv
from app.core.records import ContactChanges, NewContact
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts as contact_service
from app.services import handover as service
from app.services.profile import update_profile
from app.storage.audit import list_events

SAM = Successor("Sam Lee", "sam.lee@northfield.ac.uk", "https://www.linkedin.com/in/samlee")


def add(db, first: str, relationship: Relationship, met_in: MetIn, consent: ConsentStatus | None = None, **kw):
    new = NewContact(first, kw.pop("last", "Person"), relationship=relationship, met_in=met_in, **kw)
    return contact_service.add_contact(db, new, consent={Channel.LINKEDIN: consent} if consent else None)


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    """A folder of its own for the files written (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def record(db):
    update_profile(db, display_name="Morgan Reyes", organisation="Northfield University")
    contacts = {
        "ada": add(db, "Ada", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.EXPLICIT, emails=("ada@x.org",)),
        "ben": add(db, "Ben", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.IMPLIED),
        "cy": add(db, "Cy", Relationship.COLLEAGUE, MetIn.PROFESSIONAL_NETWORK, company='=HYPERLINK("x")'),
        "di": add(db, "Di", Relationship.PERSONAL, MetIn.WORK_ROLE),
        "ed": add(db, "Ed", Relationship.PROFESSIONAL, MetIn.WORK_ROLE, ConsentStatus.WITHDRAWN),
        "fay": add(db, "Fay", Relationship.UNSORTED, MetIn.WORK_ROLE),
    }
    return db, {name: c.id for name, c in contacts.items()}


def test_candidates_come_from_the_record_with_the_clients_to_name_flagged(record):
    db, ids = record
    found = {c.contact.id: c for c in service.list_candidates(db)}
    assert set(found) == {ids["ada"], ids["ben"], ids["cy"]}
    assert found[ids["ben"]].needs_one_by_one and not found[ids["ada"]].needs_one_by_one


def test_candidates_carry_the_same_contact_records_as_the_rest_of_the_app(db):
    added = add(db, "Ada", Relationship.COLLEAGUE, MetIn.WORK_ROLE, ConsentStatus.IMPLIED,
                emails=("ada@x.org", "ada@home.example"), tags=("mentor", "alumni"), company="Acme")  # fmt: skip
    contact_service.set_contact(db, str(added.id), ContactChanges(), consent=ConsentStatus.EXPLICIT)
    contact_service.set_contact(
        db, str(added.id), ContactChanges(), consent=ConsentStatus.REFUSED, channel=Channel.EMAIL
    )
    [candidate] = service.list_candidates(db)
    assert candidate.contact == contact_service.show_contact(db, str(added.id)).contact
    assert candidate.contact.emails == ("ada@x.org", "ada@home.example") and candidate.contact.tags == (
        "alumni",
        "mentor",
    )


def test_create_writes_the_file_stores_the_handover_and_audits_every_contact(record, outdir: Path):
    db, ids = record
    out = outdir / "handover.csv"
    result = service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, out)

    handed = {ids["ada"], ids["cy"]}
    assert {row.contact_id for row in result.plan.rows} == handed
    assert [c.contact.id for c in result.plan.clients_left_out] == [ids["ben"]]
    parsed = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["Name"] for r in parsed} == {"Ada Person", "Cy Person"}
    assert next(r for r in parsed if r["Name"] == "Cy Person")["Company"] == '\'=HYPERLINK("x")'
    assert "Northfield University" in parsed[0]["Introduction"]

    summary, entries = service.handover_status(db)
    assert summary.id == result.summary.id
    assert (summary.successor, summary.format, summary.file_name) == (SAM, HandoverFormat.CSV, str(out.resolve()))
    assert summary.actor
    assert {e.contact_id for e in entries} == handed
    assert {e.status for e in entries} == {HandoverStatus.PENDING}

    with db.session() as session:
        [event] = list_events(session, db.owner_id, action=AuditAction.HANDOVER)
    assert set(event.contact_ids) == handed
    assert event.details["handover_id"] == summary.id and event.details["format"] == "csv"


def test_the_wizard_preview_and_the_export_give_the_same_csv(record, outdir: Path):
    db, ids = record
    choices = HandoverChoices(SAM, include_clients=frozenset({ids["ben"]}), leave_out=frozenset({ids["cy"]}))
    preview = service.plan_handover(db, choices)
    out = outdir / "h.csv"
    service.create_handover(db, choices, HandoverFormat.CSV, out)
    assert out.read_bytes() == b"\xef\xbb\xbf" + rows_to_csv(preview.rows).encode()
    assert {r.contact_id for r in preview.rows} == {ids["ada"], ids["ben"]}


def test_vcard_export_parses(record, outdir: Path):
    db, ids = record
    out = outdir / "h.vcf"
    service.create_handover(db, HandoverChoices(SAM, include_clients=frozenset({ids["ben"]})), HandoverFormat.VCF, out)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert sorted(c.n.value.given for c in cards) == ["Ada", "Ben", "Cy"]
    assert all(c.version.value == "4.0" and "Sam Lee" in c.note.value for c in cards)


@pytest.mark.parametrize("who", ["di", "ed", "fay"])
def test_naming_a_contact_who_may_not_be_handed_over_is_refused_and_nothing_is_written(record, outdir, who):
    db, ids = record
    out = outdir / "h.csv"
    with pytest.raises(BadInput, match=f"contact {ids[who]} cannot be handed over"):
        service.create_handover(
            db, HandoverChoices(SAM, include_clients=frozenset({ids[who]})), HandoverFormat.CSV, out
        )
    assert not out.exists() and list(outdir.iterdir()) == []
    assert service.list_handovers(db) == []


def test_bad_targets_and_successors_write_nothing(record, outdir: Path):
    db, _ = record
    with pytest.raises(BadInput, match="does not exist"):
        service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir / "missing" / "h.csv")
    with pytest.raises(BadInput, match="is a folder"):
        service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir)
    with pytest.raises(BadInput, match="successor"):
        service.create_handover(db, HandoverChoices(Successor("  ")), HandoverFormat.CSV, outdir / "h.csv")
    assert service.list_handovers(db) == [] and list(outdir.iterdir()) == []


def test_nothing_to_hand_over_says_so(db, outdir: Path):
    add(db, "Ben", Relationship.CLIENT, MetIn.WORK_ROLE)
    with pytest.raises(BadInput, match=r"nothing to hand over.*\(1 client without explicit consent"):
        service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir / "h.csv")
    assert not (outdir / "h.csv").exists()


def test_a_failed_record_leaves_no_file(record, outdir: Path, monkeypatch):
    db, _ = record

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.repo, "add_handover", broken)
    with pytest.raises(RuntimeError):
        service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir / "h.csv")
    assert list(outdir.iterdir()) == []


def test_mark_updates_the_status_and_is_audited(record, outdir: Path):
    db, ids = record
    first = service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir / "1.csv").summary
    second = service.create_handover(db, HandoverChoices(SAM), HandoverFormat.VCF, outdir / "2.vcf").summary

    summary, changed = service.mark(db, first.id, [str(ids["ada"]), "ada@x.org"], HandoverStatus.INTRODUCED)
    assert changed == [ids["ada"]]
    assert summary.status_counts[HandoverStatus.INTRODUCED] == 1
    _, again = service.mark(db, first.id, [str(ids["ada"])], HandoverStatus.INTRODUCED)
    assert again == []  # already introduced: nothing changes, nothing audited
    service.mark(db, None, [str(ids["cy"])], HandoverStatus.DECLINED)  # the latest handover

    statuses = {e.contact_id: e.status for e in service.handover_status(db, first.id)[1]}
    assert statuses == {ids["ada"]: HandoverStatus.INTRODUCED, ids["cy"]: HandoverStatus.PENDING}
    latest = {e.contact_id: e.status for e in service.handover_status(db, second.id)[1]}
    assert latest == {ids["ada"]: HandoverStatus.PENDING, ids["cy"]: HandoverStatus.DECLINED}
    with db.session() as session:
        events = list_events(session, db.owner_id, action=AuditAction.HANDOVER)
    assert [e.details.get("status") for e in events] == [None, None, "introduced", "declined"]

    with pytest.raises(NotFound, match=f"contact {ids['ben']} is not on handover {first.id}"):
        service.mark(db, first.id, [str(ids["ben"])], HandoverStatus.SKIPPED)
    with pytest.raises(NotFound, match="no handover with id 999"):
        service.mark(db, 999, [str(ids["ada"])], HandoverStatus.SKIPPED)
    assert [s.id for s in service.list_handovers(db)] == [first.id, second.id]


def test_erasing_a_contact_removes_it_from_stored_handovers(record, outdir: Path):
    db, ids = record
    service.create_handover(db, HandoverChoices(SAM), HandoverFormat.CSV, outdir / "1.csv")
    contact_service.delete_contact(db, ids["cy"])
    summary, entries = service.handover_status(db)
    assert [e.contact_id for e in entries] == [ids["ada"]] and summary.contact_count == 1


def test_status_without_any_handover_is_not_found(db):
    with pytest.raises(NotFound, match="no handover yet"):
        service.handover_status(db)


def test_pdf_export_through_the_service(record, outdir: Path, qapp):
    db, _ = record
    out = outdir / "h.pdf"
    service.create_handover(db, HandoverChoices(SAM), HandoverFormat.PDF, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in outdir.iterdir()] == ["h.pdf"]  # no temporary file left behind
