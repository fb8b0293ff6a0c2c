from __future__ import annotations

import csv
import io
import shutil

import pytest
import vobject

from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services.contacts import add_contact
from app.services.profile import update_profile
from app.storage.database import open_database
from tests.cli.conftest import assert_one_line_error


@pytest.fixture
def record(gatehouse):
    """The record is set up in-process on the CLI's database file (quicker than one subprocess per contact)."""
    database = open_database(str(gatehouse.database))
    try:
        update_profile(database, display_name="Morgan Reyes", organisation="Northfield University")

        def add(first: str, relationship: Relationship, met_in: MetIn, consent: ConsentStatus | None, **kw) -> int:
            new = NewContact(first, "Example", profile_url=f"linkedin.com/in/{first.lower()}",
                             relationship=relationship, met_in=met_in, **kw)  # fmt: skip
            return add_contact(database, new, consent={Channel.LINKEDIN: consent} if consent else None).id

        ids = {
            "ada": add(
                "Ada", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.EXPLICIT, emails=("ada@example.org",)
            ),
            "ben": add("Ben", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.IMPLIED),
            "cy": add("Cy", Relationship.COLLEAGUE, MetIn.PROFESSIONAL_NETWORK, None, company="=1+2"),
            "di": add("Di", Relationship.PERSONAL, MetIn.WORK_ROLE, None),
        }
    finally:
        database.close()
    return gatehouse, ids


def test_create_status_mark_and_list(record, tmp_path):
    gatehouse, ids = record
    candidates = gatehouse("handover", "candidates", "--json").json()
    assert {c["id"]: c["needs_one_by_one"] for c in candidates} == {
        ids["ada"]: False,
        ids["ben"]: True,
        ids["cy"]: False,
    }

    out = tmp_path / "to-sam.csv"
    created = gatehouse(
        "handover", "create", "--to", "Sam Lee", "--to-email", "sam@northfield.ac.uk",
        "--include-client", "https://www.linkedin.com/in/Ben/", "--format", "csv", "--out", str(out),
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "3 contacts written to" in created.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["Name"] for r in rows} == {"Ada Example", "Ben Example", "Cy Example"}
    assert next(r for r in rows if r["Name"] == "Cy Example")["Company"] == "'=1+2"
    assert all("Sam Lee is taking over my work at Northfield University" in r["Introduction"] for r in rows)

    marked = gatehouse("handover", "mark", "ada@example.org", str(ids["cy"]), "--as", "introduced")
    assert marked.returncode == 0, marked.stderr
    assert "2 contacts marked introduced" in marked.stdout
    status = gatehouse("handover", "status", "--json").json()
    assert status["to"] == "Sam Lee" and status["format"] == "csv" and status["file"] == str(out.resolve())
    assert {e["contact_id"]: e["status"] for e in status["entries"]} == {
        ids["ada"]: "introduced", ids["ben"]: "pending", ids["cy"]: "introduced",
    }  # fmt: skip
    shown = gatehouse("handover", "status")
    assert "Handover 1 to Sam Lee" in shown.stdout and "Ben Example" in shown.stdout

    vcf = tmp_path / "to-sam.vcf"
    assert gatehouse("handover", "create", "--to", "Sam Lee", "--out", str(vcf)).returncode == 0  # format from suffix
    cards = list(vobject.readComponents(vcf.read_text(encoding="utf-8")))
    assert sorted(c.n.value.given for c in cards) == ["Ada", "Cy"]  # Ben was not named this time
    listed = gatehouse("handover", "list", "--json").json()
    assert [(h["id"], h["format"], h["contacts"]) for h in listed] == [(1, "csv", 3), (2, "vcf", 2)]
    assert listed[0]["status_counts"] == {"pending": 1, "introduced": 2, "declined": 0, "skipped": 0}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_from_the_command_line_without_a_display(record, tmp_path):
    import subprocess

    gatehouse, _ = record
    out = tmp_path / "handover.pdf"
    result = gatehouse(
        "handover", "create", "--to", "Sam Lee", "--format", "pdf", "--out", str(out),
        env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ada Example" in text and "Cy Example" in text and "Ben Example" not in text


def test_bad_input_is_one_line_and_writes_nothing(record, tmp_path):
    gatehouse, ids = record
    out = tmp_path / "h.csv"
    for args in (
        ("handover", "create", "--to", "Sam", "--include-client", str(ids["di"]), "--out", str(out)),
        ("handover", "create", "--to", "Sam", "--include-client", "linkedin.com/in/nobody", "--out", str(out)),
        ("handover", "create", "--to", "Sam", "--out", str(tmp_path / "h.txt")),  # which format?
        ("handover", "create", "--to", "Sam", "--out", str(tmp_path / "no" / "h.csv")),
        ("handover", "status"),
        ("handover", "mark", str(ids["ada"]), "--as", "introduced"),
    ):
        assert_one_line_error(gatehouse(*args))
    assert not out.exists()
    assert gatehouse("handover", "list", "--json").json() == []
    assert gatehouse("handover", "create", "--to", "Sam", "--out", str(out)).returncode == 0
    assert_one_line_error(gatehouse("handover", "mark", str(ids["ada"]), "--as", "maybe"))
    assert_one_line_error(gatehouse("handover", "mark", str(ids["ben"]), "--as", "skipped"))  # not on the list
