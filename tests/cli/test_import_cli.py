"""``gatehouse import`` and ``gatehouse export contacts`` through the real entry point."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import assert_one_line_error

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
ZIP = FIXTURES / "Complete_LinkedInDataExport_11-21-2026.zip"


def test_import_prints_a_summary_and_json(gatehouse):
    text = gatehouse("import", str(ZIP))
    assert text.returncode == 0, text.stderr
    assert "Contacts: " in text.stdout and " added, 0 updated, 0 unchanged" in text.stdout
    assert "Skipped 1 row(s):" in text.stdout and "Connections.csv:" in text.stdout

    again = gatehouse("import", str(FIXTURES / "excel"), "--json")
    assert again.returncode == 0, again.stderr
    data = again.json()
    assert (data["contacts_added"], data["contacts_updated"], data["requests_added"]) == (0, 0, 0)
    assert data["contacts_unchanged"] > 50
    assert data["skipped"] == [
        {
            "file": str(FIXTURES / "excel" / "Connections.csv"),
            "line": 61,
            "reason": "a deleted or hidden member (the row holds only a date)",
        }
    ]
    listed = gatehouse("contacts", "list", "--json").json()
    assert {c["consent"] for c in listed if c["connected_on"]} == {"implied"}


def test_bad_input_is_one_line_with_file_and_line_and_exit_2(gatehouse, tmp_path):
    gatehouse("import", str(FIXTURES / "export-2021"))
    before = gatehouse("contacts", "list", "--json").json()
    bad = tmp_path / "Connections.csv"
    bad.write_text("First Name,Last Name,Connected On\nAda,Quill,04 Sep 2026\nBen,Marsh\n", encoding="utf-8")
    result = gatehouse("import", str(FIXTURES / "native"), str(bad))
    assert_one_line_error(result)
    assert result.stderr.startswith(f"gatehouse: {bad}:3: expected 3 cells")
    assert gatehouse("contacts", "list", "--json").json() == before

    missing = gatehouse("import", str(tmp_path / "nowhere.zip"))
    assert_one_line_error(missing)


def test_export_contacts_csv_and_vcf(gatehouse, tmp_path):
    gatehouse("import", str(FIXTURES / "export-2018"))
    gatehouse("contacts", "add", "--first-name", "=cmd|' /C calc'!A0", "--relationship", "client")
    out = tmp_path / "all.csv"
    result = gatehouse("export", "contacts", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 5 contact(s) to {out} (csv)"
    assert "'=cmd|' /C calc'!A0" in out.read_text(encoding="utf-8")

    cards = tmp_path / "clients.txt"
    result = gatehouse("export", "contacts", "--format", "vcf", "--relationship", "client,colleague", str(cards))
    assert result.returncode == 0, result.stderr
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1

    unknown = gatehouse("export", "contacts", str(tmp_path / "all.xlsx"))
    assert_one_line_error(unknown)
    assert "--format" in unknown.stderr
